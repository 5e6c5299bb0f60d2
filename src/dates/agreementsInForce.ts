import { byId } from '../core/_compare.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import { resolveOptions } from '../policy/resolveOptions.js';
import type { Agreement } from '../schemas/agreement.js';
import type { Network } from '../schemas/network.js';
import { inForceOn } from '../core/_lifecycle.js';

/**
 * Options of {@link agreementsInForce}: the day `on` (default: the network's `asOf`, else
 * today's local date) and the policy (default `policyFor(network)`); being in force does
 * not depend on the policy's windows.
 *
 * @example
 * ```ts
 * const options: AgreementsInForceOptions = { on: '2017-06-30' };
 * ```
 */
export interface AgreementsInForceOptions extends OnOption, PolicyOptions {}

/**
 * The agreements of a network in force on a day: those whose status is `active` or
 * `expiring` (started, not ended, not terminated, not suspended). Only agreements in force
 * count for coverage, mobility and strategies.
 *
 * @param network - A parsed network.
 * @param options - `on` (default: the network's `asOf`, else today's local date), `policy`.
 * @returns The agreements in force, sorted by id (a new array; the agreements themselves,
 *   not copies).
 * @throws RangeError when `on` is not a real `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * // network: examples/network.json, whose asOf is 2017-06-30
 * agreementsInForce(network).map((agreement) => agreement.id);
 * //=> ['exchange-hanoi-2014', 'exchange-osaka-2015', 'mou-lyon-2014', 'mou-manila-2016',
 * //    'mou-vientiane-2015', 'network-asean-2016']
 * agreementsInForce(network, { on: '2026-01-01' }); //=> []
 * ```
 */
export function agreementsInForce(
  network: Network,
  options?: AgreementsInForceOptions,
): Agreement[] {
  const { on } = resolveOptions(options, network, 'agreementsInForce');
  return network.agreements.filter((agreement) => inForceOn(agreement, on)).sort(byId);
}

import { byId } from '../core/_compare.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import { resolveOptions } from '../policy/resolveOptions.js';
import type { Agreement } from '../schemas/agreement.js';
import type { Network } from '../schemas/network.js';
import { addDaysIso } from '../core/_calendar.js';
import { statusOn } from '../core/_lifecycle.js';

/**
 * Options of {@link expiringAgreements}: the day `on` (default: the network's `asOf`, else
 * today's local date) and the policy (default `policyFor(network)`), whose
 * `expiringWithinDays` (180 by default) may also be given directly.
 *
 * @example
 * ```ts
 * const options: ExpiringAgreementsOptions = { on: '2019-07-04', expiringWithinDays: 90 };
 * ```
 */
export interface ExpiringAgreementsOptions extends OnOption, PolicyOptions {}

/**
 * The agreements of a network whose status on a day is `expiring`: in force and ending
 * within `expiringWithinDays` calendar days (the last day of the window included), the
 * ones to renew soon.
 *
 * @param network - A parsed network.
 * @param options - `on` (default: the network's `asOf`, else today's local date),
 *   `expiringWithinDays` (default: the policy's, 180), `policy`.
 * @returns The expiring agreements, sorted by id (a new array).
 * @throws RangeError when `on` is not a real `YYYY-MM-DD` date or `expiringWithinDays` is
 *   not a whole number ≥ 0.
 *
 * @example
 * ```ts
 * // network: examples/network.json, whose asOf is 2017-06-30
 * expiringAgreements(network).map((agreement) => agreement.id);
 * //=> ['exchange-hanoi-2014', 'exchange-osaka-2015']
 * // 'mou-lyon-2014' and 'network-asean-2016' end on 2018-12-31, 180 days after 2018-07-04:
 * expiringAgreements(network, { on: '2018-07-04' }).map((agreement) => agreement.id);
 * //=> ['mou-lyon-2014', 'network-asean-2016']
 * expiringAgreements(network, { on: '2018-07-03' }); //=> []
 * ```
 */
export function expiringAgreements(
  network: Network,
  options?: ExpiringAgreementsOptions,
): Agreement[] {
  const { policy, on } = resolveOptions(options, network, 'expiringAgreements');
  const expiringUntil = addDaysIso(on, policy.expiringWithinDays);
  return network.agreements
    .filter((agreement) => statusOn(agreement, on, expiringUntil) === 'expiring')
    .sort(byId);
}

import { INTENTS, type Intent } from '../catalog/rules.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import { resolveOptions } from '../policy/resolveOptions.js';
import type { Network } from '../schemas/network.js';
import { addDaysIso } from '../core/_calendar.js';
import { intentOf } from '../core/_lifecycle.js';

// The intents are a closed list of the catalog (`src/catalog/rules.ts`); `./dates` has
// exported them since it had them, and keeps doing so.
export { INTENTS, type Intent };

/**
 * Options of {@link classifyIntent}: the day `on` (default: the network's `asOf`, else
 * today's local date) and the policy (default `policyFor(network)`), whose
 * `renewalWindowDays` (180 by default) may also be given directly.
 *
 * @example
 * ```ts
 * const options: ClassifyIntentOptions = { on: '2019-06-30', renewalWindowDays: 365 };
 * ```
 */
export interface ClassifyIntentOptions extends OnOption, PolicyOptions {}

/**
 * What a proposal from a partner would do for its partnership on a day: `build` when the
 * network has no agreement with the partner at all; `strengthen` when one of its
 * agreements is in force and ends more than `renewalWindowDays` after `on`, or is
 * `upcoming`; otherwise `renew` (every agreement ended, terminated or suspended, or every
 * one in force ends within the window).
 *
 * @param partnerId - The partner's id (an unknown id has no agreements: `build`).
 * @param network - A parsed network.
 * @param options - `on` (default: the network's `asOf`, else today's local date),
 *   `renewalWindowDays` (default: the policy's, 180), `policy`.
 * @returns The intent.
 * @throws RangeError when `on` is not a real `YYYY-MM-DD` date or `renewalWindowDays` is
 *   not a whole number ≥ 0.
 *
 * @example
 * ```ts
 * // network: examples/network.json; Lyon's only agreement, 'mou-lyon-2014', runs from
 * // 2014-01-01 to 2018-12-31
 * classifyIntent('example-univ-lyon', network, { on: '2017-06-30' }); //=> 'strengthen'
 * // it ends within 180 days:
 * classifyIntent('example-univ-lyon', network, { on: '2018-09-01' }); //=> 'renew'
 * // it has ended:
 * classifyIntent('example-univ-lyon', network, { on: '2021-01-01' }); //=> 'renew'
 * // no agreement at all (the partner of the proposal 'eoi-yangon-2017'):
 * classifyIntent('example-univ-yangon', network); //=> 'build'
 * ```
 */
export function classifyIntent(
  partnerId: string,
  network: Network,
  options?: ClassifyIntentOptions,
): Intent {
  const { policy, on } = resolveOptions(options, network, 'classifyIntent');
  const agreements = network.agreements.filter((agreement) =>
    (agreement.partnerIds as readonly string[]).includes(partnerId),
  );
  return intentOf(agreements, on, addDaysIso(on, policy.renewalWindowDays));
}

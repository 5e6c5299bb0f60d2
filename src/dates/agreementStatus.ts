import type { OnOption, PolicyOptions } from '../policy/types.js';
import { resolveOptions } from '../policy/resolveOptions.js';
import type { Agreement } from '../schemas/agreement.js';
import { addDaysIso } from '../core/_calendar.js';
import { statusOn } from '../core/_lifecycle.js';

import { AGREEMENT_STATUSES, type AgreementStatus } from '../catalog/vocabulary.js';
export { AGREEMENT_STATUSES, type AgreementStatus };

/**
 * Options of {@link agreementStatus}: the day `on` (default: today's local date) and the
 * policy, whose `expiringWithinDays` (180 by default) may also be given directly.
 *
 * @example
 * ```ts
 * const options: AgreementStatusOptions = { on: '2019-07-04', expiringWithinDays: 90 };
 * ```
 */
export interface AgreementStatusOptions extends OnOption, PolicyOptions {}

/**
 * The status of an agreement on a day. Precedence: `terminated` (from `terminatedOn` on),
 * then `upcoming` (before `startsOn`), then `expired` (after `endsOn`), then `suspended`,
 * then `expiring` (`endsOn` − `on` ≤ `expiringWithinDays` calendar days), else `active`.
 * The period includes both its ends; the result does not depend on the process time zone.
 *
 * @param agreement - A parsed agreement (only its dates and `suspended` are read).
 * @param options - `on` (default: today's local date), `expiringWithinDays` (default: the
 *   policy's, 180), `policy`.
 * @returns The agreement's status on `on`.
 * @throws RangeError when `on` is not a real `YYYY-MM-DD` date or `expiringWithinDays` is
 *   not a whole number ≥ 0.
 *
 * @example
 * ```ts
 * const agreement = { startsOn: '2015-01-01', endsOn: '2019-12-31' };
 * agreementStatus(agreement, { on: '2014-12-31' }); //=> 'upcoming'
 * agreementStatus(agreement, { on: '2015-01-01' }); //=> 'active'
 * agreementStatus(agreement, { on: '2019-07-04' }); //=> 'expiring'
 * agreementStatus(agreement, { on: '2019-07-04', expiringWithinDays: 90 }); //=> 'active'
 * agreementStatus(agreement, { on: '2019-12-31' }); //=> 'expiring'
 * agreementStatus(agreement, { on: '2020-01-01' }); //=> 'expired'
 * agreementStatus({ ...agreement, terminatedOn: '2017-03-31' }, { on: '2017-03-31' }); //=> 'terminated'
 * agreementStatus({ ...agreement, suspended: true }, { on: '2016-01-01' }); //=> 'suspended'
 * ```
 */
export function agreementStatus(
  agreement: Pick<Agreement, 'startsOn' | 'endsOn' | 'terminatedOn' | 'suspended'>,
  options?: AgreementStatusOptions,
): AgreementStatus {
  const { policy, on } = resolveOptions(options, undefined, 'agreementStatus');
  return statusOn(agreement, on, addDaysIso(on, policy.expiringWithinDays));
}

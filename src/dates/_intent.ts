import type { Intent } from '../catalog/rules.js';
import { statusOn, type AgreementDates } from './_status.js';

/**
 * The intent of a partner's next proposal from its agreements, with options already
 * resolved (`renewalUntil` is `on` + `renewalWindowDays`, from `addDaysIso`): `build`
 * without agreements; `strengthen` when one is upcoming, or in force and ending after the
 * renewal window; otherwise `renew`.
 *
 * @internal
 */
export function intentOf(
  agreements: readonly AgreementDates[],
  on: string,
  renewalUntil: string,
): Intent {
  if (agreements.length === 0) return 'build';
  for (const agreement of agreements) {
    // With the window ending on `on`, every agreement in force is `expiring` or `active`.
    const status = statusOn(agreement, on, on);
    if (status === 'upcoming') return 'strengthen';
    if ((status === 'active' || status === 'expiring') && agreement.endsOn > renewalUntil) {
      return 'strengthen';
    }
  }
  return 'renew';
}

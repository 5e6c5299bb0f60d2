import type { Agreement } from '../schemas/agreement.js';
import type { AgreementStatus } from './agreementStatus.js';

/** The dates and flags of an agreement that decide its status. @internal */
export type AgreementDates = Pick<Agreement, 'startsOn' | 'endsOn' | 'terminatedOn' | 'suspended'>;

/**
 * The status of an agreement on a day, with options already resolved: `expiringUntil` is
 * the last day of the expiry window (`on` + `expiringWithinDays`, from `addDaysIso`).
 * ISO dates order as strings, so the status needs no date arithmetic of its own, and a
 * whole list of agreements shares one window computed once.
 *
 * @internal
 */
export function statusOn(
  agreement: AgreementDates,
  on: string,
  expiringUntil: string,
): AgreementStatus {
  if (agreement.terminatedOn !== undefined && on >= agreement.terminatedOn) return 'terminated';
  if (on < agreement.startsOn) return 'upcoming';
  if (on > agreement.endsOn) return 'expired';
  if (agreement.suspended === true) return 'suspended';
  return agreement.endsOn <= expiringUntil ? 'expiring' : 'active';
}

/** Tells whether an agreement is in force on a day: `active` or `expiring`. @internal */
export function inForceOn(agreement: AgreementDates, on: string): boolean {
  // The expiry window only splits `active` from `expiring`, both in force.
  return (
    (agreement.terminatedOn === undefined || on < agreement.terminatedOn) &&
    agreement.startsOn <= on &&
    on <= agreement.endsOn &&
    agreement.suspended !== true
  );
}

// The orderings moved to the core (`src/core/_compare.ts`); re-exported for the folders that
// still import them from here (wave 2 of issue #13 moves them).
export { byId, compareIds } from '../core/_compare.js';

import { deepFreeze } from './_freeze.js';

// The life of an agreement, on ISO date strings only (they compare as dates): its status
// on a day, whether it is in force, and what a new proposal would do to a partnership.
// Every layer that reads agreements uses these; `./dates` exports the public functions, and
// the closed lists are exported by `./catalog` (src/catalog/rules.ts, src/catalog/vocabulary.ts).

/** The statuses of an agreement, in the order of its life. @internal */
export const AGREEMENT_STATUSES = /* @__PURE__ */ deepFreeze([
  'upcoming',
  'active',
  'expiring',
  'expired',
  'terminated',
  'suspended',
] as const);

/** The status of an agreement on a day. @internal */
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** What a proposal does to its partnership, as the UHS page orders it. @internal */
export const INTENTS = /* @__PURE__ */ deepFreeze(['strengthen', 'renew', 'build'] as const);

/** What a proposal does to its partnership. @internal */
export type Intent = (typeof INTENTS)[number];

/** The dates of an agreement that decide its status. @internal */
export interface AgreementDates {
  readonly startsOn: string;
  readonly endsOn: string;
  readonly terminatedOn?: string | undefined;
  readonly suspended?: boolean | undefined;
}

/** A period of days, both ends included. @internal */
export interface DatePeriod {
  readonly start: string;
  readonly end: string;
}

/**
 * The status of an agreement on `on`, where `expiringUntil` is the last day of the
 * expiry window (`on` + the policy's `expiringWithinDays`).
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

/** Whether an agreement is in force on `on` (`active` or `expiring`). @internal */
export function inForceOn(agreement: AgreementDates, on: string): boolean {
  // The expiry window only splits `active` from `expiring`, both in force.
  return (
    (agreement.terminatedOn === undefined || on < agreement.terminatedOn) &&
    agreement.startsOn <= on &&
    on <= agreement.endsOn &&
    agreement.suspended !== true
  );
}

/**
 * What a proposal with a partner does, given the partner's agreements: `build` without
 * any, `strengthen` when one is upcoming or in force past `renewalUntil` (the end of the
 * renewal window), else `renew`.
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

/** Whether two periods share at least one day. @internal */
export function periodsOverlap(a: DatePeriod, b: DatePeriod): boolean {
  return a.start <= b.end && b.start <= a.end;
}

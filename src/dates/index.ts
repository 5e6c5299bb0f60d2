/**
 * Dates and the lifecycle of agreements: statuses on a day, agreements in force and
 * expiring, overlap with the strategic plan, academic years, and the intent of a
 * partner's proposal (strengthen, renew or build). Every function works on ISO calendar
 * dates `YYYY-MM-DD`; a period includes both its ends; for a given `on` no result depends
 * on the process time zone. `on` defaults to the network's `asOf` when a network is given
 * and has one, else to today's local date. The options take a `policy` and any of its
 * parameters (`expiringWithinDays`, `renewalWindowDays`, `planPeriod`,
 * `academicYearStartMonth` …), which win over it.
 *
 * @example
 * ```ts
 * import { agreementStatus, monthsWithinPlan } from '@uhs/partners-network/dates';
 *
 * agreementStatus({ startsOn: '2015-01-01', endsOn: '2019-12-31' }, { on: '2019-12-31' });
 * //=> 'expiring'
 * monthsWithinPlan({ start: '2016-01-15', end: '2016-04-14' }); //=> 2
 * ```
 *
 * @packageDocumentation
 * @module dates
 */
export {
  AGREEMENT_STATUSES,
  agreementStatus,
  type AgreementStatus,
  type AgreementStatusOptions,
} from './agreementStatus.js';
export { agreementsInForce, type AgreementsInForceOptions } from './agreementsInForce.js';
export { expiringAgreements, type ExpiringAgreementsOptions } from './expiringAgreements.js';
export { overlapsPlan } from './overlapsPlan.js';
export { monthsWithinPlan } from './monthsWithinPlan.js';
export type { PlanOptions } from './types.js';
// The names SPEC §6 gave the plan options keep working, deprecated in favour of PlanOptions.
// eslint-disable-next-line @typescript-eslint/no-deprecated -- exported for compatibility
export type { MonthsWithinPlanOptions, OverlapsPlanOptions } from './types.js';
export { academicYearOf, type AcademicYearOfOptions } from './academicYearOf.js';
export { academicYearsBetween, type AcademicYearsBetweenOptions } from './academicYearsBetween.js';
export {
  INTENTS,
  classifyIntent,
  type ClassifyIntentOptions,
  type Intent,
} from './classifyIntent.js';

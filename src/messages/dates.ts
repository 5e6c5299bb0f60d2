import { defineMessages } from './_table.js';
import { receivedFr, valueIn } from './common.js';

// Part of the message catalogue (see ./_table.ts): English and French side by side.
// Codes are stable and dotted: `<domain>.<what>`. These are the errors of `./dates`; an
// invalid `on` is `option.invalid_on` (./common.ts), an invalid `startMonth` is
// `policy.not_a_month` (./policy.ts), as for the policy's `academicYearStartMonth`.

/** A year as ISO 8601 writes it: four digits at least. */
function year(value: number): string {
  return String(value).padStart(4, '0');
}

/** @internal */
export const DATES_MESSAGES = /* @__PURE__ */ defineMessages({
  'dates.not_a_date': {
    en: (p: { caller: string; field: string; received: unknown }) =>
      `${p.caller}: ${p.field} must be a real calendar date YYYY-MM-DD, received ${valueIn(p.received, 'en')}`,
    fr: (p) =>
      `${p.caller}\u00a0: ${p.field} doit être une date valide au format AAAA-MM-JJ, ${receivedFr(p.received)}`,
  },
  'dates.outside_academic_years': {
    // `first` and `last` are the years `AcademicYearSchema` can write (0 and 9999).
    en: (p: { caller: string; field: string; first: number; last: number; received: unknown }) =>
      `${p.caller}: ${p.field} must fall in an academic year within the years ${year(p.first)}–${year(p.last)} (as AcademicYearSchema writes them), received ${valueIn(p.received, 'en')}`,
    fr: (p) =>
      `${p.caller}\u00a0: ${p.field} doit appartenir à une année universitaire comprise entre ${year(p.first)} et ${year(p.last)} (les années qu'écrit AcademicYearSchema), ${receivedFr(p.received)}`,
  },
  'dates.end_before_start': {
    en: (p: { caller: string; start: string; received: unknown }) =>
      `${p.caller}: end must not be before start (${p.start}), received ${valueIn(p.received, 'en')}`,
    fr: (p) =>
      `${p.caller}\u00a0: end ne doit pas être antérieure à start (${p.start}), ${receivedFr(p.received)}`,
  },
});

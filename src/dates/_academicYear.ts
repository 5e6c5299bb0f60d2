import { isoDateParts } from '../core/_isoDate.js';
import { libraryError } from '../messages/_table.js';
import { DATES_MESSAGES } from '../messages/dates.js';
import { POLICY_MESSAGES } from '../messages/policy.js';
import { resolvePolicy } from '../policy/resolveOptions.js';
import { formatYear } from '../core/_calendar.js';
import type { PolicyOptions } from '../policy/types.js';

/**
 * The month academic years start in for a call: the `startMonth` alias when given (a whole
 * month number 1–12, checked here), else the options' `academicYearStartMonth`, else
 * their policy's (10, October, by default), checked as `createPolicy` checks it.
 *
 * @internal
 */
export function startMonthOf(
  caller: string,
  options: (PolicyOptions & { readonly startMonth?: number | undefined }) | undefined,
): number {
  const policy = resolvePolicy(options);
  const startMonth: unknown = options?.startMonth;
  if (startMonth === undefined) return policy.academicYearStartMonth;
  const params = { caller, field: 'startMonth', received: startMonth };
  if (typeof startMonth !== 'number') {
    throw libraryError(TypeError, POLICY_MESSAGES, 'policy.not_a_month', params);
  }
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw libraryError(RangeError, POLICY_MESSAGES, 'policy.not_a_month', params);
  }
  return startMonth;
}

/**
 * The years an academic year may use: four digits, as `AcademicYearSchema` writes them
 * (`"0000"` … `"9999"`, `"0000-0001"` … `"9998-9999"`). @internal
 */
export const ACADEMIC_YEARS = { first: 0, last: 9999 } as const;

/**
 * The first calendar year of the academic year a date falls in, checked to be one that
 * `AcademicYearSchema` can write: `0000-01-01` falls in 0000 only with `startMonth: 1`
 * (else in "-0001-0000"), and `9999-12-31` in "9999" only with `startMonth: 1` (else in
 * "9999-10000").
 *
 * @internal
 */
export function academicStartYear(
  caller: string,
  field: string,
  date: unknown,
  startMonth: number,
): number {
  const parts = isoDateParts(date);
  if (!parts) {
    throw libraryError(RangeError, DATES_MESSAGES, 'dates.not_a_date', {
      caller,
      field,
      received: date,
    });
  }
  const startYear = parts.month >= startMonth ? parts.year : parts.year - 1;
  const endYear = startMonth === 1 ? startYear : startYear + 1;
  if (startYear < ACADEMIC_YEARS.first || endYear > ACADEMIC_YEARS.last) {
    throw libraryError(RangeError, DATES_MESSAGES, 'dates.outside_academic_years', {
      caller,
      field,
      first: ACADEMIC_YEARS.first,
      last: ACADEMIC_YEARS.last,
      received: date,
    });
  }
  return startYear;
}

/** Writes the academic year that starts in a year: `"2024-2025"`, or `"2024"` from January. @internal */
export function formatAcademicYear(startYear: number, startMonth: number): string {
  return startMonth === 1
    ? formatYear(startYear)
    : `${formatYear(startYear)}-${formatYear(startYear + 1)}`;
}

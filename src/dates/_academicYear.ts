import { describeValue } from '../policy/_validate.js';
import { formatYear, isoDateParts } from './_calendar.js';

/** Checks the `startMonth` option: a whole month number 1–12, 10 (October) by default. @internal */
export function startMonthOf(caller: string, startMonth: unknown): number {
  if (startMonth === undefined) return 10;
  if (typeof startMonth !== 'number') {
    throw new TypeError(
      `${caller}: startMonth must be a month number 1–12, received ${describeValue(startMonth)}`,
    );
  }
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(
      `${caller}: startMonth must be a month number 1–12, received ${describeValue(startMonth)}`,
    );
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
    throw new RangeError(
      `${caller}: ${field} must be a real calendar date YYYY-MM-DD, received ${describeValue(date)}`,
    );
  }
  const startYear = parts.month >= startMonth ? parts.year : parts.year - 1;
  const endYear = startMonth === 1 ? startYear : startYear + 1;
  if (startYear < ACADEMIC_YEARS.first || endYear > ACADEMIC_YEARS.last) {
    throw new RangeError(
      `${caller}: ${field} must fall in an academic year within the years 0000–9999 (as AcademicYearSchema writes them), received ${describeValue(date)}`,
    );
  }
  return startYear;
}

/** Writes the academic year that starts in a year: `"2024-2025"`, or `"2024"` from January. @internal */
export function formatAcademicYear(startYear: number, startMonth: number): string {
  return startMonth === 1
    ? formatYear(startYear)
    : `${formatYear(startYear)}-${formatYear(startYear + 1)}`;
}

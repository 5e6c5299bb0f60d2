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

/** The first calendar year of the academic year a date falls in. @internal */
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
  return parts.month >= startMonth ? parts.year : parts.year - 1;
}

/** Writes the academic year that starts in a year: `"2024-2025"`, or `"2024"` from January. @internal */
export function formatAcademicYear(startYear: number, startMonth: number): string {
  return startMonth === 1
    ? formatYear(startYear)
    : `${formatYear(startYear)}-${formatYear(startYear + 1)}`;
}

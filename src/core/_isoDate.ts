/**
 * The one check of an ISO 8601 calendar date `YYYY-MM-DD` that the whole library uses:
 * plain arithmetic on the proleptic Gregorian calendar, with no `Date`, no zod and no
 * date-fns, so that the catalog can use it and `./dates` reuse it.
 *
 * @internal
 * @module
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The days of each month of a common year, January first. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/**
 * Tells whether a year of the proleptic Gregorian calendar is a leap year (year 0, 1 BC,
 * is one, as in ISO 8601). @internal
 */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** The number of days of a month (1–12) of a year, leap years included. @internal */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** The year, month (1–12) and day of an ISO date, or `undefined` when it is not one. @internal */
export function isoDateParts(
  value: unknown,
): { readonly year: number; readonly month: number; readonly day: number } | undefined {
  if (typeof value !== 'string') return undefined;
  const match = ISO_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Tells whether a value is a real calendar date written `YYYY-MM-DD` (`2019-02-29` and
 * `1999-04-31` are not). @internal
 */
export function isIsoDate(value: unknown): value is string {
  return isoDateParts(value) !== undefined;
}

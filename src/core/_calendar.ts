import { addDays } from 'date-fns/addDays';
import { UtcDate } from './_utcDate.js';

// Calendar arithmetic on ISO `YYYY-MM-DD` strings with date-fns, on UTC dates that no
// process time zone can shift. ISO dates order as strings, so comparisons need no `Date`.

/** The UTC midnight of a calendar day, as a {@link UtcDate}. @internal */
export function utcDate(year: number, month: number, day: number): UtcDate {
  const date = new UtcDate(0);
  // setUTCFullYear, unlike Date.UTC, does not read the years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** An ISO date as a {@link UtcDate} (the caller has checked that it is one). @internal */
export function toUtcDate(iso: string): UtcDate {
  return utcDate(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/**
 * The number of days from 0000-01-01 to 9999-12-31: a step longer than this leaves the
 * dates that `YYYY-MM-DD` can write, whatever the start.
 */
const ISO_DATE_SPAN_DAYS = 3_652_424;

/**
 * The ISO date `days` calendar days after `iso` (before, when negative):
 * `addDaysIso('2016-02-28', 2)` is `'2016-03-01'`. A date past 9999-12-31, which ISO
 * strings of four-digit years cannot order, is clamped to it (and one before 0000-01-01 to
 * that day); as every `YYYY-MM-DD` date is on or before 9999-12-31, comparisons of the
 * form `date <= result` stay exact. Any number of days works: a step longer than the whole
 * calendar is clamped before it reaches `Date`, whose range (±100,000,000 days around
 * 1970) it would overflow, giving an invalid date.
 *
 * @internal
 */
export function addDaysIso(iso: string, days: number): string {
  if (days > ISO_DATE_SPAN_DAYS) return '9999-12-31';
  if (days < -ISO_DATE_SPAN_DAYS) return '0000-01-01';
  const date = addDays(toUtcDate(iso), days);
  const year = date.getUTCFullYear();
  if (year > 9999) return '9999-12-31';
  if (year < 0) return '0000-01-01';
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${formatYear(year)}-${month}-${day}`;
}

/** Writes a year as ISO 8601 does: at least four digits. @internal */
export function formatYear(year: number): string {
  return String(year).padStart(4, '0');
}

import { addDays } from 'date-fns/addDays';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { UtcDate } from './_utcDate.js';

/**
 * Calendar-date primitives on ISO `YYYY-MM-DD` strings. ISO dates order as strings, so
 * comparisons need no `Date` at all; arithmetic goes through date-fns on {@link UtcDate}s,
 * which no process time zone can shift.
 *
 * @internal
 * @module
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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

/** Tells whether a value is a real calendar date written `YYYY-MM-DD` (2019-02-29 is not). @internal */
export function isIsoDate(value: unknown): value is string {
  return isoDateParts(value) !== undefined;
}

/** The number of days of a month (1–12) of a year, leap years included. @internal */
export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(utcDate(year, month, 1));
}

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
 * The ISO date `days` calendar days after `iso` (before, when negative):
 * `addDaysIso('2016-02-28', 2)` is `'2016-03-01'`. A date past 9999-12-31, which ISO
 * strings of four-digit years cannot order, is clamped to it; as every `YYYY-MM-DD` date is
 * on or before it, comparisons with the result stay exact.
 *
 * @internal
 */
export function addDaysIso(iso: string, days: number): string {
  const date = addDays(toUtcDate(iso), days);
  const year = date.getUTCFullYear();
  if (year > 9999) return '9999-12-31';
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${formatYear(year)}-${month}-${day}`;
}

/** Writes a year as ISO 8601 does: at least four digits. @internal */
export function formatYear(year: number): string {
  return String(year).padStart(4, '0');
}

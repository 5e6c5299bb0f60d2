import { isoDateParts } from './_isoDate.js';

// Calendar dates as day numbers (days since 1970-01-01, proleptic Gregorian), with the
// civil-date algorithms of Howard Hinnant: exact, fast, and free of time zones. The
// generator counts in days (terms, windows of 180 days) without `Date` or date-fns, so
// that `./testing` bundles without dependencies; which strings are dates is the core's
// one check (`./_isoDate.ts`).
//
// The library adds days with date-fns on UTC dates (`./_calendar.ts`), which no process
// time zone can shift; `./testing` uses only these day numbers, so its bundle stays free
// of date-fns.

/** The day number of a civil date. @internal */
export function dayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The civil date `[year, month, day]` of a day number. @internal */
export function civilOf(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** `YYYY-MM-DD` of a day number. @internal */
export function isoOf(dayNumber: number): string {
  const [year, month, day] = civilOf(dayNumber);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The day number of a real calendar date `YYYY-MM-DD`, or `undefined` for anything else. @internal */
export function parseIsoDate(value: unknown): number | undefined {
  const parts = isoDateParts(value);
  return parts === undefined ? undefined : dayOf(parts.year, parts.month, parts.day);
}

/** The number of days from `from` to `to` (negative when `to` is earlier). Both must be real dates. @internal */
export function daysBetween(from: string, to: string): number {
  return (parseIsoDate(to) ?? 0) - (parseIsoDate(from) ?? 0);
}

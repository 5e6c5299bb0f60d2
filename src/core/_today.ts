import { isIsoDate } from './_isoDate.js';

/**
 * Today's calendar date where the code runs, as an ISO 8601 `YYYY-MM-DD` string. It reads
 * the local year, month and day of `new Date()`, not the UTC ones, so that in Phnom Penh
 * (UTC+7) "today" turns at local midnight, not at 07:00.
 *
 * @internal
 * @returns The local date, for example `'2025-10-26'`.
 *
 * @example
 * ```ts
 * // On 26 October 2025 at 00:30 local time, in any time zone, it is '2025-10-26'.
 * /^\d{4}-\d{2}-\d{2}$/.test(todayIso()); //=> true
 * ```
 */
export function todayIso(): string {
  const now = new Date();
  const year = String(now.getFullYear()).padStart(4, '0');
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${year}-${month}-${day}`;
}

/**
 * The `on` option of a dated lookup: the given ISO date, or today's local date when it is
 * omitted. Dates are compared as strings, which orders `YYYY-MM-DD` dates correctly and
 * needs no time zone, so a malformed date is rejected rather than compared, and so is a day
 * that does not exist (`1999-04-31`, `2019-02-29`): the check is the library's one
 * `isIsoDate`, the one `on` passes everywhere else.
 *
 * @internal
 * @param on - An ISO 8601 calendar date `YYYY-MM-DD`, or `undefined` for today.
 * @returns `on` itself, or today's local date.
 * @throws RangeError when `on` is not a real calendar date `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * isoDateOrToday('1999-04-30'); //=> '1999-04-30'
 * isoDateOrToday(undefined); //=> todayIso()
 * isoDateOrToday('30/04/1999'); // throws RangeError
 * isoDateOrToday('1999-04-31'); // throws RangeError
 * ```
 */
export function isoDateOrToday(on: string | undefined): string {
  if (on === undefined) return todayIso();
  if (!isIsoDate(on)) {
    throw new RangeError(`Expected an ISO date YYYY-MM-DD for "on", got ${JSON.stringify(on)}`);
  }
  return on;
}

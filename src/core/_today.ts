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

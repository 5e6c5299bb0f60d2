import { libraryError } from '../messages/_table.js';
import { DATES_MESSAGES } from '../messages/dates.js';
import { academicStartYear, formatAcademicYear, startMonthOf } from './_academicYear.js';
import type { AcademicYearOfOptions } from './academicYearOf.js';

/**
 * Options of {@link academicYearsBetween}: the same as {@link AcademicYearOfOptions}.
 *
 * @example
 * ```ts
 * const options: AcademicYearsBetweenOptions = { startMonth: 1 };
 * academicYearsBetween('2024-03-01', '2025-06-30', options); //=> ['2024', '2025']
 * ```
 */
export type AcademicYearsBetweenOptions = AcademicYearOfOptions;

/**
 * Every academic year that a period touches (both ends included), in order.
 *
 * @param start - The period's first day, `YYYY-MM-DD`.
 * @param end - Its last day, `YYYY-MM-DD`, not before `start`.
 * @param options - `startMonth` or `academicYearStartMonth` (default: the policy's, 10,
 *   October), `policy`.
 * @returns The academic years, from the one of `start` to the one of `end`.
 * @throws RangeError when a date is not a real date or falls in an academic year outside
 *   the years 0000–9999 that `AcademicYearSchema` accepts, `end` is before `start`, or
 *   the start month is not 1–12.
 *
 * @example
 * ```ts
 * academicYearsBetween('2016-09-01', '2018-08-31');
 * //=> ['2015-2016', '2016-2017', '2017-2018']
 * academicYearsBetween('2016-10-01', '2016-10-31'); //=> ['2016-2017']
 * academicYearsBetween('2016-09-01', '2018-08-31', { startMonth: 1 }); //=> ['2016', '2017', '2018']
 * academicYearsBetween('2018-01-01', '2017-12-31');
 * // throws RangeError: academicYearsBetween: end must not be before start (2018-01-01), received '2017-12-31'
 * ```
 */
export function academicYearsBetween(
  start: string,
  end: string,
  options?: AcademicYearsBetweenOptions,
): string[] {
  const caller = 'academicYearsBetween';
  const startMonth = startMonthOf(caller, options);
  const first = academicStartYear(caller, 'start', start, startMonth);
  const last = academicStartYear(caller, 'end', end, startMonth);
  if (end < start) {
    throw libraryError(RangeError, DATES_MESSAGES, 'dates.end_before_start', {
      caller,
      start,
      received: end,
    });
  }
  const years: string[] = [];
  for (let year = first; year <= last; year += 1) years.push(formatAcademicYear(year, startMonth));
  return years;
}

import type { PolicyOptions } from '../policy/types.js';
import { academicStartYear, formatAcademicYear, startMonthOf } from './_academicYear.js';

/**
 * Options of {@link academicYearOf} and {@link academicYearsBetween}: the month academic
 * years start in comes from `startMonth`, else `academicYearStartMonth`, else the policy's
 * (10, October, by default).
 *
 * @example
 * ```ts
 * const options: AcademicYearOfOptions = { academicYearStartMonth: 9 };
 * academicYearOf('2024-09-01', options); //=> '2024-2025'
 * academicYearOf('2024-09-01', { policy: createPolicy({ academicYearStartMonth: 9 }) }); //=> '2024-2025'
 * ```
 */
export interface AcademicYearOfOptions extends PolicyOptions {
  /**
   * The month (1–12) the academic year starts in: another name of `academicYearStartMonth`
   * (SPEC §6 calls it `startMonth`), which wins over it and over the policy's when given.
   * With `1` the academic year is the calendar year, as partners in the southern
   * hemisphere run.
   */
  readonly startMonth?: number | undefined;
}

/**
 * The academic year a date falls in, written as `AcademicYearSchema` accepts it:
 * `"2024-2025"` for a year that starts in the start month of 2024, or `"2024"` when
 * academic years are calendar years (start month 1).
 *
 * @param date - An ISO date `YYYY-MM-DD`.
 * @param options - `startMonth` or `academicYearStartMonth` (default: the policy's, 10,
 *   October), `policy`.
 * @returns The academic year.
 * @throws RangeError when `date` is not a real date, falls in an academic year outside the
 *   years 0000–9999 that `AcademicYearSchema` accepts (`0000-01-01` and `9999-12-31`
 *   unless the start month is 1), or the start month is not 1–12.
 *
 * @example
 * ```ts
 * academicYearOf('2024-09-30'); //=> '2023-2024'
 * academicYearOf('2024-10-01'); //=> '2024-2025'
 * academicYearOf('2024-09-01', { startMonth: 9 }); //=> '2024-2025'
 * academicYearOf('2024-09-01', { academicYearStartMonth: 9 }); //=> '2024-2025'
 * academicYearOf('2024-03-15', { startMonth: 1 }); //=> '2024'
 * academicYearOf('9999-12-31', { startMonth: 1 }); //=> '9999'
 * academicYearOf('9999-12-31'); // throws RangeError
 * ```
 */
export function academicYearOf(date: string, options?: AcademicYearOfOptions): string {
  const startMonth = startMonthOf('academicYearOf', options);
  return formatAcademicYear(
    academicStartYear('academicYearOf', 'date', date, startMonth),
    startMonth,
  );
}

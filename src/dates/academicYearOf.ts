import { academicStartYear, formatAcademicYear, startMonthOf } from './_academicYear.js';

/**
 * Options of {@link academicYearOf}.
 *
 * @example
 * ```ts
 * const options: AcademicYearOfOptions = { startMonth: 9 };
 * academicYearOf('2024-09-01', options); //=> '2024-2025'
 * ```
 */
export interface AcademicYearOfOptions {
  /**
   * The month (1–12) the academic year starts in; default 10 (October, as at UHS). With
   * `1` the academic year is the calendar year, as partners in the southern hemisphere run.
   */
  readonly startMonth?: number | undefined;
}

/**
 * The academic year a date falls in, written as `AcademicYearSchema` accepts it:
 * `"2024-2025"` for a year that starts in `startMonth` 2024, or `"2024"` when academic
 * years are calendar years (`startMonth: 1`).
 *
 * @param date - An ISO date `YYYY-MM-DD`.
 * @param options - `startMonth` (default 10, October).
 * @returns The academic year.
 * @throws RangeError when `date` is not a real date, falls in an academic year outside the
 *   years 0000–9999 that `AcademicYearSchema` accepts (`0000-01-01` and `9999-12-31`
 *   unless `startMonth` is 1), or `startMonth` is not 1–12.
 *
 * @example
 * ```ts
 * academicYearOf('2024-09-30'); //=> '2023-2024'
 * academicYearOf('2024-10-01'); //=> '2024-2025'
 * academicYearOf('2024-09-01', { startMonth: 9 }); //=> '2024-2025'
 * academicYearOf('2024-03-15', { startMonth: 1 }); //=> '2024'
 * academicYearOf('9999-12-31', { startMonth: 1 }); //=> '9999'
 * academicYearOf('9999-12-31'); // throws RangeError
 * ```
 */
export function academicYearOf(date: string, options?: AcademicYearOfOptions): string {
  const startMonth = startMonthOf('academicYearOf', options?.startMonth);
  return formatAcademicYear(
    academicStartYear('academicYearOf', 'date', date, startMonth),
    startMonth,
  );
}

import { civilOf, dayOf } from '../core/_days.js';

// The generator's calendar: months and terms over the core's day numbers
// (`src/core/_days.ts`).

/** The first day of the month of a day number. @internal */
export function monthStart(dayNumber: number): number {
  const [year, month] = civilOf(dayNumber);
  return dayOf(year, month, 1);
}

/** The last day of a term of `years` years starting on a day: the day before its anniversary. @internal */
export function termEnd(start: number, years: number): number {
  const [year, month, day] = civilOf(start);
  return dayOf(year + years, month, month === 2 && day === 29 ? 28 : day) - 1;
}

/** The year of a day number. @internal */
export function yearOf(dayNumber: number): number {
  return civilOf(dayNumber)[0];
}

import { isIsoDate } from '../core/_isoDate.js';
import { libraryError } from '../messages/_table.js';
import { DATES_MESSAGES } from '../messages/dates.js';
import type { Period } from '../catalog/home.js';
import { formatYear } from '../core/_calendar.js';
import { daysInMonth } from '../core/_isoDate.js';
import type { TimelineStep } from './types.js';

/**
 * The steps of a `coverageTimeline`: whole calendar units counted in months (a quarter is
 * 3, a year and an academic year 12), each starting on the 1st of a month of its cycle
 * (January, April, July or October for quarters; January for years; the policy's
 * `academicYearStartMonth` for academic years).
 *
 * @internal
 * @module
 */

/** The steps `coverageTimeline` knows, in the order its messages list them. @internal */
export const TIMELINE_STEPS: readonly TimelineStep[] = /* @__PURE__ */ Object.freeze([
  'academic-year',
  'year',
  'quarter',
]);

/**
 * The most steps one timeline may have: 250 years by quarter, or 1,000 years by year; more
 * is a mistake in `from` or `to` rather than a plan.
 *
 * @internal
 */
export const MAX_TIMELINE_STEPS = 1000;

/** How a kind of step cuts the calendar: its length in months and the month a cycle starts. @internal */
export interface StepCycle {
  /** The length of a step, in months. */
  readonly months: number;
  /** A month (1–12) in which steps start. */
  readonly anchor: number;
}

/** The cycle of a kind of step. @internal */
export function stepCycle(step: TimelineStep, academicYearStartMonth: number): StepCycle {
  if (step === 'quarter') return { months: 3, anchor: 1 };
  if (step === 'year') return { months: 12, anchor: 1 };
  return { months: 12, anchor: academicYearStartMonth };
}

/** The month of a date as a number of months since January of year 0. @internal */
export function monthIndexOf(year: number, month: number): number {
  return year * 12 + month - 1;
}

/** The month index of an ISO date (the caller has checked it). @internal */
export function monthIndexOfIso(iso: string): number {
  return monthIndexOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)));
}

/** The month index at which the step holding the month `monthIndex` starts. @internal */
export function stepStartMonth(monthIndex: number, cycle: StepCycle): number {
  const offset = (((monthIndex - (cycle.anchor - 1)) % cycle.months) + cycle.months) % cycle.months;
  return monthIndex - offset;
}

/**
 * The periods of `count` consecutive steps, the first starting at the month index `first`.
 * The first and last days are clamped to 0000-01-01 and 9999-12-31, the days `YYYY-MM-DD`
 * can write (an academic year holding 0000-01-01 starts in the year −1).
 *
 * @internal
 */
export function stepPeriods(first: number, count: number, cycle: StepCycle): Period[] {
  const periods: Period[] = [];
  for (let index = 0; index < count; index++) {
    const startMonth = first + index * cycle.months;
    const endMonth = startMonth + cycle.months - 1;
    periods.push({ start: firstDay(startMonth), end: lastDay(endMonth) });
  }
  return periods;
}

function firstDay(monthIndex: number): string {
  if (monthIndex < 0) return '0000-01-01';
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return `${formatYear(year)}-${String(month).padStart(2, '0')}-01`;
}

function lastDay(monthIndex: number): string {
  const year = Math.floor(monthIndex / 12);
  if (year > 9999) return '9999-12-31';
  const month = (monthIndex % 12) + 1;
  return `${formatYear(year)}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/**
 * A `from` or `to` option of a planning function, checked: a real date `YYYY-MM-DD`, else
 * a `RangeError` (`dates.not_a_date`) naming the caller and the option.
 *
 * @internal
 */
export function dateOption(caller: string, option: 'from' | 'to', value: unknown): string {
  if (isIsoDate(value)) return value;
  throw libraryError(RangeError, DATES_MESSAGES, 'dates.not_a_date', {
    caller,
    field: option,
    received: value,
  });
}

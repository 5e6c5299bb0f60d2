import { CELLS, type CellCode } from '../catalog/cells.js';
import { dayOf } from '../core/_days.js';
import type { Agreement } from '../schemas/agreement.js';

/**
 * The days on which agreements are in force, for the sweeps of `coverageTimeline` and
 * `renewalCalendar`: derived once per agreement from the life-cycle rules of
 * `src/core/_lifecycle.ts` (`inForceOn`) instead of asking day by day. Dates come from
 * parsed agreements, so they are read by position, without a second check.
 *
 * @internal
 * @module
 */

/** A run of days, both ends included, as day numbers (days since 1970-01-01). @internal */
export interface DayInterval {
  readonly start: number;
  readonly end: number;
}

/** The dates of an agreement that decide when it is in force. @internal */
export type InForceDates = Pick<Agreement, 'startsOn' | 'endsOn' | 'terminatedOn' | 'suspended'>;

/** The day number of a parsed ISO date. @internal */
export function dayNumber(iso: string): number {
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/**
 * The one run of days on which `inForceOn(agreement, day)` holds: from `startsOn` to
 * `endsOn`, cut short the day before `terminatedOn` (termination takes effect on that
 * day), and none at all for a suspended agreement or one terminated on its first day.
 *
 * @internal
 */
export function inForceInterval(agreement: InForceDates): DayInterval | undefined {
  if (agreement.suspended === true) return undefined;
  const start = dayNumber(agreement.startsOn);
  let end = dayNumber(agreement.endsOn);
  if (agreement.terminatedOn !== undefined) {
    end = Math.min(end, dayNumber(agreement.terminatedOn) - 1);
  }
  return end < start ? undefined : { start, end };
}

/** The months of the first and last days an agreement is in force, as month indexes. @internal */
export interface MonthSpan {
  /** Months since January of year 0 of the first day in force. */
  readonly first: number;
  /** Months since January of year 0 of the last day in force. */
  readonly last: number;
}

function monthIndex(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/**
 * The months of the first and last days of {@link inForceInterval}, read from the ISO
 * strings without day arithmetic: the last day before a termination on the 1st of a month
 * is in the month before.
 *
 * @internal
 */
export function inForceMonths(agreement: InForceDates): MonthSpan | undefined {
  if (agreement.suspended === true) return undefined;
  const terminatedOn = agreement.terminatedOn;
  if (terminatedOn === undefined || terminatedOn > agreement.endsOn) {
    return { first: monthIndex(agreement.startsOn), last: monthIndex(agreement.endsOn) };
  }
  if (terminatedOn <= agreement.startsOn) return undefined;
  const month = monthIndex(terminatedOn);
  return {
    first: monthIndex(agreement.startsOn),
    last: terminatedOn.endsWith('-01') ? month - 1 : month,
  };
}

/** The bit of each cell in a mask: bit `i` is `CELLS[i]`. */
const CELL_BIT: ReadonlyMap<string, number> = /* @__PURE__ */ (() =>
  new Map(CELLS.map((cell, index) => [cell, 1 << index])))();

/** The mask of a scope's cells (bit `i` for `CELLS[i]`; unknown codes are dropped). @internal */
export function cellMaskOf(scope: readonly CellCode[]): number {
  let mask = 0;
  for (const cell of scope) mask |= CELL_BIT.get(cell) ?? 0;
  return mask;
}

/** The indexes in `CELLS` of the cells of a mask, ascending. @internal */
export function cellIndexesOfMask(mask: number): number[] {
  const indexes: number[] = [];
  for (let rest = mask; rest !== 0; rest &= rest - 1) indexes.push(31 - Math.clz32(rest & -rest));
  return indexes;
}

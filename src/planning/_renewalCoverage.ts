import { CELLS } from '../catalog/cells.js';
import type { Agreement } from '../schemas/agreement.js';
import { cellMaskOf, inForceInterval } from './_timelineInterval.js';

/**
 * Which cells some agreement covers on each of a set of days: what `renewalCalendar` needs
 * to tell the gaps an agreement would open on the day after it ends. One pass over the
 * agreements: each marks, for its cells, the run of asked days it is in force on (two
 * binary searches, then a difference array per cell), so that n agreements and k days
 * cost O(n log k + k).
 *
 * @internal
 * @module
 */

/** The index of the first day of `days` (ascending) that is not before `day`. */
function firstNotBefore(days: readonly number[], day: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((days[middle] ?? 0) < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * For each day (a day number), the mask of the cells (bit `i` for `CELLS[i]`) that at
 * least one agreement in force on that day has in its scope.
 *
 * @internal
 */
export function coveredCellsOn(
  agreements: readonly Agreement[],
  days: readonly number[],
): Map<number, number> {
  const asked = [...new Set(days)].sort((a, b) => a - b);
  const covered = new Map<number, number>();
  const count = asked.length;
  if (count === 0) return covered;
  const width = count + 1;
  const changes = new Int32Array(CELLS.length * width);
  for (const agreement of agreements) {
    const interval = inForceInterval(agreement);
    if (interval === undefined) continue;
    const first = firstNotBefore(asked, interval.start);
    const after = firstNotBefore(asked, interval.end + 1);
    if (first >= after) continue;
    const mask = cellMaskOf(agreement.scope);
    for (let rest = mask; rest !== 0; rest &= rest - 1) {
      const row = (31 - Math.clz32(rest & -rest)) * width;
      changes[row + first] = (changes[row + first] ?? 0) + 1;
      changes[row + after] = (changes[row + after] ?? 0) - 1;
    }
  }
  const masks = new Int32Array(count);
  for (let cell = 0; cell < CELLS.length; cell++) {
    let inForce = 0;
    for (let index = 0; index < count; index++) {
      inForce += changes[cell * width + index] ?? 0;
      if (inForce > 0) masks[index] = (masks[index] ?? 0) | (1 << cell);
    }
  }
  asked.forEach((day, index) => covered.set(day, masks[index] ?? 0));
  return covered;
}

import type { Period } from '../catalog/home.js';
import { periodsOverlap } from '../core/_lifecycle.js';
import { planOf } from './_period.js';
import type { PlanOptions } from './types.js';

/**
 * Tells whether a period shares at least one day with the strategic plan's period. Both
 * periods include both their ends.
 *
 * @param period - A period `{ start, end }`, such as a proposal's.
 * @param plan - The plan period (default `DEFAULT_PLAN_PERIOD`, 2014-01-01 … 2018-12-31),
 *   or options `{ planPeriod, policy }` ({@link PlanOptions}).
 * @returns `true` when the periods overlap.
 * @throws RangeError when the plan period is not two real dates with `end` after `start`.
 *
 * @example
 * ```ts
 * overlapsPlan({ start: '2018-12-31', end: '2020-06-30' }); //=> true
 * overlapsPlan({ start: '2019-01-01', end: '2020-06-30' }); //=> false
 * overlapsPlan({ start: '2019-01-01', end: '2020-06-30' }, { start: '2019-01-01', end: '2023-12-31' });
 * //=> true
 * ```
 */
export function overlapsPlan(period: Period, plan?: Period | PlanOptions): boolean {
  return periodsOverlap(period, planOf(plan));
}

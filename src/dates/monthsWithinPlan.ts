import type { Period } from '../catalog/home.js';
import { fullMonthsInOverlap, planOf } from './_period.js';
import type { PlanOptions } from './types.js';

/**
 * The number of whole calendar months that lie entirely inside the overlap of a period
 * with the strategic plan: a month counts when its first and its last day are both in
 * the period and in the plan.
 *
 * @param period - A period `{ start, end }`, both ends included.
 * @param plan - The plan period (default `DEFAULT_PLAN_PERIOD`, 2014-01-01 … 2018-12-31),
 *   or options `{ planPeriod, policy }` ({@link PlanOptions}).
 * @returns A whole number ≥ 0 (0 when the period does not overlap the plan).
 * @throws RangeError when the plan period is not two real dates with `end` after `start`.
 *
 * @example
 * ```ts
 * // February and March:
 * monthsWithinPlan({ start: '2016-01-15', end: '2016-04-14' }); //=> 2
 * monthsWithinPlan({ start: '2016-01-01', end: '2016-04-30' }); //=> 4
 * // 2017 and 2018, within the default plan (2014–2018):
 * monthsWithinPlan({ start: '2017-01-01', end: '2020-12-31' }); //=> 24
 * monthsWithinPlan({ start: '2020-01-01', end: '2020-12-31' }); //=> 0
 * ```
 */
export function monthsWithinPlan(period: Period, plan?: Period | PlanOptions): number {
  return fullMonthsInOverlap(period, planOf(plan));
}

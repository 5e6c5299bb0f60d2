import type { PolicyOptions } from '../policy/types.js';

/**
 * Options of {@link overlapsPlan} and {@link monthsWithinPlan}, given in place of the
 * plan: the plan period is the options' `planPeriod`, else their policy's, else the
 * default plan (2014-01-01 … 2018-12-31). Any other policy parameter given is checked and
 * not used.
 *
 * @example
 * ```ts
 * const options: PlanOptions = { planPeriod: { start: '2019-01-01', end: '2023-12-31' } };
 * overlapsPlan({ start: '2019-06-01', end: '2020-05-31' }, options); //=> true
 * monthsWithinPlan({ start: '2019-06-01', end: '2020-05-31' }, options); //=> 12
 * overlapsPlan({ start: '2019-06-01', end: '2020-05-31' }, { policy: createPolicy({ planPeriod: options.planPeriod }) });
 * //=> true
 * ```
 */
export type PlanOptions = PolicyOptions;

/**
 * Options of {@link overlapsPlan}.
 *
 * @deprecated Use PlanOptions.
 *
 * @example
 * ```ts
 * const options: OverlapsPlanOptions = { planPeriod: { start: '2019-01-01', end: '2023-12-31' } };
 * overlapsPlan({ start: '2019-06-01', end: '2020-05-31' }, options); //=> true
 * ```
 */
export type OverlapsPlanOptions = PlanOptions;

/**
 * Options of {@link monthsWithinPlan}.
 *
 * @deprecated Use PlanOptions.
 *
 * @example
 * ```ts
 * const options: MonthsWithinPlanOptions = { planPeriod: { start: '2019-01-01', end: '2023-12-31' } };
 * monthsWithinPlan({ start: '2019-06-01', end: '2020-05-31' }, options); //=> 12
 * ```
 */
export type MonthsWithinPlanOptions = PlanOptions;

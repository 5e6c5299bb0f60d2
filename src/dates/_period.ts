import type { Period } from '../catalog/home.js';
import { daysInMonth, isoDateParts } from '../core/_isoDate.js';
import { resolvePolicy } from '../policy/resolveOptions.js';
import type { PlanOptions } from './types.js';

/**
 * The plan period of a call: the period given in place of options, or the options'
 * `planPeriod`, or their policy's, or the default plan; checked as `createPolicy` checks it.
 *
 * @internal
 */
export function planOf(plan: Period | PlanOptions | undefined): Period {
  return resolvePolicy(isPeriod(plan) ? { planPeriod: plan } : plan).planPeriod;
}

/** Tells a period from options: a period has a `start` or an `end`, options have neither. */
function isPeriod(plan: Period | PlanOptions | undefined): plan is Period {
  return typeof plan === 'object' && ('start' in plan || 'end' in plan);
}

/**
 * The number of calendar months lying entirely inside the overlap of two periods.
 *
 * @internal
 */
export function fullMonthsInOverlap(a: Period, b: Period): number {
  const start = isoDateParts(a.start > b.start ? a.start : b.start);
  const end = isoDateParts(a.end < b.end ? a.end : b.end);
  if (!start || !end) return 0;
  // Months are counted as year × 12 + month; a month counts when its first and last days
  // are both inside [start, end].
  const first = start.year * 12 + start.month - 1 + (start.day === 1 ? 0 : 1);
  const last =
    end.year * 12 + end.month - 1 - (end.day === daysInMonth(end.year, end.month) ? 0 : 1);
  return Math.max(0, last - first + 1);
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/catalog/home.js';
import { monthsWithinPlan, overlapsPlan } from '../../src/dates/index.js';
import { createPolicy } from '../../src/policy/index.js';
import { addDaysUtc } from '../eligibility/_fixtures.js';

const nextPlan = { start: '2019-01-01', end: '2023-12-31' };

describe('overlapsPlan', () => {
  it.each<[string, Period, boolean]>([
    ['ending on the plan’s first day', { start: '2012-01-01', end: '2014-01-01' }, true],
    ['ending the day before the plan', { start: '2012-01-01', end: '2013-12-31' }, false],
    ['starting on the plan’s last day', { start: '2018-12-31', end: '2020-06-30' }, true],
    ['starting the day after the plan', { start: '2019-01-01', end: '2020-06-30' }, false],
    ['inside the plan', { start: '2016-01-15', end: '2016-04-14' }, true],
    ['around the plan', { start: '2010-01-01', end: '2030-12-31' }, true],
  ])('with the default plan, a period %s → %s', (_name, period, expected) => {
    expect(overlapsPlan(period)).toBe(expected);
  });

  it('takes the plan as a period, or options with a planPeriod or a policy', () => {
    const period = { start: '2019-01-01', end: '2020-06-30' };
    expect(overlapsPlan(period, nextPlan)).toBe(true);
    expect(overlapsPlan(period, { planPeriod: nextPlan })).toBe(true);
    expect(overlapsPlan(period, { policy: createPolicy({ planPeriod: nextPlan }) })).toBe(true);
    expect(
      overlapsPlan(period, {
        policy: createPolicy({ planPeriod: nextPlan }),
        planPeriod: { start: '2014-01-01', end: '2018-12-31' },
      }),
    ).toBe(false);
    expect(overlapsPlan(period, {})).toBe(false);
  });

  it('rejects a plan that is not a valid period', () => {
    expect(() => overlapsPlan(nextPlan, { start: '2019-01-01', end: '2018-01-01' })).toThrow(
      RangeError,
    );
    expect(() => overlapsPlan(nextPlan, { start: '2019-02-29', end: '2020-01-01' })).toThrow(
      /planPeriod\.start/,
    );
  });

  it('rejects a plan with one end missing instead of falling back to the default plan', () => {
    const startOnly = { start: '2019-01-01' } as unknown as Period;
    const endOnly = { end: '2023-12-31' } as unknown as Period;
    expect(() => overlapsPlan(nextPlan, startOnly)).toThrow(/planPeriod\.end/);
    expect(() => overlapsPlan(nextPlan, endOnly)).toThrow(/planPeriod\.start/);
    expect(() => monthsWithinPlan(nextPlan, startOnly)).toThrow(TypeError);
  });
});

describe('monthsWithinPlan', () => {
  it.each<[string, Period, number]>([
    ['the example of SPEC §6', { start: '2016-01-15', end: '2016-04-14' }, 2],
    ['whole months', { start: '2016-01-01', end: '2016-04-30' }, 4],
    ['a month ending on 29 February', { start: '2016-02-01', end: '2016-02-29' }, 1],
    ['February 2016 without its 29th', { start: '2016-02-01', end: '2016-02-28' }, 0],
    ['February 2017, which has 28 days', { start: '2017-02-01', end: '2017-02-28' }, 1],
    ['a month less a day', { start: '2016-03-02', end: '2016-04-01' }, 0],
    ['the whole plan', { start: '2014-01-01', end: '2018-12-31' }, 60],
    ['a period around the plan', { start: '2010-06-15', end: '2025-06-15' }, 60],
    ['a period straddling the plan’s end', { start: '2017-01-01', end: '2020-12-31' }, 24],
    ['a period straddling the plan’s start', { start: '2013-07-01', end: '2014-03-15' }, 2],
    ['a period after the plan', { start: '2019-01-01', end: '2020-12-31' }, 0],
    ['a period touching the plan’s last day', { start: '2018-12-31', end: '2019-12-31' }, 0],
  ])('counts the months of %s', (_name, period, expected) => {
    expect(monthsWithinPlan(period)).toBe(expected);
  });

  it('takes the plan as a period or as options', () => {
    const period = { start: '2017-01-01', end: '2020-12-31' };
    expect(monthsWithinPlan(period, nextPlan)).toBe(24);
    expect(monthsWithinPlan(period, { planPeriod: nextPlan })).toBe(24);
    expect(monthsWithinPlan(period, { policy: createPolicy({ planPeriod: nextPlan }) })).toBe(24);
  });

  /** A reference: walk the months and keep those whose first and last days lie inside both. */
  function reference(period: Period, plan: Period): number {
    let count = 0;
    for (let year = 1990; year <= 2050; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        const first = `${year}-${String(month).padStart(2, '0')}-01`;
        const last = addDaysUtc(
          month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`,
          -1,
        );
        if (first >= period.start && last <= period.end && first >= plan.start && last <= plan.end)
          count += 1;
      }
    }
    return count;
  }

  const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDaysUtc('2000-01-01', n));
  const period = fc
    .tuple(day, day)
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => (a < b ? { start: a, end: b } : { start: b, end: a }));

  it('agrees with a month-by-month reference, is symmetric and 0 exactly without a whole month in common (property)', () => {
    fc.assert(
      fc.property(period, period, (p, plan) => {
        const months = monthsWithinPlan(p, plan);
        expect(months).toBe(reference(p, plan));
        expect(monthsWithinPlan(plan, p)).toBe(months);
        if (!overlapsPlan(p, plan)) expect(months).toBe(0);
        expect(overlapsPlan(p, plan)).toBe(overlapsPlan(plan, p));
      }),
      { numRuns: 300 },
    );
  });

  it('does not change its arguments', () => {
    const p = Object.freeze({ start: '2016-01-15', end: '2016-04-14' });
    const plan = Object.freeze({ start: '2014-01-01', end: '2018-12-31' });
    expect(monthsWithinPlan(p, plan)).toBe(2);
    expect(overlapsPlan(p, plan)).toBe(true);
    expect(p).toEqual({ start: '2016-01-15', end: '2016-04-14' });
  });
});

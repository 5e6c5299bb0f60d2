import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, isIsoDate, isoDateParts } from '../../src/core/_isoDate.js';
import { addDaysIso } from '../../src/core/_calendar.js';
import { UtcDate } from '../../src/core/_utcDate.js';
import { addDaysUtc, daysBetweenUtc } from '../eligibility/_fixtures.js';

describe('calendar primitives (internal)', () => {
  it.each([
    ['2016-02-29', true],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2019-02-29', false],
    ['2019-04-31', false],
    ['2019-12-31', true],
    ['2019-00-10', false],
    ['2019-13-01', false],
    ['2019-01-00', false],
    ['2019-1-01', false],
    ['2019-01-01T00:00:00Z', false],
    [' 2019-01-01', false],
    [20190101, false],
    [undefined, false],
  ])('isIsoDate(%j) is %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('knows the length of every month, leap years included', () => {
    expect(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2016, month)),
    ).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2017, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(isoDateParts('0044-03-15')).toEqual({ year: 44, month: 3, day: 15 });
  });

  it('adds days across month ends, 29 February and years', () => {
    expect(addDaysIso('2016-02-28', 1)).toBe('2016-02-29');
    expect(addDaysIso('2016-02-28', 2)).toBe('2016-03-01');
    expect(addDaysIso('2017-02-28', 1)).toBe('2017-03-01');
    expect(addDaysIso('1994-12-30', 1)).toBe('1994-12-31');
    expect(addDaysIso('2011-12-29', 2)).toBe('2011-12-31');
    expect(addDaysIso('2017-06-30', 180)).toBe('2017-12-27');
    expect(addDaysIso('2017-06-30', 0)).toBe('2017-06-30');
    expect(addDaysIso('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('clamps past 9999-12-31, where ISO strings stop ordering', () => {
    expect(addDaysIso('9999-12-30', 1)).toBe('9999-12-31');
    expect(addDaysIso('9999-12-30', 1000)).toBe('9999-12-31');
    // The year 9999 itself is not clamped.
    expect(addDaysIso('9999-01-01', 1)).toBe('9999-01-02');
    expect(addDaysIso('9998-12-31', 180)).toBe('9999-06-29');
  });

  it('agrees with UTC arithmetic (property)', () => {
    const day = fc.integer({ min: 0, max: 365 * 200 }).map((n) => addDaysUtc('1900-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: -5000, max: 5000 }), (iso, days) => {
        const result = addDaysIso(iso, days);
        expect(result).toBe(addDaysUtc(iso, days));
        expect(daysBetweenUtc(iso, result)).toBe(days);
        expect(isIsoDate(result)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('UtcDate reads and writes its local fields in UTC', () => {
    const date = new UtcDate(Date.UTC(1994, 11, 31, 23, 30));
    expect([
      date.getFullYear(),
      date.getMonth(),
      date.getDate(),
      date.getHours(),
      date.getDay(),
    ]).toEqual([1994, 11, 31, 23, 6]);
    expect(date.getTimezoneOffset()).toBe(0);
    date.setHours(0, 0, 0, 0);
    expect(date.toISOString()).toBe('1994-12-31T00:00:00.000Z');
    date.setFullYear(2011, 0, 30);
    date.setMonth(11);
    date.setDate(30);
    date.setMinutes(5);
    date.setSeconds(6);
    date.setMilliseconds(7);
    expect(date.toISOString()).toBe('2011-12-30T00:05:06.007Z');
    expect([date.getMinutes(), date.getSeconds(), date.getMilliseconds()]).toEqual([5, 6, 7]);
  });
});

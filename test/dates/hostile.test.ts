// Issue #16, hostile and huge input: items 12 (huge day windows) and 13 (academic years).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/core/_isoDate.js';
import { addDaysIso } from '../../src/core/_calendar.js';
import {
  academicYearOf,
  academicYearsBetween,
  agreementStatus,
  classifyIntent,
  expiringAgreements,
} from '../../src/dates/index.js';
import { AcademicYearSchema } from '../../src/schemas/index.js';
import { agreement, network } from '../eligibility/_fixtures.js';

/** 2015-01-01 … 2019-12-31. */
const mou = agreement();
const ON = '2017-06-30';

describe('huge day windows do not overflow (issue #16, item 12)', () => {
  const huge = [3e6, 3_652_424, 3_652_425, 1e7, 1e8, 1e15, Number.MAX_SAFE_INTEGER, 1e300];

  it.each(huge)('keeps an agreement in force expiring with a window of %d days', (days) => {
    expect(agreementStatus(mou, { on: ON, expiringWithinDays: days })).toBe('expiring');
  });

  it.each(huge)('makes a partner renew with a renewal window of %d days', (days) => {
    const lyon = network();
    expect(classifyIntent('univ-lyon-example', lyon, { renewalWindowDays: 10 })).toBe('strengthen');
    expect(classifyIntent('univ-lyon-example', lyon, { renewalWindowDays: days })).toBe('renew');
    expect(expiringAgreements(lyon, { expiringWithinDays: days }).map((a) => a.id)).toEqual([
      'a-active',
      'a-expiring',
    ]);
  });

  it('clamps dates past the four-digit years, in both directions', () => {
    expect(addDaysIso('2017-06-30', 1e8)).toBe('9999-12-31');
    expect(addDaysIso('0000-01-01', 3_652_424)).toBe('9999-12-31');
    expect(addDaysIso('0000-01-01', 3_652_423)).toBe('9999-12-30');
    expect(addDaysIso('9999-12-31', -3_652_424)).toBe('0000-01-01');
    expect(addDaysIso('2017-06-30', -1e8)).toBe('0000-01-01');
    expect(addDaysIso('2017-06-30', -Number.MAX_SAFE_INTEGER)).toBe('0000-01-01');
  });

  it('is monotonic: a longer window never turns `expiring` back to `active` (property)', () => {
    const days = fc.oneof(
      fc.integer({ min: 0, max: 5000 }),
      fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    );
    fc.assert(
      fc.property(days, days, (a, b) => {
        const [shorter, longer] = a <= b ? [a, b] : [b, a];
        const first = agreementStatus(mou, { on: ON, expiringWithinDays: shorter });
        const second = agreementStatus(mou, { on: ON, expiringWithinDays: longer });
        if (first === 'expiring') expect(second).toBe('expiring');
        const until = addDaysIso(ON, longer);
        expect(isIsoDate(until)).toBe(true);
        expect(until >= addDaysIso(ON, shorter)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('academic years stay within the years AcademicYearSchema writes (issue #16, item 13)', () => {
  it('rejects the dates whose academic year would leave 0000–9999', () => {
    expect(() => academicYearOf('0000-01-01')).toThrow(RangeError);
    expect(() => academicYearOf('0000-09-30')).toThrow(
      "academicYearOf: date must fall in an academic year within the years 0000–9999 (as AcademicYearSchema writes them), received '0000-09-30'",
    );
    expect(() => academicYearOf('9999-12-31')).toThrow(RangeError);
    expect(() => academicYearOf('9999-10-01')).toThrow(RangeError);
    expect(() => academicYearOf('9999-09-01', { startMonth: 9 })).toThrow(RangeError);
    expect(() => academicYearsBetween('0000-01-01', '2016-01-01')).toThrow(
      /^academicYearsBetween: start must fall in an academic year within the years 0000–9999/,
    );
    expect(() => academicYearsBetween('9998-01-01', '9999-12-31')).toThrow(
      /^academicYearsBetween: end must fall in an academic year within the years 0000–9999/,
    );
  });

  it('accepts the first and last academic years of the range', () => {
    expect(academicYearOf('0000-10-01')).toBe('0000-0001');
    expect(academicYearOf('9999-09-30')).toBe('9998-9999');
    expect(academicYearOf('0000-01-01', { startMonth: 1 })).toBe('0000');
    expect(academicYearOf('9999-12-31', { startMonth: 1 })).toBe('9999');
    expect(academicYearsBetween('9998-06-01', '9999-09-30')).toEqual(['9997-9998', '9998-9999']);
    expect(academicYearsBetween('0000-01-01', '0001-12-31', { startMonth: 1 })).toEqual([
      '0000',
      '0001',
    ]);
  });

  const date = fc
    .date({
      min: new Date('0000-01-01T00:00:00Z'),
      max: new Date('9999-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((value) => value.toISOString().slice(0, 10));

  it('gives a value AcademicYearSchema accepts, or a RangeError (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(date, fc.constantFrom('0000-01-01', '0000-12-31', '9999-01-01', '9999-12-31')),
        fc.integer({ min: 1, max: 12 }),
        (day, startMonth) => {
          let year: string;
          try {
            year = academicYearOf(day, { startMonth });
          } catch (error) {
            expect(error).toBeInstanceOf(RangeError);
            // Only at the two ends of the calendar.
            expect(day < '0001-01-01' || day > '9998-12-31').toBe(true);
            return;
          }
          expect(AcademicYearSchema.safeParse(year).success).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

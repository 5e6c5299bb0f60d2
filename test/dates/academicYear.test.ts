import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { academicYearOf, academicYearsBetween } from '../../src/dates/index.js';
import { AcademicYearSchema } from '../../src/schemas/primitives.js';
import { createPolicy, DEFAULT_POLICY } from '../../src/policy/index.js';
import { addDaysUtc } from '../eligibility/_fixtures.js';
import { expectLibraryError } from '../policy/_errors.js';

describe('academicYearOf', () => {
  it.each<[string, number | undefined, string]>([
    ['2024-09-30', undefined, '2023-2024'],
    ['2024-10-01', undefined, '2024-2025'],
    ['2024-12-31', undefined, '2024-2025'],
    ['2025-01-01', undefined, '2024-2025'],
    ['2024-02-29', undefined, '2023-2024'],
    ['2024-08-31', 9, '2023-2024'],
    ['2024-09-01', 9, '2024-2025'],
    ['2024-03-15', 1, '2024'],
    ['2024-01-01', 1, '2024'],
    ['2024-12-31', 1, '2024'],
    ['2024-11-30', 12, '2023-2024'],
    ['2024-12-01', 12, '2024-2025'],
    ['0999-10-01', undefined, '0999-1000'],
  ])('%s with startMonth %s is %s', (date, startMonth, expected) => {
    expect(academicYearOf(date, startMonth === undefined ? undefined : { startMonth })).toBe(
      expected,
    );
  });

  it('rejects a date that is not a real ISO date, naming it', () => {
    const error = expectLibraryError(
      () => academicYearOf('2023-02-29'),
      RangeError,
      "academicYearOf: date must be a real calendar date YYYY-MM-DD, received '2023-02-29'",
      'dates.not_a_date',
    );
    expect(error.params).toEqual({
      caller: 'academicYearOf',
      field: 'date',
      received: '2023-02-29',
    });
    expect(() => academicYearOf('2024-9-1')).toThrow(RangeError);
  });

  it.each([0, 13, 1.5, Number.NaN])('rejects startMonth %s with a RangeError', (startMonth) => {
    expect(() => academicYearOf('2024-03-15', { startMonth })).toThrow(RangeError);
    expect(() => academicYearOf('2024-03-15', { startMonth })).toThrow(
      /startMonth must be a month number 1–12/,
    );
  });

  it('rejects a startMonth that is not a number with a TypeError', () => {
    expect(() => academicYearOf('2024-03-15', { startMonth: '9' as unknown as number })).toThrow(
      TypeError,
    );
    // The message names the function and quotes the value received.
    expectLibraryError(
      () => academicYearOf('2024-03-15', { startMonth: '9' as unknown as number }),
      TypeError,
      "academicYearOf: startMonth must be a month number 1–12, received '9'",
      'policy.not_a_month',
    );
  });
});

describe('the start month of academic years', () => {
  const september = createPolicy({ academicYearStartMonth: 9 });

  it("comes from the policy's academicYearStartMonth (10 by default)", () => {
    expect(DEFAULT_POLICY.academicYearStartMonth).toBe(10);
    expect(academicYearOf('2024-09-15', { policy: september })).toBe('2024-2025');
    expect(academicYearsBetween('2024-08-31', '2024-09-01', { policy: september })).toEqual([
      '2023-2024',
      '2024-2025',
    ]);
  });

  it('can be given directly as academicYearStartMonth, which wins over the policy', () => {
    expect(academicYearOf('2024-09-15', { academicYearStartMonth: 9 })).toBe('2024-2025');
    expect(academicYearOf('2024-09-15', { policy: september, academicYearStartMonth: 10 })).toBe(
      '2023-2024',
    );
    expect(academicYearsBetween('2024-01-01', '2025-01-01', { academicYearStartMonth: 1 })).toEqual(
      ['2024', '2025'],
    );
  });

  it('can be given as startMonth, the name of SPEC §6, which wins over both', () => {
    expect(
      academicYearOf('2024-09-15', { policy: september, academicYearStartMonth: 9, startMonth: 1 }),
    ).toBe('2024');
    expect(
      academicYearsBetween('2024-09-15', '2024-10-15', { policy: september, startMonth: 10 }),
    ).toEqual(['2023-2024', '2024-2025']);
  });

  it('is checked under the name it was given', () => {
    const error = expectLibraryError(
      () => academicYearOf('2024-03-15', { startMonth: 13 }),
      RangeError,
      'academicYearOf: startMonth must be a month number 1–12, received 13',
      'policy.not_a_month',
    );
    expect(error.params).toEqual({ caller: 'academicYearOf', field: 'startMonth', received: 13 });
    expectLibraryError(
      () => academicYearsBetween('2024-03-15', '2025-03-15', { startMonth: 0 }),
      RangeError,
      'academicYearsBetween: startMonth must be a month number 1–12, received 0',
      'policy.not_a_month',
    );
    expectLibraryError(
      () => academicYearOf('2024-03-15', { academicYearStartMonth: 0 }),
      RangeError,
      'options: academicYearStartMonth must be a month number 1–12, received 0',
      'policy.not_a_month',
    );
    expectLibraryError(
      () =>
        academicYearsBetween('2024-03-15', '2025-03-15', { academicYearStartMonth: '9' as never }),
      TypeError,
      "options: academicYearStartMonth must be a number, received '9'",
      'policy.not_a_number',
    );
  });

  it('names the date that leaves the years AcademicYearSchema writes, with its params', () => {
    const error = expectLibraryError(
      () => academicYearsBetween('2016-01-01', '9999-12-31'),
      RangeError,
      "academicYearsBetween: end must fall in an academic year within the years 0000–9999 (as AcademicYearSchema writes them), received '9999-12-31'",
      'dates.outside_academic_years',
    );
    expect(error.params).toEqual({
      caller: 'academicYearsBetween',
      field: 'end',
      first: 0,
      last: 9999,
      received: '9999-12-31',
    });
  });
});

describe('academicYearsBetween', () => {
  it('lists every academic year the period touches, in order', () => {
    expect(academicYearsBetween('2016-09-01', '2018-08-31')).toEqual([
      '2015-2016',
      '2016-2017',
      '2017-2018',
    ]);
    expect(academicYearsBetween('2016-10-01', '2018-09-30')).toEqual(['2016-2017', '2017-2018']);
    expect(academicYearsBetween('2016-10-01', '2018-10-01')).toEqual([
      '2016-2017',
      '2017-2018',
      '2018-2019',
    ]);
    expect(academicYearsBetween('2016-10-01', '2016-10-01')).toEqual(['2016-2017']);
  });

  it('writes calendar years with startMonth 1', () => {
    expect(academicYearsBetween('2016-09-01', '2018-08-31', { startMonth: 1 })).toEqual([
      '2016',
      '2017',
      '2018',
    ]);
    expect(academicYearsBetween('2016-12-31', '2017-01-01', { startMonth: 1 })).toEqual([
      '2016',
      '2017',
    ]);
  });

  it('rejects an end before the start, or dates that are not real', () => {
    const error = expectLibraryError(
      () => academicYearsBetween('2018-01-01', '2017-12-31'),
      RangeError,
      "academicYearsBetween: end must not be before start (2018-01-01), received '2017-12-31'",
      'dates.end_before_start',
    );
    expect(error.params).toEqual({
      caller: 'academicYearsBetween',
      start: '2018-01-01',
      received: '2017-12-31',
    });
    expect(() => academicYearsBetween('2018-02-30', '2019-01-01')).toThrow(
      /start must be a real calendar date/,
    );
    expect(() => academicYearsBetween('2018-01-01', '2019-13-01')).toThrow(
      /end must be a real calendar date/,
    );
    expect(() => academicYearsBetween('2018-01-01', '2019-01-01', { startMonth: 0 })).toThrow(
      RangeError,
    );
  });

  const day = fc.integer({ min: 0, max: 365 * 100 }).map((n) => addDaysUtc('1950-01-01', n));
  const startMonth = fc.integer({ min: 1, max: 12 });

  it('runs from the year of start to the year of end, consecutively, in the schema’s format (property)', () => {
    fc.assert(
      fc.property(day, day, startMonth, (a, b, month) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const years = academicYearsBetween(start, end, { startMonth: month });
        expect(years[0]).toBe(academicYearOf(start, { startMonth: month }));
        expect(years[years.length - 1]).toBe(academicYearOf(end, { startMonth: month }));
        const firstYears = years.map((year) => Number(year.slice(0, 4)));
        firstYears.forEach((year, index) => {
          if (index > 0) expect(year).toBe((firstYears[index - 1] ?? 0) + 1);
        });
        for (const year of years) {
          expect(AcademicYearSchema.safeParse(year).success).toBe(true);
          expect(year.length).toBe(month === 1 ? 4 : 9);
        }
        expect(academicYearsBetween(start, start, { startMonth: month })).toEqual([
          academicYearOf(start, { startMonth: month }),
        ]);
      }),
      { numRuns: 300 },
    );
  });
});

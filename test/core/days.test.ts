import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso } from '../../src/core/_calendar.js';
import { daysBetween, isoOf, parseIsoDate } from '../../src/core/_days.js';
import { isIsoDate } from '../../src/core/_isoDate.js';

// The day arithmetic of the core, checked against the platform's UTC calendar.
function platformAddDays(iso: string, days: number): string {
  const date = new Date(0);
  date.setUTCFullYear(
    Number(iso.slice(0, 4)),
    Number(iso.slice(5, 7)) - 1,
    Number(iso.slice(8, 10)),
  );
  date.setUTCDate(date.getUTCDate() + days);
  const year = date.getUTCFullYear();
  if (year > 9999) return '9999-12-31';
  if (year < 0) return '0000-01-01';
  return `${String(year).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

const isoDate = fc
  .date({
    min: new Date(Date.UTC(0, 0, 1) - 0),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10))
  .filter((iso) => isIsoDate(iso));

describe('core day numbers', () => {
  it('agree with the UTC calendar when adding days', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -4_000_000, max: 4_000_000 }), (iso, days) => {
        expect(addDaysIso(iso, days)).toBe(platformAddDays(iso, days));
      }),
      { numRuns: 2000 },
    );
  });

  it('count the days between two dates, and round-trip', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (a, b) => {
        expect(addDaysIso(a, daysBetween(a, b))).toBe(b);
        expect(isoOf(parseIsoDate(a) ?? Number.NaN)).toBe(a);
      }),
    );
  });

  it('knows leap days and clamps to four-digit years', () => {
    expect(addDaysIso('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysIso('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDaysIso('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDaysIso('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDaysIso('2019-06-30', 180)).toBe('2019-12-27');
    expect(addDaysIso('9999-12-30', 5)).toBe('9999-12-31');
    expect(addDaysIso('0000-01-02', -5)).toBe('0000-01-01');
    expect(daysBetween('2019-01-01', '2020-01-01')).toBe(365);
    expect(daysBetween('2020-01-01', '2019-01-01')).toBe(-365);
    expect(parseIsoDate('2019-02-29')).toBeUndefined();
    expect(parseIsoDate('2019-02-31')).toBeUndefined();
  });
});

import fc from 'fast-check';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { todayIso } from '../../src/core/_today.js';
import { ASEAN_MEMBERS, isAseanMember, type AseanMember } from '../../src/catalog/asean.js';
import { COUNTRIES, isCountryCode } from '../../src/catalog/countries.js';

/** A code known only at run time, typed as plain `string` as it would come from input. */
function atRunTime(code: string): string {
  return code;
}

/** Today's local date, built the way the catalog documents it. */
function localToday(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
}

/** The day before an ISO date (UTC arithmetic: test-only, independent of the time zone). */
function dayBefore(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

const isoDate = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2199-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

afterEach(() => {
  vi.useRealTimers();
});

describe('ASEAN_MEMBERS', () => {
  it('lists the eleven members and their accession dates, ordered by country', () => {
    expect(ASEAN_MEMBERS).toEqual([
      { country: 'BN', joinedOn: '1984-01-07' },
      { country: 'ID', joinedOn: '1967-08-08' },
      { country: 'KH', joinedOn: '1999-04-30' },
      { country: 'LA', joinedOn: '1997-07-23' },
      { country: 'MM', joinedOn: '1997-07-23' },
      { country: 'MY', joinedOn: '1967-08-08' },
      { country: 'PH', joinedOn: '1967-08-08' },
      { country: 'SG', joinedOn: '1967-08-08' },
      { country: 'TH', joinedOn: '1967-08-08' },
      { country: 'TL', joinedOn: '2025-10-26' },
      { country: 'VN', joinedOn: '1995-07-28' },
    ]);
    const countries = ASEAN_MEMBERS.map((member) => member.country);
    expect(countries).toEqual([...countries].sort());
  });

  it('names only country codes and ISO dates', () => {
    for (const member of ASEAN_MEMBERS) {
      expect(isCountryCode(member.country)).toBe(true);
      expect(member.joinedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(new Date(`${member.joinedOn}T00:00:00Z`).toISOString().slice(0, 10)).toBe(
        member.joinedOn,
      );
    }
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(ASEAN_MEMBERS)).toBe(true);
    for (const member of ASEAN_MEMBERS) expect(Object.isFrozen(member)).toBe(true);
    expect(() => {
      (ASEAN_MEMBERS as unknown as AseanMember[]).pop();
    }).toThrow(TypeError);
  });
});

describe('isAseanMember', () => {
  it('counts a member from its accession day, that day included', () => {
    expect(isAseanMember('KH', { on: '1999-04-29' })).toBe(false);
    expect(isAseanMember('KH', { on: '1999-04-30' })).toBe(true);
    expect(isAseanMember('TL', { on: '2025-10-25' })).toBe(false);
    expect(isAseanMember('TL', { on: '2025-10-26' })).toBe(true);
    expect(isAseanMember('SG', { on: '1967-08-07' })).toBe(false);
    expect(isAseanMember('SG', { on: '1967-08-08' })).toBe(true);
    for (const member of ASEAN_MEMBERS) {
      expect(isAseanMember(member.country, { on: dayBefore(member.joinedOn) })).toBe(false);
      expect(isAseanMember(member.country, { on: member.joinedOn })).toBe(true);
    }
  });

  it('is never true for a country that is not a member', () => {
    const members = new Set<string>(ASEAN_MEMBERS.map((member) => member.country));
    fc.assert(
      fc.property(fc.constantFrom(...COUNTRIES.map((c) => c.code)), isoDate, (country, on) => {
        if (!members.has(country)) expect(isAseanMember(country, { on })).toBe(false);
      }),
    );
    expect(isAseanMember('FR', { on: '2025-10-26' })).toBe(false);
  });

  it('stays true once a country has joined (law: monotonic in the date)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ASEAN_MEMBERS), isoDate, isoDate, (member, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        if (isAseanMember(member.country, { on: earlier })) {
          expect(isAseanMember(member.country, { on: later })).toBe(true);
        }
        expect(isAseanMember(member.country, { on: a })).toBe(member.joinedOn <= a);
      }),
    );
  });

  it('is false for a string that is not a country code', () => {
    expect(isAseanMember(atRunTime('XX'), { on: '2025-10-26' })).toBe(false);
    expect(isAseanMember(atRunTime('kh'), { on: '2025-10-26' })).toBe(false);
  });

  it('rejects an `on` that is not an ISO date YYYY-MM-DD', () => {
    for (const on of [
      '',
      '1999-4-30',
      '30/04/1999',
      '1999-04-30T00:00:00Z',
      '1999-13-01',
      'today',
    ]) {
      expect(() => isAseanMember('KH', { on })).toThrow(RangeError);
    }
    // The message quotes the bad value, so that the caller sees what was passed.
    expect(() => isAseanMember('KH', { on: '30/04/1999' })).toThrow(
      "isAseanMember: on must be a real calendar date YYYY-MM-DD, received '30/04/1999'",
    );
  });

  it("defaults `on` to today's local date", () => {
    const before = localToday();
    const member = isAseanMember('TL');
    expect([before, localToday()].map((today) => today >= '2025-10-26')).toContain(member);
    expect(isAseanMember('KH', { on: undefined })).toBe(true);
  });

  it('turns at local midnight, whatever the time zone', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2025, 9, 25, 23, 59, 59));
    expect(isAseanMember('TL')).toBe(false);
    vi.setSystemTime(new Date(2025, 9, 26, 0, 0, 0));
    expect(isAseanMember('TL')).toBe(true);
  });

  it('rejects a literal that is not a country code at compile time', () => {
    // @ts-expect-error 'XX' is not an ISO 3166-1 code
    expect(isAseanMember('XX', { on: '2025-10-26' })).toBe(false);
    expectTypeOf(isAseanMember).returns.toEqualTypeOf<boolean>();
  });
});

describe('todayIso', () => {
  it('is the local calendar date, zero-padded', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2025, 9, 26, 0, 30));
    expect(todayIso()).toBe('2025-10-26');
    vi.setSystemTime(new Date(2025, 0, 5, 23, 59, 59, 999));
    expect(todayIso()).toBe('2025-01-05');
    vi.setSystemTime(new Date(999, 11, 31, 12));
    expect(todayIso()).toBe('0999-12-31');
  });

  it('matches the local date of the real clock', () => {
    const before = localToday();
    const today = todayIso();
    expect([before, localToday()]).toContain(today);
  });
});

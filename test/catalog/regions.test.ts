import fc from 'fast-check';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { isAseanMember } from '../../src/catalog/asean.js';
import { COUNTRIES, type CountryCode } from '../../src/catalog/countries.js';
import { M49_REGION_BY_COUNTRY } from '../../src/catalog/regions.data.js';
import { REGIONS, regionOf, type Region, type RegionCode } from '../../src/catalog/regions.js';

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

const isoDate = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2199-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

const countryCode = fc.constantFrom(...COUNTRIES.map((country) => country.code));

afterEach(() => {
  vi.useRealTimers();
});

describe('REGIONS', () => {
  it('lists the seven regions in the SPEC order, titled in English and French', () => {
    expect(REGIONS.map((region) => region.code)).toEqual([
      'asean',
      'asia-pacific',
      'europe',
      'americas',
      'africa',
      'middle-east',
      'other',
    ]);
    for (const region of REGIONS) {
      expect(region.title.en.trim()).not.toBe('');
      expect(region.title.fr.trim()).not.toBe('');
    }
    expect(REGIONS.find((region) => region.code === 'middle-east')?.title).toEqual({
      en: 'Middle East',
      fr: 'Moyen-Orient',
    });
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(REGIONS)).toBe(true);
    for (const region of REGIONS) {
      expect(Object.isFrozen(region)).toBe(true);
      expect(Object.isFrozen(region.title)).toBe(true);
    }
    expect(() => {
      (REGIONS as unknown as Region[]).length = 0;
    }).toThrow(TypeError);
  });

  it('types its entries as regions', () => {
    expectTypeOf(REGIONS[0]).toExtend<Region>();
    expectTypeOf(REGIONS[0].code).toEqualTypeOf<'asean'>();
  });
});

describe('regionOf', () => {
  const on = '2025-01-01';

  it('maps the M49 regions', () => {
    expect(regionOf('BR', { on })).toBe('americas');
    expect(regionOf('US', { on })).toBe('americas');
    expect(regionOf('FR', { on })).toBe('europe');
    expect(regionOf('RU', { on })).toBe('europe');
    expect(regionOf('EG', { on })).toBe('africa');
    expect(regionOf('ZA', { on })).toBe('africa');
    expect(regionOf('SA', { on })).toBe('middle-east');
    expect(regionOf('JP', { on })).toBe('asia-pacific');
    expect(regionOf('AU', { on })).toBe('asia-pacific');
    expect(regionOf('IN', { on })).toBe('asia-pacific');
  });

  it('follows M49 where other lists differ', () => {
    // M49 places Cyprus in Western Asia, so it is middle-east, not europe.
    expect(regionOf('CY', { on })).toBe('middle-east');
    expect(regionOf('TR', { on })).toBe('middle-east');
    expect(regionOf('GE', { on })).toBe('middle-east');
    // Iran is in M49's Southern Asia, not Western Asia.
    expect(regionOf('IR', { on })).toBe('asia-pacific');
    expect(regionOf('KZ', { on })).toBe('asia-pacific');
    // Taiwan is absent from M49 and placed by hand.
    expect(regionOf('TW', { on })).toBe('asia-pacific');
    // Antarctica has no M49 region; the sub-Antarctic islands follow their M49 regions.
    expect(regionOf('AQ', { on })).toBe('other');
    expect(regionOf('BV', { on })).toBe('americas');
    expect(regionOf('HM', { on })).toBe('asia-pacific');
    expect(regionOf('TF', { on })).toBe('africa');
  });

  it('is asean for a member on the date, whatever its M49 region', () => {
    expect(regionOf('TL', { on: '2025-10-25' })).toBe('asia-pacific');
    expect(regionOf('TL', { on: '2025-10-26' })).toBe('asean');
    expect(regionOf('KH', { on: '1999-04-29' })).toBe('asia-pacific');
    expect(regionOf('KH', { on: '1999-04-30' })).toBe('asean');
    expect(regionOf('TH', { on: '1967-08-08' })).toBe('asean');
  });

  it('is asean exactly for members, else the M49 region (law)', () => {
    const codes = new Set<string>(REGIONS.map((region) => region.code));
    fc.assert(
      fc.property(countryCode, isoDate, (country, date) => {
        const region = regionOf(country, { on: date });
        expect(codes.has(region)).toBe(true);
        expect(region).toBe(
          isAseanMember(country, { on: date }) ? 'asean' : M49_REGION_BY_COUNTRY[country],
        );
      }),
    );
  });

  it('has a region for every country and places only Antarctica in other', () => {
    for (const country of COUNTRIES) expect(regionOf(country.code, { on })).toBeDefined();
    const others = COUNTRIES.filter((country) => regionOf(country.code, { on }) === 'other');
    expect(others.map((country) => country.code)).toEqual(['AQ']);
  });

  it('returns undefined for a string that is not a country code', () => {
    expect(regionOf(atRunTime('XX'), { on })).toBeUndefined();
    expect(regionOf(atRunTime('XK'), { on })).toBeUndefined();
    expect(regionOf(atRunTime('kh'), { on })).toBeUndefined();
    expect(regionOf(atRunTime('toString'), { on })).toBeUndefined();
  });

  it('rejects an `on` that is not an ISO date YYYY-MM-DD', () => {
    expect(() => regionOf('KH', { on: '30/04/1999' })).toThrow(RangeError);
    expect(() => regionOf('FR', { on: '2025-02-30T00:00' })).toThrow(RangeError);
    expect(() => regionOf(atRunTime('XX'), { on: '' })).toThrow(RangeError);
  });

  it("defaults `on` to today's local date", () => {
    const before = localToday();
    const region = regionOf('TL');
    const expected = [before, localToday()].map((today) =>
      today >= '2025-10-26' ? 'asean' : 'asia-pacific',
    );
    expect(expected).toContain(region);
    expect(regionOf('FR')).toBe('europe');
  });

  it('turns at local midnight, whatever the time zone', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2025, 9, 25, 23, 59, 59));
    expect(regionOf('TL')).toBe('asia-pacific');
    vi.setSystemTime(new Date(2025, 9, 26, 0, 0, 0));
    expect(regionOf('TL')).toBe('asean');
  });

  it('is typed by what is known of its argument', () => {
    expectTypeOf(regionOf('KH')).toEqualTypeOf<RegionCode>();
    expectTypeOf(regionOf(atRunTime('KH'))).toEqualTypeOf<RegionCode | undefined>();
    expectTypeOf(regionOf<CountryCode>).returns.toEqualTypeOf<RegionCode>();
  });

  it('rejects a literal that is not a country code at compile time', () => {
    // @ts-expect-error 'XX' is not an ISO 3166-1 code
    expect(regionOf('XX', { on })).toBeUndefined();
  });
});

import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  COUNTRIES,
  getCountry,
  isCountryCode,
  type Country,
  type CountryCode,
} from '../../src/catalog/countries.js';

/** A code known only at run time, typed as plain `string` as it would come from input. */
function atRunTime(code: string): string {
  return code;
}

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

describe('COUNTRIES', () => {
  it('lists the 249 officially assigned ISO 3166-1 alpha-2 codes', () => {
    expect(COUNTRIES).toHaveLength(249);
    for (const country of COUNTRIES) expect(country.code).toMatch(/^[A-Z]{2}$/);
  });

  it('does not list XK, a user-assigned code', () => {
    expect(COUNTRIES.some((country) => (country.code as string) === 'XK')).toBe(false);
  });

  it('is ordered by code, without duplicates', () => {
    const codes = COUNTRIES.map((country) => country.code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes[0]).toBe('AD');
    expect(codes.at(-1)).toBe('ZW');
  });

  it('names every country in English and French', () => {
    for (const country of COUNTRIES) {
      expect(country.name.en.trim()).not.toBe('');
      expect(country.name.fr.trim()).not.toBe('');
    }
    expect(getCountry('KH').name).toEqual({ en: 'Cambodia', fr: 'Cambodge' });
    expect(getCountry('FR').name).toEqual({ en: 'France', fr: 'France' });
    expect(getCountry('DE').name).toEqual({ en: 'Germany', fr: 'Allemagne' });
  });

  it('is deeply frozen and cannot be changed', () => {
    expect(isDeepFrozen(COUNTRIES)).toBe(true);
    expect(() => {
      (COUNTRIES as unknown as Country[]).push({ code: 'KH', name: { en: 'x', fr: 'x' } });
    }).toThrow(TypeError);
    expect(() => {
      (getCountry('KH').name as { en: string }).en = 'Kampuchea';
    }).toThrow(TypeError);
    expect(getCountry('KH').name.en).toBe('Cambodia');
  });
});

describe('isCountryCode', () => {
  it('accepts every listed code', () => {
    for (const country of COUNTRIES) expect(isCountryCode(country.code)).toBe(true);
  });

  it('rejects user-assigned, lower-case, alpha-3 and non-string values', () => {
    for (const value of [
      'XK',
      'ZZ',
      'kh',
      'Kh',
      'KHM',
      '',
      ' KH',
      'KH ',
      116,
      null,
      undefined,
      {},
    ]) {
      expect(isCountryCode(value)).toBe(false);
    }
  });

  it('agrees with COUNTRIES for any string (law)', () => {
    const codes = new Set<string>(COUNTRIES.map((country) => country.code));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 3 }), fc.stringMatching(/^[A-Z]{2}$/)), (s) => {
        expect(isCountryCode(s)).toBe(codes.has(s));
      }),
    );
  });

  it('narrows to CountryCode', () => {
    const value: unknown = 'KH';
    if (isCountryCode(value)) expectTypeOf(value).toEqualTypeOf<CountryCode>();
  });
});

describe('getCountry', () => {
  it('finds every country by its code (round-trip)', () => {
    for (const country of COUNTRIES) expect(getCountry(country.code)).toBe(country);
  });

  it('returns undefined for an unknown code known only at run time', () => {
    expect(getCountry(atRunTime('ZZ'))).toBeUndefined();
    expect(getCountry(atRunTime('XK'))).toBeUndefined();
    expect(getCountry(atRunTime('kh'))).toBeUndefined();
    expect(getCountry(atRunTime(''))).toBeUndefined();
    expect(getCountry(atRunTime('constructor'))).toBeUndefined();
  });

  it('returns a country for a literal code and maybe undefined for a string', () => {
    expectTypeOf(getCountry('KH')).toEqualTypeOf<Country>();
    expectTypeOf(getCountry(atRunTime('KH'))).toEqualTypeOf<Country | undefined>();
    expectTypeOf<'KH'>().toExtend<CountryCode>();
    expectTypeOf<'XK'>().not.toExtend<CountryCode>();
    expectTypeOf<'kh'>().not.toExtend<CountryCode>();
  });

  it('rejects a literal that is not a country code at compile time', () => {
    // @ts-expect-error 'ZZ' is not an ISO 3166-1 code
    expect(getCountry('ZZ')).toBeUndefined();
    // @ts-expect-error 'XK' is user-assigned, not an ISO 3166-1 code
    expect(getCountry('XK')).toBeUndefined();
  });
});

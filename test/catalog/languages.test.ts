import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  CEFR_LEVELS,
  LANGUAGES,
  WORKING_LANGUAGES,
  isLanguageCode,
  type CefrLevel,
  type Language,
  type LanguageCode,
} from '../../src/catalog/languages.js';

describe('LANGUAGES', () => {
  it('lists the ISO 639-1 two-letter codes, about 184', () => {
    expect(LANGUAGES.length).toBeGreaterThanOrEqual(180);
    expect(LANGUAGES.length).toBeLessThanOrEqual(190);
    for (const language of LANGUAGES) expect(language.code).toMatch(/^[a-z]{2}$/);
  });

  it('is ordered by code, without duplicates', () => {
    const codes = LANGUAGES.map((language) => language.code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('names every language in English', () => {
    const names = Object.fromEntries(LANGUAGES.map((language) => [language.code, language.name]));
    expect(names).toMatchObject({
      en: { en: 'English' },
      fr: { en: 'French' },
      km: { en: 'Khmer' },
    });
    for (const language of LANGUAGES) {
      expect(Object.keys(language.name)).toEqual(['en']);
      expect(language.name.en.trim()).not.toBe('');
    }
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(LANGUAGES)).toBe(true);
    for (const language of LANGUAGES) {
      expect(Object.isFrozen(language)).toBe(true);
      expect(Object.isFrozen(language.name)).toBe(true);
    }
    expect(() => {
      (LANGUAGES as unknown as Language[]).push({ code: 'km', name: { en: 'x' } });
    }).toThrow(TypeError);
  });
});

describe('isLanguageCode', () => {
  it('accepts km and every listed code', () => {
    expect(isLanguageCode('km')).toBe(true);
    for (const language of LANGUAGES) expect(isLanguageCode(language.code)).toBe(true);
  });

  it('rejects upper case, ISO 639-2/3 codes, tags and non-strings', () => {
    for (const value of ['KM', 'khm', 'fra', 'en-GB', 'xx', '', 'e', 42, null, undefined]) {
      expect(isLanguageCode(value)).toBe(false);
    }
  });

  it('agrees with LANGUAGES for any string (law)', () => {
    const codes = new Set<string>(LANGUAGES.map((language) => language.code));
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[a-z]{2}$/), fc.string({ maxLength: 3 })), (s) => {
        expect(isLanguageCode(s)).toBe(codes.has(s));
      }),
    );
  });

  it('narrows to LanguageCode', () => {
    const value: unknown = 'km';
    if (isLanguageCode(value)) expectTypeOf(value).toEqualTypeOf<LanguageCode>();
    expectTypeOf<'km'>().toExtend<LanguageCode>();
    // @ts-expect-error 'khm' is ISO 639-2, not ISO 639-1
    const code: LanguageCode = 'khm';
    expect(isLanguageCode(code)).toBe(false);
  });
});

describe('WORKING_LANGUAGES', () => {
  it('is English, French and Khmer, all ISO 639-1 codes', () => {
    expect(WORKING_LANGUAGES).toEqual(['en', 'fr', 'km']);
    for (const code of WORKING_LANGUAGES) expect(isLanguageCode(code)).toBe(true);
    expect(Object.isFrozen(WORKING_LANGUAGES)).toBe(true);
    expectTypeOf(WORKING_LANGUAGES).toEqualTypeOf<readonly ['en', 'fr', 'km']>();
  });
});

describe('CEFR_LEVELS', () => {
  it('lists the six CEFR levels in order', () => {
    expect(CEFR_LEVELS).toEqual(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
    expect(Object.isFrozen(CEFR_LEVELS)).toBe(true);
    expect(() => {
      (CEFR_LEVELS as unknown as string[]).push('C3');
    }).toThrow(TypeError);
  });

  it('types CefrLevel as the union of the levels', () => {
    expectTypeOf<CefrLevel>().toEqualTypeOf<'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2'>();
    // @ts-expect-error there is no C3
    const level: CefrLevel = 'C3';
    expect(CEFR_LEVELS).not.toContain(level);
  });
});

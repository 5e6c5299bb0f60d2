// Issue #16, hostile and huge input: items 10 (label) and 14 (dates of the catalog).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/core/_isoDate.js';
import {
  getArea,
  getCountry,
  isAseanMember,
  label,
  regionOf,
  type LabelledEntry,
  type Locale,
} from '../../src/catalog/index.js';
import { IsoDateSchema } from '../../src/schemas/index.js';

describe('label reads own keys only (issue #16, item 10)', () => {
  const area = getArea('C');
  const country = getCountry('KH');
  const inherited = [
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'isPrototypeOf',
    '__defineGetter__',
  ];

  it.each(inherited)('names an entry in English for the locale %j', (locale) => {
    expect(label(area, locale as Locale)).toBe('Research in health sciences');
    expect(label(country, locale as Locale)).toBe('Cambodia');
    expect(label({ name: { en: 'Khmer' } }, locale as Locale)).toBe('Khmer');
  });

  it('still gives the French text, and English when French is missing', () => {
    expect(label(area, 'fr')).toBe('Recherche en sciences de la santé');
    expect(label(country, 'fr')).toBe('Cambodge');
    expect(label({ name: { en: 'Khmer' } }, 'fr')).toBe('Khmer');
    expect(label({ name: { en: 'Khmer', fr: undefined } }, 'fr')).toBe('Khmer');
  });

  it('always returns a string, whatever the locale (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...inherited)), (locale) => {
        const text = label(area, locale as Locale);
        expect(typeof text).toBe('string');
        expect(['Research in health sciences', 'Recherche en sciences de la santé']).toContain(
          text,
        );
      }),
    );
  });

  it('takes the title from the entry itself, not from its prototype', () => {
    const entry = Object.create({ title: { en: 'Inherited' } }) as LabelledEntry;
    Object.defineProperty(entry, 'name', { value: { en: 'Own name' }, enumerable: true });
    expect(label(entry)).toBe('Own name');
  });
});

describe('the catalog checks `on` as the rest of the library does (issue #16, item 14)', () => {
  const impossible = ['1999-04-31', '2019-02-29', '2019-02-31', '2100-02-29', '2024-06-31'];

  it.each(impossible)('rejects %s in isAseanMember and regionOf', (on) => {
    expect(() => isAseanMember('KH', { on })).toThrow(RangeError);
    expect(() => regionOf('KH', { on })).toThrow(RangeError);
    expect(() => regionOf('FR', { on })).toThrow(
      `regionOf: on must be a real calendar date YYYY-MM-DD, received '${on}'`,
    );
  });

  it('accepts real dates, leap days included', () => {
    expect(isAseanMember('KH', { on: '1999-04-30' })).toBe(true);
    expect(regionOf('KH', { on: '1999-04-29' })).toBe('asia-pacific');
    expect(isAseanMember('KH', { on: '2000-02-29' })).toBe(true);
    expect(regionOf('TL', { on: '2024-02-29' })).toBe('asia-pacific');
    expect(regionOf('TL', { on: '0000-02-29' })).toBe('asia-pacific');
  });

  const digits = (length: number, max: number) =>
    fc.integer({ min: 0, max }).map((value) => String(value).padStart(length, '0'));

  it('has the date check of IsoDateSchema, without zod (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc
            .tuple(digits(4, 9999), digits(2, 13), digits(2, 32))
            .map(([year, month, day]) => `${year}-${month}-${day}`),
          fc.string({ maxLength: 12 }),
        ),
        (value) => {
          expect(isIsoDate(value)).toBe(IsoDateSchema.safeParse(value).success);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

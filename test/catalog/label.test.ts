import { describe, expect, expectTypeOf, it } from 'vitest';
import { AREAS, getArea } from '../../src/catalog/areas.js';
import { COUNTRIES, getCountry } from '../../src/catalog/countries.js';
import { HEALTH_FIELDS } from '../../src/catalog/healthFields.js';
import { label, type LabelledEntry } from '../../src/catalog/label.js';
import type { Locale } from '../../src/catalog/locales.js';
import { LANGUAGES } from '../../src/catalog/languages.js';
import { REGIONS } from '../../src/catalog/regions.js';

describe('label', () => {
  it('names an entry with a title in English by default, or in French', () => {
    expect(label(getArea('C'))).toBe('Research in health sciences');
    expect(label(getArea('C'), 'en')).toBe('Research in health sciences');
    expect(label(getArea('C'), 'fr')).toBe('Recherche en sciences de la santé');
  });

  it('names an entry with a name', () => {
    expect(label(getCountry('KH'))).toBe('Cambodia');
    expect(label(getCountry('KH'), 'fr')).toBe('Cambodge');
  });

  it('falls back to English when the entry has no text in the locale', () => {
    const khmer = LANGUAGES.find((language) => language.code === 'km')!;
    expect(label(khmer, 'fr')).toBe('Khmer');
    expect(label(HEALTH_FIELDS[3], 'fr')).toBe('Medicine');
    expect(label({ title: { en: 'Only English' } }, 'fr')).toBe('Only English');
    expect(label({ name: { en: 'Only English', fr: undefined } }, 'fr')).toBe('Only English');
  });

  it('prefers the title when an entry has both', () => {
    const entry = { title: { en: 'Title', fr: 'Titre' }, name: { en: 'Name', fr: 'Nom' } };
    expect(label(entry, 'fr')).toBe('Titre');
  });

  it('is the en text, and the fr text when present, for every catalog table (law)', () => {
    const entries: readonly LabelledEntry[] = [
      ...AREAS,
      ...REGIONS,
      ...COUNTRIES,
      ...LANGUAGES,
      ...HEALTH_FIELDS,
    ];
    for (const entry of entries) {
      const text = 'title' in entry ? entry.title : entry.name;
      expect(label(entry)).toBe(text.en);
      expect(label(entry, 'fr')).toBe(text.fr ?? text.en);
    }
  });

  it('accepts only catalog entries and the two locales', () => {
    expectTypeOf(label).parameter(1).toEqualTypeOf<Locale | undefined>();
    expectTypeOf(label).returns.toEqualTypeOf<string>();
    // @ts-expect-error the network's documents are in English and French only
    expect(label(getArea('A'), 'de')).toBe('University governance and management');
    // @ts-expect-error an entry needs a title or a name
    expect(() => label({ code: 'A' })).toThrow(TypeError);
  });
});

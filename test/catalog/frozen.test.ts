import { describe, expect, it, vi } from 'vitest';
import { SPEC_ALIGNMENT } from './_alignment.js';

/** Every object reachable from a value, the value included. */
function objectsIn(value: unknown, out: object[] = []): object[] {
  if (typeof value === 'object' && value !== null) {
    out.push(value);
    for (const child of Object.values(value)) objectsIn(child, out);
  }
  return out;
}

// SPEC §4: the catalog is plain, frozen data, nested entries (titles, names) included.
// The tables are built and frozen when their module is evaluated, so each test loads the
// catalog afresh: a table imported at the top of the file would have been built before any
// test ran, and a test could not tell how.
describe('the catalog, loaded afresh', () => {
  it('has its tables frozen all the way down', async () => {
    vi.resetModules();
    const catalog = await import('../../src/catalog/index.js');
    const tables = {
      HOME_INSTITUTION: catalog.HOME_INSTITUTION,
      HISTORICAL_PARTNER_COUNTRIES: catalog.HISTORICAL_PARTNER_COUNTRIES,
      DEFAULT_PLAN_PERIOD: catalog.DEFAULT_PLAN_PERIOD,
      ASEAN_MEMBERS: catalog.ASEAN_MEMBERS,
      REGIONS: catalog.REGIONS,
      HEALTH_FIELDS: catalog.HEALTH_FIELDS,
      WORKING_LANGUAGES: catalog.WORKING_LANGUAGES,
      CEFR_LEVELS: catalog.CEFR_LEVELS,
      DEFAULT_ALIGNMENT: catalog.DEFAULT_ALIGNMENT,
      INSTITUTION_TYPES: catalog.INSTITUTION_TYPES,
    };
    for (const [name, table] of Object.entries(tables)) {
      const objects = objectsIn(table);
      expect(objects.length, name).toBeGreaterThan(0);
      for (const object of objects) expect(Object.isFrozen(object), name).toBe(true);
    }
    // Nested entries are frozen too, and freezing leaves the data as it was.
    expect(Object.isFrozen(catalog.REGIONS[0].title)).toBe(true);
    expect(catalog.REGIONS[0].title).toEqual({ en: 'ASEAN', fr: 'ASEAN' });
    expect(catalog.HOME_INSTITUTION.country).toBe('KH');
    expect(catalog.CEFR_LEVELS).toEqual(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
  });

  it('maps every cell to the strategies of SPEC §4.4', async () => {
    vi.resetModules();
    const { DEFAULT_ALIGNMENT } = await import('../../src/catalog/index.js');
    expect(DEFAULT_ALIGNMENT).toEqual(SPEC_ALIGNMENT);
  });

  it('reads the on of a dated lookup as a YYYY-MM-DD date, and nothing else', async () => {
    vi.resetModules();
    const { isAseanMember } = await import('../../src/catalog/index.js');
    // Cambodia joined on 1999-04-30: every day below is after it.
    for (const on of [
      '2019-01-05',
      '2019-09-10',
      '2019-10-15',
      '2019-11-20',
      '2019-12-29',
      '2019-12-30',
      '2019-12-31',
    ]) {
      expect(isAseanMember('KH', { on }), on).toBe(true);
    }
    for (const on of [
      'x2019-01-05',
      '2019-01-05x',
      '19-01-05',
      'abcd-01-05',
      '2019-00-05',
      '2019-13-05',
      '2019-1a-05',
      '2019-01-00',
      '2019-01-32',
      '2019-01-40',
      '2019-01-1a',
      '2019/01/05',
    ]) {
      expect(() => isAseanMember('KH', { on }), on).toThrow(RangeError);
    }
  });
});

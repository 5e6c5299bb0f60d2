import { describe, expect, it } from 'vitest';
import { SPEC_ALIGNMENT } from './_alignment.js';
import {
  ACTIVITIES,
  AREAS,
  CELLS,
  DEFAULT_ALIGNMENT,
  DEFAULT_PLAN_PERIOD,
  HISTORICAL_PARTNER_COUNTRIES,
  HOME_INSTITUTION,
  INSTITUTION_TYPES,
  STRATEGIC_GOAL,
  STRATEGIES,
  cellCode,
  getActivity,
  getArea,
  getInstitutionType,
  getStrategy,
  isCellCode,
  parseCellCode,
} from '../../src/catalog/index.js';

/** Widens a literal to `string`, as a value read at run time would be. */
function atRunTime(value: string): string {
  return value;
}

function atRunTimeNumber(value: number): number {
  return value;
}

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

describe('domain tables', () => {
  it('list the areas, activities and strategies by code, with the SPEC keys', () => {
    expect(AREAS.map((area) => [area.code, area.key])).toEqual([
      ['A', 'governance'],
      ['B', 'education'],
      ['C', 'research'],
      ['D', 'community'],
    ]);
    expect(ACTIVITIES.map((activity) => [activity.code, activity.key])).toEqual([
      [1, 'staff-mobility'],
      [2, 'student-mobility'],
      [3, 'resource-sharing'],
      [4, 'distance-learning'],
      [5, 'joint-programmes'],
    ]);
    expect(STRATEGIES.map((strategy) => [strategy.code, strategy.key])).toEqual([
      [1, 'international-department'],
      [2, 'communications'],
      [3, 'research-cooperation'],
      [4, 'bilingual-training-platform'],
    ]);
    expect(STRATEGIC_GOAL.number).toBe(6);
    expect(STRATEGIC_GOAL.title.en).toBe('Strengthen and broaden international cooperation');
  });

  it('have English titles as SPEC §4 words them and a French title for each', () => {
    expect(AREAS.map((area) => area.title.en)).toEqual([
      'University governance and management',
      'Innovation in higher education and training in health sciences',
      'Research in health sciences',
      'Community services',
    ]);
    expect(ACTIVITIES.map((activity) => activity.title.en)).toEqual([
      'Staff mobility and exchange',
      'Student mobility and exchange',
      'Documents/resources sharing and co-development',
      'Distance teaching/learning and assessment tools',
      'Joint teaching programmes and research projects',
    ]);
    for (const entry of [...AREAS, ...ACTIVITIES, ...STRATEGIES, ...INSTITUTION_TYPES]) {
      expect(entry.title.fr.length).toBeGreaterThan(0);
      expect(entry.title.fr).not.toBe(entry.title.en);
    }
  });

  it('are deeply frozen', () => {
    for (const table of [
      AREAS,
      ACTIVITIES,
      STRATEGIES,
      STRATEGIC_GOAL,
      CELLS,
      DEFAULT_ALIGNMENT,
      HOME_INSTITUTION,
      HISTORICAL_PARTNER_COUNTRIES,
      DEFAULT_PLAN_PERIOD,
      INSTITUTION_TYPES,
    ]) {
      expect(isDeepFrozen(table)).toBe(true);
    }
    expect(() => {
      (AREAS as unknown as { code: string }[])[0]!.code = 'Z';
    }).toThrow(TypeError);
  });

  it('look entries up by code, and return undefined for unknown codes', () => {
    expect(getArea('C')).toBe(AREAS[2]);
    expect(getActivity(5)).toBe(ACTIVITIES[4]);
    expect(getStrategy(1)).toBe(STRATEGIES[0]);
    expect(getInstitutionType('ngo').tier).toBe('associate');
    expect(getArea(atRunTime('E'))).toBeUndefined();
    expect(getArea(atRunTime('a'))).toBeUndefined();
    expect(getActivity(atRunTimeNumber(0))).toBeUndefined();
    expect(getStrategy(atRunTimeNumber(5))).toBeUndefined();
    expect(getInstitutionType(atRunTime('castle'))).toBeUndefined();
  });
});

describe('institution types', () => {
  it('are ordered by code, with key equal to code and the SPEC tiers', () => {
    const codes = INSTITUTION_TYPES.map((type) => type.code);
    expect(codes).toEqual([...codes].sort());
    for (const type of INSTITUTION_TYPES) expect(type.key).toBe(type.code);
    expect(
      INSTITUTION_TYPES.filter((type) => type.tier === 'key').map((type) => type.code),
    ).toEqual([
      'higher-education-institution',
      'research-institute',
      'teaching-hospital',
      'university',
    ]);
    expect(INSTITUTION_TYPES).toHaveLength(11);
  });
});

describe('cells', () => {
  it('are the 20 area × activity cells in A1…D5 order', () => {
    expect(CELLS).toHaveLength(20);
    expect(CELLS).toEqual(
      AREAS.flatMap((area) => ACTIVITIES.map((activity) => cellCode(area.code, activity.code))),
    );
  });

  it('parse back into their area and activity', () => {
    expect(parseCellCode('C5')).toEqual({ area: 'C', activity: 5 });
    for (const cell of CELLS) {
      const parsed = parseCellCode(cell);
      expect(parsed && cellCode(parsed.area, parsed.activity)).toBe(cell);
    }
  });

  it.each(['E1', 'A0', 'A6', 'a1', 'C55', '', ' C5', 'C5 ', '5C'])('reject %j', (value) => {
    expect(parseCellCode(value)).toBeUndefined();
    expect(isCellCode(value)).toBe(false);
  });

  it('isCellCode accepts exactly the cells', () => {
    for (const cell of CELLS) expect(isCellCode(cell)).toBe(true);
    for (const value of [null, undefined, 15, ['C5'], {}]) expect(isCellCode(value)).toBe(false);
  });
});

describe('DEFAULT_ALIGNMENT', () => {
  it('is exactly the SPEC §4.4 table', () => {
    expect(DEFAULT_ALIGNMENT).toEqual(SPEC_ALIGNMENT);
  });

  it('maps every cell to at least one strategy, and every strategy is served', () => {
    expect(Object.keys(DEFAULT_ALIGNMENT)).toEqual([...CELLS]);
    for (const cell of CELLS) expect(DEFAULT_ALIGNMENT[cell].length).toBeGreaterThan(0);
    const served = new Set(CELLS.flatMap((cell) => DEFAULT_ALIGNMENT[cell]));
    expect([...served].sort()).toEqual([1, 2, 3, 4]);
  });
});

describe('reference data of the home institution', () => {
  it('is as SPEC §4.5 gives it', () => {
    expect(HOME_INSTITUTION).toEqual({
      name: 'University of Health Sciences',
      acronym: 'UHS',
      country: 'KH',
      city: 'Phnom Penh',
      established: 1946,
      resumedIn: '1980s',
      identifiers: { ror: 'https://ror.org/04jpmg381', schac: 'uhs.edu.kh' },
    });
    expect(HISTORICAL_PARTNER_COUNTRIES).toEqual(['AU', 'BE', 'DE', 'FR', 'JP', 'KR', 'SG', 'US']);
    expect(DEFAULT_PLAN_PERIOD).toEqual({ start: '2014-01-01', end: '2018-12-31' });
  });
});

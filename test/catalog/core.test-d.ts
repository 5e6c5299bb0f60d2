import { describe, expectTypeOf, it } from 'vitest';
import { M49_REGION_BY_COUNTRY } from '../../src/catalog/regions.data.js';
import type { RegionCode } from '../../src/catalog/regions.js';
import {
  cellCode,
  DEFAULT_ALIGNMENT,
  getActivity,
  getArea,
  getInstitutionType,
  getStrategy,
  type Activity,
  type Area,
  type CellCode,
  type InstitutionTypeEntry,
  type Strategy,
  type StrategyCode,
} from '../../src/catalog/index.js';

declare const runtimeString: string;
declare const runtimeNumber: number;

describe('catalog types', () => {
  it('CellCode is the template literal of areas and activities', () => {
    expectTypeOf<'C5'>().toExtend<CellCode>();
    expectTypeOf<'E1'>().not.toExtend<CellCode>();
    expectTypeOf<'A6'>().not.toExtend<CellCode>();
    expectTypeOf(cellCode('C', 5)).toEqualTypeOf<'C5'>();
  });

  it('bad literal codes do not compile', () => {
    // @ts-expect-error there is no area E
    cellCode('E', 1);
    // @ts-expect-error there is no activity 6
    cellCode('A', 6);
    // @ts-expect-error there is no area E
    getArea('E');
    // @ts-expect-error there is no activity 0
    getActivity(0);
    // @ts-expect-error there is no strategy 5
    getStrategy(5);
    // @ts-expect-error not an institution type
    getInstitutionType('castle');
  });

  it('lookups with known literals return entries; with plain strings, possibly undefined', () => {
    expectTypeOf(getArea('A')).toEqualTypeOf<Area>();
    expectTypeOf(getArea(runtimeString)).toEqualTypeOf<Area | undefined>();
    expectTypeOf(getActivity(2)).toEqualTypeOf<Activity>();
    expectTypeOf(getActivity(runtimeNumber)).toEqualTypeOf<Activity | undefined>();
    expectTypeOf(getStrategy(3)).toEqualTypeOf<Strategy>();
    expectTypeOf(getInstitutionType('ngo')).toEqualTypeOf<InstitutionTypeEntry>();
  });

  it('DEFAULT_ALIGNMENT lists strategy codes, so any strategy can be looked for in a cell', () => {
    expectTypeOf(DEFAULT_ALIGNMENT.A3).toEqualTypeOf<readonly StrategyCode[]>();
    expectTypeOf<
      Parameters<typeof DEFAULT_ALIGNMENT.A3.includes>[0]
    >().toEqualTypeOf<StrategyCode>();
  });
});

describe('the generated M49 table speaks only region codes', () => {
  it('maps every country to a region of REGIONS other than asean', () => {
    expectTypeOf<(typeof M49_REGION_BY_COUNTRY)[keyof typeof M49_REGION_BY_COUNTRY]>().toExtend<
      Exclude<RegionCode, 'asean'>
    >();
  });
});

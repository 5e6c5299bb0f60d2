import { describe, expectTypeOf, it } from 'vitest';
import type { CellCode, LanguageCode, RegionCode } from '../../src/catalog/index.js';
import type { IscedFieldCode } from '../../src/schemas/index.js';
import { rankPartners, suggestConsortium, type Need } from '../../src/synergy/index.js';
import type { Network } from '../../src/schemas/index.js';

declare const network: Network;

describe('Need: typed with the catalog codes', () => {
  it('types each list with its code', () => {
    expectTypeOf<Need['cells']>().toEqualTypeOf<readonly CellCode[]>();
    expectTypeOf<NonNullable<Need['languages']>>().toEqualTypeOf<readonly LanguageCode[]>();
    expectTypeOf<NonNullable<Need['regions']>>().toEqualTypeOf<readonly RegionCode[]>();
    expectTypeOf<NonNullable<Need['fields']>>().toEqualTypeOf<readonly IscedFieldCode[]>();
  });

  it('accepts catalog codes', () => {
    rankPartners(network, {
      cells: ['C5'],
      fields: ['0912'],
      languages: ['fr'],
      regions: ['asean'],
    });
    suggestConsortium(network, ['C5', 'A2']);
  });

  it('rejects what is not a code at compile time', () => {
    // @ts-expect-error: 'french' is not a LanguageCode ('fr' is).
    rankPartners(network, { cells: ['C5'], languages: ['french'] });
    // @ts-expect-error: 'FR' is a country code, not a LanguageCode.
    rankPartners(network, { cells: ['C5'], languages: ['FR'] });
    // @ts-expect-error: 'E1' is not a CellCode.
    rankPartners(network, { cells: ['E1'] });
    // @ts-expect-error: 'Europe' is not a RegionCode ('europe' is).
    rankPartners(network, { cells: ['C5'], regions: ['Europe'] });
    // @ts-expect-error: cells are required.
    rankPartners(network, { languages: ['fr'] });
    // @ts-expect-error: 'c5' is not a CellCode.
    suggestConsortium(network, ['c5']);
  });
});

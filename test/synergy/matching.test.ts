import { describe, expect, it } from 'vitest';
import {
  findDuplicatePartners,
  mobilityBalance,
  normaliseInstitutionName,
  pairSynergy,
  rankPartners,
  suggestCollaborations,
  suggestConsortium,
} from '../../src/synergy/index.js';
import { expectLibraryError } from '../policy/_errors.js';
import { buildNetwork, exampleNetwork } from './_build.js';

const network = buildNetwork({
  partners: [
    { id: 'p1', offers: ['C5', 'B4'], fields: ['0912'], languages: ['fr', 'en'], country: 'FR' },
    { id: 'p2', offers: ['C5'], fields: ['0912', '0913'], languages: ['en'], country: 'TH' },
    { id: 'p3', offers: ['A1'], languages: ['fr'], country: 'JP' },
    { id: 'p4', offers: ['D1'], fields: ['0913'], languages: ['km', 'fr'], country: 'TL' },
  ],
  agreements: [
    { id: 'a1', partners: ['p4'], scope: ['C5', 'D1'] },
    { id: 'a2', partners: ['p3'], scope: ['B4'], startsOn: '2017-01-01' },
  ],
});

describe('rankPartners', () => {
  it('scores 0.6 × cells + 0.2 × fields + 0.2 × languages, ties by id', () => {
    expect(
      rankPartners(network, { cells: ['C5', 'B4'], fields: ['0912', '0913'], languages: ['fr'] }),
    ).toEqual([
      // p1: cells 2/2, fields 1/2, languages 1/1 → 0.6 + 0.1 + 0.2
      {
        partnerId: 'p1',
        score: 0.9,
        matched: { cells: ['B4', 'C5'], fields: ['0912'], languages: ['fr'] },
      },
      // p4 covers C5 through a1: cells 1/2, fields 1/2, languages 1/1 → 0.3 + 0.1 + 0.2
      {
        partnerId: 'p4',
        score: 0.6,
        matched: { cells: ['C5'], fields: ['0913'], languages: ['fr'] },
      },
      // p2: cells 1/2, fields 2/2, languages 0/1 → 0.3 + 0.2 + 0
      {
        partnerId: 'p2',
        score: 0.5,
        matched: { cells: ['C5'], fields: ['0912', '0913'], languages: [] },
      },
    ]);
  });

  it('counts a criterion the need does not give as fully matched, and leaves out partners with no needed cell', () => {
    expect(
      rankPartners(network, { cells: ['C5'] }).map((entry) => [entry.partnerId, entry.score]),
    ).toEqual([
      ['p1', 1],
      ['p2', 1],
      ['p4', 1],
    ]);
    expect(rankPartners(network, { cells: ['A5'] })).toEqual([]);
    expect(rankPartners(network, { cells: [] })).toEqual([]);
  });

  it('reports no matched fields or languages for a criterion the need does not give', () => {
    expect(rankPartners(network, { cells: ['B4'] })).toEqual([
      { partnerId: 'p1', score: 1, matched: { cells: ['B4'], fields: [], languages: [] } },
    ]);
    expect(rankPartners(network, { cells: ['B4'], fields: [], languages: [] })).toEqual(
      rankPartners(network, { cells: ['B4'] }),
    );
  });

  it('treats an empty list of regions as no filter, like the other criteria', () => {
    expect(rankPartners(network, { cells: ['C5'], regions: [] })).toEqual(
      rankPartners(network, { cells: ['C5'] }),
    );
  });

  it('ties scores that differ only by summation order', () => {
    // 0.6 + 0.2 + 0.1 and 0.6 + 0.1 + 0.2: both 0.9 after rounding to 6 places.
    const ranked = rankPartners(network, {
      cells: ['C5'],
      fields: ['0912', '0913'],
      languages: ['fr', 'en'],
    });
    const p1 = ranked.find((entry) => entry.partnerId === 'p1');
    const p2 = ranked.find((entry) => entry.partnerId === 'p2');
    expect(p1?.score).toBe(0.9);
    expect(p2?.score).toBe(0.9);
    expect(ranked.map((entry) => entry.partnerId).slice(0, 2)).toEqual(['p1', 'p2']);
  });

  it('filters by region on the date (ASEAN membership included) and applies the limit', () => {
    // In 2025 no agreement is in force: capabilities are the offers alone (p2: C5, p4: D1).
    const need = { cells: ['C5', 'D1'], regions: ['asean'] } as const;
    expect(
      rankPartners(network, need, { on: '2025-10-26' }).map((entry) => entry.partnerId),
    ).toEqual(['p2', 'p4']);
    expect(
      rankPartners(network, need, { on: '2025-10-25' }).map((entry) => entry.partnerId),
    ).toEqual(['p2']);
    expect(
      rankPartners(network, { cells: ['C5'], regions: ['europe'] }).map((entry) => entry.partnerId),
    ).toEqual(['p1']);
    expect(
      rankPartners(network, { cells: ['C5'] }, { limit: 1 }).map((entry) => entry.partnerId),
    ).toEqual(['p1']);
    expect(rankPartners(network, { cells: ['C5'] }, { limit: 0 })).toEqual([]);
  });

  it('rejects an invalid limit', () => {
    expect(() => rankPartners(network, { cells: ['C5'] }, { limit: -1 })).toThrow(RangeError);
    expect(() => rankPartners(network, { cells: ['C5'] }, { limit: 1.5 })).toThrow(
      'rankPartners: limit must be a whole number ≥ 0, received 1.5',
    );
  });
});

describe('pairSynergy', () => {
  it('compares capabilities: offers and covered cells', () => {
    expect(pairSynergy(network, 'p1', 'p4')).toEqual({
      shared: ['C5'],
      complementary: ['B4', 'D1'],
      jaccard: 0.333333,
    });
    expect(pairSynergy(network, 'p1', 'p1')).toEqual({
      shared: ['B4', 'C5'],
      complementary: [],
      jaccard: 1,
    });
    // p3's agreement a2 is upcoming on 2016-06-30: its capability is A1 alone.
    expect(pairSynergy(network, 'p3', 'p1')).toEqual({
      shared: [],
      complementary: ['A1', 'B4', 'C5'],
      jaccard: 0,
    });
    expect(pairSynergy(network, 'p3', 'p1', { on: '2017-01-01' }).shared).toEqual(['B4']);
  });

  it('gives jaccard 0 when both capabilities are empty, and rejects unknown ids', () => {
    const empty = buildNetwork({ partners: [{ id: 'x' }, { id: 'y' }] });
    expect(pairSynergy(empty, 'x', 'y')).toEqual({ shared: [], complementary: [], jaccard: 0 });
    expect(() => pairSynergy(empty, 'x', 'nobody')).toThrow(
      "pairSynergy: the network has no partner with id 'nobody'",
    );
  });
});

describe('suggestCollaborations', () => {
  it('lists pairs sharing cells, most shared first, then by ids, a < b', () => {
    expect(suggestCollaborations(network)).toEqual([
      { partners: ['p1', 'p2'], shared: ['C5'] },
      { partners: ['p1', 'p4'], shared: ['C5'] },
      { partners: ['p2', 'p4'], shared: ['C5'] },
    ]);
    expect(suggestCollaborations(network, { minShared: 2 })).toEqual([]);
    expect(suggestCollaborations(network, { limit: 2 })).toEqual([
      { partners: ['p1', 'p2'], shared: ['C5'] },
      { partners: ['p1', 'p4'], shared: ['C5'] },
    ]);
  });

  it('puts a larger overlap first', () => {
    const example = exampleNetwork();
    expect(suggestCollaborations(example, { limit: 1 })).toEqual([
      { partners: ['example-univ-bangkok', 'example-univ-singapore'], shared: ['B3', 'D1', 'D2'] },
    ]);
  });

  it('rejects invalid minShared and limit', () => {
    expect(() => suggestCollaborations(network, { minShared: 0 })).toThrow(RangeError);
    expect(() => suggestCollaborations(network, { limit: -2 })).toThrow(RangeError);
    expect(() => suggestCollaborations(network, { minShared: 0 })).toThrow(
      'suggestCollaborations: minShared must be a whole number ≥ 1, received 0',
    );
    expect(() => suggestCollaborations(network, { limit: -2 })).toThrow(
      'suggestCollaborations: limit must be a whole number ≥ 0, received -2',
    );
  });
});

describe('suggestConsortium', () => {
  it('takes greedily the partner covering most uncovered cells, ties by id', () => {
    expect(suggestConsortium(network, ['C5', 'B4', 'D1', 'A1', 'A2'])).toEqual({
      partners: ['p1', 'p3', 'p4'],
      covered: ['A1', 'B4', 'C5', 'D1'],
      uncovered: ['A2'],
    });
    expect(suggestConsortium(network, ['C5'])).toEqual({
      partners: ['p1'],
      covered: ['C5'],
      uncovered: [],
    });
  });

  it('stops at maxPartners', () => {
    expect(suggestConsortium(network, ['C5', 'B4', 'D1', 'A1'], { maxPartners: 1 })).toEqual({
      partners: ['p1'],
      covered: ['B4', 'C5'],
      uncovered: ['A1', 'D1'],
    });
    expect(suggestConsortium(network, ['C5'], { maxPartners: 0 })).toEqual({
      partners: [],
      covered: [],
      uncovered: ['C5'],
    });
    expectLibraryError(
      () => suggestConsortium(network, ['C5'], { maxPartners: -1 }),
      RangeError,
      'suggestConsortium: maxPartners must be a whole number ≥ 0, received -1',
      'synergy.invalid_count',
    );
  });
});

describe('findDuplicatePartners', () => {
  it('normalises names as SPEC §8 says', () => {
    expect(normaliseInstitutionName('Université de Lyon')).toBe('lyon');
    expect(normaliseInstitutionName('  The University of Health-Sciences!  ')).toBe(
      'health sciences',
    );
    expect(normaliseInstitutionName('Universität Heidelberg')).toBe('heidelberg');
    expect(normaliseInstitutionName('Università degli Studi di Milano')).toBe(
      'degli studi di milano',
    );
    expect(normaliseInstitutionName('Universidade do Porto')).toBe('do porto');
    expect(normaliseInstitutionName('University of the')).toBe('');
  });

  it('groups by ROR id, by normalised name in a country, and by acronym in a country', () => {
    const duplicates = buildNetwork({
      partners: [
        { id: 'd', name: 'Université de Lyon', country: 'FR', acronym: 'UDL', ror: '000000195' },
        { id: 'a', name: 'Universite Lyon', country: 'FR', acronym: 'udl' },
        { id: 'c', name: 'University of Lyon', country: 'US', acronym: 'UDL' },
        {
          id: 'b',
          name: 'Example Faculty of Medicine',
          country: 'BE',
          ror: 'https://ror.org/000000195',
        },
      ],
    });
    expect(findDuplicatePartners(duplicates)).toEqual([
      { partnerIds: ['b', 'd'], reason: 'ror', key: 'https://ror.org/000000195' },
      { partnerIds: ['a', 'd'], reason: 'name', key: 'FR:lyon' },
      { partnerIds: ['a', 'd'], reason: 'acronym', key: 'FR:udl' },
    ]);
  });

  it('sorts groups by reason (ror, name, acronym), then key, whatever the partners’ order', () => {
    const duplicates = buildNetwork({
      partners: [
        { id: 'e', name: 'Omega College', country: 'FR', acronym: 'OC' },
        { id: 'd', name: 'Omega College', country: 'FR', acronym: 'oc' },
        { id: 'c', name: 'Alpha College', country: 'DE', ror: '000000292' },
        { id: 'b', name: 'Alpha College', country: 'DE' },
        { id: 'a', name: 'Example Faculty of Medicine', country: 'BE', ror: '000000292' },
      ],
    });
    expect(findDuplicatePartners(duplicates)).toEqual([
      { partnerIds: ['a', 'c'], reason: 'ror', key: 'https://ror.org/000000292' },
      { partnerIds: ['b', 'c'], reason: 'name', key: 'DE:alpha college' },
      { partnerIds: ['d', 'e'], reason: 'name', key: 'FR:omega college' },
      { partnerIds: ['d', 'e'], reason: 'acronym', key: 'FR:oc' },
    ]);
  });

  it('does not group names made only of dropped words: nothing is left to compare', () => {
    const duplicates = buildNetwork({
      partners: [
        { id: 'a', name: 'The University', country: 'FR' },
        { id: 'b', name: 'Université de la', country: 'FR' },
      ],
    });
    expect(findDuplicatePartners(duplicates)).toEqual([]);
  });

  it('finds none in the example network', () => {
    expect(findDuplicatePartners(exampleNetwork())).toEqual([]);
  });
});

describe('mobilityBalance', () => {
  const mobility = (direction: string, perYear: number, activity = 2) => ({
    kind: 'mobility',
    area: 'B',
    activity,
    direction,
    perYear,
  });
  const flows = buildNetwork({
    partners: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }],
    agreements: [
      {
        id: 'a1',
        partners: ['p1', 'p2'],
        scope: ['B1', 'B2', 'B3'],
        commitments: [
          mobility('incoming', 3),
          mobility('outgoing', 5, 1),
          { kind: 'resources', area: 'B', activity: 3, items: ['other'], coDeveloped: false },
        ],
      },
      { id: 'a2', partners: ['p2'], scope: ['B2'], commitments: [mobility('outgoing', 2)] },
      {
        id: 'a3',
        partners: ['p3'],
        scope: ['B2'],
        commitments: [mobility('incoming', 9)],
        endsOn: '2016-01-01',
      },
    ],
  });

  it('counts each commitment once in total and credits each partner the full flow', () => {
    expect(mobilityBalance(flows)).toEqual({
      total: { incoming: 3, outgoing: 7, balance: -4 },
      partners: [
        { partnerId: 'p1', incoming: 3, outgoing: 5, balance: -2 },
        { partnerId: 'p2', incoming: 3, outgoing: 7, balance: -4 },
      ],
    });
  });

  it('leaves out partners whose agreements in force have no mobility commitment', () => {
    const withResources = buildNetwork({
      partners: [{ id: 'p1' }, { id: 'p2' }],
      agreements: [
        { id: 'a1', partners: ['p1'], scope: ['B2'], commitments: [mobility('incoming', 4)] },
        {
          id: 'a2',
          partners: ['p2'],
          scope: ['B3'],
          commitments: [
            { kind: 'resources', area: 'B', activity: 3, items: ['other'], coDeveloped: true },
          ],
        },
      ],
    });
    expect(mobilityBalance(withResources).partners.map((entry) => entry.partnerId)).toEqual(['p1']);
  });

  it('narrows to one partner, listed even with no flow', () => {
    expect(mobilityBalance(flows, { partnerId: 'p1' })).toEqual({
      total: { incoming: 3, outgoing: 5, balance: -2 },
      partners: [{ partnerId: 'p1', incoming: 3, outgoing: 5, balance: -2 }],
    });
    expect(mobilityBalance(flows, { partnerId: 'p3' })).toEqual({
      total: { incoming: 0, outgoing: 0, balance: 0 },
      partners: [{ partnerId: 'p3', incoming: 0, outgoing: 0, balance: 0 }],
    });
    expect(mobilityBalance(flows, { partnerId: 'p3', on: '2015-06-01' }).total).toEqual({
      incoming: 9,
      outgoing: 0,
      balance: 9,
    });
    expectLibraryError(
      () => mobilityBalance(flows, { partnerId: 'nobody' }),
      RangeError,
      "mobilityBalance: the network has no partner with id 'nobody'",
      'synergy.unknown_partner',
    );
  });
});

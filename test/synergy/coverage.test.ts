import { describe, expect, it } from 'vitest';
import { CELLS } from '../../src/catalog/index.js';
import { coverageMatrix, findGaps, findSaturated } from '../../src/synergy/index.js';
import { buildNetwork, exampleNetwork } from './_build.js';

const network = buildNetwork({
  partners: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }, { id: 'p4' }],
  agreements: [
    { id: 'a1', partners: ['p1', 'p2'], scope: ['C5', 'B4'] },
    { id: 'a2', partners: ['p2'], scope: ['C5'] },
    { id: 'a3', partners: ['p3'], scope: ['C5', 'A1'] },
    { id: 'a4', partners: ['p4'], scope: ['D1'], startsOn: '2016-07-01' },
    { id: 'a5', partners: ['p4'], scope: ['D2'], terminatedOn: '2016-06-30' },
    { id: 'a6', partners: ['p4'], scope: ['D3'], suspended: true },
    { id: 'a7', partners: ['p4'], scope: ['D4'], endsOn: '2016-06-29' },
    { id: 'a8', partners: ['p4'], scope: ['D5'], endsOn: '2016-06-30' },
  ],
});

describe('coverageMatrix', () => {
  it('lists every cell in CELLS order with its distinct partners and agreements', () => {
    const matrix = coverageMatrix(network);
    expect(matrix.map((entry) => entry.cell)).toEqual([...CELLS]);
    expect(matrix.find((entry) => entry.cell === 'C5')).toEqual({
      cell: 'C5',
      partners: ['p1', 'p2', 'p3'],
      agreements: ['a1', 'a2', 'a3'],
      count: 3,
    });
    expect(matrix.find((entry) => entry.cell === 'B4')).toEqual({
      cell: 'B4',
      partners: ['p1', 'p2'],
      agreements: ['a1'],
      count: 2,
    });
  });

  it('counts only agreements in force: not upcoming, terminated, suspended or expired ones', () => {
    const counts = Object.fromEntries(
      coverageMatrix(network).map((entry) => [entry.cell, entry.count]),
    );
    expect(counts).toMatchObject({ D1: 0, D2: 0, D3: 0, D4: 0, D5: 1 });
    const later = Object.fromEntries(
      coverageMatrix(network, { on: '2016-07-01' }).map((entry) => [entry.cell, entry.count]),
    );
    expect(later).toMatchObject({ D1: 1, D5: 0 });
  });

  it('uses the network asOf by default, and checks an explicit on', () => {
    expect(coverageMatrix(network)).toEqual(coverageMatrix(network, { on: '2016-06-30' }));
    expect(() => coverageMatrix(network, { on: '2016-02-30' })).toThrow(RangeError);
  });
});

describe('findGaps and findSaturated', () => {
  it('find the cells with no partner, and with at least `saturation` partners', () => {
    expect(findGaps(network)).toEqual(
      CELLS.filter((cell) => !['A1', 'B4', 'C5', 'D5'].includes(cell)),
    );
    expect(findSaturated(network)).toEqual(['C5']);
    expect(findSaturated(network, { saturation: 2 })).toEqual(['B4', 'C5']);
    expect(findSaturated(network, { saturation: 1 })).toEqual(['A1', 'B4', 'C5', 'D5']);
  });

  it('reject an invalid saturation', () => {
    expect(() => findSaturated(network, { saturation: 0 })).toThrow(RangeError);
  });

  it('describe the example network on its reference date', () => {
    const example = exampleNetwork();
    expect(findSaturated(example, { saturation: 2 })).toEqual(['B3', 'D1', 'D2']);
    expect(findGaps(example)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'B1', 'C1']);
  });
});

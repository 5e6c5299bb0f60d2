import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCoverage, projectNetwork } from '../../src/planning/index.js';
import { expectLibraryError } from '../policy/_errors.js';
import { exampleNetwork } from '../synergy/_build.js';
import { arbitraryNetwork, proposal, smallNetwork } from './_selectBuild.js';

// p1 covers A1 and A2, p2 covers A1; proposal x1 of p3 asks for A1 and B1.
const before = smallNetwork({
  partners: ['p1', 'p2', 'p3'],
  agreements: [
    { id: 'a1', partners: ['p1'], scope: ['A1', 'A2'] },
    { id: 'a2', partners: ['p2'], scope: ['A1'] },
  ],
  proposals: [proposal('x1', 'p3', ['A1', 'B1'])],
});
const after = projectNetwork(before, ['x1']);

describe('compareCoverage', () => {
  it('gives the cells gained and the change of the weighted gap score (hand-computed)', () => {
    // k = 3, every weight 1. Before: A1 has 2 partners, A2 1, the 18 others none:
    // (1/3 + 2/3 + 18) / 20 = 0.95. After: A1 3, A2 1, B1 1: (0 + 2/3 + 2/3 + 17) / 20.
    expect(compareCoverage(before, after)).toEqual({
      gained: ['B1'],
      lost: [],
      gapScoreBefore: 0.95,
      gapScoreAfter: 0.916667,
      gapScoreChange: -0.033333,
    });
  });

  it('gives the cells lost the other way round', () => {
    expect(compareCoverage(after, before)).toEqual({
      gained: [],
      lost: ['B1'],
      gapScoreBefore: 0.916667,
      gapScoreAfter: 0.95,
      gapScoreChange: 0.033333,
    });
  });

  it('reads weights and saturation from the options', () => {
    // Weight 3 on B1, Σ w = 22. Before: (1/3 + 2/3 + 3 + 17) / 22 = 21/22; after:
    // (0 + 2/3 + 3 × 2/3 + 17) / 22; change −(1/3 + 3 × 1/3) / 22 = −4/66.
    expect(compareCoverage(before, after, { weights: { B1: 3 } })).toEqual({
      gained: ['B1'],
      lost: [],
      gapScoreBefore: 0.954545,
      gapScoreAfter: 0.893939,
      gapScoreChange: -0.060606,
    });
    // k = 1: a covered cell is no gap at all. 18/20 before, 17/20 after.
    expect(compareCoverage(before, after, { saturation: 1 })).toMatchObject({
      gapScoreBefore: 0.9,
      gapScoreAfter: 0.85,
      gapScoreChange: -0.05,
    });
  });

  it('compares on `on`: after.asOf, else before.asOf', () => {
    // Every agreement ends on 2018-12-31: nothing is covered in 2019.
    const late = compareCoverage(before, after, { on: '2019-06-30' });
    expect(late).toEqual({
      gained: [],
      lost: [],
      gapScoreBefore: 1,
      gapScoreAfter: 1,
      gapScoreChange: 0,
    });
    expect(Object.is(late.gapScoreChange, 0)).toBe(true);
    const { asOf: _asOf, ...afterWithoutDate } = after;
    const beforeLate = { ...before, asOf: '2019-06-30' };
    // after has no asOf: before's (2019-06-30) is the day.
    expect(compareCoverage(beforeLate, afterWithoutDate)).toEqual(late);
    // after's asOf (2016-06-30) wins over before's.
    expect(compareCoverage(beforeLate, after).gained).toEqual(['B1']);
  });

  it('refuses an invalid day or policy parameter', () => {
    expectLibraryError(
      () => compareCoverage(before, after, { on: '2017-02-29' }),
      RangeError,
      "compareCoverage: on must be a real calendar date YYYY-MM-DD, received '2017-02-29'",
      'option.invalid_on',
    );
    expect(() => compareCoverage(before, after, { saturation: 0 })).toThrow(RangeError);
  });

  it('on the example network: a projected proposal fills C1', () => {
    const example = exampleNetwork();
    const projected = projectNetwork(example, ['eoi-heidelberg-2017']);
    // On 2017-09-01 Heidelberg's proposal (C1, C3) is in force; C3 is still covered by Osaka.
    expect(compareCoverage(example, projected, { on: '2017-09-01' }).gained).toEqual(['C1']);
    // Before it starts, it changes nothing.
    expect(compareCoverage(example, projected, { on: '2017-06-30' })).toMatchObject({
      gained: [],
      lost: [],
      gapScoreChange: 0,
    });
  });

  it('properties: a network against itself changes nothing; swapping swaps gained and lost', () => {
    fc.assert(
      fc.property(arbitraryNetwork(), (network) => {
        const same = compareCoverage(network, network);
        expect(same.gained).toEqual([]);
        expect(same.lost).toEqual([]);
        expect(same.gapScoreChange).toBe(0);
        const ids = (network.proposals ?? []).map((entry) => entry.id);
        const projected = projectNetwork(network, ids);
        const forward = compareCoverage(network, projected);
        const backward = compareCoverage(projected, network);
        expect(backward.gained).toEqual(forward.lost);
        expect(backward.lost).toEqual(forward.gained);
        expect(forward.lost).toEqual([]);
        expect(backward.gapScoreChange).toBe(-forward.gapScoreChange + 0);
        expect(forward.gapScoreBefore).toBeGreaterThanOrEqual(forward.gapScoreAfter);
        expect(forward.gapScoreAfter).toBeGreaterThanOrEqual(0);
        expect(forward.gapScoreBefore).toBeLessThanOrEqual(1);
      }),
      { numRuns: 60 },
    );
  });
});

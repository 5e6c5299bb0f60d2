import { describe, expect, it } from 'vitest';
import { parseProposal } from '../../src/schemas/index.js';
import { fitScore } from '../../src/synergy/index.js';
import { createPolicy } from '../../src/policy/index.js';
import { buildNetwork, exampleNetwork } from './_build.js';

const network = buildNetwork({
  partners: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }],
  agreements: [
    { id: 'a1', partners: ['p1', 'p2'], scope: ['C5', 'B4'] },
    { id: 'a2', partners: ['p3'], scope: ['C5', 'A1'] },
    { id: 'a3', partners: ['p1'], scope: ['A3'], startsOn: '2013-01-01', endsOn: '2015-12-31' },
    {
      id: 'a4',
      partners: ['p2'],
      scope: ['A3'],
      startsOn: '2013-01-01',
      endsOn: '2015-12-31',
      terminatedOn: '2014-06-30',
    },
  ],
});

function proposal(overrides: Record<string, unknown> = {}) {
  return parseProposal({
    id: 'e1',
    partner: 'p1',
    submittedOn: '2016-01-01',
    period: { start: '2016-01-15', end: '2016-04-14' },
    scope: ['A2', 'B4', 'C5'],
    commitments: [],
    ...overrides,
  });
}

describe('fitScore', () => {
  it('follows the SPEC formula (hand-computed)', () => {
    // strategicFit: A2 → 2, B4 → 4, C5 → 3: 3 of 4 strategies = 0.75.
    // gapFilling: A2 (c=0) 1, B4 (c=2) 1 − 2/3, C5 (c=3) 0: (4/3) / 3 = 0.444444.
    // sustainability: 2 months within the plan / 36, no funding, a completed agreement (a3):
    //   (2/36 + 0 + 1) / 3 = 0.351852.
    // score: 0.4 × 0.75 + 0.4 × 4/9 + 0.2 × 19/54 = 0.548148.
    expect(fitScore(proposal(), network)).toEqual({
      score: 0.548148,
      components: { strategicFit: 0.75, gapFilling: 0.444444, sustainability: 0.351852 },
      reasons: [
        'serves 3 of 4 strategies: 2, 3, 4',
        'fills 1 gap: A2',
        'B4 already has 2 partners',
        'C5 is saturated (3 partners)',
        '2 months within the plan',
        'no funding declared',
        'the partner completed an earlier agreement with UHS',
      ],
    });
  });

  it('does not count a terminated agreement as completed, and counts declared funding', () => {
    const result = fitScore(
      proposal({ partner: 'p2', funding: { source: 'Example Fund' } }),
      network,
    );
    // (2/36 + 1 + 0) / 3
    expect(result.components.sustainability).toBe(0.351852);
    expect(result.reasons).toContain('funding declared');
    expect(result.reasons).toContain('no completed agreement with UHS yet');
  });

  it('counts an agreement as completed only when it ended before the day, not on it', () => {
    // a3 (p1) ends on 2015-12-31: on that day it is still running.
    expect(fitScore(proposal(), network, { on: '2015-12-31' }).reasons).toContain(
      'no completed agreement with UHS yet',
    );
    expect(fitScore(proposal(), network, { on: '2016-01-01' }).reasons).toContain(
      'the partner completed an earlier agreement with UHS',
    );
  });

  it('names every gap filled, and none when the scope fills no gap', () => {
    expect(fitScore(proposal({ scope: ['A2', 'D3', 'C5'] }), network).reasons.slice(0, 3)).toEqual([
      'serves 2 of 4 strategies: 2, 3',
      'fills 2 gaps: A2, D3',
      'C5 is saturated (3 partners)',
    ]);
    expect(fitScore(proposal({ scope: ['A1', 'C5'] }), network).reasons.slice(0, 3)).toEqual([
      'serves 3 of 4 strategies: 1, 2, 3',
      'A1 already has 1 partner',
      'C5 is saturated (3 partners)',
    ]);
    expect(
      fitScore(proposal({ scope: ['A1'] }), network, { saturation: 1 }).reasons.slice(0, 2),
    ).toEqual(['serves 2 of 4 strategies: 1, 2', 'A1 is saturated (1 partner)']);
  });

  it('divides by the sum of the score weights when it is not 1', () => {
    // Equal weights of 2: the score is the mean of the components.
    const equal = { scoreWeights: { strategicFit: 2, gapFilling: 2, sustainability: 2 } };
    const result = fitScore(proposal(), network, equal);
    expect(result.score).toBe(round((0.75 + 4 / 9 + 19 / 54) / 3));
  });

  it('caps the plan component at 36 months', () => {
    const long = fitScore(
      proposal({ period: { start: '2014-01-01', end: '2018-12-31' } }),
      network,
    );
    expect(long.components.sustainability).toBe(0.666667);
    expect(long.reasons).toContain('60 months within the plan');
  });

  it('gives 0 for an empty scope, and for a scope whose weights sum to 0', () => {
    const empty = fitScore(proposal({ scope: [] }), network);
    expect(empty.components.strategicFit).toBe(0);
    expect(empty.components.gapFilling).toBe(0);
    expect(empty.reasons[0]).toBe('serves no strategy of Goal #6');
    const weightless = fitScore(proposal(), network, { weights: { A2: 0, B4: 0, C5: 0 } });
    expect(weightless.components.gapFilling).toBe(0);
  });

  it('reads weights, saturation, score weights and the plan from the policy, options winning', () => {
    expect(fitScore(proposal(), network, { weights: { A2: 3 } }).components.gapFilling).toBe(
      round((3 + 1 / 3) / 5),
    );
    expect(fitScore(proposal(), network, { saturation: 6 }).components.gapFilling).toBe(
      round((1 + 2 / 3 + 1 / 2) / 3),
    );
    const strategicOnly = { scoreWeights: { strategicFit: 1, gapFilling: 0, sustainability: 0 } };
    expect(fitScore(proposal(), network, strategicOnly).score).toBe(0.75);
    const policy = createPolicy(strategicOnly);
    expect(fitScore(proposal(), network, { policy }).score).toBe(0.75);
    expect(
      fitScore(proposal(), network, {
        policy,
        scoreWeights: { strategicFit: 0, gapFilling: 1, sustainability: 0 },
      }).score,
    ).toBe(0.444444);
    const later = fitScore(proposal(), network, {
      planPeriod: { start: '2016-03-01', end: '2020-12-31' },
    });
    expect(later.reasons).toContain('1 month within the plan');
  });

  it('takes an inline partner’s id', () => {
    const inline = proposal({
      partner: {
        id: 'p1',
        name: 'Example',
        type: 'university',
        country: 'FR',
        fields: [],
        languages: ['en'],
        contacts: [{ name: 'C', email: 'c@example.org' }],
      },
    });
    expect(fitScore(inline, network).components.sustainability).toBe(0.351852);
  });

  it('scores the example proposals', () => {
    const example = exampleNetwork();
    const yangon = example.proposals!.find((entry) => entry.id === 'eoi-yangon-2017')!;
    expect(fitScore(yangon, example).reasons.slice(0, 3)).toEqual([
      'serves 2 of 4 strategies: 2, 4',
      'fills 1 gap: A2',
      'B2 already has 1 partner',
    ]);
  });
});

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

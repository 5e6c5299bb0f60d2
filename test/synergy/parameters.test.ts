// Issue #13: the numbers of the synergy formulas are policy parameters (`rankWeights`,
// `sustainabilityMonths`), read from the policy or given in the options, and the strategic
// fit divides by the number of strategies of the catalog. Values worked by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STRATEGY_CODES } from '../../src/catalog/index.js';
import { createPolicy, DEFAULT_POLICY } from '../../src/policy/index.js';
import { parseProposal } from '../../src/schemas/index.js';
import { fitScore, rankPartners } from '../../src/synergy/index.js';
import { buildNetwork } from './_build.js';

describe('rankPartners reads rankWeights', () => {
  // Need: cells C5 and B4, fields 0912 and 0913, language fr.
  //   p1: cells 2/2 = 1, fields 1/2 = 0.5, languages 1/1 = 1;
  //   p2: cells 1/2 = 0.5, fields 2/2 = 1, languages 0/1 = 0.
  const network = buildNetwork({
    partners: [
      { id: 'p1', offers: ['C5', 'B4'], fields: ['0912'], languages: ['fr', 'en'] },
      { id: 'p2', offers: ['C5'], fields: ['0912', '0913'], languages: ['en'] },
    ],
  });
  const need = { cells: ['C5', 'B4'], fields: ['0912', '0913'], languages: ['fr'] } as const;
  const scores = (options: Parameters<typeof rankPartners>[2] = {}) =>
    rankPartners(network, need, options).map((entry) => [entry.partnerId, entry.score]);

  it('uses the defaults 0.6, 0.2, 0.2', () => {
    expect(DEFAULT_POLICY.rankWeights).toEqual({ cells: 0.6, fields: 0.2, languages: 0.2 });
    // p1: 0.6 × 1 + 0.2 × 0.5 + 0.2 × 1 = 0.9; p2: 0.6 × 0.5 + 0.2 × 1 + 0.2 × 0 = 0.5.
    expect(scores()).toEqual([
      ['p1', 0.9],
      ['p2', 0.5],
    ]);
  });

  it('weights the three shares as given, and divides by their sum', () => {
    // Fields only: p1 0.5, p2 1, so p2 comes first.
    expect(scores({ rankWeights: { cells: 0, fields: 1, languages: 0 } })).toEqual([
      ['p2', 1],
      ['p1', 0.5],
    ]);
    // Sum 4: p1 (1 + 0.5 + 2 × 1) / 4 = 0.875; p2 (0.5 + 1 + 0) / 4 = 0.375.
    expect(scores({ rankWeights: { cells: 1, fields: 1, languages: 2 } })).toEqual([
      ['p1', 0.875],
      ['p2', 0.375],
    ]);
    // Weights in the default proportions give the default scores: p1 (3 + 0.5 + 1) / 5.
    expect(scores({ rankWeights: { cells: 3, fields: 1, languages: 1 } })).toEqual(scores());
  });

  it('takes them from a policy, the options winning', () => {
    const policy = createPolicy({ rankWeights: { cells: 0, fields: 1, languages: 0 } });
    expect(scores({ policy })).toEqual([
      ['p2', 1],
      ['p1', 0.5],
    ]);
    expect(scores({ policy, rankWeights: { cells: 1, fields: 0, languages: 0 } })).toEqual([
      ['p1', 1],
      ['p2', 0.5],
    ]);
  });

  it('gives scores in [0, 1] for the extreme weights createPolicy accepts', () => {
    // 5e-324 × 0.5 is 0 in floating point: the weights are scaled first, so p2 keeps 0.5.
    expect(scores({ rankWeights: { cells: 5e-324, fields: 0, languages: 0 } })).toEqual([
      ['p1', 1],
      ['p2', 0.5],
    ]);
    // p1 (0.5 × 1 + 0.25 × 0.5 + 0.25 × 1) = 0.875; p2 (0.5 × 0.5 + 0.25 × 1) = 0.5.
    expect(scores({ rankWeights: { cells: 8e307, fields: 4e307, languages: 4e307 } })).toEqual([
      ['p1', 0.875],
      ['p2', 0.5],
    ]);
  });

  it('ranks the same for weights scaled by any power of two (law)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -60, max: 60 }), (exponent) => {
        const k = 2 ** exponent;
        expect(
          scores({ rankWeights: { cells: 0.6 * k, fields: 0.2 * k, languages: 0.2 * k } }),
        ).toEqual(scores());
      }),
    );
  });

  it('rejects weights createPolicy rejects', () => {
    expect(() => scores({ rankWeights: { cells: 0, fields: 0, languages: 0 } })).toThrow(
      RangeError,
    );
    expect(() => scores({ rankWeights: { cells: -1, fields: 1, languages: 1 } })).toThrow(
      RangeError,
    );
  });
});

describe('fitScore reads sustainabilityMonths and the number of strategies', () => {
  const network = buildNetwork({
    partners: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }],
    agreements: [
      { id: 'a1', partners: ['p1', 'p2'], scope: ['C5', 'B4'] },
      { id: 'a2', partners: ['p3'], scope: ['C5', 'A1'] },
      { id: 'a3', partners: ['p1'], scope: ['A3'], startsOn: '2013-01-01', endsOn: '2015-12-31' },
    ],
  });
  // 2 months within the plan, no funding, a completed agreement (a3);
  // strategicFit 3/4 = 0.75 and gapFilling 4/9, as in fitScore.test.ts.
  const proposal = (overrides: Record<string, unknown> = {}) =>
    parseProposal({
      id: 'e1',
      partner: 'p1',
      submittedOn: '2016-01-01',
      period: { start: '2016-01-15', end: '2016-04-14' },
      scope: ['A2', 'B4', 'C5'],
      commitments: [],
      ...overrides,
    });

  it('divides the months within the plan by sustainabilityMonths (default 36)', () => {
    expect(DEFAULT_POLICY.sustainabilityMonths).toBe(36);
    // (2/36 + 0 + 1) / 3 = 0.351852.
    expect(fitScore(proposal(), network).components.sustainability).toBe(0.351852);
    // (2/4 + 0 + 1) / 3 = 0.5; score 0.4 × 0.75 + 0.4 × 4/9 + 0.2 × 0.5 = 0.577778.
    const four = fitScore(proposal(), network, { sustainabilityMonths: 4 });
    expect(four.components.sustainability).toBe(0.5);
    expect(four.score).toBe(0.577778);
    // min(1, 2/1) = 1: (1 + 0 + 1) / 3 = 0.666667.
    expect(
      fitScore(proposal(), network, { sustainabilityMonths: 1 }).components.sustainability,
    ).toBe(0.666667);
    // 60 months of the 2014–2018 plan over 120: (0.5 + 0 + 1) / 3 = 0.5.
    const long = proposal({ period: { start: '2014-01-01', end: '2018-12-31' } });
    expect(fitScore(long, network).components.sustainability).toBe(0.666667);
    expect(
      fitScore(long, network, { policy: createPolicy({ sustainabilityMonths: 120 }) }).components
        .sustainability,
    ).toBe(0.5);
  });

  it('rejects a horizon createPolicy rejects', () => {
    expect(() => fitScore(proposal(), network, { sustainabilityMonths: 0 })).toThrow(RangeError);
  });

  it('divides the strategies served by the number of strategies of the catalog', () => {
    expect(STRATEGY_CODES.length).toBe(4);
    // A2 → 2, B4 → 4, C5 → 3: 3 of 4.
    expect(fitScore(proposal(), network).components.strategicFit).toBe(3 / STRATEGY_CODES.length);
  });
});

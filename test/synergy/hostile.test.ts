// Issue #16, hostile and huge input: items 4, 6, 11 (the fit score) and 18.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELLS, type CellCode } from '../../src/catalog/index.js';
import { createPolicy } from '../../src/policy/index.js';
import { parseNetwork, parseProposal, type Network } from '../../src/schemas/index.js';
import {
  fitScore,
  MAX_COLLABORATIONS_WITHOUT_LIMIT,
  pairSynergy,
  suggestCollaborations,
  type Collaboration,
} from '../../src/synergy/index.js';
import { expectLibraryError } from '../policy/_errors.js';
import { buildNetwork } from './_build.js';

const ON = '2016-06-30';

/** Partners `p00`, `p01`, … with the given offers and no agreements. */
function offering(offers: readonly (readonly CellCode[])[]): Network {
  return buildNetwork({
    partners: offers.map((cells, index) => ({
      id: `p${String(index).padStart(2, '0')}`,
      ...(cells.length === 0 ? {} : { offers: [...cells] }),
    })),
  });
}

/** SPEC §8 written out: every pair, most shared first, then by ids. */
function naiveCollaborations(network: Network, minShared: number): Collaboration[] {
  const offers = new Map(network.partners.map((partner) => [partner.id, partner.offers ?? []]));
  const ids = [...offers.keys()].sort();
  const pairs: { partners: [string, string]; shared: CellCode[] }[] = [];
  ids.forEach((a, index) => {
    for (const b of ids.slice(index + 1)) {
      const shared = CELLS.filter(
        (cell) => offers.get(a)?.includes(cell) && offers.get(b)?.includes(cell),
      );
      if (shared.length >= minShared) pairs.push({ partners: [a, b], shared });
    }
  });
  // A stable sort keeps the ids' order among pairs that share as many cells.
  return pairs.sort((x, y) => y.shared.length - x.shared.length) as unknown as Collaboration[];
}

/** A partner's offers: each cell with a probability, so that dense and sparse both occur. */
const offersOf = (density: number) =>
  fc
    .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 20, maxLength: 20 })
    .map((draws) => CELLS.filter((_cell, index) => (draws[index] ?? 1) < density));

const networks = fc
  .double({ min: 0.05, max: 1, noNaN: true })
  .chain((density) => fc.array(offersOf(density), { minLength: 0, maxLength: 14 }))
  .map(offering);

describe('suggestCollaborations: a limit costs no more than the pairs (issue #16, item 4)', () => {
  it('returns the first `limit` pairs of the full list, which is SPEC §8 (property)', () => {
    fc.assert(
      fc.property(
        networks,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 6 }),
        (network, limit, minShared) => {
          const all = naiveCollaborations(network, minShared);
          expect(suggestCollaborations(network, { minShared })).toEqual(all);
          expect(suggestCollaborations(network, { minShared, limit })).toEqual(all.slice(0, limit));
          // One more than there are: the case that enumerated every subset of 20 cells.
          expect(suggestCollaborations(network, { minShared, limit: all.length + 1 })).toEqual(all);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('answers ten partners offering every cell with limit 46 (one more than their 45 pairs)', () => {
    const network = offering(Array.from({ length: 10 }, () => CELLS));
    const pairs = suggestCollaborations(network, { limit: 46 });
    expect(pairs).toHaveLength(45);
    expect(pairs[0]).toEqual({ partners: ['p00', 'p01'], shared: CELLS });
    expect(pairs.at(-1)).toEqual({ partners: ['p08', 'p09'], shared: CELLS });
  });

  it('answers a hundred such partners in seconds (135 s before)', () => {
    const network = offering(Array.from({ length: 100 }, () => CELLS));
    const pairs = suggestCollaborations(network, { limit: 4951 });
    expect(pairs).toHaveLength(4950);
    expect(pairs).toEqual(suggestCollaborations(network));
  }, 20_000);

  it('gives the best pairs of partners sharing cells at every level, with a limit', () => {
    // p00 ⊃ p01 ⊃ p02 …: the pair (p00, p01) shares 19 cells, (p18, p19) one.
    const network = offering(Array.from({ length: 20 }, (_, index) => CELLS.slice(index)));
    const pairs = suggestCollaborations(network, { limit: 3 });
    expect(pairs.map((pair) => [pair.partners.join('+'), pair.shared.length])).toEqual([
      ['p00+p01', 19],
      ['p00+p02', 18],
      ['p01+p02', 18],
    ]);
  });
});

describe('suggestCollaborations without a limit (issue #16, item 6)', () => {
  // 1,415 partners sharing one cell make 1,000,405 pairs, just over the maximum.
  const crowded = offering(Array.from({ length: 1415 }, () => ['C5'] as const));

  it('throws a RangeError rather than building more than the documented number of pairs', () => {
    expect(MAX_COLLABORATIONS_WITHOUT_LIMIT).toBe(1_000_000);
    const error = expectLibraryError(
      () => suggestCollaborations(crowded),
      RangeError,
      'suggestCollaborations: more than 1,000,000 pairs of partners share at least 1 cell; pass a limit (the best pairs are returned first) or a larger minShared',
      'synergy.too_many_pairs',
    );
    expect(error.params).toEqual({ caller: 'suggestCollaborations', max: 1_000_000, minShared: 1 });
    expect(() => suggestCollaborations(crowded, { limit: Infinity })).toThrow(RangeError);
  }, 20_000);

  it('returns the best pairs of the same network with a limit, even above the maximum', () => {
    const pairs = suggestCollaborations(crowded, { limit: 3 });
    expect(pairs).toEqual([
      { partners: ['p00', 'p01'], shared: ['C5'] },
      { partners: ['p00', 'p02'], shared: ['C5'] },
      { partners: ['p00', 'p03'], shared: ['C5'] },
    ]);
  }, 20_000);

  it('reads `limit: Infinity` as no limit, and rejects other non-integers', () => {
    const network = offering([['C5'], ['C5'], ['C5', 'B4']]);
    expect(suggestCollaborations(network, { limit: Infinity })).toEqual(
      suggestCollaborations(network),
    );
    expect(suggestCollaborations(network, { limit: Infinity })).toHaveLength(3);
    expect(() => suggestCollaborations(network, { limit: -Infinity })).toThrow(RangeError);
    expect(() => suggestCollaborations(network, { limit: NaN })).toThrow(RangeError);
    expect(() => suggestCollaborations(network, { limit: 1.5 })).toThrow(RangeError);
  });
});

describe('fitScore with extreme weights (issue #16, item 11)', () => {
  const network = buildNetwork({
    partners: [{ id: 'p1' }, { id: 'p2' }],
    agreements: [{ id: 'a1', partners: ['p2'], scope: ['C5'] }],
  });
  const proposal = parseProposal({
    id: 'e1',
    partner: 'p1',
    submittedOn: '2016-01-01',
    period: { start: '2016-01-01', end: '2017-12-31' },
    scope: ['A2', 'B4', 'C5'],
    commitments: [],
  });

  it('gives the score of weights 1 for a single weight of 5e-324 (it gave 0 or 1)', () => {
    for (const component of ['strategicFit', 'gapFilling', 'sustainability'] as const) {
      const tiny = { strategicFit: 0, gapFilling: 0, sustainability: 0, [component]: 5e-324 };
      const unit = { strategicFit: 0, gapFilling: 0, sustainability: 0, [component]: 1 };
      const fit = fitScore(proposal, network, { on: ON, scoreWeights: tiny });
      expect(fit).toEqual(fitScore(proposal, network, { on: ON, scoreWeights: unit }));
      expect(fit.score).toBe(fit.components[component]);
    }
  });

  it('rejects cell weights of 1e308, whose sum overflows (it gave NaN)', () => {
    const weights = { A2: 1e308, B4: 1e308, C5: 1e308 };
    expect(() => fitScore(proposal, network, { on: ON, weights })).toThrow(
      'options: weights must be weights with a finite sum, received Infinity',
    );
  });

  it('stays a number in [0, 1] for such weights in a policy built by hand', () => {
    const base = createPolicy();
    const huge = { ...base, weights: { ...base.weights, A2: 1e308, B4: 1e308, C5: 1e308 } };
    const fit = fitScore(proposal, network, { on: ON, policy: huge });
    expect(fit).toEqual(fitScore(proposal, network, { on: ON }));
    expect(fit.components.gapFilling).toBe(0.888889);
  });

  const weight = fc.oneof(
    fc.constantFrom(0, 5e-324, 1e-300, 1, 1e300, 1e308),
    fc.double({ min: 0, max: 1e300, noNaN: true }),
  );

  it('keeps every score in [0, 1] for any weights createPolicy accepts (property)', () => {
    fc.assert(
      fc.property(
        fc.record({ strategicFit: weight, gapFilling: weight, sustainability: weight }),
        fc.dictionary(fc.constantFrom(...CELLS), weight),
        (scoreWeights, weights) => {
          let policy;
          try {
            policy = createPolicy({ scoreWeights, weights });
          } catch (error) {
            expect(error).toBeInstanceOf(RangeError);
            return;
          }
          const fit = fitScore(proposal, network, { on: ON, policy });
          for (const value of [fit.score, ...Object.values(fit.components)]) {
            expect(Number.isFinite(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same score when every weight is scaled by a power of two (property)', () => {
    fc.assert(
      fc.property(
        fc.record({
          strategicFit: fc.double({ min: 0, max: 1, noNaN: true }),
          gapFilling: fc.double({ min: 0, max: 1, noNaN: true }),
          sustainability: fc.double({ min: 0.01, max: 1, noNaN: true }),
        }),
        fc.integer({ min: -1000, max: 1000 }),
        (scoreWeights, exponent) => {
          const scale = (value: number) => value * 2 ** exponent;
          const scaled = {
            strategicFit: scale(scoreWeights.strategicFit),
            gapFilling: scale(scoreWeights.gapFilling),
            sustainability: scale(scoreWeights.sustainability),
          };
          // Below the smallest normal numbers, scaling loses bits: compare where it does not.
          fc.pre(Object.values(scaled).every((value) => value === 0 || value > 1e-300));
          expect(fitScore(proposal, network, { on: ON, scoreWeights: scaled }).score).toBe(
            fitScore(proposal, network, { on: ON, scoreWeights }).score,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('fitScore and pairSynergy index a network once (issue #16, item 18)', () => {
  /** The network with its agreements list counting the reads of its entries. */
  function counted(network: Network): { network: Network; reads: () => number } {
    let reads = 0;
    const agreements = new Proxy(network.agreements, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    return { network: { ...network, agreements }, reads: () => reads };
  }

  const base = buildNetwork({
    partners: [{ id: 'p1', offers: ['A1'] }, { id: 'p2' }, { id: 'p3' }],
    agreements: [
      { id: 'a1', partners: ['p1', 'p2'], scope: ['C5', 'B4'] },
      { id: 'a2', partners: ['p3'], scope: ['C5'], startsOn: '2013-01-01', endsOn: '2015-12-31' },
    ],
  });
  const proposal = parseProposal({
    id: 'e1',
    partner: 'p3',
    submittedOn: '2016-01-01',
    period: { start: '2016-01-01', end: '2017-12-31' },
    scope: ['C5', 'D1'],
    commitments: [],
  });

  it('reads the agreements on the first call for a network and day only', () => {
    const { network, reads } = counted(base);
    const first = fitScore(proposal, network, { on: ON });
    const afterFirst = reads();
    expect(afterFirst).toBeGreaterThan(0);
    expect(fitScore(proposal, network, { on: ON })).toEqual(first);
    expect(fitScore(proposal, network, { on: ON, saturation: 2 }).components.gapFilling).toBe(0.5);
    expect(pairSynergy(network, 'p1', 'p2', { on: ON })).toEqual({
      shared: ['B4', 'C5'],
      complementary: ['A1'],
      jaccard: 0.666667,
    });
    expect(pairSynergy(network, 'p2', 'p3', { on: ON }).shared).toEqual([]);
    expect(reads()).toBe(afterFirst);
    // Another day is indexed on its own: a2 is in force in 2014.
    expect(pairSynergy(network, 'p2', 'p3', { on: '2014-06-30' }).shared).toEqual([]);
    expect(pairSynergy(network, 'p1', 'p3', { on: '2014-06-30' }).shared).toEqual([]);
    expect(fitScore(proposal, network, { on: '2014-06-30' }).reasons).toContain(
      'C5 already has 1 partner',
    );
    expect(reads()).toBeGreaterThan(afterFirst);
  });

  it('gives the same results as a fresh copy of the network, for any days (property)', () => {
    const days = fc.constantFrom('2012-01-01', '2014-06-30', '2015-12-31', '2016-01-01', ON);
    fc.assert(
      fc.property(fc.array(days, { minLength: 1, maxLength: 20 }), (sequence) => {
        for (const on of sequence) {
          const fresh = parseNetwork(structuredClone(base));
          expect(fitScore(proposal, base, { on })).toEqual(fitScore(proposal, fresh, { on }));
          expect(pairSynergy(base, 'p1', 'p3', { on })).toEqual(
            pairSynergy(fresh, 'p1', 'p3', { on }),
          );
        }
      }),
      { numRuns: 40 },
    );
  });

  it('indexes again a network whose lists were replaced or grew', () => {
    const copy = parseNetwork(structuredClone(base));
    const agreements = [...copy.agreements];
    const network = { ...copy, agreements };
    expect(pairSynergy(network, 'p1', 'p3', { on: ON }).shared).toEqual([]);
    const [first] = base.agreements;
    const third = parseNetwork({
      ...structuredClone(base),
      agreements: [{ ...first, id: 'a3', partnerIds: ['p3'] }],
    }).agreements;
    agreements.push(...third);
    expect(pairSynergy(network, 'p1', 'p3', { on: ON }).shared).toEqual(['B4', 'C5']);
    const grown = parseNetwork({
      ...structuredClone(base),
      partners: [...base.partners, { ...base.partners[1], id: 'p4' }],
    });
    Object.assign(network, { partners: grown.partners });
    expect(pairSynergy(network, 'p1', 'p4', { on: ON }).shared).toEqual([]);
  });

  it('hands out no shared list that a caller could change', () => {
    const network = parseNetwork(structuredClone(base));
    const fit = fitScore(proposal, network, { on: ON });
    (fit.reasons as string[]).push('changed by the caller');
    const synergy = pairSynergy(network, 'p1', 'p2', { on: ON });
    (synergy.shared as string[]).push('D5');
    expect(fitScore(proposal, network, { on: ON }).reasons).not.toContain('changed by the caller');
    expect(pairSynergy(network, 'p1', 'p2', { on: ON }).shared).toEqual(['B4', 'C5']);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELLS } from '../../src/catalog/index.js';
import { formatMessage } from '../../src/messages/index.js';
import {
  exactSelection,
  lazyGreedy,
  plainGreedy,
  SelectionState,
  type SelectionProblem,
} from '../../src/planning/_select.js';
import { compareCoverage, projectNetwork, selectProposals } from '../../src/planning/index.js';
import { parseNetwork } from '../../src/schemas/index.js';
import { coverageMatrix } from '../../src/synergy/index.js';
import { generateNetwork } from '../../src/testing/index.js';
import { expectLibraryError } from '../policy/_errors.js';
import { exampleNetwork } from '../synergy/_build.js';
import { arbitraryNetwork, proposal, shuffled, smallNetwork } from './_selectBuild.js';

// Greedy against exact, with saturation k = 1 (a cell needs one partner) and every weight 1
// (Σ w = 20). x-broad fills A1, A2, B1, B2 (4/20 = 0.2); y-area-a fills A1, A2, A3 and
// z-area-b B1, B2, B3 (3/20 each). With two proposals:
// - greedy takes x-broad (0.2), then y-area-a and z-area-b each add 1/20 (A3 or B3), a tie
//   broken by id: y-area-a, for a total of 5/20 = 0.25;
// - the three pairs fill x+y = {A1, A2, A3, B1, B2} = 5, x+z = 5, y+z = {A1, A2, A3, B1, B2,
//   B3} = 6 cells: exact takes y-area-a and z-area-b, 6/20 = 0.3; x-broad then adds nothing.
const classic = smallNetwork({
  partners: ['p1', 'p2', 'p3'],
  proposals: [
    proposal('x-broad', 'p1', ['A1', 'A2', 'B1', 'B2']),
    proposal('y-area-a', 'p2', ['A1', 'A2', 'A3']),
    proposal('z-area-b', 'p3', ['B1', 'B2', 'B3']),
  ],
});

// k = 3, weights 1. p1 covers A1; p2 covers A1 and B1. One partner more in a cell that has
// fewer than 3 is worth (1/3)/20 = 1/60 ≈ 0.016667.
const network = smallNetwork({
  partners: ['p1', 'p2', 'p3', 'p4'],
  agreements: [
    { id: 'a1', partners: ['p1'], scope: ['A1'] },
    { id: 'a2', partners: ['p2'], scope: ['A1', 'B1'] },
  ],
  proposals: [
    proposal('q0', 'p2', ['A1']), // p2 covers A1 already: nothing to add
    proposal('q1', 'p1', ['A1', 'B1']), // only B1 is new for p1: 1/60
    proposal('q2', 'p3', ['A1']), // A1, third partner: 1/60
    proposal('q3', 'p3', ['C5', 'D3']), // 2/60
    proposal('q4', 'p4', ['C5']), // 1/60
    // Outside the plan (2014–2018): ineligible.
    proposal('q5', 'p4', ['D5'], { period: { start: '2020-01-01', end: '2021-12-31' } }),
  ],
});

describe('selectProposals', () => {
  it('greedy: the largest marginal gain each step, ties by id (hand-computed)', () => {
    // q3 (2/60); then q1, q2 and q4 each add 1/60 (q4: C5 goes from 1 to 2 partners): q1,
    // then q2.
    expect(selectProposals(network, { maxProposals: 3 })).toEqual({
      chosen: ['q3', 'q1', 'q2'],
      gain: 0.066667,
      perStep: [
        { proposalId: 'q3', gain: 0.033333 },
        { proposalId: 'q1', gain: 0.016667 },
        { proposalId: 'q2', gain: 0.016667 },
      ],
      leftOut: [
        { proposalId: 'q0', reason: 'no-gain' },
        { proposalId: 'q4', reason: 'limit' },
        { proposalId: 'q5', reason: 'ineligible' },
      ],
    });
  });

  it('stops when nothing adds anything', () => {
    const all = selectProposals(network, { maxProposals: 10 });
    expect(all.chosen).toEqual(['q3', 'q1', 'q2', 'q4']);
    expect(all.gain).toBe(0.083333);
    expect(all.leftOut).toEqual([
      { proposalId: 'q0', reason: 'no-gain' },
      { proposalId: 'q5', reason: 'ineligible' },
    ]);
  });

  it('maxPerPartner, exclude and require', () => {
    // p3 has q3 already: q2 is left out, q4 taken instead.
    expect(selectProposals(network, { maxProposals: 3, maxPerPartner: 1 })).toMatchObject({
      chosen: ['q3', 'q1', 'q4'],
      leftOut: [
        { proposalId: 'q0', reason: 'no-gain' },
        { proposalId: 'q2', reason: 'partner-limit' },
        { proposalId: 'q5', reason: 'ineligible' },
      ],
    });
    expect(selectProposals(network, { maxProposals: 3, exclude: ['q3'] })).toMatchObject({
      chosen: ['q1', 'q2', 'q4'],
      gain: 0.05,
      leftOut: [
        { proposalId: 'q0', reason: 'no-gain' },
        { proposalId: 'q3', reason: 'excluded' },
        { proposalId: 'q5', reason: 'ineligible' },
      ],
    });
    // Excluded wins over ineligible.
    expect(selectProposals(network, { maxProposals: 0, exclude: ['q5'] }).leftOut.at(-1)).toEqual({
      proposalId: 'q5',
      reason: 'excluded',
    });
    // q4 first (1/60); then q3 adds C5's second partner and D3 (2/60); then q1.
    expect(selectProposals(network, { maxProposals: 3, require: ['q4'] })).toMatchObject({
      chosen: ['q4', 'q3', 'q1'],
      gain: 0.066667,
      perStep: [
        { proposalId: 'q4', gain: 0.016667 },
        { proposalId: 'q3', gain: 0.033333 },
        { proposalId: 'q1', gain: 0.016667 },
      ],
    });
    // Required proposals come first, in id order, even when they add nothing.
    expect(selectProposals(network, { maxProposals: 2, require: ['q4', 'q0'] })).toMatchObject({
      chosen: ['q0', 'q4'],
      perStep: [
        { proposalId: 'q0', gain: 0 },
        { proposalId: 'q4', gain: 0.016667 },
      ],
    });
  });

  it('maxProposals 0 chooses nothing', () => {
    expect(selectProposals(network, { maxProposals: 0 })).toEqual({
      chosen: [],
      gain: 0,
      perStep: [],
      leftOut: [
        { proposalId: 'q0', reason: 'no-gain' },
        { proposalId: 'q1', reason: 'limit' },
        { proposalId: 'q2', reason: 'limit' },
        { proposalId: 'q3', reason: 'limit' },
        { proposalId: 'q4', reason: 'limit' },
        { proposalId: 'q5', reason: 'ineligible' },
      ],
    });
  });

  it('greedy and exact differ where greedy’s first pick blocks a better pair', () => {
    const greedy = selectProposals(classic, { maxProposals: 2, saturation: 1 });
    expect(greedy).toEqual({
      chosen: ['x-broad', 'y-area-a'],
      gain: 0.25,
      perStep: [
        { proposalId: 'x-broad', gain: 0.2 },
        { proposalId: 'y-area-a', gain: 0.05 },
      ],
      leftOut: [{ proposalId: 'z-area-b', reason: 'limit' }],
    });
    const exact = selectProposals(classic, { maxProposals: 2, saturation: 1, exact: true });
    expect(exact).toEqual({
      chosen: ['y-area-a', 'z-area-b'],
      gain: 0.3,
      perStep: [
        { proposalId: 'y-area-a', gain: 0.15 },
        { proposalId: 'z-area-b', gain: 0.15 },
      ],
      leftOut: [{ proposalId: 'x-broad', reason: 'no-gain' }],
    });
    expect(greedy.gain).toBeGreaterThanOrEqual((1 - 1 / Math.E) * exact.gain);
    // With room for all three, both fill the six cells.
    expect(selectProposals(classic, { maxProposals: 3, saturation: 1 }).gain).toBe(0.3);
    // With weights, greedy's first pick changes: A3 and B3 weigh 3, so y and z (5/24 each)
    // beat x (4/24); greedy then finds the best pair too.
    expect(
      selectProposals(classic, { maxProposals: 2, saturation: 1, weights: { A3: 3, B3: 3 } })
        .chosen,
    ).toEqual(['y-area-a', 'z-area-b']);
  });

  it('exact: ties go to the lexicographically smallest id list', () => {
    // Three proposals filling one cell each, equally weighted: any two are optimal.
    const ties = smallNetwork({
      partners: ['p1', 'p2', 'p3'],
      proposals: [
        proposal('t3', 'p3', ['C3']),
        proposal('t1', 'p1', ['C1']),
        proposal('t2', 'p2', ['C2']),
      ],
    });
    expect(selectProposals(ties, { maxProposals: 2, exact: true }).chosen).toEqual(['t1', 't2']);
    expect(selectProposals(ties, { maxProposals: 2 }).chosen).toEqual(['t1', 't2']);
  });

  it('on the example network', () => {
    const example = exampleNetwork();
    const selection = selectProposals(example, { maxProposals: 3 });
    const eligible = new Set(selection.chosen);
    for (const entry of selection.leftOut) expect(eligible.has(entry.proposalId)).toBe(false);
    expect(selection.chosen.length + selection.leftOut.length).toBe(example.proposals?.length);
    expect(selection.gain).toBeGreaterThan(0);
  });

  it('refuses invalid options with a code and params', () => {
    const count = expectLibraryError(
      () => selectProposals(network, { maxProposals: 1.5 }),
      RangeError,
      'selectProposals: maxProposals must be a whole number ≥ 0, received 1.5',
      'planning.invalid_count',
    );
    expect(formatMessage(count.code, count.params, { locale: 'fr' })).toBe(
      'selectProposals\u00a0: maxProposals doit être un nombre entier ≥\u00a00, valeur reçue 1.5',
    );
    expectLibraryError(
      () => selectProposals(network, {} as { maxProposals: number }),
      RangeError,
      'selectProposals: maxProposals must be a whole number ≥ 0, received nothing',
      'planning.invalid_count',
    );
    expectLibraryError(
      () => selectProposals(network, { maxProposals: 2, maxPerPartner: 0 }),
      RangeError,
      'selectProposals: maxPerPartner must be a whole number ≥ 1, received 0',
      'planning.invalid_count',
    );
    expectLibraryError(
      () => selectProposals(network, { maxProposals: 2, exact: 1 as unknown as boolean }),
      TypeError,
      'selectProposals: exact must be true or false, received 1',
      'planning.not_a_boolean',
    );
    expectLibraryError(
      () => selectProposals(network, { maxProposals: 2, require: 'q1' as unknown as string[] }),
      TypeError,
      "selectProposals: require must be a list of proposal ids, received 'q1'",
      'planning.not_a_list',
    );
    expectLibraryError(
      () => selectProposals(network, { maxProposals: 2, exclude: ['q9'] }),
      RangeError,
      "selectProposals: exclude names a proposal the network does not have: 'q9'",
      'planning.unknown_proposals',
    );
    expectLibraryError(
      () => selectProposals(network, { maxProposals: 2, require: ['q1', 'q1'] }),
      RangeError,
      "selectProposals: require names the same proposal more than once: 'q1'",
      'planning.duplicate_proposals',
    );
    expectLibraryError(
      () => selectProposals(network, { maxProposals: 2, on: '2016-13-01' }),
      RangeError,
      "selectProposals: on must be a real calendar date YYYY-MM-DD, received '2016-13-01'",
      'option.invalid_on',
    );
  });

  it('refuses required proposals it cannot choose, naming them', () => {
    const unknown = expectLibraryError(
      () => selectProposals(network, { maxProposals: 2, require: ['q9'] }),
      RangeError,
      "selectProposals: require names 'q9', which is not a proposal of the network",
      'planning.required_unavailable',
    );
    expect(unknown.params).toEqual({
      caller: 'selectProposals',
      proposalId: 'q9',
      reason: 'unknown',
    });
    expect(formatMessage(unknown.code, unknown.params, { locale: 'fr' })).toBe(
      "selectProposals\u00a0: require désigne 'q9', qui n'est pas une proposition du réseau",
    );
    expectLibraryError(
      () => selectProposals(network, { maxProposals: 2, require: ['q5'] }),
      RangeError,
      "selectProposals: require names 'q5', which is not eligible on the day of the selection",
      'planning.required_unavailable',
    );
    expectLibraryError(
      () => selectProposals(network, { maxProposals: 2, require: ['q3'], exclude: ['q3'] }),
      RangeError,
      "selectProposals: require names 'q3', which exclude also names",
      'planning.required_unavailable',
    );
    const tooMany = expectLibraryError(
      () => selectProposals(network, { maxProposals: 1, require: ['q1', 'q2'] }),
      RangeError,
      'selectProposals: require names 2 proposals, more than maxProposals (1)',
      'planning.too_many_required',
    );
    expect(formatMessage(tooMany.code, tooMany.params, { locale: 'fr' })).toBe(
      'selectProposals\u00a0: require désigne 2\u00a0propositions, plus que maxProposals (1)',
    );
  });

  it('exact refuses more than 20 candidates with a positive gain', () => {
    const many = smallNetwork({
      partners: ['p1'],
      proposals: Array.from({ length: 21 }, (_, index) =>
        proposal(`m${String(index).padStart(2, '0')}`, 'p1', ['A1']),
      ),
    });
    const error = expectLibraryError(
      () => selectProposals(many, { maxProposals: 2, exact: true }),
      RangeError,
      'selectProposals: exact selection explores every subset, so it takes at most 20 candidates with a positive gain; this network has 21. Use the greedy selection (without exact), which reaches at least 1 − 1/e of the best',
      'planning.too_many_candidates',
    );
    expect(error.params).toEqual({ caller: 'selectProposals', candidates: 21, max: 20 });
    expect(formatMessage(error.code, error.params, { locale: 'fr' })).toBe(
      "selectProposals\u00a0: la sélection exacte explore tous les sous-ensembles et n'accepte donc pas plus de 20\u00a0propositions candidates au gain positif\u00a0; ce réseau en compte 21. Utilisez la sélection gloutonne (sans exact), qui atteint au moins 1 − 1/e de la meilleure",
    );
    // Twenty are fine; a required one is no candidate.
    expect(
      selectProposals(many, { maxProposals: 2, exact: true, require: ['m00'] }).chosen,
    ).toEqual(['m00']);
  });

  it('properties: greedy never beats exact, and is within 1 − 1/e of it', () => {
    fc.assert(
      fc.property(
        arbitraryNetwork(),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        (net, maxProposals, saturation) => {
          const greedy = selectProposals(net, { maxProposals, saturation });
          const exact = selectProposals(net, { maxProposals, saturation, exact: true });
          expect(greedy.gain).toBeLessThanOrEqual(exact.gain);
          expect(greedy.gain).toBeGreaterThanOrEqual((1 - 1 / Math.E) * exact.gain - 1e-6);
          // With a per-partner limit too, exact is at least as good.
          const limited = { maxProposals, saturation, maxPerPartner: 1 };
          expect(selectProposals(net, limited).gain).toBeLessThanOrEqual(
            selectProposals(net, { ...limited, exact: true }).gain,
          );
        },
      ),
      { numRuns: 120 },
    );
  });

  it('properties: the gain is monotone in maxProposals', () => {
    fc.assert(
      fc.property(arbitraryNetwork(), fc.boolean(), (net, exact) => {
        let previous = 0;
        for (let maxProposals = 0; maxProposals <= 5; maxProposals += 1) {
          const { gain, chosen } = selectProposals(net, { maxProposals, exact });
          expect(gain).toBeGreaterThanOrEqual(previous);
          expect(chosen.length).toBeLessThanOrEqual(maxProposals);
          previous = gain;
        }
      }),
      { numRuns: 60 },
    );
  });

  it('properties: the gain is the fall of the weighted gap score once the chosen are in force', () => {
    fc.assert(
      fc.property(
        arbitraryNetwork(),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        (net, maxProposals, saturation) => {
          const selection = selectProposals(net, {
            maxProposals,
            saturation,
            weights: { C5: 2.5 },
          });
          // Every proposal of these networks is in force on their asOf (2016-06-30).
          const projected = projectNetwork(net, selection.chosen, { includeIneligible: true });
          const change = compareCoverage(net, projected, { saturation, weights: { C5: 2.5 } });
          // Each side is rounded to 6 places on its own.
          expect(Math.abs(selection.gain + change.gapScoreChange)).toBeLessThanOrEqual(1e-6);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('properties: independent of the order of the proposals; inputs not mutated', () => {
    fc.assert(
      fc.property(
        arbitraryNetwork(),
        fc.integer(),
        fc.integer({ min: 0, max: 4 }),
        (net, seed, maxProposals) => {
          const snapshot = JSON.stringify(net);
          const reordered = { ...net, proposals: shuffled(net.proposals ?? [], seed) };
          for (const exact of [false, true]) {
            // `net` is deeply frozen: a mutation would throw.
            expect(selectProposals(reordered, { maxProposals, exact })).toEqual(
              selectProposals(net, { maxProposals, exact }),
            );
          }
          expect(JSON.stringify(net)).toBe(snapshot);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** A random selection problem for the solvers of `_select.ts`. */
const arbitraryProblem = fc
  .record({
    weights: fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 6, maxLength: 6 }),
    saturation: fc.oneof(
      fc.integer({ min: 1, max: 3 }),
      fc.double({ min: 1, max: 3, noNaN: true }),
    ),
    start: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 6 }),
    candidates: fc.array(
      fc.record({
        partner: fc.integer({ min: 1, max: 4 }),
        cells: fc.subarray([0, 1, 2, 3, 4, 5], { minLength: 1 }),
      }),
      { maxLength: 12 },
    ),
    maxChosen: fc.integer({ min: 0, max: 6 }),
    maxPerPartner: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ candidates, ...rest }): SelectionProblem => ({
    ...rest,
    candidates: candidates.map((candidate, index) => ({
      id: `c${String(index).padStart(2, '0')}`,
      partnerId: `p${candidate.partner}`,
      cells: candidate.cells,
    })),
  }));

describe('the solvers of selectProposals', () => {
  it('lazy greedy chooses exactly as plain greedy, with no more evaluations', () => {
    fc.assert(
      fc.property(arbitraryProblem, (problem) => {
        const lazy = lazyGreedy(problem, new SelectionState(problem));
        const plain = plainGreedy(problem, new SelectionState(problem));
        expect(lazy.chosen).toEqual(plain.chosen);
        expect(lazy.gains).toEqual(plain.gains);
        expect(lazy.evaluations).toBeLessThanOrEqual(plain.evaluations + problem.candidates.length);
      }),
      { numRuns: 300 },
    );
  });

  it('exact is at least greedy, at most the sum of single gains, within the limits', () => {
    fc.assert(
      fc.property(arbitraryProblem, (problem) => {
        const state = new SelectionState(problem);
        const exact = exactSelection(problem, state);
        const greedyState = new SelectionState(problem);
        lazyGreedy(problem, greedyState);
        expect(state.value()).toBeGreaterThanOrEqual(greedyState.value() - 1e-12);
        expect(exact.chosen.length).toBeLessThanOrEqual(problem.maxChosen);
        const perPartner = new Map<string, number>();
        for (const index of exact.chosen) {
          const partnerId = problem.candidates[index]?.partnerId ?? '';
          perPartner.set(partnerId, (perPartner.get(partnerId) ?? 0) + 1);
        }
        for (const count of perPartner.values()) {
          expect(count).toBeLessThanOrEqual(problem.maxPerPartner);
        }
        const sum = exact.gains.reduce((total, gain) => total + gain, 0);
        expect(Math.abs(sum - state.value())).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('measures lazy greedy: 1,000 proposals, maxProposals 50', () => {
    // Few partners, so that the cells are far from saturated: with k = 20 each cell can
    // take 20 partners, and 50 proposals all add something (with k = 3, 8 fill everything).
    const big = parseNetwork(
      generateNetwork({ partners: 40, agreementsPerPartner: 0.5, proposals: 1000, seed: 7 }),
    );
    expect(big.proposals).toHaveLength(1000);
    const saturation = 20;
    const started = performance.now();
    const selection = selectProposals(big, { maxProposals: 50, saturation });
    const elapsed = performance.now() - started;
    expect(selection.chosen).toHaveLength(50);
    expect(selection.chosen.length + selection.leftOut.length).toBe(1000);

    // The same problem for the two solvers, every proposal a candidate: count evaluations.
    const covering = coverageMatrix(big).map((entry) => new Set(entry.partners));
    const problem: SelectionProblem = {
      weights: CELLS.map(() => 1),
      saturation,
      start: covering.map((partners) => partners.size),
      candidates: [...(big.proposals ?? [])]
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .map((entry) => {
          const partnerId = typeof entry.partner === 'string' ? entry.partner : entry.partner.id;
          return {
            id: entry.id,
            partnerId,
            cells: CELLS.flatMap((cell, index) =>
              entry.scope.includes(cell) && covering[index]?.has(partnerId) !== true ? [index] : [],
            ),
          };
        }),
      maxChosen: 50,
      maxPerPartner: Infinity,
    };
    const lazy = lazyGreedy(problem, new SelectionState(problem));
    const plain = plainGreedy(problem, new SelectionState(problem));
    expect(lazy.chosen).toEqual(plain.chosen);
    expect(lazy.evaluations).toBeLessThan(plain.evaluations / 5);
    console.info(
      `selectProposals, 1,000 proposals, maxProposals 50: ${elapsed.toFixed(0)} ms; ` +
        `evaluations: lazy ${lazy.evaluations}, plain ${plain.evaluations} ` +
        `(${(plain.evaluations / lazy.evaluations).toFixed(1)}× fewer), ${lazy.chosen.length} chosen`,
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELLS, type CellCode } from '../../src/catalog/index.js';
import { parseNetwork, type Network } from '../../src/schemas/index.js';
import {
  coverageMatrix,
  findGaps,
  fitScore,
  mobilityBalance,
  pairSynergy,
  rankPartners,
  suggestCollaborations,
  suggestConsortium,
} from '../../src/synergy/index.js';
import { generateNetwork } from '../../src/testing/index.js';

const ON = '2017-06-30';

/** A generated network of a few partners, parsed. */
const networks = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    partners: fc.integer({ min: 2, max: 40 }),
  })
  .map(({ seed, partners }) => parseNetwork(generateNetwork({ seed, partners })));

const cellLists = fc.uniqueArray(fc.constantFrom(...CELLS), { minLength: 1, maxLength: 20 });

/** The same network with its partners, agreements and scopes in another order. */
function shuffled(network: Network, seed: number): Network {
  const order = <T>(items: readonly T[]): T[] =>
    items
      .map((item, index) => ({ item, key: (Math.imul(index + 1, 2654435761) ^ seed) >>> 0 }))
      .sort((a, b) => a.key - b.key)
      .map(({ item }) => item);
  return {
    ...network,
    partners: order(network.partners).map((partner) => ({
      ...partner,
      ...(partner.offers ? { offers: order(partner.offers) } : {}),
    })),
    agreements: order(network.agreements).map((agreement) => ({
      ...agreement,
      scope: order(agreement.scope),
      partnerIds: order(agreement.partnerIds),
    })),
  };
}

describe('synergy laws', () => {
  it('scores lie in [0, 1]', () => {
    fc.assert(
      fc.property(networks, cellLists, (network, cells) => {
        for (const proposal of network.proposals ?? []) {
          const fit = fitScore(proposal, network, { on: ON });
          for (const value of [fit.score, ...Object.values(fit.components)]) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(1);
          }
        }
        for (const ranked of rankPartners(network, { cells }, { on: ON })) {
          expect(ranked.score).toBeGreaterThan(0);
          expect(ranked.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('pairSynergy is symmetric', () => {
    fc.assert(
      fc.property(networks, fc.nat(), fc.nat(), (network, i, j) => {
        const a = network.partners[i % network.partners.length]!.id;
        const b = network.partners[j % network.partners.length]!.id;
        expect(pairSynergy(network, a, b, { on: ON })).toEqual(
          pairSynergy(network, b, a, { on: ON }),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('results do not depend on the order of partners, agreements or cells', () => {
    fc.assert(
      fc.property(networks, fc.integer(), cellLists, (network, seed, cells) => {
        const other = shuffled(network, seed);
        const reversedCells = [...cells].reverse();
        expect(coverageMatrix(other, { on: ON })).toEqual(coverageMatrix(network, { on: ON }));
        expect(rankPartners(other, { cells: reversedCells }, { on: ON })).toEqual(
          rankPartners(network, { cells }, { on: ON }),
        );
        expect(suggestCollaborations(other, { on: ON, limit: 5 })).toEqual(
          suggestCollaborations(network, { on: ON, limit: 5 }),
        );
        expect(suggestConsortium(other, reversedCells, { on: ON })).toEqual(
          suggestConsortium(network, cells, { on: ON }),
        );
        expect(mobilityBalance(other, { on: ON })).toEqual(mobilityBalance(network, { on: ON }));
        for (const proposal of network.proposals ?? []) {
          const reordered = { ...proposal, scope: [...proposal.scope].reverse() };
          expect(fitScore(reordered, other, { on: ON })).toEqual(
            fitScore(proposal, network, { on: ON }),
          );
        }
      }),
      { numRuns: 40 },
    );
  });

  it('a proposal whose scope is all gaps has gapFilling 1', () => {
    fc.assert(
      fc.property(networks, (network) => {
        const gaps = findGaps(network, { on: ON });
        const proposal = network.proposals?.[0];
        if (proposal === undefined || gaps.length === 0) return;
        expect(
          fitScore({ ...proposal, scope: gaps }, network, { on: ON }).components.gapFilling,
        ).toBe(1);
      }),
      { numRuns: 40 },
    );
  });

  it('raising a cell’s coverage never raises gapFilling', () => {
    fc.assert(
      fc.property(networks, fc.constantFrom(...CELLS), (network, cell) => {
        const proposal = network.proposals?.[0];
        const partner = network.partners[0];
        if (proposal === undefined || partner === undefined) return;
        const before = fitScore(proposal, network, { on: ON }).components.gapFilling;
        const more: Network = {
          ...network,
          agreements: [
            ...network.agreements,
            {
              ...network.agreements[0]!,
              id: 'extra-agreement' as never,
              partnerIds: [partner.id],
              scope: [cell],
              commitments: [],
              startsOn: '2017-01-01',
              endsOn: '2018-12-31',
            },
          ],
        };
        expect(fitScore(proposal, more, { on: ON }).components.gapFilling).toBeLessThanOrEqual(
          before,
        );
      }),
      { numRuns: 60 },
    );
  });

  it('the consortium covers every needed cell some partner can, and respects maxPartners', () => {
    fc.assert(
      fc.property(
        networks,
        cellLists,
        fc.integer({ min: 0, max: 4 }),
        (network, cells, maxPartners) => {
          const reachable = new Set(
            rankPartners(network, { cells }, { on: ON }).flatMap((entry) => entry.matched.cells),
          );
          const full = suggestConsortium(network, cells, { on: ON });
          expect(full.covered).toEqual(CELLS.filter((cell) => reachable.has(cell)));
          expect([...full.covered, ...full.uncovered].sort()).toEqual([...cells].sort());
          const bounded = suggestConsortium(network, cells, { on: ON, maxPartners });
          expect(bounded.partners.length).toBeLessThanOrEqual(maxPartners);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('suggestCollaborations with a limit is the prefix of the full list', () => {
    fc.assert(
      fc.property(
        networks,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 4 }),
        (network, limit, minShared) => {
          const all = suggestCollaborations(network, { on: ON, minShared });
          expect(suggestCollaborations(network, { on: ON, minShared, limit })).toEqual(
            all.slice(0, limit),
          );
          for (const { partners, shared } of all) {
            expect(partners[0] < partners[1]).toBe(true);
            expect(shared.length).toBeGreaterThanOrEqual(minShared);
            expect(shared).toEqual(
              pairSynergy(network, partners[0], partners[1], { on: ON }).shared,
            );
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('functions do not mutate their inputs', () => {
    fc.assert(
      fc.property(networks, cellLists, (network, cells: CellCode[]) => {
        const snapshot = structuredClone(network);
        const cellsBefore = [...cells];
        coverageMatrix(network, { on: ON });
        rankPartners(network, { cells }, { on: ON });
        suggestCollaborations(network, { on: ON, limit: 3 });
        suggestConsortium(network, cells, { on: ON });
        for (const proposal of network.proposals ?? []) fitScore(proposal, network, { on: ON });
        expect(network).toEqual(snapshot);
        expect(cells).toEqual(cellsBefore);
      }),
      { numRuns: 20 },
    );
  });
});

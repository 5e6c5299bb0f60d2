import fc from 'fast-check';
import { deepFreeze } from '../../src/core/_freeze.js';
import type { Network } from '../../src/schemas/index.js';
import { buildNetwork } from '../synergy/_build.js';

// Small networks for the tests of projectNetwork, compareCoverage and selectProposals:
// every partner is a university in France with a health field and a focal point, so that
// its proposals are eligible on the networks' `asOf` (2016-06-30) unless a test says
// otherwise; every proposal runs from 2016-01-01 to 2018-12-31 (in force on `asOf`).

/** A proposal of a partner of the network (an id) or of a new institution (an object). */
export function proposal(
  id: string,
  partner: string | Record<string, unknown>,
  scope: string[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id,
    partner,
    submittedOn: '2016-01-15',
    period: { start: '2016-01-01', end: '2018-12-31' },
    scope,
    commitments: [],
    ...extra,
  };
}

/** An inline partner: a new institution. */
export function newPartner(id: string, country = 'JP'): Record<string, unknown> {
  return {
    id,
    name: `Example Institution ${id}`,
    type: 'university',
    country,
    fields: ['0912'],
    languages: ['en'],
    contacts: [{ name: 'Example Contact', email: `contact@${id}.example.org`, focalPoint: true }],
  };
}

/** A parsed, deeply frozen network: a test that the library mutates nothing. */
export function smallNetwork(spec: {
  partners: string[];
  agreements?: { id: string; partners: string[]; scope: string[] }[];
  proposals: Record<string, unknown>[];
}): Network {
  return deepFreeze(
    buildNetwork({
      partners: spec.partners.map((id) => ({ id, fields: ['0912'] })),
      agreements: spec.agreements ?? [],
      proposals: spec.proposals,
    }),
  );
}

/** Fisher–Yates with a seeded generator (mulberry32): the same seed, the same order. */
export function shuffled<T>(values: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const copy = [...values];
  for (let at = copy.length - 1; at > 0; at -= 1) {
    const other = Math.floor(random() * (at + 1));
    [copy[at], copy[other]] = [copy[other] as T, copy[at] as T];
  }
  return copy;
}

/** The cells random instances draw from: few, so that scopes overlap often. */
export const SOME_CELLS = ['A1', 'A2', 'B1', 'B2', 'C5', 'D3'] as const;

/**
 * Random small networks: 5 partners, up to 6 agreements and up to `maxProposals` proposals
 * (some from new institutions), scopes drawn from {@link SOME_CELLS}; every proposal is
 * eligible and in force on the networks' `asOf`.
 */
export function arbitraryNetwork(maxProposals = 8): fc.Arbitrary<Network> {
  const scope = fc.subarray([...SOME_CELLS], { minLength: 1 });
  const partner = fc.integer({ min: 1, max: 5 });
  return fc
    .record({
      agreements: fc.array(fc.record({ partner, scope }), { maxLength: 6 }),
      proposals: fc.array(fc.record({ partner: fc.oneof(partner, fc.constant(0)), scope }), {
        maxLength: maxProposals,
      }),
    })
    .map(({ agreements, proposals }) =>
      smallNetwork({
        partners: ['p1', 'p2', 'p3', 'p4', 'p5'],
        agreements: agreements.map((agreement, index) => ({
          id: `a${index + 1}`,
          partners: [`p${agreement.partner}`],
          scope: agreement.scope,
        })),
        proposals: proposals.map((entry, index) =>
          proposal(
            `x${String(index + 1).padStart(2, '0')}`,
            entry.partner === 0 ? newPartner(`new-${index + 1}`) : `p${entry.partner}`,
            entry.scope,
          ),
        ),
      }),
    );
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/core/_freeze.js';
import { evaluateEligibilityBatch } from '../../src/eligibility/index.js';
import { formatMessage } from '../../src/messages/index.js';
import { compareCoverage, projectNetwork } from '../../src/planning/index.js';
import { safeParseNetwork } from '../../src/schemas/index.js';
import { coverageMatrix } from '../../src/synergy/index.js';
import { caught, expectLibraryError } from '../policy/_errors.js';
import { exampleNetwork } from '../synergy/_build.js';
import { newPartner, proposal, smallNetwork } from './_selectBuild.js';

const example = deepFreeze(exampleNetwork());

describe('projectNetwork', () => {
  it('turns a proposal into an agreement on its period, scope, commitments and funding', () => {
    const network = smallNetwork({
      partners: ['p1'],
      proposals: [
        proposal('x1', 'p1', ['C5', 'B2'], {
          commitments: [
            {
              kind: 'joint-programme',
              area: 'C',
              activity: 5,
              programme: 'joint-course',
              title: 'Example course',
            },
          ],
          funding: { source: 'Example Fund', amount: 1000, currency: 'EUR' },
        }),
      ],
    });
    const projected = projectNetwork(network, ['x1']);
    expect(projected.agreements).toEqual([
      {
        id: 'x1',
        title: 'Projected from proposal x1',
        instrument: 'mou',
        partnerIds: ['p1'],
        startsOn: '2016-01-01',
        endsOn: '2018-12-31',
        scope: ['C5', 'B2'],
        commitments: [
          {
            kind: 'joint-programme',
            area: 'C',
            activity: 5,
            programme: 'joint-course',
            title: 'Example course',
          },
        ],
        funding: { source: 'Example Fund', amount: 1000, currency: 'EUR' },
      },
    ]);
    expect(projected.proposals).toEqual([]);
    expect(safeParseNetwork(projected).success).toBe(true);
    // Fresh records: the projection shares no commitment or funding with the proposal.
    expect(projected.agreements[0]?.commitments).not.toBe(network.proposals?.[0]?.commitments);
  });

  it('projects the example network’s proposals and keeps the rest', () => {
    const projected = projectNetwork(example, ['eoi-yangon-2017', 'eoi-heidelberg-2017']);
    expect(safeParseNetwork(projected).success).toBe(true);
    expect(projected.agreements.length).toBe(example.agreements.length + 2);
    // Taken in ascending id order, after the network's own agreements.
    expect(projected.agreements.slice(-2).map((agreement) => agreement.id)).toEqual([
      'eoi-heidelberg-2017',
      'eoi-yangon-2017',
    ]);
    // Yangon carries its partner inline: it joins the partners.
    expect(projected.partners.map((partner) => partner.id)).toContain('example-univ-yangon');
    expect(projected.partners.length).toBe(example.partners.length + 1);
    expect(projected.proposals?.map((entry) => entry.id)).toEqual(
      example.proposals
        ?.map((entry) => entry.id)
        .filter((id) => id !== 'eoi-yangon-2017' && id !== 'eoi-heidelberg-2017'),
    );
    expect(projected.asOf).toBe(example.asOf);
    expect(projected.plan).toEqual(example.plan);
  });

  it('with no proposals is the identity (a deep-equal value)', () => {
    expect(projectNetwork(example, [])).toStrictEqual(example);
    const { proposals: _proposals, ...rest } = example;
    const withoutProposals = deepFreeze(rest);
    expect(projectNetwork(withoutProposals, [])).toStrictEqual(withoutProposals);
  });

  it('takes a free id when an agreement has the proposal’s: id-2, id-3 …, within 64 characters', () => {
    const long = `x${'0'.repeat(63)}`;
    const network = smallNetwork({
      partners: ['p1', 'p2'],
      agreements: [
        { id: 'x1', partners: ['p1'], scope: ['A1'] },
        { id: 'x1-2', partners: ['p1'], scope: ['A2'] },
        { id: long, partners: ['p2'], scope: ['A3'] },
      ],
      proposals: [proposal('x1', 'p2', ['B1']), proposal(long, 'p1', ['B2'])],
    });
    const projected = projectNetwork(network, [long, 'x1']);
    const ids = projected.agreements.slice(3).map((agreement) => agreement.id);
    // In ascending proposal id order: 'x000…' before 'x1'.
    expect(ids).toEqual([`${long.slice(0, 62)}-2`, 'x1-3']);
    expect(ids[0]).toHaveLength(64);
    expect(safeParseNetwork(projected).success).toBe(true);
  });

  it('adds an inline partner once, and not when the network has its id already', () => {
    const network = smallNetwork({
      partners: ['p1'],
      proposals: [
        proposal('x1', newPartner('new-1'), ['B1']),
        proposal('x2', newPartner('new-1'), ['B2'], {
          period: { start: '2019-01-01', end: '2020-12-31' },
        }),
      ],
    });
    const projected = projectNetwork(network, ['x1', 'x2'], { includeIneligible: true });
    expect(projected.partners.map((partner) => partner.id)).toEqual(['p1', 'new-1']);
    expect(projected.agreements.map((agreement) => agreement.partnerIds)).toEqual([
      ['new-1'],
      ['new-1'],
    ]);
    expect(safeParseNetwork(projected).success).toBe(true);
  });

  it('does not depend on the order of the ids', () => {
    const ids = ['eoi-yangon-2017', 'eoi-heidelberg-2017', 'eoi-lyon-2017'];
    expect(projectNetwork(example, [...ids].reverse())).toStrictEqual(projectNetwork(example, ids));
  });

  it('refuses proposals that are not eligible, naming all of them, unless includeIneligible', () => {
    // Osaka and Montreal are conditional on 2017-06-30, Seoul ineligible (outside the plan).
    const error = expectLibraryError(
      () => projectNetwork(example, ['eoi-osaka-2017', 'eoi-lyon-2017', 'eoi-montreal-2017']),
      RangeError,
      "projectNetwork: proposals 'eoi-montreal-2017' and 'eoi-osaka-2017' are not eligible on 2017-06-30; pass includeIneligible: true to project them anyway",
      'planning.ineligible_proposals',
    );
    expect(error.params).toEqual({
      caller: 'projectNetwork',
      proposalIds: ['eoi-montreal-2017', 'eoi-osaka-2017'],
      on: '2017-06-30',
    });
    expect(formatMessage(error.code, error.params, { locale: 'fr' })).toBe(
      "projectNetwork\u00a0: les propositions 'eoi-montreal-2017' et 'eoi-osaka-2017' ne sont pas éligibles le 2017-06-30\u00a0; indiquez includeIneligible: true pour les projeter malgré tout",
    );
    const projected = projectNetwork(example, ['eoi-osaka-2017', 'eoi-seoul-2017'], {
      includeIneligible: true,
    });
    expect(safeParseNetwork(projected).success).toBe(true);
    expect(projected.agreements.slice(-2).map((agreement) => agreement.id)).toEqual([
      'eoi-osaka-2017',
      'eoi-seoul-2017',
    ]);
  });

  it('names every ineligible proposal, also one no agreement could hold', () => {
    // Phnom Penh's proposal is ineligible and, from the home country, cannot be projected;
    // the eligibility error comes first, so that it names both.
    const error = expectLibraryError(
      () => projectNetwork(example, ['eoi-seoul-2017', 'eoi-phnom-penh-2017']),
      RangeError,
      "projectNetwork: proposals 'eoi-phnom-penh-2017' and 'eoi-seoul-2017' are not eligible on 2017-06-30; pass includeIneligible: true to project them anyway",
      'planning.ineligible_proposals',
    );
    expect(error.params).toMatchObject({ proposalIds: ['eoi-phnom-penh-2017', 'eoi-seoul-2017'] });
  });

  it('judges eligibility on `on`', () => {
    // Seoul's proposal starts in 2019, outside the plan 2014–2018, whatever the day; Lyon's
    // is eligible on the network's asOf.
    expect(() => projectNetwork(example, ['eoi-lyon-2017'], { on: '2017-06-30' })).not.toThrow();
    const network = smallNetwork({
      partners: ['p1'],
      agreements: [{ id: 'a1', partners: ['p1'], scope: ['A1'] }],
      proposals: [proposal('x1', 'p1', ['A1'])],
    });
    expect(() => projectNetwork(network, ['x1'], { on: '2016-06-30' })).not.toThrow();
    // A plan that ends before the proposal starts makes it ineligible (plan-period rule).
    expectLibraryError(
      () =>
        projectNetwork(network, ['x1'], { planPeriod: { start: '2010-01-01', end: '2012-12-31' } }),
      RangeError,
      "projectNetwork: proposal 'x1' is not eligible on 2016-06-30; pass includeIneligible: true to project it anyway",
      'planning.ineligible_proposals',
    );
  });

  it('refuses, even with includeIneligible, proposals no valid agreement can hold', () => {
    // Geneva's scope is empty; the Phnom Penh clinic is in Cambodia, the home country.
    const error = expectLibraryError(
      () =>
        projectNetwork(example, ['eoi-phnom-penh-2017', 'eoi-geneva-2017', 'eoi-lyon-2017'], {
          includeIneligible: true,
        }),
      RangeError,
      "projectNetwork: proposals 'eoi-geneva-2017' and 'eoi-phnom-penh-2017' cannot become agreements: an agreement needs at least one cell in its scope, every commitment within its scope and a partner outside the home country",
      'planning.unprojectable_proposals',
    );
    expect(error.params).toEqual({
      caller: 'projectNetwork',
      proposalIds: ['eoi-geneva-2017', 'eoi-phnom-penh-2017'],
    });
    const network = smallNetwork({
      partners: ['p1'],
      proposals: [
        proposal('x1', 'p1', ['A1'], {
          commitments: [
            {
              kind: 'joint-programme',
              area: 'C',
              activity: 5,
              programme: 'joint-course',
              title: 'Example course',
            },
          ],
        }),
      ],
    });
    expectLibraryError(
      () => projectNetwork(network, ['x1'], { includeIneligible: true }),
      RangeError,
      "projectNetwork: proposal 'x1' cannot become an agreement: an agreement needs at least one cell in its scope, every commitment within its scope and a partner outside the home country",
      'planning.unprojectable_proposals',
    );
  });

  it('refuses unknown and repeated ids, and values of the wrong type', () => {
    const unknown = expectLibraryError(
      () => projectNetwork(example, ['eoi-lyon-2017', 'no-such-b', 'no-such-a']),
      RangeError,
      "projectNetwork: proposalIds names proposals the network does not have: 'no-such-a' and 'no-such-b'",
      'planning.unknown_proposals',
    );
    expect(unknown.params).toEqual({
      caller: 'projectNetwork',
      option: 'proposalIds',
      proposalIds: ['no-such-a', 'no-such-b'],
    });
    expect(formatMessage(unknown.code, unknown.params, { locale: 'fr' })).toBe(
      "projectNetwork\u00a0: proposalIds désigne des propositions absentes du réseau\u00a0: 'no-such-a' et 'no-such-b'",
    );
    expectLibraryError(
      () => projectNetwork(example, ['eoi-lyon-2017', 'eoi-lyon-2017']),
      RangeError,
      "projectNetwork: proposalIds names the same proposal more than once: 'eoi-lyon-2017'",
      'planning.duplicate_proposals',
    );
    expectLibraryError(
      () => projectNetwork(example, 'eoi-lyon-2017' as unknown as string[]),
      TypeError,
      "projectNetwork: proposalIds must be a list of proposal ids, received 'eoi-lyon-2017'",
      'planning.not_a_list',
    );
    expectLibraryError(
      () => projectNetwork(example, [7] as unknown as string[]),
      TypeError,
      'projectNetwork: proposalIds must be a list of proposal ids, received an array',
      'planning.not_a_list',
    );
    const notBoolean = expectLibraryError(
      () => projectNetwork(example, [], { includeIneligible: 'yes' as unknown as boolean }),
      TypeError,
      "projectNetwork: includeIneligible must be true or false, received 'yes'",
      'planning.not_a_boolean',
    );
    expect(formatMessage(notBoolean.code, notBoolean.params, { locale: 'fr' })).toBe(
      "projectNetwork\u00a0: includeIneligible doit valoir true ou false, valeur reçue 'yes'",
    );
    expect(caught(() => projectNetwork(example, [], { on: '2017-02-29' }))).toBeInstanceOf(
      RangeError,
    );
  });

  it('properties: any set of eligible proposals gives a valid network that loses no coverage', () => {
    const on = '2017-06-30';
    const eligible = evaluateEligibilityBatch(example.proposals ?? [], { network: example, on })
      .filter((report) => report.decision === 'eligible')
      .map((report) => report.proposalId);
    fc.assert(
      fc.property(fc.subarray(eligible), fc.integer({ min: 0, max: 3 }), (ids, year) => {
        const projected = projectNetwork(example, ids);
        expect(safeParseNetwork(projected).success).toBe(true);
        expect(projected.agreements.length).toBe(example.agreements.length + ids.length);
        // On any day, and in particular where the proposals are in force, nothing is lost.
        const day = `${2017 + year}-09-01`;
        const comparison = compareCoverage(example, projected, { on: day });
        expect(comparison.lost).toEqual([]);
        expect(comparison.gapScoreChange).toBeLessThanOrEqual(0);
        const before = coverageMatrix(example, { on: day });
        coverageMatrix(projected, { on: day }).forEach((entry, index) => {
          expect(entry.count).toBeGreaterThanOrEqual(before[index]?.count ?? 0);
        });
      }),
      { numRuns: 40 },
    );
    expect(on).toBe(example.asOf);
  });
});

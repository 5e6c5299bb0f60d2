import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreementStatus } from '../../src/dates/index.js';
import { evaluateEligibilityBatch } from '../../src/eligibility/index.js';
import { buildNetworkReport } from '../../src/reports/index.js';
import { parseNetwork } from '../../src/schemas/index.js';
import {
  coverageMatrix,
  findGaps,
  findSaturated,
  mobilityBalance,
} from '../../src/synergy/index.js';
import { generateNetwork } from '../../src/testing/index.js';
import { buildNetwork, exampleNetwork } from '../synergy/_build.js';

describe('buildNetworkReport', () => {
  const network = exampleNetwork();

  // Each test builds its report itself: a report built once at the top of the file would
  // escape the mutation run, which runs only the tests that execute the mutated code.
  it('describes the example network on its reference date', () => {
    const report = buildNetworkReport(network);
    expect(report.on).toBe('2017-06-30');
    expect(report.totals).toEqual({ partners: 14, agreements: 12, proposals: 13 });
    expect(report.agreementsByStatus).toEqual({
      upcoming: 1,
      active: 4,
      expiring: 2,
      expired: 3,
      terminated: 1,
      suspended: 1,
    });
    expect(report.parameters).toEqual({ expiringWithinDays: 180, saturation: 3 });
    expect(report.expiring).toEqual([
      {
        agreementId: 'exchange-osaka-2015',
        title: 'Staff exchange with the Example Institute of Public Health of Osaka',
        endsOn: '2017-10-31',
        daysLeft: 123,
        partners: [
          {
            partnerId: 'example-inst-osaka',
            name: 'Example Institute of Public Health of Osaka (fictional)',
          },
        ],
      },
      {
        agreementId: 'exchange-hanoi-2014',
        title: 'Clinical exchange with the Example Teaching Hospital of Hanoi',
        endsOn: '2017-12-15',
        daysLeft: 168,
        partners: [
          {
            partnerId: 'example-hospital-hanoi',
            name: 'Example Teaching Hospital of Hanoi (fictional)',
          },
        ],
      },
    ]);
    expect(report.sharedNames).toEqual([]);
    expect(report.gaps).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'B1', 'C1']);
    expect(report.saturated).toEqual([]);
    expect(report.partnersByRegion).toEqual({
      americas: 2,
      asean: 5,
      'asia-pacific': 3,
      europe: 4,
    });
    expect(report.partnersByType).toEqual({
      foundation: 1,
      ngo: 1,
      'public-health-agency': 1,
      'research-institute': 1,
      'teaching-hospital': 1,
      university: 9,
    });
    expect(Object.keys(report.partnersByCountry)).toHaveLength(14);
    // In force: lyon (B2, B4, C5: 2, 3, 4), osaka (C2, C3: 2, 3), asean (B3, D1, D2: 2, 4),
    // hanoi (B5, C4: 3, 4), vientiane 2015 (D3, D5: 2, 3), manila (D4: 4).
    expect(report.strategies).toEqual({ '1': 0, '2': 4, '3': 4, '4': 4 });
  });

  it('lists every decision and intent of the example', () => {
    const report = buildNetworkReport(network);
    expect(
      report.eligibility.map((line) => [line.proposalId, line.decision, line.tier, line.intent]),
    ).toEqual([
      ['eoi-lyon-2017', 'eligible', 'key', 'strengthen'],
      ['eoi-osaka-2017', 'conditional', 'key', 'renew'],
      ['eoi-heidelberg-2017', 'eligible', 'key', 'renew'],
      ['eoi-yangon-2017', 'eligible', 'key', 'build'],
      ['eoi-montreal-2017', 'conditional', 'associate', 'build'],
      ['eoi-phnom-penh-2017', 'ineligible', null, 'build'],
      ['eoi-seoul-2017', 'ineligible', null, 'strengthen'],
      ['eoi-geneva-2017', 'ineligible', null, 'build'],
      ['eoi-hanoi-2017', 'eligible', 'key', 'renew'],
      ['eoi-leuven-2017', 'eligible', 'key', 'renew'],
      ['eoi-manila-2017', 'eligible', 'associate', 'strengthen'],
      ['eoi-manila-2018', 'eligible', 'associate', 'strengthen'],
      ['eoi-boston-2017', 'eligible', 'key', 'renew'],
    ]);
  });

  it('writes its counts and lists in a stable order, so that its JSON is reproducible', () => {
    const report = buildNetworkReport(network);
    for (const counts of [
      report.partnersByType,
      report.partnersByCountry,
      report.partnersByRegion,
    ]) {
      const keys = Object.keys(counts);
      expect(keys).toEqual([...keys].sort());
    }
    // The same network with its partners and agreements reversed gives the same JSON.
    const reversed = {
      ...network,
      partners: [...network.partners].reverse(),
      agreements: [...network.agreements].reverse(),
    };
    expect(JSON.stringify(buildNetworkReport(reversed))).toBe(JSON.stringify(report));
  });

  it('agrees with the modules it is built from, and is plain JSON', () => {
    const on = '2018-03-01';
    const later = buildNetworkReport(network, { on, saturation: 2 });
    expect(later.coverage).toEqual(coverageMatrix(network, { on }));
    expect(later.gaps).toEqual(findGaps(network, { on }));
    expect(later.saturated).toEqual(findSaturated(network, { on, saturation: 2 }));
    const expiringIds = later.expiring.map((agreement) => agreement.agreementId);
    for (const agreement of network.agreements) {
      expect(expiringIds.includes(agreement.id)).toBe(
        agreementStatus(agreement, { on }) === 'expiring',
      );
    }
    const balance = mobilityBalance(network, { on });
    expect(later.mobility.total).toEqual(balance.total);
    expect(later.mobility.partners).toEqual(
      balance.partners.map((flow) => ({
        ...flow,
        name: network.partners.find((partner) => partner.id === flow.partnerId)?.name,
      })),
    );
    expect(
      later.eligibility.map(({ proposalId, partnerId, decision, tier, intent, reasons }) => ({
        proposalId,
        partnerId,
        decision,
        tier,
        intent,
        reasons,
      })),
    ).toEqual(
      evaluateEligibilityBatch(network.proposals ?? [], { network, on }).map(
        ({ proposalId, partnerId, decision, tier, intent, results }) => ({
          proposalId,
          partnerId,
          decision,
          tier,
          intent,
          reasons: results
            .filter((result) => result.outcome === 'fail')
            .map((result) => result.message),
        }),
      ),
    );
    expect(JSON.parse(JSON.stringify(later))).toEqual(later);
  });

  it('names the partner of every decision, and gives the reasons of those not eligible', () => {
    const report = buildNetworkReport(network);
    const byId = new Map<string, (typeof report.eligibility)[number]>(
      report.eligibility.map((line) => [line.proposalId, line]),
    );
    // A partner of the network, and one carried inline by its proposal.
    expect(byId.get('eoi-osaka-2017')?.partnerName).toBe(
      'Example Institute of Public Health of Osaka (fictional)',
    );
    expect(byId.get('eoi-yangon-2017')?.partnerName).toBe(
      'Example University of Medicine of Yangon (fictional)',
    );
    expect(byId.get('eoi-phnom-penh-2017')?.partnerName).toBe(
      'Example Clinic of Phnom Penh (fictional)',
    );
    for (const line of report.eligibility) {
      if (line.decision === 'eligible') expect(line.reasons, line.proposalId).toEqual([]);
      else expect(line.reasons.length, line.proposalId).toBeGreaterThan(0);
    }
    expect(byId.get('eoi-osaka-2017')?.reasons).toEqual([
      expect.stringContaining('Distance courses must teach in English (en) or French (fr)'),
    ]);
    expect(byId.get('eoi-montreal-2017')?.reasons).toEqual([
      expect.stringContaining('focal point'),
    ]);
    // Two failing rules, in the order the rules run; the warning and the not-applicable
    // results are not reasons.
    const geneva = evaluateEligibilityBatch(network.proposals ?? [], { network }).find(
      (line) => line.proposalId === 'eoi-geneva-2017',
    );
    expect(
      geneva?.results.filter((result) => result.outcome === 'fail').map((r) => r.rule),
    ).toEqual(['scope', 'strategy-alignment']);
    expect(byId.get('eoi-geneva-2017')?.reasons).toEqual(
      geneva?.results.filter((result) => result.outcome === 'fail').map((r) => r.message),
    );
  });

  it('lists expiring agreements soonest first, with their title, partners and end date', () => {
    const small = buildNetwork({
      asOf: '2016-02-28',
      partners: [
        { id: 'beta', name: 'Example Beta Institute (fictional)' },
        { id: 'alpha', name: 'Example Alpha University (fictional)' },
        { id: 'gamma', name: 'Example Gamma Hospital (fictional)' },
      ],
      agreements: [
        // Ids in the opposite order of the end dates; two end on the same day.
        { id: 'a-late', partners: ['gamma'], scope: ['C5'], endsOn: '2016-08-01' },
        { id: 'b-same-day', partners: ['beta'], scope: ['C5'], endsOn: '2016-03-01' },
        { id: 'a-same-day', partners: ['gamma', 'alpha'], scope: ['B2'], endsOn: '2016-03-01' },
        { id: 'z-today', partners: ['beta'], scope: ['D1'], endsOn: '2016-02-28' },
        { id: 'm-active', partners: ['alpha'], scope: ['A1'], endsOn: '2020-12-31' },
      ],
    });
    const report = buildNetworkReport(small);
    expect(
      report.expiring.map((agreement) => [
        agreement.agreementId,
        agreement.endsOn,
        agreement.daysLeft,
      ]),
    ).toEqual([
      ['z-today', '2016-02-28', 0],
      ['a-same-day', '2016-03-01', 2], // across 29 February 2016
      ['b-same-day', '2016-03-01', 2],
      ['a-late', '2016-08-01', 155],
    ]);
    expect(report.expiring[1]).toEqual({
      agreementId: 'a-same-day',
      title: 'Agreement a-same-day',
      endsOn: '2016-03-01',
      daysLeft: 2,
      partners: [
        { partnerId: 'alpha', name: 'Example Alpha University (fictional)' },
        { partnerId: 'gamma', name: 'Example Gamma Hospital (fictional)' },
      ],
    });
    // A shorter window keeps only the agreements ending within it.
    expect(
      buildNetworkReport(small, { expiringWithinDays: 1 }).expiring.map((a) => a.agreementId),
    ).toEqual(['z-today']);
    expect(buildNetworkReport(small, { expiringWithinDays: 1 }).parameters).toEqual({
      expiringWithinDays: 1,
      saturation: 3,
    });
  });

  it('names the partners of the mobility balance', () => {
    const report = buildNetworkReport(network);
    expect(report.mobility.partners.map((flow) => [flow.partnerId, flow.name])).toEqual([
      ['example-inst-osaka', 'Example Institute of Public Health of Osaka (fictional)'],
      ['example-univ-bangkok', 'Example University of Bangkok (fictional)'],
      ['example-univ-lyon', 'Example University of Lyon (fictional)'],
      ['example-univ-singapore', 'Example University of Singapore (fictional)'],
    ]);
  });

  it('lists the names that two partners share, whatever their case and spacing', () => {
    const twins = buildNetwork({
      partners: [
        { id: 'heart-paris', name: 'Example Heart Institute (fictional)' },
        { id: 'heart-lyon', name: 'Example  heart institute (fictional)' },
        { id: 'unique', name: 'Example Unique College (fictional)' },
      ],
      proposals: [
        {
          id: 'eoi-inline',
          partner: {
            id: 'unique-too',
            name: 'Example Unique College (fictional)',
            type: 'university',
            country: 'BE',
            fields: ['0912'],
            languages: ['fr'],
            contacts: [{ name: 'Example Contact', email: 'contact@unique.example.org' }],
          },
          submittedOn: '2016-05-01',
          period: { start: '2016-09-01', end: '2018-08-31' },
          scope: ['C5'],
          commitments: [],
        },
      ],
    });
    expect(buildNetworkReport(twins).sharedNames).toEqual([
      'Example  heart institute (fictional)',
      'Example Heart Institute (fictional)',
      'Example Unique College (fictional)',
    ]);
    // The same partner named twice (a network partner and a proposal naming it) is no pair.
    expect(buildNetworkReport(network).sharedNames).toEqual([]);
  });

  it('groups partners by their region on the day of the report (ASEAN membership by date)', () => {
    // Timor-Leste joined ASEAN on 2025-10-26 (SPEC §4.5): before, it is in asia-pacific.
    const withTimor = buildNetwork({
      partners: [
        { id: 'dili', country: 'TL' },
        { id: 'hanoi', country: 'VN' },
      ],
      asOf: '2017-06-30',
    });
    expect(buildNetworkReport(withTimor).partnersByRegion).toEqual({
      asean: 1,
      'asia-pacific': 1,
    });
    expect(buildNetworkReport(withTimor, { on: '2025-10-25' }).partnersByRegion).toEqual({
      asean: 1,
      'asia-pacific': 1,
    });
    expect(buildNetworkReport(withTimor, { on: '2025-10-26' }).partnersByRegion).toEqual({
      asean: 2,
    });
  });

  it('reports a network without proposals', () => {
    const { proposals: _none, ...withoutProposals } = network;
    const report = buildNetworkReport(withoutProposals);
    expect(report.totals).toEqual({ partners: 14, agreements: 12, proposals: 0 });
    expect(report.eligibility).toEqual([]);
  });

  it('reads the expiry window from the options', () => {
    expect(buildNetworkReport(network, { expiringWithinDays: 0 }).agreementsByStatus.expiring).toBe(
      0,
    );
    expect(() => buildNetworkReport(network, { on: 'yesterday' })).toThrow(RangeError);
  });

  it('does not depend on the order of partners, agreements or an agreement’s partners (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        (seed, shuffleSeed) => {
          const generated = parseNetwork(generateNetwork({ seed, partners: 12 }));
          let state = shuffleSeed;
          const shuffled = <T>(items: readonly T[]): T[] => {
            const copy = [...items];
            for (let index = copy.length - 1; index > 0; index -= 1) {
              state = (state * 48_271) % 2_147_483_647;
              const other = state % (index + 1);
              [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
            }
            return copy;
          };
          const reordered = {
            ...generated,
            partners: shuffled(generated.partners),
            agreements: shuffled(generated.agreements).map((agreement) => ({
              ...agreement,
              partnerIds: shuffled(agreement.partnerIds),
            })),
          };
          expect(JSON.stringify(buildNetworkReport(reordered))).toBe(
            JSON.stringify(buildNetworkReport(generated)),
          );
        },
      ),
      { numRuns: 20 },
    );
  });

  it('counts every agreement once, whatever the network (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 30 }),
        (seed, partners) => {
          const generated = parseNetwork(generateNetwork({ seed, partners }));
          const result = buildNetworkReport(generated);
          expect(
            Object.values(result.agreementsByStatus).reduce((sum, count) => sum + count, 0),
          ).toBe(generated.agreements.length);
          expect(Object.values(result.partnersByType).reduce((sum, count) => sum + count, 0)).toBe(
            generated.partners.length,
          );
          expect(
            Object.values(result.partnersByRegion).reduce((sum, count) => sum + count, 0),
          ).toBe(generated.partners.length);
          expect(result.eligibility).toHaveLength(generated.proposals?.length ?? 0);
        },
      ),
      { numRuns: 30 },
    );
  });
});

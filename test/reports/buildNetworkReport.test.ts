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
    expect(report.totals).toEqual({ partners: 14, agreements: 12, proposals: 9 });
    expect(report.agreementsByStatus).toEqual({
      upcoming: 1,
      active: 4,
      expiring: 2,
      expired: 3,
      terminated: 1,
      suspended: 1,
    });
    expect(report.expiring).toEqual(['exchange-hanoi-2014', 'exchange-osaka-2015']);
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
    expect(later.mobility).toEqual(mobilityBalance(network, { on }));
    for (const agreement of network.agreements) {
      expect(later.expiring.includes(agreement.id)).toBe(
        agreementStatus(agreement, { on }) === 'expiring',
      );
    }
    expect(later.eligibility).toEqual(
      evaluateEligibilityBatch(network.proposals ?? [], { network, on }).map(
        ({ proposalId, partnerId, decision, tier, intent }) => ({
          proposalId,
          partnerId,
          decision,
          tier,
          intent,
        }),
      ),
    );
    expect(JSON.parse(JSON.stringify(later))).toEqual(later);
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

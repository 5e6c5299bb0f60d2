import { describe, expect, it } from 'vitest';
import { HISTORICAL_PARTNER_COUNTRIES, isAseanMember } from '../src/catalog/index.js';
import {
  AGREEMENT_STATUSES,
  agreementStatus,
  classifyIntent,
  INTENTS,
} from '../src/dates/index.js';
import { evaluateEligibilityBatch } from '../src/eligibility/index.js';
import { exampleNetwork } from './synergy/_build.js';

describe('examples/network.json', () => {
  const network = exampleNetwork();
  const on = network.asOf!;

  it('is valid and carries its reference date', () => {
    expect(on).toBe('2017-06-30');
  });

  it('has at least 12 partners in at least 8 countries, ASEAN and historical partner countries among them', () => {
    const countries = new Set(network.partners.map((partner) => partner.country));
    expect(network.partners.length).toBeGreaterThanOrEqual(12);
    expect(countries.size).toBeGreaterThanOrEqual(8);
    expect([...countries].some((country) => isAseanMember(country, { on }))).toBe(true);
    expect(
      HISTORICAL_PARTNER_COUNTRIES.filter((country) => countries.has(country)).length,
    ).toBeGreaterThanOrEqual(4);
  });

  it('is clearly fictional: example names and example.* domains only', () => {
    const text = JSON.stringify(network);
    for (const partner of network.partners)
      expect(partner.name).toMatch(/^Example .*\(fictional\)$/);
    const domains = [...text.matchAll(/[@/]([a-z0-9.-]+\.[a-z]{2,})/g)].map((match) => match[1]!);
    expect(domains.length).toBeGreaterThan(0);
    // ror.org is the registry of the (example) ROR id, not an institution's domain.
    for (const domain of domains.filter((name) => name !== 'ror.org'))
      expect(domain).toMatch(/(^|\.)example\.[a-z]+$/);
  });

  it('has agreements in every status on its reference date', () => {
    const statuses = new Set(
      network.agreements.map((agreement) => agreementStatus(agreement, { on })),
    );
    expect([...statuses].sort()).toEqual([...AGREEMENT_STATUSES].sort());
  });

  it('has proposals of every intent and every decision', () => {
    const reports = evaluateEligibilityBatch(network.proposals ?? [], { network });
    expect(new Set(reports.map((report) => report.decision))).toEqual(
      new Set(['eligible', 'conditional', 'ineligible']),
    );
    expect(new Set(reports.map((report) => report.intent))).toEqual(new Set(INTENTS));
    for (const report of reports)
      expect(report.intent).toBe(classifyIntent(report.partnerId, network));
  });
});

import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { HEALTH_FIELDS } from '../../src/catalog/healthFields.js';
import { INSTITUTION_TYPES } from '../../src/catalog/institutionTypes.js';
import { rorCheckDigits } from '../../src/core/_ror.js';
import {
  formatIssues,
  parseNetwork,
  safeParseNetwork,
  type AgreementInput,
  type NetworkInput,
  type PartnerInput,
} from '../../src/schemas/index.js';
import { generateNetwork } from '../../src/testing/index.js';

/** Asserts that a generated network validates, showing the issues when it does not. */
function expectValid(input: NetworkInput): void {
  const result = safeParseNetwork(input);
  expect(result.success ? '' : formatIssues(result.issues.slice(0, 20))).toBe('');
}

/** Every partner of a network, inline partners of proposals included. */
function allPartners(input: NetworkInput): PartnerInput[] {
  const inline = (input.proposals ?? []).flatMap((proposal) =>
    typeof proposal.partner === 'string' ? [] : [proposal.partner],
  );
  return [...input.partners, ...inline];
}

type Status = 'upcoming' | 'active' | 'expiring' | 'expired' | 'terminated' | 'suspended';

/** SPEC §6's status on a date, computed here on ISO strings (both ends of a period included). */
function statusOn(agreement: AgreementInput, on: string): Status {
  if (agreement.terminatedOn !== undefined && on >= agreement.terminatedOn) return 'terminated';
  if (on < agreement.startsOn) return 'upcoming';
  if (on > agreement.endsOn) return 'expired';
  if (agreement.suspended === true) return 'suspended';
  const days = (Date.parse(agreement.endsOn) - Date.parse(on)) / 86_400_000;
  return days <= 180 ? 'expiring' : 'active';
}

function countStatuses(input: NetworkInput, on: string): Record<Status, number> {
  const counts: Record<Status, number> = {
    upcoming: 0,
    active: 0,
    expiring: 0,
    expired: 0,
    terminated: 0,
    suspended: 0,
  };
  for (const agreement of input.agreements) counts[statusOn(agreement, on)]++;
  return counts;
}

const EXAMPLE_HOST = /(^|\.)example\.(org|com|net)$/;

describe('generateNetwork', () => {
  it.each([0, 1, 2, 50, 1000])('generates a valid network of %i partners', (partners) => {
    const input = generateNetwork({ partners, seed: 11 });
    expect(input.partners).toHaveLength(partners);
    expectValid(input);
    expect(() => parseNetwork(input)).not.toThrow();
  });

  it('generates version-2 mobility with every fact of the model, and it parses as it is', () => {
    const input = generateNetwork({ partners: 300, seed: 14 });
    const mobility = input.agreements
      .flatMap((agreement) => agreement.commitments)
      .filter((commitment) => commitment.kind === 'mobility');
    const keys = new Set(mobility.flatMap((commitment) => Object.keys(commitment)));
    for (const key of [
      'type',
      'totalDaysPerYear',
      'totalMonthsPerYear',
      'languages',
      'eqfLevels',
      'academicYears',
      'blended',
      'otherTerms',
    ]) {
      expect(keys, key).toContain(key);
    }
    expect(keys).not.toContain('monthsPerYear');
    expect(keys).not.toContain('language');
    const types = new Set(
      mobility.map((commitment) => `${commitment.activity}:${commitment.type}`),
    );
    expect([...types].sort()).toEqual(['1:teaching', '1:training', '2:studies', '2:traineeship']);
    // Version 2 as it is: parsing changes nothing in the agreements (no conversion).
    expect(parseNetwork(input).agreements).toEqual(input.agreements);
  });

  it('generates valid networks for many seeds and sizes', () => {
    for (let seed = 0; seed < 150; seed++) {
      expectValid(generateNetwork({ partners: seed % 40, seed: seed * 7919 - 500_000 }));
    }
  });

  it('generates valid networks whatever the options', () => {
    expectValid(generateNetwork({ partners: 0, proposals: 20, seed: 3 }));
    expectValid(generateNetwork({ partners: 30, agreementsPerPartner: 0, proposals: 0 }));
    expectValid(generateNetwork({ partners: 30, agreementsPerPartner: 6, seed: 4 }));
    expectValid(
      generateNetwork({
        partners: 200,
        seed: 5,
        asOf: '2021-06-30',
        plan: { start: '2019-01-01', end: '2023-12-31' },
      }),
    );
    expectValid(generateNetwork({ partners: 100, seed: Number.MAX_SAFE_INTEGER }));
    expectValid(
      generateNetwork({ partners: 100, seed: Number.MIN_SAFE_INTEGER, asOf: '2024-02-29' }),
    );
  });

  it('is deterministic: the same options give the same network', () => {
    const options = { partners: 300, seed: 42, proposals: 40, asOf: '2016-01-15' };
    const first = generateNetwork(options);
    expect(generateNetwork(options)).toEqual(first);
    expect(JSON.stringify(generateNetwork(options))).toBe(JSON.stringify(first));
  });

  it('gives other data for other seeds', () => {
    const networks = [1, 2, 3, -1, 2 ** 32 + 1].map((seed) =>
      JSON.stringify(generateNetwork({ partners: 20, seed })),
    );
    expect(new Set(networks).size).toBe(networks.length);
  });

  it('keeps partners the same when only the other counts change', () => {
    const small = generateNetwork({ partners: 50, seed: 9, agreementsPerPartner: 1, proposals: 0 });
    const large = generateNetwork({
      partners: 50,
      seed: 9,
      agreementsPerPartner: 3,
      proposals: 30,
    });
    expect(large.partners).toEqual(small.partners);
  });

  it('follows the counts, plan and date it is given', () => {
    const input = generateNetwork({ partners: 200, seed: 1 });
    expect(input.schemaVersion).toBe(2);
    expect(input.asOf).toBe('2017-06-30');
    expect(input.plan).toEqual({
      name: 'Strategic Plan 2014–2018',
      start: '2014-01-01',
      end: '2018-12-31',
    });
    expect(input.agreements).toHaveLength(300);
    expect(input.proposals).toHaveLength(50);
    expect('home' in input).toBe(false);

    const other = generateNetwork({
      partners: 10,
      agreementsPerPartner: 0.5,
      proposals: 3,
      asOf: '2021-06-30',
      plan: { start: '2019-01-01', end: '2023-12-31' },
    });
    expect(other.agreements).toHaveLength(5);
    expect(other.proposals).toHaveLength(3);
    expect(other.asOf).toBe('2021-06-30');
    expect(other.plan).toEqual({
      name: 'Strategic Plan 2019–2023',
      start: '2019-01-01',
      end: '2023-12-31',
    });
    expect(generateNetwork({ partners: 0 }).agreements).toEqual([]);
  });

  it('rejects options it cannot honour', () => {
    expect(() => generateNetwork({ partners: -1 })).toThrow(RangeError);
    expect(() => generateNetwork({ partners: 1.5 })).toThrow(RangeError);
    expect(() => generateNetwork({ partners: Number.NaN })).toThrow(RangeError);
    expect(() => generateNetwork({ partners: 1, seed: 0.5 })).toThrow(RangeError);
    expect(() => generateNetwork({ partners: 1, proposals: -2 })).toThrow(RangeError);
    expect(() => generateNetwork({ partners: 1, agreementsPerPartner: -1 })).toThrow(RangeError);
    expect(() => generateNetwork({ partners: 1, agreementsPerPartner: Infinity })).toThrow(
      RangeError,
    );
    expect(() => generateNetwork({ partners: 1, asOf: '2019-02-29' })).toThrow(/asOf/);
    expect(() =>
      generateNetwork({ partners: 1, plan: { start: '2018-01-01', end: '2018-01-01' } }),
    ).toThrow(/plan\.end/);
  });

  it.each([
    ['2017-06-30', undefined],
    ['2021-06-30', { start: '2019-01-01', end: '2023-12-31' }],
  ] as const)('dates agreements so that every status occurs on %s', (asOf, plan) => {
    const input = generateNetwork({ partners: 1000, seed: 8, asOf, ...(plan ? { plan } : {}) });
    const counts = countStatuses(input, asOf);
    for (const count of Object.values(counts)) expect(count).toBeGreaterThanOrEqual(40);
    // Most agreements are in force, as in a living network.
    expect(counts.active + counts.expiring).toBeGreaterThan(input.agreements.length * 0.3);
  });

  it('never puts a partner in the home country', () => {
    for (const seed of [1, 2, 3]) {
      const countries = allPartners(generateNetwork({ partners: 2000, seed })).map(
        (partner) => partner.country,
      );
      expect(countries).not.toContain('KH');
      expect(new Set(countries).size).toBeGreaterThan(100);
    }
  });

  it('uses example domains only, and clearly fictional names', () => {
    const partners = allPartners(generateNetwork({ partners: 1000, seed: 5 }));
    for (const partner of partners) {
      expect(partner.name).toMatch(/^Example /);
      if (partner.website !== undefined) {
        expect(new URL(partner.website).hostname).toMatch(EXAMPLE_HOST);
      }
      if (partner.identifiers?.schac !== undefined) {
        expect(partner.identifiers.schac).toMatch(EXAMPLE_HOST);
      }
      for (const contact of partner.contacts) {
        expect(contact.email.split('@')[1]).toMatch(EXAMPLE_HOST);
      }
    }
  });

  it('gives ROR ids valid check digits, bare or as URLs', () => {
    const rors = allPartners(generateNetwork({ partners: 1000, seed: 6 })).flatMap((partner) =>
      partner.identifiers?.ror === undefined ? [] : [partner.identifiers.ror],
    );
    expect(rors.length).toBeGreaterThan(300);
    expect(rors.some((ror) => ror.startsWith('https://ror.org/'))).toBe(true);
    expect(rors.some((ror) => !ror.startsWith('https://'))).toBe(true);
    for (const ror of rors) {
      const id = ror.slice(-9);
      expect(id).toMatch(/^0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}$/);
      expect(id.slice(7)).toBe(rorCheckDigits(id.slice(1, 7)));
    }
  });

  it('varies partners where the rules look', () => {
    const partners = generateNetwork({ partners: 1000, seed: 7 }).partners;
    const types = new Set(partners.map((partner) => partner.type));
    expect(types).toEqual(new Set(INSTITUTION_TYPES.map((type) => type.code)));
    const healthFields = new Set<string>(HEALTH_FIELDS.map((field) => field.code));
    expect(
      partners.every((partner) => partner.fields.every((field) => healthFields.has(field))),
    ).toBe(true);
    const withoutFields = partners.filter((partner) => partner.fields.length === 0).length;
    expect(withoutFields).toBeGreaterThan(20);
    expect(withoutFields).toBeLessThan(300);
    expect(partners.every((partner) => partner.languages.length >= 1)).toBe(true);
    expect(new Set(partners.flatMap((partner) => partner.languages)).size).toBeGreaterThan(30);
    const withOffers = partners.filter((partner) => partner.offers !== undefined).length;
    expect(withOffers).toBeGreaterThan(400);
    expect(withOffers).toBeLessThan(900);
    const withFocalPoint = partners.filter((partner) =>
      partner.contacts.some((contact) => contact.focalPoint === true),
    ).length;
    expect(withFocalPoint).toBeGreaterThan(800);
    expect(withFocalPoint).toBeLessThan(1000);
    expect(
      partners.every(
        (partner) => partner.contacts.filter((contact) => contact.focalPoint === true).length <= 1,
      ),
    ).toBe(true);
  });

  it('varies agreements: partners, ids, scopes, commitments and renewals', () => {
    const input = generateNetwork({ partners: 1000, seed: 8 });
    const { agreements } = input;
    expect(new Set(agreements.map((agreement) => agreement.id)).size).toBe(agreements.length);
    const sizes = new Set(agreements.map((agreement) => agreement.partnerIds.length));
    expect(sizes).toEqual(new Set([1, 2, 3]));
    expect(new Set(agreements.map((agreement) => agreement.instrument)).size).toBe(5);
    const kinds = new Set(
      agreements.flatMap((agreement) => agreement.commitments.map((commitment) => commitment.kind)),
    );
    expect(kinds.size).toBe(4);

    const byId = new Map(agreements.map((agreement) => [agreement.id, agreement]));
    const renewals = agreements.filter((agreement) => agreement.renews !== undefined);
    expect(renewals.length).toBeGreaterThan(50);
    for (const renewal of renewals) {
      const renewed = byId.get(renewal.renews!)!;
      expect(renewed.partnerIds.some((id) => renewal.partnerIds.includes(id))).toBe(true);
      expect(renewed.startsOn < renewal.startsOn).toBe(true);
    }
  });

  it('varies proposals: partners by id or inline, scopes, periods, strategies and funding', () => {
    const input = generateNetwork({ partners: 2000, seed: 9 });
    const proposals = input.proposals ?? [];
    expect(proposals).toHaveLength(500);
    const partnerIds = new Set(input.partners.map((partner) => partner.id));
    const byId = proposals.filter((proposal) => typeof proposal.partner === 'string');
    expect(byId.length).toBeGreaterThan(250);
    expect(byId.every((proposal) => partnerIds.has(proposal.partner as string))).toBe(true);
    const inline = proposals.filter((proposal) => typeof proposal.partner !== 'string');
    expect(inline.length).toBeGreaterThan(100);
    expect(proposals.some((proposal) => proposal.scope.length === 0)).toBe(true);
    expect(
      proposals.some((proposal) =>
        proposal.commitments.some(
          (commitment) => !proposal.scope.includes(`${commitment.area}${commitment.activity}`),
        ),
      ),
    ).toBe(true);
    const plan = input.plan!;
    expect(proposals.some((proposal) => proposal.period.start > plan.end)).toBe(true);
    expect(proposals.some((proposal) => proposal.period.end < plan.start)).toBe(true);
    expect(proposals.some((proposal) => proposal.strategies !== undefined)).toBe(true);
    expect(proposals.some((proposal) => proposal.strategies === undefined)).toBe(true);
    expect(proposals.some((proposal) => proposal.funding !== undefined)).toBe(true);
  });

  it('returns plain JSON data', () => {
    const input = generateNetwork({ partners: 100, seed: 10 });
    expect(JSON.parse(JSON.stringify(input))).toEqual(input);
  });

  it('bundles without zod', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../../src/testing/index.ts', import.meta.url))],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((file) => file.includes('node_modules'))).toEqual([]);
    expect(inputs.filter((file) => file.includes('src/schemas'))).toEqual([]);
  });
});

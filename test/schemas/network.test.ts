import { describe, expect, it } from 'vitest';
import { HOME_INSTITUTION } from '../../src/catalog/index.js';
import { safeParseNetwork, type ValidationIssue } from '../../src/schemas/index.js';
import { copy, networkInput, partnerInput } from './_fixtures.js';

function issuesOf(result: {
  success: boolean;
  issues?: readonly ValidationIssue[];
}): { code: string; path: string }[] {
  return (result.issues ?? []).map((issue) => ({ code: issue.code, path: issue.path.join('.') }));
}

describe('NetworkSchema', () => {
  it('parses a valid network and fills in the home institution', () => {
    const result = safeParseNetwork(networkInput);
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.home).toEqual(HOME_INSTITUTION);
      expect(result.data.home).not.toBe(HOME_INSTITUTION);
      expect(result.data.asOf).toBe('2017-06-30');
      expect(result.data.proposals).toHaveLength(1);
    }
  });

  it('accepts a minimal document', () => {
    expect(safeParseNetwork({ schemaVersion: 1, partners: [], agreements: [] }).success).toBe(true);
  });

  it('rejects another schema version and a plan that ends before it starts', () => {
    const input = copy(networkInput);
    input.schemaVersion = 3;
    input.plan = { start: '2018-12-31', end: '2014-01-01' };
    expect(issuesOf(safeParseNetwork(input))).toEqual([
      { code: 'invalid_value', path: 'schemaVersion' },
      { code: 'date_order', path: 'plan.end' },
    ]);
  });

  it('reports every integrity issue at once, each with its path', () => {
    const input = copy(networkInput);
    input.partners.push({ ...copy(partnerInput), id: 'inst-osaka-example' });
    input.partners.push({ ...copy(partnerInput), id: 'hospital-kh', country: 'KH' });
    input.agreements[0].partnerIds = ['univ-lyon-example', 'nobody'];
    input.agreements.push({
      ...copy(input.agreements[0]),
      id: 'mou-2020-01',
      partnerIds: ['univ-lyon-example'],
    });
    input.agreements[1].renews = 'missing-agreement';
    input.proposals.push({ ...copy(input.proposals[0]), partner: 'not-a-partner' });
    const result = safeParseNetwork(input);
    // In path order (issue #12): record by record, whatever the rule.
    expect(issuesOf(result)).toEqual([
      { code: 'duplicate_id', path: 'partners.2.id' },
      { code: 'home_country_partner', path: 'partners.3.country' },
      { code: 'unknown_reference', path: 'agreements.0.partnerIds.1' },
      { code: 'unknown_reference', path: 'agreements.1.renews' },
      { code: 'duplicate_id', path: 'agreements.2.id' },
      { code: 'duplicate_id', path: 'proposals.1.id' },
      { code: 'unknown_reference', path: 'proposals.1.partner' },
    ]);
    expect(result.success ? '' : result.issues[0]?.message).toBe(
      "partner id 'inst-osaka-example' is already used at index 1",
    );
  });

  it('requires renews to name another agreement that shares a partner', () => {
    const input = copy(networkInput);
    input.agreements[1].renews = 'mou-2020-01';
    expect(issuesOf(safeParseNetwork(input))).toEqual([
      { code: 'unknown_reference', path: 'agreements.1.renews' },
    ]);
    input.agreements[1].renews = 'mou-2015-01';
    input.agreements[1].partnerIds = ['inst-osaka-example'];
    const result = safeParseNetwork(input);
    expect(issuesOf(result)).toEqual([{ code: 'unknown_reference', path: 'agreements.1.renews' }]);
    expect(result.success ? '' : result.issues[0]?.message).toContain('sharing a partner');
  });

  it('judges home-country partners against the document’s own home', () => {
    const input = copy(networkInput);
    input.home = { name: 'Example Home University', country: 'JP' };
    expect(issuesOf(safeParseNetwork(input))).toEqual([
      { code: 'home_country_partner', path: 'partners.1.country' },
    ]);
    input.partners[1].country = 'KH';
    expect(safeParseNetwork(input).success).toBe(true);
  });

  it('leaves inline partners of proposals to the eligibility rules', () => {
    const input = copy(networkInput);
    input.proposals[0].partner = { ...copy(partnerInput), id: 'new-kh-institute', country: 'KH' };
    expect(safeParseNetwork(input).success).toBe(true);
  });

  it('allows two partners to share a ROR id', () => {
    const input = copy(networkInput);
    input.partners[1].identifiers = { ror: 'https://ror.org/000000195' };
    expect(safeParseNetwork(input).success).toBe(true);
  });

  it('checks integrity on the records of a document with shape issues too (issue #12)', () => {
    const input = copy(networkInput);
    input.partners[0].country = 'XX';
    input.agreements[0].partnerIds = ['nobody'];
    expect(issuesOf(safeParseNetwork(input))).toEqual([
      { code: 'invalid_value', path: 'partners.0.country' },
      { code: 'unknown_reference', path: 'agreements.0.partnerIds.0' },
      // mou-2015-01 no longer shares a partner with the agreement that renews it.
      { code: 'unknown_reference', path: 'agreements.1.renews' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  safeParseAgreement,
  safeParsePartner,
  safeParseProposal,
  type ValidationIssue,
} from '../../src/schemas/index.js';
import { agreementInput, copy, partnerInput, proposalInput } from './_fixtures.js';

function issuesOf(result: {
  success: boolean;
  issues?: readonly ValidationIssue[];
}): { code: string; path: string }[] {
  return (result.issues ?? []).map((issue) => ({ code: issue.code, path: issue.path.join('.') }));
}

describe('PartnerSchema', () => {
  it('parses a complete partner and normalises its ROR id', () => {
    const result = safeParsePartner(partnerInput);
    expect(result.success).toBe(true);
    if (result.success) {
      expect(result.data.identifiers?.ror).toBe('https://ror.org/000000195');
      expect(result.data.fields).toEqual(['0912', '0913']);
    }
  });

  it('names each unknown key in its path, at any depth', () => {
    const input = copy(partnerInput);
    input.emial = 'x@example.org';
    input.contacts[0].focalpoint = true;
    input.identifiers.orcid = '0000';
    const result = safeParsePartner(input);
    expect(issuesOf(result)).toEqual(
      expect.arrayContaining([
        { code: 'unrecognized_keys', path: 'emial' },
        { code: 'unrecognized_keys', path: 'contacts.0.focalpoint' },
        { code: 'unrecognized_keys', path: 'identifiers.orcid' },
      ]),
    );
    expect(
      result.success ? [] : result.issues.find((issue) => issue.path.at(-1) === 'emial')?.message,
    ).toBe("unknown key 'emial'");
  });

  it('reports every issue at once, each with its path', () => {
    const input = copy(partnerInput);
    input.country = 'XK';
    input.languages = ['fr', 'fr'];
    input.contacts = [];
    input.website = 'ftp://files.example.edu';
    input.type = 'castle';
    expect(issuesOf(safeParsePartner(input))).toEqual([
      { code: 'invalid_value', path: 'type' },
      { code: 'invalid_value', path: 'country' },
      { code: 'invalid_format', path: 'website' },
      { code: 'duplicate_value', path: 'languages.1' },
      { code: 'too_small', path: 'contacts' },
    ]);
  });

  it('requires at least one language, allows no fields, and rejects duplicates in every list', () => {
    const input = copy(partnerInput);
    input.languages = [];
    input.fields = [];
    input.offers = ['B4', 'C5', 'B4'];
    expect(issuesOf(safeParsePartner(input))).toEqual([
      { code: 'too_small', path: 'languages' },
      { code: 'duplicate_value', path: 'offers.2' },
    ]);
  });

  it('rejects text over its maximum length', () => {
    const input = copy(partnerInput);
    input.name = 'x'.repeat(301);
    expect(issuesOf(safeParsePartner(input))).toEqual([{ code: 'too_big', path: 'name' }]);
    input.name = 'x'.repeat(300);
    expect(safeParsePartner(input).success).toBe(true);
  });

  it('rejects a missing required key as invalid_type', () => {
    const input = copy(partnerInput);
    delete input.contacts;
    const result = safeParsePartner(input);
    expect(issuesOf(result)).toEqual([{ code: 'invalid_type', path: 'contacts' }]);
    expect(result.success ? '' : result.issues[0]?.message).toBe('missing required array');
  });
});

describe('AgreementSchema', () => {
  it('parses a valid agreement', () => {
    expect(safeParseAgreement(agreementInput).success).toBe(true);
  });

  it('requires endsOn after startsOn', () => {
    const input = copy(agreementInput);
    input.endsOn = input.startsOn;
    const result = safeParseAgreement(input);
    expect(issuesOf(result)).toEqual([{ code: 'date_order', path: 'endsOn' }]);
    expect(result.success ? '' : result.issues[0]?.message).toBe(
      'endsOn (2015-01-01) must be after startsOn (2015-01-01)',
    );
  });

  it('requires signedOn not after endsOn, and terminatedOn within the period (both ends included)', () => {
    const input = copy(agreementInput);
    input.signedOn = '2020-01-01';
    input.terminatedOn = '2014-12-31';
    expect(issuesOf(safeParseAgreement(input))).toEqual([
      { code: 'date_order', path: 'signedOn' },
      { code: 'date_order', path: 'terminatedOn' },
    ]);
    input.signedOn = input.endsOn;
    input.terminatedOn = '2020-01-01';
    expect(issuesOf(safeParseAgreement(input))).toEqual([
      { code: 'date_order', path: 'terminatedOn' },
    ]);
    input.terminatedOn = input.startsOn;
    expect(safeParseAgreement(input).success).toBe(true);
    input.terminatedOn = input.endsOn;
    expect(safeParseAgreement(input).success).toBe(true);
  });

  it('requires every commitment cell in scope', () => {
    const input = copy(agreementInput);
    input.scope = ['B2', 'C5'];
    const result = safeParseAgreement(input);
    expect(issuesOf(result)).toEqual([{ code: 'commitment_out_of_scope', path: 'commitments.1' }]);
    expect(result.success ? '' : result.issues[0]?.message).toBe(
      "the commitment's cell B4 is not in the agreement's scope",
    );
  });

  it('rejects an empty scope, duplicate cells and duplicate partners', () => {
    const input = copy(agreementInput);
    input.scope = [];
    input.commitments = [];
    input.partnerIds = ['a', 'a'];
    expect(issuesOf(safeParseAgreement(input))).toEqual([
      { code: 'duplicate_value', path: 'partnerIds.1' },
      { code: 'too_small', path: 'scope' },
    ]);
    input.scope = ['C5', 'C5'];
    input.partnerIds = ['a'];
    expect(issuesOf(safeParseAgreement(input))).toEqual([
      { code: 'duplicate_value', path: 'scope.1' },
    ]);
  });

  it('checks each commitment against its kind', () => {
    const input = copy(agreementInput);
    input.commitments = [
      { kind: 'mobility', area: 'B', activity: 3, direction: 'outgoing', perYear: 1 },
      {
        kind: 'distance-course',
        area: 'B',
        activity: 4,
        courses: 1.5,
        language: 'fr',
        assessment: true,
      },
      { kind: 'grant', area: 'B', activity: 4 },
      { kind: 'mobility', area: 'B', activity: 2, direction: 'sideways', perYear: 0 },
    ];
    const result = safeParseAgreement(input);
    expect(issuesOf(result)).toEqual([
      { code: 'invalid_value', path: 'commitments.0.activity' },
      { code: 'invalid_type', path: 'commitments.1.courses' },
      { code: 'invalid_value', path: 'commitments.2.kind' },
      { code: 'invalid_value', path: 'commitments.3.direction' },
      { code: 'too_small', path: 'commitments.3.perYear' },
    ]);
    expect(result.success ? '' : result.issues[2]?.message).toBe(
      "'grant' is not a commitment kind (4 kinds: 'mobility', 'resources', 'distance-course', 'joint-programme')",
    );
  });
});

describe('ProposalSchema', () => {
  it('leaves what a proposal asks for to the eligibility rules', () => {
    const input = copy(proposalInput);
    input.scope = [];
    input.partner = 'unknown-partner';
    const result = safeParseProposal(input);
    expect(result.success).toBe(true);
  });

  it('accepts an inline partner and reports its issues under partner', () => {
    const input = copy(proposalInput);
    input.partner = { ...copy(partnerInput), country: 'ZZ', languages: [] };
    expect(issuesOf(safeParseProposal(input))).toEqual([
      { code: 'invalid_value', path: 'partner.country' },
      { code: 'too_small', path: 'partner.languages' },
    ]);
    input.partner = copy(partnerInput);
    expect(safeParseProposal(input).success).toBe(true);
  });

  it('rejects a partner that is neither an id nor an object', () => {
    const input = copy(proposalInput);
    input.partner = 42;
    expect(issuesOf(safeParseProposal(input))).toEqual([
      { code: 'invalid_union', path: 'partner' },
    ]);
    input.partner = 'Not An Id';
    expect(issuesOf(safeParseProposal(input))).toEqual([
      { code: 'invalid_format', path: 'partner' },
    ]);
  });

  it('requires period.end after period.start and no duplicate cells or strategies', () => {
    const input = copy(proposalInput);
    input.period = { start: '2017-01-01', end: '2016-12-31' };
    input.scope = ['B3', 'B3'];
    input.strategies = [4, 4, 5];
    expect(issuesOf(safeParseProposal(input))).toEqual([
      { code: 'date_order', path: 'period.end' },
      { code: 'duplicate_value', path: 'scope.1' },
      { code: 'invalid_value', path: 'strategies.2' },
    ]);
    // Duplicates are looked for once every item is valid.
    input.strategies = [4, 4];
    expect(issuesOf(safeParseProposal(input))).toContainEqual({
      code: 'duplicate_value',
      path: 'strategies.1',
    });
  });

  it('bounds free text at 5,000 characters', () => {
    const input = copy(proposalInput);
    input.notes = 'n'.repeat(5001);
    expect(issuesOf(safeParseProposal(input))).toEqual([{ code: 'too_big', path: 'notes' }]);
  });
});

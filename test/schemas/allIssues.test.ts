// Issue #12, "all issues in one run": a network with shape issues still gets its integrity
// checks on every record whose ids can be read, and both kinds come together, in path order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NetworkSchema,
  parseNetwork,
  safeParseNetwork,
  type ValidationIssue,
} from '../../src/schemas/index.js';
import { generateNetwork } from '../../src/testing/index.js';
import { copy, networkInput } from './_fixtures.js';

function issuesOf(result: { success: boolean; issues?: readonly ValidationIssue[] }): string[] {
  return (result.issues ?? []).map((issue) => `${issue.code} ${issue.path.join('.')}`);
}

const INTEGRITY_CODES = new Set(['duplicate_id', 'unknown_reference', 'home_country_partner']);

describe('shape and integrity issues in one run', () => {
  it('reports a bad focalPoint and a typo in partnerIds together', () => {
    const input = copy(networkInput);
    input.partners[0].contacts = [
      { name: 'Example Officer', email: 'ir@lyon.example.edu', focalPoint: 'yes' },
    ];
    input.agreements[0].partnerIds = ['univ-lyon-exmaple'];
    const result = safeParseNetwork(input);
    expect(issuesOf(result)).toEqual([
      'invalid_type partners.0.contacts.0.focalPoint',
      'unknown_reference agreements.0.partnerIds.0',
      // mou-2015-01 no longer shares a partner with mou-2020-01, which renews it.
      'unknown_reference agreements.1.renews',
    ]);
    expect(result.success ? [] : result.issues[1]?.message).toBe(
      "no partner has id 'univ-lyon-exmaple'",
    );
    expect(result.success ? undefined : result.truncated).toBe(false);
  });

  it('reports a shape issue and a duplicate id of the same record, shape first', () => {
    const input = copy(networkInput);
    input.partners[1].id = 'univ-lyon-example';
    input.partners[1].country = 'XX';
    expect(issuesOf(safeParseNetwork(input))).toEqual([
      'invalid_value partners.1.country',
      'duplicate_id partners.1.id',
      'unknown_reference agreements.1.partnerIds.1',
    ]);
  });

  it('orders issues by path: the document’s keys in schema order, records by index, unknown keys last', () => {
    const input = copy(networkInput);
    input.extra = true;
    input.proposals[0].partner = 'nobody';
    input.agreements[1].title = 42;
    input.agreements[0].id = 'mou-2020-01';
    input.partners[1].country = 'KH';
    input.partners[0].name = '';
    input.schemaVersion = 3;
    expect(issuesOf(safeParseNetwork(input))).toEqual([
      'invalid_value schemaVersion',
      'too_small partners.0.name',
      'home_country_partner partners.1.country',
      // Within a record: its shape issues, then its integrity issues (id, references).
      'invalid_type agreements.1.title',
      'duplicate_id agreements.1.id',
      'unknown_reference agreements.1.renews',
      'unknown_reference proposals.0.partner',
      'unrecognized_keys extra',
    ]);
  });

  it('counts a partner whose id is readable as existing, even with other issues', () => {
    const input = copy(networkInput);
    input.partners[1].languages = 'ja';
    input.partners[1].contacts = [];
    const result = safeParseNetwork(input);
    expect(issuesOf(result)).toEqual([
      'invalid_type partners.1.languages',
      'too_small partners.1.contacts',
    ]);
  });

  it('leaves out what depends on an unreadable record, and nothing else', () => {
    const input = copy(networkInput);
    // An unreadable id refers to nothing, and takes no part in the unique ids.
    input.partners[1].id = 'Inst Osaka';
    // `renews` names an agreement whose partnerIds cannot be read in full: no "sharing" issue.
    input.agreements[0].partnerIds = ['Univ Lyon'];
    const result = safeParseNetwork(input);
    expect(issuesOf(result)).toEqual([
      'invalid_format partners.1.id',
      'invalid_format agreements.0.partnerIds.0',
      'unknown_reference agreements.1.partnerIds.1',
    ]);
  });

  it('judges home-country partners against a readable home country only', () => {
    const input = copy(networkInput);
    input.home = { name: 42, country: 'JP' };
    expect(issuesOf(safeParseNetwork(input))).toEqual([
      'invalid_type home.name',
      'home_country_partner partners.1.country',
    ]);
    input.home = { name: 'Example Home University', country: 'Japan' };
    expect(issuesOf(safeParseNetwork(input))).toEqual(['invalid_value home.country']);
  });

  it('still checks records when the sections around them are wrong', () => {
    const input = copy(networkInput);
    input.agreements = 'none';
    input.proposals[0].partner = 'nobody';
    expect(issuesOf(safeParseNetwork(input))).toEqual([
      'invalid_type agreements',
      'unknown_reference proposals.0.partner',
    ]);
  });

  it('reports through parseNetwork too', () => {
    const input = copy(networkInput);
    input.partners[0].contacts = [
      { name: 'Example Officer', email: 'ir@lyon.example.edu', focalPoint: 'yes' },
    ];
    input.proposals[0].partner = 'nobody';
    expect(() => parseNetwork(input)).toThrow(/Invalid network: 2 issues/);
  });

  it('gives the schema’s own data for valid documents', () => {
    const input = generateNetwork({ partners: 30, seed: 7 });
    expect(safeParseNetwork(input)).toEqual({ success: true, data: NetworkSchema.parse(input) });
  });
});

describe('property: one corrupted record hides no integrity issue of the others', () => {
  /** A shape corruption that leaves the fields integrity reads alone. */
  const partnerCorruptions = [
    ['name', 42],
    ['type', 'univ'],
    ['contacts', []],
    ['languages', ['xx']],
    ['fields', 'health'],
    ['website', 'ftp://files.example.org/'],
    ['extra', true],
  ] as const;
  const agreementCorruptions = [
    ['title', ''],
    ['instrument', 'treaty'],
    ['scope', ['E1']],
    ['startsOn', '2019-02-29'],
    ['commitments', [{ kind: 'mobility' }]],
    ['extra', true],
  ] as const;

  it('reports the same integrity issues with and without the corruption', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.boolean(),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        (seed, corruptPartner, which, what, inject) => {
          const valid = copy(generateNetwork({ partners: 8, seed, proposals: 3 }));
          // Integrity issues to find: an unknown reference, a home-country partner, a duplicate id.
          const agreements = valid.agreements as { partnerIds: string[]; id: string }[];
          const partners = valid.partners as { id: string; country: string }[];
          agreements[inject % agreements.length]!.partnerIds.push('no-such-partner');
          partners[(inject + 1) % partners.length]!.country = 'KH';
          if (agreements.length > 2) agreements[2]!.id = agreements[1]!.id;
          const integrityOf = (input: unknown): string[] =>
            issuesOf(safeParseNetwork(input, { maxIssues: Infinity })).filter((issue) =>
              INTEGRITY_CODES.has(issue.split(' ')[0]!),
            );
          const expected = integrityOf(valid);
          expect(expected.length).toBeGreaterThanOrEqual(2);

          const corrupted = copy(valid);
          const [section, corruptions] = corruptPartner
            ? (['partners', partnerCorruptions] as const)
            : (['agreements', agreementCorruptions] as const);
          const records = corrupted[section] as Record<string, unknown>[];
          const index = which % records.length;
          const [field, value] = corruptions[what % corruptions.length]!;
          records[index]![field] = value;
          const result = safeParseNetwork(corrupted, { maxIssues: Infinity });
          expect(result.success).toBe(false);
          // The corruption's own issue is there, and every integrity issue still is.
          expect(issuesOf(result).some((issue) => issue.includes(` ${section}.${index}.`))).toBe(
            true,
          );
          expect(integrityOf(corrupted)).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  }, 30_000);
});

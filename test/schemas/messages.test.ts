import { describe, expect, it } from 'vitest';
import {
  safeParseAgreement,
  safeParseNetwork,
  safeParsePartner,
  safeParseProposal,
  type ValidationIssue,
} from '../../src/schemas/index.js';
import { ISCED_FIELD_CODES } from '../../src/catalog/iscedFields.js';
import { AcademicYearSchema } from '../../src/schemas/primitives.js';
import { invalidValue, issueMessage, renderZodIssue } from '../../src/schemas/_issues.js';
import { agreementInput, copy, networkInput, partnerInput, proposalInput } from './_fixtures.js';

// Partner developers read these messages (SPEC §1: "errors that say exactly what is wrong and
// where"): each test states the whole issue, code, path and message, as a parse reports it.

function issuesOf(result: {
  readonly success: boolean;
  readonly issues?: readonly ValidationIssue[];
}): readonly ValidationIssue[] {
  return result.success ? [] : (result.issues ?? []);
}

const partner = (changes: Record<string, unknown>) =>
  issuesOf(safeParsePartner({ ...copy(partnerInput), ...changes }));
const agreement = (changes: Record<string, unknown>) =>
  issuesOf(safeParseAgreement({ ...copy(agreementInput), ...changes }));
const proposal = (changes: Record<string, unknown>) =>
  issuesOf(safeParseProposal({ ...copy(proposalInput), ...changes }));
const network = (changes: Record<string, unknown>) =>
  issuesOf(safeParseNetwork({ ...copy(networkInput), ...changes }));

describe('messages of type errors: the value received, as a partner developer wrote it', () => {
  it.each<[string, unknown, string]>([
    ['nothing', undefined, 'missing required string'],
    ['null', null, 'expected string, received null'],
    ['an array', ['x'], 'expected string, received an array'],
    ['a number', 5, 'expected string, received 5'],
    ['a boolean', true, 'expected string, received true'],
    ['an object', {}, 'expected string, received an object'],
    // core's describeValue (src/core/_format.ts) shows a bigint as itself.
    ['a bigint', 5n, 'expected string, received 5n'],
    ['a symbol', Symbol('name'), 'expected string, received a symbol'],
  ])('names %s', (_what, name, message) => {
    expect(partner({ name })).toEqual([
      {
        code: 'invalid_type',
        path: ['name'],
        message,
        params: { expected: 'string', received: name },
      },
    ]);
  });

  it('says "nothing" for a missing discriminator or literal', () => {
    const commitments = [{ area: 'B', activity: 2 }];
    expect(agreement({ commitments, scope: ['B2'] })).toEqual([
      {
        code: 'invalid_value',
        path: ['commitments', 0, 'kind'],
        message:
          "expected a commitment kind, received nothing (4 kinds: 'mobility', 'resources', 'distance-course', 'joint-programme')",
        params: {
          received: undefined,
          allowed: ['mobility', 'resources', 'distance-course', 'joint-programme'],
          suggestions: [],
          of: 'commitment-kind',
          certain: false,
        },
      },
    ]);
    expect(network({ schemaVersion: undefined })).toEqual([
      {
        code: 'invalid_value',
        path: ['schemaVersion'],
        message: 'expected 2, received nothing',
        params: { received: undefined, allowed: [2], suggestions: [], of: 'value', certain: false },
      },
    ]);
  });

  it('quotes a string whole up to 40 characters, and shortens a longer one', () => {
    const forty = 'y'.repeat(40);
    const types = 'is not an institution type (11 types, see INSTITUTION_TYPES)';
    expect(partner({ type: forty })).toMatchObject([
      { code: 'invalid_value', path: ['type'], message: `'${forty}' ${types}` },
    ]);
    expect(partner({ type: `${forty}z` })).toMatchObject([
      {
        code: 'invalid_value',
        path: ['type'],
        message: `'${forty}…' (41 characters) ${types}`,
        params: { received: `${forty}z` },
      },
    ]);
  });
});

describe('messages of codes, formats and bounds', () => {
  it('names the code list a value is not in', () => {
    expect(partner({ country: 'XK', languages: ['zz'], offers: ['E1'] })).toMatchObject([
      {
        code: 'invalid_value',
        path: ['country'],
        message: "'XK' is not a country code (249 ISO 3166-1 alpha-2 codes, see COUNTRIES)",
        params: { received: 'XK', suggestions: [], list: 'COUNTRIES' },
      },
      {
        code: 'invalid_value',
        path: ['languages', 0],
        message: "'zz' is not a language code (183 ISO 639-1 codes, see LANGUAGES)",
        params: { received: 'zz', suggestions: [], list: 'LANGUAGES' },
      },
      {
        code: 'invalid_value',
        path: ['offers', 0],
        message: "'E1' is not a cell code (20 cells A1…D5, see CELLS)",
        params: { received: 'E1', suggestions: [], list: 'CELLS' },
      },
    ]);
    expect(partner({ country: 7 })).toMatchObject([
      {
        code: 'invalid_value',
        path: ['country'],
        message:
          'expected a country code, received 7 (249 ISO 3166-1 alpha-2 codes, see COUNTRIES)',
      },
    ]);
  });

  it('names the expected format with an example', () => {
    expect(
      partner({
        id: '-bad',
        website: 'ftp://files.example.org/',
        identifiers: { ror: 'abc' },
        fields: ['912'],
        contacts: [{ name: 'Example Contact', email: 'nope' }],
      }),
    ).toEqual([
      {
        code: 'invalid_format',
        path: ['id'],
        message:
          "expected an id of 1–64 characters a–z, 0–9 and '-', not starting with '-', received '-bad'",
        params: { format: 'id', received: '-bad' },
      },
      {
        code: 'invalid_format',
        path: ['website'],
        message:
          "expected an http(s) URL such as https://www.example.edu/, received 'ftp://files.example.org/'",
        params: { format: 'http-url', received: 'ftp://files.example.org/' },
      },
      {
        code: 'invalid_format',
        path: ['identifiers', 'ror'],
        message:
          "expected a ROR id such as '04jpmg381' or 'https://ror.org/04jpmg381', received 'abc'",
        params: { format: 'ror-id', received: 'abc' },
      },
      {
        code: 'invalid_format',
        path: ['fields', 0],
        message: "expected an ISCED-F 2013 field code of four digits, received '912'",
        params: { format: 'isced-field', received: '912' },
      },
      {
        code: 'invalid_format',
        path: ['contacts', 0, 'email'],
        message: "expected an e-mail address, received 'nope'",
        params: { format: 'email', received: 'nope' },
      },
    ]);
    expect(
      agreement({ startsOn: '2015-02-30', funding: { source: 'x', currency: 'eur' } }),
    ).toEqual([
      {
        code: 'invalid_date',
        path: ['startsOn'],
        message: "expected a real calendar date YYYY-MM-DD, received '2015-02-30'",
        params: { received: '2015-02-30' },
      },
      {
        code: 'invalid_format',
        path: ['funding', 'currency'],
        message: "expected an ISO 4217 currency code such as EUR, received 'eur'",
        params: { format: 'currency', received: 'eur' },
      },
    ]);
  });

  it('names the academic year formats', () => {
    const issues = (value: unknown) => {
      const result = AcademicYearSchema.safeParse(value);
      return result.success ? [] : result.error.issues.map((issue) => issue.message);
    };
    expect(issues('24-25')).toEqual([
      "expected an academic year 'YYYY' or 'YYYY-YYYY', received '24-25'",
    ]);
    expect(issues('2024-2026')).toEqual(["expected two consecutive years, received '2024-2026'"]);
  });

  it('writes bounds with the right noun and number', () => {
    const mobility = agreementInput.commitments[0];
    expect(
      partner({ name: '', acronym: 'x'.repeat(51), languages: [], contacts: [] }).map((issue) => [
        issue.code,
        issue.path,
        issue.message,
      ]),
    ).toEqual([
      ['too_small', ['name'], 'expected at least 1 character'],
      ['too_big', ['acronym'], 'expected at most 50 characters'],
      ['too_small', ['languages'], 'expected at least 1 item'],
      ['too_small', ['contacts'], 'expected at least 1 item'],
    ]);
    expect(
      agreement({
        funding: { source: 'x', amount: -1 },
        commitments: [{ ...mobility, perYear: 0, totalMonthsPerYear: 0 }],
      }).map((issue) => [issue.code, issue.path, issue.message]),
    ).toEqual([
      ['too_small', ['commitments', 0, 'perYear'], 'expected a number at least 1'],
      ['too_small', ['commitments', 0, 'totalMonthsPerYear'], 'expected a number more than 0'],
      ['too_small', ['funding', 'amount'], 'expected a number at least 0'],
    ]);
    expect(agreement({ commitments: [{ ...mobility, totalMonthsPerYear: 36_600_001 }] })).toEqual([
      {
        code: 'too_big',
        path: ['commitments', 0, 'totalMonthsPerYear'],
        message: 'expected a number at most 36600000',
        params: { origin: 'number', maximum: 36_600_000, inclusive: true, exact: false },
      },
    ]);
    expect(agreement({ commitments: [{ ...mobility, totalMonthsPerYear: 1.005 }] })).toEqual([
      {
        code: 'not_multiple_of',
        path: ['commitments', 0, 'totalMonthsPerYear'],
        message: 'expected a multiple of 0.01',
        params: { divisor: 0.01 },
      },
    ]);
    expect(proposal({ notes: 'x'.repeat(5001) })).toEqual([
      {
        code: 'too_big',
        path: ['notes'],
        message: 'expected at most 5000 characters',
        params: { origin: 'string', maximum: 5000, inclusive: true, exact: false },
      },
    ]);
  });

  it('builds every bound the table knows, including the ones the schemas do not use yet', () => {
    const raw = (issue: Record<string, unknown>) =>
      renderZodIssue({ path: [], input: undefined, ...issue } as never);
    expect(raw({ code: 'too_small', origin: 'string', minimum: 4, exact: true })).toBe(
      'expected exactly 4 characters',
    );
    expect(raw({ code: 'too_big', origin: 'array', maximum: 2, inclusive: false })).toBe(
      'expected less than 2 items',
    );
    expect(raw({ code: 'too_small', origin: 'set', minimum: 1n })).toBe('expected at least 1 item');
    expect(raw({ code: 'too_big', origin: 'bigint', maximum: 10n, inclusive: false })).toBe(
      'expected a number less than 10',
    );
  });

  it('lists the values of a list that no catalog export holds whole, never cut', () => {
    const nine = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    expect(issueMessage('invalid_value', invalidValue(nine, 'z'))).toBe(
      "'z' is not an accepted value (9 values: 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i')",
    );
    expect(issueMessage('invalid_value', invalidValue(['a', 'b'], 5))).toBe(
      "expected an accepted value, received 5 (2 values: 'a', 'b')",
    );
  });

  it('renders the Zod issues that no schema of the library raises today', () => {
    const raw = (issue: Record<string, unknown>) =>
      renderZodIssue({ path: [], input: undefined, ...issue } as never);
    expect(raw({ code: 'not_multiple_of', divisor: 5, input: 7 })).toBe('expected a multiple of 5');
    expect(raw({ code: 'not_multiple_of', divisor: 1, input: 1.5 })).toBe(
      'expected a whole number',
    );
    expect(raw({ code: 'invalid_format', format: 'uuid', input: 'x' })).toBe(
      "expected a valid uuid, received 'x'",
    );
    expect(raw({ code: 'invalid_key', message: 'a key message' })).toBe('a key message');
    expect(raw({ code: 'invalid_element' })).toBe('invalid value');
  });
});

describe('messages of unions', () => {
  it('names the accepted kinds of commitment', () => {
    expect(agreement({ commitments: [{ kind: 'grant' }] })).toEqual([
      {
        code: 'invalid_value',
        path: ['commitments', 0, 'kind'],
        message:
          "'grant' is not a commitment kind (4 kinds: 'mobility', 'resources', 'distance-course', 'joint-programme')",
        params: {
          received: 'grant',
          allowed: ['mobility', 'resources', 'distance-course', 'joint-programme'],
          suggestions: [],
          of: 'commitment-kind',
          certain: false,
        },
      },
    ]);
  });

  it('says that a partner that is neither an id nor an object matches no form', () => {
    expect(proposal({ partner: 5 })).toEqual([
      {
        code: 'invalid_union',
        path: ['partner'],
        message: 'the value matches none of the accepted forms',
        params: {},
      },
    ]);
  });

  it('reports the issues of an inline partner, even a type error or an unknown key inside it', () => {
    expect(proposal({ partner: { ...copy(partnerInput), name: 5, colour: 'red' } })).toEqual([
      {
        code: 'invalid_type',
        path: ['partner', 'name'],
        message: 'expected string, received 5',
        params: { expected: 'string', received: 5 },
      },
      {
        code: 'unrecognized_keys',
        path: ['partner', 'colour'],
        message: "unknown key 'colour'",
        params: { key: 'colour' },
      },
    ]);
  });
});

describe('messages of the library’s own rules', () => {
  it('states the date order, naming both dates', () => {
    expect(agreement({ endsOn: '2014-01-01' })).toEqual([
      {
        code: 'date_order',
        path: ['endsOn'],
        message: 'endsOn (2014-01-01) must be after startsOn (2015-01-01)',
        params: {
          field: 'endsOn',
          date: '2014-01-01',
          relation: 'after',
          reference: 'startsOn',
          referenceDate: '2015-01-01',
        },
      },
      {
        code: 'date_order',
        path: ['signedOn'],
        message: 'signedOn (2014-12-15) must be not after endsOn (2014-01-01)',
        params: {
          field: 'signedOn',
          date: '2014-12-15',
          relation: 'not-after',
          reference: 'endsOn',
          referenceDate: '2014-01-01',
        },
      },
    ]);
    expect(agreement({ terminatedOn: '2020-01-01' })).toEqual([
      {
        code: 'date_order',
        path: ['terminatedOn'],
        message: 'terminatedOn (2020-01-01) must be not after endsOn (2019-12-31)',
        params: {
          field: 'terminatedOn',
          date: '2020-01-01',
          relation: 'not-after',
          reference: 'endsOn',
          referenceDate: '2019-12-31',
        },
      },
    ]);
    expect(agreement({ terminatedOn: '2014-01-01' })).toEqual([
      {
        code: 'date_order',
        path: ['terminatedOn'],
        message: 'terminatedOn (2014-01-01) must be not before startsOn (2015-01-01)',
        params: {
          field: 'terminatedOn',
          date: '2014-01-01',
          relation: 'not-before',
          reference: 'startsOn',
          referenceDate: '2015-01-01',
        },
      },
    ]);
    expect(proposal({ period: { start: '2016-09-01', end: '2016-09-01' } })).toEqual([
      {
        code: 'date_order',
        path: ['period', 'end'],
        message: 'end (2016-09-01) must be after start (2016-09-01)',
        params: {
          field: 'end',
          date: '2016-09-01',
          relation: 'after',
          reference: 'start',
          referenceDate: '2016-09-01',
        },
      },
    ]);
    expect(network({ plan: { start: '2018-01-01', end: '2014-01-01' } })).toEqual([
      {
        code: 'date_order',
        path: ['plan', 'end'],
        message: 'end (2014-01-01) must be after start (2018-01-01)',
        params: {
          field: 'end',
          date: '2014-01-01',
          relation: 'after',
          reference: 'start',
          referenceDate: '2018-01-01',
        },
      },
    ]);
  });

  it('names the repeated value and where it was first listed, in short and long lists', () => {
    expect(partner({ fields: ['0912', '0913', '0912'] })).toEqual([
      {
        code: 'duplicate_value',
        path: ['fields', 2],
        message: "'0912' is already listed at index 0",
        params: { value: '0912', firstIndex: 0 },
      },
    ]);
    // More than 16 values: checked with an index rather than by scanning.
    const many = ISCED_FIELD_CODES.slice(0, 20);
    expect(partner({ fields: [...many, '0110', '0219'] })).toEqual([
      {
        code: 'duplicate_value',
        path: ['fields', 20],
        message: "'0110' is already listed at index 5",
        params: { value: '0110', firstIndex: 5 },
      },
      {
        code: 'duplicate_value',
        path: ['fields', 21],
        message: "'0219' is already listed at index 19",
        params: { value: '0219', firstIndex: 19 },
      },
    ]);
  });

  it('reports a repeated value and the checks after it on the same list', () => {
    // A list of fields holds at most 200 values: duplicates do not hide that bound. ISCED-F
    // has 149 codes, so 201 fields repeat the first 52 of them.
    const fields = [...ISCED_FIELD_CODES, ...ISCED_FIELD_CODES.slice(0, 52)];
    expect(fields).toHaveLength(201);
    expect(partner({ fields })).toEqual([
      ...ISCED_FIELD_CODES.slice(0, 52).map((value, index) => ({
        code: 'duplicate_value',
        path: ['fields', 149 + index],
        message: `'${value}' is already listed at index ${index}`,
        params: { value, firstIndex: index },
      })),
      {
        code: 'too_big',
        path: ['fields'],
        message: 'expected at most 200 items',
        params: { origin: 'array', maximum: 200, inclusive: true, exact: false },
      },
    ]);
  });

  it('names the commitment out of scope by its cell', () => {
    expect(agreement({ scope: ['B2', 'B4'] })).toEqual([
      {
        code: 'commitment_out_of_scope',
        path: ['commitments', 2],
        message: "the commitment's cell C5 is not in the agreement's scope",
        params: { cell: 'C5' },
      },
    ]);
  });

  it('names the kind of record of a repeated id and of an unknown reference', () => {
    const [lyon, osaka] = networkInput.partners;
    const [mou] = networkInput.agreements;
    const [eoi] = networkInput.proposals;
    expect(
      network({ partners: [lyon, lyon, osaka], agreements: [mou, mou], proposals: [eoi, eoi] }),
    ).toEqual([
      {
        code: 'duplicate_id',
        path: ['partners', 1, 'id'],
        message: "partner id 'univ-lyon-example' is already used at index 0",
        params: { kind: 'partner', id: 'univ-lyon-example', firstIndex: 0 },
      },
      {
        code: 'duplicate_id',
        path: ['agreements', 1, 'id'],
        message: "agreement id 'mou-2015-01' is already used at index 0",
        params: { kind: 'agreement', id: 'mou-2015-01', firstIndex: 0 },
      },
      {
        code: 'duplicate_id',
        path: ['proposals', 1, 'id'],
        message: "proposal id 'eoi-2016-07' is already used at index 0",
        params: { kind: 'proposal', id: 'eoi-2016-07', firstIndex: 0 },
      },
    ]);
    expect(
      network({
        agreements: [{ ...mou, partnerIds: ['nobody'] }],
        proposals: [{ ...eoi, partner: 'nobody' }],
      }),
    ).toEqual([
      {
        code: 'unknown_reference',
        path: ['agreements', 0, 'partnerIds', 0],
        message: "no partner has id 'nobody'",
        params: { kind: 'partner', id: 'nobody' },
      },
      {
        code: 'unknown_reference',
        path: ['proposals', 0, 'partner'],
        message:
          "no partner has id 'nobody' (a proposal from a new institution carries its partner inline)",
        params: { kind: 'partner', id: 'nobody', detail: 'inline-partner' },
      },
    ]);
  });

  it('says why a renews reference is refused', () => {
    const [mou] = networkInput.agreements;
    expect(network({ agreements: [{ ...mou, renews: 'mou-2015-01' }] })).toEqual([
      {
        code: 'unknown_reference',
        path: ['agreements', 0, 'renews'],
        message: "no other agreement has id 'mou-2015-01' (an agreement cannot renew itself)",
        params: { kind: 'agreement', id: 'mou-2015-01', detail: 'self-renewal' },
      },
    ]);
    expect(network({ agreements: [{ ...mou, renews: 'mou-1999-01' }] })).toEqual([
      {
        code: 'unknown_reference',
        path: ['agreements', 0, 'renews'],
        message: "no other agreement has id 'mou-1999-01'",
        params: { kind: 'agreement', id: 'mou-1999-01' },
      },
    ]);
  });

  it('explains why a partner in the home country is refused', () => {
    const [lyon, osaka] = networkInput.partners;
    expect(network({ partners: [{ ...lyon, country: 'KH' }, osaka] })).toEqual([
      {
        code: 'home_country_partner',
        path: ['partners', 0, 'country'],
        message: "a partner in KH, the home institution's country, is not an international partner",
        params: { country: 'KH' },
      },
    ]);
  });
});

// The schemas are built once, when their module is evaluated: their patterns, code lists,
// messages and bounds are module-level definitions. Each test here loads the schemas afresh
// (`vi.resetModules`) and checks those definitions through the parse functions, so that it
// exercises the code that builds them, not only the schemas another test file built earlier.
import { describe, expect, it, vi } from 'vitest';
import { agreementInput, copy, networkInput, partnerInput, proposalInput } from './_fixtures.js';

async function freshSchemas() {
  vi.resetModules();
  return import('../../src/schemas/index.js');
}

type Issue = {
  code: string;
  path: readonly (string | number)[];
  message: string;
  params?: Readonly<Record<string, unknown>>;
};

function issuesOf(result: { success: boolean; issues?: readonly Issue[] }): readonly Issue[] {
  return result.success ? [] : (result.issues ?? []);
}

describe('the schema definitions, loaded afresh', () => {
  it('check the form of ids, codes and fields, each with its message', async () => {
    const { safeParsePartner, safeParseAgreement } = await freshSchemas();
    const partner = (change: (input: any) => void) => {
      const input = copy(partnerInput);
      change(input);
      return issuesOf(safeParsePartner(input));
    };
    const id = "an id of 1–64 characters a–z, 0–9 and '-', not starting with '-'";
    for (const [bad, shown] of [
      ['-lyon', "'-lyon'"],
      ['lyon!', "'lyon!'"],
      ['Lyon', "'Lyon'"],
      ['a'.repeat(65), `'${'a'.repeat(40)}…' (65 characters)`],
    ] as const) {
      expect(
        partner((input) => (input.id = bad)),
        bad,
      ).toEqual([
        {
          code: 'invalid_format',
          path: ['id'],
          message: `expected ${id}, received ${shown}`,
          params: { format: 'id', received: bad },
        },
      ]);
    }
    expect(partner((input) => (input.id = 'a'.repeat(64)))).toEqual([]);
    expect(partner((input) => (input.id = '0-a'))).toEqual([]);

    for (const bad of ['912', '09123', 'x0912']) {
      expect(partner((input) => (input.fields = [bad]))).toEqual([
        {
          code: 'invalid_format',
          path: ['fields', 0],
          message: `expected an ISCED-F 2013 field code of four digits, received '${bad}'`,
          params: { format: 'isced-field', received: bad },
        },
      ]);
    }
    expect(partner((input) => (input.languages = ['xx']))).toMatchObject([
      {
        code: 'invalid_value',
        path: ['languages', 0],
        message: "'xx' is not a language code (183 ISO 639-1 codes, see LANGUAGES)",
      },
    ]);
    expect(partner((input) => (input.offers = ['E1']))).toMatchObject([
      {
        code: 'invalid_value',
        path: ['offers', 0],
        message: "'E1' is not a cell code (20 cells A1…D5, see CELLS)",
      },
    ]);

    const agreement = (change: (input: any) => void) => {
      const input = copy(agreementInput);
      change(input);
      return issuesOf(safeParseAgreement(input));
    };
    for (const bad of ['EURO', 'XEUR', 'eur']) {
      expect(agreement((input) => (input.funding.currency = bad))).toEqual([
        {
          code: 'invalid_format',
          path: ['funding', 'currency'],
          message: `expected an ISO 4217 currency code such as EUR, received '${bad}'`,
          params: { format: 'currency', received: bad },
        },
      ]);
    }
  });

  it('check ROR ids, URLs and the partner identifiers', async () => {
    const { safeParsePartner } = await freshSchemas();
    const partner = (change: (input: any) => void) => {
      const input = copy(partnerInput);
      change(input);
      return issuesOf(safeParsePartner(input));
    };
    const ror = "a ROR id such as '04jpmg381' or 'https://ror.org/04jpmg381'";
    // A wrong form is reported once, without a checksum issue as well.
    for (const bad of ['x04jpmg381', '04jpmg381x', 'https://ror.org/03yrm5c2']) {
      expect(partner((input) => (input.identifiers.ror = bad))).toEqual([
        {
          code: 'invalid_format',
          path: ['identifiers', 'ror'],
          message: `expected ${ror}, received '${bad}'`,
          params: { format: 'ror-id', received: bad },
        },
      ]);
    }

    const url = 'an http(s) URL such as https://www.example.edu/';
    for (const good of [
      'http://www.example.edu/',
      'https://example.edu',
      'https://example.edu:8/',
      'https://example.edu:80/',
      'https://example.edu:8080/',
      'https://example.edu:59999/',
      'https://example.edu:64999/',
      'https://example.edu:65499/',
      'https://example.edu:65529/',
      'https://example.edu:65535/',
      'https://a.example.edu/',
      'https://a-b.example.edu/path?q=1#top',
      // Percent-escapes, two hexadecimal digits each, in the path, the query and the fragment.
      'https://example.edu/a%20b',
      'https://example.edu/?q=%C3%A9',
      'https://example.edu/#x%20y',
    ]) {
      expect(
        partner((input) => (input.website = good)),
        good,
      ).toEqual([]);
    }
    for (const bad of [
      'ftp://files.example.edu/',
      'see https://www.example.edu/',
      'https://www.example.edu/ page',
      'https://example.edu:65536/',
      'https://example.edu:65540/',
      'https://example.edu:65600/',
      'https://example.edu:66000/',
      'https://example.edu:70000/',
      'https://example.edu:123456/',
      'https://-a.example.edu/',
      'https://a-.example.edu/',
      'https://example.edu/a%2G',
      'https://example.edu/?q=%2G',
      'https://example.edu/#%2G',
    ]) {
      expect(
        partner((input) => (input.website = bad)),
        bad,
      ).toEqual([
        {
          code: 'invalid_format',
          path: ['website'],
          message: `expected ${url}, received '${bad}'`,
          params: { format: 'http-url', received: bad },
        },
      ]);
    }

    // What the pattern lets through, the URL parser still refuses: a label that is not valid
    // Punycode, for one.
    expect(partner((input) => (input.website = 'https://xn--a.example.edu/'))).toEqual([
      {
        code: 'invalid_format',
        path: ['website'],
        message: "expected an http(s) URL, received 'https://xn--a.example.edu/'",
        params: { format: 'url', received: 'https://xn--a.example.edu/' },
      },
    ]);
    expect(partner((input) => (input.contacts[0].email = 'ir-at-lyon.example.edu'))).toEqual([
      {
        code: 'invalid_format',
        path: ['contacts', 0, 'email'],
        message: "expected an e-mail address, received 'ir-at-lyon.example.edu'",
        params: { format: 'email', received: 'ir-at-lyon.example.edu' },
      },
    ]);

    // A telephone number, a SCHAC domain and an Erasmus code each have a form.
    const form = (path: (string | number)[], value: string): Issue => ({
      code: 'invalid_format',
      path,
      message: `expected a value of the required form, received '${value}'`,
      params: { format: 'regex', received: value },
    });
    for (const good of ['+33 4 00 00 00 00', '0123 456', '0 (1) 23-45.67']) {
      expect(
        partner((input) => (input.contacts[0].phone = good)),
        good,
      ).toEqual([]);
    }
    for (const bad of [
      'call +33 4 00 00 00 00',
      '+33 4 00 00 00 00 ext',
      '++33 400',
      '+ 33 400',
      '12',
    ]) {
      expect(
        partner((input) => (input.contacts[0].phone = bad)),
        bad,
      ).toEqual([form(['contacts', 0, 'phone'], bad)]);
    }
    for (const good of ['lyon.example.edu', 'a.example.edu', 'a-b.example.edu']) {
      expect(
        partner((input) => (input.identifiers.schac = good)),
        good,
      ).toEqual([]);
    }
    for (const bad of ['www.lyon.example.edu/', '-lyon.example.edu', 'lyon-.example.edu', 'lyon']) {
      expect(
        partner((input) => (input.identifiers.schac = bad)),
        bad,
      ).toEqual([form(['identifiers', 'schac'], bad)]);
    }
    for (const good of [
      'F  LYON01',
      'UK LONDON029',
      'D  HEIDELB01',
      'SF HELSINK41',
      'E  MADRID-A05',
    ]) {
      expect(
        partner((input) => (input.identifiers.erasmusCode = good)),
        good,
      ).toEqual([]);
    }
    for (const bad of [
      'X F  LYON01',
      'F  LYON01 ',
      'FRAN LYON01',
      '1  LYON01',
      'F    LYON01',
      'F  LY0N01',
      'F  01',
      'F  LYON1',
      'F  LYONAB',
    ]) {
      expect(
        partner((input) => (input.identifiers.erasmusCode = bad)),
        bad,
      ).toEqual([form(['identifiers', 'erasmusCode'], bad)]);
    }
  });

  it('check the home institution of a network', async () => {
    const { safeParseNetwork } = await freshSchemas();
    const withHome = (established: number) =>
      issuesOf(
        safeParseNetwork({
          ...copy(networkInput),
          home: {
            name: 'University of Health Sciences',
            acronym: 'UHS',
            country: 'KH',
            city: 'Phnom Penh',
            established,
            resumedIn: '1980s',
          },
        }),
      );
    expect(withHome(1946)).toEqual([]);
    expect(withHome(1000)).toEqual([]);
    expect(withHome(9999)).toEqual([]);
    expect(withHome(999)).toEqual([
      {
        code: 'too_small',
        path: ['home', 'established'],
        message: 'expected a number at least 1000',
        params: { origin: 'number', minimum: 1000, inclusive: true, exact: false },
      },
    ]);
    expect(withHome(10000)).toEqual([
      {
        code: 'too_big',
        path: ['home', 'established'],
        message: 'expected a number at most 9999',
        params: { origin: 'number', maximum: 9999, inclusive: true, exact: false },
      },
    ]);
  });

  it('mark every list of values as holding each value once, for JSON Schema (SPEC §10)', async () => {
    vi.resetModules();
    const { toJsonSchema } = await import('../../src/json-schema/index.js');
    const partner = toJsonSchema('Partner') as any;
    const agreement = toJsonSchema('Agreement') as any;
    expect(partner.properties.fields.uniqueItems).toBe(true);
    expect(partner.properties.languages.uniqueItems).toBe(true);
    expect(partner.properties.offers.uniqueItems).toBe(true);
    expect(agreement.properties.scope.uniqueItems).toBe(true);
    expect(agreement.properties.partnerIds.uniqueItems).toBe(true);
  });

  it('accept every value of the closed lists of SPEC §5', async () => {
    const { safeParseAgreement, safeParseProposal } = await freshSchemas();
    for (const instrument of ['mou', 'exchange', 'research', 'grant', 'other']) {
      const input = copy(agreementInput);
      input.instrument = instrument;
      expect(issuesOf(safeParseAgreement(input)), instrument).toEqual([]);
    }
    for (const level of ['bachelor', 'master', 'doctoral', 'specialist', 'staff']) {
      const input = copy(agreementInput);
      input.commitments[0].level = level;
      expect(issuesOf(safeParseAgreement(input)), level).toEqual([]);
    }
    const items = [
      'curriculum',
      'course-material',
      'library-access',
      'e-resources',
      'guidelines',
      'equipment',
      'other',
    ];
    const input = copy(proposalInput);
    input.scope = ['B3'];
    input.commitments = items.map((item) => ({
      kind: 'resources',
      area: 'B',
      activity: 3,
      items: [item],
      coDeveloped: false,
    }));
    expect(issuesOf(safeParseProposal(input))).toEqual([]);
  });

  it('word bounds and academic years from their own tables', async () => {
    const schemas = await freshSchemas();
    const partner = copy(partnerInput);
    partner.name = 'x'.repeat(301);
    partner.languages = [];
    expect(issuesOf(schemas.safeParsePartner(partner)).map((issue) => issue.message)).toEqual([
      'expected at most 300 characters',
      'expected at least 1 item',
    ]);
    const { renderZodIssue } = await import('../../src/schemas/_issues.js');
    const bound = (issue: Record<string, unknown>) =>
      renderZodIssue({ path: [], input: undefined, ...issue } as never);
    expect(bound({ code: 'too_small', origin: 'set', minimum: 2 })).toBe(
      'expected at least 2 items',
    );
    expect(bound({ code: 'too_big', origin: 'string', maximum: 1 })).toBe(
      'expected at most 1 character',
    );
    expect(bound({ code: 'too_big', origin: 'array', maximum: 2 })).toBe(
      'expected at most 2 items',
    );
    expect(bound({ code: 'too_small', origin: 'set', minimum: 1 })).toBe(
      'expected at least 1 item',
    );

    expect(
      [1, 2, 3, 4, 5].map((code) => schemas.ActivityCodeSchema.safeParse(code).success),
    ).toEqual([true, true, true, true, true]);
    expect(schemas.ActivityCodeSchema.safeParse(6).success).toBe(false);

    const year = schemas.AcademicYearSchema;
    expect(year.safeParse('2024').success).toBe(true);
    expect(year.safeParse('2024-2025').success).toBe(true);
    for (const bad of ['24', '2024-25', 'x2024', '2024-2025x', 'abcd', '2024-abcd', '2024/2025']) {
      const result = year.safeParse(bad);
      expect(
        result.error?.issues.map((issue) => issue.message),
        bad,
      ).toEqual([`expected an academic year 'YYYY' or 'YYYY-YYYY', received '${bad}'`]);
    }
    const result = year.safeParse('2024-2026');
    expect(result.error?.issues.map(({ code, message }) => ({ code, message }))).toEqual([
      { code: 'invalid_format', message: "expected two consecutive years, received '2024-2026'" },
    ]);
  });
});

// "Did you mean" (issue #12): a value outside a closed list names the closest allowed
// values, how many there are and which catalog export lists them; the issue keeps its code
// `invalid_value` and carries the same facts as data (`params`).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_LIST,
  AREA_LIST,
  CEFR_LEVEL_LIST,
  CELL_LIST,
  COUNTRY_LIST,
  INSTITUTION_TYPE_LIST,
  ISCED_FIELD_CODE_LIST,
  ISCED_FIELD_LIST,
  LANGUAGE_LIST,
  REGION_LIST,
  STRATEGY_LIST,
  suggest,
  unknownValue,
  type ClosedList,
} from '../../src/catalog/_suggest.js';
import {
  CELLS,
  CEFR_LEVELS,
  COUNTRIES,
  INSTITUTION_TYPES,
  LANGUAGES,
  REGIONS,
} from '../../src/catalog/index.js';
import { JSON_SCHEMA_NAMES, toJsonSchema } from '../../src/json-schema/index.js';
import {
  safeParseAgreement,
  safeParsePartner,
  safeParseProposal,
  type InvalidValueParams,
  type ValidationIssue,
} from '../../src/schemas/index.js';
import { closedListOf, invalidValue, issueMessage } from '../../src/schemas/_issues.js';
import { agreementInput, copy, partnerInput, proposalInput } from './_fixtures.js';

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

const TYPE_CODES = INSTITUTION_TYPES.map((type) => type.code);
const COUNTRY_CODES = COUNTRIES.map((country) => country.code);
const LANGUAGE_CODES = LANGUAGES.map((language) => language.code);

describe('the examples of issue #12, as a parse reports them', () => {
  it("names 'university' for 'univ', with the number of types and their catalog export", () => {
    expect(partner({ type: 'univ' })).toEqual([
      {
        code: 'invalid_value',
        path: ['type'],
        message:
          "'univ' is not an institution type; did you mean 'university'? (11 types, see INSTITUTION_TYPES)",
        params: {
          received: 'univ',
          allowed: TYPE_CODES,
          suggestions: ['university'],
          list: 'INSTITUTION_TYPES',
          of: 'institution-type',
          certain: false,
        },
      },
    ]);
  });

  it.each([
    ['Belgium', 'BE', 'Belgium', 'Belgique'],
    ['Belgique', 'BE', 'Belgium', 'Belgique'],
    ['belgium', 'BE', 'Belgium', 'Belgique'],
    ['Côte d’Ivoire', 'CI', "Cote d'Ivoire", "Côte-d'Ivoire"],
    ["cote-d'ivoire", 'CI', "Cote d'Ivoire", "Côte-d'Ivoire"],
    ['Allemagne', 'DE', 'Germany', 'Allemagne'],
    ['fr', 'FR', 'France', 'France'],
  ])(
    'names the code of a country given by its name or in lower case: %s',
    (given, code, en, fr) => {
      expect(partner({ country: given })).toEqual([
        {
          code: 'invalid_value',
          path: ['country'],
          message: `'${given}' is not a country code; did you mean '${code}' (${en})?`,
          params: {
            received: given,
            allowed: COUNTRY_CODES,
            suggestions: [code],
            list: 'COUNTRIES',
            of: 'country',
            certain: true,
            labels: [{ en, fr }],
          },
        },
      ]);
    },
  );

  it("names 'fr' (French) for the language 'French'", () => {
    expect(partner({ languages: ['en', 'French'] })).toEqual([
      {
        code: 'invalid_value',
        path: ['languages', 1],
        message: "'French' is not a language code; did you mean 'fr' (French)?",
        params: {
          received: 'French',
          allowed: LANGUAGE_CODES,
          suggestions: ['fr'],
          list: 'LANGUAGES',
          of: 'language',
          certain: true,
          labels: [{ en: 'French', fr: 'français' }],
        },
      },
    ]);
  });
});

describe('messages of values outside a closed list', () => {
  it.each<[string, Record<string, unknown>, string]>([
    [
      'a typo of a country name',
      { country: 'Frnace' },
      "'Frnace' is not a country code; did you mean 'FR' (France)? (249 ISO 3166-1 alpha-2 codes, see COUNTRIES)",
    ],
    [
      'an unassigned country code',
      { country: 'XK' },
      "'XK' is not a country code (249 ISO 3166-1 alpha-2 codes, see COUNTRIES)",
    ],
    [
      'a number as a country',
      { country: 7 },
      'expected a country code, received 7 (249 ISO 3166-1 alpha-2 codes, see COUNTRIES)',
    ],
    [
      'an unknown language code',
      { languages: ['zz'] },
      "'zz' is not a language code (183 ISO 639-1 codes, see LANGUAGES)",
    ],
    [
      'an ISO 639-2 code',
      { languages: ['eng'] },
      "'eng' is not a language code; did you mean 'en' (English) or 'ng' (Ndonga)? (183 ISO 639-1 codes, see LANGUAGES)",
    ],
    ['a lower-case cell', { offers: ['c5'] }, "'c5' is not a cell code; did you mean 'C5'?"],
    [
      'a cell of no area',
      { offers: ['E1'] },
      "'E1' is not a cell code (20 cells A1…D5, see CELLS)",
    ],
    [
      'an institution type far from every type',
      { type: 'castle' },
      "'castle' is not an institution type (11 types, see INSTITUTION_TYPES)",
    ],
    [
      'an institution type by its French title',
      { type: 'Centre hospitalier universitaire' },
      "'Centre hospitalier universitaire' is not an institution type; did you mean 'teaching-hospital'?",
    ],
    [
      'an institution type with a space for a hyphen',
      { type: 'Research institute' },
      "'Research institute' is not an institution type; did you mean 'research-institute'?",
    ],
    [
      'a missing institution type',
      { type: undefined },
      'expected an institution type, received nothing (11 types, see INSTITUTION_TYPES)',
    ],
  ])('%s', (_what, changes, message) => {
    const issues = partner(changes);
    expect(issues.map((issue) => [issue.code, issue.message])).toEqual([
      ['invalid_value', message],
    ]);
  });

  it('lists a short list of a schema whole, since no catalog export holds it', () => {
    expect(agreement({ instrument: 'treaty' }).map((issue) => issue.message)).toEqual([
      "'treaty' is not an instrument (5 instruments: 'mou', 'exchange', 'research', 'grant', 'other')",
    ]);
    expect(agreement({ instrument: 'MoU' })).toEqual([
      {
        code: 'invalid_value',
        path: ['instrument'],
        message: "'MoU' is not an instrument; did you mean 'mou'?",
        params: {
          received: 'MoU',
          allowed: ['mou', 'exchange', 'research', 'grant', 'other'],
          suggestions: ['mou'],
          of: 'instrument',
          certain: true,
        },
      },
    ]);
  });

  it('names the commitment kind meant, at the tag of the union', () => {
    expect(agreement({ commitments: [{ kind: 'mobilty' }] })).toEqual([
      {
        code: 'invalid_value',
        path: ['commitments', 0, 'kind'],
        message:
          "'mobilty' is not a commitment kind; did you mean 'mobility'? (4 kinds: 'mobility', 'resources', 'distance-course', 'joint-programme')",
        params: {
          received: 'mobilty',
          allowed: ['mobility', 'resources', 'distance-course', 'joint-programme'],
          suggestions: ['mobility'],
          of: 'commitment-kind',
          certain: false,
        },
      },
    ]);
  });

  it('names numeric codes bare, with their titles', () => {
    const issues = issuesOf(safeParseProposal({ ...copy(proposalInput), strategies: [1, '3', 5] }));
    expect(issues.map((issue) => [issue.path, issue.message, issue.params?.suggestions])).toEqual([
      [
        ['strategies', 1],
        "'3' is not a strategy code; did you mean 3 (research-cooperation)?",
        [3],
      ],
      [['strategies', 2], '5 is not a strategy code (4 strategies 1…4, see STRATEGIES)', []],
    ]);
  });

  it('keeps the plain message for a list of one value, with params', () => {
    const issues = agreement({
      commitments: [
        { kind: 'resources', area: 'B', activity: 4, items: ['curriculum'], coDeveloped: true },
      ],
      scope: ['B3', 'B4'],
    });
    expect(issues).toEqual([
      {
        code: 'invalid_value',
        path: ['commitments', 0, 'activity'],
        message: 'expected 3, received 4',
        params: { received: 4, allowed: [3], suggestions: [], of: 'value', certain: false },
      },
    ]);
  });

  it('renders a list of no catalog and no schema with every value, and suggests from it', () => {
    const nine = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    expect(issueMessage('invalid_value', invalidValue(nine, 'z'))).toBe(
      "'z' is not an accepted value (9 values: 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i')",
    );
    expect(issueMessage('invalid_value', invalidValue(['north', 'south'], 'North'))).toBe(
      "'North' is not an accepted value; did you mean 'north'?",
    );
  });
});

describe('every closed list of the schemas is described', () => {
  /** Every `enum` of a JSON Schema with more than one value, with where it was found. */
  function enumsOf(value: unknown, at: string, out: [string, unknown[]][]): [string, unknown[]][] {
    if (Array.isArray(value)) value.forEach((item, index) => enumsOf(item, `${at}/${index}`, out));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'enum' && Array.isArray(item) && item.length > 1) out.push([at, item]);
        else enumsOf(item, `${at}/${key}`, out);
      }
    }
    return out;
  }

  const enums = JSON_SCHEMA_NAMES.flatMap((name) => enumsOf(toJsonSchema(name), name, []));

  it('finds the enums (the walk is not empty)', () => {
    expect(enums.length).toBeGreaterThanOrEqual(10);
  });

  it.each(enums)('%s has a noun of its own', (_at, values) => {
    expect(closedListOf(values).noun).not.toBe('an accepted value');
  });

  it('finds the catalog lists by their values', () => {
    expect(closedListOf(COUNTRY_CODES)).toBe(COUNTRY_LIST);
    expect(closedListOf([...CELLS].reverse())).toBe(CELL_LIST);
    expect(closedListOf([1, 2, 3, 4])).toBe(STRATEGY_LIST);
    expect(closedListOf([1, 2, 3, 4, 5])).toBe(ACTIVITY_LIST);
    expect(closedListOf(['1', '2', '3', '4'])).not.toBe(STRATEGY_LIST);
  });
});

const LISTS: readonly [string, ClosedList, readonly (string | number)[]][] = [
  ['COUNTRIES', COUNTRY_LIST, COUNTRY_CODES],
  ['LANGUAGES', LANGUAGE_LIST, LANGUAGE_CODES],
  ['CELLS', CELL_LIST, CELLS],
  ['AREAS', AREA_LIST, ['A', 'B', 'C', 'D']],
  ['ACTIVITIES', ACTIVITY_LIST, [1, 2, 3, 4, 5]],
  ['STRATEGIES', STRATEGY_LIST, [1, 2, 3, 4]],
  ['INSTITUTION_TYPES', INSTITUTION_TYPE_LIST, TYPE_CODES],
  ['CEFR_LEVELS', CEFR_LEVEL_LIST, CEFR_LEVELS],
  ['REGIONS', REGION_LIST, REGIONS.map((region) => region.code)],
];

describe('suggest: laws', () => {
  it.each(LISTS)('%s: allows exactly the catalog values, in order', (catalog, list, values) => {
    expect(list.entries().map((entry) => entry.value)).toEqual(values);
    expect(list.catalog).toBe(catalog);
  });

  it.each(LISTS)(
    '%s: a value written in another case is certain and comes alone',
    (_catalog, list, values) => {
      for (const value of values) {
        for (const written of [String(value).toLowerCase(), String(value).toUpperCase()]) {
          if (written === value) continue;
          expect(suggest(list, written)).toEqual({ values: [value], certain: true });
        }
      }
    },
  );

  it('names the code of every country by its English or French name', () => {
    for (const country of COUNTRIES) {
      for (const name of [country.name.en, country.name.fr]) {
        const found = suggest(COUNTRY_LIST, name);
        expect(found.certain).toBe(true);
        expect(found.values).toContain(country.code);
      }
    }
  });

  it('names the code of every language by its English name', () => {
    for (const language of LANGUAGES) {
      const found = suggest(LANGUAGE_LIST, language.name.en);
      expect(found.certain).toBe(true);
      expect(found.values).toContain(language.code);
    }
  });

  it('names the code of a language by its French name (from the platform: Intl.DisplayNames)', () => {
    expect(suggest(LANGUAGE_LIST, 'allemand')).toEqual({ values: ['de'], certain: true });
    expect(suggest(LANGUAGE_LIST, 'Français')).toEqual({ values: ['fr'], certain: true });
    expect(suggest(LANGUAGE_LIST, 'anglais')).toEqual({ values: ['en'], certain: true });
    expect(suggest(LANGUAGE_LIST, 'khmer')).toEqual({ values: ['km'], certain: true });
    const french = new Intl.DisplayNames(['fr'], { type: 'language', fallback: 'none' });
    let named = 0;
    for (const language of LANGUAGES) {
      const name = french.of(language.code);
      if (name === undefined) continue;
      named += 1;
      const found = suggest(LANGUAGE_LIST, name);
      expect(found.certain, name).toBe(true);
      expect(found.values, name).toContain(language.code);
    }
    expect(named).toBeGreaterThan(150);
  });

  it('names the code of a country or a language given by its French name, in a parse', () => {
    const [country] = partner({ country: 'Allemagne' });
    expect(country?.params).toMatchObject({ suggestions: ['DE'], certain: true });
    const [language] = partner({ languages: ['allemand'] });
    expect(language).toMatchObject({
      message: "'allemand' is not a language code; did you mean 'de' (German)?",
      params: { suggestions: ['de'], certain: true, labels: [{ en: 'German', fr: 'allemand' }] },
    });
  });

  it.each(LISTS)(
    '%s: suggests at most three allowed values, never throws',
    (_catalog, list, values) => {
      fc.assert(
        fc.property(
          fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.anything()),
          (received) => {
            const found = suggest(list, received);
            expect(found.values.length).toBeLessThanOrEqual(3);
            for (const value of found.values) expect(values).toContain(value);
            const { message, suggestions } = unknownValue(list, received);
            expect(suggestions).toEqual(found.values);
            expect(message.length).toBeLessThan(400);
          },
        ),
      );
    },
  );

  it('finds a value one typo away from a long enough word', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...TYPE_CODES.filter((code) => code.length >= 6)),
        fc.nat(),
        (code, at) => {
          const index = at % code.length;
          const typo = `${code.slice(0, index)}${code.slice(index + 1)}`;
          expect(suggest(INSTITUTION_TYPE_LIST, typo).values).toContain(code);
        },
      ),
    );
  });

  it('answers quickly for a hostile value, and suggests nothing for it', () => {
    const started = performance.now();
    expect(suggest(COUNTRY_LIST, 'x'.repeat(100_000))).toEqual({ values: [], certain: false });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('suggests ISCED-F fields for a field written in words or without its 0', () => {
    expect(suggest(ISCED_FIELD_LIST, 'Medicine')).toEqual({ values: ['0912'], certain: true });
    expect(suggest(ISCED_FIELD_LIST, '912')).toEqual({ values: ['0912'], certain: false });
    expect(suggest(ISCED_FIELD_LIST, 'Field unknown')).toEqual({
      values: ['9999'],
      certain: true,
    });
    expect(unknownValue(ISCED_FIELD_LIST, 'nursing').message).toBe(
      "'nursing' is not an ISCED-F 2013 field code; did you mean '0913' (Nursing and midwifery)? (149 fields, see ISCED_FIELDS)",
    );
    expect(unknownValue(ISCED_FIELD_LIST, '0918').message).toBe(
      "'0918' is not an ISCED-F 2013 field code; did you mean '0910' (Health not further defined), '0911' (Dental studies) or '0912' (Medicine)? (149 fields, see ISCED_FIELDS)",
    );
  });

  it('suggests bare ISCED-F codes from the list the schema uses, which has no names', () => {
    expect(ISCED_FIELD_CODE_LIST.entries()).toHaveLength(149);
    expect(suggest(ISCED_FIELD_CODE_LIST, 'Medicine')).toEqual({ values: [], certain: false });
    expect(unknownValue(ISCED_FIELD_CODE_LIST, '0918').message).toBe(
      "'0918' is not an ISCED-F 2013 field code; did you mean '0910', '0911' or '0912'? (149 fields, see ISCED_FIELDS)",
    );
    expect(ISCED_FIELD_CODE_LIST.entries().map((entry) => entry.value)).toEqual(
      ISCED_FIELD_LIST.entries().map((entry) => entry.value),
    );
  });

  it('gives the params a program needs, typed', () => {
    const [issue] = partner({ country: 'Belgium' });
    const params = issue?.params as InvalidValueParams | undefined;
    expect(params?.suggestions).toEqual(['BE']);
    expect(params?.allowed).toHaveLength(249);
    expect(params?.list).toBe('COUNTRIES');
  });
});

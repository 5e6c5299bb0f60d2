import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AcademicYearSchema,
  ActivityCodeSchema,
  AgreementIdSchema,
  AreaCodeSchema,
  CefrLevelSchema,
  CellCodeSchema,
  CountryCodeSchema,
  CurrencyCodeSchema,
  EmailSchema,
  IscedFieldSchema,
  IsoDateSchema,
  LanguageCodeSchema,
  PartnerIdSchema,
  RorIdSchema,
  StrategyCodeSchema,
  UrlSchema,
} from '../../src/schemas/index.js';
import { ISCED_FIELD_CODES } from '../../src/catalog/iscedFields.js';
import { rorCheckDigits } from '../../src/core/_ror.js';
import { safeParseWith } from '../../src/schemas/_parse.js';

function codes(schema: Parameters<typeof safeParseWith>[0], input: unknown): string[] {
  const result = safeParseWith(schema, input);
  return result.success ? [] : result.issues.map((issue) => issue.code);
}

describe('IsoDateSchema', () => {
  it.each(['2014-01-01', '2024-02-29', '2000-02-29', '2018-12-31'])(
    'accepts the real date %s',
    (date) => {
      expect(IsoDateSchema.parse(date)).toBe(date);
    },
  );

  it.each([
    '2019-02-29',
    '1900-02-29',
    '2019-13-01',
    '2019-04-31',
    '2019-00-10',
    '2019-1-01',
    '2019-01-01T00:00:00Z',
    '',
    ' 2019-01-01',
  ])('rejects %j with invalid_date', (date) => {
    expect(codes(IsoDateSchema, date)).toEqual(['invalid_date']);
  });

  it('rejects a non-string with invalid_type', () => {
    expect(codes(IsoDateSchema, 20190101)).toEqual(['invalid_type']);
    expect(codes(IsoDateSchema, new Date(0))).toEqual(['invalid_type']);
  });
});

describe('AcademicYearSchema', () => {
  it('accepts two consecutive years or one calendar year', () => {
    expect(AcademicYearSchema.parse('2024-2025')).toBe('2024-2025');
    expect(AcademicYearSchema.parse('2024')).toBe('2024');
  });

  it('rejects years that are not consecutive, or badly written', () => {
    expect(codes(AcademicYearSchema, '2024-2026')).toEqual(['invalid_format']);
    expect(codes(AcademicYearSchema, '2025-2024')).toEqual(['invalid_format']);
    expect(codes(AcademicYearSchema, '2024/2025')).toEqual(['invalid_format']);
    expect(codes(AcademicYearSchema, '24-25')).toEqual(['invalid_format']);
  });
});

describe('CountryCodeSchema', () => {
  it('accepts assigned upper-case codes', () => {
    expect(CountryCodeSchema.parse('KH')).toBe('KH');
    expect(CountryCodeSchema.parse('TL')).toBe('TL');
  });

  it.each(['XK', 'fr', 'ZZ', 'FRA', ''])('rejects %j', (code) => {
    const result = safeParseWith(CountryCodeSchema, code);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues[0]?.code).toBe('invalid_value');
      expect(result.issues[0]?.message).toContain(`'${code}' is not a country code`);
    }
  });
});

describe('RorIdSchema', () => {
  it('accepts a bare id and normalises it to the URL form', () => {
    expect(RorIdSchema.parse('03yrm5c26')).toBe('https://ror.org/03yrm5c26');
    expect(RorIdSchema.parse('https://ror.org/03yrm5c26')).toBe('https://ror.org/03yrm5c26');
  });

  it('verifies the MOD 97-10 check digits', () => {
    expect(rorCheckDigits('3yrm5c')).toBe('26');
    const result = safeParseWith(RorIdSchema, '012dev089');
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues).toEqual([
        {
          code: 'invalid_ror_checksum',
          path: [],
          message: "the check digits of ROR id '012dev089' are wrong (expected 81)",
          params: { id: '012dev089', expected: '81' },
        },
      ]);
    }
  });

  it.each([
    '3yrm5c26',
    '13yrm5c26',
    '03YRM5C26',
    '03yrm5c2',
    'http://ror.org/03yrm5c26',
    'https://ror.org/03yrm5c26/',
    '03yrl5c26',
  ])('rejects the malformed %j with invalid_format', (id) => {
    expect(codes(RorIdSchema, id)).toEqual(['invalid_format']);
  });

  it('accepts exactly one pair of check digits for any body (property)', () => {
    const alphabet = '0123456789abcdefghjkmnpqrstvwxyz'.split('');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 99 }),
        (chars, check) => {
          const body = chars.join('');
          const digits = String(check).padStart(2, '0');
          const valid = digits === rorCheckDigits(body);
          expect(safeParseWith(RorIdSchema, `0${body}${digits}`).success).toBe(valid);
          const expected = Number(rorCheckDigits(body));
          expect(expected).toBeGreaterThanOrEqual(2);
          expect(expected).toBeLessThanOrEqual(98);
        },
      ),
    );
  });
});

describe('EmailSchema and UrlSchema', () => {
  it('accepts ordinary addresses and http(s) URLs', () => {
    expect(EmailSchema.parse('focal.point@partner.example.org')).toBe(
      'focal.point@partner.example.org',
    );
    expect(UrlSchema.parse('http://www.example.edu/path?q=1')).toBe(
      'http://www.example.edu/path?q=1',
    );
  });

  it('rejects the others with invalid_format', () => {
    expect(codes(EmailSchema, 'not an address')).toEqual(['invalid_format']);
    expect(codes(EmailSchema, 'a@b')).toEqual(['invalid_format']);
    expect(codes(UrlSchema, 'ftp://files.example.edu/')).toEqual(['invalid_format']);
    expect(codes(UrlSchema, 'javascript:alert(1)')).toEqual(['invalid_format']);
    expect(codes(UrlSchema, 'www.example.edu')).toEqual(['invalid_format']);
  });

  it('rejects oversized values with too_big', () => {
    expect(codes(EmailSchema, `${'a'.repeat(250)}@example.org`)).toContain('too_big');
    expect(codes(UrlSchema, `https://example.org/${'a'.repeat(2000)}`)).toContain('too_big');
  });
});

describe('IscedFieldSchema', () => {
  function issuesOf(input: unknown) {
    const result = safeParseWith(IscedFieldSchema, input);
    return result.success
      ? []
      : result.issues.map(({ params, ...issue }) => {
          // The 149 allowed codes are checked once, below.
          const { allowed, ...rest } = params as { allowed?: unknown };
          return { ...issue, params: rest, allowed: Array.isArray(allowed) ? allowed.length : 0 };
        });
  }

  it.each(['0011', '0912', '0999', '9999'])('accepts %s, a code of ISCED_FIELDS', (code) => {
    expect(IscedFieldSchema.parse(code)).toBe(code);
  });

  it('rejects 0918 (no such field) with the closest codes', () => {
    expect(issuesOf('0918')).toEqual([
      {
        code: 'invalid_value',
        path: [],
        message:
          "'0918' is not an ISCED-F 2013 field code; did you mean '0910', '0911' or '0912'? (149 fields, see ISCED_FIELDS)",
        params: {
          received: '0918',
          suggestions: ['0910', '0911', '0912'],
          of: 'isced-field',
          certain: false,
          list: 'ISCED_FIELDS',
        },
        allowed: 149,
      },
    ]);
    const result = safeParseWith(IscedFieldSchema, '0918');
    expect(result.success ? [] : result.issues[0]?.params?.allowed).toEqual([...ISCED_FIELD_CODES]);
  });

  it('rejects 1234 with no suggestion, and suggests 9999 for 9990', () => {
    expect(issuesOf('1234')).toEqual([
      {
        code: 'invalid_value',
        path: [],
        message: "'1234' is not an ISCED-F 2013 field code (149 fields, see ISCED_FIELDS)",
        params: {
          received: '1234',
          suggestions: [],
          of: 'isced-field',
          certain: false,
          list: 'ISCED_FIELDS',
        },
        allowed: 149,
      },
    ]);
    expect(issuesOf('9990').map((issue) => issue.message)).toEqual([
      "'9990' is not an ISCED-F 2013 field code; did you mean '9999'? (149 fields, see ISCED_FIELDS)",
    ]);
  });

  it('keeps the format issue, alone, for a value that is not four digits', () => {
    expect(issuesOf('medicine')).toEqual([
      {
        code: 'invalid_format',
        path: [],
        message: "expected an ISCED-F 2013 field code of four digits, received 'medicine'",
        params: { format: 'isced-field', received: 'medicine' },
        allowed: 0,
      },
    ]);
    expect(codes(IscedFieldSchema, '912')).toEqual(['invalid_format']);
    expect(codes(IscedFieldSchema, 912)).toEqual(['invalid_type']);
  });

  it('accepts exactly the codes of ISCED_FIELDS (law)', () => {
    const listed = new Set<string>(ISCED_FIELD_CODES);
    fc.assert(
      fc.property(fc.stringMatching(/^\d{4}$/), (code) => {
        expect(codes(IscedFieldSchema, code)).toEqual(listed.has(code) ? [] : ['invalid_value']);
      }),
    );
  });
});

describe('code schemas', () => {
  it('accept exactly the catalog codes', () => {
    expect(LanguageCodeSchema.parse('km')).toBe('km');
    expect(codes(LanguageCodeSchema, 'xx')).toEqual(['invalid_value']);
    expect(codes(LanguageCodeSchema, 'EN')).toEqual(['invalid_value']);
    expect(CefrLevelSchema.parse('C2')).toBe('C2');
    expect(codes(CefrLevelSchema, 'C3')).toEqual(['invalid_value']);
    expect(IscedFieldSchema.parse('0988')).toBe('0988');
    expect(codes(IscedFieldSchema, '988')).toEqual(['invalid_format']);
    expect(codes(IscedFieldSchema, '0918')).toEqual(['invalid_value']);
    expect(CellCodeSchema.parse('D5')).toBe('D5');
    expect(codes(CellCodeSchema, 'E1')).toEqual(['invalid_value']);
    expect(codes(CellCodeSchema, 'A6')).toEqual(['invalid_value']);
    expect(AreaCodeSchema.parse('A')).toBe('A');
    expect(codes(AreaCodeSchema, 'E')).toEqual(['invalid_value']);
    expect(ActivityCodeSchema.parse(1)).toBe(1);
    expect(codes(ActivityCodeSchema, 6)).toEqual(['invalid_value']);
    expect(codes(ActivityCodeSchema, '1')).toEqual(['invalid_value']);
    expect(StrategyCodeSchema.parse(4)).toBe(4);
    expect(codes(StrategyCodeSchema, 5)).toEqual(['invalid_value']);
    expect(CurrencyCodeSchema.parse('KHR')).toBe('KHR');
    expect(codes(CurrencyCodeSchema, 'khr')).toEqual(['invalid_format']);
  });
});

describe('id schemas', () => {
  it('accept 1–64 characters of [a-z0-9-] starting with a letter or digit', () => {
    expect(PartnerIdSchema.parse('a')).toBe('a');
    expect(PartnerIdSchema.parse('0-a')).toBe('0-a');
    expect(AgreementIdSchema.parse('x'.repeat(64))).toBe('x'.repeat(64));
  });

  it.each(['', '-a', 'A', 'a_b', 'a b', 'é', 'x'.repeat(65)])('reject %j', (id) => {
    expect(codes(PartnerIdSchema, id)).toEqual(['invalid_format']);
  });
});

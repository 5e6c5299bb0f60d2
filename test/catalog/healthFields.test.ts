import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  HEALTH_FIELDS,
  HEALTH_FIELD_CODES,
  isHealthField,
  type HealthField,
  type HealthFieldCode,
} from '../../src/catalog/healthFields.js';
import { ISCED_FIELDS, isIscedField } from '../../src/catalog/iscedFields.js';

const CODES = [
  '0900',
  '0910',
  '0911',
  '0912',
  '0913',
  '0914',
  '0915',
  '0916',
  '0917',
  '0919',
  '0920',
  '0921',
  '0922',
  '0923',
  '0929',
  '0988',
  '0999',
];

describe('HEALTH_FIELDS', () => {
  it('lists the detailed fields of ISCED-F 2013 broad field 09, ordered by code', () => {
    expect(HEALTH_FIELDS.map((field) => field.code)).toEqual(CODES);
  });

  it('has no 0918', () => {
    expect(HEALTH_FIELDS.some((field) => (field.code as string) === '0918')).toBe(false);
  });

  it('carries the official English names', () => {
    const names = Object.fromEntries(HEALTH_FIELDS.map((field) => [field.code, field.name.en]));
    expect(names).toMatchObject({
      '0900': 'Health and welfare not further defined',
      '0910': 'Health not further defined',
      '0911': 'Dental studies',
      '0912': 'Medicine',
      '0913': 'Nursing and midwifery',
      '0914': 'Medical diagnostic and treatment technology',
      '0915': 'Therapy and rehabilitation',
      '0916': 'Pharmacy',
      '0917': 'Traditional and complementary medicine and therapy',
      '0919': 'Health not elsewhere classified',
      '0920': 'Welfare not further defined',
      '0929': 'Welfare not elsewhere classified',
      '0988': 'Inter-disciplinary programmes and qualifications involving health and welfare',
      '0999': 'Health and welfare not elsewhere classified',
    });
    for (const field of HEALTH_FIELDS) expect(Object.keys(field.name)).toEqual(['en']);
  });

  it('is exactly the ISCED_FIELDS of broad field 09, with the same names', () => {
    expect(HEALTH_FIELDS).toEqual(ISCED_FIELDS.filter((field) => field.code.startsWith('09')));
    for (const field of HEALTH_FIELDS) expect(isIscedField(field.code)).toBe(true);
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(HEALTH_FIELDS)).toBe(true);
    for (const field of HEALTH_FIELDS) {
      expect(Object.isFrozen(field)).toBe(true);
      expect(Object.isFrozen(field.name)).toBe(true);
    }
    expect(() => {
      (HEALTH_FIELDS as unknown as HealthField[]).shift();
    }).toThrow(TypeError);
  });
});

describe('HEALTH_FIELD_CODES', () => {
  it('follows HEALTH_FIELDS, 0999 last', () => {
    expect(HEALTH_FIELD_CODES).toEqual(CODES);
    expect(HEALTH_FIELD_CODES.at(-1)).toBe('0999');
    expect(Object.isFrozen(HEALTH_FIELD_CODES)).toBe(true);
  });
});

describe('isHealthField', () => {
  it('is true for 0912 and every listed code', () => {
    expect(isHealthField('0912')).toBe(true);
    for (const code of CODES) expect(isHealthField(code)).toBe(true);
  });

  it('is false for 0918, other ISCED-F fields and non-strings', () => {
    for (const value of ['0918', '0930', '0998', '0911 ', '912', '09', '091', '0111', 912, null]) {
      expect(isHealthField(value)).toBe(false);
    }
  });

  it('is true exactly for the listed codes (law)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^09\d\d$/), fc.string({ maxLength: 5 })), (s) => {
        expect(isHealthField(s)).toBe(CODES.includes(s));
      }),
    );
  });

  it('narrows to HealthFieldCode', () => {
    const value: unknown = '0913';
    if (isHealthField(value)) expectTypeOf(value).toEqualTypeOf<HealthFieldCode>();
    expectTypeOf(HEALTH_FIELDS[0]).toExtend<HealthField>();
    expectTypeOf<'0918'>().not.toExtend<HealthFieldCode>();
    // @ts-expect-error 0918 is not an ISCED-F 2013 field
    const code: HealthFieldCode = '0918';
    expect(isHealthField(code)).toBe(false);
  });
});

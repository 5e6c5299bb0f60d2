import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { HEALTH_FIELDS } from '../../src/catalog/healthFields.js';
import * as catalog from '../../src/catalog/index.js';
import {
  ISCED_FIELDS,
  ISCED_FIELD_CODES,
  isIscedField,
  type IscedField,
  type IscedFieldCode,
} from '../../src/catalog/iscedFields.js';
import type { IscedFieldCode as SchemasIscedFieldCode } from '../../src/schemas/index.js';

const BROAD_FIELD_09 = [
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

describe('ISCED_FIELDS', () => {
  it('lists the 149 detailed fields of ISCED-F 2013, strictly ordered by code', () => {
    expect(ISCED_FIELDS).toHaveLength(149);
    const codes = ISCED_FIELDS.map((field) => field.code);
    expect(codes.slice(1).every((code, index) => (codes[index] as string) < code)).toBe(true);
    expect(codes.every((code) => /^\d{4}$/.test(code))).toBe(true);
    expect(codes.slice(0, 5)).toEqual(['0000', '0011', '0021', '0031', '0099']);
    expect(codes.slice(-4)).toEqual(['1041', '1088', '1099', '9999']);
  });

  it('has the 17 fields of broad field 09, 0999 included and no 0918', () => {
    expect(
      ISCED_FIELDS.filter((field) => field.code.startsWith('09')).map((field) => field.code),
    ).toEqual(BROAD_FIELD_09);
    expect(ISCED_FIELDS.some((field) => (field.code as string) === '0918')).toBe(false);
  });

  it('names the health fields as HEALTH_FIELDS does: the two tables say one thing', () => {
    // HEALTH_FIELDS keeps its own literal table (its code type and a small bundle for the
    // health-sciences rule); this ties it, code and name, to the generated ISCED list.
    expect(HEALTH_FIELDS).toEqual(ISCED_FIELDS.filter((field) => field.code.startsWith('09')));
  });

  it('covers the 11 broad fields 00 … 10, and 9999 "Field unknown"', () => {
    const broad = [...new Set(ISCED_FIELDS.map((field) => field.code.slice(0, 2)))];
    expect(broad).toEqual(['00', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '99']);
    expect(ISCED_FIELDS.at(-1)).toEqual({ code: '9999', name: { en: 'Field unknown' } });
  });

  it('carries the official English names', () => {
    const names = new Map(ISCED_FIELDS.map((field) => [field.code as string, field.name.en]));
    expect(names.get('0011')).toBe('Basic programmes and qualifications');
    expect(names.get('0912')).toBe('Medicine');
    expect(names.get('0999')).toBe('Health and welfare not elsewhere classified');
    expect(names.get('0613')).toBe('Software and applications development and analysis');
    for (const field of ISCED_FIELDS) {
      expect(Object.keys(field)).toEqual(['code', 'name']);
      expect(Object.keys(field.name)).toEqual(['en']);
      expect(field.name.en.trim()).toBe(field.name.en);
      expect(field.name.en.length).toBeGreaterThan(0);
    }
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(ISCED_FIELDS)).toBe(true);
    for (const field of ISCED_FIELDS) {
      expect(Object.isFrozen(field)).toBe(true);
      expect(Object.isFrozen(field.name)).toBe(true);
    }
    expect(() => {
      (ISCED_FIELDS as unknown as IscedField[]).pop();
    }).toThrow(TypeError);
  });

  it('is exported by the catalog, with its codes and guard', () => {
    expect(catalog.ISCED_FIELDS).toBe(ISCED_FIELDS);
    expect(catalog.ISCED_FIELD_CODES).toBe(ISCED_FIELD_CODES);
    expect(catalog.isIscedField).toBe(isIscedField);
  });
});

describe('ISCED_FIELD_CODES', () => {
  it('are the codes of ISCED_FIELDS, in its order, frozen', () => {
    expect(ISCED_FIELD_CODES).toEqual(ISCED_FIELDS.map((field) => field.code));
    expect(Object.isFrozen(ISCED_FIELD_CODES)).toBe(true);
  });
});

describe('isIscedField', () => {
  it('is true for every listed code, 0011 and 0999 among them', () => {
    for (const code of ISCED_FIELD_CODES) expect(isIscedField(code)).toBe(true);
    expect(isIscedField('0011')).toBe(true);
    expect(isIscedField('0999')).toBe(true);
  });

  it('is false for four digits that name no field, other forms and non-strings', () => {
    for (const value of ['0918', '1234', '0001', '0930', '912', '0912 ', ' 0912', '٠٩١٢', 912]) {
      expect(isIscedField(value)).toBe(false);
    }
    for (const value of [null, undefined, {}, ['0912'], 0]) expect(isIscedField(value)).toBe(false);
  });

  it('is true exactly for the listed codes (law)', () => {
    const listed = new Set<string>(ISCED_FIELD_CODES);
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\d{4}$/), fc.string({ maxLength: 5 })), (value) => {
        expect(isIscedField(value)).toBe(listed.has(value));
      }),
    );
  });

  it('narrows to IscedFieldCode, the union of the listed codes', () => {
    const value: unknown = '0913';
    if (isIscedField(value)) expectTypeOf(value).toEqualTypeOf<IscedFieldCode>();
    expectTypeOf(ISCED_FIELDS[0]).toExtend<IscedField>();
    expectTypeOf<IscedFieldCode>().toEqualTypeOf<(typeof ISCED_FIELD_CODES)[number]>();
    expectTypeOf<SchemasIscedFieldCode>().toEqualTypeOf<IscedFieldCode>();
    expectTypeOf<'0999'>().toExtend<IscedFieldCode>();
    expectTypeOf<'0918'>().not.toExtend<IscedFieldCode>();
    expectTypeOf<string>().not.toExtend<IscedFieldCode>();
    // @ts-expect-error 0918 is not an ISCED-F 2013 field
    const code: IscedFieldCode = '0918';
    expect(isIscedField(code)).toBe(false);
  });
});

/** Every generated schema is valid draft 2020-12 that ajv compiles in strict mode. */
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_NAMES, toJsonSchema } from '../../src/json-schema/index.js';
import { createAjv } from './_validators.js';

describe('ajv (draft 2020-12, strict, ajv-formats)', () => {
  it.each(JSON_SCHEMA_NAMES)('%s: is a valid schema and compiles', (name) => {
    const ajv = createAjv();
    const schema = toJsonSchema(name);
    expect(ajv.validateSchema(schema), ajv.errorsText()).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('compiles the five side by side, each found by its $id', () => {
    const ajv = createAjv();
    for (const name of JSON_SCHEMA_NAMES) ajv.addSchema(toJsonSchema(name));
    for (const name of JSON_SCHEMA_NAMES) {
      expect(ajv.getSchema(`urn:uhs:partners-network:${name.toLowerCase()}:2`)).toBeTypeOf(
        'function',
      );
    }
  });

  const withFormats = JSON_SCHEMA_NAMES.filter((name) =>
    JSON.stringify(toJsonSchema(name)).includes('"format"'),
  );

  it('declares formats (date, uri) in every schema but the commitment', () => {
    expect(withFormats).toEqual(['Network', 'Partner', 'Agreement', 'Proposal']);
  });

  it.each(withFormats)('%s: strict ajv without ajv-formats refuses it (hence the docs)', (name) => {
    expect(() => new Ajv2020({ strict: true }).compile(toJsonSchema(name))).toThrow(
      /unknown format/,
    );
  });
});

import { describe, expectTypeOf, it } from 'vitest';
import {
  JSON_SCHEMA_NAMES,
  toJsonSchema,
  type JsonSchemaDocument,
  type JsonSchemaName,
} from '../../src/json-schema/index.js';

describe('toJsonSchema types', () => {
  it('takes the names in either casing, and nothing else', () => {
    expectTypeOf<JsonSchemaName>().toEqualTypeOf<
      | 'Network'
      | 'Partner'
      | 'Agreement'
      | 'Proposal'
      | 'Commitment'
      | 'network'
      | 'partner'
      | 'agreement'
      | 'proposal'
      | 'commitment'
    >();
    expectTypeOf(toJsonSchema).parameter(0).toEqualTypeOf<JsonSchemaName>();
    // @ts-expect-error the file names' plural is not a name
    toJsonSchema('partners');
    // @ts-expect-error a contact has no schema of its own
    toJsonSchema('Contact');
  });

  it('returns a document whose $id names its kind', () => {
    expectTypeOf(toJsonSchema('partner')).toEqualTypeOf<JsonSchemaDocument>();
    expectTypeOf(
      toJsonSchema('Network').$id,
    ).toEqualTypeOf<`urn:uhs:partners-network:${Lowercase<JsonSchemaName>}:${number}`>();
    expectTypeOf(
      toJsonSchema('Network').$schema,
    ).toEqualTypeOf<'https://json-schema.org/draft/2020-12/schema'>();
  });

  it('lists the names as a read-only tuple of literals', () => {
    expectTypeOf(JSON_SCHEMA_NAMES).toEqualTypeOf<
      readonly ['Network', 'Partner', 'Agreement', 'Proposal', 'Commitment']
    >();
    // @ts-expect-error the list is read-only
    JSON_SCHEMA_NAMES.push('Contact');
  });
});

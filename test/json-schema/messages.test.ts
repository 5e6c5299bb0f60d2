import { describe, expect, it } from 'vitest';
import { describeProperties } from '../../src/json-schema/_internal.js';
import {
  JSON_SCHEMA_NAMES,
  toJsonSchema,
  type JsonSchemaName,
} from '../../src/json-schema/index.js';
import { JSON_SCHEMA_MESSAGES } from '../../src/messages/jsonSchema.js';
import { isLibraryError } from '../../src/messages/_table.js';
import { formatMessage } from '../../src/messages/index.js';

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('no error');
}

const allowed = ['Network', 'Partner', 'Agreement', 'Proposal', 'Commitment'];

describe('the errors of toJsonSchema (SPEC §12)', () => {
  it.each([
    [
      'partners',
      "Unknown JSON Schema name 'partners': expected one of Network, Partner, Agreement, Proposal, Commitment (in any casing)",
      "Nom de schéma JSON inconnu 'partners'\u00a0: Network, Partner, Agreement, Proposal ou Commitment attendu (quelle que soit la casse)",
    ],
    [
      undefined,
      'Unknown JSON Schema name nothing: expected one of Network, Partner, Agreement, Proposal, Commitment (in any casing)',
      'Nom de schéma JSON attendu (Network, Partner, Agreement, Proposal ou Commitment, quelle que soit la casse), aucune valeur reçue',
    ],
    [
      {},
      'Unknown JSON Schema name an object: expected one of Network, Partner, Agreement, Proposal, Commitment (in any casing)',
      'Nom de schéma JSON attendu (Network, Partner, Agreement, Proposal ou Commitment, quelle que soit la casse), valeur reçue\u00a0: un objet',
    ],
    [
      42,
      'Unknown JSON Schema name 42: expected one of Network, Partner, Agreement, Proposal, Commitment (in any casing)',
      'Nom de schéma JSON inconnu 42\u00a0: Network, Partner, Agreement, Proposal ou Commitment attendu (quelle que soit la casse)',
    ],
  ])(
    'for %j: a RangeError with code and params, in English and French',
    (name, english, french) => {
      const error = caught(() => toJsonSchema(name as JsonSchemaName));
      expect(error).toBeInstanceOf(RangeError);
      expect(isLibraryError(error)).toBe(true);
      expect((error as RangeError).message).toBe(english);
      expect((error as { code: unknown }).code).toBe('json_schema.unknown_name');
      const params = (error as { params: { received: unknown; allowed: unknown } }).params;
      expect(params).toEqual({ received: name, allowed });
      expect(formatMessage('json_schema.unknown_name', params as never)).toBe(english);
      expect(formatMessage('json_schema.unknown_name', params as never, { locale: 'fr' })).toBe(
        french,
      );
    },
  );

  it('lists the names of JSON_SCHEMA_NAMES, a copy of them', () => {
    const error = caught(() => toJsonSchema('Contact' as JsonSchemaName)) as {
      params: { allowed: string[] };
    };
    expect(error.params.allowed).toEqual([...JSON_SCHEMA_NAMES]);
    expect(error.params.allowed).not.toBe(JSON_SCHEMA_NAMES);
  });

  it('says a description for a missing property is a mistake, in English and French', () => {
    const error = caught(() =>
      describeProperties({ 'identifiers.nope': 'A thing.' })({
        properties: { identifiers: { type: 'object', properties: {} } },
      }),
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe("describeProperties: no property 'nope' to describe");
    expect((error as { code: unknown }).code).toBe('json_schema.no_property_to_describe');
    expect((error as { params: unknown }).params).toEqual({ property: 'nope' });
    expect(
      formatMessage('json_schema.no_property_to_describe', { property: 'nope' }, { locale: 'fr' }),
    ).toBe("describeProperties\u00a0: aucune propriété 'nope' à décrire");
  });

  it('describes a property found by its path', () => {
    expect(
      describeProperties({ 'a.b': 'B.' })({
        type: 'object',
        properties: { a: { properties: { b: { type: 'string' } } } },
      }),
    ).toEqual({
      type: 'object',
      properties: { a: { properties: { b: { description: 'B.', type: 'string' } } } },
    });
  });

  it('has a test above for every json_schema.* message', () => {
    expect(Object.keys(JSON_SCHEMA_MESSAGES).sort()).toEqual([
      'json_schema.no_property_to_describe',
      'json_schema.unknown_name',
    ]);
  });
});

describe('the schemas read the closed lists from the catalog', () => {
  it('names the ranges of areas and activities in the CellCode description', () => {
    const defs = toJsonSchema('Agreement').$defs as Record<string, { description: string }>;
    expect(defs.CellCode?.description).toBe(
      'A cell of the area × activity grid: an area letter A–D, then an activity digit 1–5.',
    );
  });
});

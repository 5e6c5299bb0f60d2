import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELLS } from '../../src/catalog/cells.js';
import {
  JSON_SCHEMA_NAMES,
  toJsonSchema,
  type JsonSchemaDocument,
  type JsonSchemaName,
} from '../../src/json-schema/index.js';
import { portablePattern } from '../../src/json-schema/_internal.js';
import { HTTP_URL } from '../../src/core/_patterns.js';
import { NetworkSchema } from '../../src/schemas/network.js';

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every schema object of a document, with its JSON pointer. Values of `enum`, `const` and `default` are data, not schemas. */
function schemaNodes(document: JsonSchemaDocument): [string, Node][] {
  const found: [string, Node][] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        walk(item, `${path}/${index}`);
      });
      return;
    }
    if (!isNode(value)) return;
    found.push([path, value]);
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'enum' || key === 'const' || key === 'default' || key === 'required') continue;
      if ((key === 'properties' || key === '$defs') && isNode(inner)) {
        for (const [name, schema] of Object.entries(inner)) walk(schema, `${path}/${key}/${name}`);
      } else {
        walk(inner, `${path}/${key}`);
      }
    }
  };
  walk(document, '#');
  return found;
}

function resolve(document: JsonSchemaDocument, node: Node): Node {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const target = document.$defs?.[ref.replace('#/$defs/', '')];
  if (target === undefined) throw new Error(`unresolved ${ref}`);
  return resolve(document, target);
}

const documents = JSON_SCHEMA_NAMES.map((name) => [name, toJsonSchema(name)] as const);

describe('toJsonSchema', () => {
  it('knows the five kinds of document, in a frozen list', () => {
    expect(JSON_SCHEMA_NAMES).toEqual([
      'Network',
      'Partner',
      'Agreement',
      'Proposal',
      'Commitment',
    ]);
    expect(Object.isFrozen(JSON_SCHEMA_NAMES)).toBe(true);
  });

  it.each(documents)(
    '%s: is draft 2020-12 with its $id, a title and a description',
    (name, schema) => {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`urn:uhs:partners-network:${name.toLowerCase()}:2`);
      expect(schema.title).toBe(`${name} (UHS International Partners Network)`);
      expect(schema.description.length).toBeGreaterThan(80);
      expect(Object.keys(schema).slice(0, 4)).toEqual(['$schema', '$id', 'title', 'description']);
    },
  );

  it('versions every $id with the schemaVersion of a network document', () => {
    const version = NetworkSchema.shape.schemaVersion.value;
    const network = toJsonSchema('Network') as unknown as {
      properties: { schemaVersion: { const: number } };
    };
    expect(network.properties.schemaVersion.const).toBe(version);
    for (const [, schema] of documents)
      expect(schema.$id.endsWith(`:${String(version)}`)).toBe(true);
  });

  it('takes a name in any casing', () => {
    for (const name of JSON_SCHEMA_NAMES) {
      const lower = name.toLowerCase() as JsonSchemaName;
      expect(toJsonSchema(lower)).toEqual(toJsonSchema(name));
      expect(toJsonSchema(name.toUpperCase() as JsonSchemaName)).toEqual(toJsonSchema(name));
    }
  });

  it.each(['partners', '', 'Contact', ' partner', undefined, null, 42, {}])(
    'throws a RangeError that lists the names, for %j',
    (name) => {
      expect(() => toJsonSchema(name as JsonSchemaName)).toThrow(RangeError);
      expect(() => toJsonSchema(name as JsonSchemaName)).toThrow(
        /expected one of Network, Partner, Agreement, Proposal, Commitment/,
      );
    },
  );

  it('does what its TSDoc examples say', () => {
    const schema = toJsonSchema('partner');
    expect(schema.$id).toBe('urn:uhs:partners-network:partner:2');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual([
      'id',
      'name',
      'type',
      'country',
      'fields',
      'languages',
      'contacts',
    ]);
    expect(toJsonSchema('Network').title).toBe('Network (UHS International Partners Network)');
    expect(JSON_SCHEMA_NAMES.map((name) => `schemas/${name.toLowerCase()}.schema.json`)[1]).toBe(
      'schemas/partner.schema.json',
    );
    expect(JSON_SCHEMA_NAMES.map((name) => toJsonSchema(name).$id)).toEqual([
      'urn:uhs:partners-network:network:2',
      'urn:uhs:partners-network:partner:2',
      'urn:uhs:partners-network:agreement:2',
      'urn:uhs:partners-network:proposal:2',
      'urn:uhs:partners-network:commitment:2',
    ]);
  });

  it('returns a fresh plain object each time, which the caller may change', () => {
    const first = toJsonSchema('Partner');
    const second = toJsonSchema('Partner');
    expect(first).not.toBe(second);
    expect(first).toEqual(second);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    (first.properties as Node).id = false;
    (first.$defs?.CountryCode?.enum as string[]).length = 0;
    expect(toJsonSchema('Partner')).toEqual(second);
    expect(second.$defs?.CountryCode?.enum).toHaveLength(249);
  });
});

describe('what z.toJSONSchema leaves out, added', () => {
  it.each(documents)(
    '%s: every list of values holds each value once (uniqueItems)',
    (_name, schema) => {
      for (const [path, node] of schemaNodes(schema)) {
        if (node.type !== 'array' || !isNode(node.items)) continue;
        const item = resolve(schema, node.items);
        const isValue = item.type === 'string' || item.type === 'number' || 'enum' in item;
        expect(node.uniqueItems === true, path).toBe(isValue);
      }
    },
  );

  it('finds every list of values of SPEC §5 (cells, fields, languages, partner ids, strategies, items)', () => {
    const lists = new Set<string>();
    for (const [, schema] of documents) {
      for (const [path, node] of schemaNodes(schema)) {
        if (node.uniqueItems !== true) continue;
        lists.add(
          path.replace(/^#\/\$defs\/(\w+)\/properties\//, '$1.').replace(/^#\/properties\//, '#.'),
        );
      }
    }
    expect([...lists].sort()).toEqual(
      [
        'Agreement.partnerIds',
        'Agreement.scope',
        'JointProgrammeCommitment.fields',
        'StaffMobilityCommitment.fields',
        'StudentMobilityCommitment.fields',
        'StudentMobilityCommitment.eqfLevels',
        'Partner.fields',
        'Partner.identifiers/properties/ounitIds',
        'Partner.languages',
        'Partner.offers',
        'Proposal.scope',
        'Proposal.strategies',
        'ResourcesCommitment.items',
        '#.fields',
        '#.identifiers/properties/ounitIds',
        '#.languages',
        '#.offers',
        '#.partnerIds',
        '#.scope',
        '#.strategies',
      ].sort(),
    );
  });

  it.each(documents)(
    '%s: every URL carries the whole URL pattern; no e-mail format',
    (_name, schema) => {
      for (const [path, node] of schemaNodes(schema)) {
        if (node.format === 'uri') expect(node.pattern, path).toBe(HTTP_URL.source);
        expect(node.format, path).not.toBe('email');
      }
    },
  );

  it('checks in every agreement that each commitment is in scope: one clause per cell', () => {
    for (const name of ['Agreement', 'Network'] as const) {
      const schema = toJsonSchema(name);
      const agreement = name === 'Agreement' ? schema : (schema.$defs?.Agreement as Node);
      const clauses = agreement.allOf as {
        then: { properties: { scope: { contains: { const: string } } } };
      }[];
      expect(clauses.map((clause) => clause.then.properties.scope.contains.const)).toEqual([
        ...CELLS,
      ]);
    }
    expect(toJsonSchema('Proposal').$defs?.Proposal).toBeUndefined();
    expect(toJsonSchema('Proposal').allOf).toBeUndefined();
  });

  it.each(documents)('%s: closes every object (additionalProperties: false)', (_name, schema) => {
    for (const [path, node] of schemaNodes(schema)) {
      // The scope clauses only look at objects that the schema closes elsewhere.
      if (node.type === 'object' && !/\/(if|then)\//.test(path)) {
        expect(node.additionalProperties, path).toBe(false);
      }
    }
  });

  it.each(documents)(
    '%s: names its repeated parts in $defs, each used and each found',
    (_name, schema) => {
      const text = JSON.stringify(schema);
      const refs = new Set(
        [...text.matchAll(/"\$ref":"#\/\$defs\/(\w+)"/g)].map((match) => match[1]),
      );
      expect(new Set(Object.keys(schema.$defs ?? {}))).toEqual(refs);
      for (const [, node] of schemaNodes(schema)) {
        if (typeof node.$ref === 'string') expect(Object.keys(node)).toEqual(['$ref']);
      }
    },
  );

  it.each(documents)('%s: writes patterns that every dialect reads alike', (_name, schema) => {
    for (const [path, node] of schemaNodes(schema)) {
      if (typeof node.pattern !== 'string') continue;
      expect(node.pattern, path).not.toMatch(/\\d/);
      // No lookaround, no backreference: RE2-style engines (Go, Rust) have neither.
      expect(node.pattern, path).not.toMatch(/\(\?<?[=!]|\\[1-9]/);
      expect(() => new RegExp(node.pattern as string, 'u'), path).not.toThrow();
    }
  });
});

describe('portablePattern', () => {
  it('writes \\d out as [0-9], in a class as 0-9, and leaves other escapes alone', () => {
    expect(portablePattern('^\\d{4}$')).toBe('^[0-9]{4}$');
    expect(portablePattern('^[\\d.]+$')).toBe('^[0-9.]+$');
    expect(portablePattern('^[12]\\d|\\.\\d$')).toBe('^[12][0-9]|\\.[0-9]$');
    expect(portablePattern('^\\\\d\\/$')).toBe('^\\\\d\\/$');
    expect(portablePattern('^[\\]\\d]$')).toBe('^[\\]0-9]$');
  });

  it('means the same as the pattern it rewrites (ECMAScript, u flag)', () => {
    const patterns = ['^\\d{4}$', '^[\\d-]{2,5}$', '^(?:\\d\\d[2468][048]|[12]\\d)-\\d?$'];
    fc.assert(
      fc.property(
        fc.constantFrom(...patterns),
        fc.string({ unit: fc.constantFrom('0', '4', '9', '-', 'a', '٠', '٣', '𝟙'), maxLength: 8 }),
        (pattern, input) =>
          new RegExp(pattern, 'u').test(input) ===
          new RegExp(portablePattern(pattern), 'u').test(input),
      ),
    );
  });
});

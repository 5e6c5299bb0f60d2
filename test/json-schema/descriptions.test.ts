import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_NAMES, toJsonSchema } from '../../src/json-schema/index.js';

type Node = Record<string, unknown>;

/** Every schema node of a document, with its JSON Pointer. */
function nodes(value: unknown, pointer = '#'): [string, Node][] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => nodes(item, `${pointer}/${String(index)}`));
  if (typeof value !== 'object' || value === null) return [];
  const node = value as Node;
  return [
    [pointer, node],
    ...Object.entries(node)
      .filter(([key]) => key !== 'enum' && key !== 'const')
      .flatMap(([key, inner]) => nodes(inner, `${pointer}/${key}`)),
  ];
}

/**
 * Where a validator's own message would be a regular expression (`pattern`), a format name or
 * a list of hundreds of codes, the schema says in words what is expected: the partner guide's
 * Python example prints "'<value>' is not <description>" for those (docs/json-schema.md).
 */
describe('descriptions where a validator would quote a pattern', () => {
  it.each(JSON_SCHEMA_NAMES)('%s: every pattern, format and long enum is described', (name) => {
    const described = nodes(toJsonSchema(name)).filter(
      ([, node]) =>
        typeof node.pattern === 'string' ||
        typeof node.format === 'string' ||
        (Array.isArray(node.enum) && node.enum.length > 20),
    );
    expect(described.length).toBeGreaterThan(0);
    for (const [pointer, node] of described) {
      // "A …" or "An …": it reads as "'<value>' is not a …".
      expect(node.description, pointer).toMatch(/^An? [^\n]{10,}\.$/);
    }
  });

  it('describes the partner fields that have a pattern of their own, in words', () => {
    const partner = toJsonSchema('Partner') as unknown as Node & {
      properties: { identifiers: { properties: Record<string, Node> } };
      $defs: Record<string, Node & { properties: Record<string, Node> }>;
    };
    const identifiers = partner.properties.identifiers.properties;
    // A SCHAC id is a shared definition (the home's and every partner's), described once.
    expect(identifiers['schac']).toEqual({ $ref: '#/$defs/SchacId' });
    expect(partner.$defs['SchacId']?.description).toContain('internet domain');
    expect(identifiers['erasmusCode']?.description).toContain('Erasmus institution code');
    expect(partner.$defs['Contact']?.properties['phone']?.description).toContain(
      'telephone number',
    );
    expect(toJsonSchema('Agreement').$defs?.['Funding']).toMatchObject({
      properties: { currency: { description: expect.stringContaining('ISO 4217') } },
    });
  });
});

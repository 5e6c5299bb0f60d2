// The parse functions run Zod's compiled fast path first (`z.compile`) and fall back to the
// schema itself when it rejects. A wrong *success* of the fast path would be returned as
// it is, so these tests hold the two to the same answers: the same output for valid
// input (keys in the same order), and a rejection for every input the schema rejects.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type * as z from 'zod';
import {
  AgreementSchema,
  NetworkSchema,
  PartnerSchema,
  ProposalSchema,
  safeParseAgreement,
  safeParseNetwork,
  safeParsePartner,
  safeParseProposal,
  type SafeParseResult,
} from '../../src/schemas/index.js';
import { generateNetwork } from '../../src/testing/index.js';
import { copy, networkInput } from './_fixtures.js';

type Path = readonly (string | number)[];

/** Every path in a JSON value, the root excepted. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value)
    ? value.map((_, index) => index)
    : Object.keys(value);
  return keys.flatMap((key) => {
    const path = [...prefix, key];
    return [path, ...pathsOf((value as Record<string | number, unknown>)[key], path)];
  });
}

function parentOf(root: unknown, path: Path): Record<string | number, unknown> {
  let target = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  return target;
}

/** Near misses of valid values: the kind of mistake the fast path must not let through. */
const replacement = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    '',
    ' ',
    'x'.repeat(301),
    'FR ',
    'fr',
    'XK',
    'E1',
    'A6',
    '2019-02-29',
    '2017-13-01',
    '2017-06-31',
    '2016-02-29T00:00:00Z',
    '03yrm5c27',
    'https://ror.org/03yrm5c2',
    'ftp://files.example.edu/',
    'https://localhost/',
    'https://exa mple.edu/',
    'not an address',
    'a@b',
    '-id',
    'Id',
    '0912 ',
    'EURO',
    0,
    -1,
    1.5,
    Number.NaN,
    1e13,
    true,
    null,
    [],
    {},
  ),
);

/** One corruption of a valid input: a value replaced, a key removed or added, or an item repeated. */
type Corruption =
  | { kind: 'replace'; path: Path; value: unknown }
  | { kind: 'delete'; path: Path }
  | { kind: 'add-key'; path: Path }
  | { kind: 'repeat'; path: Path };

function corrupt(input: unknown, corruption: Corruption): unknown {
  const output = copy(input);
  const parent = parentOf(output, corruption.path);
  const key = corruption.path.at(-1) ?? '';
  switch (corruption.kind) {
    case 'replace':
      parent[key] = corruption.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else Reflect.deleteProperty(parent, key);
      break;
    case 'add-key': {
      const target = parent[key];
      if (typeof target === 'object' && target !== null && !Array.isArray(target))
        (target as Record<string, unknown>).extra = 1;
      else parent[key] = { extra: 1 };
      break;
    }
    case 'repeat':
      if (Array.isArray(parent)) parent.push(parent[Number(key)]);
      else parent[key] = [parent[key], parent[key]];
      break;
  }
  return output;
}

function corruptionOf(paths: readonly Path[]): fc.Arbitrary<Corruption> {
  const path = fc.constantFrom(...paths);
  return fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), path, value: replacement }),
    fc.record({ kind: fc.constant('delete' as const), path }),
    fc.record({ kind: fc.constant('add-key' as const), path }),
    fc.record({ kind: fc.constant('repeat' as const), path }),
  );
}

/** The fast path and the schema agree: same success, same data. */
function expectAgreement(fast: SafeParseResult<unknown>, schema: z.ZodType, input: unknown): void {
  const reference = schema.safeParse(input);
  expect(fast.success).toBe(reference.success);
  if (fast.success && reference.success) {
    expect(fast.data).toEqual(reference.data);
    expect(JSON.stringify(fast.data)).toBe(JSON.stringify(reference.data));
  }
}

const small = generateNetwork({ partners: 6, seed: 11, proposals: 4 });

describe('the compiled fast path', () => {
  it('gives the schema’s output for valid networks of every size', () => {
    for (const [partners, seed] of [
      [0, 1],
      [1, 2],
      [25, 3],
      [400, 4],
    ] as const) {
      const input = generateNetwork({ partners, seed });
      const result = safeParseNetwork(input);
      expect(result.success).toBe(true);
      expectAgreement(result, NetworkSchema, input);
    }
    expectAgreement(safeParseNetwork(networkInput), NetworkSchema, networkInput);
  });

  it('returns fresh output: no object of the input is reused', () => {
    const input = generateNetwork({ partners: 3, seed: 5 });
    const result = safeParseNetwork(input);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.partners).not.toBe(input.partners);
    expect(result.data.partners[0]).not.toBe(input.partners[0]);
    expect(result.data.agreements[0]?.scope).not.toBe(input.agreements[0]?.scope);
  });

  it('rejects every network with one field corrupted that the schema rejects', () => {
    fc.assert(
      fc.property(corruptionOf(pathsOf(small)), (corruption) => {
        const input = corrupt(small, corruption);
        expectAgreement(safeParseNetwork(input), NetworkSchema, input);
      }),
      { numRuns: 800 },
    );
  }, 30_000);

  it('agrees with the schema on partners, agreements and proposals on their own', () => {
    const cases = [
      [safeParsePartner, PartnerSchema, small.partners[0]],
      [safeParseAgreement, AgreementSchema, small.agreements[0]],
      [safeParseProposal, ProposalSchema, small.proposals?.[0]],
    ] as const;
    for (const [safeParse, schema, valid] of cases) {
      fc.assert(
        fc.property(corruptionOf(pathsOf({ valid })), (corruption) => {
          const input = (corrupt({ valid }, corruption) as { valid?: unknown }).valid;
          expectAgreement(safeParse(input), schema, input);
        }),
        { numRuns: 300 },
      );
    }
  }, 30_000);

  it('is left out under z.config({ jitless: true }), with the same answers', async () => {
    vi.resetModules();
    const zod = await import('zod');
    zod.config({ jitless: true });
    try {
      const fresh = await import('../../src/schemas/index.js');
      expect(fresh.safeParseNetwork(small)).toEqual(safeParseNetwork(small));
      const invalid = corrupt(small, {
        kind: 'replace',
        path: ['partners', 0, 'country'],
        value: 'XK',
      });
      expect(fresh.safeParseNetwork(invalid)).toEqual(safeParseNetwork(invalid));
      expect(fresh.safeParseNetwork(invalid).success).toBe(false);
    } finally {
      zod.config({ jitless: false });
    }
  });
});

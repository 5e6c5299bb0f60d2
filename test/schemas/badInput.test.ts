import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  safeParseAgreement,
  safeParseNetwork,
  safeParsePartner,
  safeParseProposal,
  type IssueCode,
  type SafeParseResult,
} from '../../src/schemas/index.js';
import { copy, networkInput, partnerInput } from './_fixtures.js';

const CODES: readonly IssueCode[] = [
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'invalid_union',
  'too_small',
  'too_big',
  'not_multiple_of',
  'unrecognized_keys',
  'custom',
  'invalid_date',
  'invalid_ror_checksum',
  'date_order',
  'duplicate_value',
  'commitment_out_of_scope',
  'duplicate_id',
  'unknown_reference',
  'home_country_partner',
  'too_many_issues',
];

const safeParsers = { safeParseNetwork, safeParsePartner, safeParseAgreement, safeParseProposal };

function expectWellFormedFailure(result: SafeParseResult<unknown>): void {
  expect(result.success).toBe(false);
  if (result.success) return;
  expect(result.issues.length).toBeGreaterThan(0);
  const malformed = result.issues.filter(
    (issue) =>
      !CODES.includes(issue.code) ||
      !Array.isArray(issue.path) ||
      !issue.path.every((key) => typeof key === 'string' || typeof key === 'number') ||
      typeof issue.message !== 'string' ||
      issue.message.length === 0,
  );
  expect(malformed).toEqual([]);
}

describe.each(Object.entries(safeParsers))('%s on bad input', (_name, safeParse) => {
  it('never throws on any value, and describes each issue with a known code and a path', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
        }),
        (value) => {
          const result = safeParse(value);
          if (!result.success) expectWellFormedFailure(result);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on values that throw when read', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    const getter = Object.defineProperty({ schemaVersion: 1 }, 'partners', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    for (const value of [hostile, getter]) expectWellFormedFailure(safeParse(value));
  });

  it('never throws on deeply nested input', () => {
    let deep: unknown = {};
    for (let depth = 0; depth < 100_000; depth += 1) deep = { partners: [deep], nested: deep };
    expectWellFormedFailure(safeParse(deep));
    let deepArray: unknown = [];
    for (let depth = 0; depth < 100_000; depth += 1) deepArray = [deepArray];
    expectWellFormedFailure(safeParse(deepArray));
  });
});

describe('oversized and hostile content', () => {
  it('rejects oversized strings quickly, without echoing them whole', () => {
    const input = copy(partnerInput);
    input.name = 'x'.repeat(5_000_000);
    input.contacts[0].email = `${'y'.repeat(1_000_000)}@example.org`;
    const result = safeParsePartner(input);
    expectWellFormedFailure(result);
    if (!result.success) {
      expect(result.issues.map((issue) => issue.code)).toContain('too_big');
      for (const issue of result.issues) expect(issue.message.length).toBeLessThan(300);
    }
  });

  it('handles a huge list of bad records, reporting the first 1,000 issues and a count', () => {
    const input = {
      schemaVersion: 1,
      partners: Array.from({ length: 20_000 }, () => ({})),
      agreements: [],
    };
    const result = safeParseNetwork(input);
    expectWellFormedFailure(result);
    if (!result.success) {
      expect(result.issues).toHaveLength(1_001);
      expect(result.truncated).toBe(true);
    }
  });

  it('is fuzzed with valid networks that have one field corrupted', () => {
    const paths = [
      ['partners', 0, 'country'],
      ['partners', 1, 'languages'],
      ['agreements', 0, 'startsOn'],
      ['agreements', 1, 'scope'],
      ['proposals', 0, 'period'],
      ['asOf'],
      ['plan', 'end'],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), (path, value) => {
        const input = copy(networkInput) as Record<string, unknown>;
        let target = input as Record<string | number, unknown>;
        for (const key of path.slice(0, -1))
          target = target[key] as Record<string | number, unknown>;
        target[path.at(-1)!] = value;
        const result = safeParseNetwork(input);
        if (!result.success) expectWellFormedFailure(result);
      }),
      { numRuns: 300 },
    );
  });
});

describe('prototype pollution', () => {
  it('__proto__ and constructor keys are rejected and pollute nothing', () => {
    const texts = [
      '{"schemaVersion":1,"partners":[],"agreements":[],"__proto__":{"polluted":true}}',
      '{"schemaVersion":1,"partners":[],"agreements":[],"constructor":{"prototype":{"polluted":true}}}',
      `{"schemaVersion":1,"partners":[${JSON.stringify({ ...partnerInput, country: 'JP' }).replace(/^\{/, '{"__proto__":{"polluted":true},')}],"agreements":[]}`,
    ];
    for (const text of texts) {
      const result = safeParseNetwork(JSON.parse(text));
      expect(result.success).toBe(false);
      if (!result.success)
        expect(result.issues.every((issue) => issue.code === 'unrecognized_keys')).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    }
  });

  it('parsed output has no inherited surprises', () => {
    const result = safeParseNetwork(JSON.parse(JSON.stringify(networkInput)));
    expect(result.success).toBe(true);
    if (result.success) {
      expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype);
      expect(Object.hasOwn(result.data, '__proto__')).toBe(false);
    }
  });
});

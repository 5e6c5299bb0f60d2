import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNetwork } from '../../src/schemas/index.js';
import { generateNetwork, type GenerateNetworkOptions } from '../../src/testing/index.js';

/** Options of generated networks: any seed, 1–30 partners, varied counts and dates. */
const options: fc.Arbitrary<GenerateNetworkOptions> = fc.record({
  partners: fc.integer({ min: 1, max: 30 }),
  seed: fc.integer(),
  agreementsPerPartner: fc.constantFrom(0, 0.5, 1.5, 3),
  proposals: fc.integer({ min: 0, max: 10 }),
  asOf: fc.constantFrom('2014-01-01', '2016-02-29', '2017-06-30', '2019-12-31'),
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

describe('parseNetwork round trip', () => {
  it('parse → JSON.stringify → JSON.parse → parse is the identity', () => {
    fc.assert(
      fc.property(options, (generateOptions) => {
        const parsed = parseNetwork(generateNetwork(generateOptions));
        const again = parseNetwork(JSON.parse(JSON.stringify(parsed)));
        expect(again).toEqual(parsed);
      }),
      { numRuns: 200 },
    );
  });

  it('parsing the parsed output changes nothing (parse is idempotent on its own output)', () => {
    fc.assert(
      fc.property(options, (generateOptions) => {
        const parsed = parseNetwork(generateNetwork(generateOptions));
        expect(parseNetwork(parsed)).toEqual(parsed);
      }),
      { numRuns: 50 },
    );
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(options, (generateOptions) => {
        const input = generateNetwork(generateOptions);
        const before = structuredClone(input);
        parseNetwork(input);
        expect(input).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it('accepts a deeply frozen input and returns a fresh value', () => {
    fc.assert(
      fc.property(options, (generateOptions) => {
        const input = deepFreeze(generateNetwork(generateOptions));
        const parsed = parseNetwork(input);
        expect(parsed).not.toBe(input);
        expect(parsed.partners).not.toBe(input.partners);
        expect(parsed.agreements).not.toBe(input.agreements);
      }),
      { numRuns: 50 },
    );
  });
});

// Issue #16, hostile and huge input: items 11 (weights) and 12 (day windows) in the policy.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELLS } from '../../src/catalog/cells.js';
import { HOME_INSTITUTION } from '../../src/catalog/home.js';
import { createPolicy, DEFAULT_POLICY, policyFor } from '../../src/policy/index.js';

describe('createPolicy rejects weights whose sum overflows (issue #16, item 11)', () => {
  it('names `weights` when twenty finite cell weights sum to Infinity', () => {
    const weights = Object.fromEntries(CELLS.map((cell) => [cell, 1e308]));
    expect(() => createPolicy({ weights })).toThrow(RangeError);
    expect(() => createPolicy({ weights })).toThrow(
      'createPolicy: weights must be weights with a finite sum, received Infinity',
    );
    // Merged with the defaults: 1e308 + 1e308 + 18 × 1 overflows too.
    expect(() => createPolicy({ weights: { A1: 1e308, A2: 1e308 } })).toThrow(
      'createPolicy: weights must be weights with a finite sum, received Infinity',
    );
    expect(() => policyFor({ home: HOME_INSTITUTION }, { weights })).toThrow(
      'policyFor: weights must be weights with a finite sum',
    );
  });

  it('names `scoreWeights` when the three weights sum to Infinity', () => {
    const scoreWeights = { strategicFit: 1e308, gapFilling: 1e308, sustainability: 0 };
    expect(() => createPolicy({ scoreWeights })).toThrow(
      'createPolicy: scoreWeights must be weights with a finite sum, received Infinity',
    );
  });

  it('accepts the largest and the smallest weights whose sums are finite', () => {
    expect(createPolicy({ weights: { A1: 1e308 } }).weights.A1).toBe(1e308);
    const tiny = { strategicFit: 5e-324, gapFilling: 0, sustainability: 0 };
    expect(createPolicy({ scoreWeights: tiny }).scoreWeights).toEqual(tiny);
    const large = { strategicFit: 8e307, gapFilling: 8e307, sustainability: 1 };
    expect(createPolicy({ scoreWeights: large }).scoreWeights).toEqual(large);
  });

  it('accepts a set of weights exactly when it is finite with a finite, positive sum (property)', () => {
    const weight = fc.oneof(
      fc.constantFrom(0, 5e-324, 1, 1e307, 1e308, Number.MAX_VALUE),
      fc.double({ min: 0, max: Number.MAX_VALUE, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.tuple(weight, weight, weight),
        ([strategicFit, gapFilling, sustainability]) => {
          const sum = strategicFit + gapFilling + sustainability;
          const build = () =>
            createPolicy({ scoreWeights: { strategicFit, gapFilling, sustainability } });
          if (sum > 0 && Number.isFinite(sum)) expect(build).not.toThrow();
          else expect(build).toThrow(RangeError);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('day windows have no upper bound (issue #16, item 12)', () => {
  it.each([3e6, 1e8, 1e15, Number.MAX_SAFE_INTEGER, 1e300])(
    'accepts %d days, a whole number',
    (days) => {
      expect(createPolicy({ expiringWithinDays: days }).expiringWithinDays).toBe(days);
      expect(createPolicy({ renewalWindowDays: days }).renewalWindowDays).toBe(days);
    },
  );

  it('still rejects what is not a whole number of days ≥ 0', () => {
    for (const days of [Infinity, -1, 1.5, NaN]) {
      expect(() => createPolicy({ expiringWithinDays: days })).toThrow(RangeError);
    }
    expect(DEFAULT_POLICY.expiringWithinDays).toBe(180);
  });
});

import { CELLS } from '../catalog/cells.js';
import type { Policy } from '../policy/types.js';

/**
 * The weighted gap score of SPEC §8 over the 20 cells, and the rounding of scores, for
 * `compareCoverage` and `selectProposals`. The rules are those of the synergy functions
 * (`gapFilling`), copied here because a folder may not read another folder's `_` files.
 *
 * @internal
 * @module
 */

/**
 * Rounds a score to 6 decimal places, as every score of the library is rounded, so that
 * sums taken in different orders give the same result and ties are ties.
 *
 * @internal
 */
export function round6(value: number): number {
  // `+ 0` turns -0 (a change of 0 written from a tiny negative) into 0.
  return Math.round(value * 1e6) / 1e6 + 0;
}

/**
 * The policy's cell weights, in `CELLS` order, scaled by a power of two that brings the
 * largest into [1, 2). Scaling by a power of two is exact, so a weighted mean is the same
 * number, but neither 5e-324 (whose products round to 0) nor twenty weights near 1.8e308
 * (whose sum overflows) can break it. Two factors, as 2^1074 is beyond the largest number.
 *
 * @internal
 */
export function scaledWeights(policy: Policy): number[] {
  const weights = CELLS.map((cell) => policy.weights[cell]);
  const largest = Math.max(...weights);
  if (!(largest > 0) || !Number.isFinite(largest)) return weights;
  const exponent = -Math.floor(Math.log2(largest));
  const half = Math.trunc(exponent / 2);
  const first = 2 ** half;
  const second = 2 ** (exponent - half);
  return weights.map((weight) => weight * first * second);
}

/**
 * The weighted gap score for the partner counts of the 20 cells (in `CELLS` order):
 * Σ w(c)·max(0, 1 − count(c)/k) ÷ Σ w(c), unrounded; 0 when the weights sum to 0.
 *
 * @internal
 */
export function gapScore(counts: readonly number[], policy: Policy): number {
  const weights = scaledWeights(policy);
  let weighted = 0;
  let total = 0;
  weights.forEach((weight, index) => {
    weighted += weight * Math.max(0, 1 - (counts[index] ?? 0) / policy.saturation);
    total += weight;
  });
  return total > 0 ? weighted / total : 0;
}

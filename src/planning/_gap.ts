import { CELLS } from '../catalog/cells.js';
import { scaled, weightScale } from '../core/_weights.js';
import type { Policy } from '../policy/types.js';

/**
 * The weighted gap score of SPEC §8 over the 20 cells, for `compareCoverage` and
 * `selectProposals`: the term of the synergy functions' `gapFilling`, over every cell.
 *
 * @internal
 * @module
 */

/**
 * The policy's cell weights, in `CELLS` order, scaled exactly by a power of two (see
 * `weightScale`), so that neither tiny nor huge weights break the weighted mean.
 *
 * @internal
 */
export function scaledWeights(policy: Policy): number[] {
  const weights = CELLS.map((cell) => policy.weights[cell]);
  const scale = weightScale(Math.max(...weights));
  return weights.map((weight) => scaled(weight, scale));
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

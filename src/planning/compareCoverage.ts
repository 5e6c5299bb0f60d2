import type { CellCode } from '../catalog/cells.js';
import { resolveOptions } from '../policy/resolveOptions.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import type { Network } from '../schemas/network.js';
import { coverageMatrix } from '../synergy/coverageMatrix.js';
import { round6 } from '../core/_round.js';
import { gapScore } from './_gap.js';
import type { CoverageComparison } from './types.js';

/**
 * The options of {@link compareCoverage}: the day both networks are compared on, and
 * policy parameters (`weights`, `saturation`).
 *
 * @example
 * ```ts
 * const options: CompareCoverageOptions = { on: '2017-09-01', saturation: 2 };
 * ```
 */
export interface CompareCoverageOptions extends OnOption, PolicyOptions {}

/**
 * Compares what two networks cover on one day, typically a network and the projection
 * of some of its proposals (`projectNetwork`): the cells covered (by at least one partner,
 * as `coverageMatrix` counts) after and not before, before and not after, and the change
 * of the weighted gap score Σ w(c)·max(0, 1 − c/k) ÷ Σ w(c) over the 20 cells, where c is
 * the number of distinct partners covering the cell, `w` the policy's `weights` and `k`
 * its `saturation` (the `gapFilling` term of `fitScore`, over every cell). The scores are
 * rounded to 6 decimal places; the change is computed from the unrounded scores.
 *
 * @param before - The network as it is.
 * @param after - The network as it would be.
 * @param options - `on` (default `after.asOf`, else `before.asOf`, else today) and policy
 *   parameters; without a `policy`, the policy of `after` (`policyFor(after)`).
 * @returns The cells `gained` and `lost` (in `CELLS` order) and the gap scores before
 *   and after, and their change (negative when gaps were filled).
 * @throws RangeError when `on` is not a real `YYYY-MM-DD` date; RangeError or TypeError
 *   for an invalid policy parameter.
 *
 * @example
 * ```ts
 * const after = projectNetwork(network, ['eoi-heidelberg-2017']);
 * compareCoverage(network, after, { on: '2017-09-01' });
 * //=> { gained: ['C1'], lost: [], gapScoreBefore: 0.7, gapScoreAfter: 0.666667, gapScoreChange: -0.033333 }
 * ```
 */
export function compareCoverage(
  before: Network,
  after: Network,
  options: CompareCoverageOptions = {},
): CoverageComparison {
  const defaults = { plan: after.plan, home: after.home, asOf: after.asOf ?? before.asOf };
  const { on, policy } = resolveOptions(options, defaults, 'compareCoverage');
  const countsBefore = coverageMatrix(before, { on, policy }).map((entry) => entry.count);
  const afterMatrix = coverageMatrix(after, { on, policy });
  const countsAfter = afterMatrix.map((entry) => entry.count);
  const gained: CellCode[] = [];
  const lost: CellCode[] = [];
  afterMatrix.forEach((entry, index) => {
    const wasCovered = (countsBefore[index] ?? 0) > 0;
    if (entry.count > 0 && !wasCovered) gained.push(entry.cell);
    if (entry.count === 0 && wasCovered) lost.push(entry.cell);
  });
  const scoreBefore = gapScore(countsBefore, policy);
  const scoreAfter = gapScore(countsAfter, policy);
  return {
    gained,
    lost,
    gapScoreBefore: round6(scoreBefore),
    gapScoreAfter: round6(scoreAfter),
    gapScoreChange: round6(scoreAfter - scoreBefore),
  };
}

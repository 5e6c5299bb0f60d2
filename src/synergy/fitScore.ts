import { CELLS, type CellCode } from '../catalog/cells.js';
import type { StrategyCode } from '../catalog/strategies.js';
import { monthsWithinPlan } from '../dates/monthsWithinPlan.js';
import { resolveOptions } from '../policy/_resolve.js';
import type { Policy } from '../policy/types.js';
import type { Network } from '../schemas/network.js';
import type { Proposal } from '../schemas/proposal.js';
import { completedAgreementBefore, coverageOn, type Coverage } from './_capabilities.js';
import { round6 } from './_round.js';
import type { FitScore, SynergyOptions } from './types.js';

/**
 * The options of {@link fitScore}: `on`, and the policy's `alignment`, `weights`,
 * `saturation`, `scoreWeights` and `planPeriod`.
 *
 * @example
 * ```ts
 * const options: FitScoreOptions = { on: '2017-06-30', scoreWeights: { strategicFit: 1, gapFilling: 1, sustainability: 0 } };
 * ```
 */
export type FitScoreOptions = SynergyOptions;

const CELL_INDEX: ReadonlyMap<string, number> = /* @__PURE__ */ (() =>
  new Map(CELLS.map((cell, index) => [cell, index])))();

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * The power of two that brings the largest of some non-negative weights into [1, 2), as two
 * factors (2^1074, for the smallest weight, is beyond the largest number). Scaling every
 * weight by a power of two is exact, so a weighted mean computed from the scaled weights is
 * the same number as from the given ones, except that neither 5e-324 (whose products with
 * numbers below 1 round to 0) nor a sum near 1.8e308 (which overflows) can break it.
 */
function weightScale(largest: number): readonly [number, number] {
  if (!(largest > 0) || !Number.isFinite(largest)) return [1, 1];
  const exponent = -Math.floor(Math.log2(largest));
  const half = Math.trunc(exponent / 2);
  return [2 ** half, 2 ** (exponent - half)];
}

/** A weight scaled by {@link weightScale}'s factors, the larger scaling first. */
function scaled(weight: number, [first, second]: readonly [number, number]): number {
  return weight * first * second;
}

/** The fit score of a proposal against a coverage computed once. @internal */
export function computeFitScore(
  proposal: Proposal,
  network: Network,
  coverage: Coverage,
  policy: Policy,
  on: string,
): FitScore {
  const scope = CELLS.filter((cell) => proposal.scope.includes(cell));
  const reasons: string[] = [];

  const strategies = new Set<StrategyCode>();
  for (const cell of scope) for (const strategy of policy.alignment[cell]) strategies.add(strategy);
  const served = [...strategies].sort((a, b) => a - b);
  const strategicFit = served.length / 4;
  reasons.push(
    served.length === 0
      ? 'serves no strategy of Goal #6'
      : `serves ${served.length} of 4 strategies: ${served.join(', ')}`,
  );

  let weighted = 0;
  let totalWeight = 0;
  const gaps: CellCode[] = [];
  let largestWeight = 0;
  for (const cell of scope) largestWeight = Math.max(largestWeight, policy.weights[cell]);
  const cellScale = weightScale(largestWeight);
  for (const cell of scope) {
    const count = coverage.partners[CELL_INDEX.get(cell) ?? -1]?.length ?? 0;
    const weight = scaled(policy.weights[cell], cellScale);
    weighted += weight * Math.max(0, 1 - count / policy.saturation);
    totalWeight += weight;
    if (count === 0) gaps.push(cell);
    else if (count >= policy.saturation)
      reasons.push(`${cell} is saturated (${plural(count, 'partner', 'partners')})`);
    else reasons.push(`${cell} already has ${plural(count, 'partner', 'partners')}`);
  }
  const gapFilling = totalWeight > 0 ? weighted / totalWeight : 0;
  if (gaps.length > 0)
    reasons.splice(1, 0, `fills ${plural(gaps.length, 'gap', 'gaps')}: ${gaps.join(', ')}`);

  const months = monthsWithinPlan(proposal.period, policy.planPeriod);
  const funded = proposal.funding !== undefined;
  const partnerId = typeof proposal.partner === 'string' ? proposal.partner : proposal.partner.id;
  const completed = completedAgreementBefore(network, partnerId, on);
  const sustainability = (Math.min(1, months / 36) + (funded ? 1 : 0) + (completed ? 1 : 0)) / 3;
  reasons.push(
    `${plural(months, 'month', 'months')} within the plan`,
    funded ? 'funding declared' : 'no funding declared',
    completed
      ? 'the partner completed an earlier agreement with UHS'
      : 'no completed agreement with UHS yet',
  );

  const scale = weightScale(
    Math.max(
      policy.scoreWeights.strategicFit,
      policy.scoreWeights.gapFilling,
      policy.scoreWeights.sustainability,
    ),
  );
  const scoreWeights = {
    strategicFit: scaled(policy.scoreWeights.strategicFit, scale),
    gapFilling: scaled(policy.scoreWeights.gapFilling, scale),
    sustainability: scaled(policy.scoreWeights.sustainability, scale),
  };
  const weightSum =
    scoreWeights.strategicFit + scoreWeights.gapFilling + scoreWeights.sustainability;
  // A mean of numbers in [0, 1] is in [0, 1]; the clamp only guards against rounding.
  const score = Math.min(
    1,
    (strategicFit * scoreWeights.strategicFit +
      gapFilling * scoreWeights.gapFilling +
      sustainability * scoreWeights.sustainability) /
      weightSum,
  );
  return {
    score: round6(score),
    components: {
      strategicFit: round6(strategicFit),
      gapFilling: round6(gapFilling),
      sustainability: round6(sustainability),
    },
    reasons,
  };
}

/**
 * How well a proposal fits the network, in [0, 1]: the "synergy, efficiency and
 * sustainability" the UHS page asks of every partnership.
 *
 * - `strategicFit` = distinct strategies served by the scope ÷ 4;
 * - `gapFilling` = Σ w(cell) · max(0, 1 − c(cell) / k) ÷ Σ w(cell) over the scope, where
 *   `c(cell)` is the number of partners covering the cell and `k` the saturation;
 * - `sustainability` = the mean of min(1, months within the plan ÷ 36), 1 when funding is
 *   declared, and 1 when the partner has an agreement that ended before `on` and was never
 *   terminated;
 * - `score` = Σ component × score weight ÷ Σ score weights, from the unrounded components.
 *
 * Every component and the score are then rounded to 6 decimal places. An empty scope (or
 * one whose weights sum to 0) gives `gapFilling` 0; an empty scope gives `strategicFit` 0.
 * Weighted means are computed from the weights scaled by one exact power of two, so that
 * extreme weights that `createPolicy` accepts (5e-324, 1e308) still give scores in [0, 1].
 *
 * The network's coverage on the day, and each partner's earliest completed agreement, are
 * computed on the first call for a network object and reused by the next calls (the network
 * is never mutated), so that scoring many proposals costs little more than scoring one.
 *
 * @param proposal - A parsed proposal.
 * @param network - The network it would join.
 * @param options - `on`, a `policy`, or policy parameters given directly.
 * @returns The score, its components and readable reasons.
 *
 * @example
 * ```ts
 * const network = parseNetwork(exampleNetwork);
 * const proposal = network.proposals?.find((p) => p.id === 'eoi-yangon-2017');
 * fitScore(proposal!, network).reasons.slice(0, 2);
 * //=> ['serves 2 of 4 strategies: 2, 4', 'fills 1 gap: A2']
 * ```
 */
export function fitScore(
  proposal: Proposal,
  network: Network,
  options: FitScoreOptions = {},
): FitScore {
  const { on, policy } = resolveOptions(options, network);
  return computeFitScore(proposal, network, coverageOn(network, on), policy, on);
}

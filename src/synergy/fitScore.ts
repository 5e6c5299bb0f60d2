import { CELLS, type CellCode } from '../catalog/cells.js';
import type { StrategyCode } from '../catalog/strategies.js';
import { monthsWithinPlan } from '../dates/monthsWithinPlan.js';
import { resolveOptions } from '../policy/_resolve.js';
import type { Policy } from '../policy/types.js';
import type { Network } from '../schemas/network.js';
import type { Proposal } from '../schemas/proposal.js';
import { computeCoverage, type Coverage } from './_capabilities.js';
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
  for (const cell of scope) {
    const count = coverage.partners[CELL_INDEX.get(cell) ?? -1]?.length ?? 0;
    const weight = policy.weights[cell];
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
  const completed = network.agreements.some(
    (agreement) =>
      agreement.endsOn < on &&
      agreement.terminatedOn === undefined &&
      agreement.partnerIds.includes(partnerId),
  );
  const sustainability = (Math.min(1, months / 36) + (funded ? 1 : 0) + (completed ? 1 : 0)) / 3;
  reasons.push(
    `${plural(months, 'month', 'months')} within the plan`,
    funded ? 'funding declared' : 'no funding declared',
    completed
      ? 'the partner completed an earlier agreement with UHS'
      : 'no completed agreement with UHS yet',
  );

  const { scoreWeights } = policy;
  const weightSum =
    scoreWeights.strategicFit + scoreWeights.gapFilling + scoreWeights.sustainability;
  const score =
    (strategicFit * scoreWeights.strategicFit +
      gapFilling * scoreWeights.gapFilling +
      sustainability * scoreWeights.sustainability) /
    weightSum;
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
  return computeFitScore(proposal, network, computeCoverage(network, on), policy, on);
}

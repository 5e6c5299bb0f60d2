import { CELLS, type CellCode } from '../catalog/cells.js';
import { STRATEGIC_GOAL, STRATEGY_CODES, type StrategyCode } from '../catalog/strategies.js';
import type { Locale } from '../core/_locales.js';
import { monthsWithinPlan } from '../dates/monthsWithinPlan.js';
import { render, type ParamsOf } from '../messages/_table.js';
import { SYNERGY_MESSAGES } from '../messages/synergy.js';
import type { Policy } from '../policy/types.js';
import type { Network } from '../schemas/network.js';
import type { Proposal } from '../schemas/proposal.js';
import { completedAgreementBefore, type Coverage } from './_capabilities.js';
import { round6 } from '../core/_round.js';
import { scaled, weightScale } from '../core/_weights.js';
import type { FitScore } from './types.js';

/**
 * The computation of `fitScore` against a coverage computed once (the network report
 * scores many proposals on one day).
 *
 * @internal
 * @module
 */

const CELL_INDEX: ReadonlyMap<string, number> = /* @__PURE__ */ (() =>
  new Map(CELLS.map((cell, index) => [cell, index])))();

type Messages = typeof SYNERGY_MESSAGES;

/** The codes of `fitScore`'s reasons. */
type ReasonCode = Extract<keyof Messages, `synergy.reason.${string}`>;

/**
 * The fit score of a proposal against a coverage computed once, its reasons in `locale`
 * (English by default).
 *
 * @internal
 */
export function computeFitScore(
  proposal: Proposal,
  network: Network,
  coverage: Coverage,
  policy: Policy,
  on: string,
  locale: Locale = 'en',
): FitScore {
  const reason = <K extends ReasonCode>(code: K, params: ParamsOf<Messages[K]>): string =>
    render(SYNERGY_MESSAGES, code, params, locale);

  const scope = CELLS.filter((cell) => proposal.scope.includes(cell));
  const reasons: string[] = [];

  const strategies = new Set<StrategyCode>();
  for (const cell of scope) for (const strategy of policy.alignment[cell]) strategies.add(strategy);
  const served = [...strategies].sort((a, b) => a - b);
  // The strategies of Goal #6 are a closed list, not a parameter.
  const strategicFit = served.length / STRATEGY_CODES.length;
  reasons.push(
    reason('synergy.reason.strategies', {
      goal: STRATEGIC_GOAL.number,
      served,
      total: STRATEGY_CODES.length,
    }),
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
      reasons.push(reason('synergy.reason.saturated', { cell, partners: count }));
    else reasons.push(reason('synergy.reason.covered', { cell, partners: count }));
  }
  const gapFilling = totalWeight > 0 ? weighted / totalWeight : 0;
  if (gaps.length > 0) reasons.splice(1, 0, reason('synergy.reason.gaps', { cells: gaps }));

  const months = monthsWithinPlan(proposal.period, policy.planPeriod);
  const funded = proposal.funding !== undefined;
  const partnerId = typeof proposal.partner === 'string' ? proposal.partner : proposal.partner.id;
  const completed = completedAgreementBefore(network, partnerId, on);
  const sustainability =
    (Math.min(1, months / policy.sustainabilityMonths) + (funded ? 1 : 0) + (completed ? 1 : 0)) /
    3;
  reasons.push(
    reason('synergy.reason.months', { months }),
    reason('synergy.reason.funding', { declared: funded }),
    reason('synergy.reason.history', { completed }),
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

import { CELLS } from '../catalog/cells.js';
import { compareIds } from '../core/_compare.js';
import { evaluateEligibilityBatch } from '../eligibility/evaluateEligibilityBatch.js';
import { libraryError } from '../messages/_table.js';
import { PLANNING_MESSAGES } from '../messages/planning.js';
import { resolveOptions } from '../policy/resolveOptions.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import type { Network } from '../schemas/network.js';
import type { ProposalId } from '../schemas/primitives.js';
import type { Proposal } from '../schemas/proposal.js';
import { coverageMatrix } from '../synergy/coverageMatrix.js';
import { round6 } from '../core/_round.js';
import { scaledWeights } from './_gap.js';
import {
  exactSelection,
  lazyGreedy,
  MAX_EXACT_CANDIDATES,
  SelectionState,
  type SelectionCandidate,
  type SelectionProblem,
} from './_select.js';
import {
  checkBoolean,
  checkCount,
  checkProposalIds,
  partnerIdOf,
  proposalsById,
} from './_selectOptions.js';
import type { LeftOutReason, ProposalSelection } from './types.js';

/**
 * The options of {@link selectProposals}.
 *
 * @example
 * ```ts
 * const options: SelectProposalsOptions = { on: '2017-06-30', maxProposals: 3, maxPerPartner: 1 };
 * ```
 */
export interface SelectProposalsOptions extends OnOption, PolicyOptions {
  /** The most proposals to choose, `require`d ones included: a whole number ≥ 0. */
  readonly maxProposals: number;
  /**
   * The most proposals of one partner to choose, `require`d ones included: a whole number
   * ≥ 1 (default: no limit). Required proposals are chosen even beyond it.
   */
  readonly maxPerPartner?: number | undefined;
  /** Proposals to choose first, whatever they fill: each must be eligible and not excluded. */
  readonly require?: readonly string[] | undefined;
  /** Proposals never to choose (left out as `excluded`). */
  readonly exclude?: readonly string[] | undefined;
  /**
   * Finds the best selection by branch and bound instead of greedy (default `false`), for
   * at most 20 candidates with a positive gain.
   */
  readonly exact?: boolean | undefined;
}

/** A chosen proposal and its unrounded marginal gain. */
interface Step {
  readonly proposalId: ProposalId;
  readonly gain: number;
}

/**
 * Picks the eligible proposals that together fill the most weighted gaps: which to
 * accept when not all can be.
 *
 * The candidates are the network's proposals whose eligibility decision on `on` is
 * `eligible` (others are left out as `ineligible`; `conditional` ones have conditions to
 * meet first) and that `exclude` does not name (`excluded`, which wins over `ineligible`).
 * The objective of a set S of proposals, as if they were agreements in force on `on`, is
 *
 * f(S) = Σ_c w(c)·(min(1, (c0(c) + n_S(c))/k) − min(1, c0(c)/k)) ÷ Σ_c w(c)
 *
 * over the 20 cells, with `w` the policy's `weights`, `k` its `saturation`, c0(c) the number
 * of distinct partners covering c on `on` (as `coverageMatrix` counts), and n_S(c) the number
 * of distinct partners of proposals of S whose scope has c and who do not cover c already:
 * each cell's remaining need counts once across the chosen set. f(S) is exactly how much the
 * weighted gap score of `compareCoverage` would fall if S were in force on `on`. It is
 * monotone and submodular (each cell's term is concave in the number of partners added), so
 * greedy selection is within a factor (1 − 1/e) ≈ 0.632 of the best selection of the same
 * size (Nemhauser, Wolsey and Fisher, 1978).
 *
 * Greedy: the `require`d proposals first (ascending id), then at each step the proposal of
 * largest marginal gain (ties by id ascending; gains equal to 1e-12 tie), by lazy
 * evaluation (a priority queue of stale marginal gains, which by submodularity bound the
 * fresh ones: only the top is re-evaluated). It stops at `maxProposals`, or when no
 * candidate adds anything. With `exact: true`, the best selection by branch and bound
 * instead, and among equally good ones the one whose ascending id list is
 * lexicographically smallest; its proposals are listed in the order greedy would take them
 * among themselves, so that `perStep` holds marginal gains.
 *
 * The result does not depend on the order of `network.proposals`. Gains are rounded to 6
 * decimal places from unrounded values (so `gain` may differ from the sum of `perStep` by
 * a unit of the last place). The proposals' periods are not looked at: the question is
 * what they would add once in force.
 *
 * @param network - A parsed network, with its proposals.
 * @param options - `maxProposals` (required), `maxPerPartner`, `require`, `exclude`,
 *   `exact`, `on` (default the network's `asOf`, else today) and policy parameters.
 * @returns `chosen` (in the order chosen), `gain` = f(chosen), `perStep` (each chosen
 *   proposal's marginal gain), and `leftOut`, every other proposal (ascending by id) with
 *   its reason: `excluded`, `ineligible`, `no-gain` (adds nothing to the chosen set),
 *   `partner-limit` (its partner has `maxPerPartner` chosen) or `limit` (`maxProposals`
 *   reached).
 * @throws RangeError `planning.invalid_count` when `maxProposals` is not a whole number ≥ 0
 *   or `maxPerPartner` not one ≥ 1; `planning.unknown_proposals` or
 *   `planning.duplicate_proposals` for an `exclude` id the network does not have or an id
 *   given twice; `planning.required_unavailable` for a `require`d proposal that is unknown,
 *   excluded or not eligible; `planning.too_many_required` for more required proposals than
 *   `maxProposals`; `planning.too_many_candidates` with `exact` and more than 20 candidates
 *   with a positive gain; and for an invalid `on` or policy parameter.
 * @throws TypeError `planning.not_a_list` when `require` or `exclude` is not a list of
 *   strings; `planning.not_a_boolean` when `exact` is not a boolean.
 *
 * @example
 * ```ts
 * const selection = selectProposals(network, { maxProposals: 2 });
 * selection.chosen; //=> ['eoi-leuven-2017', 'eoi-boston-2017']
 * selection.perStep.map((step) => step.gain); //=> [0.066667, 0.033333]
 * selection.gain; //=> 0.1
 * selection.leftOut.find((entry) => entry.proposalId === 'eoi-lyon-2017'); //=> { proposalId: 'eoi-lyon-2017', reason: 'limit' }
 * selectProposals(network, { maxProposals: -1 }); // throws RangeError: selectProposals: maxProposals must be a whole number ≥ 0, received -1
 * ```
 */
export function selectProposals(
  network: Network,
  options: SelectProposalsOptions,
): ProposalSelection {
  const caller = 'selectProposals';
  const maxProposals = checkCount(caller, 'maxProposals', options.maxProposals, 0, true) ?? 0;
  const maxPerPartner = checkCount(caller, 'maxPerPartner', options.maxPerPartner, 1) ?? Infinity;
  const exact = checkBoolean(caller, 'exact', options.exact);
  const { on, policy } = resolveOptions(options, network, caller);
  const byId = proposalsById(network);
  const excluded = new Set(checkProposalIds(caller, 'exclude', options.exclude, byId));
  const required = checkProposalIds(caller, 'require', options.require, byId, false);

  const proposals = [...byId.values()].sort((a, b) => compareIds(a.id, b.id));
  const eligible = new Set<string>();
  for (const report of evaluateEligibilityBatch(proposals, { network, policy, on })) {
    if (report.decision === 'eligible') eligible.add(report.proposalId);
  }
  for (const id of required) {
    const reason = !byId.has(id)
      ? 'unknown'
      : excluded.has(id)
        ? 'excluded'
        : !eligible.has(id)
          ? 'ineligible'
          : undefined;
    if (reason !== undefined) {
      throw libraryError(RangeError, PLANNING_MESSAGES, 'planning.required_unavailable', {
        caller,
        proposalId: id,
        reason,
      });
    }
  }
  if (required.length > maxProposals) {
    throw libraryError(RangeError, PLANNING_MESSAGES, 'planning.too_many_required', {
      caller,
      required: required.length,
      maxProposals,
    });
  }

  // Who covers each cell on `on`: a candidate adds its partner only where it is not already.
  const covering = coverageMatrix(network, { on, policy }).map((entry) => new Set(entry.partners));
  const candidateOf = (proposal: Proposal): SelectionCandidate => {
    const partnerId = partnerIdOf(proposal);
    const scope = new Set<string>(proposal.scope);
    const cells: number[] = [];
    CELLS.forEach((cell, index) => {
      if (scope.has(cell) && covering[index]?.has(partnerId) !== true) cells.push(index);
    });
    return { id: proposal.id, partnerId, cells };
  };
  const requiredSet = new Set(required);
  const candidates = proposals
    .filter((proposal) => eligible.has(proposal.id) && !excluded.has(proposal.id))
    .filter((proposal) => !requiredSet.has(proposal.id))
    .map(candidateOf);
  const problem: SelectionProblem = {
    weights: scaledWeights(policy),
    saturation: policy.saturation,
    start: covering.map((partners) => partners.size),
    candidates,
    maxChosen: maxProposals - required.length,
    maxPerPartner,
  };
  const state = new SelectionState(problem);
  const steps: Step[] = [];
  for (const id of required) {
    const candidate = candidateOf(byId.get(id) as Proposal);
    steps.push({ proposalId: id as ProposalId, gain: state.gain(candidate) });
    state.add(candidate);
  }
  if (exact) {
    const positive = candidates.filter((candidate) => state.gain(candidate) > 0).length;
    if (positive > MAX_EXACT_CANDIDATES) {
      throw libraryError(RangeError, PLANNING_MESSAGES, 'planning.too_many_candidates', {
        caller,
        candidates: positive,
        max: MAX_EXACT_CANDIDATES,
      });
    }
  }
  const result = (exact ? exactSelection : lazyGreedy)(problem, state);
  result.chosen.forEach((index, step) => {
    const candidate = candidates[index] as SelectionCandidate;
    steps.push({ proposalId: candidate.id as ProposalId, gain: result.gains[step] ?? 0 });
  });

  const chosen = new Set<string>(steps.map((step) => step.proposalId));
  const leftOut: { proposalId: ProposalId; reason: LeftOutReason }[] = [];
  for (const proposal of proposals) {
    if (chosen.has(proposal.id)) continue;
    let reason: LeftOutReason;
    if (excluded.has(proposal.id)) reason = 'excluded';
    else if (!eligible.has(proposal.id)) reason = 'ineligible';
    else {
      const candidate = candidateOf(proposal);
      if (state.gain(candidate) === 0) reason = 'no-gain';
      else if (!state.allows(candidate.partnerId)) reason = 'partner-limit';
      else reason = 'limit';
    }
    leftOut.push({ proposalId: proposal.id, reason });
  }
  return {
    chosen: steps.map((step) => step.proposalId),
    gain: round6(state.value()),
    perStep: steps.map((step) => ({ proposalId: step.proposalId, gain: round6(step.gain) })),
    leftOut,
  };
}

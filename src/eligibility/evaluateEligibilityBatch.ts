import type { PolicyOptions } from '../policy/types.js';
import { resolveOptions } from '../policy/_resolve.js';
import type { Network } from '../schemas/network.js';
import type { Proposal } from '../schemas/proposal.js';
import type { EligibilityReport } from './types.js';
import { evaluate, indexLookup, partnerIdOf, setUp } from './_engine.js';

/**
 * Options of {@link evaluateEligibilityBatch}: those of `evaluateEligibility`, resolved
 * once for the whole batch.
 *
 * @example
 * ```ts
 * const options: EvaluateEligibilityBatchOptions = { network, on: '2017-06-30' };
 * ```
 */
export interface EvaluateEligibilityBatchOptions extends PolicyOptions {
  /** The network the proposals are judged in (see `evaluateEligibility`). */
  readonly network?: Network | undefined;
  /** The day, `YYYY-MM-DD` (default: the network's `asOf`, else today's local date). */
  readonly on?: string | undefined;
}

/**
 * Judges many proposals at once, with the same results as `evaluateEligibility` for each.
 * The policy and the day are resolved once, and the network's partners, agreements and
 * proposals are indexed by partner once, so the work grows linearly with the network and
 * the proposals (10,000 proposals is routine).
 *
 * @param proposals - Parsed proposals, such as `network.proposals`.
 * @param options - `network`, `policy`, `on` and any policy parameter, as for
 *   `evaluateEligibility`.
 * @returns One report per proposal, in the order of `proposals`.
 * @throws RangeError when `on` is not a real `YYYY-MM-DD` date; RangeError or TypeError
 *   for an invalid policy parameter in the options.
 *
 * @example
 * ```ts
 * const reports = evaluateEligibilityBatch(network.proposals ?? [], { network });
 * reports.map((report) => [report.proposalId, report.decision]).slice(0, 3);
 * //=> [['eoi-lyon-2017', 'eligible'], ['eoi-osaka-2017', 'conditional'], ['eoi-heidelberg-2017', 'eligible']]
 * ```
 */
export function evaluateEligibilityBatch(
  proposals: readonly Proposal[],
  options?: EvaluateEligibilityBatchOptions,
): EligibilityReport[] {
  const network = options?.network;
  const { policy, on } = resolveOptions(options, network);
  // The index holds only the partners of these proposals, however large the network.
  const wanted = new Set<string>(proposals.map(partnerIdOf));
  const setup = setUp(network, policy, on, (indexed) => indexLookup(indexed, wanted));
  return proposals.map((proposal) => evaluate(proposal, setup));
}

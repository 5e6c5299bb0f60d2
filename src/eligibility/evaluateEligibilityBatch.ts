import type { Locale } from '../catalog/locales.js';
import { checkLocale } from '../messages/_table.js';
import { resolveOptions } from '../policy/resolveOptions.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import type { Network } from '../schemas/network.js';
import type { Proposal } from '../schemas/proposal.js';
import type { EligibilityReport } from './types.js';
import { evaluate, indexLookup, setUp } from './_engine.js';
import { partnerIdOf } from './rules/_partner.js';

/**
 * Options of {@link evaluateEligibilityBatch}: those of `evaluateEligibility`, resolved
 * once for the whole batch.
 *
 * @example
 * ```ts
 * const options: EvaluateEligibilityBatchOptions = { network, on: '2017-06-30', locale: 'fr' };
 * ```
 */
export interface EvaluateEligibilityBatchOptions extends OnOption, PolicyOptions {
  /** The network the proposals are judged in (see `evaluateEligibility`). */
  readonly network?: Network | undefined;
  /**
   * The language of the default rules' messages: `'en'` (default) or `'fr'`. Any other
   * value is a `RangeError`.
   */
  readonly locale?: Locale | undefined;
}

/**
 * Judges many proposals at once, with the same results as `evaluateEligibility` for each.
 * The policy, the day and the locale are resolved once, and the network's partners and
 * agreements are indexed once, for the partners of these proposals only, so the work grows
 * linearly with the network and the proposals (10,000 proposals is routine).
 *
 * @param proposals - Parsed proposals, such as `network.proposals`.
 * @param options - `network`, `policy`, `on`, any policy parameter and `locale`, as for
 *   `evaluateEligibility`.
 * @returns One report per proposal, in the order of `proposals`.
 * @throws RangeError when `on` is not a real `YYYY-MM-DD` date, or for a locale other than
 *   `'en'` and `'fr'`; RangeError or TypeError for an invalid policy parameter in the
 *   options.
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
  const locale = checkLocale(options?.locale, 'evaluateEligibilityBatch');
  const network = options?.network;
  const { policy, on } = resolveOptions(options, network, 'evaluateEligibilityBatch');
  // The index holds only the partners of these proposals, however large the network.
  const wanted = new Set<string>();
  for (const proposal of proposals) wanted.add(partnerIdOf(proposal));
  const setup = setUp(network, policy, on, (indexed) => indexLookup(indexed, wanted), locale);
  const reports: EligibilityReport[] = [];
  for (const proposal of proposals) reports.push(evaluate(proposal, setup));
  return reports;
}

import type { PolicyOptions } from '../policy/types.js';
import { resolveOptions } from '../policy/_resolve.js';
import type { Network } from '../schemas/network.js';
import type { Proposal } from '../schemas/proposal.js';
import type { EligibilityReport } from './types.js';
import { evaluate, scanLookup, setUp } from './_engine.js';

/**
 * Options of {@link evaluateEligibility}.
 *
 * @example
 * ```ts
 * const options: EvaluateEligibilityOptions = { network, on: '2017-06-30', policy: createPolicy({ renewalWindowDays: 365 }) };
 * ```
 */
export interface EvaluateEligibilityOptions extends PolicyOptions {
  /**
   * The network the proposal is judged in: it resolves a partner named by id, gives the
   * intent, the other proposals, and by default the policy (`policyFor(network)`) and the
   * day (`asOf`). Without it the intent is `build`.
   */
  readonly network?: Network | undefined;
  /** The day, `YYYY-MM-DD` (default: the network's `asOf`, else today's local date). */
  readonly on?: string | undefined;
}

/**
 * Judges a proposal against the eligibility rules: the policy's `rules`, else
 * `DEFAULT_RULES`, run in order. The decision is `ineligible` when a blocking rule fails
 * (tier `null`), else `conditional` when a fixable rule fails, else `eligible`; warnings
 * and advisory rules never change it. The tier is the one the partner's institution type
 * earns (`null` when the partner cannot be resolved). A rule that throws yields a `fail`
 * naming it; the evaluation itself does not throw for any parsed proposal.
 *
 * To judge many proposals, use {@link evaluateEligibilityBatch}, which indexes the network
 * once.
 *
 * @param proposal - A parsed proposal, naming its partner by id or carrying it inline.
 * @param options - `network`, `policy` (default `policyFor(network)`, else
 *   `DEFAULT_POLICY`), `on` (default: the network's `asOf`, else today's local date), and
 *   any policy parameter, which wins over the policy.
 * @returns The report: `{ proposalId, partnerId, decision, tier, intent, results }`.
 * @throws RangeError when `on` is not a real `YYYY-MM-DD` date; RangeError or TypeError
 *   for an invalid policy parameter in the options.
 *
 * @example
 * ```ts
 * const proposal = parseProposal({
 *   id: 'eoi-2016-07',
 *   partner: {
 *     id: 'univ-lyon-example', name: 'Example University of Lyon', type: 'university', country: 'FR',
 *     fields: ['0912'], languages: ['fr', 'en'],
 *     contacts: [{ name: 'Example Officer', email: 'ir@lyon.example.edu', focalPoint: true }],
 *   },
 *   submittedOn: '2016-03-01',
 *   period: { start: '2016-09-01', end: '2019-08-31' },
 *   scope: ['B4'],
 *   commitments: [{ kind: 'distance-course', area: 'B', activity: 4, courses: 2, language: 'fr', assessment: true }],
 * });
 * const report = evaluateEligibility(proposal, { on: '2016-03-01' });
 * report.decision; //=> 'eligible'
 * report.tier; //=> 'key'
 * report.intent; //=> 'build'
 * report.results.find((result) => result.rule === 'teaching-language')?.outcome; //=> 'pass'
 * ```
 */
export function evaluateEligibility(
  proposal: Proposal,
  options?: EvaluateEligibilityOptions,
): EligibilityReport {
  const network = options?.network;
  const { policy, on } = resolveOptions(options, network);
  return evaluate(proposal, setUp(network, policy, on, scanLookup));
}

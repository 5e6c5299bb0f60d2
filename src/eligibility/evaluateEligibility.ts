import type { Locale } from '../catalog/locales.js';
import { checkLocale } from '../messages/_table.js';
import { resolveOptions } from '../policy/resolveOptions.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import type { Network } from '../schemas/network.js';
import type { Proposal } from '../schemas/proposal.js';
import type { EligibilityReport } from './types.js';
import { evaluate, scanLookup, setUp } from './_engine.js';

/**
 * Options of {@link evaluateEligibility}.
 *
 * @example
 * ```ts
 * const options: EvaluateEligibilityOptions = { network, on: '2017-06-30', policy: createPolicy({ renewalWindowDays: 365 }), locale: 'fr' };
 * ```
 */
export interface EvaluateEligibilityOptions extends OnOption, PolicyOptions {
  /**
   * The network the proposal is judged in: it resolves a partner named by id, gives the
   * intent, the other proposals, and by default the policy (`policyFor(network)`) and the
   * day (`asOf`). Without it the intent is `build`.
   */
  readonly network?: Network | undefined;
  /**
   * The language of the default rules' messages: `'en'` (default) or `'fr'`. A rule of
   * your own keeps the message it writes. Any other value is a `RangeError`.
   */
  readonly locale?: Locale | undefined;
}

/**
 * Judges a proposal against the eligibility rules: the policy's `rules`, else
 * `DEFAULT_RULES`, run in order. The decision is `ineligible` when a blocking rule fails
 * (tier `null`), else `conditional` when a fixable rule fails, else `eligible`; warnings
 * and advisory rules never change it. The tier is the one the partner's institution type
 * earns (`null` when the partner cannot be resolved). A rule that throws yields a `fail`
 * naming it; the evaluation itself does not throw for any parsed proposal.
 *
 * Each result of a default rule carries the `params` its message is made from, and its
 * message is in the `locale` asked for (`formatRuleResult` says it again in another one).
 *
 * To judge many proposals, use {@link evaluateEligibilityBatch}, which indexes the network
 * once.
 *
 * @param proposal - A parsed proposal, naming its partner by id or carrying it inline.
 * @param options - `network`, `policy` (default `policyFor(network)`, else
 *   `DEFAULT_POLICY`), `on` (default: the network's `asOf`, else today's local date), any
 *   policy parameter, which wins over the policy, and `locale` (`'en'` or `'fr'`).
 * @returns The report: `{ proposalId, partnerId, decision, tier, intent, results }`.
 * @throws RangeError when `on` is not a real `YYYY-MM-DD` date, or for a locale other than
 *   `'en'` and `'fr'`; RangeError or TypeError for an invalid policy parameter in the
 *   options.
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
 * const inFrench = evaluateEligibility(proposal, { on: '2016-03-01', locale: 'fr' });
 * const scope = inFrench.results.find((result) => result.rule === 'scope');
 * scope?.message; //=> 'Le périmètre compte 1\u00a0case\u00a0: B4.'
 * scope?.params; //=> { cells: ['B4'] }
 * ```
 */
export function evaluateEligibility(
  proposal: Proposal,
  options?: EvaluateEligibilityOptions,
): EligibilityReport {
  const locale = checkLocale(options?.locale, 'evaluateEligibility');
  const network = options?.network;
  const { policy, on } = resolveOptions(options, network, 'evaluateEligibility');
  return evaluate(proposal, setUp(network, policy, on, scanLookup, locale));
}

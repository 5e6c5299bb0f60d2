/**
 * Eligibility: judges a partner's proposal against rules that are plain data, and says
 * why. Each rule checks one thing the strategic plan asks for (an international partner
 * in the health sciences, a scope serving Goal #6's strategies within the plan's
 * timeframe, a focal point for consultation …) and reports `pass`, `fail`, `warn` or
 * `not-applicable` with a message and a path. The decision follows from the failing
 * rules' severities: `ineligible`, `conditional` or `eligible`.
 *
 * The default rules are {@link DEFAULT_RULES}; a policy's `rules` replace them, so rules
 * can be dropped, replaced or added without touching the engine. Their results carry the
 * `params` their message is made from, and read in English or French (`locale: 'fr'`,
 * {@link formatRuleResult}).
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { evaluateEligibilityBatch } from '@uhs/partners-network/eligibility';
 * import { parseNetwork } from '@uhs/partners-network/schemas';
 *
 * const network = parseNetwork(JSON.parse(readFileSync('examples/network.json', 'utf8')));
 * const [first] = evaluateEligibilityBatch(network.proposals ?? [], { network });
 * [first?.proposalId, first?.decision, first?.tier, first?.intent];
 * //=> ['eoi-lyon-2017', 'eligible', 'key', 'strengthen']
 * ```
 *
 * @packageDocumentation
 * @module eligibility
 */
export type {
  Decision,
  DefaultRuleId,
  EligibilityReport,
  EligibilityRule,
  Outcome,
  RuleContext,
  RuleId,
  RuleOutcome,
  RuleResult,
  RuleSeverity,
} from './types.js';
export { DEFAULT_RULES } from './defaultRules.js';
export { evaluateEligibility, type EvaluateEligibilityOptions } from './evaluateEligibility.js';
export {
  evaluateEligibilityBatch,
  type EvaluateEligibilityBatchOptions,
} from './evaluateEligibilityBatch.js';
export { formatRuleResult, type FormatRuleResultOptions } from './formatRuleResult.js';

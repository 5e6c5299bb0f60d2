import type { PartnerTier } from '../catalog/institutionTypes.js';
import type { Decision, Intent, Outcome, RuleSeverity } from '../catalog/rules.js';
import type { RuleId } from '../policy/types.js';
import type { PartnerId, ProposalId } from '../schemas/primitives.js';

// The types of eligibility. The closed lists (rule ids, severities, outcomes, decisions)
// come from the catalog (`src/catalog/rules.ts`); the rule types live with the policy,
// which carries the rules (`src/policy/types.ts`). Both are re-exported here, so that
// `./eligibility` offers every type its functions take and give.
export type { Decision, DefaultRuleId, Outcome, RuleSeverity } from '../catalog/rules.js';
export type { EligibilityRule, RuleContext, RuleId, RuleOutcome } from '../policy/types.js';

/**
 * The result of one rule on one proposal.
 *
 * @example
 * ```ts
 * const result: RuleResult = {
 *   rule: 'focal-point',
 *   outcome: 'fail',
 *   severity: 'fixable',
 *   message: 'Example University of Lyon names no focal point among its contacts: mark one contact with "focalPoint": true.',
 *   params: { partnerName: 'Example University of Lyon' },
 * };
 * ```
 */
export interface RuleResult {
  /** The rule's id. */
  readonly rule: RuleId;
  /** What the rule found. */
  readonly outcome: Outcome;
  /** The rule's severity. */
  readonly severity: RuleSeverity;
  /**
   * A human-readable sentence: in the `locale` of the evaluation for the default rules
   * (English by default), as the rule wrote it for a rule of your own.
   */
  readonly message: string;
  /** Where in the proposal, when one fits. */
  readonly path?: readonly (string | number)[];
  /**
   * The data the message was made from: present on the results of the default rules (and
   * of a rule that throws or returns something invalid), the same in every language, so
   * that `formatRuleResult` can say the message again in another language; for a rule of
   * your own, the `params` it gave, if any.
   */
  readonly params?: Readonly<Record<string, unknown>>;
}

/**
 * The eligibility of one proposal: the decision, the tier the partner earns, the intent,
 * and one result per rule, in the order the rules ran.
 *
 * @example
 * ```ts
 * const report: EligibilityReport = evaluateEligibility(proposal, { network });
 * if (report.decision !== 'eligible') {
 *   for (const result of report.results) if (result.outcome === 'fail') console.log(result.message);
 * }
 * ```
 */
export interface EligibilityReport {
  /** The proposal's id. */
  readonly proposalId: ProposalId;
  /** Its partner's id. */
  readonly partnerId: PartnerId;
  /** `ineligible`, `conditional` or `eligible`. */
  readonly decision: Decision;
  /**
   * The tier the partner's institution type earns (`INSTITUTION_TYPES`); `null` when the
   * proposal is ineligible or the partner cannot be resolved.
   */
  readonly tier: PartnerTier | null;
  /** What the proposal does for the partnership. */
  readonly intent: Intent;
  /** One result per rule, in order. */
  readonly results: readonly RuleResult[];
}

import type { PartnerTier } from '../catalog/institutionTypes.js';
import type { Intent } from '../dates/classifyIntent.js';
import type { Policy } from '../policy/types.js';
import type { Agreement } from '../schemas/agreement.js';
import type { Network } from '../schemas/network.js';
import type { Partner } from '../schemas/partner.js';
import type { PartnerId, ProposalId } from '../schemas/primitives.js';
import type { Proposal } from '../schemas/proposal.js';

import type { DefaultRuleId } from '../catalog/rules.js';
export type { DefaultRuleId };


import type { RuleSeverity } from '../catalog/rules.js';
export type { RuleSeverity };

import type { Outcome } from '../catalog/rules.js';
export type { Outcome };

import type { Decision } from '../catalog/rules.js';
export type { Decision };
import type { EligibilityRule, RuleContext, RuleId, RuleOutcome } from '../policy/types.js';
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
 *   message: 'Example University of Lyon names no focal point among its contacts.',
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
  /** A human-readable sentence. */
  readonly message: string;
  /** Where in the proposal, when one fits. */
  readonly path?: readonly (string | number)[];
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

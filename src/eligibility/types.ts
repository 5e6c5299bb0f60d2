import type { PartnerTier } from '../catalog/institutionTypes.js';
import type { Intent } from '../dates/classifyIntent.js';
import type { Policy } from '../policy/types.js';
import type { Agreement } from '../schemas/agreement.js';
import type { Network } from '../schemas/network.js';
import type { Partner } from '../schemas/partner.js';
import type { PartnerId, ProposalId } from '../schemas/primitives.js';
import type { Proposal } from '../schemas/proposal.js';

/**
 * The id of one of the default rules, in the order they run.
 *
 * @example
 * ```ts
 * const id: DefaultRuleId = 'focal-point';
 * DEFAULT_RULES.map((rule) => rule.id).includes(id); //=> true
 * ```
 */
export type DefaultRuleId =
  | 'partner-known'
  | 'international'
  | 'institution-type'
  | 'health-sciences'
  | 'scope'
  | 'plan-period'
  | 'strategy-alignment'
  | 'teaching-language'
  | 'focal-point'
  | 'commitments-in-scope'
  | 'duplicate-proposal';

/**
 * The id of a rule: one of the default rules' ids (public and stable), or any other
 * non-empty string for a rule of your own.
 *
 * @example
 * ```ts
 * const builtIn: RuleId = 'scope';
 * const mine: RuleId = 'asean-partner';
 * ```
 */
export type RuleId = DefaultRuleId | (string & {});

/**
 * What a failing rule does to the decision: a `blocking` fail makes the proposal
 * `ineligible`, a `fixable` fail makes it `conditional`, an `advisory` rule informs and
 * never changes the decision.
 *
 * @example
 * ```ts
 * const severity: RuleSeverity = 'fixable';
 * ```
 */
export type RuleSeverity = 'blocking' | 'fixable' | 'advisory';

/**
 * What a rule found: `pass`; `fail` (its severity decides what that does); `warn` (worth a
 * look, never changes the decision); `not-applicable` (nothing to check, such as a rule
 * about the partner when the partner cannot be resolved).
 *
 * @example
 * ```ts
 * const outcome: Outcome = 'not-applicable';
 * ```
 */
export type Outcome = 'pass' | 'fail' | 'warn' | 'not-applicable';

/**
 * The decision on a proposal: `ineligible` when a blocking rule fails, else `conditional`
 * when a fixable rule fails (the partner can fix it), else `eligible`.
 *
 * @example
 * ```ts
 * const decision: Decision = 'conditional';
 * ```
 */
export type Decision = 'eligible' | 'conditional' | 'ineligible';

/**
 * What a rule's `evaluate` returns; the engine adds the rule's id and severity to make a
 * {@link RuleResult}.
 *
 * @example
 * ```ts
 * const outcome: RuleOutcome = { outcome: 'fail', message: 'The proposal has no cell in its scope.', path: ['scope'] };
 * ```
 */
export interface RuleOutcome {
  /** What the rule found. */
  readonly outcome: Outcome;
  /** A human-readable sentence saying what was checked and why it passed or not. */
  readonly message: string;
  /** Where in the proposal the problem is, such as `['commitments', 2]`, when one fits. */
  readonly path?: readonly (string | number)[] | undefined;
}

/**
 * What a rule sees: the proposal, its partner resolved, the network, the policy and the
 * day, and what the engine indexed once for the partner.
 *
 * @example
 * ```ts
 * const rule: EligibilityRule = {
 *   id: 'asean-partner',
 *   severity: 'advisory',
 *   description: 'Notes partners in ASEAN member states.',
 *   evaluate: (ctx: RuleContext) =>
 *     ctx.partner === undefined
 *       ? { outcome: 'not-applicable', message: 'The partner is unknown.' }
 *       : { outcome: 'pass', message: `${ctx.partner.name} is in ${ctx.partner.country}.` },
 * };
 * ```
 */
export interface RuleContext {
  /** The proposal under evaluation. */
  readonly proposal: Proposal;
  /** The id of its partner: the id it names, or the id of the partner it carries. */
  readonly partnerId: PartnerId;
  /**
   * Its partner: the one it carries inline, or the network's partner with the id it names;
   * `undefined` when it names an id that cannot be resolved.
   */
  readonly partner: Partner | undefined;
  /** The network, when one was given. */
  readonly network: Network | undefined;
  /** The policy in force for this evaluation. */
  readonly policy: Policy;
  /** The day of the evaluation, `YYYY-MM-DD`. */
  readonly on: string;
  /** What the proposal does for the partnership (`build` without a network). */
  readonly intent: Intent;
  /** The network's agreements with this partner, in network order (none without a network). */
  readonly partnerAgreements: readonly Agreement[];
  /**
   * The network's other proposals from this partner (other ids), in network order (none
   * without a network).
   */
  readonly otherProposals: readonly Proposal[];
}

/**
 * An eligibility rule: plain data with an `evaluate` function. Rules run in order and
 * never see each other's results; a rule that throws is reported as a `fail` naming it.
 *
 * @example
 * ```ts
 * const fundingDeclared: EligibilityRule = {
 *   id: 'funding-declared',
 *   severity: 'fixable',
 *   description: 'The proposal declares where its money comes from.',
 *   rationale: 'Sustainability: "to ensure synergy, efficiency and sustainability of these partnerships".',
 *   evaluate: ({ proposal }) =>
 *     proposal.funding
 *       ? { outcome: 'pass', message: `Funding is declared (${proposal.funding.source}).` }
 *       : { outcome: 'fail', message: 'No funding is declared.', path: ['funding'] },
 * };
 * ```
 */
export interface EligibilityRule {
  /** The rule's id, unique among the rules of a policy. */
  readonly id: RuleId;
  /** What a `fail` of this rule does to the decision. */
  readonly severity: RuleSeverity;
  /** What the rule checks, in one sentence. */
  readonly description: string;
  /** Why: the wording of the strategic plan or the standard it implements. */
  readonly rationale?: string | undefined;
  /**
   * Checks a proposal.
   *
   * @param ctx - The proposal and everything known about it.
   * @returns The outcome, a message and, where one fits, a path.
   */
  readonly evaluate: (ctx: RuleContext) => RuleOutcome;
}

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

import type { Alignment } from '../catalog/alignment.js';
import type { CellCode } from '../catalog/cells.js';
import type { CountryCode } from '../catalog/countries.js';
import type { LanguageCode } from '../catalog/languages.js';
import type { Period } from '../catalog/home.js';
import type { DefaultRuleId, Intent, Outcome, RuleSeverity } from '../catalog/rules.js';
import type { Agreement } from '../schemas/agreement.js';
import type { Network } from '../schemas/network.js';
import type { Partner } from '../schemas/partner.js';
import type { PartnerId } from '../schemas/primitives.js';
import type { Proposal } from '../schemas/proposal.js';

/**
 * The weights of `rankPartners`' score: the share of the needed cells a partner covers,
 * of the needed fields it declares and of the needed languages it works in.
 *
 * @example
 * ```ts
 * const rankWeights: RankWeights = { cells: 0.6, fields: 0.2, languages: 0.2 };
 * ```
 */
export interface RankWeights {
  /** The weight of the share of the needed cells the partner covers. */
  readonly cells: number;
  /** The weight of the share of the needed ISCED fields the partner declares. */
  readonly fields: number;
  /** The weight of the share of the needed languages the partner works in. */
  readonly languages: number;
}

/**
 * The weights of the three components of a fit score (SPEC §8), which need not sum to 1.
 *
 * @example
 * ```ts
 * const scoreWeights: ScoreWeights = { strategicFit: 0.4, gapFilling: 0.4, sustainability: 0.2 };
 * ```
 */
export interface ScoreWeights {
  /** The weight of strategic fit: how many of Goal #6's strategies the scope serves. */
  readonly strategicFit: number;
  /** The weight of gap filling: how much the scope works where the network does not. */
  readonly gapFilling: number;
  /** The weight of sustainability: length within the plan, funding, history with UHS. */
  readonly sustainability: number;
}

/**
 * The configurable parameters of every rule family (dates, eligibility, synergy): plain,
 * frozen data. Build one with {@link createPolicy} or {@link policyFor}; the defaults live
 * in {@link DEFAULT_POLICY} and nowhere else. What each parameter accepts is what
 * `createPolicy` checks.
 *
 * @example
 * ```ts
 * const policy: Policy = createPolicy({ planPeriod: { start: '2019-01-01', end: '2023-12-31' } });
 * policy.planPeriod.end; //=> '2023-12-31'
 * policy.saturation; //=> 3
 * policy.academicYearStartMonth; //=> 10
 * policy.homeHeiId; //=> 'uhs.edu.kh'
 * ```
 */
export interface Policy {
  /**
   * The strategic plan's timeframe, both ends included (default 2014-01-01 … 2018-12-31):
   * two real dates, `end` after `start`.
   */
  readonly planPeriod: Period;
  /**
   * The home institution's country: a partner there is not international (default `KH`).
   * An assigned ISO 3166-1 alpha-2 code.
   */
  readonly homeCountry: CountryCode;
  /**
   * The home institution's SCHAC id, its `heiId` in Erasmus Without Paper (default
   * `HOME_INSTITUTION.identifiers.schac`, `uhs.edu.kh`). SCHAC ids are internet domains,
   * checked as a partner's `identifiers.schac` is: lower-case labels of letters `a–z`,
   * digits and inner hyphens (1–63 characters each), then a top-level label of 2–63
   * letters, 253 characters in all.
   */
  readonly homeHeiId: string;
  /** The strategies each of the 20 cells serves (default `DEFAULT_ALIGNMENT`); every cell is mapped. */
  readonly alignment: Alignment;
  /**
   * The weight of each cell in gap filling (default 1 for every cell): finite and ≥ 0, with
   * a positive and finite sum (twenty weights of 1e308 overflow it: a `RangeError`).
   * Overrides may name only the cells they change.
   */
  readonly weights: Readonly<Record<CellCode, number>>;
  /** How many partners covering a cell saturate it (default 3): finite and ≥ 1. */
  readonly saturation: number;
  /**
   * The weights of the fit score's components (default 0.4, 0.4, 0.2): finite and ≥ 0,
   * with a positive and finite sum; overrides name all three.
   */
  readonly scoreWeights: ScoreWeights;
  /**
   * An agreement is `expiring` when it ends within this many days of `on` (default 180): a
   * whole number ≥ 0. There is no upper bound: a window that reaches past 9999-12-31 makes
   * every agreement in force `expiring`.
   */
  readonly expiringWithinDays: number;
  /**
   * A partner whose agreements in force all end within this many days of `on` is renewing,
   * not strengthening (default 180): a whole number ≥ 0, with no upper bound (a window that
   * reaches past 9999-12-31 makes every partner with agreements in force `renew`).
   */
  readonly renewalWindowDays: number;
  /**
   * The weights of `rankPartners`' score (default `{ cells: 0.6, fields: 0.2, languages: 0.2 }`):
   * finite and ≥ 0, with a positive and finite sum; overrides name all three.
   */
  readonly rankWeights: RankWeights;
  /**
   * The length within the plan, in months, at which a proposal counts fully for the
   * sustainability of its fit score (default 36, three years): finite and > 0.
   */
  readonly sustainabilityMonths: number;
  /**
   * The month (1–12) the academic year starts in (default 10, October, as at UHS). With 1
   * the academic year is the calendar year, as partners in the southern hemisphere run.
   */
  readonly academicYearStartMonth: number;
  /**
   * The languages of the bilingual teaching platform of Strategy 4 (default `['en', 'fr']`):
   * at least one ISO 639-1 code, each listed once.
   */
  readonly platformLanguages: readonly LanguageCode[];
  /**
   * The eligibility rules to run, in order, ids unique. When absent the engine runs
   * `DEFAULT_RULES` (exported by `./eligibility`; the policy module does not import the
   * rules, so that a date helper bundles without them).
   */
  readonly rules?: readonly EligibilityRule[];
}

/**
 * What {@link createPolicy} and {@link policyFor} accept: any parameter of a {@link Policy},
 * derived from it (`undefined` means "not given"). `weights` may name only the cells it
 * changes; every other parameter replaces the default as a whole (`scoreWeights` and
 * `rankWeights` name their three weights, `alignment` all 20 cells).
 *
 * @example
 * ```ts
 * const overrides: PolicyOverrides = { weights: { C5: 2 }, saturation: 4 };
 * createPolicy(overrides).weights.C5; //=> 2
 * createPolicy({ academicYearStartMonth: 9 }).academicYearStartMonth; //=> 9
 * ```
 */
export type PolicyOverrides = {
  readonly [K in keyof Policy]?:
    (K extends 'weights' ? Readonly<Partial<Policy['weights']>> : Policy[K]) | undefined;
};

/**
 * The policy part of the options of every function of `./dates`, `./eligibility` and
 * `./synergy`: a `policy`, and any of its parameters given directly, which win over it.
 * Without a `policy`, a function that receives a network uses `policyFor(network)`, and
 * one that does not uses `DEFAULT_POLICY`.
 *
 * @example
 * ```ts
 * const options: PolicyOptions = { policy: createPolicy({ saturation: 4 }), expiringWithinDays: 90 };
 * ```
 */
export interface PolicyOptions extends PolicyOverrides {
  /** The policy to apply (default: `policyFor(network)`, else `DEFAULT_POLICY`). */
  readonly policy?: Policy | undefined;
}

/**
 * The `on` option of every function that answers for a day (SPEC §6): the day the
 * question is asked about.
 *
 * @example
 * ```ts
 * const options: OnOption = { on: '2017-06-30' };
 * agreementStatus({ startsOn: '2015-01-01', endsOn: '2019-12-31' }, options); //=> 'active'
 * ```
 */
export interface OnOption {
  /**
   * The day the function answers for, a real calendar date `YYYY-MM-DD` (default: the
   * network's `asOf` when a network is given and has one, else today's local date).
   */
  readonly on?: string | undefined;
}

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
  /**
   * The data the message was made from, for programs (the default rules give it, so that
   * their message can be said again in French). A custom rule may leave it out.
   */
  readonly params?: Readonly<Record<string, unknown>> | undefined;
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

import { deepFreeze } from '../core/_freeze.js';
import { INTENTS as CORE_INTENTS } from '../core/_lifecycle.js';

// The closed lists of eligibility: rule ids, severities, outcomes, decisions and intents.
// Each is one frozen array; its type is derived from it.

/**
 * The ids of the default eligibility rules, in the order they run (SPEC §7). Ids are
 * stable: applications match on them.
 *
 * @example
 * ```ts
 * DEFAULT_RULE_IDS[0]; //=> 'partner-known'
 * DEFAULT_RULE_IDS.length; //=> 11
 * ```
 */
export const DEFAULT_RULE_IDS = /* @__PURE__ */ deepFreeze([
  'partner-known',
  'international',
  'institution-type',
  'health-sciences',
  'scope',
  'plan-period',
  'strategy-alignment',
  'teaching-language',
  'focal-point',
  'commitments-in-scope',
  'duplicate-proposal',
] as const);

/**
 * The id of a default eligibility rule: one of {@link DEFAULT_RULE_IDS}.
 *
 * @example
 * ```ts
 * const id: DefaultRuleId = 'plan-period';
 * ```
 */
export type DefaultRuleId = (typeof DEFAULT_RULE_IDS)[number];

/**
 * How much a failed rule weighs: `blocking` makes a proposal ineligible, `fixable` makes it
 * conditional, `advisory` only informs.
 *
 * @example
 * ```ts
 * RULE_SEVERITIES; //=> ['blocking', 'fixable', 'advisory']
 * ```
 */
export const RULE_SEVERITIES = /* @__PURE__ */ deepFreeze([
  'blocking',
  'fixable',
  'advisory',
] as const);

/**
 * The severity of a rule: one of {@link RULE_SEVERITIES}.
 *
 * @example
 * ```ts
 * const severity: RuleSeverity = 'fixable';
 * ```
 */
export type RuleSeverity = (typeof RULE_SEVERITIES)[number];

/**
 * What a rule can conclude about a proposal.
 *
 * @example
 * ```ts
 * OUTCOMES; //=> ['pass', 'fail', 'warn', 'not-applicable']
 * ```
 */
export const OUTCOMES = /* @__PURE__ */ deepFreeze([
  'pass',
  'fail',
  'warn',
  'not-applicable',
] as const);

/**
 * The outcome of one rule: one of {@link OUTCOMES}.
 *
 * @example
 * ```ts
 * const outcome: Outcome = 'warn';
 * ```
 */
export type Outcome = (typeof OUTCOMES)[number];

/**
 * The decisions of an eligibility report, the best first.
 *
 * @example
 * ```ts
 * DECISIONS; //=> ['eligible', 'conditional', 'ineligible']
 * ```
 */
export const DECISIONS = /* @__PURE__ */ deepFreeze([
  'eligible',
  'conditional',
  'ineligible',
] as const);

/**
 * The decision on a proposal: one of {@link DECISIONS}.
 *
 * @example
 * ```ts
 * const decision: Decision = 'conditional';
 * ```
 */
export type Decision = (typeof DECISIONS)[number];

/**
 * What a proposal does to its partnership, in the order of the UHS page's "strengthen,
 * renew or build".
 *
 * @example
 * ```ts
 * INTENTS; //=> ['strengthen', 'renew', 'build']
 * ```
 */
export const INTENTS = CORE_INTENTS;

/**
 * What a proposal does: `strengthen` a partnership with an agreement in force, `renew` one
 * that expired or is within its renewal window, or `build` a new one.
 *
 * @example
 * ```ts
 * const intent: Intent = 'renew';
 * INTENTS.includes(intent); //=> true
 * ```
 */
export type Intent = Extract<(typeof INTENTS)[number], string>;

import type { DEFAULT_RULE_IDS } from '../catalog/rules.js';
import { deepFreeze } from '../core/_freeze.js';
import type { DefaultRuleId } from '../catalog/rules.js';
import type { EligibilityRule } from '../policy/types.js';
import { commitmentsInScope } from './rules/_commitmentsInScope.js';
import { duplicateProposal } from './rules/_duplicateProposal.js';
import { focalPoint } from './rules/_focalPoint.js';
import { healthSciences } from './rules/_healthSciences.js';
import { institutionType } from './rules/_institutionType.js';
import { international } from './rules/_international.js';
import { partnerKnown } from './rules/_partnerKnown.js';
import { planPeriod } from './rules/_planPeriod.js';
import { scope } from './rules/_scope.js';
import { strategyAlignment } from './rules/_strategyAlignment.js';
import { teachingLanguage } from './rules/_teachingLanguage.js';

/** One rule per id of `Ids`, in the same order. */
type RulesFor<Ids extends readonly string[]> = {
  readonly [K in keyof Ids]: EligibilityRule & { readonly id: Ids[K] };
};

/**
 * The default eligibility rules, in the order they run; each is a frozen data object
 * `{ id, severity, description, rationale, evaluate }`. The engine runs them when the
 * policy names no `rules`.
 *
 * | id | checks | severity of a fail |
 * | --- | --- | --- |
 * | `partner-known` | the proposal carries its partner, or names one the network has | blocking |
 * | `international` | the partner's country is not `policy.homeCountry` | blocking |
 * | `institution-type` | always passes; names the type and the tier it earns | advisory |
 * | `health-sciences` | a key-tier partner declares a health field (associates: a warning) | fixable |
 * | `scope` | at least one cell | blocking |
 * | `plan-period` | the period overlaps `policy.planPeriod` | blocking |
 * | `strategy-alignment` | the scope serves a strategy; unserved declared strategies warn | blocking |
 * | `teaching-language` | distance courses teach in `en` or `fr` | fixable |
 * | `focal-point` | a contact is marked `focalPoint` | fixable |
 * | `commitments-in-scope` | every commitment's cell is in scope | blocking |
 * | `duplicate-proposal` | no other proposal of the partner overlaps in period and scope | advisory (warn) |
 *
 * To drop, replace or add a rule, give a policy its own list:
 *
 * ```ts
 * createPolicy({ rules: [...DEFAULT_RULES.filter((rule) => rule.id !== 'focal-point'), myRule] });
 * ```
 *
 * @example
 * ```ts
 * DEFAULT_RULES.map((rule) => rule.id);
 * //=> ['partner-known', 'international', 'institution-type', 'health-sciences', 'scope', 'plan-period',
 * //    'strategy-alignment', 'teaching-language', 'focal-point', 'commitments-in-scope', 'duplicate-proposal']
 * DEFAULT_RULES.find((rule) => rule.id === 'scope')?.severity; //=> 'blocking'
 * ```
 */
export const DEFAULT_RULES: readonly (EligibilityRule & { readonly id: DefaultRuleId })[] =
  /* @__PURE__ */ deepFreeze([
    partnerKnown,
    international,
    institutionType,
    healthSciences,
    scope,
    planPeriod,
    strategyAlignment,
    teachingLanguage,
    focalPoint,
    commitmentsInScope,
    duplicateProposal,
    // The ids are those of the catalog's DEFAULT_RULE_IDS, in its order: checked here.
  ] as const satisfies RulesFor<typeof DEFAULT_RULE_IDS>);

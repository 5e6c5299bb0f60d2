// How a default rule builds its outcome: the message comes from the catalogue
// (`src/messages/rules.ts`), in English, made from the `params` the outcome carries, so that
// the engine and `formatRuleResult` can say it again in another language.
import type { ParamsOf } from '../../messages/_table.js';
import { RULE_MESSAGES } from '../../messages/rules.js';
import type { DefaultRuleId, Outcome, RuleOutcome } from '../types.js';

/** The codes of the catalogue that are rule results: `rule.<rule id>.<outcome>`. @internal */
export type ResultCode<O extends Outcome = Outcome> = Extract<
  keyof typeof RULE_MESSAGES,
  `rule.${string}.${O}`
>;

/** The params of the result message `K`. @internal */
export type ResultParams<K extends ResultCode> = ParamsOf<(typeof RULE_MESSAGES)[K]>;

/**
 * The outcome of a default rule: `result` with the English message `code` made from
 * `params`, and `path` when there is one. The code must end with the outcome
 * (`outcome('fail', 'rule.scope.fail', {})`): a mismatch does not compile.
 *
 * @internal
 */
export function outcome<O extends Outcome, K extends ResultCode<O>>(
  result: O,
  code: K,
  params: ResultParams<K>,
  path?: readonly (string | number)[],
): RuleOutcome {
  const message = (RULE_MESSAGES[code].en as (p: ResultParams<K>) => string)(params);
  const data = params as Readonly<Record<string, unknown>>;
  return path === undefined
    ? { outcome: result, message, params: data }
    : { outcome: result, message, path, params: data };
}

/**
 * The English description of a default rule, from the catalogue
 * (`rule.<rule id>.description`).
 *
 * @internal
 */
export function descriptionOf(id: DefaultRuleId): string {
  return RULE_MESSAGES[`rule.${id}.description`].en({});
}

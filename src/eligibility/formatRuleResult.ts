import type { Locale } from '../catalog/locales.js';
import { checkLocale, libraryError } from '../messages/_table.js';
import { RULE_MESSAGES } from '../messages/rules.js';
import type { RuleResult } from './types.js';
import { messageIn } from './_localize.js';

/**
 * Options of {@link formatRuleResult}.
 *
 * @example
 * ```ts
 * const options: FormatRuleResultOptions = { locale: 'fr' };
 * ```
 */
export interface FormatRuleResultOptions {
  /** The language: `'en'` (default) or `'fr'`. Any other value is a `RangeError`. */
  readonly locale?: Locale | undefined;
}

/**
 * Says the message of a rule result again, in English or French, from its `rule`,
 * `outcome` and `params`: a result stored in one language can be shown in the other. The
 * message of a rule of your own (one the catalogue did not write) is returned as it is.
 *
 * @param result - A result of an `EligibilityReport` (`report.results[i]`), or the same
 *   data read back from storage.
 * @param options - `locale`: `'en'` (default) or `'fr'`.
 * @returns The result's message in that language.
 * @throws RangeError for a locale other than `'en'` and `'fr'`; TypeError when `result`
 *   is not an object with a string `message`.
 *
 * @example
 * ```ts
 * const result: RuleResult = {
 *   rule: 'scope',
 *   outcome: 'pass',
 *   severity: 'blocking',
 *   message: 'The scope has 2 cells: B4, C5.',
 *   params: { cells: ['B4', 'C5'] },
 * };
 * formatRuleResult(result, { locale: 'fr' }); //=> 'Le périmètre compte 2\u00a0cases\u00a0: B4, C5.'
 * formatRuleResult(result); //=> 'The scope has 2 cells: B4, C5.'
 * formatRuleResult({ rule: 'funding-declared', outcome: 'fail', severity: 'fixable', message: 'No funding.' }, { locale: 'fr' });
 * //=> 'No funding.'
 * ```
 */
export function formatRuleResult(result: RuleResult, options?: FormatRuleResultOptions): string {
  const locale = checkLocale(options?.locale, 'formatRuleResult');
  const value: unknown = result;
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof (value as { message?: unknown }).message !== 'string'
  ) {
    throw libraryError(TypeError, RULE_MESSAGES, 'rule.result.invalid', {
      caller: 'formatRuleResult',
      received: value,
    });
  }
  return messageIn(result, locale);
}

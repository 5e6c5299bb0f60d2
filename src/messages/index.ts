import type { Locale } from '../core/_locales.js';
import { checkLocale, libraryError, render, type Message, type ParamsOf } from './_table.js';
import { CLI_MESSAGES } from './cli.js';
import { COMMON_MESSAGES } from './common.js';
import { DATES_MESSAGES } from './dates.js';
import { ISSUE_MESSAGES } from './issues.js';
import { JSON_SCHEMA_MESSAGES } from './jsonSchema.js';
import { POLICY_MESSAGES } from './policy.js';
import { REPORT_MESSAGES } from './reports.js';
import { RULE_MESSAGES } from './rules.js';
import { SYNERGY_MESSAGES } from './synergy.js';
import { TESTING_MESSAGES } from './testing.js';

/**
 * Every message of the library, English and French side by side, keyed by its stable code:
 * validation issues (`issue.*`), rule results (`rule.*`), thrown errors, report labels
 * (`report.*`) and CLI output (`cli.*`).
 *
 * @internal
 */
export const MESSAGES = {
  ...COMMON_MESSAGES,
  ...ISSUE_MESSAGES,
  ...POLICY_MESSAGES,
  ...DATES_MESSAGES,
  ...RULE_MESSAGES,
  ...SYNERGY_MESSAGES,
  ...REPORT_MESSAGES,
  ...JSON_SCHEMA_MESSAGES,
  ...TESTING_MESSAGES,
  ...CLI_MESSAGES,
};

/**
 * The stable code of a message of the library's catalogue: `issue.invalid_value`,
 * `rule.scope.fail`, `report.title` … Codes never change meaning; a new message gets a new
 * code.
 *
 * @example
 * ```ts
 * const code: MessageCode = 'issue.invalid_value';
 * ```
 */
export type MessageCode = Extract<keyof typeof MESSAGES, string>;

/**
 * The parameters of the message `C`.
 *
 * @example
 * ```ts
 * const params: MessageParams<'locale.unknown'> = { caller: 'formatIssues', received: 'de', allowed: ['en', 'fr'] };
 * ```
 */
export type MessageParams<C extends MessageCode> = ParamsOf<(typeof MESSAGES)[C]>;

/**
 * Options of {@link formatMessage}.
 *
 * @example
 * ```ts
 * const options: FormatMessageOptions = { locale: 'fr' };
 * ```
 */
export interface FormatMessageOptions {
  /** The language: `'en'` (default) or `'fr'`. Any other value is a `RangeError`. */
  readonly locale?: Locale | undefined;
}

/**
 * Says a message of the library's catalogue again, in English or French, from its code and
 * the `params` it was made from. Validation issues, rule results and thrown errors carry
 * both, so a program can render them in the reader's language.
 *
 * @param code - The message's stable code.
 * @param params - The data the message is made from.
 * @param options - `locale`: `'en'` (default) or `'fr'`.
 * @returns The message.
 * @throws RangeError for a locale other than `'en'` and `'fr'`, or a code the catalogue
 *   does not have.
 *
 * @example
 * ```ts
 * formatMessage('locale.unknown', { caller: 'formatIssues', received: 'de', allowed: ['en', 'fr'] }, { locale: 'fr' });
 * //=> "formatIssues\u00a0: la langue doit être 'en' ou 'fr', valeur reçue 'de'"
 * ```
 */
export function formatMessage<C extends MessageCode>(
  code: C,
  params: MessageParams<C>,
  options?: FormatMessageOptions,
): string {
  const locale = checkLocale(options?.locale, 'formatMessage');
  if (!Object.hasOwn(MESSAGES, code)) {
    throw libraryError(RangeError, COMMON_MESSAGES, 'message.unknown_code', {
      code: code.slice(0, 60),
    });
  }
  return render(
    MESSAGES as Readonly<Record<string, Message<never>>>,
    code,
    params as never,
    locale,
  );
}

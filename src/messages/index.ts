import type { Locale } from '../core/_locales.js';
import { checkLocale, libraryError, render, type Message, type ParamsOf } from './_table.js';
import { COMMON_MESSAGES } from './common.js';
import { DATES_MESSAGES } from './dates.js';
import { EWP_MESSAGES } from './ewp.js';
import { EWP_EXPORT_MESSAGES } from './ewpExport.js';
import { ISSUE_MESSAGES } from './issues.js';
import { JSON_SCHEMA_MESSAGES } from './jsonSchema.js';
import { MIGRATION_MESSAGES } from './migration.js';
import { PLANNING_MESSAGES } from './planning.js';
import { POLICY_MESSAGES } from './policy.js';
import { REPORT_MESSAGES } from './reports.js';
import { RULE_MESSAGES } from './rules.js';
import { SYNERGY_MESSAGES } from './synergy.js';
import { TESTING_MESSAGES } from './testing.js';

/** Every part of the catalogue, merged. */
function merge() {
  return {
    ...COMMON_MESSAGES,
    ...ISSUE_MESSAGES,
    ...POLICY_MESSAGES,
    ...DATES_MESSAGES,
    ...RULE_MESSAGES,
    ...SYNERGY_MESSAGES,
    ...PLANNING_MESSAGES,
    ...REPORT_MESSAGES,
    ...JSON_SCHEMA_MESSAGES,
    ...TESTING_MESSAGES,
    ...EWP_MESSAGES,
    ...EWP_EXPORT_MESSAGES,
    ...MIGRATION_MESSAGES,
  };
}

let merged: ReturnType<typeof merge> | undefined;

/**
 * Every message of the library, English and French side by side, keyed by its stable code:
 * validation issues (`issue.*`), rule results (`rule.*`), thrown errors, report labels
 * (`report.*`). The `uhs-network` command's own words (`cli.*`, src/messages/cli.ts) are not
 * here: they reach only the CLI's bundle. Merged on first use, so that a bundle that never
 * formats a message by its code does not carry the whole catalogue.
 *
 * @internal
 */
export function allMessages(): ReturnType<typeof merge> {
  return (merged ??= merge());
}

/**
 * The stable code of a message of the library's catalogue (`issue.invalid_value`,
 * `rule.scope.fail`, `report.title` …). @internal
 */
export type MessageCode = Extract<keyof ReturnType<typeof merge>, string>;

/** The parameters of the message `C`. @internal */
export type MessageParams<C extends MessageCode> = ParamsOf<ReturnType<typeof merge>[C]>;

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
 * Says a message of the library's catalogue again, in English or French, from its stable
 * code and the `params` it was made from. Errors the library throws carry both (`code`,
 * `params`), as do validation issues (`'issue.' + code`) and rule results; for those two,
 * `formatIssues` and `formatRuleResult` do it for you.
 *
 * @param code - The message's stable code (`'option.invalid_on'`, `'issue.invalid_value'` …).
 * @param params - The data the message is made from, as the library gave it.
 * @param options - `locale`: `'en'` (default) or `'fr'`.
 * @returns The message.
 * @throws RangeError for a locale other than `'en'` and `'fr'`, a code the catalogue does
 *   not have, or params the message cannot be made from.
 *
 * @example
 * ```ts
 * try {
 *   regionOf('KH', { on: '30/04/1999' });
 * } catch (error) {
 *   const { code, params } = error as { code: string; params: Record<string, unknown> };
 *   formatMessage(code, params, { locale: 'fr' });
 *   //=> "regionOf\u00a0: on doit être une date valide au format AAAA-MM-JJ, valeur reçue '30/04/1999'"
 * }
 * ```
 */
export function formatMessage(
  code: string,
  params: Readonly<Record<string, unknown>>,
  options?: FormatMessageOptions,
): string {
  const locale = checkLocale(options?.locale, 'formatMessage');
  if (typeof code !== 'string' || !Object.hasOwn(allMessages(), code)) {
    throw libraryError(RangeError, COMMON_MESSAGES, 'message.unknown_code', {
      code: String(code as unknown).slice(0, 60),
    });
  }
  const table = allMessages() as unknown as Readonly<
    Record<string, Message<Readonly<Record<string, unknown>>>>
  >;
  try {
    return render(table, code, params, locale);
  } catch {
    // Params that are not what the message was made from (a hand-written or truncated copy).
    throw libraryError(RangeError, COMMON_MESSAGES, 'message.bad_params', { code });
  }
}

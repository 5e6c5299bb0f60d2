// Rule results in another language. The message of a default rule's result is made from
// its `params` by the catalogue entry `rule.<rule id>.<outcome>` (src/messages/rules.ts);
// a result is said again in another language only when the entry, given the same params,
// gives back its `message` exactly in one of the languages: so a rule of your own, even one
// that reuses the id of a default rule, keeps the message it wrote.
import { DEFAULT_RULE_IDS } from '../catalog/rules.js';
import { LOCALES, type Locale } from '../core/_locales.js';
import type { Message } from '../messages/_table.js';
import { RULE_MESSAGES } from '../messages/rules.js';

const TABLE: Readonly<Record<string, Message<never> | undefined>> = RULE_MESSAGES;

/** The messages the engine itself writes on a failed rule. */
const ENGINE_CODES = ['rule.error.thrown', 'rule.error.invalid_result'] as const;

/** The entry `code` rendered in `locale`, or `undefined` when params do not fit it. */
function attempt(code: string, params: object, locale: Locale): string | undefined {
  const entry = TABLE[code];
  if (entry === undefined) return undefined;
  try {
    return (entry[locale] as (p: object) => string)(params);
  } catch {
    return undefined;
  }
}

/** Whether the entry `code` writes `message` from `params` in one of the languages. */
function wrote(code: string, params: object, message: string): boolean {
  for (const locale of LOCALES) if (attempt(code, params, locale) === message) return true;
  return false;
}

/**
 * The message of a result in `locale`: made again from the catalogue when the result is
 * one the catalogue wrote (in any language), else `message` as it is.
 *
 * @internal
 */
export function messageIn(
  result: {
    readonly rule: string;
    readonly outcome: string;
    readonly message: string;
    readonly params?: unknown;
  },
  locale: Locale,
): string {
  const { rule, outcome, message, params } = result;
  if (typeof params !== 'object' || params === null) return message;
  const codes: string[] = [];
  if ((DEFAULT_RULE_IDS as readonly string[]).includes(rule)) codes.push(`rule.${rule}.${outcome}`);
  if (outcome === 'fail') codes.push(...ENGINE_CODES);
  for (const code of codes) {
    if (wrote(code, params, message)) return attempt(code, params, locale) ?? message;
  }
  return message;
}

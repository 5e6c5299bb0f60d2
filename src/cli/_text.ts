import type { Locale } from '../core/_locales.js';
import { render, type ParamsOf } from '../messages/_table.js';
import { CLI_MESSAGES } from '../messages/cli.js';

/**
 * Every line the CLI writes for people is a message of the catalogue (`cli.*` codes in
 * `src/messages/cli.ts`), rendered here in the language of the run.
 *
 * @internal
 * @module
 */

/**
 * The code of a CLI message.
 *
 * @internal
 * @example
 * ```ts
 * const code: CliCode = 'cli.unknown_command';
 * ```
 */
export type CliCode = Extract<keyof typeof CLI_MESSAGES, string>;

/**
 * The parameters of the CLI message `C`.
 *
 * @internal
 * @example
 * ```ts
 * const params: CliParams<'cli.unknown_command'> = { name: 'frobnicate' };
 * ```
 */
export type CliParams<C extends CliCode> = ParamsOf<(typeof CLI_MESSAGES)[C]>;

/**
 * A CLI message in a language.
 *
 * @internal
 * @param code - The message's code.
 * @param params - What it is made from.
 * @param locale - `'en'` or `'fr'`.
 * @returns The message.
 *
 * @example
 * ```ts
 * cliText('cli.unknown_command', { name: 'frobnicate' }, 'fr'); //=> "commande inconnue 'frobnicate'"
 * ```
 */
export function cliText<C extends CliCode>(code: C, params: CliParams<C>, locale: Locale): string {
  return render(CLI_MESSAGES, code, params, locale);
}

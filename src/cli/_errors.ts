import type { Locale } from '../core/_locales.js';
import { cliText, type CliCode, type CliParams } from './_text.js';

/**
 * Exit codes and the error the commands throw to stop with one.
 *
 * @internal
 * @module
 */

/**
 * The exit codes of `uhs-network` (70 is sysexits' EX_SOFTWARE: a bug of the CLI itself).
 *
 * @internal
 * @example
 * ```ts
 * EXIT.usage; //=> 2
 * ```
 */
export const EXIT = Object.freeze({
  /** The command did its job (whatever the eligibility decisions). */
  ok: 0,
  /** An input file holds invalid data, or text that is not JSON. */
  invalidData: 1,
  /** A usage or I/O error: bad command, option or option value, unreadable file. */
  usage: 2,
  /** A bug: an unexpected internal error. */
  internal: 70,
} as const);

/**
 * What a command may exit with.
 *
 * @internal
 * @example
 * ```ts
 * const code: ExitCode = EXIT.invalidData; //=> 1
 * ```
 */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * Stops a command with an exit code and a one-line message for standard error, made from a
 * message of the catalogue: its `message` is the English, and `code` and `params` let the
 * CLI say it in the language of the run ({@link CliError.messageIn}). Anything else thrown
 * inside a command is an internal error.
 *
 * @internal
 * @example
 * ```ts
 * throw cliError(EXIT.usage, 'cli.cannot_read', { name: 'x.json', reason: 'no-such-file', detail: '' });
 * // throws CliError: cannot read 'x.json': no such file or directory
 * ```
 */
export class CliError extends Error {
  /** The exit code of the process. */
  readonly exitCode: ExitCode;
  /** The command whose `--help` the message points to, for usage errors. */
  readonly helpFor: string | undefined;
  /** The code of the message (`cli.*`). */
  readonly code: CliCode;
  /** What the message is made from. */
  readonly params: Readonly<Record<string, unknown>>;

  /**
   * @param exitCode - The exit code of the process.
   * @param code - The message's code.
   * @param params - What the message is made from.
   * @param helpFor - The command whose help to point to, for usage errors.
   */
  constructor(
    exitCode: ExitCode,
    code: CliCode,
    params: Readonly<Record<string, unknown>>,
    helpFor?: string,
  ) {
    super(cliText(code, params as never, 'en'));
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.code = code;
    this.params = params;
    this.helpFor = helpFor;
  }

  /**
   * The message in a language.
   *
   * @param locale - `'en'` or `'fr'`.
   * @returns One line for standard error (after `uhs-network: `).
   */
  messageIn(locale: Locale): string {
    return cliText(this.code, this.params as never, locale);
  }
}

/**
 * An error that stops a command with an exit code, from a message of the catalogue.
 *
 * @internal
 * @param exitCode - The exit code of the process.
 * @param code - The message's code.
 * @param params - What the message is made from.
 * @returns The error to throw.
 *
 * @example
 * ```ts
 * cliError(EXIT.invalidData, 'cli.not_json', { name: 'x.json' }).message; //=> 'x.json: not valid JSON'
 * ```
 */
export function cliError<C extends CliCode>(
  exitCode: ExitCode,
  code: C,
  params: CliParams<C> & Readonly<Record<string, unknown>>,
): CliError {
  return new CliError(exitCode, code, params);
}

/**
 * A usage error (exit 2): the message, and the command whose `--help` explains the usage.
 *
 * @internal
 * @param code - The message's code.
 * @param params - What the message is made from.
 * @param command - The command whose help to point to (the general help when absent).
 * @returns The error to throw.
 *
 * @example
 * ```ts
 * throw usageError('cli.unknown_option', { option: '--bogus' }, 'report'); // throws CliError: unknown option '--bogus'
 * // stderr: uhs-network: unknown option '--bogus'
 * //         Run 'uhs-network report --help' for usage.
 * ```
 */
export function usageError<C extends CliCode>(
  code: C,
  params: CliParams<C> & Readonly<Record<string, unknown>>,
  command?: string,
): CliError {
  return new CliError(EXIT.usage, code, params, command ?? '');
}

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
 * Stops a command with an exit code and a one-line message for standard error. Anything
 * else thrown inside a command is an internal error.
 *
 * @internal
 * @example
 * ```ts
 * throw new CliError(EXIT.usage, "cannot read 'x.json': no such file or directory");
 * // throws CliError: cannot read 'x.json': no such file or directory
 * ```
 */
export class CliError extends Error {
  /** The exit code of the process. */
  readonly exitCode: ExitCode;
  /** The command whose `--help` the message points to, for usage errors. */
  readonly helpFor: string | undefined;

  /**
   * @param exitCode - The exit code of the process.
   * @param message - One line for standard error (after `uhs-network: `).
   * @param helpFor - The command whose help to point to, for usage errors.
   */
  constructor(exitCode: ExitCode, message: string, helpFor?: string) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
    this.helpFor = helpFor;
  }
}

/**
 * A usage error (exit 2): the message, and the command whose `--help` explains the usage.
 *
 * @internal
 * @param message - What is wrong with the command line.
 * @param command - The command whose help to point to (the general help when absent).
 * @returns The error to throw.
 *
 * @example
 * ```ts
 * throw usageError("unknown option '--bogus'", 'report'); // throws CliError: unknown option '--bogus'
 * // stderr: uhs-network: unknown option '--bogus'
 * //         Run 'uhs-network report --help' for usage.
 * ```
 */
export function usageError(message: string, command?: string): CliError {
  return new CliError(EXIT.usage, message, command ?? '');
}

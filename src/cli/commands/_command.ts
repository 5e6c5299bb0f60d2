import type { Locale } from '../../core/_locales.js';
import type { Palette } from '../_colour.js';
import type { ExitCode } from '../_errors.js';
import type { CliIo } from '../io.js';

/**
 * What every command is: a name, its help, and a function from its arguments to an exit
 * code.
 *
 * @internal
 * @module
 */

/**
 * What a command runs with.
 *
 * @internal
 * @example
 * ```ts
 * const context: CommandContext = { io: createProcessIo(), palette: paletteFor(false), locale: 'en' };
 * ```
 */
export interface CommandContext {
  /** The outside world. */
  readonly io: CliIo;
  /** Colours for decisions and errors (plain when colour is off or the output is JSON). */
  readonly palette: Palette;
  /**
   * The language of messages, summaries and reports (`--lang`, else the environment);
   * English when absent.
   */
  readonly locale?: Locale;
}

/**
 * A command of `uhs-network`.
 *
 * @internal
 * @example
 * ```ts
 * const command: Command = schemaCommand;
 * await command.run(['partner'], context); //=> 0
 * ```
 */
export interface Command {
  /** The word that selects it: `uhs-network <name>`. */
  readonly name: string;
  /** One line for the list of commands, in a language. */
  readonly summary: (locale: Locale) => string;
  /** The text of `uhs-network <name> --help`, in a language. */
  readonly help: (locale: Locale) => string;
  /**
   * Runs the command. A usage or I/O problem throws a `CliError`; anything else thrown is
   * an internal error.
   *
   * @param args - The arguments after the command's name.
   * @param context - The io and the palette.
   * @returns The exit code.
   */
  readonly run: (args: readonly string[], context: CommandContext) => Promise<ExitCode>;
}

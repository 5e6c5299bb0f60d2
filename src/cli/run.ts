import { version } from '../../package.json';
import type { Locale } from '../core/_locales.js';
import { formatMessage } from '../messages/index.js';
import { isLibraryError } from '../messages/_table.js';
import { wantsHelp, wantsJson } from './_arguments.js';
import { colourAllowed, paletteFor, type Palette } from './_colour.js';
import { CliError, EXIT, usageError, type ExitCode } from './_errors.js';
import { escapeControl } from './_escape.js';
import { firstLine } from './_ioFailure.js';
import { chooseLocale, environmentLocale } from './_locale.js';
import { cliText } from './_text.js';
import type { Command } from './commands/_command.js';
import { eligibilityCommand } from './commands/eligibility.js';
import { ewpCommand } from './commands/ewp.js';
import { matchCommand } from './commands/match.js';
import { planCommand } from './commands/plan.js';
import { reportCommand } from './commands/report.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import type { CliIo } from './io.js';

const COMMANDS: readonly Command[] = [
  validateCommand,
  reportCommand,
  eligibilityCommand,
  matchCommand,
  planCommand,
  schemaCommand,
  ewpCommand,
];

function generalHelp(locale: Locale): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const commands = COMMANDS.map(
    (command) => `  ${command.name.padEnd(width)}  ${command.summary(locale)}`,
  ).join('\n');
  return cliText('cli.help', { version, commands }, locale);
}

function commandNamed(name: string): Command {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) throw usageError('cli.unknown_command', { name });
  return command;
}

async function dispatch(
  argv: readonly string[],
  io: CliIo,
  palette: Palette,
  locale: Locale,
): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(generalHelp(locale));
    throw usageError('cli.missing_command', {});
  }
  if (first === '--help' || first === '-h') {
    io.stdout(generalHelp(locale));
    return EXIT.ok;
  }
  if (first === '--version') {
    if (rest.length > 0) throw usageError('cli.unexpected_argument', { argument: rest[0] ?? '' });
    io.stdout(`${version}\n`);
    return EXIT.ok;
  }
  if (first === 'help') {
    const [topic, extra] = rest;
    if (extra !== undefined) throw usageError('cli.unexpected_argument', { argument: extra });
    const general = topic === undefined || topic === '--help' || topic === '-h';
    io.stdout(general ? generalHelp(locale) : commandNamed(topic).help(locale));
    return EXIT.ok;
  }
  if (first.startsWith('-')) throw usageError('cli.unknown_option', { option: first });
  const command = commandNamed(first);
  if (wantsHelp(rest)) {
    io.stdout(command.help(locale));
    return EXIT.ok;
  }
  return command.run(rest, { io, palette, locale });
}

/** The message of an unexpected error: a library error said again in the run's language. */
function internalMessage(error: unknown, locale: Locale): string {
  if (isLibraryError(error) && locale !== 'en') {
    try {
      return formatMessage(error.code, error.params, { locale });
    } catch {
      // A code the catalogue does not have: the error's own (English) message stays.
    }
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs `uhs-network` with its arguments: parses them, runs the command, and turns every
 * failure into a message on stderr and an exit code — never a stack trace. A usage or I/O
 * error exits 2, invalid input data 1, and an unexpected internal error prints
 * `uhs-network: internal error: <message>` and exits 70.
 *
 * Messages, help and reports are in English, or in French with the global option
 * `--lang fr` (anywhere before `--`) or, without it, when the first of `LC_ALL`,
 * `LC_MESSAGES` and `LANG` set in `io.env` starts with `fr`. Any other `--lang` value is a
 * usage error.
 *
 * @param argv - The arguments after the program's name (`process.argv.slice(2)`).
 * @param io - The outside world: output streams, files, stdin, terminal, environment, clock.
 * @returns The exit code: 0, 1, 2 or 70.
 *
 * @example
 * ```ts
 * const out: string[] = [];
 * const err: string[] = [];
 * const io = {
 *   ...createProcessIo(),
 *   env: {},
 *   stdout: (text: string) => out.push(text),
 *   stderr: (text: string) => err.push(text),
 * };
 * await run(['schema', 'partner'], io); //=> 0
 * JSON.parse(out.join('')).$id; //=> 'urn:uhs:partners-network:partner:2'
 * await run(['frobnicate'], io); //=> 2
 * err.join(''); //=> "uhs-network: unknown command 'frobnicate'\nRun 'uhs-network --help' for usage.\n"
 * err.length = 0;
 * await run(['--lang', 'fr', 'frobnicate'], io); //=> 2
 * err.join(''); //=> "uhs-network\u00a0: commande inconnue 'frobnicate'\nLancez 'uhs-network --lang fr --help' pour obtenir de l'aide.\n"
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let palette = paletteFor(false);
  // Until `--lang` is read, and when it is wrong, messages follow the environment.
  let locale = environmentLocale(io.env);
  let lang: Locale | undefined;
  try {
    palette = paletteFor(colourAllowed(io) && !wantsJson(argv));
    const chosen = chooseLocale(argv, io.env);
    locale = chosen.locale;
    lang = chosen.lang;
    return await dispatch(chosen.args, io, palette, locale);
  } catch (error) {
    try {
      if (error instanceof CliError) {
        const message = escapeControl(error.messageIn(locale));
        io.stderr(`${cliText('cli.error_line', { message: palette.red(message) }, locale)}\n`);
        if (error.helpFor !== undefined) {
          io.stderr(`${cliText('cli.see_help', { command: error.helpFor, lang }, locale)}\n`);
        }
        return error.exitCode;
      }
      const message = escapeControl(
        cliText('cli.internal', { message: firstLine(internalMessage(error, locale)) }, locale),
      );
      io.stderr(`${cliText('cli.error_line', { message: palette.red(message) }, locale)}\n`);
    } catch {
      // Standard error itself failed: the exit code is all that is left to say it.
    }
    return EXIT.internal;
  }
}

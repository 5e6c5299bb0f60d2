import { version } from '../../package.json';
import { wantsHelp, wantsJson } from './_arguments.js';
import { colourAllowed, paletteFor, type Palette } from './_colour.js';
import { CliError, EXIT, usageError, type ExitCode } from './_errors.js';
import { escapeControl } from './_escape.js';
import { firstLine, MESSAGES } from './_messages.js';
import type { Command } from './commands/_command.js';
import { eligibilityCommand } from './commands/eligibility.js';
import { matchCommand } from './commands/match.js';
import { reportCommand } from './commands/report.js';
import { schemaCommand } from './commands/schema.js';
import { validateCommand } from './commands/validate.js';
import type { CliIo } from './io.js';

const COMMANDS: readonly Command[] = [
  validateCommand,
  reportCommand,
  eligibilityCommand,
  matchCommand,
  schemaCommand,
];

function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const list = COMMANDS.map(
    (command) => `  ${command.name.padEnd(width)}  ${command.summary}`,
  ).join('\n');
  return `uhs-network ${version}: the International Partners Network of the University of Health
Sciences (UHS), Phnom Penh, from the command line.

Usage: uhs-network <command> [options]

Commands:
${list}

Options:
  -h, --help   Show help; uhs-network help <command> (or <command> --help) shows a command's.
  --version    Show the version.

A file argument of '-' reads standard input. Results go to standard output, messages and
errors to standard error, so that 'uhs-network report x.json --format json | jq' works.
Colour is used only on a terminal, and never when NO_COLOR is set.

Exit codes:
  0   the command did its job (whatever the eligibility decisions)
  1   an input file holds invalid data (text that is not JSON included)
  2   a usage or I/O error: unknown command or option, bad --on or --plan date, unknown
      code in an option, missing or unreadable file
  70  an internal error (a bug: please report it)
`;
}

function commandNamed(name: string): Command {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (command === undefined) throw usageError(MESSAGES.unknownCommand(name));
  return command;
}

async function dispatch(argv: readonly string[], io: CliIo, palette: Palette): Promise<ExitCode> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(generalHelp());
    throw usageError(MESSAGES.missingCommand());
  }
  if (first === '--help' || first === '-h') {
    io.stdout(generalHelp());
    return EXIT.ok;
  }
  if (first === '--version') {
    if (rest.length > 0) throw usageError(MESSAGES.unexpectedArgument(rest[0] ?? ''));
    io.stdout(`${version}\n`);
    return EXIT.ok;
  }
  if (first === 'help') {
    const [topic, extra] = rest;
    if (extra !== undefined) throw usageError(MESSAGES.unexpectedArgument(extra));
    const general = topic === undefined || topic === '--help' || topic === '-h';
    io.stdout(general ? generalHelp() : commandNamed(topic).help);
    return EXIT.ok;
  }
  if (first.startsWith('-')) throw usageError(MESSAGES.unknownOption(first));
  const command = commandNamed(first);
  if (wantsHelp(rest)) {
    io.stdout(command.help);
    return EXIT.ok;
  }
  return command.run(rest, { io, palette });
}

/**
 * Runs `uhs-network` with its arguments: parses them, runs the command, and turns every
 * failure into a message on stderr and an exit code — never a stack trace. A usage or I/O
 * error exits 2, invalid input data 1, and an unexpected internal error prints
 * `uhs-network: internal error: <message>` and exits 70.
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
 *   stdout: (text: string) => out.push(text),
 *   stderr: (text: string) => err.push(text),
 * };
 * await run(['schema', 'partner'], io); //=> 0
 * JSON.parse(out.join('')).$id; //=> 'urn:uhs:partners-network:partner:1'
 * await run(['frobnicate'], io); //=> 2
 * err.join(''); //=> "uhs-network: unknown command 'frobnicate'\nRun 'uhs-network --help' for usage.\n"
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let palette = paletteFor(false);
  try {
    palette = paletteFor(colourAllowed(io) && !wantsJson(argv));
    return await dispatch(argv, io, palette);
  } catch (error) {
    try {
      if (error instanceof CliError) {
        io.stderr(`uhs-network: ${palette.red(escapeControl(error.message))}\n`);
        if (error.helpFor !== undefined) io.stderr(`${MESSAGES.seeHelp(error.helpFor)}\n`);
        return error.exitCode;
      }
      const message = error instanceof Error ? error.message : String(error);
      io.stderr(
        `uhs-network: ${palette.red(escapeControl(MESSAGES.internal(firstLine(message))))}\n`,
      );
    } catch {
      // Standard error itself failed: the exit code is all that is left to say it.
    }
    return EXIT.internal;
  }
}

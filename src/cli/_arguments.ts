import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './_errors.js';

/**
 * Argument parsing: `node:util`'s `parseArgs` in strict mode, with its errors turned into
 * usage errors (exit 2) worded like the rest of the CLI.
 *
 * @internal
 * @module
 */

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * What {@link parseArguments} returns: the option values, typed from the options, and the
 * positionals.
 *
 * @internal
 * @example
 * ```ts
 * const parsed: ParsedArguments<{ on: { type: 'string' } }> = parseArguments('report', ['x.json'], { on: { type: 'string' } });
 * ```
 */
export type ParsedArguments<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
>;

function quotedName(message: string): string | undefined {
  return /'([^']+)'/.exec(message)?.[1];
}

/**
 * Parses a command's arguments strictly: an unknown option, a missing value or a value
 * given to a flag is a usage error naming the command.
 *
 * @internal
 * @param command - The command, for the usage error's pointer to its help.
 * @param args - The arguments after the command's name.
 * @param options - The options, as `parseArgs` takes them.
 * @returns The option values and the positionals.
 * @throws CliError (exit 2) for an unknown option or a missing or unexpected value.
 *
 * @example
 * ```ts
 * parseArguments('report', ['x.json', '--on', '2017-06-30'], { on: { type: 'string' } });
 * //=> { values: { on: '2017-06-30' }, positionals: ['x.json'] }
 * ```
 */
export function parseArguments<const O extends Options>(
  command: string,
  args: readonly string[],
  options: O,
): ParsedArguments<O> {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const message = error instanceof Error ? error.message : '';
    const name =
      quotedName(message)
        ?.replace(/ <value>$/, '')
        .replace(/^-\w, /, '') ?? '';
    switch (code) {
      case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
        throw usageError('cli.unknown_option', { option: name }, command);
      case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
        throw message.includes('does not take an argument')
          ? usageError('cli.option_takes_no_value', { option: name }, command)
          : message.includes('ambiguous')
            ? usageError('cli.ambiguous_value', { option: name }, command)
            : usageError('cli.option_needs_value', { option: name }, command);
      case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
        throw usageError('cli.unexpected_argument', { argument: name }, command);
      default:
        throw usageError(
          'cli.invalid_arguments',
          { detail: message.split('\n', 1)[0] ?? '' },
          command,
        );
    }
  }
}

/**
 * Whether the arguments ask for help (`-h` or `--help` before any `--`), so that help works
 * whatever else the command line holds.
 *
 * @internal
 * @param args - The arguments after the command's name.
 * @returns `true` when help is asked for.
 *
 * @example
 * ```ts
 * wantsHelp(['x.json', '--bogus', '--help']); //=> true
 * wantsHelp(['--', '--help']); //=> false
 * ```
 */
export function wantsHelp(args: readonly string[]): boolean {
  for (const arg of args) {
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
  }
  return false;
}

/**
 * Whether the arguments ask for JSON output (`--format json` or `--format=json`): then
 * nothing is coloured.
 *
 * @internal
 * @param args - The whole command line.
 * @returns `true` for JSON output.
 *
 * @example
 * ```ts
 * wantsJson(['report', 'x.json', '--format', 'json']); //=> true
 * ```
 */
export function wantsJson(args: readonly string[]): boolean {
  return args.some(
    (arg, index) => arg === '--format=json' || (arg === '--format' && args[index + 1] === 'json'),
  );
}

/**
 * The one file a command reads (`report`, `eligibility`, `match`): exactly one positional.
 *
 * @internal
 * @param command - The command, for the usage error.
 * @param positionals - The positional arguments.
 * @returns The file argument (`-` for standard input).
 * @throws CliError (exit 2) when there is none, or more than one.
 *
 * @example
 * ```ts
 * oneFile('report', ['x.json']); //=> 'x.json'
 * oneFile('report', []); // throws: missing the <file> argument
 * ```
 */
export function oneFile(command: string, positionals: readonly string[]): string {
  const [file, extra] = positionals;
  if (file === undefined) throw usageError('cli.missing_file', {}, command);
  if (extra !== undefined)
    throw usageError('cli.unexpected_argument', { argument: extra }, command);
  return file;
}

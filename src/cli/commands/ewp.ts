import type { Locale } from '../../core/_locales.js';
import { EWP_MAX_XML_LENGTH, type EwpDifference, type EwpIssue } from '../../ewp/types.js';
import { formatMessage } from '../../messages/index.js';
import { oneFile, parseArguments } from '../_arguments.js';
import { CliError, cliError, EXIT, usageError, type ExitCode } from '../_errors.js';
import { escapeControl } from '../_escape.js';
import {
  location,
  MAX_JSON_BYTES_VARIABLE,
  maxJsonBytes,
  readInput,
  STDIN_NAME,
  utf8ErrorLine,
} from '../_input.js';
import { choiceOption } from '../_options.js';
import { LineWriter } from '../_output.js';
import { formatTable } from '../_table.js';
import { cliText } from '../_text.js';
import type { Command, CommandContext } from './_command.js';

/**
 * The EWP functions, loaded when an `ewp` command runs: the XML parser is then read only by
 * those commands, so every other command starts with no more files open than before (a low
 * `ulimit -n` stays a clear error, issue 16).
 */
async function loadEwp(): Promise<{
  readonly safeEwpIiaHash: typeof import('../../ewp/safeEwpIiaHash.js').safeEwpIiaHash;
  readonly safeDiffEwpIias: typeof import('../../ewp/safeDiffEwpIias.js').safeDiffEwpIias;
}> {
  const [hash, diff] = await Promise.all([
    import('../../ewp/safeEwpIiaHash.js'),
    import('../../ewp/safeDiffEwpIias.js'),
  ]);
  return { safeEwpIiaHash: hash.safeEwpIiaHash, safeDiffEwpIias: diff.safeDiffEwpIias };
}

/** The subcommands of `ewp`, in the order the help and the usage errors list them. */
const SUBCOMMANDS = ['hash', 'diff'] as const;

const FORMATS = ['text', 'json'] as const;

const OPTIONS = {
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The most bytes read as one EWP XML document: 4 bytes a character at most, so a larger
 * input is surely longer than the `EWP_MAX_XML_LENGTH` characters `./ewp` reads.
 */
const MAX_XML_BYTES = 4 * EWP_MAX_XML_LENGTH;

/** The name of a file argument in messages. */
function nameOf(file: string): string {
  return file === '-' ? STDIN_NAME : file;
}

/**
 * Reads one XML file as UTF-8 text, with the size cap of the other commands (the lower of
 * `UHS_NETWORK_MAX_JSON_BYTES` and {@link MAX_XML_BYTES}). A byte order mark at the start
 * is dropped.
 *
 * @throws CliError: exit 1 for bytes that are not UTF-8 (the line goes to stderr first), 2
 *   for a file that cannot be read or is too large.
 */
async function readXml(
  file: string,
  { io, palette, locale = 'en' }: CommandContext,
): Promise<string> {
  const limit = Math.min(maxJsonBytes(io.env), MAX_XML_BYTES);
  let input;
  try {
    input = await readInput(file, io, limit);
  } catch (error) {
    if (error instanceof CliError && error.code === 'cli.too_large') {
      throw cliError(EXIT.usage, 'cli.ewp.too_large', { name: nameOf(file), limit });
    }
    throw error;
  }
  if (!input.ok) {
    const where = location(input.name, input.line);
    io.stderr(`${utf8ErrorLine(where, input.offset, input.byte, palette.red, locale)}\n`);
    throw cliError(EXIT.invalidData, 'cli.not_utf8', { name: input.name });
  }
  return input.text.startsWith('\uFEFF') ? input.text.slice(1) : input.text;
}

/**
 * Writes the issues of an XML document on stderr, `file: path: message`, and stops the
 * command with exit 1.
 */
async function failWithIssues(
  name: string,
  issues: readonly EwpIssue[],
  { io, palette, locale = 'en' }: CommandContext,
): Promise<never> {
  const out = new LineWriter(io.stderr);
  for (const issue of issues) {
    const message = formatMessage(`ewp.${issue.code}`, issue.params, { locale });
    const text = escapeControl(
      cliText('cli.issue_line', { where: issue.path, text: message }, locale),
    );
    out.line(cliText('cli.issue_line', { where: palette.red(escapeControl(name)), text }, locale));
  }
  await out.flush();
  throw cliError(EXIT.invalidData, 'cli.ewp.invalid_xml', { name, issues: issues.length });
}

/** One difference as a line, `path: message`, in a language. */
function differenceLine(difference: EwpDifference, locale: Locale): string {
  const message = formatMessage(`ewp.difference.${difference.code}`, difference.params, {
    locale,
  });
  return escapeControl(
    cliText('cli.issue_line', { where: difference.path, text: message }, locale),
  );
}

/**
 * `uhs-network ewp hash <file.xml>`: the `iia-hash` of each `iia` of an IIAs API v7
 * `iias-get-response`, from `safeEwpIiaHash`, one line an IIA
 * (`<iia-id>  <sha256>  valid for approval: yes|no`) or as JSON.
 *
 * @param args - The arguments after `hash`.
 * @param context - The io, the palette and the language.
 * @returns 0 once the hashes are written.
 * @throws CliError: exit 1 when the XML has issues (written on stderr first), 2 for a
 *   usage error or a file that cannot be read.
 *
 * @example
 * ```ts
 * await runEwpHash(['test/fixtures/ewp/iias-v7-get-response-example.xml'], context); //=> 0
 * output.stdout.at(-1);
 * //=> '0f7a5682-faf7-49a7-9cc7-ec486c49a281  e950faa83a799cf45839e7915db88ed51575babe7845c1219dfde54ce30a61e4  valid for approval: yes\n'
 * ```
 */
export async function runEwpHash(
  args: readonly string[],
  context: CommandContext,
): Promise<ExitCode> {
  const { io, locale = 'en' } = context;
  const { values, positionals } = parseArguments('ewp', args, OPTIONS);
  const format = choiceOption('ewp', '--format', values.format, FORMATS, 'text');
  const file = oneFile('ewp', positionals);
  const xml = await readXml(file, context);
  const { safeEwpIiaHash } = await loadEwp();
  const result = safeEwpIiaHash(xml);
  if (!result.success) return failWithIssues(nameOf(file), result.issues, context);
  if (format === 'json') {
    io.stdout(`${JSON.stringify(result.data, null, 2)}\n`);
  } else {
    io.stdout(
      formatTable(
        result.data.map((entry) => [
          entry.iiaId === '' ? '-' : entry.iiaId,
          entry.hash,
          cliText('cli.ewp.valid_for_approval', { valid: entry.validForApproval }, locale),
        ]),
      ),
    );
  }
  return EXIT.ok;
}

/**
 * `uhs-network ewp diff <ours.xml> <theirs.xml>`: every difference between two copies of an
 * IIA that changes its `iia-hash`, from `safeDiffEwpIias`, one line each (`path: message`)
 * with a summary on stderr, or as JSON (the messages in the chosen language).
 *
 * @param args - The arguments after `diff`.
 * @param context - The io, the palette and the language.
 * @returns 0 when the copies agree, 1 when they differ.
 * @throws CliError: exit 1 when a file's XML has issues (written on stderr first), 2 for a
 *   usage error or a file that cannot be read.
 *
 * @example
 * ```ts
 * const ours = 'test/fixtures/ewp/iias-v7-get-response-example.xml';
 * await runEwpDiff([ours, ours], context); //=> 0
 * output.stdout.at(-1); //=> 'the copies agree (same iia-hash)\n'
 * ```
 */
export async function runEwpDiff(
  args: readonly string[],
  context: CommandContext,
): Promise<ExitCode> {
  const { io, palette, locale = 'en' } = context;
  const { values, positionals } = parseArguments('ewp', args, OPTIONS);
  const format = choiceOption('ewp', '--format', values.format, FORMATS, 'text');
  const [oursFile, theirsFile, extra] = positionals;
  if (oursFile === undefined || theirsFile === undefined) {
    throw usageError('cli.ewp.missing_copies', {}, 'ewp');
  }
  if (extra !== undefined) throw usageError('cli.unexpected_argument', { argument: extra }, 'ewp');
  if (oursFile === '-' && theirsFile === '-') throw usageError('cli.stdin_twice', {}, 'ewp');
  const ours = await readXml(oursFile, context);
  const theirs = await readXml(theirsFile, context);
  const { safeDiffEwpIias, safeEwpIiaHash } = await loadEwp();
  const result = safeDiffEwpIias(ours, theirs);
  if (!result.success) {
    // The issues are those of the first copy that cannot be read.
    const failing = safeEwpIiaHash(ours).success ? theirsFile : oursFile;
    return failWithIssues(nameOf(failing), result.issues, context);
  }
  const differences = result.data;
  if (format === 'json') {
    const localised = differences.map((difference) => ({
      ...difference,
      message: formatMessage(`ewp.difference.${difference.code}`, difference.params, { locale }),
    }));
    io.stdout(`${JSON.stringify(localised, null, 2)}\n`);
  } else if (differences.length === 0) {
    io.stdout(`${cliText('cli.ewp.agree', {}, locale)}\n`);
  } else {
    const out = new LineWriter(io.stdout, io.drain);
    for (const difference of differences) out.line(differenceLine(difference, locale));
    await out.flush();
  }
  if (differences.length === 0) return EXIT.ok;
  const summary = cliText(
    'cli.ewp.differ',
    { ours: nameOf(oursFile), theirs: nameOf(theirsFile), count: differences.length },
    locale,
  );
  io.stderr(`${palette.red(escapeControl(summary))}\n`);
  return EXIT.invalidData;
}

/**
 * `uhs-network ewp <hash|diff> …`: the exchange with Erasmus Without Paper (IIAs API v7).
 *
 * @param args - The arguments after `ewp`: the subcommand, then its own.
 * @param context - The io, the palette and the language.
 * @returns The subcommand's exit code.
 * @throws CliError (exit 2) for a missing or unknown subcommand.
 *
 * @example
 * ```ts
 * runEwp(['import', 'x.xml'], context); // throws: unknown ewp command 'import': expected one of hash, diff
 * ```
 */
export function runEwp(args: readonly string[], context: CommandContext): Promise<ExitCode> {
  const [subcommand, ...rest] = args;
  const names = [...SUBCOMMANDS];
  if (subcommand === undefined) throw usageError('cli.ewp.missing_subcommand', { names }, 'ewp');
  if (subcommand === 'hash') return runEwpHash(rest, context);
  if (subcommand === 'diff') return runEwpDiff(rest, context);
  throw usageError('cli.ewp.unknown_subcommand', { name: subcommand, names }, 'ewp');
}

/**
 * The `ewp` command.
 *
 * @example
 * ```ts
 * await ewpCommand.run(['hash', 'test/fixtures/ewp/xsltkit-get-response-v7.xml', '--format', 'json'], context); //=> 0
 * ```
 */
export const ewpCommand: Command = {
  name: 'ewp',
  summary: (locale) => cliText('cli.ewp.summary', {}, locale),
  help: (locale) =>
    cliText(
      'cli.ewp.help',
      {
        names: [...SUBCOMMANDS],
        maxBytes: MAX_XML_BYTES,
        maxLength: EWP_MAX_XML_LENGTH,
        variable: MAX_JSON_BYTES_VARIABLE,
      },
      locale,
    ),
  run: runEwp,
};

import {
  DEFAULT_MAX_ISSUES,
  safeParseAgreement,
  safeParseNetwork,
  safeParsePartner,
  safeParseProposal,
  type ParseOptions,
  type SafeParseResult,
} from '../../schemas/parse.js';
import type { Locale } from '../../core/_locales.js';
import type { ValidationIssue } from '../../schemas/issues.js';
import { parseArguments } from '../_arguments.js';
import { duplicateKeyIssues } from '../_duplicateKeys.js';
import { CliError, EXIT, usageError, type ExitCode } from '../_errors.js';
import { escapeControl } from '../_escape.js';
import {
  DEFAULT_MAX_JSON_BYTES,
  issueLine,
  jsonErrorLine,
  location,
  MAX_JSON_BYTES_VARIABLE,
  maxJsonBytes,
  readInput,
  readNdjson,
  STDIN_NAME,
  utf8ErrorLine,
} from '../_input.js';
import { parseJsonText } from '../_json.js';
import { choiceOption, wholeNumberOption } from '../_options.js';
import { LineWriter } from '../_output.js';
import { cliText } from '../_text.js';
import type { Command, CommandContext } from './_command.js';

const KINDS = ['network', 'partner', 'agreement', 'proposal'] as const;
type Kind = (typeof KINDS)[number];

type Parser = (input: unknown, options?: ParseOptions) => SafeParseResult<unknown>;

const PARSERS: Readonly<Record<Kind, Parser>> = {
  network: safeParseNetwork,
  partner: safeParsePartner,
  agreement: safeParseAgreement,
  proposal: safeParseProposal,
};

/** Files read as NDJSON without `--ndjson`: one record a line. */
const NDJSON_FILE = /\.(?:ndjson|jsonl)$/i;

const OPTIONS = {
  kind: { type: 'string' },
  ndjson: { type: 'boolean' },
  'max-issues': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** How one file is checked: what it holds, and where its issues go. */
interface FileCheck {
  readonly name: string;
  readonly kind: Kind;
  readonly maxIssues: number;
  readonly out: LineWriter;
  readonly paint: (text: string) => string;
  readonly locale: Locale;
}

/** What was found in one file so far. */
class Tally {
  total = 0;
  invalid = 0;
  issues = 0;
  truncated = false;
  single = false;
  /** The last valid record (a network's counts go in its summary). */
  parsed: unknown;

  constructor(readonly check: FileCheck) {}

  /**
   * Checks one record and writes its issues (the duplicate keys of its text first).
   *
   * @param value - The record.
   * @param where - The location of its issues.
   * @param prefix - Its path in the file (its index in an array file).
   * @param duplicates - The duplicate keys of its text.
   */
  record(
    value: unknown,
    where: string,
    prefix: readonly number[],
    duplicates: readonly ValidationIssue[],
  ): void {
    const { kind, maxIssues, out, paint, locale } = this.check;
    this.total += 1;
    const result = PARSERS[kind](value, { maxIssues });
    if (result.success && duplicates.length === 0) {
      this.parsed = result.data;
      return;
    }
    this.invalid += 1;
    for (const issue of duplicates) out.line(issueLine(where, issue, [], paint, locale));
    this.issues += duplicates.length;
    if (!result.success) {
      for (const issue of result.issues) {
        out.line(issueLine(where, issue, prefix, paint, locale));
      }
      // The last issue of a truncated result only counts what was left out.
      this.issues += result.issues.length - (result.truncated ? 1 : 0);
      if (result.truncated) this.truncated = true;
    }
  }

  /**
   * Text that is not JSON (or not UTF-8): one issue, one invalid record.
   *
   * @param line - The issue's line.
   * @param summary - The file's summary when this ends the file (a whole document that is
   *   not JSON, an input that is not UTF-8).
   */
  unreadable(line: string, summary?: 'cli.not_json' | 'cli.not_utf8'): void {
    this.total += 1;
    this.invalid += 1;
    this.issues += 1;
    this.check.out.line(line);
    if (summary !== undefined) this.#summary = summary;
  }

  #summary: 'cli.not_json' | 'cli.not_utf8' | undefined;

  summary(): { exitCode: ExitCode; text: string } {
    const { name, kind, maxIssues, locale } = this.check;
    if (this.invalid === 0) {
      const text =
        this.single && kind === 'network'
          ? networkSummary(name, this.parsed, locale)
          : cliText(
              'cli.valid_records',
              { name, count: this.total, kind, single: this.single },
              locale,
            );
      return { exitCode: EXIT.ok, text };
    }
    if (this.#summary !== undefined) {
      return { exitCode: EXIT.invalidData, text: cliText(this.#summary, { name }, locale) };
    }
    const text = cliText(
      'cli.invalid_records',
      {
        name,
        issues: this.issues,
        invalid: this.invalid,
        total: this.total,
        kind,
        single: this.single,
        listed: this.truncated ? maxIssues : undefined,
      },
      locale,
    );
    return { exitCode: EXIT.invalidData, text };
  }
}

function networkSummary(name: string, value: unknown, locale: Locale): string {
  const network = value as { partners: unknown[]; agreements: unknown[]; proposals?: unknown[] };
  return cliText(
    'cli.valid_network',
    {
      name,
      partners: network.partners.length,
      agreements: network.agreements.length,
      proposals: network.proposals?.length ?? 0,
    },
    locale,
  );
}

/**
 * Reads an NDJSON input line by line and checks each record as it comes: memory holds one
 * piece of the input and its issues, whatever the size of the input.
 */
async function checkNdjson(
  file: string,
  tally: Tally,
  io: CommandContext['io'],
  maxBytes: number,
): Promise<void> {
  const { name, maxIssues, out, paint, locale } = tally.check;
  for await (const piece of readNdjson(file, io, maxBytes)) {
    if (!piece.ok) {
      tally.unreadable(
        utf8ErrorLine(location(name, piece.line), piece.offset, piece.byte, paint, locale),
        'cli.not_utf8',
      );
      return;
    }
    for (let index = 0; index < piece.lines.length; index += 1) {
      const raw = piece.lines[index] ?? '';
      const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (text.trim() === '') continue;
      const where = location(name, piece.firstLine + index);
      const json = parseJsonText(text);
      if (json.ok) {
        tally.record(json.value, where, [], duplicateKeyIssues(text, json.value, maxIssues));
      } else {
        tally.unreadable(jsonErrorLine(where, json.problem, json.column, paint, locale));
      }
      await out.ready();
    }
    await out.flush();
  }
}

/** Reads a JSON input whole (up to the size limit) and checks its document or records. */
async function checkDocument(
  file: string,
  tally: Tally,
  io: CommandContext['io'],
  maxBytes: number,
): Promise<void> {
  const { name, kind, maxIssues, out, paint, locale } = tally.check;
  const input = await readInput(file, io, maxBytes);
  if (!input.ok) {
    tally.single = true;
    tally.unreadable(
      utf8ErrorLine(location(name, input.line), input.offset, input.byte, paint, locale),
      'cli.not_utf8',
    );
    return;
  }
  const json = parseJsonText(input.text);
  if (!json.ok) {
    tally.single = true;
    tally.unreadable(
      jsonErrorLine(location(name, json.line), json.problem, json.column, paint, locale),
      'cli.not_json',
    );
    return;
  }
  const duplicates = duplicateKeyIssues(input.text, json.value, maxIssues);
  // A network is one document; the other kinds may come as an array of records.
  if (kind !== 'network' && Array.isArray(json.value)) {
    // The duplicates' paths start with the index of their record: each goes with it.
    const byRecord = new Map<unknown, ValidationIssue[]>();
    for (const issue of duplicates) {
      const list = byRecord.get(issue.path[0]) ?? [];
      list.push({ ...issue, path: issue.path.slice(1) });
      byRecord.set(issue.path[0], list);
    }
    const records: unknown[] = json.value;
    for (let index = 0; index < records.length; index += 1) {
      tally.record(
        records[index],
        name,
        [index],
        (byRecord.get(index) ?? []).map((issue) => ({
          ...issue,
          path: [index, ...issue.path],
        })),
      );
      await out.ready();
    }
  } else {
    tally.single = true;
    tally.record(json.value, name, [], duplicates);
  }
}

/**
 * Checks one file: its issues on stdout (as they are found), then its summary on stderr.
 *
 * @returns Its exit code: 0 valid, 1 invalid data, 2 when it cannot be read.
 */
async function checkFile(
  file: string,
  options: { kind: Kind; ndjson: boolean; maxIssues: number; maxBytes: number },
  context: CommandContext,
): Promise<ExitCode> {
  const { io, palette, locale = 'en' } = context;
  const name = file === '-' ? STDIN_NAME : file;
  const out = new LineWriter(io.stdout, io.drain);
  const tally = new Tally({
    name,
    kind: options.kind,
    maxIssues: options.maxIssues,
    out,
    paint: palette.red,
    locale,
  });
  try {
    if (options.ndjson) await checkNdjson(file, tally, io, options.maxBytes);
    else await checkDocument(file, tally, io, options.maxBytes);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    await out.flush();
    const message = palette.red(escapeControl(error.messageIn(locale)));
    io.stderr(`${cliText('cli.error_line', { message }, locale)}\n`);
    return error.exitCode;
  }
  await out.flush();
  const { exitCode, text } = tally.summary();
  const line = escapeControl(text);
  io.stderr(`${exitCode === EXIT.ok ? line : palette.red(line)}\n`);
  return exitCode;
}

/**
 * `uhs-network validate <file…>`: checks each file, reports every issue on stdout as it is
 * found, and a one-line summary of each file on stderr. A file that cannot be read is
 * reported and the others are still checked; the highest exit code wins.
 *
 * @param args - The arguments after `validate`.
 * @param context - The io and the palette.
 * @returns 0 when every file is valid, 1 when one holds invalid data, 2 when one cannot be read.
 * @throws CliError for a usage error (exit 2).
 *
 * @example
 * ```ts
 * await runValidate(['partners.ndjson', '--kind', 'partner'], context);
 * // stdout: partners.ndjson:4: country: 'XK' is not a country code (249 ISO 3166-1 alpha-2 codes, see COUNTRIES)
 * //=> 1
 * ```
 */
export async function runValidate(
  args: readonly string[],
  context: CommandContext,
): Promise<ExitCode> {
  const { values, positionals } = parseArguments('validate', args, OPTIONS);
  const kind = choiceOption('validate', '--kind', values.kind, KINDS, 'network');
  const maxIssues =
    wholeNumberOption('validate', '--max-issues', values['max-issues'], 1) ?? DEFAULT_MAX_ISSUES;
  if (positionals.length === 0) throw usageError('cli.missing_files', {}, 'validate');
  if (positionals.filter((file) => file === '-').length > 1) {
    throw usageError('cli.stdin_twice', {}, 'validate');
  }
  const maxBytes = maxJsonBytes(context.io.env);
  let exitCode: ExitCode = EXIT.ok;
  for (const file of positionals) {
    const ndjson = values.ndjson === true || NDJSON_FILE.test(file);
    const code = await checkFile(file, { kind, ndjson, maxIssues, maxBytes }, context);
    exitCode = Math.max(exitCode, code) as ExitCode;
  }
  return exitCode;
}

/**
 * The `validate` command.
 *
 * @example
 * ```ts
 * await validateCommand.run(['examples/network.json'], context);
 * // stderr: examples/network.json: valid network (14 partners, 12 agreements, 13 proposals)
 * //=> 0
 * ```
 */
export const validateCommand: Command = {
  name: 'validate',
  summary: (locale) => cliText('cli.validate.summary', {}, locale),
  help: (locale) =>
    cliText(
      'cli.validate.help',
      {
        maxIssues: DEFAULT_MAX_ISSUES,
        maxBytes: DEFAULT_MAX_JSON_BYTES,
        variable: MAX_JSON_BYTES_VARIABLE,
      },
      locale,
    ),
  run: runValidate,
};

import type { SafeParseResult } from '../../schemas/parse.js';
import {
  safeParseAgreement,
  safeParseNetwork,
  safeParsePartner,
  safeParseProposal,
} from '../../schemas/parse.js';
import { parseArguments } from '../_arguments.js';
import { CliError, EXIT, usageError, type ExitCode } from '../_errors.js';
import { issueLines, jsonErrorLine, location, readInput, type InputText } from '../_input.js';
import { parseJsonText } from '../_json.js';
import { MESSAGES } from '../_messages.js';
import { choiceOption } from '../_options.js';
import type { Command, CommandContext } from './_command.js';

const KINDS = ['network', 'partner', 'agreement', 'proposal'] as const;
type Kind = (typeof KINDS)[number];

const PARSERS: Readonly<Record<Kind, (input: unknown) => SafeParseResult<unknown>>> = {
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
  help: { type: 'boolean', short: 'h' },
} as const;

/** One record of an input file: its value, the NDJSON line or the array index it came from. */
interface InputRecord {
  readonly value: unknown;
  readonly line?: number;
  readonly prefix: readonly number[];
}

/** What validating one file found: lines for stdout and a summary for stderr. */
interface FileOutcome {
  readonly exitCode: ExitCode;
  readonly issues: readonly string[];
  readonly summary: string;
}

function networkSummary(name: string, value: unknown): string {
  const network = value as { partners: unknown[]; agreements: unknown[]; proposals?: unknown[] };
  return MESSAGES.validNetwork(
    name,
    network.partners.length,
    network.agreements.length,
    network.proposals?.length ?? 0,
  );
}

/**
 * Validates the records of one input. The issues go to stdout as `file[:line]: path:
 * message`; text that is not JSON is an issue at the line of the error.
 */
function validateText(
  { name, text }: InputText,
  kind: Kind,
  ndjson: boolean,
  paintLocation: (text: string) => string,
): FileOutcome {
  const issues: string[] = [];
  let total = 0;
  let invalid = 0;
  let issueCount = 0;
  let single = false;
  let parsed: unknown;
  const check = (record: InputRecord): void => {
    const result = PARSERS[kind](record.value);
    if (result.success) {
      parsed = result.data;
      return;
    }
    invalid += 1;
    issueCount += result.issues.length;
    issues.push(
      ...issueLines(paintLocation(location(name, record.line)), result.issues, record.prefix),
    );
  };

  if (ndjson) {
    text.split('\n').forEach((raw, index) => {
      const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (line.trim() === '') return;
      total += 1;
      const json = parseJsonText(line);
      if (json.ok) {
        check({ value: json.value, line: index + 1, prefix: [] });
      } else {
        invalid += 1;
        issueCount += 1;
        issues.push(
          jsonErrorLine(paintLocation(location(name, index + 1)), json.reason, json.column),
        );
      }
    });
  } else {
    const json = parseJsonText(text);
    if (!json.ok) {
      return {
        exitCode: EXIT.invalidData,
        issues: [jsonErrorLine(paintLocation(location(name, json.line)), json.reason, json.column)],
        summary: MESSAGES.notJsonSummary(name),
      };
    }
    // A network is one document; the other kinds may come as an array of records.
    if (kind !== 'network' && Array.isArray(json.value)) {
      total = json.value.length;
      json.value.forEach((value: unknown, index) => {
        check({ value, prefix: [index] });
      });
    } else {
      single = true;
      total = 1;
      check({ value: json.value, prefix: [] });
    }
  }

  if (invalid > 0) {
    return {
      exitCode: EXIT.invalidData,
      issues,
      summary: MESSAGES.invalidRecords(name, issueCount, invalid, total, kind, single),
    };
  }
  return {
    exitCode: EXIT.ok,
    issues,
    summary:
      single && kind === 'network'
        ? networkSummary(name, parsed)
        : MESSAGES.validRecords(name, total, kind, single),
  };
}

/**
 * `uhs-network validate <file…>`: checks each file, reports every issue on stdout, and a
 * one-line summary of each file on stderr. A file that cannot be read is reported and the
 * others are still checked; the highest exit code wins.
 *
 * @param args - The arguments after `validate`.
 * @param context - The io and the palette.
 * @returns 0 when every file is valid, 1 when one holds invalid data, 2 when one cannot be read.
 * @throws CliError for a usage error (exit 2).
 *
 * @example
 * ```ts
 * await runValidate(['partners.ndjson', '--kind', 'partner'], context);
 * // stdout: partners.ndjson:4: country: 'XK' is not an assigned ISO 3166-1 alpha-2 country code
 * //=> 1
 * ```
 */
export async function runValidate(
  args: readonly string[],
  context: CommandContext,
): Promise<ExitCode> {
  const { io, palette } = context;
  const { values, positionals } = parseArguments('validate', args, OPTIONS);
  const kind = choiceOption('validate', '--kind', values.kind, KINDS, 'network');
  if (positionals.length === 0) throw usageError(MESSAGES.missingFiles(), 'validate');
  if (positionals.filter((file) => file === '-').length > 1) {
    throw usageError(MESSAGES.stdinTwice(), 'validate');
  }
  let exitCode: ExitCode = EXIT.ok;
  for (const file of positionals) {
    let input: InputText;
    try {
      input = await readInput(file, io);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      io.stderr(`uhs-network: ${palette.red(error.message)}\n`);
      exitCode = Math.max(exitCode, error.exitCode) as ExitCode;
      continue;
    }
    const ndjson = values.ndjson === true || NDJSON_FILE.test(file);
    const outcome = validateText(input, kind, ndjson, palette.red);
    if (outcome.issues.length > 0) io.stdout(outcome.issues.map((line) => `${line}\n`).join(''));
    io.stderr(`${outcome.exitCode === EXIT.ok ? outcome.summary : palette.red(outcome.summary)}\n`);
    exitCode = Math.max(exitCode, outcome.exitCode) as ExitCode;
  }
  return exitCode;
}

/**
 * The `validate` command.
 *
 * @example
 * ```ts
 * await validateCommand.run(['examples/network.json'], context);
 * // stderr: examples/network.json: valid network (14 partners, 12 agreements, 9 proposals)
 * //=> 0
 * ```
 */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'Check a network document, or files of partners, agreements or proposals',
  help: `Usage: uhs-network validate <file…> [--kind network|partner|agreement|proposal] [--ndjson]

Checks each file and prints every issue on standard output, one a line, as
  file[:line]: path: message
then a one-line summary of each file on standard error.

  --kind KIND   What the files hold (default: network). A network file is one document;
                for the other kinds a .json file holds one record or an array of records,
                and an issue's path starts with the record's index ([3].country).
  --ndjson      Read the files (or standard input) as NDJSON: one record a line, blank
                lines skipped; an issue names the line (file.ndjson:4: country: …).
                Files ending in .ndjson or .jsonl are read so without it.
  -h, --help    Show this help.

A file of '-' reads standard input, named <stdin> in messages.

Exit codes: 0 every file is valid; 1 a file holds invalid data (or text that is not
JSON); 2 a usage error or a file that cannot be read. With several files, every file is
reported and the highest code wins.

Example:
  uhs-network validate examples/network.json
  uhs-network validate --kind partner new-partners.ndjson
`,
  run: runValidate,
};

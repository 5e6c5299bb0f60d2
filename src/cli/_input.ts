import { formatIssues, safeParseNetwork } from '../schemas/parse.js';
import type { ValidationIssue } from '../schemas/issues.js';
import type { Network } from '../schemas/network.js';
import { CliError, EXIT } from './_errors.js';
import { parseJsonText } from './_json.js';
import { describeIoError, MESSAGES } from './_messages.js';
import type { CliIo } from './io.js';

/**
 * Reading input files: the text of a file or of standard input (`-`, named `<stdin>`), and
 * the lines that report what is wrong with it, as `file[:line]: path: message`.
 *
 * @internal
 * @module
 */

/**
 * The name standard input has in messages.
 *
 * @internal
 * @example
 * ```ts
 * STDIN_NAME; //=> '<stdin>'
 * ```
 */
export const STDIN_NAME = '<stdin>';

/**
 * The text of an input, with the name messages give it.
 *
 * @internal
 * @example
 * ```ts
 * const input: InputText = { name: '<stdin>', text: '{}' };
 * ```
 */
export interface InputText {
  readonly name: string;
  readonly text: string;
}

/**
 * Reads a file argument: `-` is standard input. A file that cannot be read is an I/O
 * error (exit 2).
 *
 * @internal
 * @param file - A path, or `-` for standard input.
 * @param io - Where to read from.
 * @returns The text and the name to give it in messages.
 * @throws CliError (exit 2) when it cannot be read.
 *
 * @example
 * ```ts
 * (await readInput('-', io)).name; //=> '<stdin>'
 * ```
 */
export async function readInput(file: string, io: CliIo): Promise<InputText> {
  const name = file === '-' ? STDIN_NAME : file;
  try {
    const text = file === '-' ? await io.readStdin() : await io.readFile(file);
    return { name, text };
  } catch (error) {
    throw new CliError(EXIT.usage, MESSAGES.cannotRead(name, describeIoError(error)));
  }
}

/**
 * Where an issue is: the file, and for NDJSON (or a JSON syntax error) the line.
 *
 * @internal
 * @param name - The input's name.
 * @param line - The line, from 1.
 * @returns `name` or `name:line`.
 *
 * @example
 * ```ts
 * location('partners.ndjson', 4); //=> 'partners.ndjson:4'
 * ```
 */
export function location(name: string, line?: number): string {
  return line === undefined ? name : `${name}:${line}`;
}

/**
 * One line per issue, `file[:line]: path: message`; `prefix` goes before each issue's path
 * (the index of a record in an array file).
 *
 * @internal
 * @param where - The {@link location} of the record.
 * @param issues - The record's issues.
 * @param prefix - The path of the record in the file.
 * @returns The lines, without line ends.
 *
 * @example
 * ```ts
 * issueLines('partners.json', [{ code: 'invalid_value', path: ['country'], message: "'XK' is not …" }], [3]);
 * //=> ["partners.json: [3].country: 'XK' is not …"]
 * ```
 */
export function issueLines(
  where: string,
  issues: readonly ValidationIssue[],
  prefix: readonly (string | number)[] = [],
): string[] {
  return issues.map(
    (issue) => `${where}: ${formatIssues([{ ...issue, path: [...prefix, ...issue.path] }])}`,
  );
}

/**
 * The line that says text is not JSON: where (file and line), why, and the column.
 *
 * @internal
 * @param where - The {@link location} of the error.
 * @param reason - What is wrong.
 * @param column - The column of the error, when known.
 * @returns The line, without a line end.
 *
 * @example
 * ```ts
 * jsonErrorLine('x.json:3', "expected ',' or '}', found '\"'", 5);
 * //=> "x.json:3: invalid JSON: expected ',' or '}', found '\"' (column 5)"
 * ```
 */
export function jsonErrorLine(where: string, reason: string, column: number | undefined): string {
  return `${where}: ${MESSAGES.invalidJson(reason, column)}`;
}

/**
 * Reads and validates a network document for `report`, `eligibility` and `match`. Issues
 * go to standard error (standard output is for the command's result) and stop the command
 * with exit 1; a file that cannot be read stops it with exit 2.
 *
 * @internal
 * @param file - A path, or `-` for standard input.
 * @param io - Where to read from and report to.
 * @param paint - Colours the location of an issue (errors are red on a terminal).
 * @returns The parsed network.
 * @throws CliError: exit 1 for text that is not JSON or an invalid network, 2 when the
 *   file cannot be read.
 *
 * @example
 * ```ts
 * const network = await loadNetwork('examples/network.json', io, palette.red);
 * network.asOf; //=> '2017-06-30'
 * ```
 */
export async function loadNetwork(
  file: string,
  io: CliIo,
  paint: (text: string) => string,
): Promise<Network> {
  const { name, text } = await readInput(file, io);
  const json = parseJsonText(text);
  if (!json.ok) {
    io.stderr(`${jsonErrorLine(paint(location(name, json.line)), json.reason, json.column)}\n`);
    throw new CliError(EXIT.invalidData, MESSAGES.notJsonSummary(name));
  }
  const parsed = safeParseNetwork(json.value);
  if (!parsed.success) {
    io.stderr(
      issueLines(paint(name), parsed.issues)
        .map((line) => `${line}\n`)
        .join(''),
    );
    throw new CliError(
      EXIT.invalidData,
      MESSAGES.invalidNetworkSummary(name, parsed.issues.length),
    );
  }
  return parsed.data;
}

import { Buffer, constants as bufferConstants } from 'node:buffer';
import type { Locale } from '../core/_locales.js';
import type { JsonProblem } from '../messages/cli.js';
import { formatIssues, safeParseNetwork } from '../schemas/parse.js';
import type { ValidationIssue } from '../schemas/issues.js';
import type { Network } from '../schemas/network.js';
import { duplicateKeyIssues } from './_duplicateKeys.js';
import { CliError, cliError, EXIT, usageError } from './_errors.js';
import { escapeControl } from './_escape.js';
import { describeIoError } from './_ioFailure.js';
import { parseJsonText } from './_json.js';
import { LineWriter } from './_output.js';
import { cliText } from './_text.js';
import { decodeUtf8, strictUtf8Decoder } from './_utf8.js';
import type { CliIo } from './io.js';

/**
 * Reading input files: the bytes of a file or of standard input (`-`, named `<stdin>`),
 * decoded strictly as UTF-8, whole for a JSON document (up to a documented size) or line by
 * line for NDJSON (in bounded memory), and the lines that report what is wrong with it, as
 * `file[:line]: path: message`.
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
 * The environment variable that sets the most bytes read as one JSON document (or one NDJSON
 * line).
 *
 * @internal
 * @example
 * ```ts
 * MAX_JSON_BYTES_VARIABLE; //=> 'UHS_NETWORK_MAX_JSON_BYTES'
 * ```
 */
export const MAX_JSON_BYTES_VARIABLE = 'UHS_NETWORK_MAX_JSON_BYTES';

/**
 * The most bytes read as one JSON document, or as one NDJSON line, unless
 * `UHS_NETWORK_MAX_JSON_BYTES` says otherwise: 256 MiB. A document is parsed whole, and its
 * parsed value takes several times its size in memory.
 *
 * @internal
 * @example
 * ```ts
 * DEFAULT_MAX_JSON_BYTES; //=> 268435456
 * ```
 */
export const DEFAULT_MAX_JSON_BYTES = 256 * 1024 * 1024;

/** The most duplicate keys listed for one document (the library caps its own issues). */
const ISSUES_IN_MESSAGES = 1000;

const SIZE = /^\s*([0-9]+)\s*([KMG]?)(?:i?B)?\s*$/i;
const UNITS: Readonly<Record<string, number>> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/**
 * The most bytes read as one JSON document (or NDJSON line): `UHS_NETWORK_MAX_JSON_BYTES`
 * (bytes, or with a `K`, `M` or `G` suffix in 1024s), else 256 MiB. It cannot exceed the
 * longest string V8 makes (about 512 MiB).
 *
 * @internal
 * @param env - The environment.
 * @returns The limit in bytes.
 * @throws CliError (exit 2) when the variable is not a size within bounds.
 *
 * @example
 * ```ts
 * maxJsonBytes({}); //=> 268435456
 * maxJsonBytes({ UHS_NETWORK_MAX_JSON_BYTES: '64M' }); //=> 67108864
 * ```
 */
export function maxJsonBytes(env: Readonly<Record<string, string | undefined>>): number {
  const value = env[MAX_JSON_BYTES_VARIABLE];
  if (value === undefined || value === '') return DEFAULT_MAX_JSON_BYTES;
  const most = bufferConstants.MAX_STRING_LENGTH;
  const match = SIZE.exec(value);
  const bytes =
    match === null ? NaN : Number(match[1]) * (UNITS[(match[2] ?? '').toUpperCase()] ?? NaN);
  if (!Number.isSafeInteger(bytes) || bytes < 1 || bytes > most) {
    throw usageError('cli.bad_max_json_bytes', {
      variable: MAX_JSON_BYTES_VARIABLE,
      received: value,
      most,
    });
  }
  return bytes;
}

/**
 * The text of an input, with the name messages give it; or, for bytes that are not UTF-8,
 * where the first bad byte is.
 *
 * @internal
 * @example
 * ```ts
 * const input: InputText = { ok: true, name: '<stdin>', text: '{}' };
 * ```
 */
export type InputText =
  | { readonly ok: true; readonly name: string; readonly text: string }
  | {
      readonly ok: false;
      readonly name: string;
      /** The line of the first bad byte, from 1. */
      readonly line: number;
      /** Its offset in the input, from 0. */
      readonly offset: number;
      /** Its value. */
      readonly byte: number;
    };

/** The name of a file argument in messages. */
function inputName(file: string): string {
  return file === '-' ? STDIN_NAME : file;
}

async function* bytesOf(text: Promise<string>): AsyncGenerator<Uint8Array> {
  yield Buffer.from(await text, 'utf8');
}

/**
 * The bytes of a file argument, a chunk at a time; a failure to read becomes an I/O error
 * (exit 2) that names the input.
 */
async function* chunksOf(file: string, io: CliIo): AsyncGenerator<Uint8Array> {
  const name = inputName(file);
  const source =
    file === '-'
      ? (io.openStdin?.() ?? bytesOf(io.readStdin()))
      : (io.openFile?.(file) ?? bytesOf(io.readFile(file)));
  const iterator = source[Symbol.asyncIterator]();
  let finished = false;
  try {
    for (;;) {
      let step: IteratorResult<Uint8Array | string>;
      try {
        step = await iterator.next();
      } catch (error) {
        finished = true;
        throw cliError(EXIT.usage, 'cli.cannot_read', { name, ...describeIoError(error) });
      }
      if (step.done === true) {
        finished = true;
        return;
      }
      yield typeof step.value === 'string' ? Buffer.from(step.value, 'utf8') : step.value;
    }
  } finally {
    // Stopped early (a document too large, a bad byte): close the file.
    if (!finished) await iterator.return?.();
  }
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let index = bytes.indexOf(0x0a); index !== -1 && index < end;) {
    count += 1;
    index = bytes.indexOf(0x0a, index + 1);
  }
  return count;
}

/**
 * Reads a file argument whole, as one JSON document: `-` is standard input. The bytes must
 * be UTF-8 (a byte order mark at the start is kept for the JSON reader to skip), and at
 * most `maxBytes` of them: reading stops as soon as the input is known to be larger.
 *
 * @internal
 * @param file - A path, or `-` for standard input.
 * @param io - Where to read from.
 * @param maxBytes - The most bytes to read ({@link maxJsonBytes}).
 * @returns The text and the name to give it in messages, or where it stops being UTF-8.
 * @throws CliError (exit 2) when it cannot be read, or is larger than `maxBytes`.
 *
 * @example
 * ```ts
 * (await readInput('-', io)).name; //=> '<stdin>'
 * ```
 */
export async function readInput(
  file: string,
  io: CliIo,
  maxBytes: number = DEFAULT_MAX_JSON_BYTES,
): Promise<InputText> {
  const name = inputName(file);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunksOf(file, io)) {
    size += chunk.length;
    if (size > maxBytes) {
      throw cliError(EXIT.usage, 'cli.too_large', {
        name,
        limit: maxBytes,
        variable: MAX_JSON_BYTES_VARIABLE,
      });
    }
    chunks.push(chunk);
  }
  const bytes = chunks.length === 1 ? (chunks[0] ?? new Uint8Array()) : Buffer.concat(chunks, size);
  chunks.length = 0;
  const decoded = decodeUtf8(bytes, strictUtf8Decoder());
  if (decoded.ok) return { ok: true, name, text: decoded.text };
  const line = 1 + countNewlines(bytes, decoded.offset);
  return { ok: false, name, line, offset: decoded.offset, byte: decoded.byte };
}

/**
 * What {@link readNdjson} yields: the lines of a piece of the input (without their line
 * ends), or where the input stops being UTF-8 (the last thing it yields then).
 *
 * @internal
 * @example
 * ```ts
 * const piece: NdjsonPiece = { ok: true, firstLine: 1, lines: ['{"id":"x"}', ''] };
 * ```
 */
export type NdjsonPiece =
  | { readonly ok: true; readonly firstLine: number; readonly lines: readonly string[] }
  | {
      readonly ok: false;
      readonly line: number;
      readonly offset: number;
      readonly byte: number;
    };

/**
 * Reads a file argument as NDJSON, a piece at a time: memory holds one chunk of the input
 * and its lines, never the whole input. Each line is UTF-8 and at most `maxLineBytes` long.
 *
 * @internal
 * @param file - A path, or `-` for standard input.
 * @param io - Where to read from.
 * @param maxLineBytes - The most bytes of one line ({@link maxJsonBytes}).
 * @returns The pieces, in order; the line numbers count every line from 1, blank ones too.
 * @throws CliError (exit 2) when the input cannot be read or a line is longer than the
 *   limit.
 *
 * @example
 * ```ts
 * for await (const piece of readNdjson('partners.ndjson', io)) if (piece.ok) piece.firstLine; //=> 1
 * ```
 */
export async function* readNdjson(
  file: string,
  io: CliIo,
  maxLineBytes: number = DEFAULT_MAX_JSON_BYTES,
): AsyncGenerator<NdjsonPiece> {
  const name = inputName(file);
  const decoder = strictUtf8Decoder();
  /** The start of the line not finished yet, in pieces. */
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  /** The offset of the pending line in the input, and its number. */
  let offset = 0;
  let line = 1;
  const tooLong = (at: number): CliError =>
    cliError(EXIT.usage, 'cli.line_too_long', {
      where: location(name, at),
      limit: maxLineBytes,
      variable: MAX_JSON_BYTES_VARIABLE,
    });

  function* decodeLines(bytes: Uint8Array): Generator<NdjsonPiece, boolean> {
    const decoded = decodeUtf8(bytes, decoder);
    if (!decoded.ok) {
      yield {
        ok: false,
        line: line + countNewlines(bytes, decoded.offset),
        offset: offset + decoded.offset,
        byte: decoded.byte,
      };
      return false;
    }
    const lines = decoded.text.split('\n');
    // Text that ends with a line end: the last "line" is the empty string after it.
    if (bytes[bytes.length - 1] === 0x0a) lines.pop();
    yield { ok: true, firstLine: line, lines };
    line += lines.length;
    offset += bytes.length;
    return true;
  }

  for await (const chunk of chunksOf(file, io)) {
    const last = chunk.lastIndexOf(0x0a);
    if (last === -1) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes > maxLineBytes) throw tooLong(line);
      continue;
    }
    let start = -pendingBytes;
    let number = line;
    for (let end = chunk.indexOf(0x0a); end !== -1; end = chunk.indexOf(0x0a, end + 1)) {
      if (end - start > maxLineBytes) throw tooLong(number);
      start = end + 1;
      number += 1;
    }
    const head = chunk.subarray(0, last + 1);
    const complete = pending.length === 0 ? head : Buffer.concat([...pending, head]);
    if (!(yield* decodeLines(complete))) return;
    const rest = chunk.subarray(last + 1);
    pending = rest.length === 0 ? [] : [rest];
    pendingBytes = rest.length;
    if (pendingBytes > maxLineBytes) throw tooLong(line);
  }
  if (pendingBytes > 0) {
    yield* decodeLines(
      pending.length === 1 ? (pending[0] ?? new Uint8Array()) : Buffer.concat(pending),
    );
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
 * One issue as a line, `file[:line]: path: message`; `prefix` goes before the issue's path
 * (the index of a record in an array file). Control characters of the input (in the file
 * name, a key, a received value) are escaped, so that a line is always one line. In French
 * the message is made again from the issue's `code` and `params` (`formatIssues`).
 *
 * @internal
 * @param where - The {@link location} of the record.
 * @param issue - The issue.
 * @param prefix - The path of the record in the file.
 * @param paint - Colours the location (errors are red on a terminal).
 * @param locale - The language of the line (default English).
 * @returns The line, without a line end.
 *
 * @example
 * ```ts
 * issueLine('partners.json', { code: 'invalid_value', path: ['country'], message: "'X\nK' is not …" }, [3]);
 * //=> "partners.json: [3].country: 'X\\nK' is not …"
 * ```
 */
export function issueLine(
  where: string,
  issue: ValidationIssue,
  prefix: readonly (string | number)[] = [],
  paint: (text: string) => string = (text) => text,
  locale: Locale = 'en',
): string {
  const path = prefix.length === 0 ? issue.path : [...prefix, ...issue.path];
  const text = escapeControl(formatIssues([{ ...issue, path }], { locale }));
  return cliText('cli.issue_line', { where: paint(escapeControl(where)), text }, locale);
}

/**
 * One line per issue, `file[:line]: path: message` (see {@link issueLine}).
 *
 * @internal
 * @param where - The {@link location} of the record.
 * @param issues - The record's issues (a bounded list: the library caps it).
 * @param prefix - The path of the record in the file.
 * @param locale - The language of the lines (default English).
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
  locale: Locale = 'en',
): string[] {
  return issues.map((issue) => issueLine(where, issue, prefix, undefined, locale));
}

/**
 * The line that says text is not JSON: where (file and line), why, and the column.
 *
 * @internal
 * @param where - The {@link location} of the error.
 * @param problem - What is wrong ({@link parseJsonText}).
 * @param column - The column of the error, when known.
 * @param paint - Colours the location.
 * @param locale - The language of the line (default English).
 * @returns The line, without a line end.
 *
 * @example
 * ```ts
 * jsonErrorLine('x.json:3', { problem: 'expected-comma', close: '}', found: "'\"'" }, 5);
 * //=> "x.json:3: invalid JSON: expected ',' or '}', found '\"' (column 5)"
 * ```
 */
export function jsonErrorLine(
  where: string,
  problem: JsonProblem,
  column: number | undefined,
  paint: (text: string) => string = (text) => text,
  locale: Locale = 'en',
): string {
  const text = escapeControl(cliText('cli.invalid_json', { ...problem, column }, locale));
  return cliText('cli.issue_line', { where: paint(escapeControl(where)), text }, locale);
}

/**
 * The line that says an input is not UTF-8: where, and the first bad byte.
 *
 * @internal
 * @param where - The {@link location} of the bad byte.
 * @param offset - Its offset in the input, from 0.
 * @param byte - Its value.
 * @param paint - Colours the location.
 * @param locale - The language of the line (default English).
 * @returns The line, without a line end.
 *
 * @example
 * ```ts
 * utf8ErrorLine('latin1.json:2', 14, 0xe9);
 * //=> 'latin1.json:2: invalid UTF-8: byte 0xE9 at byte offset 14 (the file must be UTF-8 text)'
 * ```
 */
export function utf8ErrorLine(
  where: string,
  offset: number,
  byte: number,
  paint: (text: string) => string = (text) => text,
  locale: Locale = 'en',
): string {
  const text = cliText('cli.invalid_utf8', { offset, byte }, locale);
  return cliText('cli.issue_line', { where: paint(escapeControl(where)), text }, locale);
}

/**
 * Reads and validates a network document for `report`, `eligibility` and `match`. Issues
 * go to standard error (standard output is for the command's result) and stop the command
 * with exit 1; a file that cannot be read, or is too large, stops it with exit 2.
 *
 * @internal
 * @param file - A path, or `-` for standard input.
 * @param io - Where to read from and report to.
 * @param paint - Colours the location of an issue (errors are red on a terminal).
 * @param locale - The language of the issues (default English).
 * @returns The parsed network.
 * @throws CliError: exit 1 for text that is not UTF-8 or not JSON, a duplicate key or an
 *   invalid network, 2 when the file cannot be read or is larger than {@link maxJsonBytes}.
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
  locale: Locale = 'en',
): Promise<Network> {
  const input = await readInput(file, io, maxJsonBytes(io.env));
  const name = input.name;
  if (!input.ok) {
    const line = utf8ErrorLine(location(name, input.line), input.offset, input.byte, paint, locale);
    io.stderr(`${line}\n`);
    throw cliError(EXIT.invalidData, 'cli.not_utf8', { name });
  }
  const json = parseJsonText(input.text);
  if (!json.ok) {
    const where = location(name, json.line);
    io.stderr(`${jsonErrorLine(where, json.problem, json.column, paint, locale)}\n`);
    throw cliError(EXIT.invalidData, 'cli.not_json', { name });
  }
  const duplicates = duplicateKeyIssues(input.text, json.value, ISSUES_IN_MESSAGES);
  const parsed = safeParseNetwork(json.value);
  if (duplicates.length === 0 && parsed.success) return parsed.data;
  const issues = parsed.success ? duplicates : [...duplicates, ...parsed.issues];
  const out = new LineWriter(io.stderr);
  for (const issue of issues) out.line(issueLine(name, issue, [], paint, locale));
  await out.flush();
  throw cliError(EXIT.invalidData, 'cli.invalid_network', { name, issues: issues.length });
}

/**
 * Every message the CLI writes, in one table (as the library's issue messages are), so that
 * wording stays consistent and tests can name what they expect.
 *
 * @internal
 * @module
 */

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function quoted(value: string): string {
  return `'${value}'`;
}

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

/** A size in bytes for people: whole MiB, KiB, or bytes. */
function sizeText(bytes: number): string {
  const MIB = 1024 * 1024;
  if (bytes >= MIB && bytes % MIB === 0) return `${bytes / MIB} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return plural(bytes, 'byte');
}

/**
 * The CLI's messages, keyed by what happened.
 *
 * @internal
 * @example
 * ```ts
 * MESSAGES.badDate('--on', '2019-02-29');
 * //=> "--on: expected a real calendar date YYYY-MM-DD, received '2019-02-29'"
 * ```
 */
export const MESSAGES = {
  plural,
  missingCommand: () => 'missing a command',
  unknownCommand: (name: string) => `unknown command ${quoted(name)}`,
  unknownOption: (option: string) => `unknown option ${quoted(option)}`,
  optionNeedsValue: (option: string) => `option ${quoted(option)} needs a value`,
  ambiguousValue: (option: string) =>
    `option ${quoted(option)} needs a value (write ${option}=VALUE for a value that starts with '-')`,
  optionTakesNoValue: (option: string) => `option ${quoted(option)} takes no value`,
  unexpectedArgument: (argument: string) => `unexpected argument ${quoted(argument)}`,
  missingFile: () => 'missing the <file> argument',
  missingFiles: () => 'missing a <file> argument (give one or more files, or - for standard input)',
  stdinTwice: () => "standard input ('-') can be read only once",
  missingOption: (option: string) => `missing the required option ${option}`,
  badDate: (option: string, value: string) =>
    `${option}: expected a real calendar date YYYY-MM-DD, received ${quoted(value)}`,
  badPlanForm: (value: string) =>
    `--plan: expected START..END, two dates YYYY-MM-DD, received ${quoted(value)}`,
  badPlanOrder: (start: string, end: string) =>
    `--plan: the end (${end}) must be after the start (${start})`,
  badChoice: (option: string, value: string, choices: readonly string[]) =>
    `${option}: expected one of ${choices.join(', ')}, received ${quoted(value)}`,
  unknownCode: (option: string, value: string, what: string) =>
    `${option}: ${quoted(value)} is not ${what}`,
  emptyList: (option: string) => `${option}: give at least one value`,
  notWholeNumber: (option: string, value: string) =>
    `${option}: expected a whole number ≥ 0, received ${quoted(value)}`,
  unknownSchema: (name: string, names: readonly string[]) =>
    `unknown schema ${quoted(name)}: expected one of ${names.join(', ')} (in any casing)`,
  cannotRead: (name: string, reason: string) => `cannot read ${quoted(name)}: ${reason}`,
  cannotWrite: (name: string, reason: string) => `cannot write ${quoted(name)}: ${reason}`,
  invalidJson: (reason: string, column: number | undefined) =>
    `invalid JSON: ${reason}${column === undefined ? '' : ` (column ${column})`}`,
  notJsonSummary: (name: string) => `${name}: not valid JSON`,
  invalidNetworkSummary: (name: string, issues: number) =>
    `${name}: invalid network (${plural(issues, 'issue')})`,
  validNetwork: (name: string, partners: number, agreements: number, proposals: number) =>
    `${name}: valid network (${plural(partners, 'partner')}, ${plural(agreements, 'agreement')}, ${plural(proposals, 'proposal')})`,
  validRecords: (name: string, count: number, kind: string, single: boolean) =>
    single ? `${name}: valid ${kind}` : `${name}: ${plural(count, `valid ${kind}`)}`,
  invalidRecords: (
    name: string,
    issues: number,
    invalid: number,
    total: number,
    kind: string,
    single: boolean,
  ) =>
    single
      ? `${name}: invalid ${kind} (${plural(issues, 'issue')})`
      : `${name}: ${plural(issues, 'issue')} in ${invalid} of ${plural(total, kind)}`,
  noProposals: (name: string) => `${name} has no proposals`,
  noMatch: () => 'no partner matches the need',
  seeHelp: (command: string) =>
    command === ''
      ? "Run 'uhs-network --help' for usage."
      : `Run 'uhs-network ${command} --help' for usage.`,
  internal: (message: string) => `internal error: ${message}`,
  duplicateKey: () =>
    'duplicate key: JSON keeps only the last of equal keys, so the earlier values would go unchecked',
  invalidUtf8: (offset: number, byte: number) =>
    `invalid UTF-8: byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at byte offset ${offset} (the file must be UTF-8 text)`,
  notUtf8Summary: (name: string) => `${name}: not UTF-8 text`,
  tooLarge: (name: string, limit: number) =>
    `cannot read ${quoted(name)}: it is larger than ${sizeText(limit)}, the most read as one JSON document (set ${MAX_JSON_BYTES_VARIABLE} to raise it, or give one record a line as NDJSON)`,
  lineTooLong: (where: string, limit: number) =>
    `cannot read ${quoted(where)}: the line is longer than ${sizeText(limit)}, the most read as one record (set ${MAX_JSON_BYTES_VARIABLE} to raise it)`,
  badMaxJsonBytes: (value: string, most: number) =>
    `${MAX_JSON_BYTES_VARIABLE}: expected a size in bytes from 1 to ${most} (a K, M or G suffix counts 1024s), received ${quoted(value)}`,
  notPositiveNumber: (option: string, value: string) =>
    `${option}: expected a whole number ≥ 1, received ${quoted(value)}`,
  cannotWriteStream: (stream: 'standard output' | 'standard error', reason: string) =>
    `cannot write to ${stream}: ${reason}`,
  cannotStart: (reason: string) =>
    `cannot start: ${reason}${reason === 'too many open files' ? " (raise the limit: 'ulimit -n 256')" : ''}`,
  issuesLeftOut: (shown: number) =>
    `only the first ${plural(shown, 'issue')} of each document or record are listed (--max-issues)`,
} as const;

/**
 * Explains a failed file operation in a few words, from its Node error code.
 *
 * @internal
 * @param error - What `readFile` or `writeFile` rejected with.
 * @returns A short reason, without a stack.
 *
 * @example
 * ```ts
 * describeIoError(Object.assign(new Error('ENOENT: …'), { code: 'ENOENT' })); //=> 'no such file or directory'
 * ```
 */
export function describeIoError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    case 'ERR_INVALID_ARG_VALUE':
    case 'ERR_INVALID_ARG_TYPE':
      return 'the name is not a valid path';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EPIPE':
      return 'the reader closed the pipe';
    case 'EIO':
      return 'input/output error';
    case 'EAGAIN':
      return 'the stream is not ready (non-blocking)';
    default:
      return error instanceof Error && error.message !== ''
        ? firstLine(error.message)
        : 'unknown error';
  }
}

/**
 * The first line of a message, so that nothing multi-line (a stack, say) reaches the user.
 *
 * @internal
 * @param message - Any message.
 * @returns Its first line, or `'unknown error'` when it is blank.
 *
 * @example
 * ```ts
 * firstLine('boom\n    at f (x.js:1:1)'); //=> 'boom'
 * ```
 */
export function firstLine(message: string): string {
  const line = message.split('\n', 1)[0] ?? '';
  return line.trim() === '' ? 'unknown error' : line;
}

import type { Period } from '../catalog/home.js';
import { dayOf, isoOf } from '../core/_days.js';
import { isIsoDate } from '../core/_isoDate.js';
import { usageError } from './_errors.js';
import type { CliParams } from './_text.js';

/**
 * Option values checked at the edge: a bad date, plan, choice, code or number is a usage
 * error (exit 2) that names the option, before any file is read.
 *
 * @internal
 * @module
 */

/**
 * An optional `YYYY-MM-DD` option (`--on`): a real calendar date, or absent.
 *
 * @internal
 * @param command - The command, for the usage error.
 * @param option - The option's name, for the message.
 * @param value - What the command line gives.
 * @returns The date, or `undefined` when the option is absent.
 * @throws CliError (exit 2) when it is not a real calendar date.
 *
 * @example
 * ```ts
 * dateOption('report', '--on', '2017-06-30'); //=> '2017-06-30'
 * dateOption('report', '--on', '2019-02-29'); // throws: --on: expected a real calendar date …
 * ```
 */
export function dateOption(
  command: string,
  option: string,
  value: string | undefined,
): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw usageError('cli.bad_date', { option, received: value }, command);
  return value;
}

/**
 * The `--plan START..END` option: the plan period it gives, or absent.
 *
 * @internal
 * @param command - The command, for the usage error.
 * @param value - What the command line gives.
 * @returns `{ start, end }`, or `undefined` when the option is absent.
 * @throws CliError (exit 2) unless it is two real dates, the end after the start.
 *
 * @example
 * ```ts
 * planOption('report', '2019-01-01..2023-12-31'); //=> { start: '2019-01-01', end: '2023-12-31' }
 * ```
 */
export function planOption(command: string, value: string | undefined): Period | undefined {
  if (value === undefined) return undefined;
  const parts = value.split('..');
  const [start, end] = parts;
  if (parts.length !== 2 || !isIsoDate(start) || !isIsoDate(end)) {
    throw usageError('cli.bad_plan_form', { received: value }, command);
  }
  // ISO dates order as strings.
  if (end <= start) throw usageError('cli.bad_plan_order', { start, end }, command);
  return { start, end };
}

/**
 * An option with a closed list of values (`--format`, `--kind`), compared in lower case.
 *
 * @internal
 * @param command - The command, for the usage error.
 * @param option - The option's name, for the message.
 * @param value - What the command line gives.
 * @param choices - The accepted values, in lower case.
 * @param fallback - The value when the option is absent.
 * @returns The chosen value.
 * @throws CliError (exit 2) for any other value.
 *
 * @example
 * ```ts
 * choiceOption('report', '--format', 'JSON', ['md', 'json', 'html'], 'md'); //=> 'json'
 * ```
 */
export function choiceOption<const C extends string>(
  command: string,
  option: string,
  value: string | undefined,
  choices: readonly C[],
  fallback: C,
): C {
  if (value === undefined) return fallback;
  const chosen = choices.find((choice) => choice === value.toLowerCase());
  if (chosen === undefined) {
    throw usageError('cli.bad_choice', { option, received: value, choices: [...choices] }, command);
  }
  return chosen;
}

/**
 * A list of codes, comma-separated and/or repeated (`--cells C5,B4 --cells D1`): each is
 * normalised, then checked; an unknown code is a usage error. Duplicates are dropped.
 *
 * @internal
 * @param command - The command, for the usage error.
 * @param option - The option's name, for the message.
 * @param values - Every value the option was given.
 * @param check - How to normalise a code, tell a known one, and what is expected (the
 *   params of the message `cli.unknown_code`: its kind, and the first and last codes or
 *   the whole list).
 * @returns The codes in the order given, or `undefined` when the option is absent.
 * @throws CliError (exit 2) for an unknown code or a list with no code.
 *
 * @example
 * ```ts
 * codeListOption('match', '--cells', ['c5,B4'], { normalise: (s) => s.toUpperCase(), is: isCellCode, what: { kind: 'cell', first: 'A1', last: 'D5' } });
 * //=> ['C5', 'B4']
 * ```
 */
export function codeListOption<T extends string>(
  command: string,
  option: string,
  values: readonly string[] | undefined,
  check: {
    readonly normalise: (value: string) => string;
    readonly is: (value: string) => value is T;
    readonly what: Omit<CliParams<'cli.unknown_code'>, 'option' | 'received'>;
  },
): T[] | undefined {
  if (values === undefined) return undefined;
  const codes: T[] = [];
  for (const item of values.flatMap((value) => value.split(','))) {
    const trimmed = item.trim();
    if (trimmed === '') continue;
    const code = check.normalise(trimmed);
    if (!check.is(code)) {
      throw usageError('cli.unknown_code', { ...check.what, option, received: trimmed }, command);
    }
    if (!codes.includes(code)) codes.push(code);
  }
  if (codes.length === 0) throw usageError('cli.empty_list', { option }, command);
  return codes;
}

/**
 * A whole number at least `minimum` (`--limit`: 0, `--max-issues`: 1), or absent.
 *
 * @internal
 * @param command - The command, for the usage error.
 * @param option - The option's name, for the message.
 * @param value - What the command line gives.
 * @param minimum - The least number allowed (default 0).
 * @returns The number, or `undefined` when the option is absent.
 * @throws CliError (exit 2) for anything but digits, or a number below `minimum`.
 *
 * @example
 * ```ts
 * wholeNumberOption('match', '--limit', '3'); //=> 3
 * wholeNumberOption('validate', '--max-issues', '0', 1); // throws: --max-issues: expected a whole number ≥ 1, received '0'
 * ```
 */
export function wholeNumberOption(
  command: string,
  option: string,
  value: string | undefined,
  minimum = 0,
): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\s*[0-9]+\s*$/.test(value) || !Number.isSafeInteger(number) || number < minimum) {
    throw usageError('cli.not_whole_number', { option, received: value, minimum }, command);
  }
  return number;
}

/**
 * The local calendar date of an instant, `YYYY-MM-DD`: today's date is the default `--on`
 * of a file without `asOf`.
 *
 * @internal
 * @param now - The instant (`io.now()`).
 * @returns Its date in the process's time zone.
 *
 * @example
 * ```ts
 * localDate(new Date(2017, 5, 30, 23, 59)); //=> '2017-06-30'
 * ```
 */
export function localDate(now: Date): string {
  return isoOf(dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate()));
}

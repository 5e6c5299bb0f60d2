import type * as z from 'zod';

/**
 * The stable code of a {@link ValidationIssue}: Zod's own codes, and the library's codes
 * for the rules Zod cannot name.
 *
 * | code | meaning |
 * | --- | --- |
 * | `invalid_type` | a value of the wrong JSON type, or a required value missing |
 * | `invalid_value` | a value outside a closed list (a country, language or cell code …) |
 * | `invalid_format` | a string that does not have the required form (id, e-mail, URL …) |
 * | `invalid_union` | a value that matches none of the accepted forms |
 * | `too_small` / `too_big` | a number, string or list outside its bounds |
 * | `not_multiple_of` | a number that must be whole and is not |
 * | `unrecognized_keys` | a key the object does not have (a typo, usually) |
 * | `custom` | a rule of a custom check that names no code of its own |
 * | `invalid_date` | not a real calendar date `YYYY-MM-DD` (2019-02-29) |
 * | `invalid_ror_checksum` | a ROR id whose two check digits are wrong |
 * | `date_order` | dates in the wrong order (an end before its start) |
 * | `duplicate_value` | the same value twice in a list |
 * | `commitment_out_of_scope` | a commitment whose cell is not in the agreement's scope |
 * | `duplicate_id` | two records of one kind with the same id |
 * | `unknown_reference` | an id that refers to no record of the network |
 * | `home_country_partner` | a partner in the home country, which is not an international partner |
 *
 * @example
 * ```ts
 * const code: IssueCode = 'invalid_ror_checksum';
 * ```
 */
export type IssueCode =
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_format'
  | 'invalid_union'
  | 'too_small'
  | 'too_big'
  | 'not_multiple_of'
  | 'unrecognized_keys'
  | 'custom'
  | 'invalid_date'
  | 'invalid_ror_checksum'
  | 'date_order'
  | 'duplicate_value'
  | 'commitment_out_of_scope'
  | 'duplicate_id'
  | 'unknown_reference'
  | 'home_country_partner';

/**
 * One thing wrong with the input: a stable `code`, the `path` to the value in the input,
 * and an English `message` for people.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = {
 *   code: 'invalid_value',
 *   path: ['partners', 3, 'country'],
 *   message: "'XK' is not an assigned ISO 3166-1 alpha-2 country code",
 * };
 * ```
 */
export interface ValidationIssue {
  /** What kind of problem this is; stable across versions. */
  readonly code: IssueCode;
  /** Where the problem is: object keys and array indices from the root of the input. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in English. */
  readonly message: string;
}

/** A library rule's issue, raised as a Zod `custom` issue that carries its own code. @internal */
export type LibraryIssueCode = Exclude<
  IssueCode,
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_format'
  | 'invalid_union'
  | 'too_small'
  | 'too_big'
  | 'not_multiple_of'
  | 'unrecognized_keys'
  | 'custom'
>;

const MAX_SHOWN = 40;

/** Shows a received value briefly in a message. @internal */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value.length > MAX_SHOWN
        ? `'${value.slice(0, MAX_SHOWN)}…' (${value.length} characters)`
        : `'${value}'`;
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

function showList(values: readonly unknown[]): string {
  const shown = values.slice(0, 8).map((value) => describeValue(value));
  return values.length > 8 ? `${shown.join(', ')}, … (${values.length} values)` : shown.join(', ');
}

const NOUNS: Readonly<Record<string, readonly [string, string]>> = {
  string: ['character', 'characters'],
  array: ['item', 'items'],
  set: ['item', 'items'],
};

function bound(
  issue: { origin: string; inclusive?: boolean; exact?: boolean },
  limit: number | bigint,
  direction: 'at least' | 'at most',
): string {
  const noun = NOUNS[issue.origin];
  const exact = issue.exact === true;
  const qualifier = exact
    ? 'exactly'
    : issue.inclusive === false
      ? direction === 'at least'
        ? 'more than'
        : 'less than'
      : direction;
  return noun === undefined
    ? `expected a number ${qualifier} ${String(limit)}`
    : `expected ${qualifier} ${String(limit)} ${limit === 1 || limit === 1n ? noun[0] : noun[1]}`;
}

/**
 * The message table: every message the library writes is built here, keyed by code.
 *
 * @internal
 */
export const MESSAGES = {
  invalid_type: (expected: string, input: unknown) =>
    input === undefined
      ? `missing required ${expected}`
      : `expected ${expected}, received ${describeValue(input)}`,
  invalid_value: (values: readonly unknown[], input: unknown) =>
    values.length === 1
      ? `expected ${describeValue(values[0])}, received ${describeValue(input)}`
      : `expected one of ${showList(values)}, received ${describeValue(input)}`,
  invalid_code: (what: string, input: unknown) =>
    typeof input === 'string'
      ? `${describeValue(input)} is not ${what}`
      : `expected ${what}, received ${describeValue(input)}`,
  invalid_format: (what: string, input: unknown) =>
    `expected ${what}, received ${describeValue(input)}`,
  invalid_union: () => 'the value matches none of the accepted forms',
  too_small: (issue: {
    origin: string;
    minimum: number | bigint;
    inclusive?: boolean;
    exact?: boolean;
  }) => bound(issue, issue.minimum, 'at least'),
  too_big: (issue: {
    origin: string;
    maximum: number | bigint;
    inclusive?: boolean;
    exact?: boolean;
  }) => bound(issue, issue.maximum, 'at most'),
  not_multiple_of: (divisor: number) =>
    divisor === 1 ? 'expected a whole number' : `expected a multiple of ${divisor}`,
  unrecognized_keys: (key: string) => `unknown key '${key}'`,
  invalid_date: (input: unknown) =>
    `expected a real calendar date YYYY-MM-DD, received ${describeValue(input)}`,
  invalid_ror_checksum: (input: string, expected: string) =>
    `the check digits of ROR id '${input}' are wrong (expected ${expected})`,
  date_order: (later: string, earlier: string, relation: 'after' | 'not before' | 'not after') =>
    `${later} must be ${relation} ${earlier}`,
  duplicate_value: (value: unknown, firstIndex: number) =>
    `${describeValue(value)} is already listed at index ${firstIndex}`,
  commitment_out_of_scope: (cell: string) =>
    `the commitment's cell ${cell} is not in the agreement's scope`,
  duplicate_id: (kind: string, id: string, firstIndex: number) =>
    `${kind} id '${id}' is already used at index ${firstIndex}`,
  unknown_reference: (kind: string, id: string, detail?: string) =>
    `no ${kind} has id '${id}'${detail === undefined ? '' : ` ${detail}`}`,
  home_country_partner: (country: string) =>
    `a partner in ${country}, the home institution's country, is not an international partner`,
} as const;

const FORMATS: Readonly<Record<string, string>> = {
  email: 'an e-mail address',
  url: 'an http(s) URL',
  regex: 'a value of the required form',
};

/**
 * Zod's per-parse error map: renders Zod's own issues from the message table. Issues whose
 * schema sets its own message keep it.
 *
 * @internal
 */
export function renderZodIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return MESSAGES.invalid_type(issue.expected, issue.input);
    case 'invalid_value':
      return MESSAGES.invalid_value(issue.values, issue.input);
    case 'invalid_format':
      if (issue.format === 'date') return MESSAGES.invalid_date(issue.input);
      return MESSAGES.invalid_format(
        FORMATS[issue.format] ?? `a valid ${issue.format}`,
        issue.input,
      );
    case 'too_small':
      return MESSAGES.too_small(issue);
    case 'too_big':
      return MESSAGES.too_big(issue);
    case 'not_multiple_of':
      return MESSAGES.not_multiple_of(issue.divisor);
    case 'unrecognized_keys':
      return issue.keys.map((key) => MESSAGES.unrecognized_keys(key)).join('; ');
    case 'invalid_union':
      // A discriminated union whose tag matches no option: name the accepted tags.
      if (typeof issue.discriminator === 'string' && Array.isArray(issue.options)) {
        const input = issue.input as Record<string, unknown> | undefined;
        return MESSAGES.invalid_value(issue.options as unknown[], input?.[issue.discriminator]);
      }
      return MESSAGES.invalid_union();
    default:
      return typeof issue.message === 'string' ? issue.message : 'invalid value';
  }
}

type ZodIssue = z.core.$ZodIssue;

function pathOf(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

/** The branch of a failed union that the input was meant for: the one not rejected at its root. */
function intendedBranch(errors: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] | undefined {
  const candidates = errors.filter(
    (branch) => !branch.some((issue) => issue.path.length === 0 && issue.code === 'invalid_type'),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * Turns Zod's issues into the library's: library codes for custom rules, one issue per
 * unknown key, and the issues of the intended branch of a union instead of a bare
 * `invalid_union`.
 *
 * @internal
 */
export function toValidationIssues(
  issues: readonly ZodIssue[],
  prefix: readonly (string | number)[] = [],
  out: ValidationIssue[] = [],
): ValidationIssue[] {
  for (const issue of issues) {
    const path = [...prefix, ...pathOf(issue.path)];
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.push({
            code: 'unrecognized_keys',
            path: [...path, key],
            message: MESSAGES.unrecognized_keys(key),
          });
        }
        break;
      case 'invalid_union': {
        const branch = issue.errors.length > 0 ? intendedBranch(issue.errors) : undefined;
        const code = issue.discriminator === undefined ? 'invalid_union' : 'invalid_value';
        if (branch === undefined) out.push({ code, path, message: issue.message });
        else toValidationIssues(branch, path, out);
        break;
      }
      case 'invalid_format':
        out.push({
          code: issue.format === 'date' ? 'invalid_date' : 'invalid_format',
          path,
          message: issue.message,
        });
        break;
      case 'custom': {
        const code = (issue.params as { code?: LibraryIssueCode } | undefined)?.code;
        out.push({ code: code ?? 'custom', path, message: issue.message });
        break;
      }
      case 'invalid_key':
      case 'invalid_element':
        toValidationIssues(issue.issues, path, out);
        break;
      default:
        out.push({ code: issue.code, path, message: issue.message });
    }
  }
  return out;
}

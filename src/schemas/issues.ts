import type * as z from 'zod';
import {
  ACTIVITY_LIST,
  AREA_LIST,
  CEFR_LEVEL_LIST,
  CELL_LIST,
  COUNTRY_LIST,
  INSTITUTION_TYPE_LIST,
  LANGUAGE_LIST,
  MOBILITY_ACTIVITY_LIST,
  STRATEGY_LIST,
  describeValue,
  unknownValue,
  type ClosedList,
  type ClosedListValue,
} from '../catalog/_suggest.js';

/**
 * The stable code of a {@link ValidationIssue}: Zod's own codes, and the library's codes
 * for the rules Zod cannot name.
 *
 * | code | meaning |
 * | --- | --- |
 * | `invalid_type` | a value of the wrong JSON type, or a required value missing |
 * | `invalid_value` | a value outside a closed list (a country, language or cell code …); its `params` are {@link InvalidValueParams} |
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
 * | `too_many_issues` | the last issue of a result cut at `maxIssues` (default `DEFAULT_MAX_ISSUES`): how many more issues were found and how many records were not checked (`params`: `{ maxIssues, omitted, unchecked }`) |
 * | `duplicate_key` | a key written twice in one JSON object (found by the `uhs-network` CLI in JSON text; `JSON.parse` keeps only the last, so the library never sees it) |
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
  | 'home_country_partner'
  | 'duplicate_key'
  | 'too_many_issues';

/**
 * What a program can read from an `invalid_value` issue, in its `params`: the value
 * received, the values allowed, the closest of them (best first, at most three), and the
 * catalog export that lists them when there is one.
 *
 * @example
 * ```ts
 * const result = safeParsePartner({ ...exampleNetwork.partners[0], type: 'univ' });
 * if (!result.success) result.issues[0]?.params;
 * //=> { received: 'univ', allowed: INSTITUTION_TYPES.map((type) => type.code), suggestions: ['university'], list: 'INSTITUTION_TYPES' }
 * ```
 */
export type InvalidValueParams = {
  /** The value as the input gave it. */
  readonly received: unknown;
  /** Every allowed value, in the list's order. */
  readonly allowed: readonly (string | number)[];
  /**
   * The allowed values closest to `received`, best first (at most three, maybe none): the
   * value written another way (`'fr'` for `'FR'`), the code of a name (`'Belgium'` →
   * `'BE'`), values it begins (`'univ'` → `'university'`), values a few typos away.
   */
  readonly suggestions: readonly (string | number)[];
  /** The catalog export that lists `allowed` (`'COUNTRIES'`, `'INSTITUTION_TYPES'` …), if any. */
  readonly list?: string;
};

/**
 * One thing wrong with the input: a stable `code`, the `path` to the value in the input,
 * an English `message` for people, and, for some codes, `params` for programs.
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = {
 *   code: 'invalid_value',
 *   path: ['partners', 3, 'country'],
 *   message: "'Belgium' is not a country code; did you mean 'BE' (Belgium)?",
 *   params: { received: 'Belgium', allowed: COUNTRIES.map((country) => country.code), suggestions: ['BE'], list: 'COUNTRIES' },
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
  /**
   * The data the message was made from, for programs. Present for `invalid_value`, where
   * it is an {@link InvalidValueParams} (`received`, `allowed`, `suggestions`, `list?`);
   * absent for the other codes.
   */
  readonly params?: Readonly<Record<string, unknown>>;
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

export { describeValue };

/** A closed list of a schema that no catalog export holds. */
function schemaList(noun: string, counted: string, values: readonly ClosedListValue[]): ClosedList {
  return { noun, counted, entries: () => values.map((value) => ({ value, words: [] })) };
}

// The closed lists the schemas check values against, found by their values. A test walks the
// JSON Schemas and fails when an enum of a schema is missing here.
let closedLists: ReadonlyMap<string, ClosedList> | undefined;

function listKey(values: readonly unknown[]): string {
  return values
    .map((value) => `${typeof value}:${String(value)}`)
    .sort()
    .join('\u0000');
}

/** The closed list whose values these are: a catalog's, a schema's, or a list of its own. @internal */
export function closedListOf(values: readonly unknown[]): ClosedList {
  closedLists ??= new Map(
    [
      COUNTRY_LIST,
      LANGUAGE_LIST,
      CELL_LIST,
      AREA_LIST,
      ACTIVITY_LIST,
      MOBILITY_ACTIVITY_LIST,
      STRATEGY_LIST,
      INSTITUTION_TYPE_LIST,
      CEFR_LEVEL_LIST,
      schemaList('a commitment kind', 'kinds', [
        'mobility',
        'resources',
        'distance-course',
        'joint-programme',
      ]),
      schemaList('a direction', 'directions', ['incoming', 'outgoing']),
      schemaList('a level', 'levels', ['bachelor', 'master', 'doctoral', 'specialist', 'staff']),
      schemaList('a resource item', 'items', [
        'curriculum',
        'course-material',
        'library-access',
        'e-resources',
        'guidelines',
        'equipment',
        'other',
      ]),
      schemaList('a programme type', 'types', [
        'joint-degree',
        'double-degree',
        'joint-course',
        'research-project',
      ]),
      schemaList('an instrument', 'instruments', ['mou', 'exchange', 'research', 'grant', 'other']),
    ].map((list) => [listKey(list.entries().map((entry) => entry.value)), list]),
  );
  return (
    closedLists.get(listKey(values)) ??
    schemaList(
      'an accepted value',
      'values',
      values.filter(
        (value): value is ClosedListValue => typeof value === 'string' || typeof value === 'number',
      ),
    )
  );
}

/**
 * The message and the params of an `invalid_value` issue: "did you mean" for a list of
 * several values, the plain `expected 1, received 2` for a single one. @internal
 */
export function invalidValue(
  values: readonly unknown[],
  input: unknown,
): { readonly message: string; readonly params: InvalidValueParams } {
  const list = closedListOf(values);
  if (values.length === 1) {
    return {
      message: MESSAGES.invalid_literal(values[0], input),
      params: {
        received: input,
        allowed: list.entries().map((entry) => entry.value),
        suggestions: [],
      },
    };
  }
  const { message, allowed, suggestions } = unknownValue(list, input);
  return {
    message,
    params:
      list.catalog === undefined
        ? { received: input, allowed, suggestions }
        : { received: input, allowed, suggestions, list: list.catalog },
  };
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
    invalidValue(values, input).message,
  invalid_literal: (expected: unknown, input: unknown) =>
    `expected ${describeValue(expected)}, received ${describeValue(input)}`,
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
  too_many_issues: (maxIssues: number, omitted: number, unchecked: number) =>
    `validation stopped after ${maxIssues} issue${maxIssues === 1 ? '' : 's'}: ` +
    [
      omitted > 0 ? `${omitted} more issue${omitted === 1 ? ' was' : 's were'} left out` : '',
      unchecked > 0 ? `${unchecked} record${unchecked === 1 ? ' was' : 's were'} not checked` : '',
    ]
      .filter((part) => part !== '')
      .join(', and '),
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
        return MESSAGES.invalid_value(
          issue.options as unknown[],
          discriminatorOf(issue.input, issue.discriminator),
        );
      }
      return MESSAGES.invalid_union();
    default:
      return typeof issue.message === 'string' ? issue.message : 'invalid value';
  }
}

type ZodIssue = z.core.$ZodIssue;

/** The discriminator's value in a union's input (`kind` of a commitment), if it is an object. */
function discriminatorOf(input: unknown, discriminator: string): unknown {
  return typeof input === 'object' && input !== null
    ? (input as Record<string, unknown>)[discriminator]
    : undefined;
}

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
        if (branch !== undefined) toValidationIssues(branch, path, out);
        else if (typeof issue.discriminator === 'string' && 'options' in issue) {
          // A commitment whose `kind` is none of the kinds: the issue is at the tag.
          const { params } = invalidValue(
            issue.options,
            discriminatorOf(issue.input, issue.discriminator),
          );
          out.push({ code: 'invalid_value', path, message: issue.message, params });
        } else out.push({ code: 'invalid_union', path, message: issue.message });
        break;
      }
      case 'invalid_value':
        out.push({
          code: 'invalid_value',
          path,
          message: issue.message,
          params: invalidValue(issue.values, issue.input).params,
        });
        break;
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

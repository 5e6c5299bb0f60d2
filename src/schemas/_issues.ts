import type * as z from 'zod';
import {
  ACTIVITY_LIST,
  AREA_LIST,
  CEFR_LEVEL_LIST,
  CELL_LIST,
  COUNTRY_LIST,
  INSTITUTION_TYPE_LIST,
  ISCED_FIELD_CODE_LIST,
  LANGUAGE_LIST,
  MOBILITY_ACTIVITY_LIST,
  STRATEGY_LIST,
  closedList,
  invalidValueParams,
  plainEntries,
  type ClosedList,
  type ClosedListKey,
  type ClosedListValue,
} from '../catalog/_suggest.js';
import type { IssueCode, LIBRARY_ISSUE_CODES } from '../catalog/issueCodes.js';
import {
  AGREEMENT_INSTRUMENTS,
  COMMITMENT_KINDS,
  MOBILITY_DIRECTIONS,
  MOBILITY_LEVELS,
  STAFF_MOBILITY_TYPES,
  STUDENT_MOBILITY_TYPES,
  EQF_LEVELS,
  PROGRAMME_TYPES,
  RESOURCE_ITEMS,
} from '../catalog/vocabulary.js';
import { ISSUE_EN, type ParamsOfEnglish } from '../messages/issues.js';
import { formatOfPattern } from '../core/_patterns.js';
import type { InvalidValueParams, ValidationIssue } from './issues.js';

/**
 * The turning of Zod's issues and the library's rules into {@link ValidationIssue}s: each
 * issue's `params`, and its English message from the catalogue (`issue.<code>` in
 * src/messages/issues.ts), so that `message` is always the catalogue's rendering of
 * `params`.
 *
 * @internal
 * @module
 */

/** A library rule's issue, raised as a Zod `custom` issue that carries its own code. @internal */
export type LibraryIssueCode = (typeof LIBRARY_ISSUE_CODES)[number];

/** The params of the message of an issue code. @internal */
export type IssueParams<C extends IssueCode> = ParamsOfEnglish<(typeof ISSUE_EN)[`issue.${C}`]>;

/** An issue's code and params, before it has a path. @internal */
export interface IssueData {
  readonly code: IssueCode;
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * The English message of an issue: the catalogue's `issue.<code>` made from `params`.
 *
 * @internal
 */
export function issueMessage<C extends IssueCode>(code: C, params: IssueParams<C>): string {
  return (ISSUE_EN[`issue.${code}`] as (params: IssueParams<C>) => string)(params);
}

/** An issue with its English message. @internal */
export function makeIssue<C extends IssueCode>(
  code: C,
  path: readonly (string | number)[],
  params: IssueParams<C>,
): ValidationIssue {
  return { code, path, message: issueMessage(code, params), params };
}

/** A closed list of a schema, from its catalog array. */
function schemaList(of: ClosedListKey, values: readonly ClosedListValue[]): ClosedList {
  return closedList(of, () => plainEntries(values));
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
      ISCED_FIELD_CODE_LIST,
      schemaList('commitment-kind', COMMITMENT_KINDS),
      schemaList('direction', MOBILITY_DIRECTIONS),
      schemaList('level', MOBILITY_LEVELS),
      schemaList('staff-mobility-type', STAFF_MOBILITY_TYPES),
      schemaList('student-mobility-type', STUDENT_MOBILITY_TYPES),
      schemaList('eqf-level', EQF_LEVELS),
      schemaList('resource-item', RESOURCE_ITEMS),
      schemaList('programme-type', PROGRAMME_TYPES),
      schemaList('instrument', AGREEMENT_INSTRUMENTS),
    ].map((list) => [listKey(list.entries().map((entry) => entry.value)), list]),
  );
  return (
    closedLists.get(listKey(values)) ??
    schemaList(
      'value',
      values.filter(
        (value): value is ClosedListValue => typeof value === 'string' || typeof value === 'number',
      ),
    )
  );
}

/**
 * The params of an `invalid_value` issue: "did you mean" for a list of several values, the
 * plain `expected 1, received 2` for a single one. @internal
 */
export function invalidValue(values: readonly unknown[], input: unknown): InvalidValueParams {
  const list = closedListOf(values);
  if (values.length === 1) {
    return {
      received: input,
      allowed: list.entries().map((entry) => entry.value),
      suggestions: [],
      of: list.of,
      certain: false,
    };
  }
  return invalidValueParams(list, input);
}

/** The discriminator's value in a union's input (`kind` of a commitment), if it is an object. */
function discriminatorOf(input: unknown, discriminator: string): unknown {
  return typeof input === 'object' && input !== null
    ? (input as Record<string, unknown>)[discriminator]
    : undefined;
}

type RawIssue = z.core.$ZodRawIssue | z.core.$ZodIssue;

/** What a library rule puts in the `params` of its Zod `custom` issue. @internal */
export interface RuleIssueParams {
  readonly code: LibraryIssueCode;
  readonly params: Readonly<Record<string, unknown>>;
  /** How many more issues a list check found and did not report (see `issueBudget`). */
  readonly skipped?: number;
}

/**
 * The library's code and params of one Zod issue (an `unrecognized_keys` issue is one issue
 * per key: this gives the first). `input` is the value the issue is about, which Zod gives
 * to an error map, and to a parse's issues with `reportInput`.
 */
function dataOf(issue: RawIssue): IssueData {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type':
      return { code: 'invalid_type', params: { expected: issue.expected, received: input } };
    case 'invalid_value':
      return { code: 'invalid_value', params: invalidValue(issue.values, input) };
    case 'invalid_format': {
      if (issue.format === 'date') return { code: 'invalid_date', params: { received: input } };
      // A check of the library names its form itself; a pattern of the schemas is named
      // after it; any other form by Zod's name (`email`, `url`, `regex` …).
      const own = (issue as { params?: { format?: unknown } }).params?.format;
      const format =
        typeof own === 'string'
          ? own
          : (formatOfPattern((issue as { pattern?: unknown }).pattern) ?? issue.format);
      return { code: 'invalid_format', params: { format, received: input } };
    }
    case 'too_small':
      return {
        code: 'too_small',
        params: {
          origin: issue.origin,
          minimum: Number(issue.minimum),
          inclusive: issue.inclusive !== false,
          exact: issue.exact === true,
        },
      };
    case 'too_big':
      return {
        code: 'too_big',
        params: {
          origin: issue.origin,
          maximum: Number(issue.maximum),
          inclusive: issue.inclusive !== false,
          exact: issue.exact === true,
        },
      };
    case 'not_multiple_of':
      return { code: 'not_multiple_of', params: { divisor: issue.divisor } };
    case 'unrecognized_keys':
      return { code: 'unrecognized_keys', params: { key: issue.keys[0] ?? '' } };
    case 'invalid_union':
      // A discriminated union whose tag matches no option: name the accepted tags.
      if (
        typeof issue.discriminator === 'string' &&
        'options' in issue &&
        Array.isArray(issue.options)
      ) {
        return {
          code: 'invalid_value',
          params: invalidValue(issue.options, discriminatorOf(input, issue.discriminator)),
        };
      }
      return { code: 'invalid_union', params: {} };
    case 'custom': {
      const rule = issue.params as Partial<RuleIssueParams> | undefined;
      return rule?.code === undefined
        ? { code: 'custom', params: {} }
        : { code: rule.code, params: rule.params ?? {} };
    }
    default:
      return { code: 'custom', params: {} };
  }
}

/**
 * Zod's per-parse error map: renders Zod's issues from the message catalogue, in English.
 * Issues that already have a message (the library's rules write theirs) keep it.
 *
 * @internal
 */
export function renderZodIssue(issue: z.core.$ZodRawIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => issueMessage('unrecognized_keys', { key })).join('; ');
  }
  if (typeof issue.message === 'string' && issue.message !== '') return issue.message;
  const { code, params } = dataOf(issue);
  return issueMessage(code, params as never);
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
 * `invalid_union`. Every issue has `params`, and its message is the catalogue's English
 * made from them (the issues must come from a parse with `reportInput`, for the values
 * received).
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
        for (const key of issue.keys)
          out.push(makeIssue('unrecognized_keys', [...path, key], { key }));
        break;
      case 'invalid_union': {
        const branch = issue.errors.length > 0 ? intendedBranch(issue.errors) : undefined;
        if (branch !== undefined) toValidationIssues(branch, path, out);
        else {
          const { code, params } = dataOf(issue);
          out.push(makeIssue(code, path, params as never));
        }
        break;
      }
      case 'invalid_key':
      case 'invalid_element':
        toValidationIssues(issue.issues, path, out);
        break;
      case 'custom': {
        // A library rule wrote its message from the same params (see `addIssue`).
        const { code, params } = dataOf(issue);
        out.push(
          code === 'custom'
            ? makeIssue('custom', path, {})
            : { code, path, message: issue.message, params },
        );
        break;
      }
      default: {
        const { code, params } = dataOf(issue);
        out.push(makeIssue(code, path, params as never));
      }
    }
  }
  return out;
}

import type { Locale } from '../core/_locales.js';
import { FORMAT_MESSAGES, ISSUE_MESSAGES } from '../messages/issues.js';
import { checkLocale, render, type Message } from '../messages/_table.js';
import { agreementFromV1, proposalFromV1 } from './_migrate.js';
import { safeParseNetworkWith, safeParseRecordWith, safeParseWith } from './_parse.js';
import { AgreementV1Schema, ProposalV1Schema } from './_v1.js';
import type { Agreement } from './agreement.js';
import { AgreementSchema } from './agreement.js';
import type { ValidationIssue } from './issues.js';
import type { Network } from './network.js';
import type { ParseOptions, SafeParseResult } from './parseOptions.js';
import type { Partner } from './partner.js';
import { PartnerSchema } from './partner.js';
import type { Proposal } from './proposal.js';
import { ProposalSchema } from './proposal.js';

export { DEFAULT_MAX_ISSUES, type ParseOptions, type SafeParseResult } from './parseOptions.js';

const BRAND = Symbol.for('@uhs/partners-network/NetworkValidationError');

function formatPath(path: readonly (string | number)[], locale: Locale): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? render(FORMAT_MESSAGES, 'parse.root', {}, locale) : out;
}

/** An issue's message in a locale: from its code and params, else its own `message`. */
function messageIn(issue: ValidationIssue, locale: Locale): string {
  if (locale === 'en' || issue.params === undefined) return issue.message;
  const code = `issue.${issue.code}`;
  if (!Object.hasOwn(ISSUE_MESSAGES, code)) return issue.message;
  const entry = (ISSUE_MESSAGES as Readonly<Record<string, Message<never>>>)[
    code
  ] as Message<never>;
  try {
    return entry[locale](issue.params as never);
  } catch {
    // Params a program built by hand, which the message cannot read: the English stays.
    return issue.message;
  }
}

/**
 * Options of {@link formatIssues}.
 *
 * @example
 * ```ts
 * const options: FormatIssuesOptions = { locale: 'fr' };
 * formatIssues([], options); //=> ''
 * ```
 */
export interface FormatIssuesOptions {
  /** The language: `'en'` (default) or `'fr'`. Any other value is a `RangeError`. */
  readonly locale?: Locale | undefined;
}

/**
 * Renders issues one a line, as `path: message`. In English each line shows the issue's
 * `message`; in French (`{ locale: 'fr' }`) the message is made again from the issue's
 * `code` and `params` (an issue without `params`, built by a program, keeps its
 * `message`).
 *
 * @param issues - Issues from a `safeParse…` result or a {@link NetworkValidationError}.
 * @param options - `locale`: `'en'` (default) or `'fr'`.
 * @returns The lines joined with `\n` (an empty string for no issues).
 * @throws RangeError for a locale other than `'en'` and `'fr'`.
 *
 * @example
 * ```ts
 * formatIssues([{ code: 'invalid_value', path: ['partners', 3, 'country'], message: "'XK' is not a country code (249 ISO 3166-1 alpha-2 codes, see COUNTRIES)" }]);
 * //=> "partners[3].country: 'XK' is not a country code (249 ISO 3166-1 alpha-2 codes, see COUNTRIES)"
 *
 * const result = safeParseNetwork({ schemaVersion: 2, partners: [], agreements: [], colour: 'red' });
 * if (!result.success) formatIssues(result.issues, { locale: 'fr' });
 * //=> "colour\u00a0: clé inconnue 'colour'"
 * ```
 */
export function formatIssues(
  issues: readonly ValidationIssue[],
  options?: FormatIssuesOptions,
): string {
  const locale = checkLocale(options?.locale, 'formatIssues');
  return issues
    .map((issue) =>
      render(
        FORMAT_MESSAGES,
        'parse.issue_line',
        { path: formatPath(issue.path, locale), message: messageIn(issue, locale) },
        locale,
      ),
    )
    .join('\n');
}

/**
 * The error a `parse…` function throws for invalid input. It carries every issue found.
 * Use {@link isNetworkValidationError} rather than `instanceof` where the ESM and the
 * CommonJS copies of the library may meet.
 *
 * @example
 * ```ts
 * try {
 *   parseNetwork({ schemaVersion: 3 });
 * } catch (error) {
 *   if (isNetworkValidationError(error)) error.issues[0]?.path; //=> ['schemaVersion']
 * }
 * ```
 */
export class NetworkValidationError extends Error {
  /** Every issue found, with its code and path. */
  readonly issues: readonly ValidationIssue[];

  /**
   * @param issues - The issues found.
   * @param subject - What was being parsed, for the message ("network", "partner" …).
   */
  constructor(issues: readonly ValidationIssue[], subject = 'input') {
    const truncated = issues.at(-1)?.code === 'too_many_issues';
    super(
      render(FORMAT_MESSAGES, 'parse.failed', {
        subject,
        count: truncated ? issues.length - 1 : issues.length,
        truncated,
        lines: formatIssues(issues.slice(0, 5)),
        more: Math.max(0, issues.length - 5),
      }),
    );
    this.name = 'NetworkValidationError';
    this.issues = issues;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Tells whether a value is a {@link NetworkValidationError}, from this copy of the library
 * or another (ESM and CommonJS builds are two copies, so `instanceof` can miss).
 *
 * @param value - Anything, typically a caught error.
 * @returns `true` for a `NetworkValidationError`.
 *
 * @example
 * ```ts
 * isNetworkValidationError(new NetworkValidationError([])); //=> true
 * isNetworkValidationError(new Error('boom')); //=> false
 * ```
 */
export function isNetworkValidationError(value: unknown): value is NetworkValidationError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[BRAND] === true
  );
}

function orThrow<T>(result: SafeParseResult<T>, subject: string): T {
  if (result.success) return result.data;
  throw new NetworkValidationError(result.issues, subject);
}

/**
 * Validates a whole network document, shape and integrity, and reports every issue in one
 * run: the integrity rules (unique ids, references that resolve, no home-country partner)
 * also run on the records of a document with shape issues, as far as their ids can be
 * read. Issues come in path order (see `docs/json-schema.md`), at most `maxIssues` of them.
 * A document of schema version 1 is validated as version 1 (its issues in its own terms)
 * and returned converted to version 2 (see {@link migrateNetwork} for the rules).
 *
 * @param input - Any value, typically `JSON.parse` of a file.
 * @param options - `maxIssues`: the most issues to collect (default {@link DEFAULT_MAX_ISSUES}).
 * @returns The parsed network (ids branded, ROR ids as URLs, `home` filled in).
 * @throws {@link NetworkValidationError} with the issues found; a `RangeError` for a bad
 * `maxIssues`.
 *
 * @example
 * ```ts
 * const network = parseNetwork({ schemaVersion: 2, partners: [], agreements: [] });
 * network.home.acronym; //=> 'UHS'
 *
 * parseNetwork({ schemaVersion: 1, partners: [], agreements: [] }).schemaVersion; //=> 2
 * ```
 */
export function parseNetwork(input: unknown, options?: ParseOptions): Network {
  return orThrow(safeParseNetworkWith(input, options), 'network');
}

/**
 * Validates a whole network document without throwing, whatever the input, and reports
 * every issue in one run: shape issues and integrity issues together, in path order. Past
 * `maxIssues` issues it stops, and the result is `truncated`.
 *
 * @param input - Any value.
 * @param options - `maxIssues`: the most issues to collect (default {@link DEFAULT_MAX_ISSUES}).
 * @returns `{ success: true, data }` or `{ success: false, issues, truncated }`.
 * @throws A `RangeError` for a bad `maxIssues` (never for the input).
 *
 * @example
 * ```ts
 * const result = safeParseNetwork({ schemaVersion: 2, agreements: [], partners: [
 *   { ...exampleNetwork.partners[0], contacts: [{ name: 'Example Officer', email: 'ir@example.org', focalPoint: 'yes' }] },
 * ], proposals: [{ ...exampleNetwork.proposals?.[0], partner: 'example-univ-lyn' }] });
 * result.success ? [] : result.issues.map((issue) => issue.code);
 * //=> ['invalid_type', 'unknown_reference']
 *
 * const many = safeParseNetwork({ schemaVersion: 2, partners: Array.from({ length: 5000 }, () => ({})), agreements: [] });
 * many.success ? null : [many.issues.length, many.truncated, many.issues.at(-1)?.code];
 * //=> [1001, true, 'too_many_issues']
 * ```
 */
export function safeParseNetwork(input: unknown, options?: ParseOptions): SafeParseResult<Network> {
  return safeParseNetworkWith(input, options);
}

/**
 * Validates one partner.
 *
 * @param input - Any value.
 * @param options - `maxIssues`: the most issues to collect (default {@link DEFAULT_MAX_ISSUES}).
 * @returns The parsed partner.
 * @throws {@link NetworkValidationError} with the issues found; a `RangeError` for a bad
 * `maxIssues`.
 *
 * @example
 * ```ts
 * parsePartner({ id: 'p1', name: 'Example Institute', type: 'research-institute', country: 'JP',
 *   fields: [], languages: ['en'], contacts: [{ name: 'Example Contact', email: 'c@example.jp' }] }).country;
 * //=> 'JP'
 * ```
 */
export function parsePartner(input: unknown, options?: ParseOptions): Partner {
  return orThrow(safeParseWith(PartnerSchema, input, options), 'partner');
}

/**
 * Validates one partner without throwing, whatever the input.
 *
 * @param input - Any value.
 * @param options - `maxIssues`: the most issues to collect (default {@link DEFAULT_MAX_ISSUES}).
 * @returns `{ success: true, data }` or `{ success: false, issues, truncated }`.
 * @throws A `RangeError` for a bad `maxIssues` (never for the input).
 *
 * @example
 * ```ts
 * safeParsePartner({ id: 'p1' }).success; //=> false
 * const result = safeParsePartner({ id: 'p1' }, { maxIssues: 1 });
 * result.success ? [] : result.issues.map((issue) => issue.code);
 * //=> ['invalid_type', 'too_many_issues']
 * ```
 */
export function safeParsePartner(input: unknown, options?: ParseOptions): SafeParseResult<Partner> {
  return safeParseWith(PartnerSchema, input, options);
}

/**
 * Validates one agreement (its own rules; references are checked in a network). An
 * agreement carries no schema version: it is read as version 1, and converted to version
 * 2, when it has mobility commitments and none of them has a key only version 2 has
 * (`type`, `totalMonthsPerYear`, `totalDaysPerYear`, `languages`, `eqfLevels`,
 * `academicYears`, `blended`, `otherTerms`, `ewp`).
 *
 * @param input - Any value.
 * @param options - `maxIssues`: the most issues to collect (default {@link DEFAULT_MAX_ISSUES}).
 * @returns The parsed agreement.
 * @throws {@link NetworkValidationError} with the issues found; a `RangeError` for a bad
 * `maxIssues`.
 *
 * @example
 * ```ts
 * parseAgreement({ id: 'a1', title: 'Exchange', instrument: 'exchange', partnerIds: ['p1'],
 *   startsOn: '2015-01-01', endsOn: '2017-12-31', scope: ['B2'], commitments: [] }).endsOn;
 * //=> '2017-12-31'
 *
 * // Version 1: `monthsPerYear` (each mobility) becomes the year's total.
 * parseAgreement({ id: 'a1', title: 'Exchange', instrument: 'exchange', partnerIds: ['p1'],
 *   startsOn: '2015-01-01', endsOn: '2017-12-31', scope: ['B2'], commitments: [
 *     { kind: 'mobility', area: 'B', activity: 2, direction: 'outgoing', perYear: 2, monthsPerYear: 5 },
 *   ] }).commitments[0];
 * //=> { kind: 'mobility', area: 'B', activity: 2, type: 'studies', direction: 'outgoing', perYear: 2, totalMonthsPerYear: 10 }
 * ```
 */
export function parseAgreement(input: unknown, options?: ParseOptions): Agreement {
  return orThrow(safeParseAgreement(input, options), 'agreement');
}

/**
 * Validates one agreement without throwing, whatever the input.
 *
 * @param input - Any value.
 * @param options - `maxIssues`: the most issues to collect (default {@link DEFAULT_MAX_ISSUES}).
 * @returns `{ success: true, data }` or `{ success: false, issues, truncated }`.
 * @throws A `RangeError` for a bad `maxIssues` (never for the input).
 *
 * @example
 * ```ts
 * const result = safeParseAgreement({ id: 'a1', title: 'Exchange', instrument: 'exchange', partnerIds: ['p1'],
 *   startsOn: '2018-01-01', endsOn: '2017-12-31', scope: ['B2'], commitments: [] });
 * result.success ? [] : result.issues.map((issue) => issue.code); //=> ['date_order']
 * ```
 */
export function safeParseAgreement(
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<Agreement> {
  return safeParseRecordWith(
    { v2: AgreementSchema, v1: AgreementV1Schema },
    agreementFromV1,
    input,
    options,
  );
}

/**
 * Validates one proposal (its shape; what it asks for is judged by the eligibility rules).
 * Like {@link parseAgreement}, it reads a proposal whose mobility commitments have no
 * version-2 key as version 1, and converts it.
 *
 * @param input - Any value.
 * @param options - `maxIssues`: the most issues to collect (default {@link DEFAULT_MAX_ISSUES}).
 * @returns The parsed proposal.
 * @throws {@link NetworkValidationError} with the issues found; a `RangeError` for a bad
 * `maxIssues`.
 *
 * @example
 * ```ts
 * parseProposal({ id: 'eoi-1', partner: 'p1', submittedOn: '2016-03-01',
 *   period: { start: '2016-09-01', end: '2017-08-31' }, scope: [], commitments: [] }).scope;
 * //=> []
 * ```
 */
export function parseProposal(input: unknown, options?: ParseOptions): Proposal {
  return orThrow(safeParseProposal(input, options), 'proposal');
}

/**
 * Validates one proposal without throwing, whatever the input.
 *
 * @param input - Any value.
 * @param options - `maxIssues`: the most issues to collect (default {@link DEFAULT_MAX_ISSUES}).
 * @returns `{ success: true, data }` or `{ success: false, issues, truncated }`.
 * @throws A `RangeError` for a bad `maxIssues` (never for the input).
 *
 * @example
 * ```ts
 * safeParseProposal('eoi-1').success; //=> false
 * ```
 */
export function safeParseProposal(
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<Proposal> {
  return safeParseRecordWith(
    { v2: ProposalSchema, v1: ProposalV1Schema },
    proposalFromV1,
    input,
    options,
  );
}

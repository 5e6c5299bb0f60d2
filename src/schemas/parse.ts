import * as z from 'zod';
import { issueBudget } from './_refinements.js';
import type { Agreement } from './agreement.js';
import { AgreementSchema } from './agreement.js';
import {
  MESSAGES,
  renderZodIssue,
  toValidationIssues,
  type IssueCode,
  type ValidationIssue,
} from './issues.js';
import type { Network } from './network.js';
import {
  NETWORK_KEYS,
  NetworkOutlineSchema,
  NetworkSchema,
  networkIntegrity,
  type IntegrityReport,
  type NetworkIntegrity,
} from './network.js';
import type { Partner } from './partner.js';
import { PartnerSchema } from './partner.js';
import type { Proposal } from './proposal.js';
import { ProposalSchema } from './proposal.js';

/**
 * The most issues a `parse…` or `safeParse…` function collects unless told otherwise
 * ({@link ParseOptions.maxIssues}). Past it, validation stops: a document of a million
 * broken records is answered in moments, in bounded memory.
 *
 * @example
 * ```ts
 * DEFAULT_MAX_ISSUES; //=> 1000
 * ```
 */
export const DEFAULT_MAX_ISSUES = 1000;

/**
 * Options of the `parse…` and `safeParse…` functions.
 *
 * @example
 * ```ts
 * const options: ParseOptions = { maxIssues: 50 };
 * safeParseNetwork({ schemaVersion: 1, partners: [{}, {}, {}, {}, {}, {}, {}, {}], agreements: [] }, options).success;
 * //=> false
 * ```
 */
export interface ParseOptions {
  /**
   * The most issues to collect: a whole number of at least 1, or `Infinity` for no limit
   * (default {@link DEFAULT_MAX_ISSUES}). Once more are found, validation stops; the
   * result is `truncated` and its last issue, `too_many_issues`, says how many issues were
   * left out and how many records were not checked.
   */
  readonly maxIssues?: number | undefined;
}

/**
 * What a `safeParse…` function returns: the parsed data, or the issues found. It never
 * throws. `truncated` is `true` when there were more issues than `maxIssues`
 * ({@link ParseOptions}): the first `maxIssues` are listed, then one `too_many_issues`
 * issue with the count of what was left out.
 *
 * @example
 * ```ts
 * // exampleNetwork: examples/network.json, as plain JSON
 * const result: SafeParseResult<Partner> = safeParsePartner(exampleNetwork.partners[0]);
 * if (!result.success) console.error(formatIssues(result.issues));
 * result.success; //=> true
 * ```
 */
export type SafeParseResult<T> =
  | { readonly success: true; readonly data: T }
  | {
      readonly success: false;
      readonly issues: readonly ValidationIssue[];
      readonly truncated: boolean;
    };

const BRAND = Symbol.for('@uhs/partners-network/NetworkValidationError');

function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Renders issues one a line, as `path: message`.
 *
 * @param issues - Issues from a `safeParse…` result or a {@link NetworkValidationError}.
 * @returns The lines joined with `\n` (an empty string for no issues).
 *
 * @example
 * ```ts
 * formatIssues([{ code: 'invalid_value', path: ['partners', 3, 'country'], message: "'XK' is not a country code (249 ISO 3166-1 alpha-2 codes, see COUNTRIES)" }]);
 * //=> "partners[3].country: 'XK' is not a country code (249 ISO 3166-1 alpha-2 codes, see COUNTRIES)"
 * ```
 */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  return issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join('\n');
}

/**
 * The error a `parse…` function throws for invalid input. It carries every issue found.
 * Use {@link isNetworkValidationError} rather than `instanceof` where the ESM and the
 * CommonJS copies of the library may meet.
 *
 * @example
 * ```ts
 * try {
 *   parseNetwork({ schemaVersion: 2 });
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
    const shown = formatIssues(issues.slice(0, 5));
    const more = issues.length > 5 ? `\n… and ${issues.length - 5} more` : '';
    const truncated = issues.at(-1)?.code === 'too_many_issues';
    const count = truncated
      ? `more than ${issues.length - 1} issues`
      : `${issues.length} issue${issues.length === 1 ? '' : 's'}`;
    super(`Invalid ${subject}: ${count}\n${shown}${more}`);
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

type ZodIssue = z.core.$ZodIssue;
type Parser = (input: unknown) => unknown;

const compiled = /* @__PURE__ */ new WeakMap<z.ZodType, z.ZodType>();
const parsers = /* @__PURE__ */ new WeakMap<z.ZodType, Parser | null>();

/**
 * The schema with Zod's compiled fast path (`z.compile`), made on first use: valid input
 * is checked by generated code, and anything the fast path rejects is parsed again by the
 * schema itself, which finds and words every issue. Where code cannot be generated (a
 * Content Security Policy without `unsafe-eval`, or `z.config({ jitless: true })`), it is
 * the schema itself.
 */
function fastPath<T>(schema: z.ZodType<T>): z.ZodType<T> {
  let fast = compiled.get(schema) as z.ZodType<T> | undefined;
  if (fast === undefined) {
    fast = z.config().jitless === true ? schema : z.compile(schema);
    compiled.set(schema, fast);
  }
  return fast;
}

/**
 * The compiled fast path alone, without the schema behind it (the code `z.compile`
 * generates), or `undefined` where code cannot be generated. A network that it rejects is
 * not parsed again whole: {@link checkNetwork} takes it record by record, so that a
 * million broken records cost a thousand issues, not seven million.
 */
function compiledParser(schema: z.ZodType): Parser | undefined {
  let parser = parsers.get(schema);
  if (parser === undefined) {
    try {
      parser = z.config().jitless === true ? null : z.core.compileFn(schema);
    } catch {
      parser = null;
    }
    parsers.set(schema, parser);
  }
  return parser ?? undefined;
}

function maxIssuesOf(options: ParseOptions | undefined): number {
  const maxIssues = options?.maxIssues ?? DEFAULT_MAX_ISSUES;
  if (
    typeof maxIssues !== 'number' ||
    !(maxIssues === Infinity || (Number.isInteger(maxIssues) && maxIssues >= 1))
  ) {
    throw new RangeError(
      `maxIssues must be a whole number of at least 1, or Infinity; received ${String(maxIssues)}`,
    );
  }
  return maxIssues;
}

/** How many of the library's issues one Zod issue becomes. */
function countOf(issue: ZodIssue): number {
  if (issue.code === 'unrecognized_keys') return issue.keys.length;
  if (issue.code === 'invalid_union' || issue.code === 'invalid_element') {
    return toValidationIssues([issue]).length;
  }
  return 1;
}

function skippedBy(issue: z.core.$ZodIssueCustom): number {
  const skipped = (issue.params as { skipped?: unknown } | undefined)?.skipped;
  return typeof skipped === 'number' ? skipped : 0;
}

/**
 * The issues of one parse, up to `maxIssues`; past it, only counts: the issues found and
 * left out (`omitted`), and the records not checked at all (`unchecked`).
 */
class IssueCollector {
  readonly issues: ValidationIssue[] = [];
  omitted = 0;
  unchecked = 0;

  constructor(readonly maxIssues: number) {}

  /** Whether an issue was left out: checking more records would only count more. */
  get stopped(): boolean {
    return this.omitted > 0;
  }

  add(issue: ValidationIssue): void {
    if (this.issues.length < this.maxIssues) this.issues.push(issue);
    else this.omitted += 1;
  }

  /** Adds Zod's issues as the library's, each path behind `prefix`, one at a time. */
  addZod(issues: readonly ZodIssue[], prefix: readonly (string | number)[]): void {
    for (const issue of issues) {
      // A list check that ran out of budget counts the duplicates it did not report.
      if (issue.code === 'custom') this.omitted += skippedBy(issue);
      const room = this.maxIssues - this.issues.length;
      if (room <= 0) this.omitted += countOf(issue);
      else if (issue.code === 'unrecognized_keys' && issue.keys.length > room) {
        toValidationIssues([{ ...issue, keys: issue.keys.slice(0, room) }], prefix, this.issues);
        this.omitted += issue.keys.length - room;
      } else for (const converted of toValidationIssues([issue], prefix)) this.add(converted);
    }
  }

  /** The failure: the issues, then, if any were left out, `too_many_issues` with the counts. */
  failure(): { success: false; issues: ValidationIssue[]; truncated: boolean } {
    const truncated = this.omitted > 0 || this.unchecked > 0;
    if (truncated) {
      const { maxIssues, omitted, unchecked } = this;
      this.issues.push({
        code: 'too_many_issues' satisfies IssueCode,
        path: [],
        message: MESSAGES.too_many_issues(maxIssues, omitted, unchecked),
        params: { maxIssues, omitted, unchecked },
      });
    }
    return { success: false, issues: this.issues, truncated };
  }
}

/**
 * Runs a schema (no fast path of its own, or one) and adds its issues to `collector`. A
 * list's duplicate check creates hardly more issue objects than the collector has room
 * for, and counts the rest (see `issueBudget`).
 */
function runSchema<T>(
  schema: z.ZodType<T>,
  input: unknown,
  collector: IssueCollector,
  prefix: readonly (string | number)[],
): { readonly data: T } | undefined {
  issueBudget.limit = collector.maxIssues - collector.issues.length;
  let result: z.ZodSafeParseResult<T>;
  try {
    // `reportInput`: an `invalid_value` issue's params name the value received.
    result = schema.safeParse(input, { error: renderZodIssue, reportInput: true });
  } finally {
    issueBudget.limit = Infinity;
  }
  if (result.success) return { data: result.data };
  collector.addZod(result.error.issues, prefix);
  return undefined;
}

/**
 * The issue for input that throws while it is read, or that exhausts the stack: nested too
 * deeply, or (without the compiled fast path) a list with hundreds of thousands of invalid
 * items, whose issues Zod spreads into one call.
 */
function cannotValidate(error: unknown, path: readonly (string | number)[]): ValidationIssue {
  const reason =
    error instanceof RangeError ? 'it is nested too deeply or too large' : 'it could not be read';
  return { code: 'custom', path: [...path], message: `the input cannot be validated: ${reason}` };
}

/** Runs a schema on unknown input, up to `maxIssues` issues, and never throws. @internal */
export function safeParseWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<T> {
  const collector = new IssueCollector(maxIssuesOf(options));
  try {
    const result = runSchema(fastPath(schema), input, collector, []);
    if (result !== undefined) return { success: true, data: result.data };
  } catch (error) {
    return { success: false, issues: [cannotValidate(error, [])], truncated: false };
  }
  return collector.failure();
}

const RECORDS: Readonly<
  Record<string, { schema: z.ZodType; check: keyof NetworkIntegrity } | undefined>
> = {
  partners: { schema: PartnerSchema, check: 'partner' },
  agreements: { schema: AgreementSchema, check: 'agreement' },
  proposals: { schema: ProposalSchema, check: 'proposal' },
};

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A network the fast path rejected, taken apart so that every issue is found in one run
 * and the cap can stop the work: first the document without its records (its outline),
 * then each record with its own schema followed by its integrity rules, section by
 * section. Issues come in path order: the document's keys in the schema's order
 * (`schemaVersion`, `home`, `plan`, `asOf`, `partners`, `agreements`, `proposals`, then
 * unknown keys), records by index, and within a record its shape issues (in its schema's
 * order) before its integrity issues. Returns the network when nothing is wrong.
 */
function checkNetwork(input: unknown, collector: IssueCollector): Network | undefined {
  const outline = fastPath(NetworkOutlineSchema).safeParse(input, {
    error: renderZodIssue,
    reportInput: true,
  });
  // The outline's issues by the rank of their top-level key; the root's come last.
  const byKey = new Map<string, ZodIssue[]>();
  const atRoot: ZodIssue[] = [];
  for (const issue of outline.error?.issues ?? []) {
    const key = issue.path.length === 0 ? '' : String(issue.path[0]);
    const group = NETWORK_KEYS.includes(key) ? (byKey.get(key) ?? []) : atRoot;
    group.push(issue);
    if (group !== atRoot) byKey.set(key, group);
  }
  const document = isObject(input) ? input : {};
  const integrity = networkIntegrity({ home: document.home, agreements: document.agreements });
  const report: IntegrityReport = (code, message, path) => {
    collector.add({ code, path, message });
    return true;
  };
  const parsed: Record<string, unknown[]> = {};
  NETWORK_KEYS.forEach((key) => {
    collector.addZod(byKey.get(key) ?? [], []);
    const records = document[key];
    const kind = RECORDS[key];
    if (kind === undefined || !Array.isArray(records)) return;
    const list = records as readonly unknown[];
    const output: unknown[] = (parsed[key] = []);
    for (let index = 0; index < list.length; index += 1) {
      if (collector.stopped) {
        collector.unchecked += list.length - index;
        return;
      }
      const record = list[index];
      const path = [key, index];
      try {
        const result = runSchema(fastPath(kind.schema), record, collector, path);
        if (result !== undefined) output.push(result.data);
      } catch (error) {
        collector.add(cannotValidate(error, path));
      }
      integrity[kind.check](index, record, report);
    }
  });
  collector.addZod(atRoot, []);
  if (!outline.success || collector.issues.length > 0 || collector.stopped) return undefined;
  // Nothing is wrong: the outline's output with each section's parsed records.
  return { ...outline.data, ...parsed } as unknown as Network;
}

function safeParseNetworkWith(input: unknown, maxIssues: number): SafeParseResult<Network> {
  const collector = new IssueCollector(maxIssues);
  try {
    const parser = compiledParser(NetworkSchema);
    const fast = parser?.(input);
    if (parser !== undefined && fast !== z.core.INVALID) {
      return { success: true, data: fast as Network };
    }
    const network = checkNetwork(input, collector);
    if (network !== undefined) return { success: true, data: network };
  } catch (error) {
    return { success: false, issues: [cannotValidate(error, [])], truncated: false };
  }
  return collector.failure();
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
 *
 * @param input - Any value, typically `JSON.parse` of a file.
 * @param options - `maxIssues`: the most issues to collect (default {@link DEFAULT_MAX_ISSUES}).
 * @returns The parsed network (ids branded, ROR ids as URLs, `home` filled in).
 * @throws {@link NetworkValidationError} with the issues found; a `RangeError` for a bad
 * `maxIssues`.
 *
 * @example
 * ```ts
 * const network = parseNetwork({ schemaVersion: 1, partners: [], agreements: [] });
 * network.home.acronym; //=> 'UHS'
 * ```
 */
export function parseNetwork(input: unknown, options?: ParseOptions): Network {
  return orThrow(safeParseNetworkWith(input, maxIssuesOf(options)), 'network');
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
 * const result = safeParseNetwork({ schemaVersion: 1, agreements: [], partners: [
 *   { ...exampleNetwork.partners[0], contacts: [{ name: 'Example Officer', email: 'ir@example.org', focalPoint: 'yes' }] },
 * ], proposals: [{ ...exampleNetwork.proposals?.[0], partner: 'example-univ-lyn' }] });
 * result.success ? [] : result.issues.map((issue) => issue.code);
 * //=> ['invalid_type', 'unknown_reference']
 *
 * const many = safeParseNetwork({ schemaVersion: 1, partners: Array.from({ length: 5000 }, () => ({})), agreements: [] });
 * many.success ? null : [many.issues.length, many.truncated, many.issues.at(-1)?.code];
 * //=> [1001, true, 'too_many_issues']
 * ```
 */
export function safeParseNetwork(input: unknown, options?: ParseOptions): SafeParseResult<Network> {
  return safeParseNetworkWith(input, maxIssuesOf(options));
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
 * Validates one agreement (its own rules; references are checked in a network).
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
 * ```
 */
export function parseAgreement(input: unknown, options?: ParseOptions): Agreement {
  return orThrow(safeParseWith(AgreementSchema, input, options), 'agreement');
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
  return safeParseWith(AgreementSchema, input, options);
}

/**
 * Validates one proposal (its shape; what it asks for is judged by the eligibility rules).
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
  return orThrow(safeParseWith(ProposalSchema, input, options), 'proposal');
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
  return safeParseWith(ProposalSchema, input, options);
}

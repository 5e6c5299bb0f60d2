import * as z from 'zod';
import { MAX_ISSUES_MESSAGES } from '../messages/issues.js';
import { libraryError } from '../messages/_table.js';
import { networkIntegrity, type IntegrityReport, type NetworkIntegrity } from './_integrity.js';
import { makeIssue, renderZodIssue, toValidationIssues } from './_issues.js';
import { issueBudget } from './_refinements.js';
import { AgreementSchema } from './agreement.js';
import type { ValidationIssue } from './issues.js';
import { NetworkSchema, type Network } from './network.js';
import { DEFAULT_MAX_ISSUES, type ParseOptions, type SafeParseResult } from './parseOptions.js';
import { PartnerSchema } from './partner.js';
import { ProposalSchema } from './proposal.js';
import { isV1Network, isV1Record, networkFromV1 } from './_migrate.js';
import { AgreementV1Schema, NetworkV1Schema, ProposalV1Schema, type NetworkV1 } from './_v1.js';

// The engine of the parse functions (./parse.ts): Zod's compiled fast path for valid input,
// then, for invalid input, every issue found and worded in one run, up to a cap.

/**
 * The network document with its records left unread: what the parse functions check
 * first, before each record on its own with its schema. @internal
 */
export const NetworkOutlineSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...NetworkSchema.shape,
    partners: z.array(z.unknown()),
    agreements: z.array(z.unknown()),
    proposals: z.array(z.unknown()).optional(),
  }))();

/** The outline of a version-1 network document. @internal */
export const NetworkV1OutlineSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...NetworkOutlineSchema.shape,
    schemaVersion: z.literal(1),
  }))();

/** The keys of a network document, in the order issues are reported. @internal */
export const NETWORK_KEYS: readonly string[] = /* @__PURE__ */ (() =>
  Object.keys(NetworkSchema.shape))();

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

/** The `maxIssues` option, checked: a `RangeError` unless a whole number ≥ 1 or `Infinity`. @internal */
export function maxIssuesOf(options: ParseOptions | undefined): number {
  const maxIssues = options?.maxIssues ?? DEFAULT_MAX_ISSUES;
  if (
    typeof maxIssues !== 'number' ||
    !(maxIssues === Infinity || (Number.isInteger(maxIssues) && maxIssues >= 1))
  ) {
    throw libraryError(RangeError, MAX_ISSUES_MESSAGES, 'parse.invalid_max_issues', {
      received: maxIssues,
    });
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
      this.issues.push(makeIssue('too_many_issues', [], { maxIssues, omitted, unchecked }));
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
  return makeIssue('custom', [...path], {
    reason: error instanceof RangeError ? 'too-large' : 'unreadable',
  });
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

type Records = Readonly<
  Record<string, { schema: z.ZodType; check: keyof NetworkIntegrity } | undefined>
>;

/** What a network document of one schema version is read with. */
interface Version {
  /** The whole document. */
  readonly document: z.ZodType;
  /** The document with its records left unread. */
  readonly outline: z.ZodType;
  /** Each section's record schema and integrity rules. */
  readonly records: Records;
}

let versions: { readonly 1: Version; readonly 2: Version } | undefined;

/** The versions, made on first use: no schema is touched when the module loads. */
function versionOf(v1: boolean): Version {
  versions ??= {
    1: {
      document: NetworkV1Schema,
      outline: NetworkV1OutlineSchema,
      records: {
        partners: { schema: PartnerSchema, check: 'partner' },
        agreements: { schema: AgreementV1Schema, check: 'agreement' },
        proposals: { schema: ProposalV1Schema, check: 'proposal' },
      },
    },
    2: {
      document: NetworkSchema,
      outline: NetworkOutlineSchema,
      records: {
        partners: { schema: PartnerSchema, check: 'partner' },
        agreements: { schema: AgreementSchema, check: 'agreement' },
        proposals: { schema: ProposalSchema, check: 'proposal' },
      },
    },
  };
  return v1 ? versions[1] : versions[2];
}

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
function checkNetwork(
  input: unknown,
  collector: IssueCollector,
  version: Version,
): Record<string, unknown> | undefined {
  const outline = fastPath(version.outline).safeParse(input, {
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
  const report: IntegrityReport = (code, params, path) => {
    collector.add(makeIssue(code, path, params));
    return true;
  };
  const parsed: Record<string, unknown[]> = {};
  NETWORK_KEYS.forEach((key) => {
    collector.addZod(byKey.get(key) ?? [], []);
    const records = document[key];
    const kind = version.records[key];
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
  return { ...(outline.data as Record<string, unknown>), ...parsed };
}

/**
 * Validates a network document on unknown input, up to `maxIssues` issues, and never throws
 * for the input (a `RangeError` for a bad `maxIssues`). @internal
 */
export function safeParseNetworkWith(
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<Network> {
  const collector = new IssueCollector(maxIssuesOf(options));
  try {
    const v1 = isV1Network(input);
    const version = versionOf(v1);
    // A version-1 document, once valid, is converted to version 2.
    const converted = (data: unknown): Network =>
      v1 ? networkFromV1(data as NetworkV1) : (data as Network);
    const parser = compiledParser(version.document);
    const fast = parser?.(input);
    if (parser !== undefined && fast !== z.core.INVALID) {
      return { success: true, data: converted(fast) };
    }
    const network = checkNetwork(input, collector, version);
    if (network !== undefined) return { success: true, data: converted(network) };
  } catch (error) {
    return { success: false, issues: [cannotValidate(error, [])], truncated: false };
  }
  return collector.failure();
}

/**
 * Runs the schema of a record that carries no version (an agreement, a proposal): its
 * version-1 schema, then the conversion to version 2, when {@link isV1Record} says so;
 * otherwise its version-2 schema. Issues are in the terms of the version read. @internal
 */
export function safeParseRecordWith<T, V1>(
  schemas: { readonly v2: z.ZodType<T>; readonly v1: z.ZodType<V1> },
  convert: (record: V1) => T,
  input: unknown,
  options?: ParseOptions,
): SafeParseResult<T> {
  let v1: boolean;
  try {
    v1 = isV1Record(input);
  } catch (error) {
    maxIssuesOf(options);
    return { success: false, issues: [cannotValidate(error, [])], truncated: false };
  }
  if (!v1) return safeParseWith(schemas.v2, input, options);
  const result = safeParseWith(schemas.v1, input, options);
  return result.success ? { success: true, data: convert(result.data) } : result;
}

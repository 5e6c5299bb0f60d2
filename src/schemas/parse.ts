import * as z from 'zod';
import type { Agreement } from './agreement.js';
import { AgreementSchema } from './agreement.js';
import { renderZodIssue, toValidationIssues, type ValidationIssue } from './issues.js';
import type { Network } from './network.js';
import { NetworkSchema } from './network.js';
import type { Partner } from './partner.js';
import { PartnerSchema } from './partner.js';
import type { Proposal } from './proposal.js';
import { ProposalSchema } from './proposal.js';

/**
 * What a `safeParse…` function returns: the parsed data, or every issue found. It never
 * throws.
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
  | { readonly success: false; readonly issues: readonly ValidationIssue[] };

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
 * formatIssues([{ code: 'invalid_value', path: ['partners', 3, 'country'], message: "'XK' is not an assigned ISO 3166-1 alpha-2 country code" }]);
 * //=> "partners[3].country: 'XK' is not an assigned ISO 3166-1 alpha-2 country code"
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
    super(
      `Invalid ${subject}: ${issues.length} issue${issues.length === 1 ? '' : 's'}\n${shown}${more}`,
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

const compiled = /* @__PURE__ */ new WeakMap<z.ZodType, z.ZodType>();

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

/** Runs a schema on unknown input and never throws. @internal */
export function safeParseWith<T>(schema: z.ZodType<T>, input: unknown): SafeParseResult<T> {
  try {
    const result = fastPath(schema).safeParse(input, { error: renderZodIssue });
    if (result.success) return { success: true, data: result.data };
    return { success: false, issues: toValidationIssues(result.error.issues) };
  } catch (error) {
    const reason = error instanceof RangeError ? 'it is nested too deeply' : 'it could not be read';
    return {
      success: false,
      issues: [{ code: 'custom', path: [], message: `the input cannot be validated: ${reason}` }],
    };
  }
}

function parseWith<T>(schema: z.ZodType<T>, input: unknown, subject: string): T {
  const result = safeParseWith(schema, input);
  if (result.success) return result.data;
  throw new NetworkValidationError(result.issues, subject);
}

/**
 * Validates a whole network document, shape and integrity.
 *
 * @param input - Any value, typically `JSON.parse` of a file.
 * @returns The parsed network (ids branded, ROR ids as URLs, `home` filled in).
 * @throws {@link NetworkValidationError} with every issue found.
 *
 * @example
 * ```ts
 * const network = parseNetwork({ schemaVersion: 1, partners: [], agreements: [] });
 * network.home.acronym; //=> 'UHS'
 * ```
 */
export function parseNetwork(input: unknown): Network {
  return parseWith(NetworkSchema, input, 'network');
}

/**
 * Validates a whole network document without throwing, whatever the input.
 *
 * @param input - Any value.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * const result = safeParseNetwork({ schemaVersion: 1, partners: [], agreements: [], extra: 1 });
 * result.success; //=> false
 * ```
 */
export function safeParseNetwork(input: unknown): SafeParseResult<Network> {
  return safeParseWith(NetworkSchema, input);
}

/**
 * Validates one partner.
 *
 * @param input - Any value.
 * @returns The parsed partner.
 * @throws {@link NetworkValidationError} with every issue found.
 *
 * @example
 * ```ts
 * parsePartner({ id: 'p1', name: 'Example Institute', type: 'research-institute', country: 'JP',
 *   fields: [], languages: ['en'], contacts: [{ name: 'Example Contact', email: 'c@example.jp' }] }).country;
 * //=> 'JP'
 * ```
 */
export function parsePartner(input: unknown): Partner {
  return parseWith(PartnerSchema, input, 'partner');
}

/**
 * Validates one partner without throwing, whatever the input.
 *
 * @param input - Any value.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * safeParsePartner({ id: 'p1' }).success; //=> false
 * ```
 */
export function safeParsePartner(input: unknown): SafeParseResult<Partner> {
  return safeParseWith(PartnerSchema, input);
}

/**
 * Validates one agreement (its own rules; references are checked in a network).
 *
 * @param input - Any value.
 * @returns The parsed agreement.
 * @throws {@link NetworkValidationError} with every issue found.
 *
 * @example
 * ```ts
 * parseAgreement({ id: 'a1', title: 'Exchange', instrument: 'exchange', partnerIds: ['p1'],
 *   startsOn: '2015-01-01', endsOn: '2017-12-31', scope: ['B2'], commitments: [] }).endsOn;
 * //=> '2017-12-31'
 * ```
 */
export function parseAgreement(input: unknown): Agreement {
  return parseWith(AgreementSchema, input, 'agreement');
}

/**
 * Validates one agreement without throwing, whatever the input.
 *
 * @param input - Any value.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * const result = safeParseAgreement({ id: 'a1', title: 'Exchange', instrument: 'exchange', partnerIds: ['p1'],
 *   startsOn: '2018-01-01', endsOn: '2017-12-31', scope: ['B2'], commitments: [] });
 * result.success ? [] : result.issues.map((issue) => issue.code); //=> ['date_order']
 * ```
 */
export function safeParseAgreement(input: unknown): SafeParseResult<Agreement> {
  return safeParseWith(AgreementSchema, input);
}

/**
 * Validates one proposal (its shape; what it asks for is judged by the eligibility rules).
 *
 * @param input - Any value.
 * @returns The parsed proposal.
 * @throws {@link NetworkValidationError} with every issue found.
 *
 * @example
 * ```ts
 * parseProposal({ id: 'eoi-1', partner: 'p1', submittedOn: '2016-03-01',
 *   period: { start: '2016-09-01', end: '2017-08-31' }, scope: [], commitments: [] }).scope;
 * //=> []
 * ```
 */
export function parseProposal(input: unknown): Proposal {
  return parseWith(ProposalSchema, input, 'proposal');
}

/**
 * Validates one proposal without throwing, whatever the input.
 *
 * @param input - Any value.
 * @returns `{ success: true, data }` or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * safeParseProposal('eoi-1').success; //=> false
 * ```
 */
export function safeParseProposal(input: unknown): SafeParseResult<Proposal> {
  return safeParseWith(ProposalSchema, input);
}

import type { ValidationIssue } from './issues.js';

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
 * safeParseNetwork({ schemaVersion: 2, partners: [{}, {}, {}, {}, {}, {}, {}, {}], agreements: [] }, options).success;
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

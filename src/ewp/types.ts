/**
 * The codes of the issues of reading an EWP XML document, one frozen list; the
 * {@link EwpIssueCode} type derives from it. Each is also a message of the catalogue,
 * `'ewp.' + code`, in English and French.
 *
 * @example
 * ```ts
 * import { EWP_ISSUE_CODES } from '@uhs/partners-network/ewp';
 *
 * EWP_ISSUE_CODES.includes('doctype'); //=> true
 * ```
 */
export const EWP_ISSUE_CODES = /* @__PURE__ */ Object.freeze([
  'not_a_string',
  'too_large',
  'doctype',
  'malformed',
  'entity',
  'too_deep',
  'wrong_root',
  'wrong_namespace',
  'unsupported_version',
  'repeated_element',
] as const);

/**
 * Why an EWP XML document cannot be read: `not_a_string`, `too_large` (over
 * {@link EWP_MAX_XML_LENGTH}), `doctype` (any DOCTYPE: no entity is ever expanded),
 * `malformed`, `entity` (a reference other than the five predefined ones and character
 * references), `too_deep`, `wrong_root`, `wrong_namespace`, `unsupported_version` (an IIAs
 * v6 document) or `repeated_element`.
 *
 * @example
 * ```ts
 * const code: EwpIssueCode = 'doctype';
 * ```
 */
export type EwpIssueCode = (typeof EWP_ISSUE_CODES)[number];

/**
 * The largest XML text `./ewp` reads, in characters (8 MiB): a response of 1,000 IIAs
 * takes about 4 MB.
 *
 * @example
 * ```ts
 * import { EWP_MAX_XML_LENGTH } from '@uhs/partners-network/ewp';
 *
 * EWP_MAX_XML_LENGTH; //=> 8388608
 * ```
 */
export const EWP_MAX_XML_LENGTH = 8 * 1024 * 1024;

/**
 * An issue of reading an EWP XML document: its code, where (an XPath-like path such as
 * `/iias-get-response/iia[2]/partner[1]/hei-id`, `/` for the whole document), an English
 * message, and the params the message is made from (`formatMessage('ewp.' + code, params,
 * { locale: 'fr' })` says it in French).
 *
 * @example
 * ```ts
 * const issue: EwpIssue = {
 *   code: 'doctype',
 *   path: '/',
 *   message: 'A DOCTYPE declaration is not accepted: its entities would be expanded (none is)',
 *   params: {},
 * };
 * ```
 */
export interface EwpIssue {
  readonly code: EwpIssueCode;
  readonly path: string;
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * The hash of one `iia` of a v7 `iias-get-response`, as the official XSLT
 * (`transform_version_7.xsl`) and SHA-256 compute it.
 *
 * @example
 * ```ts
 * const hash: EwpIiaHash = {
 *   iiaId: 'example-iia-1',
 *   hash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
 *   validForApproval: true,
 * };
 * ```
 */
export interface EwpIiaHash {
  /** The string value of the first partner's `iia-id` (`''` when it has none). */
  readonly iiaId: string;
  /** SHA-256 of the UTF-8 text to hash, 64 lower-case hexadecimal digits. */
  readonly hash: string;
  /**
   * `false` when the document holds an element marked `not-yet-defined` (`true` or `1`) or a
   * non-empty `v6-value`: the IIA lacks values IIAs v7 requires, and cannot be approved.
   */
  readonly validForApproval: boolean;
}

/**
 * What a safe `./ewp` function gives: its data, or the issues that prevent reading the
 * XML. It never throws.
 *
 * @example
 * ```ts
 * const result: EwpResult<number> = { success: true, data: 1 };
 * ```
 */
export type EwpResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly EwpIssue[] };

/**
 * One difference between two copies of an IIA that changes its hash. `ours` and `theirs`
 * are the value in the first and the second copy (absent when the field is in one copy
 * only); `path` is where the field is in our copy (in theirs when it is in theirs only);
 * `field` is the official XSLT's name for it (`cooperation-conditions.student-studies-mobility-spec.total-months-per-year`,
 * `iia-id_2`, `terminated-as-a-whole` …).
 *
 * @example
 * ```ts
 * const difference: EwpDifference = {
 *   code: 'changed',
 *   field: 'cooperation-conditions.student-studies-mobility-spec.total-months-per-year',
 *   path: '/iias-get-response/iia/cooperation-conditions/student-studies-mobility-spec/total-months-per-year',
 *   theirsPath: '/iias-get-response/iia/cooperation-conditions/student-studies-mobility-spec/total-months-per-year',
 *   ours: '5',
 *   theirs: '6',
 *   message: "cooperation-conditions.student-studies-mobility-spec.total-months-per-year differs: ours is '5', theirs is '6'",
 *   params: {
 *     field: 'cooperation-conditions.student-studies-mobility-spec.total-months-per-year',
 *     ours: '5',
 *     theirs: '6',
 *   },
 * };
 * ```
 */
export interface EwpDifference {
  /** `changed`, `only_ours` or `only_theirs`; the message's code is `'ewp.difference.' + code`. */
  readonly code: 'changed' | 'only_ours' | 'only_theirs';
  readonly field: string;
  readonly path: string;
  /** Where the field is in their copy, when it is there. */
  readonly theirsPath?: string;
  readonly ours?: string;
  readonly theirs?: string;
  /** In English; `formatMessage('ewp.difference.' + code, params, { locale: 'fr' })` in French. */
  readonly message: string;
  readonly params: Readonly<Record<string, string>>;
}

import type { PolicyOptions } from '../policy/types.js';
import type { ValidationIssue } from '../schemas/issues.js';

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
  // readEwpIias: what an IIA says that the model cannot take.
  'invalid_option',
  'partner_count',
  'invalid_hei_id',
  'home_not_partner',
  'duplicate_partner',
  'no_iia_id',
  'duplicate_iia',
  'missing_element',
  'invalid_value',
  'duplicate_value',
  'spec_not_home',
  'language_tag',
  'unknown_isced',
  'eqf_level',
  'invalid_area',
  'no_mobility',
  'no_period',
  'incomplete_contact',
  'partner_incomplete',
  'not_imported',
  'home_contact',
  'invalid_record',
] as const);

/**
 * Why an EWP XML document cannot be read: `not_a_string`, `too_large` (over
 * {@link EWP_MAX_XML_LENGTH}), `doctype` (any DOCTYPE: no entity is ever expanded),
 * `malformed`, `entity` (a reference other than the five predefined ones and character
 * references), `too_deep`, `wrong_root`, `wrong_namespace`, `unsupported_version` (an IIAs
 * v6 document) or `repeated_element`. The other codes are those of `readEwpIias`: an IIA not
 * imported (`partner_count`, `invalid_hei_id`, `home_not_partner`, `duplicate_partner`,
 * `no_iia_id`, `duplicate_iia`, `no_mobility`, `no_period`, `invalid_record`), a spec left
 * out (`spec_not_home`, `missing_element`), a value left out (`invalid_value`,
 * `duplicate_value`, `language_tag`, `unknown_isced`, `eqf_level`, `incomplete_contact`,
 * `not_imported`, `home_contact`), a default applied (`invalid_area`), a partner not returned
 * (`partner_incomplete`) or an invalid option (`invalid_option`).
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

/**
 * The codes of the warnings of {@link writeEwpIia}, one frozen list; the
 * {@link EwpWarningCode} type derives from it. Each is also a message of the catalogue,
 * `'ewp.warning.' + code`, in English and French.
 *
 * @example
 * ```ts
 * import { EWP_WARNING_CODES } from '@uhs/partners-network/ewp';
 *
 * EWP_WARNING_CODES.includes('not_mobility'); //=> true
 * ```
 */
export const EWP_WARNING_CODES = /* @__PURE__ */ Object.freeze([
  'not_mobility',
  'agreement_fields_not_written',
  'commitment_fields_not_written',
  'missing_academic_years',
  'missing_languages',
  'missing_blended',
  'in_effect_assumed',
  'other_partners',
  'missing_home_iia_id',
  'text_cleaned',
  'not_valid_for_approval',
] as const);

/**
 * Why {@link writeEwpIia} warns: a fact EWP cannot carry (`not_mobility`,
 * `agreement_fields_not_written`, `commitment_fields_not_written`, `other_partners`,
 * `text_cleaned`), a fact the v7 XSD requires that the model lacks
 * (`missing_academic_years` and `missing_languages`: the spec is not written;
 * `missing_blended` and `in_effect_assumed`: `false` is written), UHS's own `iia-id` unknown
 * (`missing_home_iia_id`), or an IIA that cannot be approved yet (`not_valid_for_approval`).
 *
 * @example
 * ```ts
 * const code: EwpWarningCode = 'missing_blended';
 * ```
 */
export type EwpWarningCode = (typeof EWP_WARNING_CODES)[number];

/**
 * A warning of {@link writeEwpIia}: something of the agreement that the IIA does not say as
 * the model does. `path` is where it is in the network (`['agreements', 3, 'commitments',
 * 2]`), `commitment` the index of the commitment it is about, if any; `message` is in
 * English, and `formatMessage('ewp.warning.' + code, params, { locale: 'fr' })` says it in
 * French.
 *
 * @example
 * ```ts
 * const warning: EwpWarning = {
 *   code: 'not_mobility',
 *   path: ['agreements', 0, 'commitments', 2],
 *   commitment: 2,
 *   message: 'Commitment 2 (distance-course, cell B4) is not written: an EWP IIA describes mobility only',
 *   params: { index: 2, cell: 'B4', kind: 'distance-course' },
 * };
 * ```
 */
export interface EwpWarning {
  readonly code: EwpWarningCode;
  readonly path: readonly (string | number)[];
  /** The index of the commitment in the agreement's `commitments`, for a commitment's warning. */
  readonly commitment?: number;
  readonly message: string;
  readonly params: Readonly<Record<string, string | number | readonly string[]>>;
}

/**
 * What {@link writeEwpIia} gives: the XML of one v7 `iias-get-response` holding the IIA,
 * with its `iia-hash`, and the warnings of what it does not carry.
 *
 * @example
 * ```ts
 * const output: EwpIiaExport = { xml: '<iias-get-response …/>', warnings: [] };
 * ```
 */
export interface EwpIiaExport {
  readonly xml: string;
  readonly warnings: readonly EwpWarning[];
}

/**
 * The codes of what prevents {@link writeEwpIia} from writing an IIA, one frozen list; the
 * {@link EwpWriteIssueCode} type derives from it. Each is also a message of the catalogue,
 * `'ewp.export.' + code`.
 *
 * @example
 * ```ts
 * import { EWP_WRITE_ISSUE_CODES } from '@uhs/partners-network/ewp';
 *
 * EWP_WRITE_ISSUE_CODES[0]; //=> 'unknown_agreement'
 * ```
 */
export const EWP_WRITE_ISSUE_CODES = /* @__PURE__ */ Object.freeze([
  'unknown_agreement',
  'invalid_network',
  'no_hei_id',
  'not_bilateral',
  'home_not_partner',
] as const);

/**
 * Why {@link writeEwpIia} cannot write an IIA: `unknown_agreement`, `invalid_network`,
 * `no_hei_id` (the partner has no SCHAC id), `not_bilateral` (several partners, and
 * `agreement.ewp` does not name the IIA's), `home_not_partner` (`agreement.ewp` lists two
 * partners, neither the home institution).
 *
 * @example
 * ```ts
 * const code: EwpWriteIssueCode = 'no_hei_id';
 * ```
 */
export type EwpWriteIssueCode = (typeof EWP_WRITE_ISSUE_CODES)[number];

/**
 * What prevents {@link safeWriteEwpIia} from writing an IIA: its code, where in the network
 * (`[]` for the whole network), an English message, and its params
 * (`formatMessage('ewp.export.' + code, params, { locale: 'fr' })` in French). For
 * `invalid_network`, `networkIssues` are the network's validation issues.
 *
 * @example
 * ```ts
 * const issue: EwpWriteIssue = {
 *   code: 'unknown_agreement',
 *   path: [],
 *   message: "writeEwpIia: the network has no agreement 'iia-0'",
 *   params: { agreementId: 'iia-0' },
 * };
 * ```
 */
export interface EwpWriteIssue {
  readonly code: EwpWriteIssueCode;
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly params: Readonly<Record<string, string | number>>;
  /** For `invalid_network`: every validation issue of the network (`formatIssues` says them). */
  readonly networkIssues?: readonly ValidationIssue[];
}

/**
 * What {@link safeWriteEwpIia} gives: the IIA's XML and warnings, or the issues that prevent
 * writing it. It never throws for its input.
 *
 * @example
 * ```ts
 * const result: EwpWriteResult = { success: true, data: { xml: '<iias-get-response …/>', warnings: [] } };
 * ```
 */
export type EwpWriteResult =
  | { readonly success: true; readonly data: EwpIiaExport }
  | { readonly success: false; readonly issues: readonly EwpWriteIssue[] };

/**
 * The options of {@link writeEwpIia} and {@link safeWriteEwpIia}: `homeHeiId`, the SCHAC id
 * of the home institution, written as the first partner (default: the policy's, that is
 * the network's `home.identifiers.schac`, else `uhs.edu.kh`), and any policy parameter.
 *
 * @example
 * ```ts
 * const options: WriteEwpIiaOptions = { homeHeiId: 'uhs.edu.kh' };
 * ```
 */
export interface WriteEwpIiaOptions extends PolicyOptions {
  /** The SCHAC id of the home institution, the first partner of the IIA. */
  readonly homeHeiId?: string | undefined;
}

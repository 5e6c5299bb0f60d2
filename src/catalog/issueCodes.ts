import { deepFreeze } from '../core/_freeze.js';

// The codes of validation issues: one frozen array, the library's own codes written once
// (`LIBRARY_ISSUE_CODES`) and spread after Zod's. Every code has a message `issue.<code>`
// in English and French in the message catalogue (src/messages/issues.ts).

/**
 * The codes the library adds to Zod's, for the rules Zod cannot name: its own checks of
 * dates, ROR ids, lists and the integrity of a network, and the cap on issues. Their
 * issues always carry `params`.
 *
 * @example
 * ```ts
 * LIBRARY_ISSUE_CODES[0]; //=> 'invalid_date'
 * LIBRARY_ISSUE_CODES.length; //=> 10
 * ```
 */
export const LIBRARY_ISSUE_CODES = /* @__PURE__ */ deepFreeze([
  'invalid_date',
  'invalid_ror_checksum',
  'date_order',
  'duplicate_value',
  'commitment_out_of_scope',
  'duplicate_id',
  'unknown_reference',
  'home_country_partner',
  'duplicate_key',
  'too_many_issues',
] as const);

/**
 * Every code of a validation issue: Zod's own codes, then the library's
 * ({@link LIBRARY_ISSUE_CODES}). Codes are stable across versions. What each `params` holds
 * is listed on `ValidationIssue.params`.
 *
 * | code | meaning |
 * | --- | --- |
 * | `invalid_type` | a value of the wrong JSON type, or a required value missing |
 * | `invalid_value` | a value outside a closed list (a country, language or cell code …); its `params` are an `InvalidValueParams` |
 * | `invalid_format` | a string that does not have the required form (id, e-mail, URL …) |
 * | `invalid_union` | a value that matches none of the accepted forms |
 * | `too_small` / `too_big` | a number, string or list outside its bounds |
 * | `not_multiple_of` | a number that must be whole and is not |
 * | `unrecognized_keys` | a key the object does not have (a typo, usually) |
 * | `custom` | a rule of a custom check that names no code of its own, or input that cannot be validated at all |
 * | `invalid_date` | not a real calendar date `YYYY-MM-DD` (2019-02-29) |
 * | `invalid_ror_checksum` | a ROR id whose two check digits are wrong |
 * | `date_order` | dates in the wrong order (an end before its start) |
 * | `duplicate_value` | the same value twice in a list |
 * | `commitment_out_of_scope` | a commitment whose cell is not in the agreement's scope |
 * | `duplicate_id` | two records of one kind with the same id |
 * | `unknown_reference` | an id that refers to no record of the network |
 * | `home_country_partner` | a partner in the home country, which is not an international partner |
 * | `duplicate_key` | a key written twice in one JSON object (found by the `uhs-network` CLI in JSON text; `JSON.parse` keeps only the last, so the library never sees it) |
 * | `too_many_issues` | the last issue of a result cut at `maxIssues` (default `DEFAULT_MAX_ISSUES`): how many more issues were found and how many records were not checked |
 *
 * @example
 * ```ts
 * ISSUE_CODES.length; //=> 19
 * ISSUE_CODES[0]; //=> 'invalid_type'
 * ```
 */
export const ISSUE_CODES = /* @__PURE__ */ deepFreeze([
  'invalid_type',
  'invalid_value',
  'invalid_format',
  'invalid_union',
  'too_small',
  'too_big',
  'not_multiple_of',
  'unrecognized_keys',
  'custom',
  ...LIBRARY_ISSUE_CODES,
] as const);

/**
 * The stable code of a validation issue: one of {@link ISSUE_CODES} (see its table for
 * what each means).
 *
 * @example
 * ```ts
 * const code: IssueCode = 'invalid_ror_checksum';
 * ```
 */
export type IssueCode = (typeof ISSUE_CODES)[number];

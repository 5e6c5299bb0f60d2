import type { IssueCode } from '../catalog/issueCodes.js';

// The codes are a closed list of the catalog (`ISSUE_CODES`); `./schemas` exports their type
// too, where it always was.
export type { IssueCode };

// The params of an `invalid_value` issue are declared with their message, below the
// schemas (src/messages/issues.ts); this is their public name.
export type { InvalidValueData as InvalidValueParams } from '../messages/issues.js';

/**
 * One thing wrong with the input: a stable `code`, the `path` to the value in the input,
 * an English `message` for people, and `params`, the data the message was made from, for
 * programs (and for `formatIssues(issues, { locale: 'fr' })`, which says it again in
 * French).
 *
 * @example
 * ```ts
 * const issue: ValidationIssue = {
 *   code: 'invalid_value',
 *   path: ['partners', 3, 'country'],
 *   message: "'Belgium' is not a country code; did you mean 'BE' (Belgium)?",
 *   params: {
 *     received: 'Belgium', allowed: COUNTRIES.map((country) => country.code), suggestions: ['BE'],
 *     of: 'country', certain: true, labels: [{ en: 'Belgium', fr: 'Belgique' }], list: 'COUNTRIES',
 *   },
 * };
 * formatIssues([issue], { locale: 'fr' });
 * //=> "partners[3].country\u00a0: 'Belgium' n'est pas un code de pays\u00a0; vouliez-vous dire 'BE' (Belgique)\u00a0?"
 * ```
 */
export interface ValidationIssue {
  /** What kind of problem this is; stable across versions (see `ISSUE_CODES`). */
  readonly code: IssueCode;
  /** Where the problem is: object keys and array indices from the root of the input. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in English: the message `issue.<code>` of the catalogue, made from `params`. */
  readonly message: string;
  /**
   * The data the message was made from, for programs: present on every issue the library
   * makes (an issue a program builds itself may leave it out). Its keys, by code (a value
   * from the input is `received`):
   *
   * | code | params |
   * | --- | --- |
   * | `invalid_type` | `expected` (Zod's name of the type: `'string'`, `'object'` …), `received` |
   * | `invalid_value` | an {@link InvalidValueParams}: `received`, `allowed`, `suggestions`, `of`, `certain`, `labels?`, `list?` |
   * | `invalid_format` | `format` (`'id'`, `'ror-id'`, `'http-url'`, `'isced-field'`, `'isced-v6-value'`, `'currency'`, `'academic-year'`, `'consecutive-years'`, Zod's `'email'`, `'url'`, `'regex'` …), `received` |
   * | `invalid_union` | none (`{}`) |
   * | `too_small` / `too_big` | `origin` (`'string'`: characters, `'array'`: items, `'number'` …), `minimum` / `maximum`, `inclusive`, `exact` |
   * | `not_multiple_of` | `divisor` |
   * | `unrecognized_keys` | `key`, `detail?` (`'not-in-fields'`: a key of a mobility commitment's `ewp.fieldClarifications` or `ewp.fieldV6Values` that is not one of its `fields`) |
   * | `custom` | `reason?`: `'too-large'` (nested too deeply or too large) or `'unreadable'` |
   * | `invalid_date` | `received` |
   * | `invalid_ror_checksum` | `id`, `expected` (the right check digits) |
   * | `date_order` | `field`, `date`, `relation` (`'after'`, `'not-before'`, `'not-after'`), `reference`, `referenceDate` |
   * | `duplicate_value` | `value`, `firstIndex` |
   * | `commitment_out_of_scope` | `cell` |
   * | `duplicate_id` | `kind` (`'partner'`, `'agreement'`, `'proposal'`), `id`, `firstIndex` |
   * | `unknown_reference` | `kind` (`'partner'`, `'agreement'`), `id`, `detail?` (`'self-renewal'`, `'no-shared-partner'`, `'inline-partner'`) |
   * | `home_country_partner` | `country` |
   * | `duplicate_key` | none (`{}`) |
   * | `too_many_issues` | `maxIssues`, `omitted` (issues found and left out), `unchecked` (records not checked) |
   */
  readonly params?: Readonly<Record<string, unknown>>;
}

// The patterns of the string formats the schemas check, and the name of each in the
// messages of `invalid_format` issues (`params.format`, see src/messages/issues.ts). A Zod
// issue names the pattern it failed (`issue.pattern`); this is how the issue's params name
// the form that was expected.

/** An academic year, `2024` or `2024-2025` (consecutive years are checked apart). @internal */
export const ACADEMIC_YEAR = /^\d{4}(?:-\d{4})?$/;

/** A ROR id, bare or as a `https://ror.org/` URL (its check digits are checked apart). @internal */
export const ROR_ID = /^(?:https:\/\/ror\.org\/)?0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}$/;

/**
 * The form of an accepted URL: `http` or `https`, a domain name, an optional port up to
 * 65535, and only the characters RFC 3986 allows (percent-escapes for the others). It has
 * no lookahead, so validators in other languages compile it as it is.
 *
 * @internal
 */
export const HTTP_URL =
  /^https?:\/\/(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}(?::(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[0-5]?[0-9]{1,4}))?(?:\/(?:[A-Za-z0-9._~!$&'()*+,;=:@/-]|%[0-9A-Fa-f]{2})*)?(?:\?(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*)?(?:#(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*)?$/;

/** An ISCED-F 2013 field code: four digits. @internal */
export const ISCED_FIELD = /^\d{4}$/;

/**
 * An ISCED code as IIAs v6 approved it (EWP's `isced-f-code/@v6-value`): 1 to 3 digits,
 * the XSD's pattern. @internal
 */
export const ISCED_V6_VALUE = /^\d{1,3}$/;

/** An ISO 4217 currency code: three upper-case letters. @internal */
export const CURRENCY_CODE = /^[A-Z]{3}$/;

/** An id: 1–64 characters of `[a-z0-9-]`, starting with a letter or digit. @internal */
/** A SCHAC id (EWP's `heiId`): an internet domain in lower case, `uhs.edu.kh`. @internal */
export const SCHAC_ID = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export const RECORD_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** A contact's telephone number, international form preferred (`+33 4 00 00 00 00`). @internal */
export const PHONE = /^\+?[0-9][0-9 ().-]{3,29}$/;

let formats: ReadonlyMap<string, string> | undefined;

/**
 * The name of the form a pattern of the schemas checks (`'id'`, `'ror-id'` …), from the
 * pattern as a Zod issue gives it (`'/^[A-Z]{3}$/'`); `undefined` for any other pattern.
 *
 * @internal
 */
export function formatOfPattern(pattern: unknown): string | undefined {
  formats ??= new Map([
    [String(ACADEMIC_YEAR), 'academic-year'],
    [String(ROR_ID), 'ror-id'],
    [String(HTTP_URL), 'http-url'],
    [String(ISCED_FIELD), 'isced-field'],
    [String(ISCED_V6_VALUE), 'isced-v6-value'],
    [String(CURRENCY_CODE), 'currency'],
    [String(RECORD_ID), 'id'],
  ]);
  return typeof pattern === 'string' ? formats.get(pattern) : undefined;
}

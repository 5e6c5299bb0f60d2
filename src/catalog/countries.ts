import { COUNTRIES } from './countries.data.js';
import type { KnownCode, LocalizedText, LookupResult } from './types.js';

export { COUNTRIES } from './countries.data.js';

// `Extract<…, string>` changes no member: it gives the union this alias's name, which a union
// read off data lacks, so that errors and the API reference say `CountryCode` instead of
// spelling out 249 literals wherever it is used.
/**
 * An officially assigned ISO 3166-1 alpha-2 country code: one of the 249 codes of
 * {@link COUNTRIES}, in upper case. `XK` (Kosovo, user-assigned) is not one.
 *
 * @example
 * ```ts
 * const home: CountryCode = 'KH';
 * getCountry(home).name.en; //=> 'Cambodia'
 * ```
 */
export type CountryCode = Extract<(typeof COUNTRIES)[number]['code'], string>;

/**
 * A country or territory of ISO 3166-1, where a partner institution is based.
 *
 * @example
 * ```ts
 * const cambodia: Country = getCountry('KH');
 * cambodia.name.fr; //=> 'Cambodge'
 * ```
 */
export interface Country {
  /**
   * The ISO 3166-1 alpha-2 code.
   *
   * @example
   * ```ts
   * getCountry('FR').code; //=> 'FR'
   * ```
   */
  readonly code: CountryCode;
  /**
   * The country's short name in English and French.
   *
   * @example
   * ```ts
   * getCountry('FR').name; //=> { en: 'France', fr: 'France' }
   * ```
   */
  readonly name: LocalizedText;
}

// Built on first lookup rather than at import, so a bundle that never looks up a country
// carries no index and does no work.
let countriesByCode: ReadonlyMap<string, Country> | undefined;

function findCountry(code: string): Country | undefined {
  countriesByCode ??= new Map(COUNTRIES.map((country) => [country.code, country]));
  return countriesByCode.get(code);
}

/**
 * Tells whether a value is an officially assigned ISO 3166-1 alpha-2 code. Codes are upper
 * case, as ISO 3166 writes them.
 *
 * @param s - Any value.
 * @returns `true` when `s` is one of the 249 codes of {@link COUNTRIES}.
 *
 * @example
 * ```ts
 * isCountryCode('KH'); //=> true
 * isCountryCode('XK'); //=> false
 * isCountryCode('kh'); //=> false
 * ```
 */
export function isCountryCode(s: unknown): s is CountryCode {
  return typeof s === 'string' && findCountry(s) !== undefined;
}

/**
 * Looks up a country by its ISO 3166-1 alpha-2 code.
 *
 * @param code - The upper-case alpha-2 code. A literal that is not a country code does not
 *   compile.
 * @returns The country, or `undefined` for an unknown code known only at run time.
 *
 * @example
 * ```ts
 * getCountry('KH').name; //=> { en: 'Cambodia', fr: 'Cambodge' }
 * getCountry(String('ZZ')); //=> undefined
 * ```
 */
export function getCountry<S extends string>(
  code: KnownCode<S, CountryCode>,
): LookupResult<S, CountryCode, Country> {
  return findCountry(code) as LookupResult<S, CountryCode, Country>;
}

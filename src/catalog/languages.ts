import { deepFreeze } from '../core/_freeze.js';
import { LANGUAGES } from './languages.data.js';

export { LANGUAGES } from './languages.data.js';

// `Extract<…, string>` names the union (see `CountryCode`): errors and the API reference say
// `LanguageCode` instead of spelling out every code.
/**
 * An ISO 639-1 two-letter language code, in lower case: one of the codes of
 * {@link LANGUAGES}.
 *
 * @example
 * ```ts
 * const khmer: LanguageCode = 'km';
 * isLanguageCode(khmer); //=> true
 * ```
 */
export type LanguageCode = Extract<(typeof LANGUAGES)[number]['code'], string>;

/**
 * A language of ISO 639-1, in which a partner teaches or works.
 *
 * @example
 * ```ts
 * const khmer: Language = { code: 'km', name: { en: 'Khmer' } };
 * khmer.name.en; //=> 'Khmer'
 * ```
 */
export interface Language {
  /**
   * The ISO 639-1 code.
   *
   * @example
   * ```ts
   * LANGUAGES[0].code; //=> 'aa'
   * ```
   */
  readonly code: LanguageCode;
  /**
   * The language's English name, as ISO 639-1 gives it.
   *
   * @example
   * ```ts
   * LANGUAGES[0].name; //=> { en: 'Afar' }
   * ```
   */
  readonly name: { readonly en: string };
}

// Built on first use rather than at import, so that importing the module does no work.
let languageCodes: ReadonlySet<string> | undefined;

/**
 * Tells whether a value is an ISO 639-1 language code. Codes are lower case, as ISO 639-1
 * writes them.
 *
 * @param code - Any value.
 * @returns `true` when `code` is one of the codes of {@link LANGUAGES}.
 *
 * @example
 * ```ts
 * isLanguageCode('km'); //=> true
 * isLanguageCode('KM'); //=> false
 * isLanguageCode('khm'); //=> false
 * ```
 */
export function isLanguageCode(code: unknown): code is LanguageCode {
  languageCodes ??= new Set(LANGUAGES.map((language) => language.code));
  return typeof code === 'string' && languageCodes.has(code);
}

/**
 * The working languages of UHS's international cooperation: English and French, the
 * languages of the bilingual training platform (strategy 4), and Khmer, the national
 * language of Cambodia.
 *
 * @example
 * ```ts
 * WORKING_LANGUAGES; //=> ['en', 'fr', 'km']
 * ```
 */
export const WORKING_LANGUAGES = /* @__PURE__ */ deepFreeze([
  'en',
  'fr',
  'km',
] as const satisfies readonly LanguageCode[]);

/**
 * The six common reference levels of the Common European Framework of Reference for
 * Languages (CEFR), from basic to proficient.
 *
 * @example
 * ```ts
 * CEFR_LEVELS; //=> ['A1', 'A2', 'B1', 'B2', 'C1', 'C2']
 * ```
 */
export const CEFR_LEVELS = /* @__PURE__ */ deepFreeze([
  'A1',
  'A2',
  'B1',
  'B2',
  'C1',
  'C2',
] as const);

/**
 * A CEFR level, from `A1` (breakthrough) to `C2` (mastery).
 *
 * @example
 * ```ts
 * const level: CefrLevel = 'B2';
 * CEFR_LEVELS.indexOf(level); //=> 3
 * ```
 */
export type CefrLevel = Extract<(typeof CEFR_LEVELS)[number], string>;

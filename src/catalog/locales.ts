import { LOCALES as CORE_LOCALES } from '../core/_locales.js';

/**
 * The languages the library writes its messages in: English (the default) and French,
 * the network's two working languages ("French- and English-speaking faculty members").
 *
 * @example
 * ```ts
 * LOCALES; //=> ['en', 'fr']
 * ```
 */
export const LOCALES = CORE_LOCALES;

/**
 * A language of the library's messages: one of {@link LOCALES}.
 *
 * @example
 * ```ts
 * const locale: Locale = 'fr';
 * ```
 */
export type Locale = Extract<(typeof LOCALES)[number], string>;

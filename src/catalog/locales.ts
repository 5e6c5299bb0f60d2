import { deepFreeze } from '../core/_freeze.js';

/**
 * The languages the library writes its messages in: English (the default) and French,
 * the network's two working languages ("French- and English-speaking faculty members").
 *
 * @example
 * ```ts
 * LOCALES; //=> ['en', 'fr']
 * ```
 */
export const LOCALES = /* @__PURE__ */ deepFreeze(['en', 'fr'] as const);

/**
 * A language of the library's messages: one of {@link LOCALES}.
 *
 * @example
 * ```ts
 * const locale: Locale = 'fr';
 * ```
 */
export type Locale = (typeof LOCALES)[number];

import type { Locale } from './locales.js';

/**
 * A text that is always in English and may be in French: domain tables carry both,
 * reference tables of languages and fields only English.
 *
 * @example
 * ```ts
 * const text: LabelText = { en: 'Medicine' };
 * text.fr; //=> undefined
 * ```
 */
export interface LabelText {
  /**
   * English.
   *
   * @example
   * ```ts
   * ({ en: 'Medicine' } satisfies LabelText).en; //=> 'Medicine'
   * ```
   */
  readonly en: string;
  /**
   * French, when the entry has it.
   *
   * @example
   * ```ts
   * ({ en: 'Africa', fr: 'Afrique' } satisfies LabelText).fr; //=> 'Afrique'
   * ```
   */
  readonly fr?: string | undefined;
}

/**
 * A catalog entry that {@link label} can name: one with a `title` (areas, activities,
 * strategies, regions, institution types) or a `name` (countries, languages, fields).
 *
 * @example
 * ```ts
 * const entry: LabelledEntry = { name: { en: 'Khmer' } };
 * label(entry); //=> 'Khmer'
 * ```
 */
export type LabelledEntry = { readonly title: LabelText } | { readonly name: LabelText };

/**
 * The text that names a catalog entry, in English or French: its `title`, or its `name`
 * when it has no title. An entry with no text in the locale is named in English, and so is
 * any locale that is not a key of the entry's own text (`'__proto__'`, `'constructor'`
 * from JavaScript).
 *
 * @param entry - An entry with a `title` or a `name`.
 * @param locale - `'en'` (default) or `'fr'`.
 * @returns The entry's text in `locale`, else in English.
 *
 * @example
 * ```ts
 * label(getArea('C'), 'fr'); //=> 'Recherche en sciences de la santé'
 * label(getCountry('KH'), 'fr'); //=> 'Cambodge'
 * label({ name: { en: 'Khmer' } }, 'fr'); //=> 'Khmer'
 * label(getArea('C'), '__proto__' as Locale); //=> 'Research in health sciences'
 * ```
 */
export function label(entry: LabelledEntry, locale: Locale = 'en'): string {
  const text = Object.hasOwn(entry, 'title')
    ? (entry as { readonly title: LabelText }).title
    : (entry as { readonly name: LabelText }).name;
  // Own keys only: from JavaScript, a locale such as '__proto__' or 'constructor' would
  // otherwise read what every object inherits.
  const translated: unknown = Object.hasOwn(text, locale) ? text[locale] : undefined;
  return typeof translated === 'string' ? translated : text.en;
}

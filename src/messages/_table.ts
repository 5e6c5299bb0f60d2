import { LOCALES, type Locale } from '../core/_locales.js';

// The machinery of the message catalogue. Every message a person can read is one entry of
// one part file of this folder (`issues.ts`, `policy.ts` …), with its English and French
// side by side, keyed by a stable code. Messages are plain functions of their parameters.

/**
 * One message: a function of its parameters per locale. TypeScript fails on an entry that
 * lacks a locale of `LOCALES`, so adding a language lists every message still to translate.
 *
 * @internal
 */
export type Message<P> = { readonly [L in Locale]: (params: P) => string };

/** A table of messages keyed by their stable code. @internal */
export type MessageTable = { readonly [code: string]: Message<never> };

/** The parameters of a message. @internal */
export type ParamsOf<E> = E extends Message<infer P> ? P : never;

/**
 * Declares a part of the catalogue: the French entry's parameters are typed from the
 * English one's, and a missing locale does not compile.
 *
 * @internal
 */
export function defineMessages<T extends Record<string, unknown>>(table: {
  readonly [K in keyof T]: Message<T[K]>;
}): { readonly [K in keyof T]: Message<T[K]> } {
  return table;
}

/** Shows a received locale in a message: a string quoted, any other value by its type. */
function shownLocale(value: unknown): string {
  return typeof value === 'string' ? `'${value.slice(0, 40)}'` : String(value);
}

/**
 * The message for a locale the library does not speak; part of `COMMON_MESSAGES`, kept
 * here so that `checkLocale` needs no other file.
 *
 * @internal
 */
export const LOCALE_MESSAGES = /* @__PURE__ */ defineMessages({
  'locale.unknown': {
    en: (p: { caller: string; received: unknown; allowed: readonly string[] }) =>
      `${p.caller}: locale must be one of ${p.allowed.map((code) => `'${code}'`).join(', ')}, received ${shownLocale(p.received)}`,
    fr: (p) =>
      `${p.caller}\u00a0: la langue doit être ${orList(
        p.allowed.map((code) => `'${code}'`),
        'fr',
      )}, valeur reçue ${shownLocale(p.received)}`,
  },
});

/**
 * Checks a `locale` option: `undefined` is English, `'en'` and `'fr'` are themselves, any
 * other value is a `RangeError` naming the locales.
 *
 * @internal
 */
export function checkLocale(locale: unknown, caller: string): Locale {
  if (locale === undefined) return 'en';
  if ((LOCALES as readonly unknown[]).includes(locale)) return locale as Locale;
  throw libraryError(RangeError, LOCALE_MESSAGES, 'locale.unknown', {
    caller,
    received: locale,
    allowed: [...LOCALES],
  });
}

/**
 * Renders the message `code` of a table in a locale (English by default).
 *
 * @internal
 */
export function render<T extends MessageTable, K extends keyof T & string>(
  table: T,
  code: K,
  params: ParamsOf<T[K]>,
  locale: Locale = 'en',
): string {
  return (table[code] as Message<ParamsOf<T[K]>>)[locale](params);
}

/**
 * An error the library throws: its English `message`, and the `code` and `params` it was
 * made from, so that a program (the CLI) can say it again in another language.
 *
 * @internal
 */
export type LibraryError<E extends Error = Error> = E & {
  readonly code: string;
  readonly params: Readonly<Record<string, unknown>>;
};

/**
 * Builds a thrown error from the catalogue: `libraryError(RangeError, POLICY_MESSAGES,
 * 'policy.not_a_date', { … })`.
 *
 * @internal
 */
export function libraryError<E extends Error, T extends MessageTable, K extends keyof T & string>(
  Ctor: new (message: string) => E,
  table: T,
  code: K,
  params: ParamsOf<T[K]> & Readonly<Record<string, unknown>>,
): LibraryError<E> {
  return Object.assign(new Ctor(render(table, code, params)), { code, params });
}

/** Whether a caught value is an error of the library's catalogue. @internal */
export function isLibraryError(error: unknown): error is LibraryError {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { params?: unknown }).params === 'object' &&
    (error as { params?: unknown }).params !== null
  );
}

const listFormats = new Map<string, Intl.ListFormat>();

function list(values: readonly string[], locale: Locale, type: 'conjunction' | 'disjunction') {
  const key = `${locale}:${type}`;
  let format = listFormats.get(key);
  if (format === undefined) {
    format = new Intl.ListFormat(locale, { style: 'long', type });
    listFormats.set(key, format);
  }
  return format.format(values);
}

// English lists keep the library's house style, without the serial comma that
// `Intl.ListFormat('en')` writes; French lists come from `Intl.ListFormat('fr')`.
function englishList(values: readonly string[], word: string): string {
  return values.length <= 1
    ? (values[0] ?? '')
    : `${values.slice(0, -1).join(', ')} ${word} ${values.at(-1) ?? ''}`;
}

/** `'a', 'b' or 'c'` / `'a', 'b' ou 'c'`. @internal */
export function orList(values: readonly string[], locale: Locale): string {
  return locale === 'en' ? englishList(values, 'or') : list(values, locale, 'disjunction');
}

/** `a, b and c` / `a, b et c`. @internal */
export function andList(values: readonly string[], locale: Locale): string {
  return locale === 'en' ? englishList(values, 'and') : list(values, locale, 'conjunction');
}

/** A number in a locale's digits (`0.25` / `0,25`), at most `digits` decimals (default 2). @internal */
export function number(value: number, locale: Locale, digits = 2): string {
  return value.toLocaleString(locale, { maximumFractionDigits: digits, useGrouping: false });
}

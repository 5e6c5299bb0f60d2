import type { Locale } from '../core/_locales.js';
import { describeValue, kindOf, type ValueKind } from '../core/_format.js';
import { defineMessages, LOCALE_MESSAGES, number } from './_table.js';

// Words every part of the catalogue shares: how a received value is shown, and the
// message for a locale the library does not speak.

const KINDS: { readonly [L in Locale]: Readonly<Record<ValueKind, string>> } = {
  en: {
    nothing: 'nothing',
    array: 'an array',
    object: 'an object',
    function: 'a function',
    symbol: 'a symbol',
  },
  fr: {
    nothing: 'rien',
    array: 'un tableau',
    object: 'un objet',
    function: 'une fonction',
    symbol: 'un symbole',
  },
};

/**
 * Shows a received value briefly, in a locale: strings quoted with `'` (shortened past 40
 * characters), numbers as they are, other values by their kind (`an array` / `un tableau`).
 *
 * @internal
 */
export function valueIn(value: unknown, locale: Locale): string {
  if (locale === 'en') return describeValue(value);
  const kind = kindOf(value);
  if (kind !== undefined) return KINDS[locale][kind];
  if (typeof value === 'string' && value.length > 40) {
    return `'${value.slice(0, 40)}…' (${value.length}\u00a0caractères)`;
  }
  return describeValue(value);
}

/**
 * A received value as a French message shows it, after the words of what was expected:
 * `valeur reçue 'x'`, `valeur reçue 5`, `valeur reçue\u00a0: un tableau` for a value shown
 * by its kind, and `aucune valeur reçue` for `undefined` (glossary: « valeur reçue 'x' »,
 * never « reçu 'x' » alone nor « valeur reçue rien »).
 *
 * @internal
 */
export function receivedFr(value: unknown): string {
  if (value === undefined) return 'aucune valeur reçue';
  return `valeur reçue${kindOf(value) === undefined ? '' : '\u00a0:'} ${valueIn(value, 'fr')}`;
}

/**
 * A count and its noun in French: singular below 2 (« 0 problème », « 1,5 mois »), the
 * number in French digits and a no-break space before the noun.
 *
 * @internal
 */
export function countFr(count: number, one: string, many = `${one}s`): string {
  return `${number(count, 'fr')}\u00a0${count < 2 ? one : many}`;
}

/** @internal */
export const COMMON_MESSAGES = /* @__PURE__ */ defineMessages({
  ...LOCALE_MESSAGES,
  'option.invalid_on': {
    en: (p: { caller: string; received: unknown }) =>
      `${p.caller}: on must be a real calendar date YYYY-MM-DD, received ${valueIn(p.received, 'en')}`,
    fr: (p) =>
      `${p.caller}\u00a0: on doit être une date valide au format AAAA-MM-JJ, ${receivedFr(p.received)}`,
  },
  'message.bad_params': {
    en: (p: { code: string }) => `formatMessage: the params are not those of message '${p.code}'`,
    fr: (p) => `formatMessage\u00a0: les paramètres ne sont pas ceux du message '${p.code}'`,
  },
  'message.unknown_code': {
    en: (p: { code: string }) => `formatMessage: no message has code '${p.code}'`,
    fr: (p) => `formatMessage\u00a0: aucun message n'a le code '${p.code}'`,
  },
});

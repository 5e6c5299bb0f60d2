import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/catalog/locales.js';
import {
  andList,
  checkLocale,
  defineMessages,
  isLibraryError,
  libraryError,
  number,
  orList,
  render,
} from '../../src/messages/_table.js';
import { COMMON_MESSAGES, receivedFr, valueIn } from '../../src/messages/common.js';
import { CLI_MESSAGES } from '../../src/messages/cli.js';
import { allMessages, formatMessage } from '../../src/messages/index.js';

// A sample of parameters that every message of the catalogue must survive: a message is a
// plain function of its params and must return text for any of them in every language.
const entries = Object.entries({ ...allMessages(), ...CLI_MESSAGES }) as [
  string,
  Record<string, unknown>,
][];

describe('the message catalogue (SPEC §12)', () => {
  it('has an entry for every code in every locale, and nothing else', () => {
    expect(entries.length).toBeGreaterThan(2);
    for (const [code, entry] of entries) {
      expect(Object.keys(entry).sort(), code).toEqual([...LOCALES].sort());
      for (const locale of LOCALES)
        expect(typeof entry[locale], `${code}.${locale}`).toBe('function');
    }
  });

  it('uses stable dotted lower-case codes', () => {
    for (const [code] of entries) expect(code).toMatch(/^[a-z][a-z0-9_]*(\.[a-z0-9_-]+)+$/);
  });

  it('never writes the same French and English text for a message with words', () => {
    // A French entry copied from the English one is a missing translation; except a word
    // that French writes as English does (« Total »).
    const sameWord = new Set(['report.total']);
    const same: string[] = [];
    for (const [code, entry] of entries) {
      const en = entry.en as (p: unknown) => string;
      const fr = entry.fr as (p: unknown) => string;
      let enText: string;
      let frText: string;
      try {
        enText = en(SAMPLE);
        frText = fr(SAMPLE);
      } catch {
        continue; // needs richer params: each part's own French test renders it
      }
      // `undefined` in the text: the loose params lack what the message reads (a title's
      // `en` and `fr`); each part's own French test renders it.
      if (enText.includes('undefined')) continue;
      if (/[a-z]{4,}/.test(enText) && enText === frText && !sameWord.has(code)) same.push(code);
    }
    expect(same).toEqual([]);
  });
});

// Loose parameters that many messages accept; messages needing more are skipped above.
const SAMPLE: Record<string, unknown> = new Proxy(
  {},
  {
    get: (_target, key) => (key === Symbol.toPrimitive ? undefined : 'x'),
  },
);

describe('formatMessage', () => {
  const params = { caller: 'formatIssues', received: 'de', allowed: ['en', 'fr'] } as const;

  it('renders English by default and French on request', () => {
    expect(formatMessage('locale.unknown', params)).toBe(
      "formatIssues: locale must be one of 'en', 'fr', received 'de'",
    );
    expect(formatMessage('locale.unknown', params, { locale: 'en' })).toBe(
      "formatIssues: locale must be one of 'en', 'fr', received 'de'",
    );
    expect(formatMessage('locale.unknown', params, { locale: 'fr' })).toBe(
      "formatIssues\u00a0: la langue doit être 'en' ou 'fr', valeur reçue 'de'",
    );
  });

  it('renders the invalid-`on` message in both languages', () => {
    const on = { caller: 'regionOf', received: '30/04/1999' };
    expect(formatMessage('option.invalid_on', on)).toBe(
      "regionOf: on must be a real calendar date YYYY-MM-DD, received '30/04/1999'",
    );
    expect(formatMessage('option.invalid_on', on, { locale: 'fr' })).toBe(
      "regionOf\u00a0: on doit être une date valide au format AAAA-MM-JJ, valeur reçue '30/04/1999'",
    );
  });

  it('is a RangeError with code and params for an unknown locale', () => {
    for (const locale of ['de', 'EN', 'fr-FR', '', null, 1]) {
      let caught: unknown;
      try {
        formatMessage('locale.unknown', params, { locale: locale as never });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(RangeError);
      expect(isLibraryError(caught)).toBe(true);
      expect((caught as { code: string }).code).toBe('locale.unknown');
      expect((caught as { params: unknown }).params).toEqual({
        caller: 'formatMessage',
        received: locale,
        allowed: ['en', 'fr'],
      });
    }
  });

  it('is a RangeError for a code the catalogue does not have, in either language', () => {
    expect(() => formatMessage('no.such_code', {})).toThrow(RangeError);
    expect(() => formatMessage('no.such_code', {})).toThrow(
      "formatMessage: no message has code 'no.such_code'",
    );
    expect(formatMessage('message.unknown_code', { code: 'no.such_code' }, { locale: 'fr' })).toBe(
      "formatMessage\u00a0: aucun message n'a le code 'no.such_code'",
    );
    // Params the message cannot be made from: a RangeError, never a TypeError from inside.
    expect(() => formatMessage('locale.unknown', {})).toThrow(
      "formatMessage: the params are not those of message 'locale.unknown'",
    );
    expect(() => formatMessage(42 as never, {})).toThrow(RangeError);
    // Inherited names are not codes.
    expect(() => formatMessage('toString', {})).toThrow(RangeError);
  });
});

describe('the machinery', () => {
  it('checkLocale: undefined is English; en and fr are themselves', () => {
    expect(checkLocale(undefined, 'f')).toBe('en');
    expect(checkLocale('en', 'f')).toBe('en');
    expect(checkLocale('fr', 'f')).toBe('fr');
    expect(() => checkLocale('it', 'renderReport')).toThrow(
      "renderReport: locale must be one of 'en', 'fr', received 'it'",
    );
  });

  it('libraryError keeps the English message, the code and the params', () => {
    const error = libraryError(TypeError, COMMON_MESSAGES, 'option.invalid_on', {
      caller: 'x',
      received: 3,
    });
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe('x: on must be a real calendar date YYYY-MM-DD, received 3');
    expect(error.code).toBe('option.invalid_on');
    expect(error.params).toEqual({ caller: 'x', received: 3 });
    expect(isLibraryError(new Error('plain'))).toBe(false);
    expect(isLibraryError({ code: 'a', params: {} })).toBe(false);
  });

  it('render picks the locale of a table entry', () => {
    const table = defineMessages({
      'test.hello': {
        en: (p: { name: string }) => `hello ${p.name}`,
        fr: (p) => `bonjour ${p.name}`,
      },
    });
    expect(render(table, 'test.hello', { name: 'Dara' })).toBe('hello Dara');
    expect(render(table, 'test.hello', { name: 'Dara' }, 'fr')).toBe('bonjour Dara');
  });

  it('lists: English without a serial comma, French from Intl', () => {
    expect(orList([], 'en')).toBe('');
    expect(orList(["'a'"], 'en')).toBe("'a'");
    expect(orList(["'a'", "'b'"], 'en')).toBe("'a' or 'b'");
    expect(orList(["'a'", "'b'", "'c'"], 'en')).toBe("'a', 'b' or 'c'");
    expect(orList(["'a'", "'b'", "'c'"], 'fr')).toBe("'a', 'b' ou 'c'");
    expect(andList(['A1', 'B2', 'C3'], 'en')).toBe('A1, B2 and C3');
    expect(andList(['A1', 'B2', 'C3'], 'fr')).toBe('A1, B2 et C3');
  });

  it('numbers: a decimal point in English, a decimal comma in French, no grouping', () => {
    expect(number(0.25, 'en')).toBe('0.25');
    expect(number(0.25, 'fr')).toBe('0,25');
    expect(number(12345.678, 'fr')).toBe('12345,68');
    expect(number(2 / 3, 'en', 3)).toBe('0.667');
  });

  it('valueIn shows values in each language', () => {
    expect(valueIn('x', 'en')).toBe("'x'");
    expect(valueIn('x', 'fr')).toBe("'x'");
    expect(valueIn(undefined, 'en')).toBe('nothing');
    expect(valueIn(undefined, 'fr')).toBe('rien');
    expect(valueIn([1], 'fr')).toBe('un tableau');
    expect(valueIn({}, 'fr')).toBe('un objet');
    expect(valueIn(() => 1, 'fr')).toBe('une fonction');
    expect(valueIn(Symbol('s'), 'fr')).toBe('un symbole');
    expect(valueIn(null, 'fr')).toBe('null');
    expect(valueIn(-0, 'fr')).toBe('-0');
    expect(valueIn('a'.repeat(41), 'fr')).toBe(`'${'a'.repeat(40)}…' (41\u00a0caractères)`);
    expect(valueIn('a'.repeat(41), 'en')).toBe(`'${'a'.repeat(40)}…' (41 characters)`);
  });

  it("receivedFr: « valeur reçue 'x' », a colon before a kind, « aucune valeur reçue » for nothing", () => {
    expect(receivedFr('x')).toBe("valeur reçue 'x'");
    expect(receivedFr(0)).toBe('valeur reçue 0');
    expect(receivedFr(null)).toBe('valeur reçue null');
    expect(receivedFr(false)).toBe('valeur reçue false');
    expect(receivedFr([1])).toBe('valeur reçue\u00a0: un tableau');
    expect(receivedFr({})).toBe('valeur reçue\u00a0: un objet');
    expect(receivedFr(() => 1)).toBe('valeur reçue\u00a0: une fonction');
    expect(receivedFr(undefined)).toBe('aucune valeur reçue');
    expect(
      formatMessage(
        'option.invalid_on',
        { caller: 'regionOf', received: undefined },
        { locale: 'fr' },
      ),
    ).toBe(
      'regionOf\u00a0: on doit être une date valide au format AAAA-MM-JJ, aucune valeur reçue',
    );
    expect(
      formatMessage('option.invalid_on', { caller: 'regionOf', received: [] }, { locale: 'fr' }),
    ).toBe(
      'regionOf\u00a0: on doit être une date valide au format AAAA-MM-JJ, valeur reçue\u00a0: un tableau',
    );
  });

  it('locale.unknown in French: the locales as a list with « ou »', () => {
    const params = { caller: 'renderReport', received: 7, allowed: ['en', 'fr', 'km'] };
    expect(formatMessage('locale.unknown', params, { locale: 'fr' })).toBe(
      "renderReport\u00a0: la langue doit être 'en', 'fr' ou 'km', valeur reçue 7",
    );
  });
});

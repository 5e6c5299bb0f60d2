import type { ClosedListKey, ClosedListValue, InvalidValueData } from '../messages/issues.js';
import { ISSUE_EN, LIST_WORDS } from '../messages/issues.js';
import { ACTIVITIES } from './activities.js';
import { AREAS } from './areas.js';
import { CELLS } from './cells.js';
import { COUNTRIES } from './countries.data.js';
import { INSTITUTION_TYPES } from './institutionTypes.js';
import { ISCED_FIELDS, ISCED_FIELD_CODES } from './iscedFields.data.js';
import { CEFR_LEVELS, LANGUAGES } from './languages.js';
import { REGIONS } from './regions.js';
import { STRATEGIES } from './strategies.js';

/**
 * "Did you mean": the closest allowed values of a closed list for a value that is not in
 * it. Zod-free, so that the schemas' issues and the `RangeError`s of the functions' options
 * (`rankPartners`' need …) say the same thing. The sentence itself is the message
 * `issue.invalid_value` of the catalogue (src/messages/issues.ts), in English and French;
 * this module computes what it says (`params`).
 *
 * @internal
 * @module
 */

export type { ClosedListKey, ClosedListValue };

/** A name in English and French, shown beside an opaque code (`'BE' (Belgium)`). @internal */
export interface ClosedListLabel {
  readonly en: string;
  readonly fr: string;
}

/** One allowed value and the words a person may write for it. @internal */
export interface ClosedListEntry {
  /** The allowed value. */
  readonly value: ClosedListValue;
  /** Other words for it, matched like the value: names in English and French, keys. */
  readonly words: readonly string[];
  /** A name shown beside the value in a suggestion (`'BE' (Belgium)`), for opaque codes. */
  readonly label?: ClosedListLabel | undefined;
}

/**
 * A closed list as messages describe it: `'univ' is not <noun>; did you mean …? (<count>
 * <counted> <range>, see <catalog>)`, the words from `LIST_WORDS[of]`.
 *
 * @internal
 */
export interface ClosedList {
  /** Which list it is: its words in the message catalogue (`LIST_WORDS`). */
  readonly of: ClosedListKey;
  /** The catalog export that lists the values: `'INSTITUTION_TYPES'`. */
  readonly catalog?: string | undefined;
  /** The allowed values with their words, in the list's order (made on first use). */
  readonly entries: () => readonly ClosedListEntry[];
  /** The value the input should be, with its article, in English: `'an institution type'`. */
  readonly noun: string;
}

/** What {@link suggest} found. @internal */
export interface Suggestions {
  /** The closest allowed values, best first (at most three). */
  readonly values: readonly ClosedListValue[];
  /** `true` when the input is one of them written another way (case, accents, a name). */
  readonly certain: boolean;
}

/** Case, accents and punctuation removed: `'Côte d’Ivoire'` → `'cote d ivoire'`. */
function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

// Three rows of the distance table, reused from call to call: no allocation per comparison.
let rows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(0),
  new Int32Array(0),
  new Int32Array(0),
];

/**
 * The optimal-string-alignment distance (Levenshtein with adjacent transpositions) when it
 * is at most `limit`, else `limit + 1`.
 */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rows[0].length <= b.length) {
    const size = b.length + 1;
    rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  let [beforePrevious, previous, current] = rows;
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length] ?? limit + 1;
}

/** Longer inputs are compared whole only: no typo search through hostile text. */
const MAX_FUZZY_LENGTH = 64;
const MAX_WORD_LENGTH = 256;
const MAX_SUGGESTIONS = 3;

const NO_MATCH = Number.POSITIVE_INFINITY;

/**
 * How close a word is to the input, as one number (lower is closer): 0 the same word, 1xx
 * a word the input begins (xx: the letters missing), 2xx a word `xx` typos away (at most
 * `limit`), `NO_MATCH` otherwise. One number rather than an object: a search compares the
 * input with up to 750 words.
 */
function closeness(input: string, word: string, isName: boolean, limit: number): number {
  if (word === input) return 0;
  if (input.length > MAX_FUZZY_LENGTH) return NO_MATCH;
  if (input.length >= (isName ? 3 : 2) && word.startsWith(input)) {
    return 100 + Math.min(99, word.length - input.length);
  }
  if (limit === 0 || Math.abs(word.length - input.length) > limit) return NO_MATCH;
  const typos = distance(input, word, limit);
  return typos <= limit ? 200 + typos : NO_MATCH;
}

const normalisedWords = new WeakMap<ClosedList, readonly (readonly string[])[]>();

/** Each entry's value and words, normalised, made once per list. */
function wordsOf(list: ClosedList): readonly (readonly string[])[] {
  let words = normalisedWords.get(list);
  if (words === undefined) {
    words = list
      .entries()
      .map((entry) => [normalise(String(entry.value)), ...entry.words.map(normalise)]);
    normalisedWords.set(list, words);
  }
  return words;
}

/**
 * The allowed values closest to a value that is not in the list: the value written another
 * way (case, accents, separators) or a name of it (`'Belgium'`, `'Belgique'` → `'BE'`);
 * else values and names it begins (`'univ'` → `'university'`); else values and names a
 * few typos away (`'Frnace'` → `'FR'`). At most three, best first, then in list order.
 *
 * @internal
 */
export function suggest(list: ClosedList, received: unknown): Suggestions {
  if (typeof received !== 'string' && typeof received !== 'number') return NONE;
  // No name is this long: such a value is compared with nothing (and not kept).
  if (typeof received === 'string' && received.length > MAX_WORD_LENGTH) return NONE;
  // A bulk file repeats its mistakes: each is looked for once (and the issue's message and
  // params ask twice).
  let cache = suggestionCache.get(list);
  if (cache === undefined) {
    cache = new Map();
    suggestionCache.set(list, cache);
  }
  const key = `${typeof received}:${String(received)}`;
  let found = cache.get(key);
  if (found === undefined) {
    found = search(list, received);
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, found);
  }
  return found;
}

const NONE: Suggestions = Object.freeze({ values: Object.freeze([]), certain: false });
const MAX_CACHED = 256;
const suggestionCache = new WeakMap<ClosedList, Map<string, Suggestions>>();

function search(list: ClosedList, received: string | number): Suggestions {
  const input = normalise(String(received));
  if (input === '') return NONE;
  const entries = list.entries();
  const words = wordsOf(list);
  const limit = Math.min(3, Math.floor(input.length / 3));
  const found: { value: ClosedListValue; rank: number; index: number }[] = [];
  entries.forEach((entry, index) => {
    const entryWords = words[index] ?? [];
    let best = NO_MATCH;
    for (let position = 0; position < entryWords.length; position += 1) {
      best = Math.min(best, closeness(input, entryWords[position] ?? '', position > 0, limit));
    }
    if (best !== NO_MATCH) found.push({ value: entry.value, rank: best, index });
  });
  found.sort((a, b) => a.rank - b.rank || a.index - b.index);
  const certain = found[0]?.rank === 0;
  const chosen = certain ? found.filter((match) => match.rank === 0) : found;
  return Object.freeze({
    values: Object.freeze(chosen.slice(0, MAX_SUGGESTIONS).map((match) => match.value)),
    certain,
  });
}

const allowedValues = new WeakMap<ClosedList, readonly ClosedListValue[]>();

/** The allowed values of a list, one frozen array shared by every issue that names them. */
function allowedOf(list: ClosedList): readonly ClosedListValue[] {
  let allowed = allowedValues.get(list);
  if (allowed === undefined) {
    allowed = Object.freeze(list.entries().map((entry) => entry.value));
    allowedValues.set(list, allowed);
  }
  return allowed;
}

/**
 * What the message `issue.invalid_value` says of a value that is not in a closed list: the
 * allowed values, the closest of them, whether the input is one of them written another
 * way, and their names when the list's codes are opaque. `params.list` is the catalog
 * export, when the list has one.
 *
 * @internal
 */
export function invalidValueParams(list: ClosedList, received: unknown): InvalidValueData {
  const allowed = allowedOf(list);
  const { values, certain } = suggest(list, received);
  const params: InvalidValueData = {
    received,
    allowed,
    suggestions: values,
    of: list.of,
    certain,
  };
  // A list of opaque codes has a name for each (`'BE' (Belgium)`).
  const withLabels =
    list.entries()[0]?.label !== undefined
      ? {
          ...params,
          labels: values.map((value) => {
            const label = list.entries().find((entry) => entry.value === value)?.label;
            return label ?? { en: String(value), fr: String(value) };
          }),
        }
      : params;
  return list.catalog === undefined ? withLabels : { ...withLabels, list: list.catalog };
}

/**
 * The English sentence for a value that is not in a closed list, and the params it is made
 * from: `'univ' is not an institution type; did you mean 'university'? (11 types, see
 * INSTITUTION_TYPES)`. When the input is a value written another way or a name of it
 * (`'Belgium'`), the suggestion is certain and the count is left out.
 *
 * @internal
 */
export function unknownValue(
  list: ClosedList,
  received: unknown,
): {
  readonly message: string;
  readonly allowed: readonly ClosedListValue[];
  readonly suggestions: readonly ClosedListValue[];
  readonly params: InvalidValueData;
} {
  const params = invalidValueParams(list, received);
  return {
    message: ISSUE_EN['issue.invalid_value'](params),
    allowed: params.allowed,
    suggestions: params.suggestions,
    params,
  };
}

/** A list whose entries are built on first use, then kept. */
function lazyEntries(build: () => readonly ClosedListEntry[]): () => readonly ClosedListEntry[] {
  let entries: readonly ClosedListEntry[] | undefined;
  return () => (entries ??= build());
}

/**
 * A closed list: its key in the catalogue's words, its catalog export, and its entries,
 * built on first use. Importing this module does no work, and a bundle keeps only the lists
 * it uses.
 *
 * @internal
 */
export function closedList(
  of: ClosedListKey,
  build: () => readonly ClosedListEntry[],
  catalog?: string,
): ClosedList {
  return {
    of,
    catalog,
    entries: lazyEntries(build),
    get noun() {
      return LIST_WORDS[of][0];
    },
  };
}

/** Entries that are their values only, with no other words. @internal */
export function plainEntries(values: readonly ClosedListValue[]): readonly ClosedListEntry[] {
  return values.map((value) => ({ value, words: [] }));
}

/**
 * The French name of a language, from the platform's CLDR data (`Intl.DisplayNames`):
 * `LANGUAGES` carries English names only. `undefined` where the platform has none.
 */
function frenchLanguageNames(): (code: string) => string | undefined {
  try {
    const names = new Intl.DisplayNames(['fr'], { type: 'language', fallback: 'none' });
    return (code) => names.of(code);
  } catch {
    return () => undefined;
  }
}

// The catalog's closed lists.

/** ISO 3166-1 alpha-2 codes; words: the English and French names. @internal */
export const COUNTRY_LIST: ClosedList = /* @__PURE__ */ closedList(
  'country',
  () =>
    COUNTRIES.map((country) => ({
      value: country.code,
      words: [country.name.en, country.name.fr],
      label: country.name,
    })),
  'COUNTRIES',
);

/**
 * ISO 639-1 codes; words: the English names and the French ones (`'allemand'` → `'de'`).
 * @internal
 */
export const LANGUAGE_LIST: ClosedList = /* @__PURE__ */ closedList(
  'language',
  () => {
    const french = frenchLanguageNames();
    return LANGUAGES.map((language) => {
      const fr = french(language.code) ?? language.name.en;
      return {
        value: language.code,
        words: fr === language.name.en ? [language.name.en] : [language.name.en, fr],
        label: { en: language.name.en, fr },
      };
    });
  },
  'LANGUAGES',
);

/** The 20 cells. @internal */
export const CELL_LIST: ClosedList = /* @__PURE__ */ closedList(
  'cell',
  () => plainEntries(CELLS),
  'CELLS',
);

/** The priority areas; words: keys and titles. @internal */
export const AREA_LIST: ClosedList = /* @__PURE__ */ closedList(
  'area',
  () =>
    AREAS.map((area) => ({
      value: area.code,
      words: [area.key, area.title.en, area.title.fr],
      label: area.title,
    })),
  'AREAS',
);

/** The activities; words: keys and titles. @internal */
export const ACTIVITY_LIST: ClosedList = /* @__PURE__ */ closedList(
  'activity',
  () =>
    ACTIVITIES.map((activity) => ({
      value: activity.code,
      words: [activity.key, activity.title.en, activity.title.fr],
      label: activity.title,
    })),
  'ACTIVITIES',
);

/** The activities a mobility commitment can have: 1 (staff) and 2 (students). @internal */
export const MOBILITY_ACTIVITY_LIST: ClosedList = /* @__PURE__ */ closedList(
  'mobility-activity',
  () => ACTIVITY_LIST.entries().filter((entry) => entry.value === 1 || entry.value === 2),
);

/** The strategies of Goal #6; words: keys and titles; shown with their keys. @internal */
export const STRATEGY_LIST: ClosedList = /* @__PURE__ */ closedList(
  'strategy',
  () =>
    STRATEGIES.map((strategy) => ({
      value: strategy.code,
      words: [strategy.key, strategy.title.en, strategy.title.fr],
      label: { en: strategy.key, fr: strategy.key },
    })),
  'STRATEGIES',
);

/** The institution types; words: titles in English and French. @internal */
export const INSTITUTION_TYPE_LIST: ClosedList = /* @__PURE__ */ closedList(
  'institution-type',
  () =>
    INSTITUTION_TYPES.map((type) => ({
      value: type.code,
      words: [type.title.en, type.title.fr],
    })),
  'INSTITUTION_TYPES',
);

/** The CEFR levels. @internal */
export const CEFR_LEVEL_LIST: ClosedList = /* @__PURE__ */ closedList(
  'cefr-level',
  () => plainEntries(CEFR_LEVELS),
  'CEFR_LEVELS',
);

/** The network's world regions; words: titles in English and French. @internal */
export const REGION_LIST: ClosedList = /* @__PURE__ */ closedList(
  'region',
  () =>
    REGIONS.map((region) => ({
      value: region.code,
      words: [region.title.en, region.title.fr],
    })),
  'REGIONS',
);

/**
 * The 149 ISCED-F 2013 detailed fields; words: their English names (`'medicine'` →
 * `'0912'`), shown beside the codes in both languages (`ISCED_FIELDS` has English names
 * only). @internal
 */
export const ISCED_FIELD_LIST: ClosedList = /* @__PURE__ */ closedList(
  'isced-field',
  () =>
    ISCED_FIELDS.map((field) => ({
      value: field.code,
      words: [field.name.en],
      label: { en: field.name.en, fr: field.name.en },
    })),
  'ISCED_FIELDS',
);

/**
 * The 149 ISCED-F 2013 codes without their names: the list `IscedFieldSchema` suggests from.
 * The schema checks a value's four digits first, so a name never reaches it, and a parse's
 * bundle leaves the 149 names out (over 2 KB gzip, more than the size budget of
 * `safeParseNetwork` has to spare): its suggestions are bare codes, `'0918'` → `'0910'`,
 * `'0911'` or `'0912'`. @internal
 */
export const ISCED_FIELD_CODE_LIST: ClosedList = /* @__PURE__ */ closedList(
  'isced-field',
  () => plainEntries(ISCED_FIELD_CODES),
  'ISCED_FIELDS',
);

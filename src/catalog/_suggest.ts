import { ACTIVITIES } from './activities.js';
import { AREAS } from './areas.js';
import { CELLS } from './cells.js';
import { COUNTRIES } from './countries.data.js';
import { HEALTH_FIELDS } from './healthFields.js';
import { INSTITUTION_TYPES } from './institutionTypes.js';
import { CEFR_LEVELS, LANGUAGES } from './languages.js';
import { REGIONS } from './regions.js';
import { STRATEGIES } from './strategies.js';

/**
 * "Did you mean": the closest allowed values of a closed list for a value that is not in
 * it, and the sentence that says so. Zod-free, so that the schemas' issues and the
 * `RangeError`s of the functions' options (`rankPartners`' need …) say the same thing.
 *
 * @internal
 * @module
 */

/** A value of a closed list: a code (`'FR'`, `'C5'`, `'university'`) or a number (`3`). @internal */
export type ClosedListValue = string | number;

/** One allowed value and the words a person may write for it. @internal */
export interface ClosedListEntry {
  /** The allowed value. */
  readonly value: ClosedListValue;
  /** Other words for it, matched like the value: names in English and French, keys. */
  readonly words: readonly string[];
  /** A name shown beside the value in a suggestion (`'BE' (Belgium)`), for opaque codes. */
  readonly label?: string | undefined;
}

/**
 * A closed list as messages describe it: `'univ' is not <noun>; did you mean …? (<count>
 * <counted> <range>, see <catalog>)`.
 *
 * @internal
 */
export interface ClosedList {
  /** The value the input should be, with its article: `'an institution type'`. */
  readonly noun: string;
  /** What the list counts, in the plural: `'types'`. */
  readonly counted: string;
  /** The span of the values, shown after the count: `'A1…D5'`. */
  readonly range?: string | undefined;
  /** The catalog export that lists the values: `'INSTITUTION_TYPES'`. */
  readonly catalog?: string | undefined;
  /** The allowed values with their words, in the list's order (made on first use). */
  readonly entries: () => readonly ClosedListEntry[];
  /** What the closing parenthesis says instead of the count, when the list is open-ended. */
  readonly hint?: string | undefined;
}

/** What {@link suggest} found. @internal */
export interface Suggestions {
  /** The closest allowed values, best first (at most three). */
  readonly values: readonly ClosedListValue[];
  /** `true` when the input is one of them written another way (case, accents, a name). */
  readonly certain: boolean;
}

const MAX_SHOWN = 40;

/**
 * Shows a received value briefly in a message: strings quoted (and shortened past 40
 * characters), numbers as they are, other values by their kind. @internal
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value.length > MAX_SHOWN
        ? `'${value.slice(0, MAX_SHOWN)}…' (${value.length} characters)`
        : `'${value}'`;
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
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

/** A value as a message shows it: strings quoted, numbers bare. */
function showValue(value: ClosedListValue): string {
  return typeof value === 'number' ? String(value) : `'${value}'`;
}

function alternatives(shown: readonly string[]): string {
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} or ${shown.at(-1) ?? ''}`;
}

/** The closing parenthesis: how many values there are, and where they are listed. */
function countOf(list: ClosedList, allowed: readonly ClosedListValue[]): string {
  if (list.hint !== undefined) return list.hint;
  const count = `${allowed.length} ${list.counted}${list.range === undefined ? '' : ` ${list.range}`}`;
  if (list.catalog !== undefined) return `${count}, see ${list.catalog}`;
  // A list no catalog export holds is short (a schema's enum): show it whole.
  return `${count}: ${allowed.map(showValue).join(', ')}`;
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
 * The sentence for a value that is not in a closed list, and the suggestions it names:
 * `'univ' is not an institution type; did you mean 'university'? (11 types, see
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
} {
  const entries = list.entries();
  const allowed = allowedOf(list);
  const numeric = allowed.some((value) => typeof value === 'number');
  const { values, certain } = suggest(list, received);
  const named =
    typeof received === 'string' || (numeric && typeof received === 'number')
      ? `${describeValue(received)} is not ${list.noun}`
      : `expected ${list.noun}, received ${describeValue(received)}`;
  const shown = values.map((value) => {
    const label = entries.find((entry) => entry.value === value)?.label;
    return label === undefined ? showValue(value) : `${showValue(value)} (${label})`;
  });
  const meant = shown.length === 0 ? '' : `; did you mean ${alternatives(shown)}?`;
  const count = certain ? '' : ` (${countOf(list, allowed)})`;
  return { message: `${named}${meant}${count}`, allowed, suggestions: values };
}

/** A list whose entries are built on first use, then kept. */
function lazyEntries(build: () => readonly ClosedListEntry[]): () => readonly ClosedListEntry[] {
  let entries: readonly ClosedListEntry[] | undefined;
  return () => (entries ??= build());
}

// The catalog's closed lists. Each is a plain object whose entries are built on first use,
// so importing this module does no work and a bundle keeps only the lists it uses.

/** ISO 3166-1 alpha-2 codes; words: the English and French names. @internal */
export const COUNTRY_LIST: ClosedList = {
  noun: 'a country code',
  counted: 'ISO 3166-1 alpha-2 codes',
  catalog: 'COUNTRIES',
  entries: /* @__PURE__ */ lazyEntries(() =>
    COUNTRIES.map((country) => ({
      value: country.code,
      words: [country.name.en, country.name.fr],
      label: country.name.en,
    })),
  ),
};

/** ISO 639-1 codes; words: the English names. @internal */
export const LANGUAGE_LIST: ClosedList = {
  noun: 'a language code',
  counted: 'ISO 639-1 codes',
  catalog: 'LANGUAGES',
  entries: /* @__PURE__ */ lazyEntries(() =>
    LANGUAGES.map((language) => ({
      value: language.code,
      words: [language.name.en],
      label: language.name.en,
    })),
  ),
};

/** The 20 cells. @internal */
export const CELL_LIST: ClosedList = {
  noun: 'a cell code',
  counted: 'cells',
  range: 'A1…D5',
  catalog: 'CELLS',
  entries: /* @__PURE__ */ lazyEntries(() => CELLS.map((cell) => ({ value: cell, words: [] }))),
};

/** The priority areas; words: keys and titles. @internal */
export const AREA_LIST: ClosedList = {
  noun: 'an area code',
  counted: 'areas',
  range: 'A…D',
  catalog: 'AREAS',
  entries: /* @__PURE__ */ lazyEntries(() =>
    AREAS.map((area) => ({
      value: area.code,
      words: [area.key, area.title.en, area.title.fr],
      label: area.title.en,
    })),
  ),
};

/** The activities; words: keys and titles. @internal */
export const ACTIVITY_LIST: ClosedList = {
  noun: 'an activity code',
  counted: 'activities',
  range: '1…5',
  catalog: 'ACTIVITIES',
  entries: /* @__PURE__ */ lazyEntries(() =>
    ACTIVITIES.map((activity) => ({
      value: activity.code,
      words: [activity.key, activity.title.en, activity.title.fr],
      label: activity.title.en,
    })),
  ),
};

/** The activities a mobility commitment can have: 1 (staff) and 2 (students). @internal */
export const MOBILITY_ACTIVITY_LIST: ClosedList = {
  noun: 'a mobility activity',
  counted: 'activities',
  entries: /* @__PURE__ */ lazyEntries(() =>
    ACTIVITY_LIST.entries().filter((entry) => entry.value === 1 || entry.value === 2),
  ),
};

/** The strategies of Goal #6; words: keys and titles. @internal */
export const STRATEGY_LIST: ClosedList = {
  noun: 'a strategy code',
  counted: 'strategies',
  range: '1…4',
  catalog: 'STRATEGIES',
  entries: /* @__PURE__ */ lazyEntries(() =>
    STRATEGIES.map((strategy) => ({
      value: strategy.code,
      words: [strategy.key, strategy.title.en, strategy.title.fr],
      label: strategy.key,
    })),
  ),
};

/** The institution types; words: titles in English and French. @internal */
export const INSTITUTION_TYPE_LIST: ClosedList = {
  noun: 'an institution type',
  counted: 'types',
  catalog: 'INSTITUTION_TYPES',
  entries: /* @__PURE__ */ lazyEntries(() =>
    INSTITUTION_TYPES.map((type) => ({ value: type.code, words: [type.title.en, type.title.fr] })),
  ),
};

/** The CEFR levels. @internal */
export const CEFR_LEVEL_LIST: ClosedList = {
  noun: 'a CEFR level',
  counted: 'levels',
  range: 'A1…C2',
  catalog: 'CEFR_LEVELS',
  entries: /* @__PURE__ */ lazyEntries(() =>
    CEFR_LEVELS.map((level) => ({ value: level, words: [] })),
  ),
};

/** The network's world regions; words: titles in English and French. @internal */
export const REGION_LIST: ClosedList = {
  noun: 'a region code',
  counted: 'regions',
  catalog: 'REGIONS',
  entries: /* @__PURE__ */ lazyEntries(() =>
    REGIONS.map((region) => ({ value: region.code, words: [region.title.en, region.title.fr] })),
  ),
};

/**
 * ISCED-F 2013 fields: any four digits is a field code, so the list only suggests the
 * health fields (`'medicine'` → `'0912'`). @internal
 */
export const ISCED_FIELD_LIST: ClosedList = {
  noun: 'an ISCED-F 2013 field code',
  counted: 'health fields',
  hint: 'four digits; the health fields are in HEALTH_FIELDS',
  entries: /* @__PURE__ */ lazyEntries(() =>
    HEALTH_FIELDS.map((field) => ({
      value: field.code,
      words: [field.name.en],
      label: field.name.en,
    })),
  ),
};

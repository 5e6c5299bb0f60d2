import { describeValue, kindOf } from '../core/_format.js';
import type { Locale } from '../core/_locales.js';
import { defineMessages, number, orList, type Message } from './_table.js';
import { countFr, receivedFr, valueIn } from './common.js';

// Part of the message catalogue (see ./_table.ts): the messages of validation, English and
// French. Codes are stable and dotted: `issue.<issue code>` for every code of `ISSUE_CODES`
// (each a pure function of the issue's `params`), `parse.<what>` for the rest of what
// validation writes. The words of the closed lists are here too (`LIST_WORDS`); their values
// live in the catalog.
//
// The issues' messages are two tables in the same order, `ISSUE_EN` then `ISSUE_FR` (typed
// from the English: same codes, same params), joined side by side in `ISSUE_MESSAGES`.
// Every parse writes its issues in English, so a bundle that parses and never writes French
// leaves the French out (the size budget of `safeParseNetwork`, scripts/check-size.mjs).

/** A value's place in a message: `'x'`, `5`, or its kind (`an array`), in one locale. */
type Show = (value: unknown) => string;

const showFr: Show = (value) => valueIn(value, 'fr');

/** A French noun phrase with `attendu`, agreed with its article: `une chaîne attendue`. */
function expectedFr(noun: string): string {
  return `${noun} attendu${noun.startsWith('une ') ? 'e' : ''}`;
}

/**
 * The words of each closed list a value can be outside of, in English: `[noun, counted,
 * hint?]`, the noun with its article (`'a country code'`), what the list counts in the
 * plural (`'ISO 3166-1 alpha-2 codes'`) and, for an open-ended list, what the closing
 * parenthesis says instead of the count. {@link LIST_RANGES}: the lists whose count is
 * followed by the span of their values (`20 cells A1…D5`).
 *
 * @internal
 */
export const LIST_WORDS = {
  country: ['a country code', 'ISO 3166-1 alpha-2 codes'],
  language: ['a language code', 'ISO 639-1 codes'],
  cell: ['a cell code', 'cells'],
  area: ['an area code', 'areas'],
  activity: ['an activity code', 'activities'],
  'mobility-activity': ['a mobility activity', 'activities'],
  strategy: ['a strategy code', 'strategies'],
  'institution-type': ['an institution type', 'types'],
  'cefr-level': ['a CEFR level', 'levels'],
  region: ['a region code', 'regions'],
  'isced-field': ['an ISCED-F 2013 field code', 'fields'],
  'commitment-kind': ['a commitment kind', 'kinds'],
  direction: ['a direction', 'directions'],
  level: ['a level', 'levels'],
  'staff-mobility-type': ['a staff mobility type', 'types'],
  'student-mobility-type': ['a student mobility type', 'types'],
  'eqf-level': ['an EQF level', 'levels'],
  'resource-item': ['a resource item', 'items'],
  'programme-type': ['a programme type', 'types'],
  instrument: ['an instrument', 'instruments'],
  value: ['an accepted value', 'values'],
} as const satisfies Readonly<Record<string, ListWords>>;

/** `[noun, counted, hint?]`: see {@link LIST_WORDS}. */
type ListWords = readonly [noun: string, counted: string, hint?: string];

/**
 * Which closed list a value is outside of: a key of {@link LIST_WORDS} (`'country'`,
 * `'institution-type'` …; `'value'` for a list of no name).
 *
 * @internal
 */
export type ClosedListKey = keyof typeof LIST_WORDS;

/** The words of the closed lists in French, as {@link LIST_WORDS}. */
const LIST_WORDS_FR: { readonly [K in ClosedListKey]: ListWords } = {
  country: ['un code de pays', 'codes ISO 3166-1 alpha-2'],
  language: ['un code de langue', 'codes ISO 639-1'],
  cell: ['un code de case', 'cases'],
  area: ['un code de domaine prioritaire', 'domaines prioritaires'],
  activity: ["un code d'activité", 'activités'],
  'mobility-activity': ['une activité de mobilité', 'activités'],
  strategy: ['un code de stratégie', 'stratégies'],
  'institution-type': ["un type d'établissement", 'types'],
  'cefr-level': ['un niveau du CECRL', 'niveaux'],
  region: ['un code de région', 'régions'],
  'isced-field': ["un code de domaine d'études CITE-F 2013", "domaines d'études"],
  'commitment-kind': ["un type d'engagement", 'types'],
  direction: ['un sens de mobilité', 'sens'],
  level: ['un niveau', 'niveaux'],
  'staff-mobility-type': ['un type de mobilité du personnel', 'types'],
  'student-mobility-type': ['un type de mobilité étudiante', 'types'],
  'eqf-level': ['un niveau du CEC', 'niveaux'],
  'resource-item': ['une ressource', 'ressources'],
  'programme-type': ['un type de programme', 'types'],
  instrument: ['un instrument', 'instruments'],
  value: ['une valeur acceptée', 'valeurs'],
};

/** The lists whose count is followed by the span of their values: `20 cells A1…D5`. @internal */
export const LIST_RANGES: readonly ClosedListKey[] = [
  'cell',
  'area',
  'activity',
  'strategy',
  'cefr-level',
  'eqf-level',
];

/** A value of a closed list: a code (`'FR'`, `'C5'`) or a number (`3`). @internal */
export type ClosedListValue = string | number;

/**
 * What a program can read from an `invalid_value` issue, in its `params`: the value
 * received, the values allowed, the closest of them (best first, at most three), the
 * catalog export that lists them when there is one, which list it is (`of`), whether the
 * input is a suggestion written another way (`certain`) and, for opaque codes, the names of
 * the suggestions in English and French (`labels`).
 *
 * @example
 * ```ts
 * const result = safeParsePartner({ ...exampleNetwork.partners[0], type: 'univ' });
 * if (!result.success) result.issues[0]?.params;
 * //=> { received: 'univ', allowed: INSTITUTION_TYPES.map((type) => type.code), suggestions: ['university'], of: 'institution-type', certain: false, list: 'INSTITUTION_TYPES' }
 * ```
 */
export type InvalidValueData = {
  /** The value as the input gave it. */
  readonly received: unknown;
  /** Every allowed value, in the list's order. */
  readonly allowed: readonly (string | number)[];
  /**
   * The allowed values closest to `received`, best first (at most three, maybe none): the
   * value written another way (`'fr'` for `'FR'`), the code of a name (`'Belgium'` or
   * `'Belgique'` → `'BE'`), values it begins (`'univ'` → `'university'`), values a few
   * typos away.
   */
  readonly suggestions: readonly (string | number)[];
  /** The catalog export that lists `allowed` (`'COUNTRIES'`, `'INSTITUTION_TYPES'` …), if any. */
  readonly list?: string | undefined;
  /**
   * Which list it is, by its stable name: `'country'`, `'language'`, `'cell'`, `'area'`,
   * `'activity'`, `'strategy'`, `'institution-type'`, `'commitment-kind'` … (`'value'` for a
   * list of no name).
   */
  readonly of: string;
  /** `true` when `received` is a suggestion written another way, or one of its names. */
  readonly certain: boolean;
  /**
   * For a list of opaque codes (countries, languages, areas …), the name of each suggestion
   * in English and French, in the order of `suggestions`.
   */
  readonly labels?: readonly { readonly en: string; readonly fr: string }[] | undefined;
};

/** A value as a "did you mean" shows it: strings quoted, numbers bare. */
function shown(value: ClosedListValue): string {
  return typeof value === 'number' ? String(value) : `'${value}'`;
}

/** The words of the sentence for a value outside a closed list, in one locale. */
interface InvalidValueWords {
  readonly locale: Locale;
  readonly show: Show;
  readonly lists: { readonly [K in ClosedListKey]: ListWords };
  readonly isNot: (value: string, noun: string) => string;
  readonly expected: (noun: string, received: unknown) => string;
  readonly literal: (allowed: unknown, received: unknown) => string;
  readonly meant: (alternatives: string) => string;
  readonly see: string;
  readonly colon: string;
}

/**
 * The sentence for a value outside a closed list: `'univ' is not an institution type; did
 * you mean 'university'? (11 types, see INSTITUTION_TYPES)`. A pure function of the params.
 */
function invalidValue(p: InvalidValueData, words: InvalidValueWords): string {
  if (p.allowed.length === 1) return words.literal(p.allowed[0], p.received);
  // `of` comes back from stored params too: an unknown name reads as a list of no name.
  const of = (Object.hasOwn(words.lists, p.of) ? p.of : 'value') as ClosedListKey;
  const [noun, counted, hint] = words.lists[of];
  const named =
    typeof p.received === 'string' ||
    (typeof p.received === 'number' && p.allowed.some((value) => typeof value === 'number'))
      ? words.isNot(words.show(p.received), noun)
      : words.expected(noun, p.received);
  const meant =
    p.suggestions.length === 0
      ? ''
      : words.meant(
          orList(
            p.suggestions.map((value, index) => {
              const label = p.labels?.[index]?.[words.locale];
              return label === undefined ? shown(value) : `${shown(value)} (${label})`;
            }),
            words.locale,
          ),
        );
  if (p.certain) return named + meant;
  const range = LIST_RANGES.includes(of)
    ? ` ${String(p.allowed[0])}…${String(p.allowed.at(-1))}`
    : '';
  // A list no catalog export holds is short (a schema's enum): it is shown whole.
  const count =
    hint ??
    `${p.allowed.length} ${counted}${range}${
      p.list === undefined
        ? `${words.colon} ${p.allowed.map(shown).join(', ')}`
        : `${words.see}${p.list}`
    }`;
  return `${named}${meant} (${count})`;
}

const INVALID_VALUE_EN: InvalidValueWords = {
  locale: 'en',
  show: describeValue,
  lists: LIST_WORDS,
  isNot: (value, noun) => `${value} is not ${noun}`,
  expected: (noun, received) => `expected ${noun}, received ${describeValue(received)}`,
  literal: (allowed, received) =>
    `expected ${describeValue(allowed)}, received ${describeValue(received)}`,
  meant: (alternatives) => `; did you mean ${alternatives}?`,
  see: ', see ',
  colon: ':',
};

const INVALID_VALUE_FR: InvalidValueWords = {
  locale: 'fr',
  show: showFr,
  lists: LIST_WORDS_FR,
  isNot: (value, noun) => `${value} n'est pas ${noun}`,
  expected: (noun, received) => `${expectedFr(noun)}, ${receivedFr(received)}`,
  literal: (allowed, received) => `valeur ${showFr(allowed)} attendue, ${receivedFr(received)}`,
  meant: (alternatives) => `\u00a0; vouliez-vous dire ${alternatives}\u00a0?`,
  see: ', voir ',
  colon: '\u00a0:',
};

/** The params of a `too_small` or `too_big` issue. */
type BoundData = {
  /** What is measured: `'string'` (characters), `'array'` or `'set'` (items), `'number'` … */
  readonly origin: string;
  /** `false` when the bound itself is not allowed (`more than 0`). */
  readonly inclusive: boolean;
  /** `true` when the size must be exactly the bound. */
  readonly exact: boolean;
};

/** The words of a bound: at least/more than, at most/less than, exactly. */
type Qualifiers = readonly [
  least: string,
  more: string,
  most: string,
  less: string,
  exactly: string,
];

function qualifier(p: BoundData, words: Qualifiers, maximum: boolean): string {
  return p.exact ? words[4] : (words[(maximum ? 2 : 0) + (p.inclusive ? 0 : 1)] as string);
}

/** `origin` → the noun of what is counted (`character(s)`, `item(s)`); numbers have none. */
function countedEn(origin: string): string | undefined {
  return origin === 'string'
    ? 'character'
    : origin === 'array' || origin === 'set'
      ? 'item'
      : undefined;
}

function boundEn(p: BoundData, limit: number, maximum: boolean): string {
  const words = qualifier(p, ['at least', 'more than', 'at most', 'less than', 'exactly'], maximum);
  const noun = countedEn(p.origin);
  return noun === undefined
    ? `expected a number ${words} ${limit}`
    : `expected ${words} ${limit} ${noun}${limit === 1 ? '' : 's'}`;
}

function boundFr(p: BoundData, limit: number, maximum: boolean): string {
  const noun = p.origin === 'string' ? 'caractère' : countedEn(p.origin) && 'élément';
  if (noun === undefined) {
    const words: Qualifiers = [
      'supérieur ou égal à',
      'strictement supérieur à',
      'inférieur ou égal à',
      'strictement inférieur à',
      'égal à',
    ];
    return `nombre ${qualifier(p, words, maximum)} ${number(limit, 'fr')} attendu`;
  }
  // French: singular below 2 (`0 élément`, `1 caractère`).
  const plural = limit < 2 ? '' : 's';
  const words: Qualifiers = ['au moins', 'plus de', 'au plus', 'moins de', 'exactement'];
  return `${qualifier(p, words, maximum)} ${limit} ${noun}${plural} attendu${plural}`;
}

/** Zod's names of JSON types, in French, for `invalid_type` (others are shown as they are). */
const TYPES_FR: Readonly<Record<string, string>> = {
  string: 'une chaîne de caractères',
  number: 'un nombre',
  int: 'un nombre entier',
  boolean: 'un booléen',
  object: 'un objet',
  array: 'un tableau',
};

/**
 * The forms an `invalid_format` issue names, by its `format` param: the library's own
 * (`'id'`, `'ror-id'` …) and Zod's (`'email'`, `'url'`, `'regex'`).
 */
const FORMATS_EN: Readonly<Record<string, string>> = {
  'academic-year': "an academic year 'YYYY' or 'YYYY-YYYY'",
  'consecutive-years': 'two consecutive years',
  'ror-id': "a ROR id such as '04jpmg381' or 'https://ror.org/04jpmg381'",
  'http-url': 'an http(s) URL such as https://www.example.edu/',
  'isced-field': 'an ISCED-F 2013 field code of four digits',
  'isced-v6-value': 'an ISCED code as IIAs v6 approved it: 1 to 3 digits',
  currency: 'an ISO 4217 currency code such as EUR',
  id: "an id of 1–64 characters a–z, 0–9 and '-', not starting with '-'",
  email: 'an e-mail address',
  url: 'an http(s) URL',
  regex: 'a value of the required form',
};

const FORMATS_FR: Readonly<Record<string, string>> = {
  'academic-year': "une année universitaire 'AAAA' ou 'AAAA-AAAA'",
  'consecutive-years': 'deux années consécutives',
  'ror-id': "un identifiant ROR tel que '04jpmg381' ou 'https://ror.org/04jpmg381'",
  'http-url': 'une URL http(s) telle que https://www.example.edu/',
  'isced-field': "un code de domaine d'études CITE-F 2013 à quatre chiffres",
  'isced-v6-value': "un code CITE tel que les IIA v6 l'ont approuvé\u00a0: 1 à 3 chiffres",
  currency: 'un code de devise ISO 4217 tel que EUR',
  id: "un identifiant de 1 à 64 caractères a–z, 0–9 et '-', ne commençant pas par '-'",
  email: 'une adresse électronique',
  url: 'une URL http(s)',
  regex: 'une valeur de la forme requise',
};

/** How a date must stand to another, in a `date_order` issue. */
type DateRelation = 'after' | 'not-before' | 'not-after';

/** The kinds of record of a network, in French (`duplicate_id`). */
const RECORDS_FR = { partner: 'partenaire', agreement: 'convention', proposal: 'proposition' };

/** `1 issue was`, `2 issues were`. */
function wasEn(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? ' was' : 's were'}`;
}

/** The English of every issue code, a function of the issue's params. @internal */
export const ISSUE_EN = {
  'issue.invalid_type': (p: { expected: string; received: unknown }) =>
    p.received === undefined
      ? `missing required ${p.expected}`
      : `expected ${p.expected}, received ${describeValue(p.received)}`,
  'issue.invalid_value': (p: InvalidValueData) => invalidValue(p, INVALID_VALUE_EN),
  'issue.invalid_format': (p: { format: string; received: unknown }) =>
    `expected ${FORMATS_EN[p.format] ?? `a valid ${p.format}`}, received ${describeValue(p.received)}`,
  'issue.invalid_union': () => 'the value matches none of the accepted forms',
  'issue.too_small': (p: BoundData & { minimum: number }) => boundEn(p, p.minimum, false),
  'issue.too_big': (p: BoundData & { maximum: number }) => boundEn(p, p.maximum, true),
  'issue.not_multiple_of': (p: { divisor: number }) =>
    p.divisor === 1 ? 'expected a whole number' : `expected a multiple of ${p.divisor}`,
  'issue.unrecognized_keys': (p: { key: string; detail?: 'not-in-fields' | undefined }) =>
    `unknown key '${p.key}'${p.detail === 'not-in-fields' ? " (not one of the commitment's fields)" : ''}`,
  'issue.custom': (p: { reason?: 'too-large' | 'unreadable' | undefined }) =>
    p.reason === undefined
      ? 'invalid value'
      : `the input cannot be validated: ${p.reason === 'too-large' ? 'it is nested too deeply or too large' : 'it could not be read'}`,
  'issue.invalid_date': (p: { received: unknown }) =>
    `expected a real calendar date YYYY-MM-DD, received ${describeValue(p.received)}`,
  'issue.invalid_ror_checksum': (p: { id: string; expected: string }) =>
    `the check digits of ROR id '${p.id}' are wrong (expected ${p.expected})`,
  'issue.date_order': (p: {
    field: string;
    date: string;
    relation: DateRelation;
    reference: string;
    referenceDate: string;
  }) =>
    `${p.field} (${p.date}) must be ${p.relation.replace('-', ' ')} ${p.reference} (${p.referenceDate})`,
  'issue.duplicate_value': (p: { value: unknown; firstIndex: number }) =>
    `${describeValue(p.value)} is already listed at index ${p.firstIndex}`,
  'issue.commitment_out_of_scope': (p: { cell: string }) =>
    `the commitment's cell ${p.cell} is not in the agreement's scope`,
  'issue.duplicate_id': (p: {
    kind: 'partner' | 'agreement' | 'proposal';
    id: string;
    firstIndex: number;
  }) => `${p.kind} id '${p.id}' is already used at index ${p.firstIndex}`,
  'issue.unknown_reference': (p: {
    kind: 'partner' | 'agreement';
    id: string;
    detail?: 'self-renewal' | 'no-shared-partner' | 'inline-partner' | undefined;
  }) =>
    `no ${p.kind === 'partner' ? 'partner' : 'other agreement'} has id '${p.id}'${
      p.detail === 'self-renewal'
        ? ' (an agreement cannot renew itself)'
        : p.detail === 'no-shared-partner'
          ? ' sharing a partner with this agreement'
          : p.detail === 'inline-partner'
            ? ' (a proposal from a new institution carries its partner inline)'
            : ''
    }`,
  'issue.home_country_partner': (p: { country: string }) =>
    `a partner in ${p.country}, the home institution's country, is not an international partner`,
  'issue.duplicate_key': () =>
    'duplicate key: JSON keeps only the last of equal keys, so the earlier values would go unchecked',
  'issue.too_many_issues': (p: { maxIssues: number; omitted: number; unchecked: number }) =>
    `validation stopped after ${p.maxIssues} issue${p.maxIssues === 1 ? '' : 's'}: ${[
      p.omitted > 0 ? `${wasEn(p.omitted, 'more issue')} left out` : '',
      p.unchecked > 0 ? `${wasEn(p.unchecked, 'record')} not checked` : '',
    ]
      .filter((part) => part !== '')
      .join(', and ')}`,
};

/** The params of an English message: `{}` for a message that takes none. @internal */
export type ParamsOfEnglish<F> = F extends () => string
  ? Readonly<Record<string, never>>
  : F extends (params: infer P) => string
    ? P
    : never;

/** A table of messages with the codes and params of a table of English messages. */
type Translation<T> = { readonly [C in keyof T]: (params: ParamsOfEnglish<T[C]>) => string };

/** The French of every issue code, in the order of {@link ISSUE_EN}. @internal */
export const ISSUE_FR: Translation<typeof ISSUE_EN> = {
  'issue.invalid_type': (p) => {
    const type = expectedFr(TYPES_FR[p.expected] ?? `type ${p.expected}`);
    return p.received === undefined
      ? `champ obligatoire manquant (${type})`
      : `${type}, ${receivedFr(p.received)}`;
  },
  'issue.invalid_value': (p) => invalidValue(p, INVALID_VALUE_FR),
  'issue.invalid_format': (p) =>
    `format attendu\u00a0: ${FORMATS_FR[p.format] ?? p.format}, ${receivedFr(p.received)}`,
  'issue.invalid_union': () => 'la valeur ne correspond à aucune des formes acceptées',
  'issue.too_small': (p) => boundFr(p, p.minimum, false),
  'issue.too_big': (p) => boundFr(p, p.maximum, true),
  'issue.not_multiple_of': (p) =>
    p.divisor === 1 ? 'nombre entier attendu' : `multiple de ${number(p.divisor, 'fr')} attendu`,
  'issue.unrecognized_keys': (p) =>
    `clé inconnue '${p.key}'${p.detail === 'not-in-fields' ? " (ce code ne figure pas parmi les domaines de l'engagement)" : ''}`,
  'issue.custom': (p) =>
    p.reason === undefined
      ? 'valeur invalide'
      : `les données ne peuvent pas être validées\u00a0: ${p.reason === 'too-large' ? 'elles sont trop imbriquées ou trop volumineuses' : "elles n'ont pas pu être lues"}`,
  'issue.invalid_date': (p) =>
    `date valide au format AAAA-MM-JJ attendue, ${receivedFr(p.received)}`,
  'issue.invalid_ror_checksum': (p) =>
    `les chiffres de contrôle de l'identifiant ROR '${p.id}' sont erronés (chiffres attendus\u00a0: ${p.expected})`,
  'issue.date_order': (p) =>
    `${p.field} (${p.date}) ${p.relation === 'after' ? 'doit' : 'ne doit pas'} être ${p.relation === 'not-before' ? 'antérieure' : 'postérieure'} à ${p.reference} (${p.referenceDate})`,
  'issue.duplicate_value': (p) => `${showFr(p.value)} figure déjà à l'index ${p.firstIndex}`,
  'issue.commitment_out_of_scope': (p) =>
    `la case ${p.cell} de l'engagement n'est pas dans le périmètre de la convention`,
  'issue.duplicate_id': (p) =>
    `l'identifiant de ${RECORDS_FR[p.kind]} '${p.id}' est déjà utilisé à l'index ${p.firstIndex}`,
  'issue.unknown_reference': (p) =>
    p.kind === 'partner'
      ? `aucun partenaire n'a l'identifiant '${p.id}'${p.detail === 'inline-partner' ? " (une proposition d'un nouvel établissement contient la fiche complète de son partenaire)" : ''}`
      : p.detail === 'no-shared-partner'
        ? `aucune autre convention partageant un partenaire avec celle-ci n'a l'identifiant '${p.id}'`
        : `aucune autre convention n'a l'identifiant '${p.id}'${p.detail === 'self-renewal' ? ' (une convention ne peut pas se renouveler elle-même)' : ''}`,
  'issue.home_country_partner': (p) =>
    `un partenaire du pays ${p.country}, celui de l'établissement d'origine, n'est pas un partenaire international`,
  'issue.duplicate_key': () =>
    'clé en double\u00a0: JSON ne garde que la dernière de plusieurs clés identiques, les valeurs précédentes ne seraient donc pas vérifiées',
  'issue.too_many_issues': (p) =>
    `la validation s'est arrêtée après ${countFr(p.maxIssues, 'problème')}\u00a0: ${[
      p.omitted > 0
        ? p.omitted < 2
          ? "1 autre problème n'a pas été signalé"
          : `${p.omitted} autres problèmes n'ont pas été signalés`
        : '',
      p.unchecked > 0
        ? `${countFr(p.unchecked, 'enregistrement')} ${p.unchecked < 2 ? "n'a pas été vérifié" : "n'ont pas été vérifiés"}`
        : '',
    ]
      .filter((part) => part !== '')
      .join(' et ')}`,
};

/** What was validated, in French (`NetworkValidationError`). */
const SUBJECTS_FR: Readonly<Record<string, string>> = {
  network: 'réseau invalide',
  partner: 'partenaire invalide',
  agreement: 'convention invalide',
  proposal: 'proposition invalide',
  input: 'données invalides',
};

/**
 * The message of a bad `maxIssues` option (a thrown `RangeError`, so every parse bundles
 * it). The French shows the value received when it is shown as itself in both languages
 * (a number, a short string …), which keeps the words of `valueIn` out of that bundle.
 *
 * @internal
 */
export const MAX_ISSUES_MESSAGES = /* @__PURE__ */ defineMessages({
  'parse.invalid_max_issues': {
    en: (p: { received: unknown }) =>
      `maxIssues must be a whole number of at least 1, or Infinity; received ${describeValue(p.received)}`,
    fr: (p) =>
      `maxIssues doit être un nombre entier d'au moins 1, ou Infinity${
        kindOf(p.received) === undefined &&
        !(typeof p.received === 'string' && p.received.length > 40)
          ? `\u00a0; valeur reçue ${describeValue(p.received)}`
          : ''
      }`,
  },
});

/** How issues are written for people: one a line, and the error that lists them. @internal */
export const FORMAT_MESSAGES = /* @__PURE__ */ defineMessages({
  'parse.issue_line': {
    en: (p: { path: string; message: string }) => `${p.path}: ${p.message}`,
    fr: (p) => `${p.path}\u00a0: ${p.message}`,
  },
  'parse.root': {
    en: () => '(root)',
    fr: () => '(racine)',
  },
  'parse.failed': {
    en: (p: { subject: string; count: number; truncated: boolean; lines: string; more: number }) =>
      `Invalid ${p.subject}: ${p.truncated ? `more than ${p.count} issues` : `${p.count} issue${p.count === 1 ? '' : 's'}`}\n${p.lines}${p.more > 0 ? `\n… and ${p.more} more` : ''}`,
    fr: (p) =>
      `${SUBJECTS_FR[p.subject] ?? `${p.subject} invalide`}\u00a0: ${p.truncated ? `plus de ${p.count} problèmes` : countFr(p.count, 'problème')}\n${p.lines}${p.more > 0 ? `\n… et ${p.more} autre${p.more < 2 ? '' : 's'}` : ''}`,
  },
});

/**
 * Joins the English and French tables of the issues' messages into entries side by side,
 * `{ en, fr }`, as the catalogue holds them. A new locale is a compile error here until
 * its table is given.
 */
function sideBySide<T extends Readonly<Record<string, (params: never) => string>>>(
  tables: { readonly en: T } & { readonly [L in Exclude<Locale, 'en'>]: Translation<T> },
): { readonly [C in keyof T]: Message<ParamsOfEnglish<T[C]>> } {
  const entries: Record<string, Record<string, unknown>> = {};
  for (const [locale, table] of Object.entries(tables)) {
    for (const [code, message] of Object.entries(table)) (entries[code] ??= {})[locale] = message;
  }
  return entries as { readonly [C in keyof T]: Message<ParamsOfEnglish<T[C]>> };
}

/** @internal */
export const ISSUE_MESSAGES = /* @__PURE__ */ (() => ({
  ...sideBySide({ en: ISSUE_EN, fr: ISSUE_FR }),
  ...MAX_ISSUES_MESSAGES,
  ...FORMAT_MESSAGES,
}))();

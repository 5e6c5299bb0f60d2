import type { Locale } from '../core/_locales.js';
import { countFr } from './common.js';
import { plural } from '../core/_format.js';
import { defineMessages, number, orList } from './_table.js';

// Part of the message catalogue (see ./_table.ts): English and French side by side.
// Codes are stable and dotted: `<domain>.<what>`. Everything the `uhs-network` CLI writes
// for people is here: usage errors, I/O errors, the lines of `validate`, summaries, table
// headers and the help. Facts (defaults, lists, names of variables) come in as params.

/** A value from the command line or the input, as the CLI has always shown it: `'x'`. */
function quoted(value: string): string {
  return `'${value}'`;
}

/** A size in bytes for people: whole MiB, KiB, or bytes (Mio, Kio, octets in French). */
function sizeIn(bytes: number, locale: Locale): string {
  const MIB = 1024 * 1024;
  const fr = locale === 'fr';
  if (bytes >= MIB && bytes % MIB === 0)
    return fr ? `${bytes / MIB}\u00a0Mio` : `${bytes / MIB} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0)
    return fr ? `${bytes / 1024}\u00a0Kio` : `${bytes / 1024} KiB`;
  return fr ? countFr(bytes, 'octet') : plural(bytes, 'byte');
}

/**
 * Why a file or a stream could not be used, by the kind of failure: `reason` is one of
 * these keys, `detail` the system's own words for any other failure.
 */
const IO_REASONS: { readonly [L in Locale]: Readonly<Record<string, string>> } = {
  en: {
    'no-such-file': 'no such file or directory',
    directory: 'it is a directory',
    permission: 'permission denied',
    'not-directory': 'a part of the path is not a directory',
    'name-too-long': 'the name is too long',
    'invalid-path': 'the name is not a valid path',
    'too-many-files': 'too many open files',
    'no-space': 'no space left on device',
    'closed-pipe': 'the reader closed the pipe',
    io: 'input/output error',
    'not-ready': 'the stream is not ready (non-blocking)',
    unknown: 'unknown error',
  },
  fr: {
    'no-such-file': 'fichier ou dossier introuvable',
    directory: "c'est un dossier",
    permission: 'permission refusée',
    'not-directory': "une partie du chemin n'est pas un dossier",
    'name-too-long': 'le nom est trop long',
    'invalid-path': "le nom n'est pas un chemin valide",
    'too-many-files': 'trop de fichiers ouverts',
    'no-space': "plus d'espace libre sur le périphérique",
    'closed-pipe': 'le lecteur a fermé le tube',
    io: "erreur d'entrée-sortie",
    'not-ready': "le flux n'est pas prêt (non bloquant)",
    unknown: 'erreur inconnue',
  },
};

/**
 * What went wrong with a file or a stream: `reason` is a key of the messages
 * (`no-such-file`, `permission` …), or `other`, and then `detail` (the first line of the
 * system's message) says it.
 *
 * @internal
 */
export interface IoFailure {
  readonly reason: string;
  readonly detail: string;
}

function ioReason(p: IoFailure, locale: Locale): string {
  return IO_REASONS[locale][p.reason] ?? p.detail;
}

/** What is wrong with text that is not JSON (`src/cli/_json.ts`). @internal */
export interface JsonProblem {
  /** `nested`, `unreadable`, `expected-property`, `expected-colon`, `expected-value`,
   * `expected-comma`, `unexpected-after`, `unterminated-string`, `control-character`,
   * `invalid-escape`, `invalid-number`. */
  readonly problem: string;
  /** What was found, shown (`'}'`); absent at the end of the input. */
  readonly found?: string | undefined;
  /** The bracket that could close the container (`expected-comma`). */
  readonly close?: string | undefined;
  /** The escape (`invalid-escape`: `x` for `\x`), or the control character shown as JSON. */
  readonly character?: string | undefined;
  /** The JSON reader's own words (`unreadable`). */
  readonly detail?: string | undefined;
}

function jsonReasonEn(p: JsonProblem): string {
  const found = p.found ?? 'the end of the input';
  switch (p.problem) {
    case 'nested':
      return 'it is nested too deeply';
    case 'expected-property':
      return `expected a property name in double quotes, found ${found}`;
    case 'expected-colon':
      return `expected ':' after a property name, found ${found}`;
    case 'expected-value':
      return `expected a value, found ${found}`;
    case 'expected-comma':
      return `expected ',' or '${p.close ?? ''}', found ${found}`;
    case 'unexpected-after':
      return `unexpected ${found} after the JSON value`;
    case 'unterminated-string':
      return 'unterminated string';
    case 'control-character':
      return `control character ${p.character ?? ''} in a string (escape it)`;
    case 'invalid-escape':
      return `invalid escape '\\${p.character ?? ''}' in a string`;
    case 'invalid-number':
      return 'invalid number';
    default:
      return p.detail ?? '';
  }
}

function jsonReasonFr(p: JsonProblem): string {
  const found = p.found === undefined ? 'la fin du texte' : p.found;
  switch (p.problem) {
    case 'nested':
      return 'il est imbriqué trop profondément';
    case 'expected-property':
      return `nom de propriété entre guillemets doubles attendu au lieu de ${found}`;
    case 'expected-colon':
      return `':' attendu après un nom de propriété au lieu de ${found}`;
    case 'expected-value':
      return `valeur attendue au lieu de ${found}`;
    case 'expected-comma':
      return `',' ou '${p.close ?? ''}' attendu au lieu de ${found}`;
    case 'unexpected-after':
      return `caractère ${found} inattendu après la valeur JSON`;
    case 'unterminated-string':
      return 'chaîne non terminée';
    case 'control-character':
      return `caractère de contrôle ${p.character ?? ''} dans une chaîne (échappez-le)`;
    case 'invalid-escape':
      return `échappement '\\${p.character ?? ''}' invalide dans une chaîne`;
    case 'invalid-number':
      return 'nombre invalide';
    default:
      return p.detail ?? '';
  }
}

/** What `validate --kind` reads: its French noun and gender-free adjectives. */
const KINDS_FR: Readonly<Record<string, readonly [one: string, many: string]>> = {
  network: ['réseau', 'réseaux'],
  partner: ['partenaire', 'partenaires'],
  agreement: ['convention', 'conventions'],
  proposal: ['proposition', 'propositions'],
};

function kindFr(kind: string, count: number): string {
  const [one, many] = KINDS_FR[kind] ?? [kind, kind];
  return count < 2 ? one : many;
}

/** What an option's code must be (`match --cells`, `--fields`, `--languages`, `--regions`). @internal */
export interface CodeKind {
  readonly kind: string;
  /** The first and last codes of the list (cells, health fields). */
  readonly first?: string | undefined;
  readonly last?: string | undefined;
  /** The whole list, when it is short (regions). */
  readonly codes?: readonly string[] | undefined;
}

function codeKindEn(p: CodeKind): string {
  switch (p.kind) {
    case 'cell':
      return `a cell code (${p.first ?? ''} … ${p.last ?? ''})`;
    case 'health-field':
      return `an ISCED-F 2013 health field code (${p.first ?? ''} … ${p.last ?? ''})`;
    case 'language':
      return 'an ISO 639-1 language code';
    default:
      return `a region (${(p.codes ?? []).join(', ')})`;
  }
}

function codeKindFr(p: CodeKind): string {
  switch (p.kind) {
    case 'cell':
      return `un code de case (${p.first ?? ''} … ${p.last ?? ''})`;
    case 'health-field':
      return `un code de domaine d'études des sciences de la santé de la CITE-F 2013 (${p.first ?? ''} … ${p.last ?? ''})`;
    case 'language':
      return 'un code de langue ISO 639-1';
    default:
      return `un code de région (${(p.codes ?? []).join(', ')})`;
  }
}

/** The columns of `match`'s ranked table. */
const MATCH_COLUMNS: { readonly [L in Locale]: Readonly<Record<string, string>> } = {
  en: {
    rank: '#',
    partner: 'partner',
    score: 'score',
    cells: 'cells',
    fields: 'fields',
    languages: 'languages',
    name: 'name',
  },
  fr: {
    rank: '#',
    partner: 'partenaire',
    score: 'score',
    cells: 'cases',
    fields: "domaines d'études",
    languages: 'langues',
    name: 'nom',
  },
};

/** The column headers of `ewp import`'s tables of agreements and partners. */
const IMPORT_COLUMNS: { readonly [L in Locale]: Readonly<Record<string, string>> } = {
  en: {
    agreement: 'agreement',
    partners: 'partners',
    period: 'period',
    cells: 'cells',
    commitments: 'commitments',
    partner: 'partner',
    schac: 'SCHAC id',
    country: 'country',
    name: 'name',
  },
  fr: {
    agreement: 'convention',
    partners: 'partenaires',
    period: 'période',
    cells: 'cases',
    commitments: 'engagements',
    partner: 'partenaire',
    schac: 'identifiant SCHAC',
    country: 'pays',
    name: 'nom',
  },
};

/** The steps of `plan`'s timeline in the plural, for its heading. */
const STEPS_PLURAL: { readonly [L in Locale]: Readonly<Record<string, string>> } = {
  en: { 'academic-year': 'academic years', year: 'calendar years', quarter: 'quarters' },
  fr: { 'academic-year': 'années universitaires', year: 'années civiles', quarter: 'trimestres' },
};

/** The words of `plan`'s tables: column headers, events and reasons. */
const PLAN_WORDS: { readonly [L in Locale]: Readonly<Record<string, string>> } = {
  en: {
    period: 'period',
    covered: 'covered',
    gaps: 'gaps',
    'in-force': 'in force',
    incoming: 'incoming',
    outgoing: 'outgoing',
    date: 'date',
    event: 'event',
    'ends-on': 'ends on',
    agreement: 'agreement',
    partners: 'partners',
    cells: 'cells',
    'would-open': 'gaps if it lapsed',
    'renewed-by': 'renewed by',
    order: '#',
    proposal: 'proposal',
    partner: 'partner',
    gain: 'gain',
    reason: 'reason',
    ends: 'ends',
    'renewal-window': 'renewal window opens',
    excluded: 'excluded',
    ineligible: 'not eligible on the day (conditional or ineligible)',
    'partner-limit': 'partner limit reached',
    limit: 'maximum number reached',
    'no-gain': 'covers nothing new on the day (its cells are covered then)',
    'academic-year': 'academic year',
    year: 'calendar year',
    quarter: 'quarter',
  },
  fr: {
    period: 'période',
    covered: 'couvertes',
    gaps: 'lacunes',
    'in-force': 'en vigueur',
    incoming: 'entrantes',
    outgoing: 'sortantes',
    date: 'date',
    event: 'échéance',
    'ends-on': 'fin le',
    agreement: 'convention',
    partners: 'partenaires',
    cells: 'cases',
    'would-open': 'lacunes si elle expire',
    'renewed-by': 'renouvelée par',
    order: 'n°',
    proposal: 'proposition',
    partner: 'partenaire',
    gain: 'gain',
    reason: 'motif',
    ends: 'fin',
    'renewal-window': 'ouverture du renouvellement',
    excluded: 'exclue',
    ineligible: 'non éligible ce jour-là (conditionnelle ou inéligible)',
    'partner-limit': 'plafond par partenaire atteint',
    limit: 'nombre maximal atteint',
    'no-gain': "n'apporte rien de nouveau ce jour-là (ses cases sont alors déjà couvertes)",
    'academic-year': 'année universitaire',
    year: 'année civile',
    quarter: 'trimestre',
  },
};

/** The sum of `match`'s weights, which `rankPartners` divides the weighted shares by. */
function weightSum(
  p: {
    readonly cellsWeight: number;
    readonly fieldsWeight: number;
    readonly languagesWeight: number;
  },
  locale: Locale,
): string {
  return number(p.cellsWeight + p.fieldsWeight + p.languagesWeight, locale);
}

/** The plan period the commands judge against by default, `START..END`. @internal */
export interface PlanDefault {
  readonly planStart: string;
  readonly planEnd: string;
}

/** @internal */
export const CLI_MESSAGES = /* @__PURE__ */ defineMessages({
  // Lines the CLI writes around every message.
  'cli.error_line': {
    en: (p: { message: string }) => `uhs-network: ${p.message}`,
    fr: (p) => `uhs-network\u00a0: ${p.message}`,
  },
  'cli.see_help': {
    en: (p: { command: string; lang?: string | undefined }) =>
      p.command === ''
        ? "Run 'uhs-network --help' for usage."
        : `Run 'uhs-network ${p.command} --help' for usage.`,
    fr: (p) =>
      `Lancez 'uhs-network ${p.lang === undefined ? '' : `--lang ${p.lang} `}${p.command === '' ? '' : `${p.command} `}--help' pour obtenir de l'aide.`,
  },
  'cli.internal': {
    en: (p: { message: string }) => `internal error: ${p.message}`,
    fr: (p) => `erreur interne\u00a0: ${p.message}`,
  },
  'cli.issue_line': {
    en: (p: { where: string; text: string }) => `${p.where}: ${p.text}`,
    fr: (p) => `${p.where}\u00a0: ${p.text}`,
  },

  // The command line.
  'cli.missing_command': {
    en: (_p: Readonly<Record<string, never>>) => 'missing a command',
    fr: () => 'commande manquante',
  },
  'cli.unknown_command': {
    en: (p: { name: string }) => `unknown command ${quoted(p.name)}`,
    fr: (p) => `commande inconnue ${quoted(p.name)}`,
  },
  'cli.unknown_option': {
    en: (p: { option: string }) => `unknown option ${quoted(p.option)}`,
    fr: (p) => `option inconnue ${quoted(p.option)}`,
  },
  'cli.option_needs_value': {
    en: (p: { option: string }) => `option ${quoted(p.option)} needs a value`,
    fr: (p) => `l'option ${quoted(p.option)} attend une valeur`,
  },
  'cli.ambiguous_value': {
    en: (p: { option: string }) =>
      `option ${quoted(p.option)} needs a value (write ${p.option}=VALUE for a value that starts with '-')`,
    fr: (p) =>
      `l'option ${quoted(p.option)} attend une valeur (écrivez ${p.option}=VALEUR pour une valeur qui commence par '-')`,
  },
  'cli.option_takes_no_value': {
    en: (p: { option: string }) => `option ${quoted(p.option)} takes no value`,
    fr: (p) => `l'option ${quoted(p.option)} ne prend pas de valeur`,
  },
  'cli.unexpected_argument': {
    en: (p: { argument: string }) => `unexpected argument ${quoted(p.argument)}`,
    fr: (p) => `argument inattendu ${quoted(p.argument)}`,
  },
  'cli.invalid_arguments': {
    en: (p: { detail: string }) => (p.detail === '' ? 'invalid arguments' : p.detail),
    fr: (p) => (p.detail === '' ? 'arguments invalides' : `arguments invalides\u00a0: ${p.detail}`),
  },
  'cli.missing_file': {
    en: (_p: Readonly<Record<string, never>>) => 'missing the <file> argument',
    fr: () => 'argument <fichier> manquant',
  },
  'cli.missing_files': {
    en: (_p: Readonly<Record<string, never>>) =>
      'missing a <file> argument (give one or more files, or - for standard input)',
    fr: () =>
      "argument <fichier> manquant (donnez un ou plusieurs fichiers, ou - pour l'entrée standard)",
  },
  'cli.stdin_twice': {
    en: (_p: Readonly<Record<string, never>>) => "standard input ('-') can be read only once",
    fr: () => "l'entrée standard ('-') ne peut être lue qu'une fois",
  },
  'cli.missing_option': {
    en: (p: { option: string }) => `missing the required option ${p.option}`,
    fr: (p) => `option obligatoire ${p.option} manquante`,
  },
  'cli.bad_date': {
    en: (p: { option: string; received: string }) =>
      `${p.option}: expected a real calendar date YYYY-MM-DD, received ${quoted(p.received)}`,
    fr: (p) =>
      `${p.option}\u00a0: date valide au format AAAA-MM-JJ attendue, valeur reçue ${quoted(p.received)}`,
  },
  'cli.bad_plan_form': {
    en: (p: { received: string }) =>
      `--plan: expected START..END, two dates YYYY-MM-DD, received ${quoted(p.received)}`,
    fr: (p) =>
      `--plan\u00a0: DÉBUT..FIN attendu, deux dates AAAA-MM-JJ, valeur reçue ${quoted(p.received)}`,
  },
  'cli.bad_plan_order': {
    en: (p: { start: string; end: string }) =>
      `--plan: the end (${p.end}) must be after the start (${p.start})`,
    fr: (p) => `--plan\u00a0: la fin (${p.end}) doit être postérieure au début (${p.start})`,
  },
  'cli.bad_choice': {
    en: (p: { option: string; received: string; choices: readonly string[] }) =>
      `${p.option}: expected one of ${p.choices.join(', ')}, received ${quoted(p.received)}`,
    fr: (p) =>
      `${p.option}\u00a0: ${orList(p.choices, 'fr')} attendu, valeur reçue ${quoted(p.received)}`,
  },
  'cli.unknown_code': {
    en: (p: { option: string; received: string } & CodeKind) =>
      `${p.option}: ${quoted(p.received)} is not ${codeKindEn(p)}`,
    fr: (p) => `${p.option}\u00a0: ${quoted(p.received)} n'est pas ${codeKindFr(p)}`,
  },
  'cli.empty_list': {
    en: (p: { option: string }) => `${p.option}: give at least one value`,
    fr: (p) => `${p.option}\u00a0: donnez au moins une valeur`,
  },
  'cli.not_whole_number': {
    en: (p: { option: string; received: string; minimum: number }) =>
      `${p.option}: expected a whole number ≥ ${p.minimum}, received ${quoted(p.received)}`,
    fr: (p) =>
      `${p.option}\u00a0: nombre entier ≥\u00a0${p.minimum} attendu, valeur reçue ${quoted(p.received)}`,
  },
  'cli.unknown_schema': {
    en: (p: { name: string; names: readonly string[] }) =>
      `unknown schema ${quoted(p.name)}: expected one of ${p.names.join(', ')} (in any casing)`,
    fr: (p) =>
      `schéma inconnu ${quoted(p.name)}\u00a0: ${orList(p.names, 'fr')} attendu (quelle que soit la casse)`,
  },
  'cli.bad_max_json_bytes': {
    en: (p: { variable: string; received: string; most: number }) =>
      `${p.variable}: expected a size in bytes from 1 to ${p.most} (a K, M or G suffix counts 1024s), received ${quoted(p.received)}`,
    fr: (p) =>
      `${p.variable}\u00a0: taille en octets de 1 à ${p.most} attendue (suffixes K, M, G\u00a0: multiples de 1024), valeur reçue ${quoted(p.received)}`,
  },

  // Files and streams.
  'cli.cannot_read': {
    en: (p: { name: string } & IoFailure) => `cannot read ${quoted(p.name)}: ${ioReason(p, 'en')}`,
    fr: (p) => `impossible de lire ${quoted(p.name)}\u00a0: ${ioReason(p, 'fr')}`,
  },
  'cli.cannot_write': {
    en: (p: { name: string } & IoFailure) => `cannot write ${quoted(p.name)}: ${ioReason(p, 'en')}`,
    fr: (p) => `impossible d'écrire ${quoted(p.name)}\u00a0: ${ioReason(p, 'fr')}`,
  },
  'cli.cannot_write_stream': {
    en: (p: { stream: 'stdout' | 'stderr' } & IoFailure) =>
      `cannot write to ${p.stream === 'stdout' ? 'standard output' : 'standard error'}: ${ioReason(p, 'en')}`,
    fr: (p) =>
      `impossible d'écrire sur ${p.stream === 'stdout' ? 'la sortie standard' : "la sortie d'erreur standard"}\u00a0: ${ioReason(p, 'fr')}`,
  },
  'cli.cannot_start': {
    en: (p: IoFailure) =>
      `cannot start: ${ioReason(p, 'en')}${p.reason === 'too-many-files' ? " (raise the limit: 'ulimit -n 256')" : ''}`,
    fr: (p) =>
      `impossible de démarrer\u00a0: ${ioReason(p, 'fr')}${p.reason === 'too-many-files' ? " (relevez la limite\u00a0: 'ulimit -n 256')" : ''}`,
  },
  'cli.too_large': {
    en: (p: { name: string; limit: number; variable: string }) =>
      `cannot read ${quoted(p.name)}: it is larger than ${sizeIn(p.limit, 'en')}, the most read as one JSON document (set ${p.variable} to raise it, or give one record a line as NDJSON)`,
    fr: (p) =>
      `impossible de lire ${quoted(p.name)}\u00a0: il dépasse ${sizeIn(p.limit, 'fr')}, la taille maximale d'un document JSON lu en une fois (définissez ${p.variable} pour relever cette limite, ou donnez un enregistrement par ligne en NDJSON)`,
  },
  'cli.line_too_long': {
    en: (p: { where: string; limit: number; variable: string }) =>
      `cannot read ${quoted(p.where)}: the line is longer than ${sizeIn(p.limit, 'en')}, the most read as one record (set ${p.variable} to raise it)`,
    fr: (p) =>
      `impossible de lire ${quoted(p.where)}\u00a0: la ligne dépasse ${sizeIn(p.limit, 'fr')}, la taille maximale d'un enregistrement lu en une fois (définissez ${p.variable} pour relever cette limite)`,
  },

  // What `validate` (and the other commands, for a network) finds in a file.
  'cli.invalid_json': {
    en: (p: JsonProblem & { column?: number | undefined }) =>
      `invalid JSON: ${jsonReasonEn(p)}${p.column === undefined ? '' : ` (column ${p.column})`}`,
    fr: (p) =>
      `JSON invalide\u00a0: ${jsonReasonFr(p)}${p.column === undefined ? '' : ` (colonne ${p.column})`}`,
  },
  'cli.invalid_utf8': {
    en: (p: { offset: number; byte: number }) =>
      `invalid UTF-8: byte 0x${p.byte.toString(16).toUpperCase().padStart(2, '0')} at byte offset ${p.offset} (the file must be UTF-8 text)`,
    fr: (p) =>
      `UTF-8 invalide\u00a0: octet 0x${p.byte.toString(16).toUpperCase().padStart(2, '0')} à la position ${p.offset} en octets (le fichier doit être du texte UTF-8)`,
  },
  'cli.not_json': {
    en: (p: { name: string }) => `${p.name}: not valid JSON`,
    fr: (p) => `${p.name}\u00a0: JSON invalide`,
  },
  'cli.not_utf8': {
    en: (p: { name: string }) => `${p.name}: not UTF-8 text`,
    fr: (p) => `${p.name}\u00a0: pas du texte UTF-8`,
  },
  'cli.invalid_network': {
    en: (p: { name: string; issues: number }) =>
      `${p.name}: invalid network (${plural(p.issues, 'issue')})`,
    fr: (p) => `${p.name}\u00a0: réseau invalide (${countFr(p.issues, 'problème')})`,
  },
  'cli.valid_network': {
    en: (p: { name: string; partners: number; agreements: number; proposals: number }) =>
      `${p.name}: valid network (${plural(p.partners, 'partner')}, ${plural(p.agreements, 'agreement')}, ${plural(p.proposals, 'proposal')})`,
    fr: (p) =>
      `${p.name}\u00a0: réseau valide (${countFr(p.partners, 'partenaire')}, ${countFr(p.agreements, 'convention')}, ${countFr(p.proposals, 'proposition')})`,
  },
  'cli.valid_records': {
    en: (p: { name: string; count: number; kind: string; single: boolean }) =>
      p.single ? `${p.name}: valid ${p.kind}` : `${p.name}: ${plural(p.count, `valid ${p.kind}`)}`,
    fr: (p) =>
      p.single
        ? `${p.name}\u00a0: ${kindFr(p.kind, 1)} valide`
        : `${p.name}\u00a0: ${p.count}\u00a0${kindFr(p.kind, p.count)} ${p.count < 2 ? 'valide' : 'valides'}`,
  },
  'cli.invalid_records': {
    en: (p: {
      name: string;
      issues: number;
      invalid: number;
      total: number;
      kind: string;
      single: boolean;
      listed?: number | undefined;
    }) =>
      `${
        p.single
          ? `${p.name}: invalid ${p.kind} (${plural(p.issues, 'issue')})`
          : `${p.name}: ${plural(p.issues, 'issue')} in ${p.invalid} of ${plural(p.total, p.kind)}`
      }${
        p.listed === undefined
          ? ''
          : `; only the first ${plural(p.listed, 'issue')} of each document or record are listed (--max-issues)`
      }`,
    fr: (p) =>
      `${
        p.single
          ? `${p.name}\u00a0: ${kindFr(p.kind, 1)} invalide (${countFr(p.issues, 'problème')})`
          : `${p.name}\u00a0: ${countFr(p.issues, 'problème')} dans ${p.invalid}\u00a0${kindFr(p.kind, p.invalid)} sur ${p.total}`
      }${
        p.listed === undefined
          ? ''
          : p.listed < 2
            ? '\u00a0; seul le premier problème de chaque document ou enregistrement est signalé (--max-issues)'
            : `\u00a0; seuls les ${p.listed} premiers problèmes de chaque document ou enregistrement sont signalés (--max-issues)`
      }`,
  },

  // Results that are not data.
  'cli.no_proposals': {
    en: (p: { name: string }) => `${p.name} has no proposals`,
    fr: (p) => `${p.name} ne contient aucune proposition`,
  },
  'cli.no_match': {
    en: (_p: Readonly<Record<string, never>>) => 'no partner matches the need',
    fr: () => 'aucun partenaire ne répond au besoin',
  },
  'cli.match_column': {
    en: (p: { column: string }) => MATCH_COLUMNS.en[p.column] ?? p.column,
    fr: (p) => MATCH_COLUMNS.fr[p.column] ?? p.column,
  },

  // The help.
  'cli.help': {
    en: (p: {
      version: string;
      commands: string;
    }) => `uhs-network ${p.version}: the International Partners Network of the University of Health
Sciences (UHS), Phnom Penh, from the command line.

Usage: uhs-network <command> [options]

Commands:
${p.commands}

Options:
  -h, --help   Show help; uhs-network help <command> (or <command> --help) shows a command's.
  --version    Show the version.
  --lang LANG  The language of messages, help and reports: en (English) or fr (French).
               Without it, the first of LC_ALL, LC_MESSAGES and LANG that is set chooses:
               French when it starts with fr (fr_FR.UTF-8), else English.

A file argument of '-' reads standard input. Results go to standard output, messages and
errors to standard error, so that 'uhs-network report x.json --format json | jq' works.
Colour is used only on a terminal, and never when NO_COLOR is set.

Exit codes:
  0   the command did its job (whatever the eligibility decisions)
  1   an input file holds invalid data (text that is not JSON included), or the copies
      that ewp diff compares differ
  2   a usage or I/O error: unknown command or option, bad --on or --plan date, unknown
      code in an option, missing or unreadable file
  70  an internal error (a bug: please report it)
`,
    fr: (
      p,
    ) => `uhs-network ${p.version}\u00a0: le Réseau des partenaires internationaux de l'Université des
sciences de la santé (UHS), Phnom Penh, en ligne de commande.

Utilisation\u00a0: uhs-network <commande> [options]

Commandes\u00a0:
${p.commands}

Options\u00a0:
  -h, --help   Afficher l'aide\u00a0; uhs-network help <commande> (ou <commande> --help)
               affiche celle d'une commande.
  --version    Afficher la version.
  --lang LANG  La langue des messages, de l'aide et des rapports\u00a0: en (anglais) ou fr
               (français). Sans elle, la première des variables LC_ALL, LC_MESSAGES et
               LANG qui est définie décide\u00a0: le français si elle commence par fr
               (fr_FR.UTF-8), sinon l'anglais.

L'argument de fichier '-' désigne l'entrée standard. Les résultats vont sur la sortie
standard, les messages et les erreurs sur la sortie d'erreur standard\u00a0: ainsi,
'uhs-network report x.json --format json | jq' fonctionne. La couleur n'est utilisée
que sur un terminal, et jamais lorsque NO_COLOR est définie.

Codes de sortie\u00a0:
  0   la commande a fait son travail (quelles que soient les décisions d'éligibilité)
  1   un fichier d'entrée contient des données invalides (y compris un texte qui n'est
      pas du JSON), ou les copies que compare ewp diff diffèrent
  2   une erreur d'utilisation ou d'entrée-sortie\u00a0: commande ou option inconnue, date
      --on ou --plan invalide, code inconnu dans une option, fichier manquant ou illisible
  70  une erreur interne (un bogue\u00a0: merci de le signaler)
`,
  },

  'cli.validate.summary': {
    en: (_p: Readonly<Record<string, never>>) =>
      'Check a network document, or files of partners, agreements or proposals',
    fr: () =>
      'Vérifier un réseau, ou des fichiers de partenaires, de conventions ou de propositions',
  },
  'cli.validate.help': {
    en: (p: {
      maxIssues: number;
      maxBytes: number;
      variable: string;
    }) => `Usage: uhs-network validate <file…> [--kind network|partner|agreement|proposal] [--ndjson]
                            [--max-issues N]

Checks each file and prints every issue on standard output, one a line, as
  file[:line]: path: message
then a one-line summary of each file on standard error.

  --kind KIND       What the files hold (default: network). A network file is one
                    document; for the other kinds a .json file holds one record or an
                    array of records, and an issue's path starts with the record's index
                    ([3].country).
  --ndjson          Read the files (or standard input) as NDJSON: one record a line, blank
                    lines skipped; an issue names the line (file.ndjson:4: country: …).
                    Files ending in .ndjson or .jsonl are read so without it.
  --max-issues N    List at most N issues for one document or record (default: ${p.maxIssues}); a
                    last line then says how many more there are.
  -h, --help        Show this help.

A file of '-' reads standard input, named <stdin> in messages. Files must be UTF-8 (a
byte order mark at the start is allowed). NDJSON is read a line at a time, whatever its
size; a JSON document is read whole, up to ${sizeIn(p.maxBytes, 'en')} (${p.variable}, in bytes
or with a K, M or G suffix, changes it). A key written twice in one object is an issue
(duplicate key): JSON readers keep only the last one.

Exit codes: 0 every file is valid; 1 a file holds invalid data (or text that is not
UTF-8 or not JSON); 2 a usage error, or a file that cannot be read or is too large. With
several files, every file is reported and the highest code wins.

Example:
  uhs-network validate examples/network.json
  uhs-network validate --kind partner new-partners.ndjson
`,
    fr: (
      p,
    ) => `Utilisation\u00a0: uhs-network validate <fichier…> [--kind network|partner|agreement|proposal]
                                   [--ndjson] [--max-issues N]

Vérifie chaque fichier et affiche chaque problème sur la sortie standard, un par ligne,
sous la forme
  fichier[:ligne]\u00a0: chemin\u00a0: message
puis un résumé d'une ligne par fichier sur la sortie d'erreur standard.

  --kind TYPE       Ce que contiennent les fichiers (par défaut\u00a0: network). Un fichier
                    de réseau est un seul document\u00a0; pour les autres types, un fichier
                    .json contient un enregistrement ou un tableau d'enregistrements, et
                    le chemin d'un problème commence par l'index de l'enregistrement
                    ([3].country).
  --ndjson          Lire les fichiers (ou l'entrée standard) en NDJSON\u00a0: un
                    enregistrement par ligne, lignes vides ignorées\u00a0; un problème
                    indique sa ligne (fichier.ndjson:4\u00a0: country\u00a0: …). Les fichiers
                    en .ndjson ou .jsonl sont lus ainsi sans cette option.
  --max-issues N    Lister au plus N problèmes par document ou enregistrement (par
                    défaut\u00a0: ${number(p.maxIssues, 'fr')})\u00a0; une dernière ligne indique alors combien il
                    en reste.
  -h, --help        Afficher cette aide.

Le fichier '-' désigne l'entrée standard, nommée <stdin> dans les messages. Les fichiers
doivent être en UTF-8 (une marque d'ordre d'octets au début est admise). Le NDJSON est
lu une ligne à la fois, quelle que soit sa taille\u00a0; un document JSON est lu en
entier, jusqu'à ${sizeIn(p.maxBytes, 'fr')} (${p.variable}, en octets ou avec un suffixe K,
M ou G, modifie cette limite). Une clé écrite deux fois dans un même objet est un
problème (clé en double)\u00a0: les lecteurs de JSON ne gardent que la dernière.

Codes de sortie\u00a0: 0\u00a0: chaque fichier est valide\u00a0; 1\u00a0: un fichier contient des
données invalides (ou un texte qui n'est pas de l'UTF-8 ou pas du JSON)\u00a0; 2\u00a0: une
erreur d'utilisation, ou un fichier illisible ou trop volumineux. Avec plusieurs
fichiers, chacun est signalé et le code le plus élevé l'emporte.

Exemples\u00a0:
  uhs-network validate examples/network.json
  uhs-network validate --kind partner new-partners.ndjson
`,
  },

  'cli.report.summary': {
    en: (_p: Readonly<Record<string, never>>) =>
      'The network at a glance: coverage, gaps, agreements, strategies, mobility, eligibility',
    fr: () =>
      "Le réseau d'un coup d'œil\u00a0: couverture, lacunes, conventions, stratégies, mobilité, éligibilité",
  },
  'cli.report.help': {
    en: (
      p: PlanDefault,
    ) => `Usage: uhs-network report <file> [--on DATE] [--plan START..END] [--format md|json|html] [--out FILE]

Reports on a network document on a date: totals, partners by type, country and region,
the area × activity coverage matrix with its gaps and saturated cells, agreements by
status and those expiring (with their partners and end dates, soonest first), the
strategies of Goal #6 served, the mobility balance and the eligibility of every proposal
(with the rules that fail, in words), then a legend of tiers, statuses and "in force".
Partners appear by name.

  --on DATE             The day of the report, YYYY-MM-DD (default: the file's asOf,
                        else today).
  --plan START..END     The strategic plan period to judge against (default: the file's
                        plan, else ${p.planStart}..${p.planEnd}).
  --format md|json|html Markdown tables (default), the report object as JSON (names,
                        end dates and reasons included), or one self-contained HTML
                        page with the matrix as a heat map.
  --out FILE            Write the report to FILE instead of standard output.
  -h, --help            Show this help.

A file of '-' reads standard input. Issues of an invalid network go to standard error.

Exit codes: 0 done; 1 the file is not a valid network (or not JSON); 2 a usage error,
a bad --on or --plan date, or a file that cannot be read or written.

Example:
  uhs-network report examples/network.json --format json | jq .gaps
`,
    fr: (p) => `Utilisation\u00a0: uhs-network report <fichier> [--on DATE] [--plan DÉBUT..FIN]
                                 [--format md|json|html] [--out FICHIER]

Établit le rapport d'un document de réseau à une date\u00a0: totaux, partenaires par type,
pays et région, la matrice de couverture domaines × activités avec ses lacunes et ses
cases saturées, les conventions par statut et celles qui arrivent à échéance (avec leurs
partenaires et leurs dates de fin, les plus proches d'abord), les stratégies de
l'objectif stratégique n°\u00a06 auxquelles contribuent les conventions en vigueur, le
solde des mobilités et l'éligibilité de chaque proposition (avec les règles non
conformes, en toutes lettres), puis une légende des catégories, des statuts et de
«\u00a0en vigueur\u00a0». Les partenaires figurent par leur nom. Avec --lang fr, le rapport
Markdown ou HTML est en français\u00a0; l'objet JSON est le même dans les deux langues.

  --on DATE             Le jour du rapport, AAAA-MM-JJ (par défaut\u00a0: l'asOf du
                        fichier, sinon aujourd'hui).
  --plan DÉBUT..FIN     La période du plan stratégique de référence (par défaut\u00a0: le
                        plan du fichier, sinon ${p.planStart}..${p.planEnd}).
  --format md|json|html Des tableaux Markdown (par défaut), l'objet du rapport en JSON
                        (noms, dates de fin et motifs compris), ou une page HTML
                        autonome avec la matrice en carte de chaleur.
  --out FICHIER         Écrire le rapport dans FICHIER au lieu de la sortie standard.
  -h, --help            Afficher cette aide.

Le fichier '-' désigne l'entrée standard. Les problèmes d'un réseau invalide vont sur
la sortie d'erreur standard.

Codes de sortie\u00a0: 0\u00a0: succès\u00a0; 1\u00a0: le fichier n'est pas un réseau valide (ou
pas du JSON)\u00a0; 2\u00a0: une erreur d'utilisation, une date --on ou --plan invalide, ou
un fichier illisible ou impossible à écrire.

Exemple\u00a0:
  uhs-network --lang fr report examples/network.json --format html --out rapport.html
`,
  },

  'cli.eligibility.summary': {
    en: (_p: Readonly<Record<string, never>>) =>
      'The decision on every proposal of a network, with the rules that fail',
    fr: () => "La décision sur chaque proposition d'un réseau, avec les règles non conformes",
  },
  'cli.eligibility.help': {
    en: (
      p: PlanDefault,
    ) => `Usage: uhs-network eligibility <file> [--on DATE] [--plan START..END] [--format text|json]

Judges every proposal of a network document by the eligibility rules and prints one line
a proposal: its id, decision (eligible, conditional, ineligible), tier (key, associate,
or - when ineligible), intent (build, renew, strengthen) and the rules that fail
(comma-separated, or - for none).

  --on DATE            The day of the evaluation, YYYY-MM-DD (default: the file's asOf,
                       else today).
  --plan START..END    The strategic plan period to judge against (default: the file's
                       plan, else ${p.planStart}..${p.planEnd}).
  --format text|json   One line a proposal (default), or the EligibilityReport[] as JSON,
                       with every rule's result and message.
  -h, --help           Show this help.

A file of '-' reads standard input. Issues of an invalid network go to standard error.

Exit codes: 0 done (whatever the decisions); 1 the file is not a valid network (or not
JSON); 2 a usage error, a bad --on or --plan date, or a file that cannot be read.

Example:
  uhs-network eligibility examples/network.json --on 2017-06-30
`,
    fr: (p) => `Utilisation\u00a0: uhs-network eligibility <fichier> [--on DATE] [--plan DÉBUT..FIN]
                                      [--format text|json]

Évalue chaque proposition d'un document de réseau selon les règles d'éligibilité et
affiche une ligne par proposition\u00a0: son identifiant, la décision (eligible,
conditional, ineligible), la catégorie (key, associate, ou - si inéligible), l'intention
(build, renew, strengthen) et les règles non conformes (séparées par des virgules, ou -
s'il n'y en a aucune). Ces colonnes sont des codes, les mêmes en JSON et dans les deux
langues.

  --on DATE            Le jour de l'évaluation, AAAA-MM-JJ (par défaut\u00a0: l'asOf du
                       fichier, sinon aujourd'hui).
  --plan DÉBUT..FIN    La période du plan stratégique de référence (par défaut\u00a0: le
                       plan du fichier, sinon ${p.planStart}..${p.planEnd}).
  --format text|json   Une ligne par proposition (par défaut), ou l'EligibilityReport[]
                       en JSON, avec le résultat et le message de chaque règle (les
                       messages dans la langue choisie).
  -h, --help           Afficher cette aide.

Le fichier '-' désigne l'entrée standard. Les problèmes d'un réseau invalide vont sur
la sortie d'erreur standard.

Codes de sortie\u00a0: 0\u00a0: succès (quelles que soient les décisions)\u00a0; 1\u00a0: le fichier
n'est pas un réseau valide (ou pas du JSON)\u00a0; 2\u00a0: une erreur d'utilisation, une date
--on ou --plan invalide, ou un fichier illisible.

Exemple\u00a0:
  uhs-network eligibility examples/network.json --on 2017-06-30
`,
  },

  'cli.match.summary': {
    en: (_p: Readonly<Record<string, never>>) =>
      'Rank the partners able to work in the cells you need',
    fr: () => 'Classer les partenaires capables de travailler dans les cases recherchées',
  },
  'cli.match.help': {
    en: (p: {
      cellsWeight: number;
      fieldsWeight: number;
      languagesWeight: number;
      firstCell: string;
      lastCell: string;
      regions: readonly string[];
    }) => `Usage: uhs-network match <file> --cells C5,B4 [--fields 0912] [--languages fr] [--regions asean]
                         [--limit N] [--on DATE] [--format text|json]

Ranks the partners of a network document whose capability (the cells they offer, and
those they cover through agreements in force) includes a needed cell. The score is
${p.cellsWeight} × the share of the needed cells, + ${p.fieldsWeight} × the share of the needed fields the partner
declares, + ${p.languagesWeight} × the share of the needed languages it works in, all divided by the sum
of the weights (${weightSum(p, 'en')}); a criterion you do not give counts as fully matched. Ties break
by partner id.

  --cells LIST       The needed cells, ${p.firstCell} … ${p.lastCell} (required).
  --fields LIST      ISCED-F 2013 health fields, such as 0912 (medicine).
  --languages LIST   ISO 639-1 language codes, such as fr.
  --regions LIST     Only partners in these regions on the day: ${p.regions.join(', ')}.
  --limit N          At most N partners.
  --on DATE          The day, YYYY-MM-DD (default: the file's asOf, else today).
  --format text|json A ranked table (default), or the rankPartners array as JSON.
  -h, --help         Show this help.

A LIST is comma-separated (C5,B4), and the option may be repeated. A file of '-' reads
standard input.

Exit codes: 0 done (even when no partner matches); 1 the file is not a valid network (or
not JSON); 2 a usage error: --cells missing, an unknown code, a bad --on date, a --limit
that is not a whole number, or a file that cannot be read.

Example:
  uhs-network match examples/network.json --cells C5,B4 --languages fr --limit 3
`,
    fr: (p) => `Utilisation\u00a0: uhs-network match <fichier> --cells C5,B4 [--fields 0912]
                                [--languages fr] [--regions asean] [--limit N] [--on DATE]
                                [--format text|json]

Classe les partenaires d'un document de réseau dont les capacités (les cases qu'ils
offrent, et celles qu'ils couvrent par des conventions en vigueur) comprennent une case
recherchée. Le score vaut ${number(p.cellsWeight, 'fr')} × la part des cases recherchées, + ${number(p.fieldsWeight, 'fr')} × la part des
domaines d'études recherchés que le partenaire déclare, + ${number(p.languagesWeight, 'fr')} × la part des langues
recherchées dans lesquelles il travaille, le tout divisé par la somme des pondérations
(${weightSum(p, 'fr')})\u00a0; un critère non précisé compte comme entièrement satisfait. À égalité,
l'identifiant du partenaire départage.

  --cells LISTE      Les cases recherchées, ${p.firstCell} … ${p.lastCell} (obligatoire).
  --fields LISTE     Domaines d'études de la CITE-F 2013, par exemple 0912 (médecine).
  --languages LISTE  Codes de langue ISO 639-1, par exemple fr.
  --regions LISTE    Seulement les partenaires de ces régions ce jour-là\u00a0:
                     ${p.regions.join(', ')}.
  --limit N          Au plus N partenaires.
  --on DATE          Le jour, AAAA-MM-JJ (par défaut\u00a0: l'asOf du fichier, sinon
                     aujourd'hui).
  --format text|json Un tableau classé (par défaut), ou le tableau de rankPartners en
                     JSON.
  -h, --help         Afficher cette aide.

Dans une LISTE, les codes sont séparés par des virgules (C5,B4), et l'option peut être
répétée. Le fichier '-' désigne l'entrée standard.

Codes de sortie\u00a0: 0\u00a0: succès (même si aucun partenaire ne répond au besoin)\u00a0;
1\u00a0: le fichier n'est pas un réseau valide (ou pas du JSON)\u00a0; 2\u00a0: une erreur
d'utilisation (--cells manquant, code inconnu, date --on invalide, --limit qui n'est pas
un nombre entier) ou un fichier illisible.

Exemple\u00a0:
  uhs-network match examples/network.json --cells C5,B4 --languages fr --limit 3
`,
  },

  'cli.plan.summary': {
    en: (_p: Readonly<Record<string, never>>) =>
      'Plan ahead: coverage step by step, renewals, and the proposals to accept',
    fr: () =>
      'Planifier\u00a0: la couverture pas à pas, les renouvellements et les propositions à retenir',
  },
  'cli.plan.bad_range': {
    en: (p: { from: string; to: string }) => `--from (${p.from}) must not be after --to (${p.to})`,
    fr: (p) => `--from (${p.from}) ne doit pas être postérieur à --to (${p.to})`,
  },
  'cli.plan.refused': {
    en: (p: { message: string }) => p.message,
    fr: (p) => p.message,
  },
  'cli.plan.word': {
    en: (p: { word: string }) => PLAN_WORDS.en[p.word] ?? p.word,
    fr: (p) => PLAN_WORDS.fr[p.word] ?? p.word,
  },
  'cli.plan.timeline': {
    en: (p: { from: string; to: string; step: string }) =>
      `Coverage by ${PLAN_WORDS.en[p.step] ?? p.step}, for the ${STEPS_PLURAL.en[p.step] ?? p.step} that include ${p.from} to ${p.to} (an agreement counts for a period when it is in force on any day of it)`,
    fr: (p) =>
      `Couverture par ${PLAN_WORDS.fr[p.step] ?? p.step}, sur les ${STEPS_PLURAL.fr[p.step] ?? p.step} qui recouvrent la période du ${p.from} au ${p.to} (une convention compte pour une période si elle est en vigueur au moins un jour de celle-ci)`,
  },
  'cli.plan.renewals': {
    en: (p: { from: string; to: string }) => `Renewal calendar from ${p.from} to ${p.to}`,
    fr: (p) => `Calendrier des renouvellements du ${p.from} au ${p.to}`,
  },
  'cli.plan.no_renewals': {
    en: (_p: Readonly<Record<string, never>>) =>
      'No agreement ends or opens its renewal window in the range.',
    fr: () =>
      "Aucune convention ne prend fin ni n'ouvre sa période de renouvellement dans l'intervalle.",
  },
  'cli.plan.selection': {
    en: (p: { max: number; on: string }) =>
      `Proposals to accept on ${p.on} (at most ${p.max}), in the order chosen`,
    fr: (p) =>
      `Propositions à retenir au ${p.on} (au plus ${number(p.max, 'fr')}), dans l'ordre du choix`,
  },
  'cli.plan.no_selection': {
    en: (_p: Readonly<Record<string, never>>) =>
      'No eligible proposal would fill a remaining need.',
    fr: () => 'Aucune proposition éligible ne comblerait un besoin restant.',
  },
  'cli.plan.total_gain': {
    en: (p: { gain: number }) => `Total gain: ${number(p.gain, 'en', 3)}`,
    fr: (p) => `Gain total\u00a0: ${number(p.gain, 'fr', 3)}`,
  },
  'cli.plan.left_out': {
    en: (_p: Readonly<Record<string, never>>) => 'Left out',
    fr: () => 'Écartées',
  },
  'cli.plan.help': {
    en: (p: {
      steps: readonly string[];
    }) => `Usage: uhs-network plan <file> [--from DATE] [--to DATE] [--step ${p.steps.join('|')}]
                        [--select N] [--on DATE] [--format text|json|md]

Plans a network document ahead: its coverage step by step (coverageTimeline: per step,
the cells covered, the gaps, the agreements in force and the mobility; an agreement
counts for a step when it is in force on any day of it), the agreements whose renewal
window opens or that end in the range, soonest first, with the gaps each would open if
it lapsed and the proposals that renew it (renewalCalendar), and, with --select N, the
proposals to accept on the day: at most N eligible proposals that together fill the most
weighted gaps (selectProposals, greedy: within (1 − 1/e) of the best).

  --from DATE        The first day, YYYY-MM-DD (default: the start of the plan).
  --to DATE          The last day, YYYY-MM-DD (default: the end of the plan).
  --step STEP        ${p.steps.join(', ')} (default: academic-year).
  --select N         Also choose at most N proposals (N ≥ 1).
  --on DATE          The day of the selection, YYYY-MM-DD (default: the file's asOf,
                     else today).
  --format text|json|md
                     Tables (default), JSON ({ from, to, step, timeline, renewals,
                     selection }), or Markdown tables.
  -h, --help         Show this help.

A file of '-' reads standard input. The plan is the file's, else the policy's default.

Exit codes: 0 done; 1 the file is not a valid network (or not JSON); 2 a usage error: a
bad date, --from after --to, an unknown --step, a range of more than 1,000 steps, a
--select that is not a whole number ≥ 1, or a file that cannot be read.

Example:
  uhs-network plan examples/network.json --step year --select 3
`,
    fr: (p) => `Utilisation\u00a0: uhs-network plan <fichier> [--from DATE] [--to DATE]
                               [--step ${p.steps.join('|')}] [--select N]
                               [--on DATE] [--format text|json|md]

Planifie un document de réseau\u00a0: sa couverture pas à pas (coverageTimeline\u00a0: pour
chaque pas, les cases couvertes, les lacunes, les conventions en vigueur et les
mobilités\u00a0; une convention compte pour une période si elle est en vigueur au moins un
jour de celle-ci), les conventions dont la période de renouvellement s'ouvre ou qui prennent fin
dans l'intervalle, les plus proches d'abord, avec les lacunes que chacune ouvrirait si
elle expirait et les propositions qui la renouvellent (renewalCalendar), et, avec
--select N, les propositions à retenir ce jour-là\u00a0: au plus N propositions éligibles
qui comblent ensemble le plus de lacunes pondérées (selectProposals, choix glouton\u00a0: à
au moins (1 − 1/e) du meilleur choix).

  --from DATE        Le premier jour, AAAA-MM-JJ (par défaut\u00a0: le début du plan).
  --to DATE          Le dernier jour, AAAA-MM-JJ (par défaut\u00a0: la fin du plan).
  --step PAS         ${p.steps.join(', ')} (par défaut\u00a0: academic-year).
  --select N         Choisir aussi au plus N propositions (N ≥ 1).
  --on DATE          Le jour du choix, AAAA-MM-JJ (par défaut\u00a0: l'asOf du fichier,
                     sinon aujourd'hui).
  --format text|json|md
                     Des tableaux (par défaut), du JSON ({ from, to, step, timeline,
                     renewals, selection }) ou des tableaux Markdown.
  -h, --help         Afficher cette aide.

Le fichier '-' désigne l'entrée standard. Le plan est celui du fichier, sinon celui de
la politique par défaut.

Codes de sortie\u00a0: 0\u00a0: succès\u00a0; 1\u00a0: le fichier n'est pas un réseau valide (ou
pas du JSON)\u00a0; 2\u00a0: une erreur d'utilisation (date invalide, --from postérieur à
--to, --step inconnu, intervalle de plus de 1\u00a0000 pas, --select qui n'est pas un
nombre entier ≥ 1) ou un fichier illisible.

Exemple\u00a0:
  uhs-network --lang fr plan examples/network.json --step year --select 3
`,
  },

  'cli.schema.summary': {
    en: (_p: Readonly<Record<string, never>>) => 'Print the JSON Schema of a kind of document',
    fr: () => "Afficher le schéma JSON d'un type de document",
  },
  'cli.schema.help': {
    en: (p: { names: readonly string[] }) => `Usage: uhs-network schema [Name]

Prints the JSON Schema (draft 2020-12) of a kind of document, for validators in other
languages: ${p.names.join(', ')} (default: Network; any casing). The package
ships the same schemas as schemas/<name>.schema.json.

  -h, --help   Show this help.

Exit codes: 0 done; 2 an unknown name.

Example:
  uhs-network schema partner > partner.schema.json
`,
    fr: (p) => `Utilisation\u00a0: uhs-network schema [Nom]

Affiche le schéma JSON (draft 2020-12) d'un type de document, pour les validateurs
d'autres langages\u00a0: ${p.names.join(', ')}
(par défaut\u00a0: Network\u00a0; quelle que soit la casse). Le paquet contient les mêmes
schémas dans schemas/<nom>.schema.json. Le schéma est le même dans les deux langues.

  -h, --help   Afficher cette aide.

Codes de sortie\u00a0: 0\u00a0: succès\u00a0; 2\u00a0: un nom inconnu.

Exemple\u00a0:
  uhs-network schema partner > partner.schema.json
`,
  },

  // `uhs-network ewp`: EWP IIAs API v7.
  'cli.ewp.summary': {
    en: (_p: Readonly<Record<string, never>>) =>
      'EWP IIAs v7: import and export agreements, their iia-hash, and where two copies differ',
    fr: () =>
      'EWP IIAs v7\u00a0: importer et exporter des accords interinstitutionnels, leur iia-hash, et ce qui diffère entre deux copies',
  },
  'cli.ewp.missing_subcommand': {
    en: (p: { names: readonly string[] }) =>
      `missing an ewp command: expected one of ${p.names.join(', ')}`,
    fr: (p) => `commande ewp manquante\u00a0: ${orList(p.names, 'fr')} attendu`,
  },
  'cli.ewp.unknown_subcommand': {
    en: (p: { name: string; names: readonly string[] }) =>
      `unknown ewp command ${quoted(p.name)}: expected one of ${p.names.join(', ')}`,
    fr: (p) => `commande ewp inconnue ${quoted(p.name)}\u00a0: ${orList(p.names, 'fr')} attendu`,
  },
  'cli.ewp.missing_copies': {
    en: (_p: Readonly<Record<string, never>>) =>
      'missing a file: diff compares two, <ours.xml> and <theirs.xml>',
    fr: () => 'fichier manquant\u00a0: diff en compare deux, <notre.xml> et <leur.xml>',
  },
  'cli.ewp.too_large': {
    en: (p: { name: string; limit: number }) =>
      `cannot read ${quoted(p.name)}: it is larger than ${sizeIn(p.limit, 'en')}, the most read as one EWP XML document`,
    fr: (p) =>
      `impossible de lire ${quoted(p.name)}\u00a0: il dépasse ${sizeIn(p.limit, 'fr')}, la taille maximale d'un document XML EWP lu en une fois`,
  },
  'cli.ewp.invalid_xml': {
    en: (p: { name: string; issues: number }) =>
      `${p.name}: not a readable IIAs API v7 response (${plural(p.issues, 'issue')})`,
    fr: (p) =>
      `${p.name}\u00a0: réponse de l'API IIAs v7 illisible (${countFr(p.issues, 'problème')})`,
  },
  'cli.ewp.valid_for_approval': {
    en: (p: { valid: boolean }) => `valid for approval: ${p.valid ? 'yes' : 'no'}`,
    fr: (p) => `valide pour l'approbation\u00a0: ${p.valid ? 'oui' : 'non'}`,
  },
  'cli.ewp.agree': {
    en: (_p: Readonly<Record<string, never>>) => 'the copies agree (same iia-hash)',
    fr: () => 'les copies concordent (même iia-hash)',
  },
  'cli.ewp.differ': {
    en: (p: { ours: string; theirs: string; count: number }) =>
      `${p.ours} and ${p.theirs} differ: ${plural(p.count, 'difference')} ${p.count === 1 ? 'changes' : 'change'} the iia-hash`,
    fr: (p) =>
      `${p.ours} et ${p.theirs} diffèrent\u00a0: ${countFr(p.count, 'différence')} ${p.count < 2 ? 'modifie' : 'modifient'} l'iia-hash`,
  },
  // `uhs-network ewp import|export`: agreements between EWP and the network.
  'cli.ewp.bad_home': {
    en: (p: { received: string }) =>
      `--home: expected a SCHAC id, an institution's internet domain in lower case (uhs.edu.kh), received ${quoted(p.received)}`,
    fr: (p) =>
      `--home\u00a0: identifiant SCHAC attendu, le domaine internet d'un établissement en minuscules (uhs.edu.kh), reçu ${quoted(p.received)}`,
  },
  'cli.ewp.unknown_agreement': {
    en: (p: { id: string; name: string; count: number }) =>
      `--agreement: ${p.name} has no agreement ${quoted(p.id)} (it has ${plural(p.count, 'agreement')})`,
    fr: (p) =>
      `--agreement\u00a0: ${p.name} ne contient aucune convention ${quoted(p.id)} (${p.count === 0 ? "il n'en contient aucune" : `il en contient ${number(p.count, 'fr')}`})`,
  },
  'cli.ewp.cannot_export': {
    en: (p: { name: string; id: string; issues: number }) =>
      `${p.name}: agreement ${quoted(p.id)} cannot be written as an EWP IIA (${plural(p.issues, 'issue')})`,
    fr: (p) =>
      `${p.name}\u00a0: la convention ${quoted(p.id)} ne peut pas être écrite comme accord interinstitutionnel EWP (${countFr(p.issues, 'problème')})`,
  },
  'cli.ewp.exported_with_warnings': {
    en: (p: { name: string; id: string; warnings: number }) =>
      `${p.name}: agreement ${quoted(p.id)} written with ${plural(p.warnings, 'warning')}: what ${p.warnings === 1 ? 'it names is' : 'they name is'} not in the XML`,
    fr: (p) =>
      `${p.name}\u00a0: convention ${quoted(p.id)} écrite avec ${countFr(p.warnings, 'avertissement')}\u00a0: ce ${p.warnings < 2 ? "qu'il signale" : "qu'ils signalent"} n'est pas dans le XML`,
  },
  'cli.ewp.import_column': {
    en: (p: { column: string }) => IMPORT_COLUMNS.en[p.column] ?? p.column,
    fr: (p) => IMPORT_COLUMNS.fr[p.column] ?? p.column,
  },
  'cli.ewp.imported': {
    en: (p: { name: string; agreements: number; partners: number }) =>
      `${p.name}: ${plural(p.agreements, 'agreement')} and ${plural(p.partners, 'partner')} imported`,
    fr: (p) =>
      `${p.name}\u00a0: ${countFr(p.agreements, 'convention')} et ${countFr(p.partners, 'partenaire')} importés`,
  },
  'cli.ewp.import_issues': {
    en: (p: { name: string; issues: number }) =>
      `${p.name}: ${plural(p.issues, 'issue')}: what ${p.issues === 1 ? 'it concerns is' : 'they concern is'} not imported`,
    fr: (p) =>
      `${p.name}\u00a0: ${countFr(p.issues, 'problème')}\u00a0: ce ${p.issues < 2 ? "qu'il concerne n'est" : "qu'ils concernent n'est"} pas importé`,
  },
  'cli.ewp.nothing_imported': {
    en: (p: { name: string; issues: number }) =>
      `${p.name}: nothing imported (${plural(p.issues, 'issue')})`,
    fr: (p) => `${p.name}\u00a0: rien n'est importé (${countFr(p.issues, 'problème')})`,
  },
  'cli.ewp.conflict': {
    en: (p: { id: string; existing: string; iiaId: string; heiId: string }) =>
      `the imported agreement ${quoted(p.id)} is already in the network as ${quoted(p.existing)} (iia-id ${quoted(p.iiaId)} of ${p.heiId}): not imported again`,
    fr: (p) =>
      `la convention importée ${quoted(p.id)} est déjà dans le réseau sous l'identifiant ${quoted(p.existing)} (iia-id ${quoted(p.iiaId)} de ${p.heiId})\u00a0: elle n'est pas importée une seconde fois`,
  },
  'cli.ewp.partner_missing': {
    en: (p: { id: string; partnerId: string; heiId: string }) =>
      `the imported agreement ${quoted(p.id)} is not added: its partner ${quoted(p.partnerId)} could not be imported (see the issues above), and the network has no partner with SCHAC id ${quoted(p.heiId)}`,
    fr: (p) =>
      `la convention importée ${quoted(p.id)} n'est pas ajoutée\u00a0: son partenaire ${quoted(p.partnerId)} n'a pas pu être importé (voir les problèmes ci-dessus), et le réseau n'a aucun partenaire d'identifiant SCHAC ${quoted(p.heiId)}`,
  },
  'cli.ewp.renamed': {
    en: (p: { kind: 'partner' | 'agreement'; id: string; renamed: string }) =>
      `the imported ${p.kind} ${quoted(p.id)} is added as ${quoted(p.renamed)}: the network has another ${p.kind} with that id`,
    fr: (p) =>
      p.kind === 'partner'
        ? `le partenaire importé ${quoted(p.id)} est ajouté sous l'identifiant ${quoted(p.renamed)}\u00a0: le réseau a un autre partenaire de même identifiant`
        : `la convention importée ${quoted(p.id)} est ajoutée sous l'identifiant ${quoted(p.renamed)}\u00a0: le réseau a une autre convention de même identifiant`,
  },
  'cli.ewp.merged': {
    en: (p: {
      name: string;
      agreements: number;
      partners: number;
      matched: number;
      conflicts: number;
    }) =>
      `${p.name}: ${plural(p.agreements, 'agreement')} and ${plural(p.partners, 'partner')} added, ${plural(p.matched, 'partner')} matched by SCHAC or ROR id, ${plural(p.conflicts, 'conflict')}`,
    fr: (p) =>
      `${p.name}\u00a0: ${countFr(p.agreements, 'convention')} et ${countFr(p.partners, 'partenaire')} ajoutés, ${countFr(p.matched, 'partenaire')} ${p.matched < 2 ? 'retrouvé' : 'retrouvés'} par identifiant SCHAC ou ROR, ${countFr(p.conflicts, 'conflit')}`,
  },
  'cli.ewp.merged_invalid': {
    en: (p: { name: string; issues: number }) =>
      `${p.name}: the network with the import would not be valid (${plural(p.issues, 'issue')}): nothing written`,
    fr: (p) =>
      `${p.name}\u00a0: le réseau complété par l'import ne serait pas valide (${countFr(p.issues, 'problème')})\u00a0: rien n'est écrit`,
  },
  'cli.ewp.help': {
    en: (p: {
      names: readonly string[];
      maxBytes: number;
      maxLength: number;
      variable: string;
    }) => `Usage: uhs-network ewp import <file.xml> [--network net.json] [--out FILE] [--home HEI_ID]
                              [--format text|json]
       uhs-network ewp export <network.json> --agreement ID [--out FILE] [--home HEI_ID]
       uhs-network ewp hash <file.xml> [--format text|json]
       uhs-network ewp diff <ours.xml> <theirs.xml> [--format text|json]

Erasmus Without Paper (EWP), IIAs API v7: inter-institutional agreements (IIAs) in and
out of the network, their iia-hash, and where two copies of one differ.
Commands: ${p.names.join(', ')}.

  import  Reads the IIAs of an iias-get-response as agreements and partners. Without
          --network, prints them (a table, or JSON { agreements, partners, issues }
          with --format json or --out). With --network, adds them to that network: a
          partner already there with the same SCHAC or ROR id is matched, not added
          again; an agreement whose iia-id is already there is a conflict, reported and
          not imported again. The network is written (--out, else standard output) only
          if it is still valid.
  export  Writes one agreement of a network as an iias-get-response, with its
          iia-hash; what EWP cannot express is a warning on standard error.
  hash    Prints one line per iia of an iias-get-response: its iia-id, its iia-hash
          (SHA-256 of the text the official v7 XSLT builds) and whether it is valid for
          approval (no when a v6-value or not-yet-defined is present).
  diff    Compares our copy of an IIA with the partner's and prints every difference
          that changes the iia-hash, one a line (path: message), with a summary on
          standard error; or says that the copies agree.

  --network FILE      (import) The network to add the import to.
  --agreement ID      (export) The id of the agreement to write.
  --out FILE          (import, export) Write the result to FILE instead of standard output.
  --home HEI_ID       (import, export) The SCHAC id of the home institution: the network's
                      home, else uhs.edu.kh.
  --format text|json  Lines (default), or JSON: the import, the array of { iiaId, hash,
                      validForApproval } (hash), of the differences (diff).
  -h, --help          Show this help.

A file of '-' reads standard input. Files are UTF-8 XML of at most ${sizeIn(p.maxBytes, 'en')} (less when
${p.variable} says so) and ${number(p.maxLength, 'en')} characters. A DOCTYPE or an entity
reference is an issue: no entity is ever expanded. Issues, conflicts and warnings go to
standard error as file: path: message, with an XPath-like path (or the path in the network).

Exit codes: 0 done, with or without issues or warnings (diff: the copies agree); 1 nothing
could be imported or exported, the network is not valid, an imported agreement is a
conflict or could not be added, or (diff) the copies differ; 2 a usage error (an unknown
agreement id included), or a file that cannot be read or written, or is too large.

Examples:
  uhs-network ewp import iia.xml --network network.json --out network.json
  uhs-network ewp export network.json --agreement mou-lyon-2014 --out iia.xml
  uhs-network ewp hash iia.xml
  uhs-network ewp diff ours.xml theirs.xml
`,
    fr: (
      p,
    ) => `Utilisation\u00a0: uhs-network ewp import <fichier.xml> [--network reseau.json] [--out FICHIER]
                                     [--home HEI_ID] [--format text|json]
              uhs-network ewp export <reseau.json> --agreement ID [--out FICHIER] [--home HEI_ID]
              uhs-network ewp hash <fichier.xml> [--format text|json]
              uhs-network ewp diff <notre.xml> <leur.xml> [--format text|json]

Erasmus Without Paper (EWP), API IIAs v7\u00a0: les accords interinstitutionnels (IIA) qui
entrent dans le réseau ou en sortent, leur iia-hash, et ce qui diffère entre deux copies
d'un accord. Commandes\u00a0: ${p.names.join(', ')}.

  import  Lit les IIA d'une iias-get-response comme conventions et partenaires. Sans
          --network, les affiche (un tableau, ou le JSON { agreements, partners, issues }
          avec --format json ou --out). Avec --network, les ajoute à ce réseau\u00a0: un
          partenaire déjà présent avec le même identifiant SCHAC ou ROR est retrouvé, pas
          ajouté une seconde fois\u00a0; une convention dont l'iia-id est déjà présent est un
          conflit, signalé, et n'est pas importée une seconde fois. Le réseau n'est écrit
          (--out, sinon sur la sortie standard) que s'il reste valide.
  export  Écrit une convention d'un réseau comme iias-get-response, avec son iia-hash\u00a0;
          ce qu'EWP ne peut pas exprimer fait l'objet d'un avertissement sur la sortie
          d'erreur standard.
  hash    Affiche une ligne par iia d'une iias-get-response\u00a0: son iia-id, son iia-hash
          (SHA-256 du texte que construit la XSLT officielle v7) et s'il est valide pour
          l'approbation (non lorsqu'un v6-value ou un not-yet-defined est présent).
  diff    Compare notre copie d'un IIA avec celle du partenaire et affiche chaque
          différence qui modifie l'iia-hash, une par ligne (chemin\u00a0: message), avec un
          résumé sur la sortie d'erreur standard\u00a0; ou indique que les copies concordent.

  --network FICHIER   (import) Le réseau auquel ajouter l'import.
  --agreement ID      (export) L'identifiant de la convention à écrire.
  --out FICHIER       (import, export) Écrire le résultat dans FICHIER plutôt que sur la
                      sortie standard.
  --home HEI_ID       (import, export) L'identifiant SCHAC de l'établissement d'origine\u00a0:
                      celui du réseau, sinon uhs.edu.kh.
  --format text|json  Des lignes (par défaut), ou du JSON\u00a0: l'import, le tableau des
                      { iiaId, hash, validForApproval } (hash), des différences (diff).
  -h, --help          Afficher cette aide.

Le fichier '-' désigne l'entrée standard. Les fichiers sont du XML en UTF-8 d'au plus
${sizeIn(p.maxBytes, 'fr')} (moins si ${p.variable} le demande) et d'au plus ${number(p.maxLength, 'fr')}\u00a0caractères.
Une déclaration DOCTYPE ou une référence d'entité est un problème\u00a0: aucune entité
n'est jamais développée. Les problèmes, conflits et avertissements vont sur la sortie
d'erreur standard sous la forme fichier\u00a0: chemin\u00a0: message, avec un chemin de type
XPath (ou le chemin dans le réseau).

Codes de sortie\u00a0: 0\u00a0: succès, avec ou sans problèmes ni avertissements (diff\u00a0: les
copies concordent)\u00a0; 1\u00a0: rien n'a pu être importé ou exporté, le réseau n'est pas
valide, une convention importée est en conflit ou n'a pas pu être ajoutée, ou (diff) les
copies diffèrent\u00a0; 2\u00a0: une erreur d'utilisation (dont un identifiant de convention
inconnu), ou un fichier illisible, impossible à écrire ou trop volumineux.

Exemples\u00a0:
  uhs-network ewp import iia.xml --network reseau.json --out reseau.json
  uhs-network ewp export reseau.json --agreement mou-lyon-2014 --out iia.xml
  uhs-network ewp hash iia.xml
  uhs-network ewp diff notre.xml leur.xml
`,
  },
});

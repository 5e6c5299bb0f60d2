import { defineMessages, orList } from './_table.js';
import { receivedFr, valueIn } from './common.js';

// Part of the message catalogue (see ./_table.ts): English and French side by side.
// Codes are stable and dotted: `<domain>.<what>`. These are the errors of `createPolicy`,
// `policyFor` and of the policy parameters given in a function's options (the `caller`
// `options`). Parameter names and paths (`planPeriod.end`, `rules[2].id`) stay as written
// in code in both languages: they are what the reader has to correct.

/** What every "`field` must be …" error is made from. @internal */
export interface Received {
  /** The function that throws (`createPolicy`, `policyFor`, `options` …). */
  readonly caller: string;
  /** The parameter, or the path inside it: `saturation`, `alignment.C5[0]`. */
  readonly field: string;
  /** The value received. */
  readonly received: unknown;
}

/** `createPolicy: saturation must be ≥ 1, received 0`. */
function mustBe(p: Received, expected: string): string {
  return `${p.caller}: ${p.field} must be ${expected}, received ${valueIn(p.received, 'en')}`;
}

/**
 * `createPolicy\u00a0: saturation doit …, valeur reçue 0`: the French of {@link mustBe}, with
 * its own verb (`doit être`, `doit contenir` …); `aucune valeur reçue` for `undefined`.
 */
function doit(p: Received, predicate: string): string {
  return `${p.caller}\u00a0: ${p.field} ${predicate}, ${receivedFr(p.received)}`;
}

/** `createPolicy\u00a0: saturation doit être …, valeur reçue 0`. */
function doitEtre(p: Received, attendu: string): string {
  return doit(p, `doit être ${attendu}`);
}

/** `A1 … D5` / `1–4`: the first and the last of a closed list, given as params. */
function firstToLast(list: readonly (string | number)[], between: string): string {
  return `${String(list[0] ?? '')}${between}${String(list.at(-1) ?? '')}`;
}

/** @internal */
export const POLICY_MESSAGES = /* @__PURE__ */ defineMessages({
  'policy.overrides_not_an_object': {
    en: (p: { caller: string; received: unknown }) =>
      `${p.caller}: the overrides must be an object, received ${valueIn(p.received, 'en')}`,
    fr: (p) =>
      `${p.caller}\u00a0: les paramètres modifiés doivent être fournis sous forme d'objet, ${receivedFr(p.received)}`,
  },
  'policy.unknown_key': {
    // `field` is '' for a key of the overrides themselves.
    en: (p: { caller: string; field: string; key: string; known: readonly string[] }) =>
      `${p.caller}: ${p.field === '' ? 'unknown key' : `${p.field} has an unknown key`} ${valueIn(p.key, 'en')} (expected ${p.known.join(', ')})`,
    fr: (p) =>
      `${p.caller}\u00a0: ${p.field === '' ? 'clé inconnue' : `${p.field} contient une clé inconnue`} ${valueIn(p.key, 'fr')} (clés attendues\u00a0: ${p.known.join(', ')})`,
  },
  'policy.unknown_cell': {
    // `cells` is the catalog's `CELLS`: the message shows its size, first and last.
    en: (p: { caller: string; field: string; key: string; cells: readonly string[] }) =>
      `${p.caller}: ${p.field} has an unknown key ${valueIn(p.key, 'en')} (expected the ${p.cells.length} cells ${firstToLast(p.cells, ' … ')})`,
    fr: (p) =>
      `${p.caller}\u00a0: ${p.field} contient une clé inconnue ${valueIn(p.key, 'fr')} (clés attendues\u00a0: les ${p.cells.length} cases ${firstToLast(p.cells, ' … ')})`,
  },
  'policy.not_an_object': {
    en: (p: Received & { keys: readonly string[] }) =>
      mustBe(p, `an object { ${p.keys.join(', ')} }`),
    fr: (p) => doitEtre(p, `un objet { ${p.keys.join(', ')} }`),
  },
  'policy.not_an_alignment': {
    en: (p: Received) => mustBe(p, 'an object mapping every cell to strategies'),
    fr: (p) => doitEtre(p, 'un objet associant chaque case à ses stratégies'),
  },
  'policy.not_a_weight_table': {
    en: (p: Received) => mustBe(p, 'an object mapping cells to weights'),
    fr: (p) => doitEtre(p, 'un objet associant des cases à leur pondération'),
  },
  'policy.not_a_number': {
    en: (p: Received) => mustBe(p, 'a number'),
    fr: (p) => doitEtre(p, 'un nombre'),
  },
  'policy.not_a_string': {
    en: (p: Received) => mustBe(p, 'a string'),
    fr: (p) => doitEtre(p, 'une chaîne de caractères'),
  },
  'policy.not_a_function': {
    en: (p: Received) => mustBe(p, 'a function'),
    fr: (p) => doitEtre(p, 'une fonction'),
  },
  'policy.not_non_negative': {
    en: (p: Received) => mustBe(p, 'a finite number ≥ 0'),
    fr: (p) => doitEtre(p, 'un nombre fini ≥\u00a00'),
  },
  'policy.not_at_least': {
    en: (p: Received & { minimum: number }) => mustBe(p, `≥ ${p.minimum}`),
    fr: (p) => doitEtre(p, `un nombre fini ≥\u00a0${p.minimum}`),
  },
  'policy.not_days': {
    en: (p: Received) => mustBe(p, 'a whole number of days ≥ 0'),
    fr: (p) => doitEtre(p, 'un nombre entier de jours ≥\u00a00'),
  },
  'policy.not_months': {
    en: (p: Received) => mustBe(p, 'a finite number of months > 0'),
    fr: (p) => doitEtre(p, 'un nombre fini de mois >\u00a00'),
  },
  'policy.not_a_month': {
    en: (p: Received) => mustBe(p, 'a month number 1–12'),
    fr: (p) => doitEtre(p, 'un numéro de mois de 1 à 12'),
  },
  'policy.not_a_date': {
    en: (p: Received) => mustBe(p, 'a real calendar date YYYY-MM-DD'),
    fr: (p) => doitEtre(p, 'une date valide au format AAAA-MM-JJ'),
  },
  'policy.end_not_after_start': {
    en: (p: { caller: string; start: string; received: unknown }) =>
      mustBe({ ...p, field: 'planPeriod.end' }, `after planPeriod.start (${p.start})`),
    fr: (p) =>
      doitEtre({ ...p, field: 'planPeriod.end' }, `postérieure à planPeriod.start (${p.start})`),
  },
  'policy.not_a_country': {
    en: (p: Received) => mustBe(p, 'an assigned ISO 3166-1 alpha-2 code such as KH'),
    fr: (p) => doitEtre(p, 'un code de pays ISO 3166-1 alpha-2 attribué, tel que KH'),
  },
  'policy.not_a_hei_id': {
    en: (p: Received) => mustBe(p, 'a SCHAC id: a lower-case internet domain such as uhs.edu.kh'),
    fr: (p) =>
      doitEtre(
        p,
        'un identifiant SCHAC\u00a0: un nom de domaine en minuscules, tel que uhs.edu.kh',
      ),
  },
  'policy.missing_cell': {
    en: (p: Received) => mustBe(p, 'a list of strategies (every cell is mapped)'),
    fr: (p) => doitEtre(p, "une liste de stratégies (chaque case doit figurer dans l'alignement)"),
  },
  'policy.not_a_strategy_list': {
    en: (p: Received) => mustBe(p, 'an array of strategy codes'),
    fr: (p) => doitEtre(p, 'un tableau de codes de stratégie'),
  },
  'policy.not_a_strategy': {
    // `codes` is the catalog's `STRATEGY_CODES`.
    en: (p: Received & { codes: readonly number[] }) =>
      mustBe(p, `a strategy code ${firstToLast(p.codes, '–')}`),
    fr: (p) => doitEtre(p, `un code de stratégie de ${firstToLast(p.codes, ' à ')}`),
  },
  'policy.duplicate_strategy': {
    en: (p: Received) => mustBe(p, 'listed once in its cell'),
    fr: (p) => doitEtre(p, "une stratégie qui ne figure qu'une fois dans sa case"),
  },
  'policy.sum_not_positive': {
    en: (p: Received) => mustBe(p, 'weights with a positive sum'),
    fr: (p) => doit(p, 'doit contenir des pondérations dont la somme est strictement positive'),
  },
  'policy.sum_not_finite': {
    en: (p: Received) => mustBe(p, 'weights with a finite sum'),
    fr: (p) => doit(p, 'doit contenir des pondérations dont la somme est finie'),
  },
  'policy.not_a_language_list': {
    en: (p: Received) => mustBe(p, 'an array of ISO 639-1 codes'),
    fr: (p) => doitEtre(p, 'un tableau de codes de langue ISO 639-1'),
  },
  'policy.not_a_language': {
    en: (p: Received) => mustBe(p, 'an ISO 639-1 code such as fr'),
    fr: (p) => doitEtre(p, 'un code de langue ISO 639-1, tel que fr'),
  },
  'policy.no_language': {
    en: (p: { caller: string; field: string }) =>
      `${p.caller}: ${p.field} must list at least one ISO 639-1 code`,
    fr: (p) => `${p.caller}\u00a0: ${p.field} doit contenir au moins un code de langue ISO 639-1`,
  },
  'policy.duplicate_language': {
    en: (p: Received) => mustBe(p, 'listed once'),
    fr: (p) => doitEtre(p, "une langue qui ne figure qu'une fois dans la liste"),
  },
  'policy.not_a_rule_list': {
    en: (p: Received) => mustBe(p, 'an array of eligibility rules'),
    fr: (p) => doitEtre(p, "un tableau de règles d'éligibilité"),
  },
  'policy.not_a_rule': {
    en: (p: Received & { keys: readonly string[] }) =>
      mustBe(p, `an eligibility rule { ${p.keys.join(', ')} }`),
    fr: (p) => doitEtre(p, `une règle d'éligibilité { ${p.keys.join(', ')} }`),
  },
  'policy.empty_rule_id': {
    en: (p: Received) => mustBe(p, 'a non-empty string'),
    fr: (p) => doitEtre(p, 'une chaîne de caractères non vide'),
  },
  'policy.unknown_severity': {
    // `allowed` is the catalog's `RULE_SEVERITIES`, written as codes in both languages.
    en: (p: Received & { allowed: readonly string[] }) =>
      mustBe(p, `one of ${p.allowed.join(', ')}`),
    fr: (p) => doitEtre(p, `l'une des gravités ${orList(p.allowed, 'fr')}`),
  },
  'policy.duplicate_rule_id': {
    en: (p: Received & { firstIndex: number }) =>
      mustBe(p, `unique (rules[${p.firstIndex}] has the same id)`),
    fr: (p) => doitEtre(p, `unique (rules[${p.firstIndex}] porte le même identifiant)`),
  },
});

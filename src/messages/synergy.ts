import { plural } from '../core/_format.js';
import { defineMessages } from './_table.js';
import { countFr, receivedFr, valueIn } from './common.js';
import { ISSUE_EN, ISSUE_FR, LIST_WORDS, type InvalidValueData } from './issues.js';

// Part of the message catalogue (see ./_table.ts): English and French side by side.
// Codes are stable and dotted: `<domain>.<what>`. These are the errors of the synergy
// functions (`synergy.*`) and the reasons of `fitScore` (`synergy.reason.*`). Option names
// and paths (`limit`, `need.languages[0]`) stay as written in code in both languages: they
// are what the reader has to correct. Codes (`C5`) and ids are shown as in the data.

/** The lists whose codes a synergy function is given: a need's and a consortium's. */
type NeedList = 'cell' | 'language' | 'isced-field' | 'region';

/** What a list of codes is, in French, in the plural: `une liste de codes de langue`. */
const LISTS_FR: { readonly [K in NeedList]: string } = {
  cell: 'codes de case',
  language: 'codes de langue',
  'isced-field': "codes de domaine d'études CITE-F 2013",
  region: 'codes de région',
};

/** What an error about one option of a function is made from. @internal */
export interface OptionParams {
  /** The public function that throws (`rankPartners`). */
  readonly caller: string;
  /** The option as the caller wrote it (`limit`, `need.languages`). */
  readonly option: string;
}

/** @internal */
export const SYNERGY_MESSAGES = /* @__PURE__ */ defineMessages({
  'synergy.invalid_count': {
    en: (p: OptionParams & { min: number; received: unknown }) =>
      `${p.caller}: ${p.option} must be a whole number ≥ ${p.min}, received ${valueIn(p.received, 'en')}`,
    fr: (p) =>
      `${p.caller}\u00a0: ${p.option} doit être un nombre entier ≥\u00a0${p.min}, ${receivedFr(p.received)}`,
  },
  'synergy.need_not_an_object': {
    en: (p: { caller: string; received: unknown }) =>
      `${p.caller}: need must be an object such as { cells: ['C5'] }, received ${valueIn(p.received, 'en')}`,
    fr: (p) =>
      `${p.caller}\u00a0: need doit être un objet tel que { cells: ['C5'] }, ${receivedFr(p.received)}`,
  },
  'synergy.not_a_list': {
    // `of`: which codes the list holds; English words from the catalogue's `LIST_WORDS`.
    en: (p: OptionParams & { of: NeedList; received: unknown }) =>
      `${p.caller}: ${p.option} must be a list of ${LIST_WORDS[p.of][0].replace(/^an? /, '')}s, received ${valueIn(p.received, 'en')}`,
    fr: (p) =>
      `${p.caller}\u00a0: ${p.option} doit être une liste de ${LISTS_FR[p.of]}, ${receivedFr(p.received)}`,
  },
  'synergy.unknown_code': {
    // The sentence after the option is the validation issue `issue.invalid_value`.
    en: (p: OptionParams & { index: number } & InvalidValueData) =>
      `${p.caller}: ${p.option}[${p.index}] ${ISSUE_EN['issue.invalid_value'](p)}`,
    fr: (p) => `${p.caller}\u00a0: ${p.option}[${p.index}] ${ISSUE_FR['issue.invalid_value'](p)}`,
  },
  'synergy.unknown_partner': {
    en: (p: { caller: string; partnerId: string }) =>
      `${p.caller}: the network has no partner with id ${valueIn(p.partnerId, 'en')}`,
    fr: (p) =>
      `${p.caller}\u00a0: aucun partenaire du réseau n'a l'identifiant ${valueIn(p.partnerId, 'fr')}`,
  },
  'synergy.too_many_pairs': {
    // `max`: MAX_COLLABORATIONS_WITHOUT_LIMIT.
    en: (p: { caller: string; max: number; minShared: number }) =>
      `${p.caller}: more than ${p.max.toLocaleString('en-US')} pairs of partners share at least ${plural(p.minShared, 'cell')}; pass a limit (the best pairs are returned first) or a larger minShared`,
    fr: (p) =>
      `${p.caller}\u00a0: plus de ${p.max.toLocaleString('fr')} paires de partenaires ont au moins ${countFr(p.minShared, 'case')} en commun\u00a0; indiquez une limite avec limit (les meilleures paires sont renvoyées en premier) ou un minShared plus grand`,
  },

  // The reasons of `fitScore`, one sentence each, in the order it gives them.
  'synergy.reason.strategies': {
    // `served`: the strategies the scope serves, ascending; `total`: how many there are.
    en: (p: { goal: number; served: readonly number[]; total: number }) =>
      p.served.length === 0
        ? `serves no strategy of Goal #${p.goal}`
        : `serves ${p.served.length} of ${p.total} strategies: ${p.served.join(', ')}`,
    fr: (p) =>
      p.served.length === 0
        ? `ne contribue à aucune stratégie de l'objectif stratégique n°\u00a0${p.goal}`
        : `contribue à ${p.served.length} des ${p.total} stratégies\u00a0: ${p.served.join(', ')}`,
  },
  'synergy.reason.gaps': {
    en: (p: { cells: readonly string[] }) =>
      `fills ${plural(p.cells.length, 'gap')}: ${p.cells.join(', ')}`,
    fr: (p) => `comble ${countFr(p.cells.length, 'lacune')}\u00a0: ${p.cells.join(', ')}`,
  },
  'synergy.reason.saturated': {
    // `partners`: how many partners cover the cell, at least the saturation.
    en: (p: { cell: string; partners: number }) =>
      `${p.cell} is saturated (${plural(p.partners, 'partner')})`,
    fr: (p) => `la case ${p.cell} est saturée (${countFr(p.partners, 'partenaire')})`,
  },
  'synergy.reason.covered': {
    en: (p: { cell: string; partners: number }) =>
      `${p.cell} already has ${plural(p.partners, 'partner')}`,
    fr: (p) => `la case ${p.cell} a déjà ${countFr(p.partners, 'partenaire')}`,
  },
  'synergy.reason.months': {
    en: (p: { months: number }) => `${plural(p.months, 'month')} within the plan`,
    fr: (p) => `${countFr(p.months, 'mois', 'mois')} dans la période du plan`,
  },
  'synergy.reason.funding': {
    en: (p: { declared: boolean }) => (p.declared ? 'funding declared' : 'no funding declared'),
    fr: (p) => (p.declared ? 'financement déclaré' : 'aucun financement déclaré'),
  },
  'synergy.reason.history': {
    // `completed`: the partner has an agreement that ended before the day, never terminated.
    en: (p: { completed: boolean }) =>
      p.completed
        ? 'the partner completed an earlier agreement with UHS'
        : 'no completed agreement with UHS yet',
    fr: (p) =>
      p.completed
        ? "le partenaire a mené à terme une convention antérieure avec l'UHS"
        : "aucune convention menée à terme avec l'UHS à ce jour",
  },
});

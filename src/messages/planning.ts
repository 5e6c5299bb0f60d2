import { plural } from '../core/_format.js';
import type { Locale } from '../core/_locales.js';
import { andList, defineMessages, orList } from './_table.js';
import { countFr, receivedFr, valueIn } from './common.js';

// Part of the message catalogue (see ./_table.ts): English and French side by side.
// Codes are stable and dotted: `planning.<what>`. These are the errors of the planning
// functions (`./planning`): coverageTimeline, renewalCalendar, projectNetwork,
// compareCoverage and selectProposals. Option names stay as written in code in both
// languages.

/** Ids between quotes, as a list: `'a', 'b' and 'c'` / `'a', 'b' et 'c'`. */
function quotedList(ids: readonly string[], locale: Locale): string {
  return andList(
    ids.map((id) => valueIn(id, locale)),
    locale,
  );
}

/** @internal */
export const PLANNING_MESSAGES = /* @__PURE__ */ defineMessages({
  // coverageTimeline / renewalCalendar: add entries below this line.
  'planning.to_before_from': {
    en: (p: { caller: string; from: string; received: unknown }) =>
      `${p.caller}: to must not be before from (${p.from}), received ${valueIn(p.received, 'en')}`,
    fr: (p) =>
      `${p.caller}\u00a0: to ne doit pas être antérieure à from (${p.from}), ${receivedFr(p.received)}`,
  },
  'planning.unknown_step': {
    en: (p: { caller: string; allowed: readonly string[]; received: unknown }) =>
      `${p.caller}: step must be ${orList(
        p.allowed.map((step) => `'${step}'`),
        'en',
      )}, received ${valueIn(p.received, 'en')}`,
    fr: (p) =>
      `${p.caller}\u00a0: step doit valoir ${orList(
        p.allowed.map((step) => `'${step}'`),
        'fr',
      )}, ${receivedFr(p.received)}`,
  },
  'planning.too_many_steps': {
    // `max`: MAX_TIMELINE_STEPS; `steps`: how many the range would make.
    en: (p: {
      caller: string;
      from: string;
      to: string;
      step: string;
      steps: number;
      max: number;
    }) =>
      `${p.caller}: from ${p.from} to ${p.to} by '${p.step}' makes ${p.steps.toLocaleString('en-US')} steps, more than the ${p.max.toLocaleString('en-US')} allowed; choose a shorter range or a longer step`,
    fr: (p) =>
      `${p.caller}\u00a0: du ${p.from} au ${p.to} par '${p.step}', la chronologie compterait ${p.steps.toLocaleString('fr')}\u00a0périodes, au-delà des ${p.max.toLocaleString('fr')} permises\u00a0; choisissez un intervalle plus court ou un step plus long`,
  },
  // projectNetwork / compareCoverage / selectProposals: add entries below this line.
  'planning.not_a_list': {
    en: (p: { caller: string; option: string; received: unknown }) =>
      `${p.caller}: ${p.option} must be a list of proposal ids, received ${valueIn(p.received, 'en')}`,
    fr: (p) =>
      `${p.caller}\u00a0: ${p.option} doit être une liste d'identifiants de propositions, ${receivedFr(p.received)}`,
  },
  'planning.not_a_boolean': {
    en: (p: { caller: string; option: string; received: unknown }) =>
      `${p.caller}: ${p.option} must be true or false, received ${valueIn(p.received, 'en')}`,
    fr: (p) =>
      `${p.caller}\u00a0: ${p.option} doit valoir true ou false, ${receivedFr(p.received)}`,
  },
  'planning.invalid_count': {
    en: (p: { caller: string; option: string; min: number; received: unknown }) =>
      `${p.caller}: ${p.option} must be a whole number ≥ ${p.min}, received ${valueIn(p.received, 'en')}`,
    fr: (p) =>
      `${p.caller}\u00a0: ${p.option} doit être un nombre entier ≥\u00a0${p.min}, ${receivedFr(p.received)}`,
  },
  'planning.unknown_proposals': {
    // `proposalIds`: the ids the network's proposals do not have, ascending.
    en: (p: { caller: string; option: string; proposalIds: readonly string[] }) =>
      `${p.caller}: ${p.option} names ${p.proposalIds.length === 1 ? 'a proposal' : 'proposals'} the network does not have: ${quotedList(p.proposalIds, 'en')}`,
    fr: (p) =>
      `${p.caller}\u00a0: ${p.option} désigne ${p.proposalIds.length === 1 ? 'une proposition' : 'des propositions'} absente${p.proposalIds.length === 1 ? '' : 's'} du réseau\u00a0: ${quotedList(p.proposalIds, 'fr')}`,
  },
  'planning.duplicate_proposals': {
    en: (p: { caller: string; option: string; proposalIds: readonly string[] }) =>
      `${p.caller}: ${p.option} names the same proposal more than once: ${quotedList(p.proposalIds, 'en')}`,
    fr: (p) =>
      `${p.caller}\u00a0: ${p.option} désigne plusieurs fois la même proposition\u00a0: ${quotedList(p.proposalIds, 'fr')}`,
  },
  'planning.ineligible_proposals': {
    // `proposalIds`: every proposal whose decision on `on` is not `eligible`, ascending.
    en: (p: { caller: string; proposalIds: readonly string[]; on: string }) =>
      `${p.caller}: ${p.proposalIds.length === 1 ? 'proposal' : 'proposals'} ${quotedList(p.proposalIds, 'en')} ${p.proposalIds.length === 1 ? 'is' : 'are'} not eligible on ${p.on}; pass includeIneligible: true to project ${p.proposalIds.length === 1 ? 'it' : 'them'} anyway`,
    fr: (p) =>
      p.proposalIds.length === 1
        ? `${p.caller}\u00a0: la proposition ${quotedList(p.proposalIds, 'fr')} n'est pas éligible le ${p.on}\u00a0; indiquez includeIneligible: true pour la projeter malgré tout`
        : `${p.caller}\u00a0: les propositions ${quotedList(p.proposalIds, 'fr')} ne sont pas éligibles le ${p.on}\u00a0; indiquez includeIneligible: true pour les projeter malgré tout`,
  },
  'planning.unprojectable_proposals': {
    en: (p: { caller: string; proposalIds: readonly string[] }) =>
      `${p.caller}: ${p.proposalIds.length === 1 ? 'proposal' : 'proposals'} ${quotedList(p.proposalIds, 'en')} cannot become ${p.proposalIds.length === 1 ? 'an agreement' : 'agreements'}: an agreement needs at least one cell in its scope, every commitment within its scope and a partner outside the home country`,
    fr: (p) =>
      `${p.caller}\u00a0: ${p.proposalIds.length === 1 ? 'la proposition' : 'les propositions'} ${quotedList(p.proposalIds, 'fr')} ne ${p.proposalIds.length === 1 ? 'peut' : 'peuvent'} pas devenir ${p.proposalIds.length === 1 ? 'une convention' : 'des conventions'}\u00a0: une convention demande au moins une case dans son périmètre, tous ses engagements dans ce périmètre et un partenaire hors du pays de l'établissement d'origine`,
  },
  'planning.required_unavailable': {
    // `reason`: why the required proposal cannot be chosen.
    en: (p: {
      caller: string;
      proposalId: string;
      reason: 'unknown' | 'ineligible' | 'excluded';
    }) =>
      `${p.caller}: require names ${valueIn(p.proposalId, 'en')}, ${
        p.reason === 'unknown'
          ? 'which is not a proposal of the network'
          : p.reason === 'ineligible'
            ? 'which is not eligible on the day of the selection'
            : 'which exclude also names'
      }`,
    fr: (p) =>
      `${p.caller}\u00a0: require désigne ${valueIn(p.proposalId, 'fr')}, ${
        p.reason === 'unknown'
          ? "qui n'est pas une proposition du réseau"
          : p.reason === 'ineligible'
            ? "qui n'est pas éligible le jour de la sélection"
            : 'que exclude désigne aussi'
      }`,
  },
  'planning.too_many_required': {
    en: (p: { caller: string; required: number; maxProposals: number }) =>
      `${p.caller}: require names ${plural(p.required, 'proposal')}, more than maxProposals (${p.maxProposals})`,
    fr: (p) =>
      `${p.caller}\u00a0: require désigne ${countFr(p.required, 'proposition')}, plus que maxProposals (${p.maxProposals})`,
  },
  'planning.too_many_candidates': {
    // `max`: MAX_EXACT_CANDIDATES.
    en: (p: { caller: string; candidates: number; max: number }) =>
      `${p.caller}: exact selection explores every subset, so it takes at most ${plural(p.max, 'candidate')} with a positive gain; this network has ${p.candidates}. Use the greedy selection (without exact), which reaches at least 1 − 1/e of the best`,
    fr: (p) =>
      `${p.caller}\u00a0: la sélection exacte explore tous les sous-ensembles et n'accepte donc pas plus de ${countFr(p.max, 'proposition candidate', 'propositions candidates')} au gain positif\u00a0; ce réseau en compte ${p.candidates}. Utilisez la sélection gloutonne (sans exact), qui atteint au moins 1 − 1/e de la meilleure`,
  },
});

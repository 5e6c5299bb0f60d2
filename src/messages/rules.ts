import { andList, defineMessages, orList, type Message } from './_table.js';
import { receivedFr, valueIn } from './common.js';

// Part of the message catalogue (see ./_table.ts): English and French side by side.
// Codes are stable and dotted: `<domain>.<what>`.
//
// The results of the default eligibility rules: `rule.<rule id>.<outcome>`, made from the
// `params` a rule result carries (an outcome with several wordings branches on a param);
// `rule.<rule id>.description`, what each default rule checks; `rule.error.*`, what the
// engine says of a rule that throws or returns something invalid. The English wording is
// the one the library always wrote, so results read the same as in earlier versions.

type NoParams = Readonly<Record<string, never>>;

/** A message without params: the same words every time. */
function fixed(en: string, fr: string): Message<NoParams> {
  return { en: () => en, fr: () => fr };
}

/**
 * An id or a value from the data, as the rule results have always quoted it. One place,
 * so that the quoting of both languages changes together.
 */
function quoted(value: string): string {
  return `"${value}"`;
}

/** `1 cell`, `2 cells`: an English count. */
function count(value: number, one: string, many = `${one}s`): string {
  return `${String(value)} ${value === 1 ? one : many}`;
}

/** The French count: `1 case`, `2 cases` (a count of 0 or 1 takes the singular). */
function compte(value: number, un: string, plusieurs = `${un}s`): string {
  return `${String(value)}\u00a0${value <= 1 ? un : plusieurs}`;
}

/** The English strategies phrase: `strategy 4`, `strategies 1, 2 and 3`. */
function strategies(codes: readonly number[]): string {
  return `strateg${codes.length === 1 ? 'y' : 'ies'} ${andList(codes.map(String), 'en')}`;
}

/** The French strategies phrase after `à`: `à la stratégie 4`, `aux stratégies 1, 2 et 3`. */
function auxStrategies(codes: readonly number[]): string {
  const list = andList(codes.map(String), 'fr');
  return codes.length === 1 ? `à la stratégie ${list}` : `aux stratégies ${list}`;
}

/** `"a", "b" and "c"`, or the first ids and how many more: `"a", …, "j", and 9,989 more`. */
function idList(ids: readonly string[], total: number): string {
  const shown = ids.map(quoted);
  if (total <= shown.length) return andList(shown, 'en');
  return `${shown.join(', ')}, and ${(total - shown.length).toLocaleString('en-US')} more`;
}

/** `"a", "b" et "c"`, or `"a", …, "j" et 9 989 autres`. */
function listeIds(ids: readonly string[], total: number): string {
  const shown = ids.map(quoted);
  if (total <= shown.length) return andList(shown, 'fr');
  return `${shown.join(', ')} et ${(total - shown.length).toLocaleString('fr')} autres`;
}

/** The tier an institution type earns, in French. */
function enFait(tier: string): string {
  return tier === 'key'
    ? 'un partenaire clé'
    : tier === 'associate'
      ? 'un partenaire associé'
      : tier;
}

/** A period in French running text: `du 2016-09-01 au 2019-08-31`. */
function duAu(start: string, end: string): string {
  return `du ${start} au ${end}`;
}

const PARTNER_UNKNOWN = 'The partner cannot be resolved, so';
const PARTENAIRE_INTROUVABLE = 'Le partenaire est introuvable\u00a0:';

const MISSING_HEALTH_FIELD = (name: string) =>
  `${name} declares no health and welfare field (ISCED-F 2013 broad field 09, such as 0912 Medicine)`;
const SANS_DOMAINE_SANTE = (name: string) =>
  `${name} ne déclare aucun domaine d'études de la santé et de la protection sociale (grand domaine 09 de la CITE-F 2013, par exemple 0912 Médecine)`;

/** @internal */
export const RULE_MESSAGES = /* @__PURE__ */ defineMessages({
  // partner-known
  'rule.partner-known.description': /* @__PURE__ */ fixed(
    'The proposal carries its partner, or names a partner that the network has (no network, or an unknown id, fails).',
    'La proposition inclut la fiche de son partenaire, ou désigne un partenaire que le réseau connaît (sans réseau, ou avec un identifiant inconnu, le résultat est non conforme).',
  ),
  'rule.partner-known.pass': {
    en: (p: { partnerId: string; partnerName: string; inline: boolean }) =>
      p.inline
        ? `The proposal carries its partner, ${p.partnerName} (${quoted(p.partnerId)}).`
        : `Partner ${quoted(p.partnerId)} is in the network (${p.partnerName}).`,
    fr: (p) =>
      p.inline
        ? `La proposition inclut la fiche de son partenaire, ${p.partnerName} (${quoted(p.partnerId)}).`
        : `Le partenaire ${quoted(p.partnerId)} fait partie du réseau (${p.partnerName}).`,
  },
  'rule.partner-known.fail': {
    en: (p: { partnerId: string; network: boolean }) =>
      p.network
        ? `Partner ${quoted(p.partnerId)} is not in the network: a proposal from an institution not yet in the network carries its partner inline.`
        : `The proposal names partner ${quoted(p.partnerId)} but no network was given to resolve it: evaluate it with the network, or carry the partner inline.`,
    fr: (p) =>
      p.network
        ? `Le partenaire ${quoted(p.partnerId)} ne fait pas partie du réseau\u00a0: la proposition d'un établissement qui n'est pas encore membre du réseau doit inclure sa fiche de partenaire.`
        : `La proposition désigne le partenaire ${quoted(p.partnerId)}, mais aucun réseau n'a été fourni pour le retrouver\u00a0: évaluez-la avec le réseau, ou incluez-y la fiche du partenaire.`,
  },

  // international
  'rule.international.description': /* @__PURE__ */ fixed(
    "The partner's country is not the home country (policy.homeCountry, KH by default).",
    "Le pays du partenaire n'est pas celui de l'établissement d'origine (policy.homeCountry, KH par défaut).",
  ),
  'rule.international.pass': {
    en: (p: { partnerName: string; country: string; homeCountry: string }) =>
      `${p.partnerName} is in ${p.country}, abroad (home country ${p.homeCountry}).`,
    fr: (p) =>
      `Le partenaire ${p.partnerName} est situé à l'étranger, dans le pays ${p.country} (pays de l'établissement d'origine\u00a0: ${p.homeCountry}).`,
  },
  'rule.international.fail': {
    en: (p: { partnerName: string; country: string; homeCountry: string }) =>
      `${p.partnerName} is in ${p.country}, the home country: the network is for institutions abroad.`,
    fr: (p) =>
      `Le partenaire ${p.partnerName} est situé dans le pays ${p.country}, celui de l'établissement d'origine\u00a0: le réseau s'adresse aux établissements à l'étranger.`,
  },
  'rule.international.not-applicable': /* @__PURE__ */ fixed(
    `${PARTNER_UNKNOWN} its country cannot be checked.`,
    `${PARTENAIRE_INTROUVABLE} son pays ne peut pas être vérifié.`,
  ),

  // institution-type
  'rule.institution-type.description': /* @__PURE__ */ fixed(
    "Always passes; its message names the partner's institution type and the tier it earns.",
    "Toujours conforme\u00a0; son message indique le type d'établissement du partenaire et la catégorie de partenaire qui en découle.",
  ),
  'rule.institution-type.pass': {
    en: (p: { partnerName: string; type: string; tier: string | null }) =>
      p.tier === null
        ? `${p.partnerName} is of type ${quoted(p.type)}, which is not a known institution type: it earns no tier.`
        : `${p.partnerName} is of type ${quoted(p.type)}, which earns the ${p.tier} tier.`,
    fr: (p) =>
      p.tier === null
        ? `${p.partnerName} est de type ${quoted(p.type)}, un type d'établissement inconnu\u00a0: aucune catégorie de partenaire ne lui est attribuée.`
        : `${p.partnerName} est de type ${quoted(p.type)}, ce qui en fait ${enFait(p.tier)}.`,
  },
  'rule.institution-type.not-applicable': /* @__PURE__ */ fixed(
    `${PARTNER_UNKNOWN} its institution type cannot be checked.`,
    `${PARTENAIRE_INTROUVABLE} son type d'établissement ne peut pas être vérifié.`,
  ),

  // health-sciences
  'rule.health-sciences.description': /* @__PURE__ */ fixed(
    'A key-tier partner declares at least one health and welfare field (ISCED-F 2013 broad field 09); for an associate, a missing field is a warning.',
    "Un partenaire clé déclare au moins un domaine d'études de la santé et de la protection sociale (grand domaine 09 de la CITE-F 2013)\u00a0; pour un partenaire associé, l'absence d'un tel domaine donne un avertissement.",
  ),
  'rule.health-sciences.pass': {
    en: (p: { partnerName: string; fields: readonly string[] }) =>
      `${p.partnerName} works in health and welfare fields (ISCED-F 2013): ${p.fields.join(', ')}.`,
    fr: (p) =>
      `${p.partnerName} intervient dans des domaines d'études de la santé et de la protection sociale (CITE-F 2013)\u00a0: ${p.fields.join(', ')}.`,
  },
  'rule.health-sciences.fail': {
    en: (p: { partnerName: string }) =>
      `${MISSING_HEALTH_FIELD(p.partnerName)}: a key partner works in the health sciences.`,
    fr: (p) =>
      `${SANS_DOMAINE_SANTE(p.partnerName)}\u00a0: un partenaire clé doit intervenir dans les sciences de la santé.`,
  },
  'rule.health-sciences.warn': {
    en: (p: { partnerName: string }) =>
      `${MISSING_HEALTH_FIELD(p.partnerName)}; for an associate partner this is a warning only.`,
    fr: (p) =>
      `${SANS_DOMAINE_SANTE(p.partnerName)}\u00a0; pour un partenaire associé, ce n'est qu'un avertissement.`,
  },
  'rule.health-sciences.not-applicable': /* @__PURE__ */ fixed(
    `${PARTNER_UNKNOWN} its fields cannot be checked.`,
    `${PARTENAIRE_INTROUVABLE} ses domaines d'études ne peuvent pas être vérifiés.`,
  ),

  // scope
  'rule.scope.description': /* @__PURE__ */ fixed(
    'The scope has at least one cell (priority area × activity).',
    'Le périmètre compte au moins une case (domaine prioritaire × activité).',
  ),
  'rule.scope.pass': {
    en: (p: { cells: readonly string[] }) =>
      `The scope has ${count(p.cells.length, 'cell')}: ${p.cells.join(', ')}.`,
    fr: (p) =>
      `Le périmètre compte ${compte(p.cells.length, 'case')}\u00a0: ${p.cells.join(', ')}.`,
  },
  'rule.scope.fail': /* @__PURE__ */ fixed(
    'The proposal has no cell in its scope: name at least one priority area × activity cell, such as "C5" (joint research projects).',
    'Le périmètre de la proposition ne compte aucune case\u00a0: indiquez au moins une case du tableau domaines prioritaires × activités, par exemple "C5" (projets de recherche conjoints).',
  ),

  // plan-period
  'rule.plan-period.description': /* @__PURE__ */ fixed(
    "The proposal's period overlaps the strategic plan's period (policy.planPeriod).",
    'La période de la proposition chevauche celle du plan stratégique (policy.planPeriod).',
  ),
  'rule.plan-period.pass': {
    en: (p: { start: string; end: string; planStart: string; planEnd: string }) =>
      `The period ${p.start} … ${p.end} overlaps the plan period ${p.planStart} … ${p.planEnd}.`,
    fr: (p) =>
      `La période ${duAu(p.start, p.end)} chevauche la période du plan (${duAu(p.planStart, p.planEnd)}).`,
  },
  'rule.plan-period.fail': {
    en: (p: { start: string; end: string; planStart: string; planEnd: string }) =>
      `The period ${p.start} … ${p.end} lies outside the plan period ${p.planStart} … ${p.planEnd}.`,
    fr: (p) =>
      `La période ${duAu(p.start, p.end)} se situe en dehors de la période du plan (${duAu(p.planStart, p.planEnd)}).`,
  },

  // strategy-alignment
  'rule.strategy-alignment.description': /* @__PURE__ */ fixed(
    'The scope serves at least one strategy of Strategic Goal #6 (policy.alignment); declared strategies that no scope cell serves are a warning.',
    "Le périmètre contribue à au moins une stratégie de l'objectif stratégique n°\u00a06 (policy.alignment)\u00a0; les stratégies déclarées auxquelles aucune case du périmètre ne contribue donnent un avertissement.",
  ),
  'rule.strategy-alignment.pass': {
    en: (p: { served: readonly number[] }) =>
      `The scope serves ${strategies(p.served)} of Strategic Goal #6.`,
    fr: (p) =>
      `Le périmètre contribue ${auxStrategies(p.served)} de l'objectif stratégique n°\u00a06.`,
  },
  'rule.strategy-alignment.warn': {
    en: (p: { unserved: readonly number[]; served: readonly number[] }) =>
      `The proposal declares ${strategies(p.unserved)}, which no cell of its scope serves (the scope serves ${andList(p.served.map(String), 'en')}).`,
    fr: (p) =>
      `La proposition déclare ${p.unserved.length === 1 ? 'la stratégie' : 'les stratégies'} ${andList(p.unserved.map(String), 'fr')}, ${p.unserved.length === 1 ? 'à laquelle' : 'auxquelles'} aucune case de son périmètre ne contribue (le périmètre contribue ${auxStrategies(p.served)}).`,
  },
  'rule.strategy-alignment.fail': /* @__PURE__ */ fixed(
    'The scope serves none of the four strategies of Strategic Goal #6.',
    "Le périmètre ne contribue à aucune des quatre stratégies de l'objectif stratégique n°\u00a06.",
  ),

  // teaching-language
  'rule.teaching-language.description': /* @__PURE__ */ fixed(
    "Every distance-course commitment teaches in English or French (strategy 4's bilingual platform); not applicable without one.",
    "Chaque engagement de cours à distance prévoit un enseignement en anglais ou en français (plateforme bilingue de la stratégie 4)\u00a0; sans objet en l'absence d'un tel engagement.",
  ),
  'rule.teaching-language.pass': {
    en: (p: { languages: readonly string[]; platformLanguageNames: readonly string[] }) =>
      `Every distance course teaches in ${orList(p.platformLanguageNames, 'en')} (${p.languages.join(', ')}).`,
    fr: (p) =>
      `Tous les cours à distance sont dispensés dans une langue de la plateforme (${p.languages.join(', ')}).`,
  },
  'rule.teaching-language.fail': {
    en: (p: {
      commitments: readonly number[];
      languages: readonly string[];
      platformLanguages: readonly string[];
      platformLanguageNames: readonly string[];
    }) => {
      const allowed = p.platformLanguages.map(
        (code, index) => `${p.platformLanguageNames[index] ?? code} (${code})`,
      );
      const which = p.commitments.map(
        (index, at) => `commitments[${String(index)}] teaches in ${quoted(p.languages[at] ?? '')}`,
      );
      return `Distance courses must teach in ${orList(allowed, 'en')}, the languages of the ${p.platformLanguages.length === 2 ? 'bilingual ' : ''}training platform: ${andList(which, 'en')}.`;
    },
    fr: (p) => {
      const which = p.commitments.map(
        (index, at) =>
          `commitments[${String(index)}] prévoit un cours en ${quoted(p.languages[at] ?? '')}`,
      );
      return `Les cours à distance doivent être dispensés dans une langue de la plateforme de formation${p.platformLanguages.length === 2 ? ' bilingue' : ''} (${p.platformLanguages.join(', ')})\u00a0: ${andList(which, 'fr')}.`;
    },
  },
  'rule.teaching-language.not-applicable': /* @__PURE__ */ fixed(
    'The proposal has no distance-course commitment.',
    'La proposition ne comporte aucun engagement de cours à distance.',
  ),

  // focal-point
  'rule.focal-point.description': /* @__PURE__ */ fixed(
    "At least one of the partner's contacts is marked as its focal point (focalPoint: true).",
    'Au moins un des contacts du partenaire est désigné comme son point focal (focalPoint: true).',
  ),
  'rule.focal-point.pass': {
    en: (p: { partnerName: string; focalPoint: string }) =>
      `${p.partnerName} names its focal point: ${p.focalPoint}.`,
    fr: (p) => `${p.partnerName} désigne son point focal\u00a0: ${p.focalPoint}.`,
  },
  'rule.focal-point.fail': {
    en: (p: { partnerName: string }) =>
      `${p.partnerName} names no focal point among its contacts: mark one contact with "focalPoint": true.`,
    fr: (p) =>
      `${p.partnerName} ne désigne aucun point focal parmi ses contacts\u00a0: indiquez "focalPoint": true pour l'un d'eux.`,
  },
  'rule.focal-point.not-applicable': /* @__PURE__ */ fixed(
    `${PARTNER_UNKNOWN} its focal point cannot be checked.`,
    `${PARTENAIRE_INTROUVABLE} son point focal ne peut pas être vérifié.`,
  ),

  // commitments-in-scope
  'rule.commitments-in-scope.description': /* @__PURE__ */ fixed(
    "Every commitment's cell (its area and activity) is in the proposal's scope.",
    'La case de chaque engagement (son domaine prioritaire et son activité) fait partie du périmètre de la proposition.',
  ),
  'rule.commitments-in-scope.pass': {
    en: (p: { count: number }) =>
      p.count === 0
        ? 'The proposal makes no commitment, so none lies outside its scope.'
        : `Every commitment lies in the scope (${count(p.count, 'commitment')}).`,
    fr: (p) =>
      p.count === 0
        ? 'La proposition ne prend aucun engagement\u00a0: aucun ne se situe donc hors de son périmètre.'
        : `Tous les engagements se situent dans le périmètre (${compte(p.count, 'engagement')}).`,
  },
  'rule.commitments-in-scope.fail': {
    en: (p: {
      commitments: readonly number[];
      cells: readonly string[];
      scope: readonly string[];
    }) => {
      const which = p.commitments.map(
        (index, at) => `commitments[${String(index)}] (cell ${p.cells[at] ?? ''})`,
      );
      return `${andList(which, 'en')} ${which.length === 1 ? 'lies' : 'lie'} outside the scope (${p.scope.length === 0 ? 'empty' : p.scope.join(', ')}): add the cell to the scope or withdraw the commitment.`;
    },
    fr: (p) => {
      const which = p.commitments.map(
        (index, at) => `commitments[${String(index)}] (case ${p.cells[at] ?? ''})`,
      );
      const remedy =
        which.length === 1
          ? "ajoutez la case au périmètre ou retirez l'engagement"
          : 'ajoutez les cases au périmètre ou retirez les engagements';
      return `${andList(which, 'fr')} ${which.length === 1 ? 'se situe' : 'se situent'} hors du périmètre (${p.scope.length === 0 ? 'vide' : p.scope.join(', ')})\u00a0: ${remedy}.`;
    },
  },

  // duplicate-proposal
  'rule.duplicate-proposal.description': /* @__PURE__ */ fixed(
    'No other proposal of the same partner in the network has an overlapping period and scope (a warning otherwise).',
    "Aucune autre proposition du même partenaire dans le réseau n'a une période et un périmètre qui chevauchent les siens (sinon, un avertissement).",
  ),
  'rule.duplicate-proposal.pass': {
    en: (p: { partnerId: string }) =>
      `No other proposal of partner ${quoted(p.partnerId)} overlaps this one in both period and scope.`,
    fr: (p) =>
      `Aucune autre proposition du partenaire ${quoted(p.partnerId)} ne chevauche celle-ci à la fois par sa période et par son périmètre.`,
  },
  'rule.duplicate-proposal.warn': {
    en: (p: { partnerId: string; count: number; ids: readonly string[] }) =>
      `Partner ${quoted(p.partnerId)} has ${p.count === 1 ? 'another proposal' : 'other proposals'} with an overlapping period and scope: ${idList(p.ids, p.count)}.`,
    fr: (p) =>
      `Le partenaire ${quoted(p.partnerId)} a ${p.count === 1 ? 'une autre proposition dont la période et le périmètre chevauchent' : "d'autres propositions dont la période et le périmètre chevauchent"} ceux de celle-ci\u00a0: ${listeIds(p.ids, p.count)}.`,
  },
  'rule.duplicate-proposal.not-applicable': /* @__PURE__ */ fixed(
    'No network was given, so there is no other proposal to compare with.',
    "Aucun réseau n'a été fourni\u00a0: il n'y a donc aucune autre proposition avec laquelle la comparer.",
  ),

  // the engine
  'rule.error.thrown': {
    en: (p: { rule: string; error: string | null }) =>
      `Rule ${quoted(p.rule)} failed with an error: ${p.error ?? 'an error that cannot be displayed'}`,
    fr: (p) =>
      p.error === null
        ? `La règle ${quoted(p.rule)} a échoué en raison d'une erreur impossible à afficher`
        : `La règle ${quoted(p.rule)} a échoué en raison d'une erreur\u00a0: ${p.error}`,
  },
  'rule.error.invalid_result': {
    en: (p: { rule: string }) =>
      `Rule ${quoted(p.rule)} returned an invalid result (expected { outcome, message, path? }).`,
    fr: (p) =>
      `La règle ${quoted(p.rule)} a renvoyé un résultat invalide (attendu\u00a0: { outcome, message, path? }).`,
  },
  'rule.result.invalid': {
    en: (p: { caller: string; received: unknown }) =>
      `${p.caller}: result must be a rule result { rule, outcome, message }, received ${valueIn(p.received, 'en')}`,
    fr: (p) =>
      `${p.caller}\u00a0: result doit être un résultat de règle { rule, outcome, message }, ${receivedFr(p.received)}`,
  },
});

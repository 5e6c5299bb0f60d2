// Every message of `src/messages/rules.ts`, rendered in French and in English with exact
// strings: each entry of the catalogue's `rule.*` part is listed here (a test fails when one
// is missing), with every wording an entry branches to. French typography: U+00A0 before
// ':' and ';', and between a count and its word.
import { describe, expect, it } from 'vitest';
import { render } from '../../src/messages/_table.js';
import { RULE_MESSAGES } from '../../src/messages/rules.js';

type Code = keyof typeof RULE_MESSAGES;

/** One rendering of a message: the params, and what each language says. */
interface Case {
  readonly params: Record<string, unknown>;
  readonly en: string;
  readonly fr: string;
}

const NBSP = '\u00a0';
const LYON = 'Example University of Lyon';

const CASES: { readonly [C in Code]: readonly Case[] } = {
  'rule.partner-known.description': [
    {
      params: {},
      en: 'The proposal carries its partner, or names a partner that the network has (no network, or an unknown id, fails).',
      fr: 'La proposition inclut la fiche de son partenaire, ou désigne un partenaire que le réseau connaît (sans réseau, ou avec un identifiant inconnu, le résultat est non conforme).',
    },
  ],
  'rule.partner-known.pass': [
    {
      params: { partnerId: 'univ-lyon-example', partnerName: LYON, inline: true },
      en: 'The proposal carries its partner, Example University of Lyon ("univ-lyon-example").',
      fr: 'La proposition inclut la fiche de son partenaire, Example University of Lyon ("univ-lyon-example").',
    },
    {
      params: { partnerId: 'univ-lyon-example', partnerName: LYON, inline: false },
      en: 'Partner "univ-lyon-example" is in the network (Example University of Lyon).',
      fr: 'Le partenaire "univ-lyon-example" fait partie du réseau (Example University of Lyon).',
    },
  ],
  'rule.partner-known.fail': [
    {
      params: { partnerId: 'univ-nowhere', network: true },
      en: 'Partner "univ-nowhere" is not in the network: a proposal from an institution not yet in the network carries its partner inline.',
      fr: `Le partenaire "univ-nowhere" ne fait pas partie du réseau${NBSP}: la proposition d'un établissement qui n'est pas encore membre du réseau doit inclure sa fiche de partenaire.`,
    },
    {
      params: { partnerId: 'univ-lyon-example', network: false },
      en: 'The proposal names partner "univ-lyon-example" but no network was given to resolve it: evaluate it with the network, or carry the partner inline.',
      fr: `La proposition désigne le partenaire "univ-lyon-example", mais aucun réseau n'a été fourni pour le retrouver${NBSP}: évaluez-la avec le réseau, ou incluez-y la fiche du partenaire.`,
    },
  ],
  'rule.international.description': [
    {
      params: {},
      en: "The partner's country is not the home country (policy.homeCountry, KH by default).",
      fr: "Le pays du partenaire n'est pas celui de l'établissement d'origine (policy.homeCountry, KH par défaut).",
    },
  ],
  'rule.international.pass': [
    {
      params: { partnerName: LYON, country: 'FR', homeCountry: 'KH' },
      en: 'Example University of Lyon is in FR, abroad (home country KH).',
      fr: `Le partenaire Example University of Lyon est situé à l'étranger, dans le pays FR (pays de l'établissement d'origine${NBSP}: KH).`,
    },
  ],
  'rule.international.fail': [
    {
      params: { partnerName: LYON, country: 'KH', homeCountry: 'KH' },
      en: 'Example University of Lyon is in KH, the home country: the network is for institutions abroad.',
      fr: `Le partenaire Example University of Lyon est situé dans le pays KH, celui de l'établissement d'origine${NBSP}: le réseau s'adresse aux établissements à l'étranger.`,
    },
  ],
  'rule.international.not-applicable': [
    {
      params: {},
      en: 'The partner cannot be resolved, so its country cannot be checked.',
      fr: `Le partenaire est introuvable${NBSP}: son pays ne peut pas être vérifié.`,
    },
  ],
  'rule.institution-type.description': [
    {
      params: {},
      en: "Always passes; its message names the partner's institution type and the tier it earns.",
      fr: `Toujours conforme${NBSP}; son message indique le type d'établissement du partenaire et la catégorie de partenaire qui en découle.`,
    },
  ],
  'rule.institution-type.pass': [
    {
      params: { partnerName: LYON, type: 'university', tier: 'key' },
      en: 'Example University of Lyon is of type "university", which earns the key tier.',
      fr: 'Example University of Lyon est de type "university", ce qui en fait un partenaire clé.',
    },
    {
      params: { partnerName: 'Example Health NGO', type: 'ngo', tier: 'associate' },
      en: 'Example Health NGO is of type "ngo", which earns the associate tier.',
      fr: 'Example Health NGO est de type "ngo", ce qui en fait un partenaire associé.',
    },
    {
      params: { partnerName: LYON, type: 'castle', tier: null },
      en: 'Example University of Lyon is of type "castle", which is not a known institution type: it earns no tier.',
      fr: `Example University of Lyon est de type "castle", un type d'établissement inconnu${NBSP}: aucune catégorie de partenaire ne lui est attribuée.`,
    },
  ],
  'rule.institution-type.not-applicable': [
    {
      params: {},
      en: 'The partner cannot be resolved, so its institution type cannot be checked.',
      fr: `Le partenaire est introuvable${NBSP}: son type d'établissement ne peut pas être vérifié.`,
    },
  ],
  'rule.health-sciences.description': [
    {
      params: {},
      en: 'A key-tier partner declares at least one health and welfare field (ISCED-F 2013 broad field 09); for an associate, a missing field is a warning.',
      fr: `Un partenaire clé déclare au moins un domaine d'études de la santé et de la protection sociale (grand domaine 09 de la CITE-F 2013)${NBSP}; pour un partenaire associé, l'absence d'un tel domaine donne un avertissement.`,
    },
  ],
  'rule.health-sciences.pass': [
    {
      params: { partnerName: LYON, fields: ['0912', '0913'] },
      en: 'Example University of Lyon works in health and welfare fields (ISCED-F 2013): 0912, 0913.',
      fr: `Example University of Lyon intervient dans des domaines d'études de la santé et de la protection sociale (CITE-F 2013)${NBSP}: 0912, 0913.`,
    },
  ],
  'rule.health-sciences.fail': [
    {
      params: { partnerName: LYON },
      en: 'Example University of Lyon declares no health and welfare field (ISCED-F 2013 broad field 09, such as 0912 Medicine): a key partner works in the health sciences.',
      fr: `Example University of Lyon ne déclare aucun domaine d'études de la santé et de la protection sociale (grand domaine 09 de la CITE-F 2013, par exemple 0912 Médecine)${NBSP}: un partenaire clé doit intervenir dans les sciences de la santé.`,
    },
  ],
  'rule.health-sciences.warn': [
    {
      params: { partnerName: 'Example Health NGO' },
      en: 'Example Health NGO declares no health and welfare field (ISCED-F 2013 broad field 09, such as 0912 Medicine); for an associate partner this is a warning only.',
      fr: `Example Health NGO ne déclare aucun domaine d'études de la santé et de la protection sociale (grand domaine 09 de la CITE-F 2013, par exemple 0912 Médecine)${NBSP}; pour un partenaire associé, ce n'est qu'un avertissement.`,
    },
  ],
  'rule.health-sciences.not-applicable': [
    {
      params: {},
      en: 'The partner cannot be resolved, so its fields cannot be checked.',
      fr: `Le partenaire est introuvable${NBSP}: ses domaines d'études ne peuvent pas être vérifiés.`,
    },
  ],
  'rule.scope.description': [
    {
      params: {},
      en: 'The scope has at least one cell (priority area × activity).',
      fr: 'Le périmètre compte au moins une case (domaine prioritaire × activité).',
    },
  ],
  'rule.scope.pass': [
    {
      params: { cells: ['B3'] },
      en: 'The scope has 1 cell: B3.',
      fr: `Le périmètre compte 1${NBSP}case${NBSP}: B3.`,
    },
    {
      params: { cells: ['B3', 'B4', 'C5'] },
      en: 'The scope has 3 cells: B3, B4, C5.',
      fr: `Le périmètre compte 3${NBSP}cases${NBSP}: B3, B4, C5.`,
    },
  ],
  'rule.scope.fail': [
    {
      params: {},
      en: 'The proposal has no cell in its scope: name at least one priority area × activity cell, such as "C5" (joint research projects).',
      fr: `Le périmètre de la proposition ne compte aucune case${NBSP}: indiquez au moins une case du tableau domaines prioritaires × activités, par exemple "C5" (projets de recherche conjoints).`,
    },
  ],
  'rule.plan-period.description': [
    {
      params: {},
      en: "The proposal's period overlaps the strategic plan's period (policy.planPeriod).",
      fr: 'La période de la proposition chevauche celle du plan stratégique (policy.planPeriod).',
    },
  ],
  'rule.plan-period.pass': [
    {
      params: {
        start: '2018-12-31',
        end: '2020-12-31',
        planStart: '2014-01-01',
        planEnd: '2018-12-31',
      },
      en: 'The period 2018-12-31 … 2020-12-31 overlaps the plan period 2014-01-01 … 2018-12-31.',
      fr: 'La période du 2018-12-31 au 2020-12-31 chevauche la période du plan (du 2014-01-01 au 2018-12-31).',
    },
  ],
  'rule.plan-period.fail': [
    {
      params: {
        start: '2019-01-01',
        end: '2020-12-31',
        planStart: '2014-01-01',
        planEnd: '2018-12-31',
      },
      en: 'The period 2019-01-01 … 2020-12-31 lies outside the plan period 2014-01-01 … 2018-12-31.',
      fr: 'La période du 2019-01-01 au 2020-12-31 se situe en dehors de la période du plan (du 2014-01-01 au 2018-12-31).',
    },
  ],
  'rule.strategy-alignment.description': [
    {
      params: {},
      en: 'The scope serves at least one strategy of Strategic Goal #6 (policy.alignment); declared strategies that no scope cell serves are a warning.',
      fr: `Le périmètre contribue à au moins une stratégie de l'objectif stratégique n°${NBSP}6 (policy.alignment)${NBSP}; les stratégies déclarées auxquelles aucune case du périmètre ne contribue donnent un avertissement.`,
    },
  ],
  'rule.strategy-alignment.pass': [
    {
      params: { served: [4] },
      en: 'The scope serves strategy 4 of Strategic Goal #6.',
      fr: `Le périmètre contribue à la stratégie 4 de l'objectif stratégique n°${NBSP}6.`,
    },
    {
      params: { served: [1, 2, 3] },
      en: 'The scope serves strategies 1, 2 and 3 of Strategic Goal #6.',
      fr: `Le périmètre contribue aux stratégies 1, 2 et 3 de l'objectif stratégique n°${NBSP}6.`,
    },
  ],
  'rule.strategy-alignment.warn': [
    {
      params: { unserved: [4], served: [1, 2, 3] },
      en: 'The proposal declares strategy 4, which no cell of its scope serves (the scope serves 1, 2 and 3).',
      fr: 'La proposition déclare la stratégie 4, à laquelle aucune case de son périmètre ne contribue (le périmètre contribue aux stratégies 1, 2 et 3).',
    },
    {
      params: { unserved: [1, 3], served: [4] },
      en: 'The proposal declares strategies 1 and 3, which no cell of its scope serves (the scope serves 4).',
      fr: 'La proposition déclare les stratégies 1 et 3, auxquelles aucune case de son périmètre ne contribue (le périmètre contribue à la stratégie 4).',
    },
  ],
  'rule.strategy-alignment.fail': [
    {
      params: {},
      en: 'The scope serves none of the four strategies of Strategic Goal #6.',
      fr: `Le périmètre ne contribue à aucune des quatre stratégies de l'objectif stratégique n°${NBSP}6.`,
    },
  ],
  'rule.teaching-language.description': [
    {
      params: {},
      en: "Every distance-course commitment teaches in English or French (strategy 4's bilingual platform); not applicable without one.",
      fr: `Chaque engagement de cours à distance prévoit un enseignement en anglais ou en français (plateforme bilingue de la stratégie 4)${NBSP}; sans objet en l'absence d'un tel engagement.`,
    },
  ],
  'rule.teaching-language.pass': [
    {
      params: { languages: ['en', 'fr'], platformLanguageNames: ['English', 'French'] },
      en: 'Every distance course teaches in English or French (en, fr).',
      fr: 'Tous les cours à distance sont dispensés dans une langue de la plateforme (en, fr).',
    },
    {
      params: { languages: ['km'], platformLanguageNames: ['English', 'French', 'Khmer'] },
      en: 'Every distance course teaches in English, French or Khmer (km).',
      fr: 'Tous les cours à distance sont dispensés dans une langue de la plateforme (km).',
    },
  ],
  'rule.teaching-language.fail': [
    {
      params: {
        commitments: [1, 2],
        languages: ['de', 'km'],
        platformLanguages: ['en', 'fr'],
        platformLanguageNames: ['English', 'French'],
      },
      en: 'Distance courses must teach in English (en) or French (fr), the languages of the bilingual training platform: commitments[1] teaches in "de" and commitments[2] teaches in "km".',
      fr: `Les cours à distance doivent être dispensés dans une langue de la plateforme de formation bilingue (en, fr)${NBSP}: commitments[1] prévoit un cours en "de" et commitments[2] prévoit un cours en "km".`,
    },
    {
      params: {
        commitments: [0],
        languages: ['de'],
        platformLanguages: ['en'],
        platformLanguageNames: ['English'],
      },
      en: 'Distance courses must teach in English (en), the languages of the training platform: commitments[0] teaches in "de".',
      fr: `Les cours à distance doivent être dispensés dans une langue de la plateforme de formation (en)${NBSP}: commitments[0] prévoit un cours en "de".`,
    },
  ],
  'rule.teaching-language.not-applicable': [
    {
      params: {},
      en: 'The proposal has no distance-course commitment.',
      fr: 'La proposition ne comporte aucun engagement de cours à distance.',
    },
  ],
  'rule.focal-point.description': [
    {
      params: {},
      en: "At least one of the partner's contacts is marked as its focal point (focalPoint: true).",
      fr: 'Au moins un des contacts du partenaire est désigné comme son point focal (focalPoint: true).',
    },
  ],
  'rule.focal-point.pass': [
    {
      params: { partnerName: LYON, focalPoint: 'Example Officer' },
      en: 'Example University of Lyon names its focal point: Example Officer.',
      fr: `Example University of Lyon désigne son point focal${NBSP}: Example Officer.`,
    },
  ],
  'rule.focal-point.fail': [
    {
      params: { partnerName: 'Example Health NGO' },
      en: 'Example Health NGO names no focal point among its contacts: mark one contact with "focalPoint": true.',
      fr: `Example Health NGO ne désigne aucun point focal parmi ses contacts${NBSP}: indiquez "focalPoint": true pour l'un d'eux.`,
    },
  ],
  'rule.focal-point.not-applicable': [
    {
      params: {},
      en: 'The partner cannot be resolved, so its focal point cannot be checked.',
      fr: `Le partenaire est introuvable${NBSP}: son point focal ne peut pas être vérifié.`,
    },
  ],
  'rule.commitments-in-scope.description': [
    {
      params: {},
      en: "Every commitment's cell (its area and activity) is in the proposal's scope.",
      fr: 'La case de chaque engagement (son domaine prioritaire et son activité) fait partie du périmètre de la proposition.',
    },
  ],
  'rule.commitments-in-scope.pass': [
    {
      params: { count: 0 },
      en: 'The proposal makes no commitment, so none lies outside its scope.',
      fr: `La proposition ne prend aucun engagement${NBSP}: aucun ne se situe donc hors de son périmètre.`,
    },
    {
      params: { count: 1 },
      en: 'Every commitment lies in the scope (1 commitment).',
      fr: `Tous les engagements se situent dans le périmètre (1${NBSP}engagement).`,
    },
    {
      params: { count: 2 },
      en: 'Every commitment lies in the scope (2 commitments).',
      fr: `Tous les engagements se situent dans le périmètre (2${NBSP}engagements).`,
    },
  ],
  'rule.commitments-in-scope.fail': [
    {
      params: { commitments: [1], cells: ['B4'], scope: ['B3'] },
      en: 'commitments[1] (cell B4) lies outside the scope (B3): add the cell to the scope or withdraw the commitment.',
      fr: `commitments[1] (case B4) se situe hors du périmètre (B3)${NBSP}: ajoutez la case au périmètre ou retirez l'engagement.`,
    },
    {
      params: { commitments: [0, 1], cells: ['B3', 'B4'], scope: [] },
      en: 'commitments[0] (cell B3) and commitments[1] (cell B4) lie outside the scope (empty): add the cell to the scope or withdraw the commitment.',
      fr: `commitments[0] (case B3) et commitments[1] (case B4) se situent hors du périmètre (vide)${NBSP}: ajoutez les cases au périmètre ou retirez les engagements.`,
    },
  ],
  'rule.duplicate-proposal.description': [
    {
      params: {},
      en: 'No other proposal of the same partner in the network has an overlapping period and scope (a warning otherwise).',
      fr: "Aucune autre proposition du même partenaire dans le réseau n'a une période et un périmètre qui chevauchent les siens (sinon, un avertissement).",
    },
  ],
  'rule.duplicate-proposal.pass': [
    {
      params: { partnerId: 'univ-lyon-example' },
      en: 'No other proposal of partner "univ-lyon-example" overlaps this one in both period and scope.',
      fr: 'Aucune autre proposition du partenaire "univ-lyon-example" ne chevauche celle-ci à la fois par sa période et par son périmètre.',
    },
  ],
  'rule.duplicate-proposal.warn': [
    {
      params: { partnerId: 'univ-lyon-example', count: 1, ids: ['eoi-a'] },
      en: 'Partner "univ-lyon-example" has another proposal with an overlapping period and scope: "eoi-a".',
      fr: `Le partenaire "univ-lyon-example" a une autre proposition dont la période et le périmètre chevauchent ceux de celle-ci${NBSP}: "eoi-a".`,
    },
    {
      params: { partnerId: 'univ-lyon-example', count: 2, ids: ['eoi-a', 'eoi-z'] },
      en: 'Partner "univ-lyon-example" has other proposals with an overlapping period and scope: "eoi-a" and "eoi-z".',
      fr: `Le partenaire "univ-lyon-example" a d'autres propositions dont la période et le périmètre chevauchent ceux de celle-ci${NBSP}: "eoi-a" et "eoi-z".`,
    },
    {
      params: { partnerId: 'univ-lyon-example', count: 9_999, ids: ['eoi-1', 'eoi-2'] },
      en: 'Partner "univ-lyon-example" has other proposals with an overlapping period and scope: "eoi-1", "eoi-2", and 9,997 more.',
      // Intl.NumberFormat('fr') groups thousands with a narrow no-break space (U+202F).
      fr: `Le partenaire "univ-lyon-example" a d'autres propositions dont la période et le périmètre chevauchent ceux de celle-ci${NBSP}: "eoi-1", "eoi-2" et 9\u202f997 autres.`,
    },
  ],
  'rule.duplicate-proposal.not-applicable': [
    {
      params: {},
      en: 'No network was given, so there is no other proposal to compare with.',
      fr: `Aucun réseau n'a été fourni${NBSP}: il n'y a donc aucune autre proposition avec laquelle la comparer.`,
    },
  ],
  'rule.error.thrown': [
    {
      params: { rule: 'funding-declared', error: 'boom' },
      en: 'Rule "funding-declared" failed with an error: boom',
      fr: `La règle "funding-declared" a échoué en raison d'une erreur${NBSP}: boom`,
    },
    {
      params: { rule: 'funding-declared', error: null },
      en: 'Rule "funding-declared" failed with an error: an error that cannot be displayed',
      fr: 'La règle "funding-declared" a échoué en raison d\'une erreur impossible à afficher',
    },
  ],
  'rule.error.invalid_result': [
    {
      params: { rule: 'funding-declared' },
      en: 'Rule "funding-declared" returned an invalid result (expected { outcome, message, path? }).',
      fr: `La règle "funding-declared" a renvoyé un résultat invalide (attendu${NBSP}: { outcome, message, path? }).`,
    },
  ],
  'rule.result.invalid': [
    {
      params: { caller: 'formatRuleResult', received: null },
      en: 'formatRuleResult: result must be a rule result { rule, outcome, message }, received null',
      fr: `formatRuleResult${NBSP}: result doit être un résultat de règle { rule, outcome, message }, valeur reçue null`,
    },
    {
      params: { caller: 'formatRuleResult', received: [] },
      en: 'formatRuleResult: result must be a rule result { rule, outcome, message }, received an array',
      fr: `formatRuleResult${NBSP}: result doit être un résultat de règle { rule, outcome, message }, valeur reçue${NBSP}: un tableau`,
    },
    {
      params: { caller: 'formatRuleResult', received: undefined },
      en: 'formatRuleResult: result must be a rule result { rule, outcome, message }, received nothing',
      fr: `formatRuleResult${NBSP}: result doit être un résultat de règle { rule, outcome, message }, aucune valeur reçue`,
    },
  ],
};

describe('the rule messages of the catalogue, in French and in English', () => {
  it('lists every entry of the rule part here', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(RULE_MESSAGES).sort());
  });

  for (const [code, cases] of Object.entries(CASES) as [Code, readonly Case[]][]) {
    it(code, () => {
      for (const { params, en, fr } of cases) {
        expect(render(RULE_MESSAGES, code, params as never, 'fr')).toBe(fr);
        expect(render(RULE_MESSAGES, code, params as never, 'en')).toBe(en);
        expect(render(RULE_MESSAGES, code, params as never)).toBe(en);
      }
    });
  }

  it('writes French with a non-breaking space before ":" and ";", never a plain one', () => {
    for (const cases of Object.values(CASES)) {
      for (const { fr } of cases) {
        // A code such as `"focalPoint": true` keeps its own colon.
        expect(
          fr.replaceAll('"focalPoint": true', '').replaceAll('focalPoint: true', ''),
        ).not.toMatch(/ [:;]/);
      }
    }
  });
});

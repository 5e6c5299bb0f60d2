import { defineMessages } from './_table.js';
import { valueIn } from './common.js';

// Part of the message catalogue (see ./_table.ts): English and French side by side.
// Codes are stable and dotted: `<domain>.<what>`. These are the issues of reading an EWP
// XML document (`ewp.<issue code>`) and the differences between two copies of an IIA
// (`ewp.difference.*`), entry point `./ewp`. XML names (`iias-get-response`, `iia-id`) and
// the EWP words (IIA, DOCTYPE) stay as written in both languages.

/** @internal */
export const EWP_MESSAGES = /* @__PURE__ */ defineMessages({
  'ewp.not_a_string': {
    en: (p: { kind: string }) => `An EWP document must be XML text, received ${p.kind}`,
    fr: (p) => `Un document EWP doit être un texte XML, valeur reçue de type ${p.kind}`,
  },
  'ewp.too_large': {
    en: (p: { length: number; max: number }) =>
      `The XML has ${p.length} characters, more than the ${p.max} accepted`,
    fr: (p) => `Le XML compte ${p.length}\u00a0caractères, plus que les ${p.max}\u00a0acceptés`,
  },
  'ewp.doctype': {
    en: () => 'A DOCTYPE declaration is not accepted: its entities would be expanded (none is)',
    fr: () =>
      'Une déclaration DOCTYPE n’est pas acceptée\u00a0: ses entités seraient développées (aucune ne l’est)',
  },
  'ewp.malformed': {
    en: (p: { detail: string }) => `The XML is not well-formed: ${p.detail}`,
    fr: (p) => `Le XML est mal formé\u00a0: ${p.detail}`,
  },
  'ewp.entity': {
    en: (p: { entity: string }) =>
      `The entity reference &${p.entity}; is not declared, and no entity is expanded`,
    fr: (p) =>
      `La référence d’entité &${p.entity}; n’est pas déclarée, et aucune entité n’est développée`,
  },
  'ewp.too_deep': {
    en: (p: { max: number }) => `The XML nests elements more than ${p.max} levels deep`,
    fr: (p) => `Le XML imbrique des éléments sur plus de ${p.max}\u00a0niveaux`,
  },
  'ewp.wrong_root': {
    en: (p: { found: string }) =>
      `Expected an iias-get-response document, found the root element ${valueIn(p.found, 'en')}`,
    fr: (p) =>
      `Document iias-get-response attendu, élément racine trouvé\u00a0: ${valueIn(p.found, 'fr')}`,
  },
  'ewp.wrong_namespace': {
    en: (p: { found: string; expected: string }) =>
      `The root element is in the namespace ${valueIn(p.found, 'en')}, not in the IIAs API v7 namespace ${p.expected}`,
    fr: (p) =>
      `L’élément racine est dans l’espace de noms ${valueIn(p.found, 'fr')}, et non dans celui de l’API IIAs v7, ${p.expected}`,
  },
  'ewp.unsupported_version': {
    en: (p: { version: string }) =>
      `This is an IIAs API ${p.version} document; only version 7 is supported`,
    fr: (p) =>
      `Ce document relève de l’API IIAs ${p.version}\u00a0; seule la version 7 est prise en charge`,
  },
  'ewp.repeated_element': {
    en: (p: { element: string }) =>
      `The element ${p.element} appears more than once where the IIAs API v7 allows one`,
    fr: (p) =>
      `L’élément ${p.element} apparaît plusieurs fois là où l’API IIAs v7 n’en admet qu’un`,
  },
  'ewp.difference.changed': {
    en: (p: { field: string; ours: string; theirs: string }) =>
      `${p.field} differs: ours is ${valueIn(p.ours, 'en')}, theirs is ${valueIn(p.theirs, 'en')}`,
    fr: (p) =>
      `${p.field} diffère\u00a0: ${valueIn(p.ours, 'fr')} dans notre copie, ${valueIn(p.theirs, 'fr')} dans la leur`,
  },
  'ewp.difference.only_ours': {
    en: (p: { field: string; value: string }) =>
      `${p.field} ${valueIn(p.value, 'en')} is in our copy only`,
    fr: (p) => `${p.field} ${valueIn(p.value, 'fr')} ne figure que dans notre copie`,
  },
  'ewp.difference.only_theirs': {
    en: (p: { field: string; value: string }) =>
      `${p.field} ${valueIn(p.value, 'en')} is in their copy only`,
    fr: (p) => `${p.field} ${valueIn(p.value, 'fr')} ne figure que dans leur copie`,
  },
});

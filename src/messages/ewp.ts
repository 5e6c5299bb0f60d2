import { andList, defineMessages, orList } from './_table.js';
import { valueIn } from './common.js';

/** A comma-separated list of params, each quoted. */
const quoted = (list: string): string[] =>
  list === '' ? [] : list.split(',').map((item) => `'${item}'`);

/** `element 'a' is` / `elements 'a' and 'b' are`; `de l’élément 'a'` / `des éléments 'a' et 'b'`. */
function unclosedOf(list: string, locale: 'en' | 'fr'): string {
  const names = quoted(list);
  const one = names.length === 1;
  return locale === 'en'
    ? `${one ? 'element' : 'elements'} ${andList(names, 'en')} ${one ? 'is' : 'are'}`
    : `${one ? 'de l’élément' : 'des éléments'} ${andList(names, 'fr')}`;
}

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
  // `unclosed` (comma-separated names, as written) when the text ends inside elements, as a
  // truncated download does; `detail` otherwise.
  'ewp.malformed': {
    en: (p: { readonly detail?: string | undefined; readonly unclosed?: string | undefined }) =>
      `The XML is not well-formed: ${
        p.unclosed === undefined
          ? p.detail
          : `the document ends before the ${unclosedOf(p.unclosed, 'en')} closed`
      }`,
    fr: (p) =>
      `Le XML est mal formé\u00a0: ${
        p.unclosed === undefined
          ? p.detail
          : `le document se termine avant la fermeture ${unclosedOf(p.unclosed, 'fr')}`
      }`,
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
  // The issues of `readEwpIias`, EWP → model: what an IIA says that the model cannot take,
  // and why an IIA, a spec or a value is left out. Lists in params are comma-separated.
  'ewp.invalid_option': {
    en: (p: { option: string; received: string }) =>
      `readEwpIias: the option ${p.option} is not valid, received ${p.received}; nothing is read`,
    fr: (p) =>
      `readEwpIias\u00a0: l’option ${p.option} n’est pas valide, valeur reçue ${p.received}\u00a0; rien n’est lu`,
  },
  'ewp.partner_count': {
    en: (p: { count: number }) =>
      `An IIA has exactly two partner elements, this one has ${p.count}: it is not imported`,
    fr: (p) =>
      `Un IIA a exactement deux éléments partner, celui-ci en a ${p.count}\u00a0: il n’est pas importé`,
  },
  'ewp.invalid_hei_id': {
    en: (p: { value: string }) =>
      `The hei-id ${valueIn(p.value, 'en')} is not a SCHAC id (an internet domain in lower case): it cannot be imported`,
    fr: (p) =>
      `Le hei-id ${valueIn(p.value, 'fr')} n’est pas un identifiant SCHAC (un nom de domaine en minuscules)\u00a0: il ne peut pas être importé`,
  },
  'ewp.home_not_partner': {
    en: (p: { homeHeiId: string; heiIds: string }) =>
      `The IIA is between ${andList(quoted(p.heiIds), 'en')}, not with the home institution '${p.homeHeiId}': it is not imported`,
    fr: (p) =>
      `L’IIA lie ${andList(quoted(p.heiIds), 'fr')}, et non l’établissement d’origine '${p.homeHeiId}'\u00a0: il n’est pas importé`,
  },
  'ewp.duplicate_partner': {
    en: (p: { heiId: string }) =>
      `Both partners of the IIA are '${p.heiId}': an IIA is between two institutions, it is not imported`,
    fr: (p) =>
      `Les deux partenaires de l’IIA sont '${p.heiId}'\u00a0: un IIA lie deux établissements, il n’est pas importé`,
  },
  'ewp.no_iia_id': {
    en: () =>
      'Neither partner gives an iia-id or an iia-code: the IIA cannot be identified, it is not imported',
    fr: () =>
      'Aucun des partenaires ne donne d’iia-id ni d’iia-code\u00a0: l’IIA ne peut pas être identifié, il n’est pas importé',
  },
  'ewp.duplicate_iia': {
    en: (p: { id: string }) =>
      `An earlier IIA of the document is already imported as '${p.id}': this one is not imported`,
    fr: (p) =>
      `Un IIA précédent du document est déjà importé sous l’identifiant '${p.id}'\u00a0: celui-ci n’est pas importé`,
  },
  'ewp.missing_element': {
    en: (p: { element: string }) => `The required element ${p.element} is missing`,
    fr: (p) => `L’élément obligatoire ${p.element} est absent`,
  },
  'ewp.invalid_value': {
    en: (p: { element: string; value: string }) =>
      `The value ${valueIn(p.value, 'en')} of ${p.element} cannot be taken by the model: it is left out`,
    fr: (p) =>
      `La valeur ${valueIn(p.value, 'fr')} de ${p.element} ne peut pas être reprise dans le modèle\u00a0: elle est laissée de côté`,
  },
  'ewp.duplicate_value': {
    en: (p: { element: string; value: string }) =>
      `The value ${valueIn(p.value, 'en')} of ${p.element} is given twice: the second is left out`,
    fr: (p) =>
      `La valeur ${valueIn(p.value, 'fr')} de ${p.element} figure deux fois\u00a0: la seconde est laissée de côté`,
  },
  'ewp.spec_not_home': {
    en: (p: { sending: string; receiving: string; homeHeiId: string }) =>
      `This mobility goes from '${p.sending}' to '${p.receiving}', not between the home institution '${p.homeHeiId}' and the other partner of the IIA: it is not imported`,
    fr: (p) =>
      `Cette mobilité va de '${p.sending}' à '${p.receiving}', et non entre l’établissement d’origine '${p.homeHeiId}' et l’autre partenaire de l’IIA\u00a0: elle n’est pas importée`,
  },
  'ewp.language_tag': {
    en: (p: { value: string; code: string }) =>
      `The language ${valueIn(p.value, 'en')} is not an ISO 639-1 code of the catalogue${p.code === '' ? '' : ` (did you mean '${p.code}'?)`}: it is left out`,
    fr: (p) =>
      `La langue ${valueIn(p.value, 'fr')} n’est pas un code ISO 639-1 du catalogue${p.code === '' ? '' : ` (vouliez-vous dire '${p.code}'\u00a0?)`}\u00a0: elle est laissée de côté`,
  },
  'ewp.unknown_isced': {
    en: (p: { value: string; suggestions: string }) =>
      `${valueIn(p.value, 'en')} is not an ISCED-F 2013 detailed field${p.suggestions === '' ? '' : `; did you mean ${orList(quoted(p.suggestions), 'en')}?`} (see ISCED_FIELDS): the subject area is left out`,
    fr: (p) =>
      `${valueIn(p.value, 'fr')} n’est pas un domaine détaillé de la CITE-F 2013${p.suggestions === '' ? '' : `\u00a0; vouliez-vous dire ${orList(quoted(p.suggestions), 'fr')}\u00a0?`} (voir ISCED_FIELDS)\u00a0: le domaine d’études est laissé de côté`,
  },
  'ewp.eqf_level': {
    en: (p: { value: string }) =>
      `EQF level ${p.value} is below 5: the model takes levels 5 to 8 (higher education), it is left out`,
    fr: (p) =>
      `Le niveau CEC ${p.value} est inférieur à 5\u00a0: le modèle admet les niveaux 5 à 8 (enseignement supérieur), il est laissé de côté`,
  },
  'ewp.invalid_area': {
    en: (p: { received: string; type: string; area: string }) =>
      `areaOf gave ${p.received} for a ${p.type} mobility, which is not an area: the default area ${p.area} is used`,
    fr: (p) =>
      `areaOf a donné ${p.received} pour une mobilité ${p.type}, qui n’est pas un domaine prioritaire\u00a0: le domaine par défaut ${p.area} est retenu`,
  },
  'ewp.no_mobility': {
    en: () =>
      'The IIA has no mobility the model can take, so no cell for its scope: it is not imported',
    fr: () =>
      'L’IIA n’a aucune mobilité que le modèle puisse reprendre, donc aucune cellule pour son champ\u00a0: il n’est pas importé',
  },
  'ewp.no_period': {
    en: () =>
      'No mobility of the IIA gives its academic years, so its period (startsOn, endsOn) cannot be derived: it is not imported',
    fr: () =>
      'Aucune mobilité de l’IIA ne donne ses années universitaires, donc sa période (startsOn, endsOn) ne peut pas être déduite\u00a0: il n’est pas importé',
  },
  'ewp.incomplete_contact': {
    en: (p: { element: string }) =>
      `A contact without a valid ${p.element} cannot be a contact of the model: it is left out`,
    fr: (p) =>
      `Un contact sans ${p.element} valide ne peut pas être un contact du modèle\u00a0: il est laissé de côté`,
  },
  'ewp.partner_incomplete': {
    en: (p: { heiId: string; missing: string }) =>
      `The partner '${p.heiId}' is not returned: the IIA gives nothing for its required ${andList(p.missing.split(','), 'en')}; match it by its SCHAC id with a partner of the network`,
    fr: (p) =>
      `Le partenaire '${p.heiId}' n’est pas renvoyé\u00a0: l’IIA ne donne rien pour ses champs obligatoires ${andList(p.missing.split(','), 'fr')}\u00a0; associez-le par son identifiant SCHAC à un partenaire du réseau`,
  },
  'ewp.not_imported': {
    en: (p: { element: string }) =>
      `The element ${p.element} is not imported: the model has no field for it`,
    fr: (p) =>
      `L’élément ${p.element} n’est pas importé\u00a0: le modèle n’a pas de champ pour lui`,
  },
  'ewp.home_contact': {
    en: (p: { element: string }) =>
      `This ${p.element} is the home institution's own contact: the home institution is not a partner of the network, so it is not imported`,
    fr: (p) =>
      `Ce ${p.element} est un contact de l’établissement d’origine\u00a0: celui-ci n’est pas un partenaire du réseau, le contact n’est donc pas importé`,
  },
  'ewp.invalid_record': {
    en: (p: { record: string; detail: string }) =>
      `The ${p.record === 'partner' ? 'partner' : 'agreement'} built from the IIA fails its schema (${p.detail}): it is not returned`,
    fr: (p) =>
      `Le ${p.record === 'partner' ? 'partenaire' : 'accord'} construit à partir de l’IIA ne respecte pas son schéma (${p.detail})\u00a0: il n’est pas renvoyé`,
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

import { defineMessages } from './_table.js';
import { countFr, valueIn } from './common.js';

// Part of the message catalogue (see ./_table.ts): English and French side by side.
// Codes are stable and dotted. These are the words of `writeEwpIia` (entry point `./ewp`):
// the warnings of writing an agreement as an EWP IIA v7 (`ewp.warning.<code>`, one per fact
// EWP cannot carry or the library had to choose), and the errors that prevent writing it
// (`ewp.export.<code>`). XML names (`in-effect`, `iia-id`) and EWP words (IIA, SCHAC) stay as
// written in both languages; an agreement is a « convention », an IIA an « accord
// interinstitutionnel » (docs/domain.md).

/** Lists names in a message: `'a', 'b'`. */
const names = (list: readonly string[]): string => list.map((name) => `'${name}'`).join(', ');

/** @internal */
export const EWP_EXPORT_MESSAGES = /* @__PURE__ */ defineMessages({
  'ewp.warning.not_mobility': {
    en: (p: { index: number; cell: string; kind: string }) =>
      `Commitment ${p.index} (${p.kind}, cell ${p.cell}) is not written: an EWP IIA describes mobility only`,
    fr: (p) =>
      `L’engagement ${p.index} (${p.kind}, case ${p.cell}) n’est pas écrit\u00a0: un accord interinstitutionnel EWP ne décrit que la mobilité`,
  },
  'ewp.warning.agreement_fields_not_written': {
    en: (p: { fields: readonly string[] }) =>
      `EWP has no place for the agreement's ${names(p.fields)}: not written`,
    fr: (p) =>
      `EWP n’a pas d’équivalent pour ${names(p.fields)} de la convention\u00a0: non écrits`,
  },
  'ewp.warning.commitment_fields_not_written': {
    en: (p: { index: number; fields: readonly string[] }) =>
      `EWP has no place for ${names(p.fields)} of commitment ${p.index}: not written`,
    fr: (p) =>
      `EWP n’a pas d’équivalent pour ${names(p.fields)} de l’engagement ${p.index}\u00a0: non écrits`,
  },
  'ewp.warning.missing_academic_years': {
    en: (p: { index: number; element: string }) =>
      `Commitment ${p.index} has no academicYears, which the ${p.element} of EWP requires: it is not written`,
    fr: (p) =>
      `L’engagement ${p.index} n’a pas d’academicYears, que l’élément ${p.element} d’EWP exige\u00a0: il n’est pas écrit`,
  },
  'ewp.warning.missing_languages': {
    en: (p: { index: number; element: string }) =>
      `Commitment ${p.index} has no languages, and the ${p.element} of EWP requires at least one: it is not written`,
    fr: (p) =>
      `L’engagement ${p.index} n’a pas de languages, alors que l’élément ${p.element} d’EWP en exige au moins une\u00a0: il n’est pas écrit`,
  },
  'ewp.warning.missing_blended': {
    en: (p: { index: number }) =>
      `Commitment ${p.index} does not say whether blended mobility is accepted, which EWP requires: blended is written false`,
    fr: (p) =>
      `L’engagement ${p.index} ne dit pas si la mobilité hybride est acceptée, ce qu’EWP exige\u00a0: blended est écrit false`,
  },
  'ewp.warning.in_effect_assumed': {
    en: () =>
      'The agreement has no ewp.inEffect, which EWP requires: in-effect is written false (a draft)',
    fr: () =>
      'La convention n’a pas d’ewp.inEffect, qu’EWP exige\u00a0: in-effect est écrit false (un projet)',
  },
  'ewp.warning.other_partners': {
    en: (p: { partnerIds: readonly string[] }) =>
      `An EWP IIA has two partners: the agreement's other partners ${names(p.partnerIds)} are not written`,
    fr: (p) =>
      `Un accord interinstitutionnel EWP a deux partenaires\u00a0: les autres partenaires de la convention, ${names(p.partnerIds)}, ne sont pas écrits`,
  },
  'ewp.warning.missing_home_iia_id': {
    en: (p: { heiId: string }) =>
      `The agreement has no iia-id of its own for ${valueIn(p.heiId, 'en')} (agreement.ewp): the partner cannot refer to this IIA`,
    fr: (p) =>
      `La convention n’a pas d’iia-id propre à ${valueIn(p.heiId, 'fr')} (agreement.ewp)\u00a0: le partenaire ne peut pas désigner cet accord interinstitutionnel`,
  },
  'ewp.warning.text_cleaned': {
    en: (p: { field: string; removed: number }) =>
      `${p.field}: ${p.removed === 1 ? '1 control character' : `${p.removed} control characters`} removed, which XML cannot carry`,
    fr: (p) =>
      `${p.field}\u00a0: ${countFr(p.removed, 'caractère de contrôle', 'caractères de contrôle')} que le XML ne peut pas contenir ${p.removed > 1 ? 'ont été retirés' : 'a été retiré'}`,
  },
  'ewp.warning.not_valid_for_approval': {
    en: () =>
      'The IIA holds values marked not-yet-defined or ISCED codes with a v6-value: the partner cannot approve it until they are defined',
    fr: () =>
      'L’accord interinstitutionnel contient des valeurs marquées not-yet-defined ou des codes ISCED avec une v6-value\u00a0: le partenaire ne peut l’approuver avant qu’elles soient définies',
  },
  'ewp.export.unknown_agreement': {
    en: (p: { agreementId: unknown }) =>
      `writeEwpIia: the network has no agreement ${valueIn(p.agreementId, 'en')}`,
    fr: (p) => `writeEwpIia\u00a0: le réseau n’a pas de convention ${valueIn(p.agreementId, 'fr')}`,
  },
  'ewp.export.invalid_network': {
    en: (p: { count: number; path: string }) =>
      `writeEwpIia: the network is not valid (${p.count === 1 ? '1 issue' : `${p.count} issues`}); the first is at ${p.path}`,
    fr: (p) =>
      `writeEwpIia\u00a0: le réseau n’est pas valide (${countFr(p.count, 'problème')})\u00a0; le premier se trouve en ${p.path}`,
  },
  'ewp.export.no_hei_id': {
    en: (p: { partnerId: string }) =>
      `writeEwpIia: partner '${p.partnerId}' has no SCHAC id (identifiers.schac), and agreement.ewp names none: EWP identifies each partner by its hei-id`,
    fr: (p) =>
      `writeEwpIia\u00a0: le partenaire '${p.partnerId}' n’a pas d’identifiant SCHAC (identifiers.schac), et agreement.ewp n’en donne aucun\u00a0: EWP désigne chaque partenaire par son hei-id`,
  },
  'ewp.export.not_bilateral': {
    en: (p: { agreementId: string; count: number }) =>
      `writeEwpIia: agreement '${p.agreementId}' has ${p.count} partners and agreement.ewp does not say which one is the IIA's: an EWP IIA has two partners`,
    fr: (p) =>
      `writeEwpIia\u00a0: la convention '${p.agreementId}' a ${countFr(p.count, 'partenaire')} et agreement.ewp ne dit pas lequel est celui de l’accord interinstitutionnel\u00a0: un accord interinstitutionnel EWP a deux partenaires`,
  },
  'ewp.export.home_not_partner': {
    en: (p: { agreementId: string; homeHeiId: string }) =>
      `writeEwpIia: the EWP partners of agreement '${p.agreementId}' do not include the home institution '${p.homeHeiId}'`,
    fr: (p) =>
      `writeEwpIia\u00a0: les partenaires EWP de la convention '${p.agreementId}' ne comprennent pas l’établissement d’origine '${p.homeHeiId}'`,
  },
});

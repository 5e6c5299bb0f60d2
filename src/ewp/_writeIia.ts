import { EWP_EXPORT_MESSAGES } from '../messages/ewpExport.js';
import type { Agreement, EwpIiaPartner } from '../schemas/agreement.js';
import type { Commitment, MobilityCommitment } from '../schemas/commitment.js';
import type { Network } from '../schemas/network.js';
import type { Contact, Partner } from '../schemas/partner.js';
import { safeEwpIiaHash } from './safeEwpIiaHash.js';
import { IIAS_V7_NAMESPACE } from './_textToHash.js';
import { cleanText, writeDocument, type XmlOut } from './_writeXml.js';
import type {
  EwpIiaExport,
  EwpIiaHash,
  EwpWarning,
  EwpWarningCode,
  EwpWriteIssue,
  EwpWriteIssueCode,
} from './types.js';

// Model → EWP IIAs API v7: one agreement of a parsed network as the `iia` of an
// `iias-get-response`, valid against the v7 XSD, in its element order (MobilityMain,
// recommended-language-skill, MobilityAdditional, then the student or staff extension).
// Everything EWP cannot carry, and every value the XSD requires that the model lacks, is a
// warning: nothing is dropped or made up silently.

const CONTACT_NAMESPACE =
  'https://github.com/erasmus-without-paper/ewp-specs-types-contact/tree/stable-v1';
const PHONE_NAMESPACE =
  'https://github.com/erasmus-without-paper/ewp-specs-types-phonenumber/tree/stable-v1';
/** A placeholder while the hash is computed: `iia-hash` does not count in its own text. */
const NO_HASH = '0'.repeat(64);

/** The spec element of each mobility type, in the XSD's order. */
const SPEC_ELEMENTS = Object.freeze({
  studies: 'student-studies-mobility-spec',
  traineeship: 'student-traineeship-mobility-spec',
  teaching: 'staff-teacher-mobility-spec',
  training: 'staff-training-mobility-spec',
} as const);
const SPEC_ORDER = Object.freeze(['studies', 'traineeship', 'teaching', 'training'] as const);
/** The specs whose XSD restriction requires a `recommended-language-skill`. */
const LANGUAGE_REQUIRED: ReadonlySet<string> = new Set(['studies', 'teaching']);

/** The agreement's fields that EWP has no element for, in the model's order. */
const AGREEMENT_FIELDS_NOT_WRITTEN = Object.freeze([
  'title',
  'instrument',
  'startsOn',
  'endsOn',
  'scope',
  'funding',
  'renews',
  'suspended',
  'terminatedOn',
] as const);

type Path = readonly (string | number)[];
type WarningParams = Readonly<Record<string, string | number | readonly string[]>>;

/** What stops the writing: a code and its params, made into an error or an issue by the caller. @internal */
export class WriteFailure extends Error {
  readonly code: EwpWriteIssueCode;
  readonly params: Readonly<Record<string, string | number>>;
  readonly path: Path;
  constructor(
    code: EwpWriteIssueCode,
    params: Readonly<Record<string, string | number>>,
    path: Path,
  ) {
    super(code);
    this.code = code;
    this.params = params;
    this.path = path;
  }
}

/** The English message of a code of the export part of the catalogue. */
function english(code: keyof typeof EWP_EXPORT_MESSAGES, params: object): string {
  return (EWP_EXPORT_MESSAGES[code].en as unknown as (params: object) => string)(params);
}

/** Builds the issue of a failure, with its English message. @internal */
export function writeIssue(failure: WriteFailure): EwpWriteIssue {
  return Object.freeze({
    code: failure.code,
    path: Object.freeze([...failure.path]),
    message: english(`ewp.export.${failure.code}`, failure.params),
    params: Object.freeze({ ...failure.params }),
  });
}

/** `agreements[0].commitments[2].otherTerms`, as issues show a path. */
function showPath(path: Path): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
}

/** A decimal as the XSD's `xs:decimal` with at most 2 places takes it: `20`, `7.5`, `0.25`. */
function decimal(value: number): string {
  return String(Number(value.toFixed(2)));
}

/** `2024-2025` → `2024/2025`; a one-calendar-year `2026` → `2026/2026`. */
function academicYearId(year: string): string {
  return year.length === 4 ? `${year}/${year}` : `${year.slice(0, 4)}/${year.slice(5)}`;
}

/** A leaf element, or nothing when there is no value. */
function leaf(name: string, text: string | undefined): XmlOut[] {
  return text === undefined ? [] : [{ name, text }];
}

/** The writing of one agreement: its warnings, and the cleaning of its texts. */
class Writer {
  readonly warnings: EwpWarning[] = [];

  warn(code: EwpWarningCode, path: Path, params: WarningParams, commitment?: number): void {
    const message = english(`ewp.warning.${code}`, params);
    this.warnings.push(
      Object.freeze({
        code,
        path: Object.freeze([...path]),
        ...(commitment === undefined ? {} : { commitment }),
        message,
        params: Object.freeze({ ...params }),
      }),
    );
  }

  /** A free text without the characters XML cannot carry (a warning when some are removed). */
  text(value: string | undefined, path: Path): string | undefined {
    if (value === undefined) return undefined;
    const { text, removed } = cleanText(value);
    if (removed > 0) this.warn('text_cleaned', path, { field: showPath(path), removed });
    return text;
  }
}

/** The IIA's partner institution: its `hei-id`, its EWP entry and its record in the network. */
interface OtherPartner {
  readonly heiId: string;
  readonly entry: EwpIiaPartner | undefined;
  readonly partner: Partner | undefined;
}

/** Finds the IIA's partner institution; throws a {@link WriteFailure} when there is none. */
function otherPartner(
  network: Network,
  agreement: Agreement,
  agreementPath: Path,
  homeHeiId: string,
  writer: Writer,
): OtherPartner {
  const entries = agreement.ewp?.partners ?? [];
  const entry = entries.find((item) => item.heiId !== homeHeiId);
  if (entries.length === 2 && entries.every((item) => item.heiId !== homeHeiId)) {
    throw new WriteFailure('home_not_partner', { agreementId: agreement.id, homeHeiId }, [
      ...agreementPath,
      'ewp',
      'partners',
    ]);
  }
  const records = agreement.partnerIds
    .map((id) => network.partners.find((partner) => partner.id === id))
    .filter((partner): partner is Partner => partner !== undefined);
  let partner: Partner | undefined;
  if (entry === undefined) {
    if (records.length > 1) {
      throw new WriteFailure(
        'not_bilateral',
        { agreementId: agreement.id, count: records.length },
        [...agreementPath, 'partnerIds'],
      );
    }
    partner = records[0];
    const heiId = partner?.identifiers?.schac;
    if (partner === undefined || heiId === undefined) {
      throw new WriteFailure(
        'no_hei_id',
        { partnerId: partner?.id ?? agreement.partnerIds[0] ?? '' },
        [...agreementPath, 'partnerIds', 0],
      );
    }
    return { heiId, entry, partner };
  }
  partner =
    records.length === 1
      ? records[0]
      : records.find((record) => record.identifiers?.schac === entry.heiId);
  const others = records
    .filter((record) => record !== partner)
    .map((record) => record.id as string)
    .sort();
  if (others.length > 0)
    writer.warn('other_partners', [...agreementPath, 'partnerIds'], { partnerIds: others });
  return { heiId: entry.heiId, entry, partner };
}

/** A contact of the partner as a `c:contact` (contacts do not count in the `iia-hash`). */
function contactElement(contact: Contact, path: Path, writer: Writer): XmlOut {
  const children: XmlOut[] = [
    { name: 'c:contact-name', text: writer.text(contact.name, [...path, 'name']) ?? '' },
  ];
  if (contact.phone !== undefined) {
    const e164 = contact.phone.replace(/[ ().-]/g, '');
    children.push({
      name: 'p:phone-number',
      children: /^\+[0-9]{1,15}$/.test(e164)
        ? [{ name: 'p:e164', text: e164 }]
        : [{ name: 'p:other-format', text: contact.phone }],
    });
  }
  children.push({ name: 'c:email', text: contact.email });
  children.push(...leaf('c:role-description', writer.text(contact.role, [...path, 'role'])));
  return { name: 'c:contact', children };
}

/** A `partner` element: `hei-id`, `ounit-id`, `iia-id`, `iia-code`, `signing-date`, contacts. */
function partnerElement(
  heiId: string,
  entry: EwpIiaPartner | undefined,
  entryPath: Path,
  signedOn: string | undefined,
  contacts: readonly XmlOut[],
  writer: Writer,
): XmlOut {
  return {
    name: 'partner',
    children: [
      { name: 'hei-id', text: heiId },
      ...leaf('ounit-id', entry?.ounitId),
      ...leaf('iia-id', entry?.iiaId),
      ...leaf('iia-code', writer.text(entry?.iiaCode, [...entryPath, 'iiaCode'])),
      ...leaf('signing-date', signedOn),
      ...contacts,
    ],
  };
}

/** A `subject-area`: its ISCED-F code (with its `v6-value`) and clarification. */
function subjectArea(
  code: string,
  clarification: string | undefined,
  v6: string | undefined,
): XmlOut {
  return {
    name: 'subject-area',
    children: [
      {
        name: 'isced-f-code',
        text: code,
        ...(v6 === undefined ? {} : { attributes: [['v6-value', v6] as const] }),
      },
      ...leaf('isced-clarification', clarification),
    ],
  };
}

/** The elements of a mobility spec, in the XSD's order, or `undefined` when it cannot be valid. */
function specElement(
  commitment: MobilityCommitment,
  index: number,
  path: Path,
  homeHeiId: string,
  partnerHeiId: string,
  writer: Writer,
): XmlOut | undefined {
  const element = SPEC_ELEMENTS[commitment.type];
  const years = commitment.academicYears;
  const languages = commitment.languages ?? [];
  if (years === undefined) {
    writer.warn('missing_academic_years', path, { index, element }, index);
    return undefined;
  }
  if (languages.length === 0 && LANGUAGE_REQUIRED.has(commitment.type)) {
    writer.warn('missing_languages', path, { index, element }, index);
    return undefined;
  }
  const ewp = commitment.ewp;
  const outgoing = commitment.direction === 'outgoing';
  const notWritten: string[] = ['area'];
  if (commitment.level !== undefined) notWritten.push('level');

  const children: XmlOut[] = [
    { name: 'sending-hei-id', text: outgoing ? homeHeiId : partnerHeiId },
    ...leaf('sending-ounit-id', ewp?.sendingOunitId),
    { name: 'receiving-hei-id', text: outgoing ? partnerHeiId : homeHeiId },
    ...leaf('receiving-ounit-id', ewp?.receivingOunitId),
    { name: 'receiving-first-academic-year-id', text: academicYearId(years.first) },
    { name: 'receiving-last-academic-year-id', text: academicYearId(years.last) },
    {
      name: 'mobilities-per-year',
      text: String(commitment.perYear),
      ...(ewp?.perYearNotYetDefined === true
        ? { attributes: [['not-yet-defined', 'true'] as const] }
        : {}),
    },
  ];
  languages.forEach((language, languageIndex) => {
    const languagePath = [...path, 'languages', languageIndex];
    const clarification = writer.text(language.fieldClarification, [
      ...languagePath,
      'fieldClarification',
    ]);
    children.push({
      name: 'recommended-language-skill',
      ...(language.notYetDefined === true
        ? { attributes: [['not-yet-defined', 'true'] as const] }
        : {}),
      children: [
        { name: 'language', text: language.code },
        ...leaf('cefr-level', language.minLevel),
        ...(language.field === undefined
          ? []
          : [subjectArea(language.field, clarification, undefined)]),
      ],
    });
  });
  for (const field of commitment.fields ?? []) {
    const clarification = writer.text(ewp?.fieldClarifications?.[field], [
      ...path,
      'ewp',
      'fieldClarifications',
      field,
    ]);
    children.push(subjectArea(field, clarification, ewp?.fieldV6Values?.[field]));
  }
  children.push(
    ...leaf('other-info-terms', writer.text(commitment.otherTerms, [...path, 'otherTerms'])),
  );
  if (commitment.activity === 2) {
    if (commitment.totalMonthsPerYear !== undefined)
      children.push({
        name: 'total-months-per-year',
        text: decimal(commitment.totalMonthsPerYear),
      });
    if (commitment.blended === undefined) writer.warn('missing_blended', path, { index }, index);
    children.push({ name: 'blended', text: commitment.blended === true ? 'true' : 'false' });
    for (const level of commitment.eqfLevels ?? [])
      children.push({ name: 'eqf-level', text: String(level) });
  } else if (commitment.totalDaysPerYear !== undefined) {
    children.push({ name: 'total-days-per-year', text: decimal(commitment.totalDaysPerYear) });
  }
  writer.warn('commitment_fields_not_written', path, { index, fields: notWritten }, index);
  return { name: element, children };
}

/** Whether a commitment is a mobility commitment (activities 1 and 2). */
function isMobility(commitment: Commitment): commitment is MobilityCommitment {
  return commitment.kind === 'mobility';
}

/**
 * Writes one agreement of a parsed network as a v7 `iias-get-response`, its `iia-hash`
 * computed over the document written. Throws a {@link WriteFailure} when it cannot.
 *
 * @internal
 */
export function writeIia(network: Network, agreementId: unknown, homeHeiId: string): EwpIiaExport {
  const agreementIndex = network.agreements.findIndex((item) => item.id === agreementId);
  const agreement = network.agreements[agreementIndex];
  if (agreement === undefined) {
    throw new WriteFailure(
      'unknown_agreement',
      { agreementId: typeof agreementId === 'string' ? agreementId : String(agreementId) },
      [],
    );
  }
  const writer = new Writer();
  const agreementPath: Path = ['agreements', agreementIndex];
  const other = otherPartner(network, agreement, agreementPath, homeHeiId, writer);

  const entries = agreement.ewp?.partners ?? [];
  const entryPath = (heiId: string): Path => [
    ...agreementPath,
    'ewp',
    'partners',
    Math.max(
      0,
      entries.findIndex((item) => item.heiId === heiId),
    ),
  ];
  const homeEntry = entries.find((item) => item.heiId === homeHeiId);
  if (homeEntry?.iiaId === undefined)
    writer.warn('missing_home_iia_id', [...agreementPath, 'ewp'], { heiId: homeHeiId });
  const partnerIndex = other.partner === undefined ? -1 : network.partners.indexOf(other.partner);
  const contacts = (other.partner?.contacts ?? []).map((contact, index) =>
    contactElement(contact, ['partners', partnerIndex, 'contacts', index], writer),
  );

  const notWritten = AGREEMENT_FIELDS_NOT_WRITTEN.filter((field) => agreement[field] !== undefined);
  if (notWritten.length > 0)
    writer.warn('agreement_fields_not_written', agreementPath, { fields: notWritten });

  const inEffect = agreement.ewp?.inEffect;
  if (inEffect === undefined) writer.warn('in_effect_assumed', [...agreementPath, 'ewp'], {});

  const specs = new Map<string, XmlOut[]>(SPEC_ORDER.map((type) => [type, []]));
  agreement.commitments.forEach((commitment, index) => {
    const path = [...agreementPath, 'commitments', index];
    if (!isMobility(commitment)) {
      writer.warn(
        'not_mobility',
        path,
        { index, cell: `${commitment.area}${commitment.activity}`, kind: commitment.kind },
        index,
      );
      return;
    }
    const spec = specElement(commitment, index, path, homeHeiId, other.heiId, writer);
    if (spec !== undefined) specs.get(commitment.type)?.push(spec);
  });

  const terminated = agreement.ewp?.terminatedAsAWhole;
  const iia: XmlOut = {
    name: 'iia',
    children: [
      partnerElement(homeHeiId, homeEntry, entryPath(homeHeiId), agreement.signedOn, [], writer),
      partnerElement(
        other.heiId,
        other.entry,
        entryPath(other.heiId),
        agreement.signedOn,
        contacts,
        writer,
      ),
      { name: 'in-effect', text: inEffect === true ? 'true' : 'false' },
      {
        name: 'cooperation-conditions',
        ...(terminated === undefined
          ? {}
          : { attributes: [['terminated-as-a-whole', String(terminated)] as const] }),
        children: SPEC_ORDER.flatMap((type) => specs.get(type) ?? []),
      },
      { name: 'iia-hash', text: NO_HASH },
    ],
  };
  const draft = writeDocument({
    name: 'iias-get-response',
    attributes: [
      ['xmlns', IIAS_V7_NAMESPACE],
      ['xmlns:c', CONTACT_NAMESPACE],
      ['xmlns:p', PHONE_NAMESPACE],
    ],
    children: [iia],
  });
  const hashed = safeEwpIiaHash(draft);
  // The document was just written from a parsed network: it always reads back.
  if (!hashed.success) throw new Error(hashed.issues[0]?.message);
  const { hash, validForApproval } = hashed.data[0] as EwpIiaHash;
  if (!validForApproval) writer.warn('not_valid_for_approval', agreementPath, {});
  const xml = draft.replace(`<iia-hash>${NO_HASH}</iia-hash>`, `<iia-hash>${hash}</iia-hash>`);
  return Object.freeze({ xml, warnings: Object.freeze(writer.warnings) });
}

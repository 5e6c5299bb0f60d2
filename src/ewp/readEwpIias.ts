import type { AreaCode } from '../catalog/areas.js';
import type { IscedFieldCode } from '../catalog/iscedFields.js';
import type { LanguageCode } from '../catalog/languages.js';
import type { MobilityDirection } from '../catalog/vocabulary.js';
import { resolvePolicy } from '../policy/resolveOptions.js';
import type { PolicyOptions } from '../policy/types.js';
import type { Agreement } from '../schemas/agreement.js';
import type { Contact, Partner } from '../schemas/partner.js';
import { PartnerSchema } from '../schemas/partner.js';
import { readIia, type PartnerFacts } from './_readIia.js';
import type { EwpMobilityType, SpecSummary } from './_readSpec.js';
import { countryOfHeiId, IssueList, partnerIdOf } from './_readValues.js';
import { checkRoot } from './_textToHash.js';
import { childElements, readXml, type XmlElement } from './_xml.js';
import type { EwpIssue } from './types.js';

/**
 * What `areaOf` is told of each mobility that {@link readEwpIias} imports: its EWP type and
 * the activity it is in the model (1 staff, 2 students), its direction seen from the home
 * institution, its ISCED-F fields (those the model takes) and the partner's SCHAC id.
 *
 * @example
 * ```ts
 * const mobility: EwpMobilitySummary = {
 *   type: 'training', activity: 1, direction: 'incoming', fields: [], partnerHeiId: 'univ-lyon.example.org',
 * };
 * DEFAULT_EWP_AREAS[mobility.type]; //=> 'A'
 * ```
 */
export interface EwpMobilitySummary {
  /** `studies`, `traineeship` (students), `teaching` or `training` (staff). */
  readonly type: 'studies' | 'traineeship' | 'teaching' | 'training';
  /** `2` for students, `1` for staff. */
  readonly activity: 1 | 2;
  /** `outgoing` when the home institution sends, `incoming` when it receives. */
  readonly direction: MobilityDirection;
  /** The ISCED-F fields of its subject areas that the model takes, in document order. */
  readonly fields: readonly IscedFieldCode[];
  /** The SCHAC id of the other institution. */
  readonly partnerHeiId: string;
}

/**
 * Chooses the priority area of an imported mobility: EWP has no areas, and a commitment's
 * cell is `area + activity`. A value that is not an area (or a thrown error) is an
 * `invalid_area` issue, and the default area of the type applies.
 *
 * @example
 * ```ts
 * // Staff mobility for training in health fields serves area C; anything else, the default.
 * const areaOf: EwpAreaOf = (mobility) =>
 *   mobility.type === 'training' && mobility.fields.some((field) => field.startsWith('09'))
 *     ? 'C'
 *     : DEFAULT_EWP_AREAS[mobility.type];
 * areaOf({ type: 'training', activity: 1, direction: 'incoming', fields: ['0912'], partnerHeiId: 'x.example.org' }); //=> 'C'
 * ```
 */
export type EwpAreaOf = (mobility: EwpMobilitySummary) => AreaCode;

/**
 * The default area of each EWP mobility type, which {@link readEwpIias} uses without an
 * `areaOf` option: student mobility (studies, traineeships) and staff mobility for
 * teaching are education, area `B` (innovation in higher education and training); staff
 * mobility for training is mostly the training of the staff who run the university, area
 * `A` (university governance and management).
 *
 * @example
 * ```ts
 * import { DEFAULT_EWP_AREAS } from '@uhs/partners-network/ewp';
 *
 * DEFAULT_EWP_AREAS; //=> { studies: 'B', traineeship: 'B', teaching: 'B', training: 'A' }
 * ```
 */
export const DEFAULT_EWP_AREAS: Readonly<Record<EwpMobilitySummary['type'], AreaCode>> =
  /* @__PURE__ */ Object.freeze({ studies: 'B', traineeship: 'B', teaching: 'B', training: 'A' });

/**
 * Options of {@link readEwpIias}: the home institution's SCHAC id (`homeHeiId`, default the
 * policy's, `uhs.edu.kh`), the month academic years start in (`academicYearStartMonth`,
 * default the policy's, 10), which make the agreement's period, and `areaOf`. Like every
 * function of the library, it takes a `policy` and any of its parameters.
 *
 * @example
 * ```ts
 * const options: ReadEwpIiasOptions = { homeHeiId: 'uw.edu.pl', academicYearStartMonth: 9 };
 * ```
 */
export interface ReadEwpIiasOptions extends PolicyOptions {
  /** Chooses each mobility's area (default: {@link DEFAULT_EWP_AREAS} by type). */
  readonly areaOf?: EwpAreaOf | undefined;
}

/**
 * What {@link readEwpIias} gives: the agreements and partners of the version-2 model, each
 * valid against its schema, and the issues of what was not imported, in document order.
 *
 * @example
 * ```ts
 * const result: EwpImport = { agreements: [], partners: [], issues: [] };
 * ```
 */
export interface EwpImport {
  /** One agreement per imported `iia`, in document order. */
  readonly agreements: readonly Agreement[];
  /** One partner per partner institution the IIAs describe well enough, in order of first appearance. */
  readonly partners: readonly Partner[];
  /** Everything that was not imported, or not as written, and why. */
  readonly issues: readonly EwpIssue[];
}

/** The root checks of the reader (those of the hash): `true` when the root is refused. */
function rootIssue(root: XmlElement, issues: IssueList): boolean {
  const issue = checkRoot(root);
  if (issue === undefined) return false;
  issues.items.push(issue);
  return true;
}

/** What the IIAs say of one partner institution, merged in document order. */
interface PartnerAccumulator {
  readonly heiId: string;
  readonly path: string;
  readonly ounitIds: string[];
  readonly contacts: Contact[];
  readonly fields: IscedFieldCode[];
  readonly languages: LanguageCode[];
}

function merge(into: PartnerAccumulator, facts: PartnerFacts): void {
  for (const id of facts.ounitIds) if (!into.ounitIds.includes(id)) into.ounitIds.push(id);
  for (const contact of facts.contacts) {
    if (
      !into.contacts.some((known) => known.name === contact.name && known.email === contact.email)
    )
      into.contacts.push(contact);
  }
  for (const field of facts.fields) if (!into.fields.includes(field)) into.fields.push(field);
  for (const code of facts.languages) if (!into.languages.includes(code)) into.languages.push(code);
}

/** The partner of the model, or `undefined` with a `partner_incomplete` issue. */
function partnerOf(facts: PartnerAccumulator, issues: IssueList): Partner | undefined {
  const country = countryOfHeiId(facts.heiId);
  const missing = [
    ...(country === undefined ? ['country'] : []),
    ...(facts.languages.length === 0 ? ['languages'] : []),
    ...(facts.contacts.length === 0 ? ['contacts'] : []),
  ];
  if (missing.length > 0) {
    issues.add('partner_incomplete', facts.path, {
      heiId: facts.heiId,
      missing: missing.join(','),
    });
    return undefined;
  }
  const parsed = PartnerSchema.safeParse({
    id: partnerIdOf(facts.heiId),
    name: facts.heiId,
    type: 'higher-education-institution',
    country,
    identifiers: {
      schac: facts.heiId,
      ...(facts.ounitIds.length === 0 ? {} : { ounitIds: facts.ounitIds.slice(0, 100) }),
    },
    fields: facts.fields,
    languages: facts.languages,
    contacts: facts.contacts.slice(0, 100),
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  issues.add('invalid_record', facts.path, {
    record: 'partner',
    detail: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`.slice(0, 300),
  });
  return undefined;
}

/** The options, checked: the home SCHAC id, the start month and `areaOf`; or `undefined` with an issue. */
function checkedOptions(options: unknown, issues: IssueList) {
  const shown = (value: unknown): string =>
    typeof value === 'string' ? `'${value.slice(0, 80)}'` : typeof value;
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    issues.add('invalid_option', '/', { option: 'options', received: shown(options) });
    return undefined;
  }
  const given = (options ?? {}) as ReadEwpIiasOptions;
  let policy;
  try {
    policy = resolvePolicy(given);
  } catch (error) {
    // The library's errors name the parameter in `params.field`.
    const field = (error as { params?: { field?: unknown } }).params?.field;
    const option = typeof field === 'string' ? field : 'policy';
    const received = (given as Record<string, unknown>)[option];
    issues.add('invalid_option', '/', { option, received: shown(received) });
    return undefined;
  }
  const areaOf: unknown = given.areaOf;
  if (areaOf !== undefined && typeof areaOf !== 'function') {
    issues.add('invalid_option', '/', { option: 'areaOf', received: shown(areaOf) });
    return undefined;
  }
  const defaultArea = (type: EwpMobilityType): AreaCode => DEFAULT_EWP_AREAS[type];
  return {
    homeHeiId: policy.homeHeiId,
    startMonth: policy.academicYearStartMonth,
    areaOf: (areaOf ?? ((mobility: SpecSummary) => defaultArea(mobility.type))) as (
      mobility: SpecSummary,
    ) => unknown,
    defaultArea,
  };
}

/**
 * Reads the IIAs of an EWP IIAs API v7 `iias-get-response` as agreements and partners of
 * the network's model (version 2), seen from the home institution (`homeHeiId`, default
 * `uhs.edu.kh`): UHS sends means `outgoing`, UHS receives means `incoming`. A namespace-less
 * `iias-get-response`, as the API's walkthrough fragments are, is read too.
 *
 * Each `iia` between the home institution and one partner gives one agreement, valid
 * against `AgreementSchema`: each mobility spec one mobility commitment (studies and
 * traineeships activity 2, teaching and training activity 1, the area from `areaOf`), the
 * partners' `iia-id`, `iia-code` and `ounit-id` in `ewp.partners` in document order. What EWP
 * does not say is derived, never invented: the id (`ewp-` and the home `iia-id`, see
 * docs/ewp.md), the title (`Inter-institutional agreement with <hei-id>`), the instrument
 * (`exchange`), the period (from the start of the first academic year to the end of the
 * last, with the policy's `academicYearStartMonth`), the scope (the commitments' cells). The
 * partner institution gives one partner, valid against `PartnerSchema`, when the IIAs say
 * enough of it: id `ewp-` and its SCHAC id with dots as hyphens, its SCHAC id as its name,
 * type `higher-education-institution`, the country of its country-code domain, the
 * languages and fields of the mobilities it receives, and its contacts with an e-mail.
 *
 * It never throws. XML that cannot be read, a wrong root or namespace (IIAs v6 gives
 * `unsupported_version`), an IIA without the home institution, and every value the model
 * cannot take (a language tag such as `en-GB`, an EQF level below 5, an unknown ISCED-F code,
 * with "did you mean") are issues with an XPath-like path; the rest is imported.
 *
 * @param xml - The XML text of an `iias-get-response` (one or many `iia`).
 * @param options - `homeHeiId`, `academicYearStartMonth`, `areaOf`, `policy`.
 * @returns The agreements, the partners and the issues, frozen.
 *
 * @example
 * ```ts
 * import { readEwpIias } from '@uhs/partners-network/ewp';
 *
 * const xml = `<iias-get-response xmlns="https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd">
 *   <iia>
 *     <partner><hei-id>univ-lyon.example.fr</hei-id><iia-id>LYON-4711</iia-id>
 *       <signing-contact><contact-name>Example Officer</contact-name><email>ir@univ-lyon.example.fr</email></signing-contact></partner>
 *     <partner><hei-id>uhs.edu.kh</hei-id><iia-id>uhs-iia-2026-01</iia-id></partner>
 *     <in-effect>true</in-effect>
 *     <cooperation-conditions>
 *       <student-studies-mobility-spec>
 *         <sending-hei-id>univ-lyon.example.fr</sending-hei-id>
 *         <receiving-hei-id>uhs.edu.kh</receiving-hei-id>
 *         <receiving-first-academic-year-id>2026/2027</receiving-first-academic-year-id>
 *         <receiving-last-academic-year-id>2027/2028</receiving-last-academic-year-id>
 *         <mobilities-per-year>2</mobilities-per-year>
 *         <recommended-language-skill><language>en-GB</language><cefr-level>B2</cefr-level></recommended-language-skill>
 *         <subject-area><isced-f-code>0912</isced-f-code></subject-area>
 *         <total-months-per-year>10</total-months-per-year>
 *         <blended>false</blended>
 *       </student-studies-mobility-spec>
 *     </cooperation-conditions>
 *     <iia-hash>0000000000000000000000000000000000000000000000000000000000000000</iia-hash>
 *   </iia>
 * </iias-get-response>`;
 *
 * const { agreements, partners, issues } = readEwpIias(xml);
 * agreements[0]?.id; //=> 'ewp-uhs-iia-2026-01'
 * agreements[0]?.startsOn; //=> '2026-10-01'
 * agreements[0]?.endsOn; //=> '2028-09-30'
 * agreements[0]?.commitments[0];
 * //=> { kind: 'mobility', area: 'B', activity: 2, type: 'studies', direction: 'incoming', perYear: 2,
 * //     fields: ['0912'], academicYears: { first: '2026-2027', last: '2027-2028' }, totalMonthsPerYear: 10, blended: false }
 * partners.length; //=> 0
 * issues.map((issue) => issue.code); //=> ['language_tag', 'partner_incomplete']
 * issues[0]?.message; //=> "The language 'en-GB' is not an ISO 639-1 code of the catalogue (did you mean 'en'?): it is left out"
 * readEwpIias('<iias-get-response').issues[0]?.code; //=> 'malformed'
 * ```
 */
export function readEwpIias(xml: string, options?: ReadEwpIiasOptions): EwpImport {
  const issues = new IssueList();
  const done = (agreements: Agreement[] = [], partners: Partner[] = []): EwpImport =>
    Object.freeze({
      agreements: Object.freeze(agreements),
      partners: Object.freeze(partners),
      issues: Object.freeze(issues.items),
    });
  const checked = checkedOptions(options, issues);
  if (checked === undefined) return done();
  const reading = readXml(xml);
  if (!reading.success) {
    issues.items.push(...reading.issues);
    return done();
  }
  const root = reading.root;
  if (rootIssue(root, issues)) return done();

  const agreements: Agreement[] = [];
  const takenIds = new Set<string>();
  const facts = new Map<string, PartnerAccumulator>();
  for (const iia of childElements(root)) {
    if (iia.localName !== 'iia') {
      issues.add('not_imported', iia.path, { element: iia.localName });
      continue;
    }
    const read = readIia(iia, { ...checked, issues, takenIds });
    if (read === undefined) continue;
    agreements.push(read.agreement);
    takenIds.add(read.agreement.id);
    let known = facts.get(read.partner.heiId);
    if (known === undefined) {
      known = {
        heiId: read.partner.heiId,
        path: read.partner.path,
        ounitIds: [],
        contacts: [],
        fields: [],
        languages: [],
      };
      facts.set(known.heiId, known);
    }
    merge(known, read.partner);
  }
  const partners: Partner[] = [];
  for (const known of facts.values()) {
    const partner = partnerOf(known, issues);
    if (partner !== undefined) partners.push(partner);
  }
  return done(agreements, partners);
}

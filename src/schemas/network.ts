import * as z from 'zod';
import { HOME_INSTITUTION, type HomeInstitution, type Period } from '../catalog/home.js';
import type { Agreement, AgreementInput } from './agreement.js';
import { AgreementSchema } from './agreement.js';
import { addIssue, refinement, type IssueSink } from './_refinements.js';
import { MESSAGES, type LibraryIssueCode } from './issues.js';
import type { Partner, PartnerInput } from './partner.js';
import { PartnerSchema } from './partner.js';
import type { Proposal, ProposalInput } from './proposal.js';
import { ProposalSchema } from './proposal.js';
import {
  checkEndAfterStart,
  CountryCodeSchema,
  IsoDateSchema,
  PartnerIdSchema,
  text,
} from './primitives.js';

/**
 * The network's home institution (UHS unless a document says otherwise).
 *
 * @example
 * ```ts
 * HomeInstitutionSchema.parse({ name: 'University of Health Sciences', country: 'KH' });
 * ```
 */
export const HomeInstitutionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Its name. */
    name: text(),
    /** Its acronym. */
    acronym: text(50).optional(),
    /** Its country: no partner may be in it. */
    country: CountryCodeSchema,
    /** Its city. */
    city: text(200).optional(),
    /** The year it was established. */
    established: z.int().min(1000).max(9999).optional(),
    /** When it resumed its activities, in words. */
    resumedIn: text(50).optional(),
  }))();

/**
 * The strategic plan a network's data is judged against.
 *
 * @example
 * ```ts
 * PlanSchema.parse({ name: 'Strategic Plan 2014–2018', start: '2014-01-01', end: '2018-12-31' });
 * ```
 */
export const PlanSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** The plan's name. */
      name: text().optional(),
      /** Its first day. */
      start: IsoDateSchema,
      /** Its last day. */
      end: IsoDateSchema,
    })
    .check(refinement(checkEndAfterStart)))();

/**
 * A strategic plan's name and period (both ends included): what {@link PlanSchema} parses
 * to (the same as what it accepts).
 *
 * @example
 * ```ts
 * const plan: Plan = { start: '2019-01-01', end: '2023-12-31' };
 * PlanSchema.parse(plan).end; //=> '2023-12-31'
 * ```
 */
export interface Plan extends Period {
  /** The plan's name. */
  name?: string | undefined;
}

interface NetworkRecords {
  readonly home: { readonly country: string };
  readonly partners: readonly Pick<Partner, 'id' | 'country'>[];
  readonly agreements: readonly Pick<Agreement, 'id' | 'partnerIds' | 'renews'>[];
  readonly proposals?: readonly Pick<Proposal, 'id' | 'partner'>[] | undefined;
}

/**
 * Receives one integrity issue; returns `false` once no more are wanted (the issue cap is
 * reached). @internal
 */
export type IntegrityReport = (
  code: LibraryIssueCode,
  message: string,
  path: (string | number)[],
  input: unknown,
) => boolean;

/**
 * The integrity rules of a network, record by record, in path order. Records are given
 * in order (every partner before any agreement, every agreement before any proposal)
 * and may be ill-formed: a record takes part with whatever can be read of it. @internal
 */
export interface NetworkIntegrity {
  /** Checks `partners[index]`: a duplicate id, a partner in the home country. */
  partner(index: number, record: unknown, report: IntegrityReport): boolean;
  /** Checks `agreements[index]`: a duplicate id, `partnerIds` and `renews` that resolve. */
  agreement(index: number, record: unknown, report: IntegrityReport): boolean;
  /** Checks `proposals[index]`: a duplicate id, a partner id that resolves. */
  proposal(index: number, record: unknown, report: IntegrityReport): boolean;
}

type Readable = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Readable {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Ids are read only when valid: an invalid id is a shape issue, and refers to nothing. */
function isId(value: unknown): value is string {
  return typeof value === 'string' && PartnerIdSchema.safeParse(value).success;
}

/** The home country a document's partners are judged against, or `undefined` if unreadable. */
function homeCountryOf(home: unknown): string | undefined {
  if (home === undefined) return HOME_INSTITUTION.country;
  if (!isRecord(home)) return undefined;
  return CountryCodeSchema.safeParse(home.country).success ? (home.country as string) : undefined;
}

/**
 * Makes the integrity checker of one network document. With `trusted`, the records are
 * known to have a valid shape (the schema's own check), and nothing is re-checked.
 *
 * What takes part: a record whose `id` is a valid id (for unique ids, and as the target of
 * references: a partner with a readable id exists even if its other fields are wrong);
 * each valid id string of an agreement's `partnerIds`; a valid `renews`; a proposal's
 * partner given as a valid id; a partner's `country` against a readable `home.country`.
 * An issue that depends on what cannot be read is left out: `renews` is only said not to
 * share a partner when both agreements' `partnerIds` can be read in full. @internal
 */
export function networkIntegrity(
  network: { readonly home?: unknown; readonly agreements?: unknown },
  trusted = false,
): NetworkIntegrity {
  const readId = trusted
    ? (record: unknown) => (record as { id: string }).id
    : (record: unknown) => (isRecord(record) && isId(record.id) ? record.id : undefined);
  const homeCountry = trusted
    ? (network.home as { country: string }).country
    : homeCountryOf(network.home);
  const partners = new Map<string, number>();
  const proposals = new Map<string, number>();
  let agreements: Map<string, number> | undefined;
  const agreementRecords: readonly unknown[] = Array.isArray(network.agreements)
    ? network.agreements
    : [];

  /** Reports a duplicate id; records the first use of an id in `seen`. */
  const uniqueId = (
    seen: Map<string, number>,
    kind: string,
    key: string,
    index: number,
    id: string,
    report: IntegrityReport,
  ): boolean => {
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, index);
      return true;
    }
    if (first === index) return true;
    return report('duplicate_id', MESSAGES.duplicate_id(kind, id, first), [key, index, 'id'], id);
  };

  /** An agreement's partner ids: the readable ones, and whether every entry was readable. */
  const partnerIdsOf = (record: unknown): { ids: readonly string[]; complete: boolean } => {
    if (!isRecord(record) || !Array.isArray(record.partnerIds)) return { ids: [], complete: false };
    const entries = record.partnerIds as readonly unknown[];
    if (trusted) return { ids: entries as readonly string[], complete: true };
    const ids = entries.filter(isId);
    return { ids, complete: ids.length === entries.length };
  };

  return {
    partner(index, record, report) {
      const id = readId(record);
      if (id !== undefined && !uniqueId(partners, 'partner', 'partners', index, id, report))
        return false;
      const country = isRecord(record) ? record.country : undefined;
      if (homeCountry !== undefined && country === homeCountry) {
        return report(
          'home_country_partner',
          MESSAGES.home_country_partner(homeCountry),
          ['partners', index, 'country'],
          country,
        );
      }
      return true;
    },

    agreement(index, record, report) {
      if (agreements === undefined) {
        // `renews` may name a later agreement, so every readable id is indexed first.
        agreements = new Map();
        for (let position = 0; position < agreementRecords.length; position += 1) {
          const id = readId(agreementRecords[position]);
          if (id !== undefined && !agreements.has(id)) agreements.set(id, position);
        }
      }
      const id = readId(record);
      if (id !== undefined) {
        const first = agreements.get(id);
        if (
          first !== undefined &&
          first !== index &&
          !report(
            'duplicate_id',
            MESSAGES.duplicate_id('agreement', id, first),
            ['agreements', index, 'id'],
            id,
          )
        )
          return false;
      }
      if (!isRecord(record)) return true;
      if (Array.isArray(record.partnerIds)) {
        const entries = record.partnerIds as readonly unknown[];
        for (let position = 0; position < entries.length; position += 1) {
          const partnerId = entries[position];
          if (
            (trusted || isId(partnerId)) &&
            !partners.has(partnerId as string) &&
            !report(
              'unknown_reference',
              MESSAGES.unknown_reference('partner', partnerId as string),
              ['agreements', index, 'partnerIds', position],
              partnerId,
            )
          )
            return false;
        }
      }
      const renews = record.renews;
      if (renews === undefined || !(trusted || isId(renews))) return true;
      const renewed = agreements.get(renews as string);
      let detail: string | null | undefined;
      if (renewed === undefined) detail = undefined;
      else if (renews === id) detail = '(an agreement cannot renew itself)';
      else {
        const own = partnerIdsOf(record);
        const other = partnerIdsOf(agreementRecords[renewed]);
        const shares = other.ids.some((partnerId) => own.ids.includes(partnerId));
        // Without both lists in full, "no shared partner" cannot be known.
        detail =
          shares || !own.complete || !other.complete
            ? null
            : 'sharing a partner with this agreement';
      }
      if (detail === null) return true;
      return report(
        'unknown_reference',
        MESSAGES.unknown_reference('other agreement', renews as string, detail),
        ['agreements', index, 'renews'],
        renews,
      );
    },

    proposal(index, record, report) {
      const id = readId(record);
      if (id !== undefined && !uniqueId(proposals, 'proposal', 'proposals', index, id, report))
        return false;
      const partner = isRecord(record) ? record.partner : undefined;
      if (typeof partner === 'string' && (trusted || isId(partner)) && !partners.has(partner)) {
        return report(
          'unknown_reference',
          MESSAGES.unknown_reference(
            'partner',
            partner,
            '(a proposal from a new institution carries its partner inline)',
          ),
          ['proposals', index, 'partner'],
          partner,
        );
      }
      return true;
    },
  };
}

/**
 * The integrity rules of a valid network document, every issue at once, in path order
 * (the schema's own check). @internal
 */
export function checkNetworkIntegrity(network: NetworkRecords, sink: IssueSink): void {
  const integrity = networkIntegrity(network, true);
  const report: IntegrityReport = (code, message, path, input) => {
    addIssue(sink, code, message, path, input);
    return true;
  };
  network.partners.forEach((partner, index) => integrity.partner(index, partner, report));
  network.agreements.forEach((agreement, index) => integrity.agreement(index, agreement, report));
  network.proposals?.forEach((proposal, index) => integrity.proposal(index, proposal, report));
}

/**
 * A whole network document: its home institution, the strategic plan it is judged
 * against, the date it describes (`asOf`), its partners, agreements and proposals.
 * Integrity is checked too: unique ids per kind, references that resolve (`partnerIds`, a
 * proposal's partner id, `renews` to another agreement sharing a partner), and no partner
 * in the home country. Used on its own, the schema checks integrity once the shape is
 * valid; {@link parseNetwork} and {@link safeParseNetwork} also check it on the records of
 * a document with shape issues, report both kinds in one run, and cap the issues.
 *
 * @example
 * ```ts
 * const network = NetworkSchema.parse({ schemaVersion: 1, partners: [], agreements: [] });
 * network.home.country; //=> 'KH'
 * ```
 */
export const NetworkSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** The version of this document format: `1`. */
      schemaVersion: z.literal(1),
      /** The home institution; UHS when absent. */
      home: HomeInstitutionSchema.default(() => ({ ...HOME_INSTITUTION })),
      /** The strategic plan the data is judged against; the 2014–2018 plan when absent. */
      plan: PlanSchema.optional(),
      /** The date the data describes: the default `on` of every function given this network. */
      asOf: IsoDateSchema.optional(),
      /** The partners. */
      partners: z.array(PartnerSchema),
      /** The agreements. */
      agreements: z.array(AgreementSchema),
      /** The proposals under consideration. */
      proposals: z.array(ProposalSchema).optional(),
    })
    .check(refinement(checkNetworkIntegrity)))();

/**
 * The network document with its records left unread: what the parse functions check
 * first, before each record on its own with its schema. @internal
 */
export const NetworkOutlineSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...NetworkSchema.shape,
    partners: z.array(z.unknown()),
    agreements: z.array(z.unknown()),
    proposals: z.array(z.unknown()).optional(),
  }))();

/** The keys of a network document, in the order issues are reported. @internal */
export const NETWORK_KEYS: readonly string[] = /* @__PURE__ */ (() =>
  Object.keys(NetworkSchema.shape))();

/**
 * A parsed, integrity-checked network: what {@link NetworkSchema} parses to (a type test
 * keeps the two equal).
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 *
 * const network: Network = parseNetwork(JSON.parse(readFileSync('examples/network.json', 'utf8')));
 * network.partners.length; //=> 14
 * ```
 */
export interface Network {
  /** The version of this document format: `1`. */
  schemaVersion: 1;
  /** The home institution; UHS when the document has none. */
  home: HomeInstitution;
  /** The strategic plan the data is judged against; the 2014–2018 plan when absent. */
  plan?: Plan | undefined;
  /** The date the data describes: the default `on` of every function given this network. */
  asOf?: string | undefined;
  /** The partners. */
  partners: Partner[];
  /** The agreements. */
  agreements: Agreement[];
  /** The proposals under consideration. */
  proposals?: Proposal[] | undefined;
}

/**
 * A network document as it is written: plain strings for ids, `home` optional, records in
 * their input form. It is what {@link NetworkSchema} accepts.
 *
 * @example
 * ```ts
 * const input: NetworkInput = { schemaVersion: 1, partners: [], agreements: [] };
 * parseNetwork(input).home.acronym; //=> 'UHS'
 * ```
 */
export interface NetworkInput extends Omit<
  Network,
  'home' | 'partners' | 'agreements' | 'proposals'
> {
  /** The home institution; UHS when absent. */
  home?: HomeInstitution | undefined;
  /** The partners. */
  partners: PartnerInput[];
  /** The agreements. */
  agreements: AgreementInput[];
  /** The proposals under consideration. */
  proposals?: ProposalInput[] | undefined;
}

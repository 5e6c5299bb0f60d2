import { HOME_INSTITUTION } from '../catalog/home.js';
import type { IssueParams, LibraryIssueCode } from './_issues.js';
import { addIssue, type IssueSink } from './_refinements.js';
import type { Agreement } from './agreement.js';
import type { Partner } from './partner.js';
import { CountryCodeSchema, PartnerIdSchema } from './primitives.js';
import type { Proposal } from './proposal.js';

// The integrity rules of a network document: unique ids per kind, references that resolve,
// no partner in the home country. They run on valid documents (the schema's own check) and,
// record by record, on documents with shape issues (the parse functions).

/** What the integrity rules read of a valid network document. */
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
export type IntegrityReport = <C extends LibraryIssueCode>(
  code: C,
  params: IssueParams<C>,
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
    kind: 'partner' | 'proposal',
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
    return report('duplicate_id', { kind, id, firstIndex: first }, [key, index, 'id'], id);
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
          { country: homeCountry },
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
            { kind: 'agreement', id, firstIndex: first },
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
              { kind: 'partner', id: partnerId as string },
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
      let detail: 'self-renewal' | 'no-shared-partner' | null | undefined;
      if (renewed === undefined) detail = undefined;
      else if (renews === id) detail = 'self-renewal';
      else {
        const own = partnerIdsOf(record);
        const other = partnerIdsOf(agreementRecords[renewed]);
        const shares = other.ids.some((partnerId) => own.ids.includes(partnerId));
        // Without both lists in full, "no shared partner" cannot be known.
        detail = shares || !own.complete || !other.complete ? null : 'no-shared-partner';
      }
      if (detail === null) return true;
      const params = { kind: 'agreement', id: renews as string } as const;
      return report(
        'unknown_reference',
        detail === undefined ? params : { ...params, detail },
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
          { kind: 'partner', id: partner, detail: 'inline-partner' },
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
  const report: IntegrityReport = (code, params, path, input) => {
    addIssue(sink, code, params, path, input);
    return true;
  };
  network.partners.forEach((partner, index) => integrity.partner(index, partner, report));
  network.agreements.forEach((agreement, index) => integrity.agreement(index, agreement, report));
  network.proposals?.forEach((proposal, index) => integrity.proposal(index, proposal, report));
}

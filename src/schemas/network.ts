import * as z from 'zod';
import { HOME_INSTITUTION } from '../catalog/home.js';
import type { Agreement } from './agreement.js';
import { AgreementSchema } from './agreement.js';
import { addIssue, refinement, type IssueSink } from './_refinements.js';
import { MESSAGES } from './issues.js';
import type { Partner } from './partner.js';
import { PartnerSchema } from './partner.js';
import type { Proposal } from './proposal.js';
import { ProposalSchema } from './proposal.js';
import { checkEndAfterStart, CountryCodeSchema, IsoDateSchema, text } from './primitives.js';

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
 * A strategic plan's name and period.
 *
 * @example
 * ```ts
 * const plan: Plan = { start: '2019-01-01', end: '2023-12-31' };
 * ```
 */
export type Plan = z.output<typeof PlanSchema>;

interface NetworkRecords {
  readonly home: { readonly country: string };
  readonly partners: readonly Pick<Partner, 'id' | 'country'>[];
  readonly agreements: readonly Pick<Agreement, 'id' | 'partnerIds' | 'renews'>[];
  readonly proposals?: readonly Pick<Proposal, 'id' | 'partner'>[] | undefined;
}

function checkUniqueIds(
  sink: IssueSink,
  kind: string,
  key: string,
  records: readonly { readonly id: string }[],
): Map<string, number> {
  const index = new Map<string, number>();
  records.forEach((record, position) => {
    const first = index.get(record.id);
    if (first === undefined) index.set(record.id, position);
    else
      addIssue(
        sink,
        'duplicate_id',
        MESSAGES.duplicate_id(kind, record.id, first),
        [key, position, 'id'],
        record.id,
      );
  });
  return index;
}

/** The integrity rules of a network document, all reported at once, in one pass. @internal */
export function checkNetworkIntegrity(network: NetworkRecords, sink: IssueSink): void {
  const partners = checkUniqueIds(sink, 'partner', 'partners', network.partners);
  const agreements = checkUniqueIds(sink, 'agreement', 'agreements', network.agreements);
  checkUniqueIds(sink, 'proposal', 'proposals', network.proposals ?? []);
  network.partners.forEach((partner, index) => {
    if (partner.country === network.home.country) {
      addIssue(
        sink,
        'home_country_partner',
        MESSAGES.home_country_partner(partner.country),
        ['partners', index, 'country'],
        partner.country,
      );
    }
  });
  network.agreements.forEach((agreement, index) => {
    agreement.partnerIds.forEach((partnerId, position) => {
      if (!partners.has(partnerId)) {
        addIssue(
          sink,
          'unknown_reference',
          MESSAGES.unknown_reference('partner', partnerId),
          ['agreements', index, 'partnerIds', position],
          partnerId,
        );
      }
    });
    if (agreement.renews !== undefined) {
      const renewed = agreements.get(agreement.renews);
      const other = renewed === undefined ? undefined : network.agreements[renewed];
      const detail =
        other === undefined
          ? undefined
          : other.id === agreement.id
            ? '(an agreement cannot renew itself)'
            : other.partnerIds.some((id) => agreement.partnerIds.includes(id))
              ? null
              : 'sharing a partner with this agreement';
      if (detail !== null) {
        addIssue(
          sink,
          'unknown_reference',
          MESSAGES.unknown_reference('other agreement', agreement.renews, detail),
          ['agreements', index, 'renews'],
          agreement.renews,
        );
      }
    }
  });
  (network.proposals ?? []).forEach((proposal, index) => {
    if (typeof proposal.partner === 'string' && !partners.has(proposal.partner)) {
      addIssue(
        sink,
        'unknown_reference',
        MESSAGES.unknown_reference(
          'partner',
          proposal.partner,
          '(a proposal from a new institution carries its partner inline)',
        ),
        ['proposals', index, 'partner'],
        proposal.partner,
      );
    }
  });
}

/**
 * A whole network document: its home institution, the strategic plan it is judged
 * against, the date it describes (`asOf`), its partners, agreements and proposals. Once
 * the shape is valid, integrity is checked and every issue reported at once: unique ids
 * per kind, references that resolve (`partnerIds`, a proposal's partner id, `renews` to
 * another agreement sharing a partner), and no partner in the home country.
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
 * A parsed, integrity-checked network.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 *
 * const network: Network = parseNetwork(JSON.parse(readFileSync('examples/network.json', 'utf8')));
 * network.partners.length; //=> 14
 * ```
 */
export type Network = z.output<typeof NetworkSchema>;

/**
 * A network document as it is written (plain strings, `home` optional).
 *
 * @example
 * ```ts
 * const input: NetworkInput = { schemaVersion: 1, partners: [], agreements: [] };
 * ```
 */
export type NetworkInput = z.input<typeof NetworkSchema>;

import * as z from 'zod';
import { HOME_INSTITUTION, type HomeInstitution, type Period } from '../catalog/home.js';
import { checkNetworkIntegrity } from './_integrity.js';
import { checkEndAfterStart, text } from './_primitives.js';
import { refinement } from './_refinements.js';
import type { Agreement, AgreementInput } from './agreement.js';
import { AgreementSchema } from './agreement.js';
import type { Partner, PartnerInput } from './partner.js';
import { PartnerSchema } from './partner.js';
import type { Proposal, ProposalInput } from './proposal.js';
import { ProposalSchema } from './proposal.js';
import { CountryCodeSchema, IsoDateSchema, RorIdSchema, SchacIdSchema } from './primitives.js';

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
    /** Its identifiers in international registries. */
    identifiers: z
      .strictObject({
        /** Its ROR id; parsed to the `https://ror.org/…` form. */
        ror: RorIdSchema.optional(),
        /** Its SCHAC id, its EWP `heiId` (an internet domain, such as `uhs.edu.kh`). */
        schac: SchacIdSchema.optional(),
      })
      .optional(),
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
 * const network = NetworkSchema.parse({ schemaVersion: 2, partners: [], agreements: [] });
 * network.home.country; //=> 'KH'
 * ```
 */
export const NetworkSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** The version of this document format: `2` (version-1 documents are read by the parse functions and converted). */
      schemaVersion: z.literal(2),
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
  /** The version of this document format: `2`. */
  schemaVersion: 2;
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
 * const input: NetworkInput = { schemaVersion: 2, partners: [], agreements: [] };
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

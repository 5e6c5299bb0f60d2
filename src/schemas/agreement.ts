import * as z from 'zod';
import type { CellCode } from '../catalog/cells.js';
import { AGREEMENT_INSTRUMENTS, type AgreementInstrument } from '../catalog/vocabulary.js';
import { renderZodIssue } from './_issues.js';
import { checkDateOrder, text, uniqueList } from './_primitives.js';
import { addIssue, refinement, type IssueSink } from './_refinements.js';
import { commitmentCell, CommitmentSchema, type Commitment } from './commitment.js';
import {
  AgreementIdSchema,
  CellCodeSchema,
  CurrencyCodeSchema,
  EwpIdSchema,
  IsoDateSchema,
  PartnerIdSchema,
  SchacIdSchema,
  type AgreementId,
  type PartnerId,
} from './primitives.js';

/**
 * Where the money comes from.
 *
 * @example
 * ```ts
 * FundingSchema.parse({ source: 'Example Foundation', amount: 20000, currency: 'EUR' });
 * ```
 */
export const FundingSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Who funds it. */
    source: text(),
    /** How much. */
    amount: z.number().min(0).max(1e12).optional(),
    /** In what currency (ISO 4217). */
    currency: CurrencyCodeSchema.optional(),
  }))();

/**
 * A declaration of funding: what {@link FundingSchema} parses to (the same as what it
 * accepts).
 *
 * @example
 * ```ts
 * const funding: Funding = { source: 'Example Foundation' };
 * funding.amount; //=> undefined
 * ```
 */
export interface Funding {
  /** Who funds it. */
  source: string;
  /** How much. */
  amount?: number | undefined;
  /** In what currency (ISO 4217). */
  currency?: string | undefined;
}

/**
 * One partner of an EWP inter-institutional agreement (IIA), as EWP v7's `partner`
 * element names it: its SCHAC `heiId` (`hei-id`), the organisational unit that signed
 * (`ounit-id`), and the id and code under which that partner keeps the IIA in its own
 * system (`iia-id`, `iia-code`).
 *
 * @example
 * ```ts
 * EwpIiaPartnerSchema.parse({ heiId: 'uhs.edu.kh', iiaId: 'uhs-iia-0042' }).iiaId; //=> 'uhs-iia-0042'
 * ```
 */
export const EwpIiaPartnerSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The partner's SCHAC id (EWP `hei-id`). */
    heiId: SchacIdSchema,
    /** The organisational unit that signed (EWP `ounit-id`). */
    ounitId: EwpIdSchema.optional(),
    /** The IIA's id in this partner's system (EWP `iia-id`). */
    iiaId: EwpIdSchema.optional(),
    /** The IIA's code in this partner's system, for people (EWP `iia-code`). */
    iiaCode: text(200).optional(),
  }))();

/**
 * An agreement's identity in Erasmus Without Paper (EWP IIAs API v7): its two partners,
 * UHS included, each with its own `iia-id` and `iia-code`, and `in-effect` (`true` once
 * both partners have approved it). The partners are listed in the order of the IIA, each
 * `heiId` once; an IIA has two partners, so the list has one (a copy that knows only one
 * side) or two entries.
 *
 * @example
 * ```ts
 * EwpIdentitySchema.parse({
 *   partners: [{ heiId: 'uhs.edu.kh', iiaId: 'uhs-iia-0042' }, { heiId: 'lyon.example.org', iiaId: 'LY-2024-7' }],
 *   inEffect: true,
 * }).partners.length; //=> 2
 * ```
 */
export const EwpIdentitySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** The IIA's partners, UHS included: one or two, each `heiId` once. */
      partners: z.array(EwpIiaPartnerSchema).min(1).max(2),
      /** `true` once both partners have approved the IIA (EWP `in-effect`). */
      inEffect: z.boolean().optional(),
      /**
       * `true` when the IIA is terminated as a whole (EWP
       * `cooperation-conditions/@terminated-as-a-whole`, part of the IIA's hash).
       */
      terminatedAsAWhole: z.boolean().optional(),
    })
    .check(
      refinement((identity, sink) => {
        const [first, second] = identity.partners;
        if (first !== undefined && second !== undefined && first.heiId === second.heiId) {
          addIssue(
            sink,
            'duplicate_value',
            { value: second.heiId, firstIndex: 0 },
            ['partners', 1, 'heiId'],
            second.heiId,
          );
        }
      }),
    ))();

/**
 * One partner of an EWP IIA: what {@link EwpIiaPartnerSchema} parses to.
 *
 * @example
 * ```ts
 * const partner: EwpIiaPartner = { heiId: 'lyon.example.org', iiaCode: 'Lyon–UHS 2024' };
 * partner.iiaId; //=> undefined
 * ```
 */
export interface EwpIiaPartner {
  /** The partner's SCHAC id (EWP `hei-id`). */
  heiId: string;
  /** The organisational unit that signed (EWP `ounit-id`). */
  ounitId?: string | undefined;
  /** The IIA's id in this partner's system (EWP `iia-id`). */
  iiaId?: string | undefined;
  /** The IIA's code in this partner's system, for people (EWP `iia-code`). */
  iiaCode?: string | undefined;
}

/**
 * An agreement's identity in EWP: what {@link EwpIdentitySchema} parses to.
 *
 * @example
 * ```ts
 * const identity: EwpIdentity = { partners: [{ heiId: 'uhs.edu.kh', iiaId: 'uhs-iia-0042' }], inEffect: false };
 * identity.partners[0]?.heiId; //=> 'uhs.edu.kh'
 * ```
 */
export interface EwpIdentity {
  /** The IIA's partners, UHS included: one or two, each `heiId` once. */
  partners: EwpIiaPartner[];
  /** `true` once both partners have approved the IIA (EWP `in-effect`). */
  inEffect?: boolean | undefined;
  /**
   * `true` when the IIA is terminated as a whole (EWP
   * `cooperation-conditions/@terminated-as-a-whole`, part of the IIA's hash).
   */
  terminatedAsAWhole?: boolean | undefined;
}

/**
 * The rules of an agreement that involve several of its fields: the order of its dates,
 * and every commitment's cell in its scope. Shared by both versions of the schema.
 *
 * @internal
 */
export function checkAgreement(
  agreement: {
    readonly startsOn: string;
    readonly endsOn: string;
    readonly signedOn?: string | undefined;
    readonly terminatedOn?: string | undefined;
    readonly scope: readonly string[];
    readonly commitments: readonly Pick<Commitment, 'area' | 'activity'>[];
  },
  sink: IssueSink,
): void {
  const starts = { name: 'startsOn', value: agreement.startsOn };
  const ends = { name: 'endsOn', value: agreement.endsOn };
  checkDateOrder(sink, { ...ends, path: ['endsOn'] }, starts, 'after');
  checkDateOrder(
    sink,
    { name: 'signedOn', value: agreement.signedOn, path: ['signedOn'] },
    ends,
    'not-after',
  );
  const terminated = {
    name: 'terminatedOn',
    value: agreement.terminatedOn,
    path: ['terminatedOn'],
  };
  checkDateOrder(sink, terminated, starts, 'not-before');
  checkDateOrder(sink, terminated, ends, 'not-after');
  // A scope has at most 20 cells: a linear search costs less than building a Set.
  const scope = agreement.scope;
  agreement.commitments.forEach((commitment, index) => {
    const cell = commitmentCell(commitment);
    if (!scope.includes(cell)) {
      addIssue(sink, 'commitment_out_of_scope', { cell }, ['commitments', index], commitment);
    }
  });
}

export type { AgreementInstrument };

/**
 * A signed instrument between UHS and one or more partners, with a period (both ends
 * included), a scope of cells and commitments. Rules: `endsOn` after `startsOn`,
 * `signedOn` not after `endsOn`, `terminatedOn` within the period, every commitment's
 * cell in `scope` (`commitment_out_of_scope`), no cell twice.
 *
 * @example
 * ```ts
 * const agreement = AgreementSchema.parse({
 *   id: 'mou-2015-01',
 *   title: 'Memorandum of understanding',
 *   instrument: 'mou',
 *   partnerIds: ['univ-lyon-example'],
 *   startsOn: '2015-01-01',
 *   endsOn: '2019-12-31',
 *   scope: ['B4', 'C5'],
 *   commitments: [],
 * });
 * agreement.scope; //=> ['B4', 'C5']
 * ```
 */
export const AgreementSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** The agreement's id, unique in the network. */
      id: AgreementIdSchema,
      /** Its title. */
      title: text(),
      /** What kind of instrument it is. */
      instrument: z.enum(AGREEMENT_INSTRUMENTS, { error: renderZodIssue }),
      /** The partners that signed it with UHS (at least one, each once). */
      partnerIds: uniqueList(PartnerIdSchema).min(1).max(1000),
      /** When it was signed. */
      signedOn: IsoDateSchema.optional(),
      /** Its first day. */
      startsOn: IsoDateSchema,
      /** Its last day. */
      endsOn: IsoDateSchema,
      /** The cells it works in (at least one, each once). */
      scope: uniqueList(CellCodeSchema).min(1),
      /** What it promises. */
      commitments: z.array(CommitmentSchema).max(1000),
      /** Where its money comes from. */
      funding: FundingSchema.optional(),
      /** The earlier agreement it renews. */
      renews: AgreementIdSchema.optional(),
      /** The day it was terminated early, within its period. */
      terminatedOn: IsoDateSchema.optional(),
      /** `true` while it is suspended. */
      suspended: z.boolean().optional(),
      /** Its identity in Erasmus Without Paper (EWP IIAs v7), when it is an IIA. */
      ewp: EwpIdentitySchema.optional(),
    })
    .check(refinement(checkAgreement)))();

/**
 * A parsed agreement: what {@link AgreementSchema} parses to (a type test keeps the two
 * equal). Its period includes both ends; dates are ISO `YYYY-MM-DD` strings.
 *
 * @example
 * ```ts
 * // exampleNetwork: examples/network.json, as plain JSON
 * const agreement: Agreement = parseAgreement(exampleNetwork.agreements[0]);
 * agreement.id; //=> 'mou-lyon-2014'
 * ```
 */
export interface Agreement {
  /** The agreement's id, unique in the network. */
  id: AgreementId;
  /** Its title. */
  title: string;
  /** What kind of instrument it is. */
  instrument: AgreementInstrument;
  /** The partners that signed it with UHS (at least one, each once). */
  partnerIds: PartnerId[];
  /** When it was signed. */
  signedOn?: string | undefined;
  /** Its first day. */
  startsOn: string;
  /** Its last day. */
  endsOn: string;
  /** The cells it works in (at least one, each once). */
  scope: CellCode[];
  /** What it promises. */
  commitments: Commitment[];
  /** Where its money comes from. */
  funding?: Funding | undefined;
  /** The earlier agreement it renews. */
  renews?: AgreementId | undefined;
  /** The day it was terminated early, within its period. */
  terminatedOn?: string | undefined;
  /** `true` while it is suspended. */
  suspended?: boolean | undefined;
  /** Its identity in Erasmus Without Paper (EWP IIAs v7), when it is an IIA. */
  ewp?: EwpIdentity | undefined;
}

/**
 * An agreement as sent: an {@link Agreement} whose ids are plain strings. It is what
 * {@link AgreementSchema} accepts.
 *
 * @example
 * ```ts
 * const input: AgreementInput = { id: 'a1', title: 'Exchange', instrument: 'exchange', partnerIds: ['p1'],
 *   startsOn: '2015-01-01', endsOn: '2017-12-31', scope: ['B2'], commitments: [] };
 * parseAgreement(input).partnerIds; //=> ['p1']
 * ```
 */
export interface AgreementInput extends Omit<Agreement, 'id' | 'partnerIds' | 'renews'> {
  /** The agreement's id, unique in the network. */
  id: string;
  /** The partners that signed it with UHS (at least one, each once). */
  partnerIds: string[];
  /** The earlier agreement it renews. */
  renews?: string | undefined;
}

import * as z from 'zod';
import type { CellCode } from '../catalog/cells.js';
import { AGREEMENT_INSTRUMENTS, type AgreementInstrument } from '../catalog/vocabulary.js';
import { renderZodIssue } from './_issues.js';
import { checkDateOrder, text, uniqueList } from './_primitives.js';
import { addIssue, refinement } from './_refinements.js';
import { commitmentCell, CommitmentSchema, type Commitment } from './commitment.js';
import {
  AgreementIdSchema,
  CellCodeSchema,
  CurrencyCodeSchema,
  IsoDateSchema,
  PartnerIdSchema,
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
    })
    .check(
      refinement((agreement, sink) => {
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
        const scope: readonly string[] = agreement.scope;
        agreement.commitments.forEach((commitment, index) => {
          const cell = commitmentCell(commitment);
          if (!scope.includes(cell)) {
            addIssue(sink, 'commitment_out_of_scope', { cell }, ['commitments', index], commitment);
          }
        });
      }),
    ))();

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

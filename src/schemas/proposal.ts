import * as z from 'zod';
import type { CellCode } from '../catalog/cells.js';
import type { Period } from '../catalog/home.js';
import type { StrategyCode } from '../catalog/strategies.js';
import { FundingSchema, type Funding } from './agreement.js';
import { checkEndAfterStart, text, uniqueList } from './_primitives.js';
import { refinement } from './_refinements.js';
import { CommitmentSchema, type Commitment } from './commitment.js';
import { PartnerSchema, type Partner, type PartnerInput } from './partner.js';
import {
  CellCodeSchema,
  IsoDateSchema,
  MAX_TEXT_LENGTH,
  PartnerIdSchema,
  ProposalIdSchema,
  StrategyCodeSchema,
  type PartnerId,
  type ProposalId,
} from './primitives.js';

/**
 * A period of calendar days, both ends included; `end` must be after `start`.
 *
 * @example
 * ```ts
 * PeriodSchema.parse({ start: '2016-01-01', end: '2018-12-31' });
 * PeriodSchema.safeParse({ start: '2018-01-01', end: '2016-01-01' }).success; //=> false
 * ```
 */
export const PeriodSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** The first day. */
      start: IsoDateSchema,
      /** The last day. */
      end: IsoDateSchema,
    })
    .check(refinement(checkEndAfterStart)))();

/**
 * A partner's expression of interest to join or extend its place in the network. The
 * schema checks shape and codes; what the proposal asks for (an empty scope, commitments
 * outside it, an unknown partner) is judged by the eligibility rules, so the partner gets
 * a decision with reasons rather than a parse failure.
 *
 * @example
 * ```ts
 * const proposal = ProposalSchema.parse({
 *   id: 'eoi-2016-07',
 *   partner: 'univ-lyon-example',
 *   submittedOn: '2016-03-01',
 *   period: { start: '2016-09-01', end: '2019-08-31' },
 *   scope: ['B4'],
 *   commitments: [{ kind: 'distance-course', area: 'B', activity: 4, courses: 2, language: 'fr', assessment: true }],
 * });
 * proposal.partner; //=> 'univ-lyon-example'
 * ```
 */
export const ProposalSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The proposal's id, unique in the network. */
    id: ProposalIdSchema,
    /** The partner: inline (a new institution) or the id of one in the network. */
    partner: z.union([PartnerIdSchema, PartnerSchema]),
    /** The day it was submitted. */
    submittedOn: IsoDateSchema,
    /** The period it proposes. */
    period: PeriodSchema,
    /** The cells it proposes to work in (each once; may be empty, which the rules judge). */
    scope: uniqueList(CellCodeSchema),
    /** What it promises. */
    commitments: z.array(CommitmentSchema).max(1000),
    /** The strategies it declares it serves. */
    strategies: uniqueList(StrategyCodeSchema).optional(),
    /** Where its money would come from. */
    funding: FundingSchema.optional(),
    /** Free text. */
    notes: text(MAX_TEXT_LENGTH).optional(),
  }))();

/**
 * A parsed proposal: what {@link ProposalSchema} parses to (a type test keeps the two
 * equal). Its `partner` is the id of a partner of the network, or a new institution inline.
 *
 * @example
 * ```ts
 * // exampleNetwork: examples/network.json, as plain JSON
 * const proposal: Proposal = parseProposal(exampleNetwork.proposals?.[0]);
 * proposal.partner; //=> 'example-univ-lyon'
 * ```
 */
export interface Proposal {
  /** The proposal's id, unique in the network. */
  id: ProposalId;
  /** The partner: inline (a new institution) or the id of one in the network. */
  partner: PartnerId | Partner;
  /** The day it was submitted. */
  submittedOn: string;
  /** The period it proposes (both ends included). */
  period: Period;
  /** The cells it proposes to work in (each once; may be empty, which the rules judge). */
  scope: CellCode[];
  /** What it promises. */
  commitments: Commitment[];
  /** The strategies it declares it serves. */
  strategies?: StrategyCode[] | undefined;
  /** Where its money would come from. */
  funding?: Funding | undefined;
  /** Free text. */
  notes?: string | undefined;
}

/**
 * A proposal as a partner sends it: a {@link Proposal} whose ids are plain strings and
 * whose inline partner is a {@link PartnerInput}. It is what {@link ProposalSchema} accepts.
 *
 * @example
 * ```ts
 * const input: ProposalInput = { id: 'eoi-1', partner: 'p1', submittedOn: '2016-03-01',
 *   period: { start: '2016-09-01', end: '2017-08-31' }, scope: ['B2'], commitments: [] };
 * parseProposal(input).period; //=> { start: '2016-09-01', end: '2017-08-31' }
 * ```
 */
export interface ProposalInput extends Omit<Proposal, 'id' | 'partner'> {
  /** The proposal's id, unique in the network. */
  id: string;
  /** The partner: inline (a new institution) or the id of one in the network. */
  partner: string | PartnerInput;
}

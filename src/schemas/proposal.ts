import * as z from 'zod';
import { FundingSchema } from './agreement.js';
import { refinement } from './_refinements.js';
import { CommitmentSchema } from './commitment.js';
import { PartnerSchema } from './partner.js';
import {
  CellCodeSchema,
  checkEndAfterStart,
  IsoDateSchema,
  MAX_TEXT_LENGTH,
  PartnerIdSchema,
  ProposalIdSchema,
  StrategyCodeSchema,
  text,
  uniqueList,
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
 * A parsed proposal.
 *
 * @example
 * ```ts
 * // exampleNetwork: examples/network.json, as plain JSON
 * const proposal: Proposal = parseProposal(exampleNetwork.proposals?.[0]);
 * proposal.partner; //=> 'example-univ-lyon'
 * ```
 */
export type Proposal = z.output<typeof ProposalSchema>;

/**
 * A proposal as a partner sends it.
 *
 * @example
 * ```ts
 * const input: ProposalInput = { id: 'eoi-1', partner: 'p1', submittedOn: '2016-03-01',
 *   period: { start: '2016-09-01', end: '2017-08-31' }, scope: ['B2'], commitments: [] };
 * ```
 */
export type ProposalInput = z.input<typeof ProposalSchema>;

import type { CellCode } from '../catalog/cells.js';
import type { Period } from '../catalog/home.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import type { AgreementId, PartnerId, ProposalId } from '../schemas/primitives.js';
import type { Flow } from '../synergy/types.js';

/**
 * The length of one step of a {@link coverageTimeline}: an academic year (starting in the
 * policy's `academicYearStartMonth`), a calendar year, or a calendar quarter.
 *
 * @example
 * ```ts
 * const step: TimelineStep = 'academic-year';
 * ```
 */
export type TimelineStep = 'academic-year' | 'year' | 'quarter';

/**
 * One step of a {@link coverageTimeline}: what the network covers over it. An agreement
 * counts for the step when it is in force on any day of it.
 *
 * @example
 * ```ts
 * const entry: TimelineEntry = {
 *   period: { start: '2016-10-01', end: '2017-09-30' },
 *   inForce: ['network-asean-2016'],
 *   coverage: { A1: 0, A2: 0, A3: 0, A4: 0, A5: 0, B1: 0, B2: 0, B3: 0, B4: 0, B5: 0,
 *     C1: 0, C2: 0, C3: 0, C4: 0, C5: 0, D1: 2, D2: 0, D3: 0, D4: 0, D5: 0 },
 *   gaps: ['A1'],
 *   mobility: { incoming: 0, outgoing: 0, balance: 0 },
 * };
 * ```
 */
export interface TimelineEntry {
  /** The step's days. */
  readonly period: Period;
  /** The agreements in force on at least one day of the step, ascending. */
  readonly inForce: readonly AgreementId[];
  /** For each of the 20 cells, the number of distinct partners covering it over the step. */
  readonly coverage: Readonly<Record<CellCode, number>>;
  /** The cells no partner covers over the step, in `CELLS` order. */
  readonly gaps: readonly CellCode[];
  /** The yearly mobility flows of the agreements counted for the step. */
  readonly mobility: Flow;
}

/**
 * One agreement of a {@link renewalCalendar}: when it must be renewed, what it covers, and
 * what would be lost if it lapsed.
 *
 * @example
 * ```ts
 * const entry: RenewalEntry = {
 *   agreementId: 'mou-lyon-2015',
 *   partnerIds: ['example-univ-lyon'],
 *   date: '2019-12-31',
 *   event: 'ends',
 *   cells: ['B1', 'C5'],
 *   wouldOpen: ['C5'],
 *   renewedBy: [],
 * };
 * ```
 */
export interface RenewalEntry {
  /** The agreement. */
  readonly agreementId: AgreementId;
  /** Its partners, ascending. */
  readonly partnerIds: readonly PartnerId[];
  /** The day of the event. */
  readonly date: string;
  /** `renewal-window`: the day its renewal window opens; `ends`: its last day. */
  readonly event: 'renewal-window' | 'ends';
  /** The cells of its scope, in `CELLS` order. */
  readonly cells: readonly CellCode[];
  /** The cells it alone covers on the day before it ends: the gaps it would open if it lapsed. */
  readonly wouldOpen: readonly CellCode[];
  /** The proposals that renew it (`renews` it, or intent `renew` with its partner), ascending. */
  readonly renewedBy: readonly ProposalId[];
}

/**
 * What a set of proposals would change: the result of {@link compareCoverage}.
 *
 * @example
 * ```ts
 * const change: CoverageComparison = { gained: ['A1'], lost: [], gapScoreBefore: 0.8, gapScoreAfter: 0.75, gapScoreChange: -0.05 };
 * ```
 */
export interface CoverageComparison {
  /** Cells covered after and not before, in `CELLS` order. */
  readonly gained: readonly CellCode[];
  /** Cells covered before and not after, in `CELLS` order. */
  readonly lost: readonly CellCode[];
  /** The weighted gap score before: Σ w·max(0, 1 − c/k) ÷ Σ w over the 20 cells. */
  readonly gapScoreBefore: number;
  /** The weighted gap score after. */
  readonly gapScoreAfter: number;
  /** `gapScoreAfter − gapScoreBefore`: negative when gaps were filled. */
  readonly gapScoreChange: number;
}

/**
 * Why {@link selectProposals} left a proposal out.
 *
 * - `excluded`: named in `exclude`;
 * - `ineligible`: its eligibility decision is not `eligible` on `on`;
 * - `partner-limit`: `maxPerPartner` proposals of its partner were chosen already;
 * - `limit`: `maxProposals` were chosen already;
 * - `no-gain`: it fills no remaining need.
 *
 * @example
 * ```ts
 * const reason: LeftOutReason = 'no-gain';
 * ```
 */
export type LeftOutReason = 'excluded' | 'ineligible' | 'partner-limit' | 'limit' | 'no-gain';

/**
 * What {@link selectProposals} chose, and why it left the rest out.
 *
 * @example
 * ```ts
 * const selection: ProposalSelection = {
 *   chosen: ['P-2017-001'],
 *   gain: 0.1,
 *   perStep: [{ proposalId: 'P-2017-001', gain: 0.1 }],
 *   leftOut: [{ proposalId: 'P-2017-002', reason: 'ineligible' }],
 * };
 * ```
 */
export interface ProposalSelection {
  /** The chosen proposals, in the order they were chosen. */
  readonly chosen: readonly ProposalId[];
  /** The total gain: the weighted need the chosen proposals fill together. */
  readonly gain: number;
  /** Each chosen proposal's marginal gain when it was chosen. */
  readonly perStep: readonly { readonly proposalId: ProposalId; readonly gain: number }[];
  /** The other proposals, ascending by id, with the reason each was left out. */
  readonly leftOut: readonly { readonly proposalId: ProposalId; readonly reason: LeftOutReason }[];
}

/**
 * The options shared by the planning functions: a date (`on`) and policy parameters.
 *
 * @example
 * ```ts
 * const options: PlanningOptions = { on: '2017-06-30' };
 * ```
 */
export interface PlanningOptions extends OnOption, PolicyOptions {}

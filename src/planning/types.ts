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
 * // network: examples/network.json; the academic year 2016–2017 of its timeline
 * const entry: TimelineEntry | undefined = coverageTimeline(network)[3];
 * entry?.period; //=> { start: '2016-10-01', end: '2017-09-30' }
 * entry?.inForce.length; //=> 9
 * entry?.coverage.D1; //=> 2
 * entry?.gaps; //=> ['A1', 'A2', 'A3', 'A4', 'A5']
 * entry?.mobility; //=> { incoming: 12, outgoing: 13, balance: -1 }
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
 * // network: examples/network.json, asOf 2017-06-30: Manila's MoU ends on 2018-05-31
 * const entry: RenewalEntry | undefined = renewalCalendar(network)[1];
 * entry;
 * //=> { agreementId: 'mou-manila-2016', partnerIds: ['example-agency-manila'], date: '2017-12-02', event: 'renewal-window', endsOn: '2018-05-31', cells: ['D4'], wouldOpen: ['D4'], renewedBy: [] }
 * ```
 */
export interface RenewalEntry {
  /** The agreement. */
  readonly agreementId: AgreementId;
  /** Its partners, ascending. */
  readonly partnerIds: readonly PartnerId[];
  /** The day of the event. */
  readonly date: string;
  /**
   * `renewal-window`: the day its renewal window opens (`renewalWindowDays` before its end,
   * or its first day if later), when that day falls in the range; else `ends`: its last day.
   */
  readonly event: 'renewal-window' | 'ends';
  /** Its last day (`endsOn`), whichever the event. */
  readonly endsOn: string;
  /** The cells of its scope, in `CELLS` order. */
  readonly cells: readonly CellCode[];
  /**
   * The cells of its scope that no other agreement covers on the day after it ends: the
   * gaps it would open if it lapsed.
   */
  readonly wouldOpen: readonly CellCode[];
  /**
   * The proposals of the network that would renew it, ascending: from one of its partners,
   * sharing a cell with its scope, running past its end, and whose intent is `renew` on
   * the day its renewal window opens.
   */
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
 * - `ineligible`: its eligibility decision is not `eligible` on `on` (it is `conditional`
 *   or `ineligible`);
 * - `partner-limit`: `maxPerPartner` proposals of its partner were chosen already;
 * - `limit`: `maxProposals` were chosen already;
 * - `no-gain`: it covers nothing new on `on`: each cell of its scope is covered by its
 *   partner then, or saturated (a renewal of an agreement still in force gains nothing).
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
 * const leuven = ProposalIdSchema.parse('eoi-leuven-2017');
 * const hanoi = ProposalIdSchema.parse('eoi-hanoi-2017');
 * const selection: ProposalSelection = {
 *   chosen: [leuven],
 *   gain: 0.05,
 *   perStep: [{ proposalId: leuven, gain: 0.05 }],
 *   leftOut: [{ proposalId: hanoi, reason: 'no-gain' }],
 * };
 * selection.leftOut[0]?.reason; //=> 'no-gain'
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

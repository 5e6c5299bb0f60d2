/**
 * Planning across the plan period: how coverage changes step by step (`coverageTimeline`),
 * which agreements must be renewed and when (`renewalCalendar`), what accepting proposals
 * would change (`projectNetwork`, `compareCoverage`), and which proposals to accept when
 * not all can be (`selectProposals`). The UHS page invites partners "to strengthen, renew or
 * build partnerships" within the plan's timeframe "to ensure synergy, efficiency and
 * sustainability"; these functions plan for it. Results are deterministic: ties break by
 * id, cells come in `CELLS` order, and inputs are never mutated.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { parseNetwork } from '@uhs/partners-network/schemas';
 * import { coverageTimeline } from '@uhs/partners-network/planning';
 *
 * const network = parseNetwork(JSON.parse(readFileSync('examples/network.json', 'utf8')));
 * coverageTimeline(network, { step: 'year' }).length; //=> 5
 * ```
 *
 * @packageDocumentation
 * @module planning
 */
export type {
  CoverageComparison,
  LeftOutReason,
  PlanningOptions,
  ProposalSelection,
  RenewalEntry,
  TimelineEntry,
  TimelineStep,
} from './types.js';
export { coverageTimeline, type CoverageTimelineOptions } from './coverageTimeline.js';
export { renewalCalendar, type RenewalCalendarOptions } from './renewalCalendar.js';
export { projectNetwork, type ProjectNetworkOptions } from './projectNetwork.js';
export { compareCoverage, type CompareCoverageOptions } from './compareCoverage.js';
export { selectProposals, type SelectProposalsOptions } from './selectProposals.js';

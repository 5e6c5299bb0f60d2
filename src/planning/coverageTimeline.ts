import { CELLS, type CellCode } from '../catalog/cells.js';
import { compareIds } from '../core/_compare.js';
import { libraryError } from '../messages/_table.js';
import { PLANNING_MESSAGES } from '../messages/planning.js';
import { resolveOptions } from '../policy/resolveOptions.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import type { Network } from '../schemas/network.js';
import type { AgreementId, PartnerId } from '../schemas/primitives.js';
import { cellIndexesOfMask, cellMaskOf, inForceMonths } from './_timelineInterval.js';
import {
  dateOption,
  MAX_TIMELINE_STEPS,
  monthIndexOfIso,
  stepCycle,
  stepPeriods,
  stepStartMonth,
  TIMELINE_STEPS,
} from './_timelineSteps.js';
import type { TimelineEntry, TimelineStep } from './types.js';

/**
 * The options of {@link coverageTimeline}: the range (`from`, `to`, default the plan
 * period), the `step`, and policy parameters (`academicYearStartMonth` for academic years;
 * `planPeriod` for the default range). `on` is accepted and checked, as by every planning
 * function, but the timeline does not depend on it.
 *
 * @example
 * ```ts
 * const options: CoverageTimelineOptions = { from: '2014-01-01', to: '2018-12-31', step: 'quarter' };
 * ```
 */
export interface CoverageTimelineOptions extends OnOption, PolicyOptions {
  /**
   * A day of the first step, a real date `YYYY-MM-DD` (default: the first day of the
   * policy's plan period, which is the network's `plan` unless a policy says otherwise).
   */
  readonly from?: string | undefined;
  /** A day of the last step, not before `from` (default: the last day of the plan period). */
  readonly to?: string | undefined;
  /**
   * The length of a step (default `'academic-year'`): an academic year starting on the 1st
   * of the policy's `academicYearStartMonth` (October by default), a calendar year, or a
   * calendar quarter.
   */
  readonly step?: TimelineStep | undefined;
}

const CALLER = 'coverageTimeline';

/** A day option checked: a real `YYYY-MM-DD` date. */
/** What the sweep needs of an agreement, read once. */
interface Counted {
  readonly id: AgreementId;
  /** Its partners, as indexes of the sweep's own numbering. */
  readonly partners: readonly number[];
  /** Its cells, as indexes in `CELLS`. */
  readonly cells: readonly number[];
  readonly incoming: number;
  readonly outgoing: number;
  /** The first and last steps it is in force on some day of. */
  readonly firstStep: number;
  readonly lastStep: number;
}

/**
 * How coverage changes across a period, step by step: for each academic year, calendar
 * year or quarter, which agreements are in force, how many distinct partners cover each of
 * the 20 cells, which cells no partner covers, and the yearly mobility flows.
 *
 * **An agreement counts for a step when it is in force on any day of it** (active or
 * expiring: started, not ended, not terminated, not suspended; `terminatedOn` is the first
 * day it is no longer in force), so an agreement that starts and ends within one step counts
 * for it, and one that spans a boundary counts for every step it touches. A cell's coverage
 * is the number of distinct partners of the agreements counted for the step whose scope
 * has it: at least the largest count of `coverageMatrix` on any day of the step, and more
 * when one partner takes over from another during it.
 *
 * Steps are whole calendar units, never cut: the first is the step that holds `from`, the
 * last the one that holds `to` (so the default academic-year timeline of a January–December
 * plan starts the October before it and ends the September after it). Only the first and
 * last days that `YYYY-MM-DD` can write, 0000-01-01 and 9999-12-31, clip a step.
 *
 * `gaps` are the cells with no partner, as `findGaps` defines them (whatever their weight);
 * `mobility` sums the `perYear` of the mobility commitments of the agreements counted, each
 * commitment once, as `mobilityBalance`'s `total` does for one day.
 *
 * Cost: one sweep over the agreements' start and end events, bucketed by step (each
 * agreement is added at its first step and removed after its last, keeping for every cell
 * the number of counted agreements of each partner), not one coverage computation per
 * step: n agreements over s steps cost one sort by id (O(n log n)), O(n) updates, and a
 * scan of n integers per step to list `inForce`. For 15,000 agreements (10,000 partners)
 * over 20 quarters that is about three `coverageMatrix` calls.
 *
 * @param network - A parsed network.
 * @param options - `from`, `to`, `step`, and policy parameters.
 * @returns One entry per step, in date order; fresh objects.
 * @throws RangeError (`dates.not_a_date`) when `from` or `to` is not a real `YYYY-MM-DD`
 *   date; (`planning.to_before_from`) when `to` is before `from`; (`planning.unknown_step`)
 *   for another `step`; (`planning.too_many_steps`) when the range makes more than 1,000
 *   steps; (`option.invalid_on`) for an invalid `on`. RangeError or TypeError for an invalid
 *   policy parameter.
 *
 * @example
 * ```ts
 * // network: examples/network.json, plan 2014–2018
 * const timeline = coverageTimeline(network, { step: 'year' });
 * timeline.map((entry) => entry.period.start);
 * //=> ['2014-01-01', '2015-01-01', '2016-01-01', '2017-01-01', '2018-01-01']
 * timeline.map((entry) => entry.coverage.C5);
 * //=> [3, 3, 3, 1, 1]
 * timeline.map((entry) => entry.gaps.length);
 * //=> [13, 10, 6, 6, 10]
 * // 'grant-boston-2014' was terminated on 2016-12-31: it counts for 2016, not for 2017
 * timeline[2]?.inForce.some((id) => id === 'grant-boston-2014'); //=> true
 * timeline[3]?.inForce.some((id) => id === 'grant-boston-2014'); //=> false
 * timeline[3]?.mobility;
 * //=> { incoming: 10, outgoing: 13, balance: -3 }
 * coverageTimeline(network, { step: 'quarter', from: '2017-01-01', to: '2017-12-31' }).length; //=> 4
 * coverageTimeline(network, { step: 'month' as TimelineStep }); // throws RangeError: coverageTimeline: step must be 'academic-year', 'year' or 'quarter', received 'month'
 * ```
 */
export function coverageTimeline(
  network: Network,
  options: CoverageTimelineOptions = {},
): TimelineEntry[] {
  const { policy } = resolveOptions(options, network, CALLER);
  const from = dateOption(
    CALLER,
    'from',
    options.from === undefined ? policy.planPeriod.start : options.from,
  );
  const to = dateOption(
    CALLER,
    'to',
    options.to === undefined ? policy.planPeriod.end : options.to,
  );
  if (to < from) {
    throw libraryError(RangeError, PLANNING_MESSAGES, 'planning.to_before_from', {
      caller: CALLER,
      from,
      received: to,
    });
  }
  const step: unknown = options.step === undefined ? 'academic-year' : options.step;
  if (!(TIMELINE_STEPS as readonly unknown[]).includes(step)) {
    throw libraryError(RangeError, PLANNING_MESSAGES, 'planning.unknown_step', {
      caller: CALLER,
      allowed: [...TIMELINE_STEPS],
      received: step,
    });
  }
  const cycle = stepCycle(step as TimelineStep, policy.academicYearStartMonth);
  const firstMonth = stepStartMonth(monthIndexOfIso(from), cycle);
  const count = (stepStartMonth(monthIndexOfIso(to), cycle) - firstMonth) / cycle.months + 1;
  if (count > MAX_TIMELINE_STEPS) {
    throw libraryError(RangeError, PLANNING_MESSAGES, 'planning.too_many_steps', {
      caller: CALLER,
      from,
      to,
      step: step as string,
      steps: count,
      max: MAX_TIMELINE_STEPS,
    });
  }
  const periods = stepPeriods(firstMonth, count, cycle);
  const lastMonth = firstMonth + count * cycle.months - 1;
  const stepOf = (month: number): number =>
    (stepStartMonth(month, cycle) - firstMonth) / cycle.months;

  // The agreements counted for some step, with the first and last steps they touch.
  const counted: Counted[] = [];
  const partnerIndex = new Map<PartnerId, number>();
  for (const agreement of network.agreements) {
    const span = inForceMonths(agreement);
    if (span === undefined || span.last < firstMonth || span.first > lastMonth) continue;
    let incoming = 0;
    let outgoing = 0;
    for (const commitment of agreement.commitments) {
      if (commitment.kind !== 'mobility') continue;
      if (commitment.direction === 'incoming') incoming += commitment.perYear;
      else outgoing += commitment.perYear;
    }
    const partners = agreement.partnerIds.map((partnerId) => {
      let index = partnerIndex.get(partnerId);
      if (index === undefined) partnerIndex.set(partnerId, (index = partnerIndex.size));
      return index;
    });
    counted.push({
      id: agreement.id,
      partners,
      cells: cellIndexesOfMask(cellMaskOf(agreement.scope)),
      incoming,
      outgoing,
      firstStep: span.first <= firstMonth ? 0 : stepOf(span.first),
      lastStep: span.last >= lastMonth ? count - 1 : stepOf(span.last),
    });
  }
  // Ascending ids once: each step lists its agreements in this order.
  counted.sort((a, b) => compareIds(a.id, b.id));

  // The events, bucketed by step: an agreement enters at its first step and leaves after
  // its last. For every cell, the number of counted agreements of each partner covering it,
  // and the number of partners with at least one.
  const enters: number[][] = periods.map(() => []);
  const leaves: number[][] = periods.map(() => []);
  counted.forEach((entry, index) => {
    enters[entry.firstStep]?.push(index);
    leaves[entry.lastStep]?.push(index);
  });
  const partnerCount = partnerIndex.size;
  const multiplicity = new Int32Array(CELLS.length * partnerCount);
  const partnersCovering = new Int32Array(CELLS.length);
  let incoming = 0;
  let outgoing = 0;
  const update = (entry: Counted, delta: 1 | -1): void => {
    for (const cell of entry.cells) {
      const row = cell * partnerCount;
      for (const partner of entry.partners) {
        const before = multiplicity[row + partner] ?? 0;
        multiplicity[row + partner] = before + delta;
        if (before === 0) partnersCovering[cell] = (partnersCovering[cell] ?? 0) + 1;
        else if (before === 1 && delta === -1)
          partnersCovering[cell] = (partnersCovering[cell] ?? 0) - 1;
      }
    }
    incoming += delta * entry.incoming;
    outgoing += delta * entry.outgoing;
  };

  return periods.map((period, step) => {
    for (const index of enters[step] ?? []) update(counted[index] as Counted, 1);
    const coverage = {} as Record<CellCode, number>;
    const gaps: CellCode[] = [];
    CELLS.forEach((cell, cellIndex) => {
      const partners = partnersCovering[cellIndex] ?? 0;
      coverage[cell] = partners;
      if (partners === 0) gaps.push(cell);
    });
    const inForce: AgreementId[] = [];
    for (const entry of counted) {
      if (entry.firstStep <= step && step <= entry.lastStep) inForce.push(entry.id);
    }
    const result: TimelineEntry = {
      period,
      inForce,
      coverage,
      gaps,
      mobility: { incoming, outgoing, balance: incoming - outgoing },
    };
    for (const index of leaves[step] ?? []) update(counted[index] as Counted, -1);
    return result;
  });
}

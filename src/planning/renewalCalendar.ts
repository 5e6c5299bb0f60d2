import { CELLS, type CellCode } from '../catalog/cells.js';
import { addDaysIso } from '../core/_calendar.js';
import { compareIds } from '../core/_compare.js';
import { dayOf, isoOf } from '../core/_days.js';
import { isoDateParts } from '../core/_isoDate.js';
import { intentOf, type Intent } from '../core/_lifecycle.js';
import { libraryError } from '../messages/_table.js';
import { PLANNING_MESSAGES } from '../messages/planning.js';
import { resolveOptions } from '../policy/resolveOptions.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import type { Agreement } from '../schemas/agreement.js';
import type { Network } from '../schemas/network.js';
import type { Proposal } from '../schemas/proposal.js';
import type { PartnerId, ProposalId } from '../schemas/primitives.js';
import { coveredCellsOn } from './_renewalCoverage.js';
import { cellIndexesOfMask, cellMaskOf, dayNumber } from './_timelineInterval.js';
import { dateOption } from './_timelineSteps.js';
import type { RenewalEntry } from './types.js';

/**
 * The options of {@link renewalCalendar}: the range (`from`, default `on`; `to`, default
 * twelve months later), `on`, and policy parameters (`renewalWindowDays`).
 *
 * @example
 * ```ts
 * const options: RenewalCalendarOptions = { from: '2018-01-01', to: '2018-12-31', renewalWindowDays: 365 };
 * ```
 */
export interface RenewalCalendarOptions extends OnOption, PolicyOptions {
  /** The first day of the range, a real date `YYYY-MM-DD` (default: `on`). */
  readonly from?: string | undefined;
  /**
   * The last day of the range, not before `from` (default: twelve months after `from`, less
   * a day: the day before the same date a year later, 2017-06-30 … 2018-06-29).
   */
  readonly to?: string | undefined;
}

const CALLER = 'renewalCalendar';

/** The day before the same date a year later (the 28th of February after a 29th); at most 9999-12-31. */
function yearLater(from: string): string {
  const parts = isoDateParts(from);
  if (parts === undefined || parts.year >= 9999) return '9999-12-31';
  // dayOf counts the 29th of February of a common year as the 1st of March.
  return isoOf(dayOf(parts.year + 1, parts.month, parts.day) - 1);
}

/** An agreement of the calendar, while it is being built. */
interface Due {
  readonly agreement: Agreement;
  readonly date: string;
  readonly event: RenewalEntry['event'];
  /** The day its renewal window opens, when a proposal's intent is classified. */
  readonly windowOpens: string;
  /** The day after its end, as a day number: the day `wouldOpen` is about. */
  readonly dayAfter: number;
  /** Its cells, as a mask (bit `i` for `CELLS[i]`). */
  readonly mask: number;
  readonly renewedBy: ProposalId[];
}

/**
 * The agreements to renew in a range of days, soonest first: each agreement whose renewal
 * window opens in the range (`renewalWindowDays` before its end, the day from which
 * `classifyIntent` calls a new proposal from its partner a renewal; its first day when
 * that is later), or, failing that, whose last day falls in it.
 *
 * Left out: terminated agreements (any `terminatedOn`) and suspended ones, which are not
 * expected to run to their end; and agreements already renewed, that another agreement of
 * the network names in `renews`.
 *
 * Each entry gives the agreement's partners, its cells, and `wouldOpen`, the cells of its
 * scope that no other agreement covers on the day after it ends: the gaps it would open
 * if it lapsed. `renewedBy` lists the network's proposals that would renew it: a proposal
 * renews an agreement when its partner is one of the agreement's, its scope shares at
 * least one cell with the agreement's, its period runs past the agreement's end, and its
 * intent (`classifyIntent`, over all the partner's agreements) on the day the agreement's
 * renewal window opens is `renew`: a proposal from a partner with another agreement that
 * carries on past that window strengthens the partnership rather than renewing it.
 *
 * Cost: one pass over the agreements and the proposals, and one sweep over the agreements'
 * start and end events for `wouldOpen`: O(n log n) for n agreements.
 *
 * @param network - A parsed network.
 * @param options - `from` (default `on`), `to` (default a year later, less a day), `on`
 *   (default the network's `asOf`, else today), and policy parameters.
 * @returns One entry per agreement due, by date, then agreement id; fresh objects.
 * @throws RangeError (`dates.not_a_date`) when `from` or `to` is not a real `YYYY-MM-DD`
 *   date; (`planning.to_before_from`) when `to` is before `from`; (`option.invalid_on`)
 *   for an invalid `on`. RangeError or TypeError for an invalid policy parameter.
 *
 * @example
 * ```ts
 * // network: examples/network.json, asOf 2017-06-30: the twelve months to 2018-06-29
 * renewalCalendar(network).map((entry) => [entry.agreementId, entry.event, entry.date]);
 * //=> [['exchange-osaka-2015', 'ends', '2017-10-31'], ['mou-manila-2016', 'renewal-window', '2017-12-02'], ['exchange-hanoi-2014', 'ends', '2017-12-15']]
 * // Lyon's memorandum: its window opens 180 days before its end; Lyon's proposal of 2017
 * // shares C5 with it and runs past its end
 * const [lyon] = renewalCalendar(network, { from: '2018-07-01', to: '2018-07-31' });
 * lyon;
 * //=> { agreementId: 'mou-lyon-2014', partnerIds: ['example-univ-lyon'], date: '2018-07-04', event: 'renewal-window', endsOn: '2018-12-31', cells: ['B2', 'B4', 'C5'], wouldOpen: ['B4', 'C5'], renewedBy: ['eoi-lyon-2017'] }
 * ```
 */
export function renewalCalendar(
  network: Network,
  options: RenewalCalendarOptions = {},
): RenewalEntry[] {
  const { policy, on } = resolveOptions(options, network, CALLER);
  const from = dateOption(CALLER, 'from', options.from === undefined ? on : options.from);
  const to = options.to === undefined ? yearLater(from) : dateOption(CALLER, 'to', options.to);
  if (to < from) {
    throw libraryError(RangeError, PLANNING_MESSAGES, 'planning.to_before_from', {
      caller: CALLER,
      from,
      received: to,
    });
  }
  const windowDays = policy.renewalWindowDays;
  const fromDay = dayNumber(from);
  const toDay = dayNumber(to);
  const renewed = new Set<string>();
  for (const agreement of network.agreements) {
    if (agreement.renews !== undefined) renewed.add(agreement.renews);
  }

  const due: Due[] = [];
  const dueOf = new Map<PartnerId, Due[]>();
  for (const agreement of network.agreements) {
    if (
      agreement.terminatedOn !== undefined ||
      agreement.suspended === true ||
      renewed.has(agreement.id)
    ) {
      continue;
    }
    // Day numbers: no calendar library in the loop over every agreement.
    const endDay = dayNumber(agreement.endsOn);
    const opensDay = Math.max(dayNumber(agreement.startsOn), endDay - windowDays);
    let event: RenewalEntry['event'];
    if (fromDay <= opensDay && opensDay <= toDay) event = 'renewal-window';
    else if (fromDay <= endDay && endDay <= toDay) event = 'ends';
    else continue;
    const windowOpens = isoOf(opensDay);
    const entry: Due = {
      agreement,
      date: event === 'ends' ? agreement.endsOn : windowOpens,
      event,
      windowOpens,
      dayAfter: endDay + 1,
      mask: cellMaskOf(agreement.scope),
      renewedBy: [],
    };
    due.push(entry);
    for (const partnerId of agreement.partnerIds) {
      const list = dueOf.get(partnerId);
      if (list === undefined) dueOf.set(partnerId, [entry]);
      else list.push(entry);
    }
  }

  // The proposals that may renew an agreement due, and all the agreements of their
  // partners (a partner's intent reads every one of them).
  const matches: { readonly proposal: Proposal; readonly partnerId: PartnerId }[] = [];
  const agreementsOf = new Map<PartnerId, Agreement[]>();
  for (const proposal of network.proposals ?? []) {
    const partnerId = typeof proposal.partner === 'string' ? proposal.partner : proposal.partner.id;
    if (!dueOf.has(partnerId)) continue;
    matches.push({ proposal, partnerId });
    agreementsOf.set(partnerId, []);
  }
  if (matches.length > 0) {
    for (const agreement of network.agreements) {
      for (const partnerId of agreement.partnerIds) agreementsOf.get(partnerId)?.push(agreement);
    }
  }
  // A partner's intent on a day is the same for every proposal of it: computed once.
  const intents = new Map<string, Intent>();
  const intentOn = (partnerId: PartnerId, day: string): Intent => {
    const key = `${partnerId} ${day}`;
    let intent = intents.get(key);
    if (intent === undefined) {
      intent = intentOf(agreementsOf.get(partnerId) ?? [], day, addDaysIso(day, windowDays));
      intents.set(key, intent);
    }
    return intent;
  };
  for (const { proposal, partnerId } of matches) {
    const candidates = dueOf.get(partnerId) ?? [];
    const mask = cellMaskOf(proposal.scope);
    for (const candidate of candidates) {
      if (
        proposal.period.end > candidate.agreement.endsOn &&
        (candidate.mask & mask) !== 0 &&
        intentOn(partnerId, candidate.windowOpens) === 'renew'
      ) {
        candidate.renewedBy.push(proposal.id);
      }
    }
  }

  const covered = coveredCellsOn(
    network.agreements,
    due.map((entry) => entry.dayAfter),
  );
  return due
    .sort((a, b) => compareIds(a.date, b.date) || compareIds(a.agreement.id, b.agreement.id))
    .map((entry): RenewalEntry => {
      const coveredAfter = covered.get(entry.dayAfter) ?? 0;
      return {
        agreementId: entry.agreement.id,
        partnerIds: [...entry.agreement.partnerIds].sort(compareIds),
        date: entry.date,
        event: entry.event,
        endsOn: entry.agreement.endsOn,
        cells: cellIndexesOfMask(entry.mask).map((cell) => CELLS[cell] as CellCode),
        wouldOpen: cellIndexesOfMask(entry.mask & ~coveredAfter).map(
          (cell) => CELLS[cell] as CellCode,
        ),
        renewedBy: [...new Set(entry.renewedBy)].sort(compareIds),
      };
    });
}

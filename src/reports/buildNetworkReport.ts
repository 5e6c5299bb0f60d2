import { AREAS, type AreaCode } from '../catalog/areas.js';
import type { CellCode } from '../catalog/cells.js';
import type { Period } from '../catalog/home.js';
import type { PartnerTier } from '../catalog/institutionTypes.js';
import { regionOf } from '../catalog/regions.js';
import type { Decision, Intent } from '../catalog/rules.js';
import { compareIds } from '../core/_compare.js';
import { addDaysIso } from '../core/_calendar.js';
import { daysBetween } from '../core/_days.js';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../dates/agreementStatus.js';
import { statusOn } from '../core/_lifecycle.js';
import { evaluateEligibilityBatch } from '../eligibility/evaluateEligibilityBatch.js';
import type { RuleResult } from '../eligibility/types.js';
import { coverageTimeline } from '../planning/coverageTimeline.js';
import { renewalCalendar } from '../planning/renewalCalendar.js';
import { selectProposals } from '../planning/selectProposals.js';
import type { LeftOutReason, RenewalEntry } from '../planning/types.js';
import { resolveOptions } from '../policy/resolveOptions.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import type { Agreement } from '../schemas/agreement.js';
import type { Network } from '../schemas/network.js';
import type { AgreementId, PartnerId, ProposalId } from '../schemas/primitives.js';
import { coverageMatrix } from '../synergy/coverageMatrix.js';
import { findGaps } from '../synergy/findGaps.js';
import { findSaturated } from '../synergy/findSaturated.js';
import { mobilityBalance } from '../synergy/mobilityBalance.js';
import type { CoverageEntry, Flow, MobilityBalance } from '../synergy/types.js';

/**
 * The options of {@link buildNetworkReport}: the day `on` (default the network's `asOf`,
 * else today), a `policy`, and any policy parameter given directly.
 *
 * @example
 * ```ts
 * const options: BuildNetworkReportOptions = { on: '2017-06-30', expiringWithinDays: 90 };
 * ```
 */
export interface BuildNetworkReportOptions extends OnOption, PolicyOptions {
  /**
   * At most this many proposals in the outlook's selection ({@link ReportOutlook.selection}):
   * a whole number, default {@link DEFAULT_OUTLOOK_PROPOSALS} (5). Any other value is the
   * `RangeError` of `selectProposals`.
   */
  readonly maxProposals?: number | undefined;
}

/**
 * How many proposals the outlook of {@link buildNetworkReport} selects at most, unless
 * `maxProposals` says otherwise: 5, a number a committee can discuss in one sitting.
 *
 * @example
 * ```ts
 * DEFAULT_OUTLOOK_PROPOSALS; //=> 5
 * ```
 */
export const DEFAULT_OUTLOOK_PROPOSALS = 5;

/**
 * One academic year of the plan in the report's outlook: what `coverageTimeline` says of
 * it, in counts. An agreement counts for the year when it is in force on any day of it.
 *
 * @example
 * ```ts
 * const year: ReportTimelineYear | undefined = buildNetworkReport(network).outlook.timeline[0];
 * year?.period; //=> { start: '2013-10-01', end: '2014-09-30' }
 * ```
 */
export interface ReportTimelineYear {
  /** The academic year's days: a whole academic year that overlaps the plan. */
  readonly period: Period;
  /** How many of the 20 cells at least one partner covers over the year. */
  readonly covered: number;
  /** How many cells no partner covers over the year (`20 − covered`). */
  readonly gaps: number;
  /** How many agreements are in force on at least one day of the year. */
  readonly inForce: number;
  /** For each area, A to D, how many of its 5 cells are covered over the year. */
  readonly coveredByArea: Readonly<Record<AreaCode, number>>;
}

/**
 * An agreement of the report's renewal calendar: {@link RenewalEntry} with the agreement's
 * title and its partners' names.
 *
 * @example
 * ```ts
 * const first: ReportRenewal | undefined = buildNetworkReport(network).outlook.renewals.agreements[0];
 * first?.agreementId; //=> 'exchange-osaka-2015'
 * ```
 */
export interface ReportRenewal extends Omit<RenewalEntry, 'partnerIds'> {
  /** The agreement's title. */
  readonly title: string;
  /** Its partners, by id ascending, with their names. */
  readonly partners: readonly ReportPartner[];
}

/**
 * A proposal the outlook's selection chose, with its partner and its marginal gain.
 *
 * @example
 * ```ts
 * const first: ReportChosenProposal | undefined = buildNetworkReport(network).outlook.selection.chosen[0];
 * typeof first?.gain; //=> 'number'
 * ```
 */
export interface ReportChosenProposal {
  /** The proposal. */
  readonly proposalId: ProposalId;
  /** Its partner. */
  readonly partnerId: PartnerId;
  /** Its partner's name, as in {@link ReportEligibility.partnerName}. */
  readonly partnerName: string;
  /** The weighted need it fills on top of the proposals chosen before it. */
  readonly gain: number;
}

/**
 * The proposals `selectProposals` would choose on the day of the report.
 *
 * @example
 * ```ts
 * buildNetworkReport(network).outlook.selection.maxProposals; //=> 5
 * ```
 */
export interface ReportSelection {
  /** At most this many were chosen. */
  readonly maxProposals: number;
  /** The weighted need the chosen proposals fill together. */
  readonly gain: number;
  /** The chosen proposals, in the order they were chosen. */
  readonly chosen: readonly ReportChosenProposal[];
  /** The other proposals, ascending by id, with the reason each was left out. */
  readonly leftOut: readonly { readonly proposalId: ProposalId; readonly reason: LeftOutReason }[];
}

/**
 * The report's look ahead: coverage per academic year of the plan, the agreements to renew
 * in the twelve months after the day of the report, and the proposals to accept.
 *
 * @example
 * ```ts
 * const outlook: ReportOutlook = buildNetworkReport(network).outlook;
 * outlook.renewals.from; //=> '2017-06-30'
 * outlook.renewals.to; //=> '2018-06-29'
 * ```
 */
export interface ReportOutlook {
  /** The plan period the timeline covers. */
  readonly plan: Period;
  /** `coverageTimeline` per academic year of the plan, in counts. */
  readonly timeline: readonly ReportTimelineYear[];
  /** `renewalCalendar` from the day of the report to the day before the same date a year later. */
  readonly renewals: {
    readonly from: string;
    readonly to: string;
    readonly agreements: readonly ReportRenewal[];
  };
  /** What `selectProposals` would choose on the day, at most `maxProposals`. */
  readonly selection: ReportSelection;
}

/**
 * A partner as the report names it: its id and its name. Two partners may bear the same
 * name (see {@link NetworkReport.sharedNames}); the id tells them apart.
 *
 * @example
 * ```ts
 * const partner: ReportPartner = buildNetworkReport(network).expiring[0]!.partners[0]!;
 * //=> { partnerId: 'example-inst-osaka', name: 'Example Institute of Public Health of Osaka (fictional)' }
 * ```
 */
export interface ReportPartner {
  /** The partner's id. */
  readonly partnerId: PartnerId;
  /** The partner's name (its id when the network does not know it). */
  readonly name: string;
}

/**
 * An agreement in force that ends within the expiry window, as the report lists it.
 *
 * @example
 * ```ts
 * const soonest: ReportExpiringAgreement | undefined = buildNetworkReport(network).expiring[0];
 * soonest?.endsOn; //=> '2017-10-31'
 * soonest?.daysLeft; //=> 123
 * ```
 */
export interface ReportExpiringAgreement {
  /** The agreement's id. */
  readonly agreementId: AgreementId;
  /** Its title. */
  readonly title: string;
  /** Its last day, `YYYY-MM-DD`. */
  readonly endsOn: string;
  /** Calendar days from the day of the report to `endsOn` (0 when it ends that day). */
  readonly daysLeft: number;
  /** Its partners, by id ascending. */
  readonly partners: readonly ReportPartner[];
}

/**
 * A proposal's eligibility in brief, as the report lists it: the decision with, when a rule
 * fails, the reasons in words.
 *
 * @example
 * ```ts
 * const line: ReportEligibility | undefined = buildNetworkReport(network).eligibility[1];
 * line?.decision; //=> 'conditional'
 * line?.partnerName; //=> 'Example Institute of Public Health of Osaka (fictional)'
 * line?.reasons.length; //=> 1
 * ```
 */
export interface ReportEligibility {
  /** The proposal. */
  readonly proposalId: ProposalId;
  /** Its partner. */
  readonly partnerId: PartnerId;
  /** Its partner's name: the proposal's inline partner, else the network's (else the id). */
  readonly partnerName: string;
  /** `eligible`, `conditional` or `ineligible`. */
  readonly decision: Decision;
  /** The tier the partner earns (`null` when ineligible or unknown). */
  readonly tier: PartnerTier | null;
  /** `build`, `renew` or `strengthen`. */
  readonly intent: Intent;
  /**
   * The messages of the rules that fail, in the order the rules run: why a proposal is
   * `conditional` or `ineligible` (empty for an `eligible` one unless an advisory rule fails).
   * Always in English.
   */
  readonly reasons: readonly string[];
  /**
   * The results of the rules that fail, in the same order: `failures[i].message` is
   * `reasons[i]`, and each carries its `rule`, `outcome`, `severity` and `params`, the data
   * its message was made from, so that `renderReport(report, format, { locale: 'fr' })`
   * says the reasons in French (and a program, with `formatRuleResult`). Always present on
   * a report of {@link buildNetworkReport}; a report made by hand, or stored by a version
   * without it, may leave it out, and its reasons are then shown as they are.
   *
   * @example
   * ```ts
   * const line = buildNetworkReport(network).eligibility[1]!;
   * line.failures?.map((failure) => failure.rule); //=> ['teaching-language']
   * formatRuleResult(line.failures![0]!, { locale: 'fr' }).startsWith('Les cours à distance'); //=> true
   * ```
   */
  readonly failures?: readonly RuleResult[];
}

/**
 * The mobility balance of the report: {@link MobilityBalance} with each partner's name.
 *
 * @example
 * ```ts
 * const mobility: ReportMobility = buildNetworkReport(network).mobility;
 * mobility.total; //=> { incoming: 8, outgoing: 13, balance: -5 }
 * mobility.partners[0]?.name; //=> 'Example Institute of Public Health of Osaka (fictional)'
 * ```
 */
export interface ReportMobility {
  /** Every mobility commitment in force, counted once. */
  readonly total: MobilityBalance['total'];
  /** The partners with any flow, by id ascending, each with its name. */
  readonly partners: readonly (ReportPartner & Flow)[];
}

/**
 * The policy parameters a reader needs to read the report: the expiry window and the
 * saturation threshold it was built with.
 *
 * @example
 * ```ts
 * buildNetworkReport(network).parameters; //=> { expiringWithinDays: 180, saturation: 3 }
 * ```
 */
export interface ReportParameters {
  /** An agreement in force is `expiring` when it ends within this many days. */
  readonly expiringWithinDays: number;
  /** A cell is saturated when at least this many partners cover it. */
  readonly saturation: number;
}

/**
 * The whole network at a glance on a date: a plain, JSON-serialisable object, which
 * names partners and agreements as well as giving their ids, so that a program reading it
 * has every fact that {@link renderReport} shows.
 *
 * @example
 * ```ts
 * const report: NetworkReport = buildNetworkReport(parseNetwork(exampleNetwork));
 * report.totals; //=> { partners: 14, agreements: 12, proposals: 13 }
 * ```
 */
export interface NetworkReport {
  /** The day of the report. */
  readonly on: string;
  /** The expiry window and saturation threshold of the report. */
  readonly parameters: ReportParameters;
  /** How many partners, agreements and proposals the network holds. */
  readonly totals: {
    readonly partners: number;
    readonly agreements: number;
    readonly proposals: number;
  };
  /** Partners by institution type (keys ascending). */
  readonly partnersByType: Readonly<Record<string, number>>;
  /** Partners by country code (keys ascending). */
  readonly partnersByCountry: Readonly<Record<string, number>>;
  /** Partners by region on the day, ASEAN membership included (keys ascending). */
  readonly partnersByRegion: Readonly<Record<string, number>>;
  /** The coverage matrix: one entry per cell, in `CELLS` order. */
  readonly coverage: readonly CoverageEntry[];
  /** The cells no partner covers. */
  readonly gaps: readonly CellCode[];
  /** The cells covered by at least `saturation` partners. */
  readonly saturated: readonly CellCode[];
  /** How many agreements have each status on the day (every status listed). */
  readonly agreementsByStatus: Readonly<Record<AgreementStatus, number>>;
  /** The agreements expiring within the window, soonest first (then by id). */
  readonly expiring: readonly ReportExpiringAgreement[];
  /** For each strategy, how many agreements in force serve it (through a cell of their scope). */
  readonly strategies: Readonly<Record<'1' | '2' | '3' | '4', number>>;
  /** The mobility balance of the agreements in force, with partners' names. */
  readonly mobility: ReportMobility;
  /** Each proposal's decision, tier, intent and reasons, in the order of the network's proposals. */
  readonly eligibility: readonly ReportEligibility[];
  /**
   * The names that two or more partners bear (the network's partners and the inline
   * partners of its proposals; compared without regard to case and spacing), ascending:
   * a reader needs the id to tell those partners apart.
   */
  readonly sharedNames: readonly string[];
  /**
   * The look ahead: coverage per academic year of the plan, the renewal calendar of the
   * next twelve months, and the proposals `selectProposals` would choose.
   */
  readonly outlook: ReportOutlook;
}

/** The day before the same date a year later: the last day of the twelve months from `on`. */
function yearAfter(on: string): string {
  const year = String(Number(on.slice(0, 4)) + 1).padStart(4, '0');
  // 29 February has no same date a year later: 1 March then, less a day.
  const next = on.slice(5) === '02-29' ? `${year}-03-01` : `${year}${on.slice(4)}`;
  return addDaysIso(next, -1);
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return Object.fromEntries([...counts.entries()].sort(([a], [b]) => compareIds(a, b)));
}

/** A name as people compare it: case, surrounding and repeated spaces aside. */
function nameKey(name: string): string {
  // toLowerCase, not toLocaleLowerCase: an order of magnitude faster, and the same for a
  // comparison of names (no locale tailoring is wanted here).
  const spaced = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return /[^ -~]/.test(spaced) ? spaced.normalize('NFC') : spaced;
}

/** The names borne by partners of two or more different ids, ascending. */
function sharedNamesOf(
  partners: readonly { readonly id: string; readonly name: string }[],
): string[] {
  // Sets only for the keys met twice: most names are unique, and a Set each would cost more
  // than the rest of this function.
  interface Entry {
    readonly id: string;
    readonly name: string;
    ids?: Set<string>;
    names?: Set<string>;
  }
  const byKey = new Map<string, Entry>();
  for (const { id, name } of partners) {
    const key = nameKey(name);
    const entry = byKey.get(key);
    if (entry === undefined) byKey.set(key, { id, name });
    else {
      (entry.ids ??= new Set([entry.id])).add(id);
      (entry.names ??= new Set([entry.name])).add(name);
    }
  }
  const shared = [...byKey.values()].filter((entry) => (entry.ids?.size ?? 0) > 1);
  return shared.flatMap((entry) => [...(entry.names ?? [])]).sort(compareIds);
}

/**
 * Builds the report of a network on a date from the `dates`, `eligibility` and `synergy`
 * modules, computing each thing once: every agreement's status, then the coverage, gaps,
 * saturation, strategies and mobility from the agreements in force, and every proposal's
 * eligibility in one batch. Partners and agreements are named as well as identified, and
 * each decision carries the messages of the rules that fail, so that the object holds
 * every fact the rendered report shows. The result does not depend on the order of the
 * network's partners and agreements, nor on the process time zone.
 *
 * @param network - A parsed network.
 * @param options - `on`, `policy`, and policy parameters.
 * @returns A plain object, ready for `JSON.stringify` or {@link renderReport}.
 *
 * @example
 * ```ts
 * const report = buildNetworkReport(parseNetwork(exampleNetwork));
 * report.agreementsByStatus;
 * //=> { upcoming: 1, active: 4, expiring: 2, expired: 3, terminated: 1, suspended: 1 }
 * report.gaps; //=> ['A1', 'A2', 'A3', 'A4', 'A5', 'B1', 'C1']
 * report.expiring.map((agreement) => [agreement.agreementId, agreement.endsOn]);
 * //=> [['exchange-osaka-2015', '2017-10-31'], ['exchange-hanoi-2014', '2017-12-15']]
 * report.eligibility[1]?.reasons[0]?.startsWith('Distance courses must teach in English'); //=> true
 * ```
 */
export function buildNetworkReport(
  network: Network,
  options: BuildNetworkReportOptions = {},
): NetworkReport {
  const { on, policy } = resolveOptions(options, network, 'buildNetworkReport');

  const names = new Map<string, string>(
    network.partners.map((partner) => [partner.id, partner.name]),
  );
  const partnerOf = (partnerId: PartnerId): ReportPartner => ({
    partnerId,
    name: names.get(partnerId) ?? partnerId,
  });

  const agreementsByStatus = Object.fromEntries(
    AGREEMENT_STATUSES.map((status) => [status, 0]),
  ) as Record<AgreementStatus, number>;
  const inForce: Agreement[] = [];
  const expiring: ReportExpiringAgreement[] = [];
  const expiringUntil = addDaysIso(on, policy.expiringWithinDays);
  for (const agreement of network.agreements) {
    const status = statusOn(agreement, on, expiringUntil);
    agreementsByStatus[status] += 1;
    if (status === 'active' || status === 'expiring') inForce.push(agreement);
    if (status === 'expiring') {
      expiring.push({
        agreementId: agreement.id,
        title: agreement.title,
        endsOn: agreement.endsOn,
        daysLeft: daysBetween(on, agreement.endsOn),
        partners: [...agreement.partnerIds].sort(compareIds).map(partnerOf),
      });
    }
  }
  expiring.sort(
    (a, b) => compareIds(a.endsOn, b.endsOn) || compareIds(a.agreementId, b.agreementId),
  );

  const strategies = { '1': 0, '2': 0, '3': 0, '4': 0 };
  for (const agreement of inForce) {
    const served = new Set(agreement.scope.flatMap((cell) => policy.alignment[cell]));
    for (const strategy of served) strategies[String(strategy) as keyof typeof strategies] += 1;
  }

  // The synergy functions answer for the same day and policy as the rest of the report.
  const resolved = { on, policy };
  const proposals = network.proposals ?? [];
  const balance = mobilityBalance(network, resolved);
  const partnerOfProposal = new Map(
    eligibilityPartners(proposals, partnerOf).map((entry) => [entry.proposalId, entry]),
  );
  const inlinePartners = proposals.flatMap((proposal) =>
    typeof proposal.partner === 'string' ? [] : [proposal.partner],
  );
  const eligibility = evaluateEligibilityBatch(proposals, { network, policy, on }).map(
    ({ proposalId, partnerId, decision, tier, intent, results }, index): ReportEligibility => {
      const inline = proposals[index]?.partner;
      const failures = results.filter((result) => result.outcome === 'fail');
      return {
        proposalId,
        partnerId,
        partnerName:
          inline !== undefined && typeof inline !== 'string'
            ? inline.name
            : partnerOf(partnerId).name,
        decision,
        tier,
        intent,
        reasons: failures.map((result) => result.message),
        failures,
      };
    },
  );
  return {
    on,
    parameters: {
      expiringWithinDays: policy.expiringWithinDays,
      saturation: policy.saturation,
    },
    totals: {
      partners: network.partners.length,
      agreements: network.agreements.length,
      proposals: proposals.length,
    },
    partnersByType: countBy(network.partners, (partner) => partner.type),
    partnersByCountry: countBy(network.partners, (partner) => partner.country),
    partnersByRegion: countBy(network.partners, (partner) => regionOf(partner.country, { on })),
    coverage: coverageMatrix(network, resolved),
    gaps: findGaps(network, resolved),
    saturated: findSaturated(network, resolved),
    agreementsByStatus,
    expiring,
    strategies,
    mobility: {
      total: balance.total,
      partners: balance.partners.map((flow) => ({
        partnerId: flow.partnerId,
        name: partnerOf(flow.partnerId).name,
        incoming: flow.incoming,
        outgoing: flow.outgoing,
        balance: flow.balance,
      })),
    },
    eligibility,
    sharedNames: sharedNamesOf([...network.partners, ...inlinePartners]),
    outlook: outlookOf(network, {
      on,
      policy,
      maxProposals: options.maxProposals ?? DEFAULT_OUTLOOK_PROPOSALS,
      partnerOf,
      partnerOfProposal,
    }),
  };
}

/** Each proposal's partner, id and name: the inline partner's, else the network's. */
function eligibilityPartners(
  proposals: NonNullable<Network['proposals']>,
  partnerOf: (partnerId: PartnerId) => ReportPartner,
): { proposalId: ProposalId; partnerId: PartnerId; partnerName: string }[] {
  return proposals.map((proposal) =>
    typeof proposal.partner === 'string'
      ? {
          proposalId: proposal.id,
          partnerId: proposal.partner,
          partnerName: partnerOf(proposal.partner).name,
        }
      : {
          proposalId: proposal.id,
          partnerId: proposal.partner.id,
          partnerName: proposal.partner.name,
        },
  );
}

/** The outlook: the plan year by year, the next twelve months' renewals, the selection. */
function outlookOf(
  network: Network,
  context: {
    readonly on: string;
    readonly policy: ReturnType<typeof resolveOptions>['policy'];
    readonly maxProposals: number;
    readonly partnerOf: (partnerId: PartnerId) => ReportPartner;
    readonly partnerOfProposal: ReadonlyMap<
      ProposalId,
      { partnerId: PartnerId; partnerName: string }
    >;
  },
): ReportOutlook {
  const { on, policy, maxProposals, partnerOf, partnerOfProposal } = context;
  const timeline = coverageTimeline(network, { on, policy, step: 'academic-year' }).map(
    (entry): ReportTimelineYear => {
      const coveredByArea = Object.fromEntries(AREAS.map((area) => [area.code, 0])) as Record<
        AreaCode,
        number
      >;
      let covered = 0;
      for (const [cell, count] of Object.entries(entry.coverage)) {
        if (count === 0) continue;
        covered += 1;
        coveredByArea[cell.charAt(0) as AreaCode] += 1;
      }
      return {
        period: { start: entry.period.start, end: entry.period.end },
        covered,
        gaps: entry.gaps.length,
        inForce: entry.inForce.length,
        coveredByArea,
      };
    },
  );
  const to = yearAfter(on);
  const titles = new Map(network.agreements.map((agreement) => [agreement.id, agreement.title]));
  const renewals = renewalCalendar(network, { on, policy, from: on, to }).map(
    ({ partnerIds, ...entry }): ReportRenewal => ({
      agreementId: entry.agreementId,
      title: titles.get(entry.agreementId) ?? entry.agreementId,
      partners: [...partnerIds].sort(compareIds).map(partnerOf),
      date: entry.date,
      event: entry.event,
      endsOn: entry.endsOn,
      cells: [...entry.cells],
      wouldOpen: [...entry.wouldOpen],
      renewedBy: [...entry.renewedBy],
    }),
  );
  const selection = selectProposals(network, { on, policy, maxProposals });
  return {
    plan: { start: policy.planPeriod.start, end: policy.planPeriod.end },
    timeline,
    renewals: { from: on, to, agreements: renewals },
    selection: {
      maxProposals,
      gain: selection.gain,
      chosen: selection.perStep.map(({ proposalId, gain }) => {
        const partner = partnerOfProposal.get(proposalId);
        return {
          proposalId,
          partnerId: partner?.partnerId ?? ('' as PartnerId),
          partnerName: partner?.partnerName ?? '',
          gain,
        };
      }),
      leftOut: selection.leftOut.map(({ proposalId, reason }) => ({ proposalId, reason })),
    },
  };
}

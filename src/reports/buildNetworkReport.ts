import type { CellCode } from '../catalog/cells.js';
import { regionOf } from '../catalog/regions.js';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../dates/agreementStatus.js';
import type { Intent } from '../dates/classifyIntent.js';
import { statusOn } from '../dates/_status.js';
import { addDaysIso } from '../dates/_calendar.js';
import { evaluateEligibilityBatch } from '../eligibility/evaluateEligibilityBatch.js';
import type { Decision } from '../eligibility/types.js';
import type { PartnerTier } from '../catalog/institutionTypes.js';
import { resolveOptions } from '../policy/_resolve.js';
import type { PolicyOptions } from '../policy/types.js';
import type { Agreement } from '../schemas/agreement.js';
import type { Network } from '../schemas/network.js';
import type { AgreementId, PartnerId, ProposalId } from '../schemas/primitives.js';
import { compareIds, coverageOf } from '../synergy/_capabilities.js';
import { coverageEntries } from '../synergy/coverageMatrix.js';
import { cellsCoveredBy } from '../synergy/findGaps.js';
import { balanceOf } from '../synergy/mobilityBalance.js';
import type { CoverageEntry, MobilityBalance } from '../synergy/types.js';

/**
 * The options of {@link buildNetworkReport}: the day `on` (default the network's `asOf`,
 * else today), a `policy`, and any policy parameter given directly.
 *
 * @example
 * ```ts
 * const options: BuildNetworkReportOptions = { on: '2017-06-30', expiringWithinDays: 90 };
 * ```
 */
export interface BuildNetworkReportOptions extends PolicyOptions {
  /** The day of the report, `YYYY-MM-DD`. */
  readonly on?: string | undefined;
}

/**
 * A proposal's eligibility in brief, as the report lists it.
 *
 * @example
 * ```ts
 * const line: ReportEligibility | undefined = buildNetworkReport(network).eligibility[0];
 * //=> { proposalId: 'eoi-lyon-2017', partnerId: 'example-univ-lyon', decision: 'eligible', tier: 'key', intent: 'strengthen' }
 * ```
 */
export interface ReportEligibility {
  /** The proposal. */
  readonly proposalId: ProposalId;
  /** Its partner. */
  readonly partnerId: PartnerId;
  /** `eligible`, `conditional` or `ineligible`. */
  readonly decision: Decision;
  /** The tier the partner earns (`null` when ineligible or unknown). */
  readonly tier: PartnerTier | null;
  /** `build`, `renew` or `strengthen`. */
  readonly intent: Intent;
}

/**
 * The whole network at a glance on a date: a plain, JSON-serialisable object.
 *
 * @example
 * ```ts
 * const report: NetworkReport = buildNetworkReport(parseNetwork(exampleNetwork));
 * report.totals; //=> { partners: 14, agreements: 12, proposals: 9 }
 * ```
 */
export interface NetworkReport {
  /** The day of the report. */
  readonly on: string;
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
  /** The agreements expiring within the window, ascending. */
  readonly expiring: readonly AgreementId[];
  /** For each strategy, how many agreements in force serve it (through a cell of their scope). */
  readonly strategies: Readonly<Record<'1' | '2' | '3' | '4', number>>;
  /** The mobility balance of the agreements in force. */
  readonly mobility: MobilityBalance;
  /** Each proposal's decision, tier and intent, in the order of the network's proposals. */
  readonly eligibility: readonly ReportEligibility[];
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return Object.fromEntries([...counts.entries()].sort(([a], [b]) => compareIds(a, b)));
}

/**
 * Builds the report of a network on a date from the `dates`, `eligibility` and `synergy`
 * modules, computing each thing once: every agreement's status, then the coverage, gaps,
 * saturation, strategies and mobility from the agreements in force, and every proposal's
 * eligibility in one batch.
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
 * ```
 */
export function buildNetworkReport(
  network: Network,
  options: BuildNetworkReportOptions = {},
): NetworkReport {
  const { on, policy } = resolveOptions(options, network);

  const agreementsByStatus = Object.fromEntries(
    AGREEMENT_STATUSES.map((status) => [status, 0]),
  ) as Record<AgreementStatus, number>;
  const inForce: Agreement[] = [];
  const expiring: AgreementId[] = [];
  const expiringUntil = addDaysIso(on, policy.expiringWithinDays);
  for (const agreement of network.agreements) {
    const status = statusOn(agreement, on, expiringUntil);
    agreementsByStatus[status] += 1;
    if (status === 'active' || status === 'expiring') inForce.push(agreement);
    if (status === 'expiring') expiring.push(agreement.id);
  }

  const strategies = { '1': 0, '2': 0, '3': 0, '4': 0 };
  for (const agreement of inForce) {
    const served = new Set(agreement.scope.flatMap((cell) => policy.alignment[cell]));
    for (const strategy of served) strategies[String(strategy) as keyof typeof strategies] += 1;
  }

  const coverage = coverageOf(inForce);
  const proposals = network.proposals ?? [];
  return {
    on,
    totals: {
      partners: network.partners.length,
      agreements: network.agreements.length,
      proposals: proposals.length,
    },
    partnersByType: countBy(network.partners, (partner) => partner.type),
    partnersByCountry: countBy(network.partners, (partner) => partner.country),
    partnersByRegion: countBy(network.partners, (partner) => regionOf(partner.country, { on })),
    coverage: coverageEntries(coverage),
    gaps: cellsCoveredBy(coverage, 0, 1),
    saturated: cellsCoveredBy(coverage, policy.saturation),
    agreementsByStatus,
    expiring: expiring.sort(compareIds),
    strategies,
    mobility: balanceOf(inForce),
    eligibility: evaluateEligibilityBatch(proposals, { network, policy, on }).map(
      ({ proposalId, partnerId, decision, tier, intent }) => ({
        proposalId,
        partnerId,
        decision,
        tier,
        intent,
      }),
    ),
  };
}

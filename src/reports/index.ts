/**
 * The whole network at a glance: {@link buildNetworkReport} gathers, for a date, the
 * totals, partners by type, country and region, the coverage matrix with its gaps and
 * saturated cells, agreements by status and those expiring, the strategies of Goal #6
 * served, the mobility balance and every proposal's eligibility with its reasons, naming
 * partners and agreements, as one plain JSON object;
 * {@link renderReport} writes it as Markdown or as a self-contained HTML page.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { buildNetworkReport, renderReport } from '@uhs/partners-network/reports';
 * import { parseNetwork } from '@uhs/partners-network/schemas';
 *
 * const network = parseNetwork(JSON.parse(readFileSync('examples/network.json', 'utf8')));
 * const report = buildNetworkReport(network);
 * report.expiring.map((agreement) => agreement.agreementId);
 * //=> ['exchange-osaka-2015', 'exchange-hanoi-2014']
 * renderReport(report, 'markdown').split('\n')[0];
 * //=> '# UHS International Partners Network: report on 2017-06-30'
 * ```
 *
 * @packageDocumentation
 * @module reports
 */
export {
  buildNetworkReport,
  type BuildNetworkReportOptions,
  DEFAULT_OUTLOOK_PROPOSALS,
  type NetworkReport,
  type ReportChosenProposal,
  type ReportEligibility,
  type ReportExpiringAgreement,
  type ReportMobility,
  type ReportParameters,
  type ReportOutlook,
  type ReportPartner,
  type ReportRenewal,
  type ReportSelection,
  type ReportTimelineYear,
} from './buildNetworkReport.js';
export { renderReport, type RenderReportOptions, type ReportFormat } from './renderReport.js';

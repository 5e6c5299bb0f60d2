import { ACTIVITIES } from '../catalog/activities.js';
import { AREAS } from '../catalog/areas.js';
import { cellCode } from '../catalog/cells.js';
import { getInstitutionType } from '../catalog/institutionTypes.js';
import { getCountry } from '../catalog/countries.js';
import { REGIONS } from '../catalog/regions.js';
import { STRATEGIES } from '../catalog/strategies.js';
import { AGREEMENT_STATUSES } from '../dates/agreementStatus.js';
import type { NetworkReport } from './buildNetworkReport.js';

/**
 * The formats {@link renderReport} writes.
 *
 * @example
 * ```ts
 * const format: ReportFormat = 'html';
 * ```
 */
export type ReportFormat = 'markdown' | 'html';

/** A table: a caption, header cells and rows of text. */
interface Table {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Whether the first cell of each row heads its row. */
  readonly rowHeaders?: boolean;
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

function named(table: Record<string, number>, name: (key: string) => string): string[][] {
  return Object.entries(table).map(([key, count]) => [name(key), String(count)]);
}

/** Every table of the report, shared by both renderers. */
function tables(report: NetworkReport): {
  heatMap: Table;
  totals: Table;
  activity: Table[];
  proposals: Table;
  partners: Table[];
} {
  const counts = new Map(report.coverage.map((entry) => [entry.cell, entry.count]));
  const heatMap: Table = {
    caption: 'Coverage: partners per area × activity (agreements in force)',
    head: ['Area', ...ACTIVITIES.map((activity) => `${activity.code}. ${activity.title.en}`)],
    rows: AREAS.map((area) => [
      `${area.code}. ${area.title.en}`,
      ...ACTIVITIES.map((activity) => String(counts.get(cellCode(area.code, activity.code)) ?? 0)),
    ]),
    rowHeaders: true,
  };
  const regionTitle = (code: string): string =>
    REGIONS.find((region) => region.code === code)?.title.en ?? code;
  const totals: Table = {
    caption: 'Totals',
    head: ['Partners', 'Agreements', 'Proposals'],
    rows: [[report.totals.partners, report.totals.agreements, report.totals.proposals].map(String)],
  };
  const activity: Table[] = [
    {
      caption: 'Agreements by status',
      head: ['Status', 'Agreements'],
      rows: AGREEMENT_STATUSES.map((status) => [status, String(report.agreementsByStatus[status])]),
      rowHeaders: true,
    },
    {
      caption: 'Strategies of Goal #6 served by agreements in force',
      head: ['Strategy', 'Agreements'],
      rows: STRATEGIES.map((strategy) => [
        `${strategy.code}. ${strategy.title.en}`,
        String(report.strategies[`${strategy.code}`]),
      ]),
      rowHeaders: true,
    },
    {
      caption: 'Mobility balance (people a year, seen from UHS)',
      head: ['Partner', 'Incoming', 'Outgoing', 'Balance'],
      rows: [
        ...report.mobility.partners.map((flow) => [
          flow.partnerId,
          String(flow.incoming),
          String(flow.outgoing),
          signed(flow.balance),
        ]),
        [
          'Total',
          String(report.mobility.total.incoming),
          String(report.mobility.total.outgoing),
          signed(report.mobility.total.balance),
        ],
      ],
      rowHeaders: true,
    },
  ];
  const proposals: Table = {
    caption: 'Eligibility of proposals',
    head: ['Proposal', 'Partner', 'Decision', 'Tier', 'Intent'],
    rows: report.eligibility.map((line) => [
      line.proposalId,
      line.partnerId,
      line.decision,
      line.tier ?? '–',
      line.intent,
    ]),
    rowHeaders: true,
  };
  const partners: Table[] = [
    {
      caption: 'Partners by type',
      head: ['Type', 'Partners'],
      rows: named(report.partnersByType, (code) => getInstitutionType(code)?.title.en ?? code),
      rowHeaders: true,
    },
    {
      caption: 'Partners by region',
      head: ['Region', 'Partners'],
      rows: named(report.partnersByRegion, regionTitle),
      rowHeaders: true,
    },
    {
      caption: 'Partners by country',
      head: ['Country', 'Partners'],
      rows: named(
        report.partnersByCountry,
        (code) => `${getCountry(code)?.name.en ?? code} (${code})`,
      ),
      rowHeaders: true,
    },
  ];
  return { heatMap, totals, activity, proposals, partners };
}

function list(items: readonly string[]): string {
  return items.length === 0 ? 'none' : items.join(', ');
}

function markdownCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function markdownTable(table: Table): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [
    `### ${table.caption}`,
    '',
    line(table.head),
    line(table.head.map(() => '---')),
    ...table.rows.map(line),
  ].join('\n');
}

function renderMarkdown(report: NetworkReport): string {
  const { heatMap, totals, activity, proposals, partners } = tables(report);
  return [
    `# UHS International Partners Network: report on ${report.on}`,
    '',
    '## Summary',
    '',
    markdownTable(totals),
    '',
    '## Coverage',
    '',
    markdownTable(heatMap),
    '',
    `- Gaps (no partner): ${list(report.gaps)}`,
    `- Saturated cells: ${list(report.saturated)}`,
    `- Expiring agreements: ${list(report.expiring)}`,
    '',
    '## Agreements, strategies and mobility',
    '',
    ...activity.flatMap((table) => [markdownTable(table), '']),
    '## Proposals',
    '',
    markdownTable(proposals),
    '',
    '## Partners',
    '',
    ...partners.flatMap((table) => [markdownTable(table), '']),
  ].join('\n');
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function htmlTable(
  table: Table,
  cell: (text: string, column: number) => string = (text) => `<td>${escapeHtml(text)}</td>`,
): string {
  const head = table.head.map((text) => `<th scope="col">${escapeHtml(text)}</th>`).join('');
  const rows = table.rows
    .map((row) =>
      row
        .map((text, column) =>
          column === 0 && table.rowHeaders === true
            ? `<th scope="row">${escapeHtml(text)}</th>`
            : cell(text, column),
        )
        .join(''),
    )
    .map((cells) => `<tr>${cells}</tr>`)
    .join('\n');
  return `<table>\n<caption>${escapeHtml(table.caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body { margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1b1b; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; margin: 1rem 0; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
th, td { border: 1px solid #999; padding: 0.3rem 0.6rem; vertical-align: top; }
thead th { background: #eef1f5; }
tbody th { text-align: left; font-weight: 500; }
td { text-align: right; }
.heat td { text-align: center; vertical-align: middle; font-weight: 600; min-width: 4.5rem; }
.level-0 { background: #ffffff; } .level-1 { background: #dbe9f6; }
.level-2 { background: #9ecae1; } .level-3 { background: #2171b5; color: #fff; }
.legend span { display: inline-block; padding: 0.1rem 0.5rem; border: 1px solid #999; margin-right: 0.25rem; }
ul { padding-left: 1.25rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-after: avoid; } table { break-inside: avoid; }
  .heat td, .legend span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;

function renderHtml(report: NetworkReport): string {
  const { heatMap, totals, activity, proposals, partners } = tables(report);
  const levels = (text: string): number => Math.min(3, Number(text));
  const heat = htmlTable(heatMap, (text) => {
    const count = Number(text);
    const label = count === 0 ? '0 (gap)' : count === 1 ? '1 partner' : `${count} partners`;
    return `<td class="level-${levels(text)}">${escapeHtml(label)}</td>`;
  });
  const section = (title: string, body: string): string =>
    `<section>\n<h2>${escapeHtml(title)}</h2>\n${body}\n</section>`;
  const facts = [
    `<li>Gaps (no partner): ${escapeHtml(list(report.gaps))}</li>`,
    `<li>Saturated cells: ${escapeHtml(list(report.saturated))}</li>`,
    `<li>Expiring agreements: ${escapeHtml(list(report.expiring))}</li>`,
  ].join('\n');
  const legend =
    '<p class="legend">Shading: <span class="level-0">0</span><span class="level-1">1</span><span class="level-2">2</span><span class="level-3">3 or more</span> partners; each cell also states its count.</p>';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>UHS International Partners Network: report on ${escapeHtml(report.on)}</title>
<style>${STYLE}
</style>
</head>
<body>
<main>
<h1>UHS International Partners Network: report on ${escapeHtml(report.on)}</h1>
${section('Summary', htmlTable(totals))}
${section('Coverage', `<div class="heat">\n${heat}\n</div>\n${legend}\n<ul>\n${facts}\n</ul>`)}
${section('Agreements, strategies and mobility', activity.map((table) => htmlTable(table)).join('\n'))}
${section('Proposals', htmlTable(proposals))}
${section('Partners', partners.map((table) => htmlTable(table)).join('\n'))}
</main>
</body>
</html>
`;
}

/**
 * Renders a network report for people: Markdown tables, or one self-contained HTML page
 * (inline CSS, no external asset, no script) with the area × activity matrix drawn as a
 * heat map. The HTML uses real tables with headers, states every count in text (the
 * shading is never the only signal) and prints cleanly.
 *
 * @param report - A report from {@link buildNetworkReport}.
 * @param format - `'markdown'` or `'html'`.
 * @returns The rendered document.
 * @throws `RangeError` for another format.
 *
 * @example
 * ```ts
 * const report = buildNetworkReport(parseNetwork(exampleNetwork));
 * renderReport(report, 'markdown').split('\n')[0];
 * //=> '# UHS International Partners Network: report on 2017-06-30'
 * renderReport(report, 'html').startsWith('<!doctype html>'); //=> true
 * ```
 */
export function renderReport(report: NetworkReport, format: ReportFormat): string {
  const renderers: Record<string, ((report: NetworkReport) => string) | undefined> = {
    markdown: renderMarkdown,
    html: renderHtml,
  };
  const render = renderers[format];
  if (render !== undefined) return render(report);
  throw new RangeError(
    `renderReport: format must be 'markdown' or 'html', received ${JSON.stringify(format)}`,
  );
}

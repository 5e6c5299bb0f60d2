import { ACTIVITIES } from '../catalog/activities.js';
import { AREAS } from '../catalog/areas.js';
import { cellCode } from '../catalog/cells.js';
import { getCountry } from '../catalog/countries.js';
import { getInstitutionType, INSTITUTION_TYPES } from '../catalog/institutionTypes.js';
import { REGIONS } from '../catalog/regions.js';
import { STRATEGIES } from '../catalog/strategies.js';
import { AGREEMENT_STATUSES, type AgreementStatus } from '../dates/agreementStatus.js';
import type { NetworkReport, ReportPartner } from './buildNetworkReport.js';

/**
 * The formats {@link renderReport} writes.
 *
 * @example
 * ```ts
 * const format: ReportFormat = 'html';
 * ```
 */
export type ReportFormat = 'markdown' | 'html';

/** A cell of a table: a text, or a list of texts (the reasons of a decision). */
type Cell = string | readonly string[];

/**
 * A column of a table: its header and what it holds: `text` (left-aligned), `number`
 * (right-aligned) or `code`, such as ids and dates (left-aligned, never broken across lines).
 */
interface Column {
  readonly head: string;
  readonly holds: 'text' | 'number' | 'code';
}

/** A table: a caption, columns and rows. */
interface Table {
  readonly kind: 'table';
  readonly caption: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
  /** Whether the first cell of each row heads its row. */
  readonly rowHeaders?: boolean;
  /** What to say instead of the table when it has no row. */
  readonly empty?: string;
  /** Whether this is the area × activity heat map. */
  readonly heatMap?: boolean;
  /** Whether the last row is a total. */
  readonly totalRow?: boolean;
}

/** A bulleted list of facts. */
interface Facts {
  readonly kind: 'facts';
  readonly items: readonly string[];
}

/** A group of terms and their meanings, under a heading of its own. */
interface Terms {
  readonly kind: 'terms';
  readonly heading: string;
  readonly entries: readonly (readonly [term: string, meaning: string])[];
}

type Block = Table | Facts | Terms;

/** A section of the report: a heading and its blocks. */
interface Section {
  readonly heading: string;
  readonly blocks: readonly Block[];
}

/** The document both renderers write: the title, then the sections. */
interface ReportDocument {
  readonly title: string;
  readonly sections: readonly Section[];
}

const STATUS_MEANINGS: Readonly<Record<AgreementStatus, (days: number) => string>> = {
  upcoming: () => 'signed, but its period has not started on the day of the report.',
  active: (days) => `in force, and ends more than ${days} days after the day of the report.`,
  expiring: (days) =>
    `in force, and ends within ${days} days of the day of the report; time to renew it.`,
  expired: () => 'its period ended before the day of the report.',
  terminated: () => 'ended before the end of its period, on or before the day of the report.',
  suspended: () => 'within its period, but suspended.',
};

function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

/** Compares texts as an English reader orders them; `tieBreak` keeps the order stable. */
function byName(a: string, b: string, tieA: string, tieB: string): number {
  return a.localeCompare(b, 'en') || (tieA < tieB ? -1 : tieA > tieB ? 1 : 0);
}

/** A count table by name: rows sorted by the displayed name, ties by key. */
function countRows(
  counts: Readonly<Record<string, number>>,
  name: (key: string) => string,
): string[][] {
  return Object.entries(counts)
    .map(([key, count]) => ({ key, label: name(key), count }))
    .sort((a, b) => byName(a.label, b.label, a.key, b.key))
    .map(({ label, count }) => [label, String(count)]);
}

function list(items: readonly string[]): string {
  return items.length === 0 ? 'none' : items.join(', ');
}

/** How the report names partners: by name, with the id where two partners share the name. */
function partnerNamer(report: NetworkReport): (partner: ReportPartner) => string {
  const key = (name: string): string =>
    name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
  const idsByName = new Map<string, Set<string>>();
  const note = (partnerId: string, name: string): void => {
    const ids = idsByName.get(key(name)) ?? new Set<string>();
    ids.add(partnerId);
    idsByName.set(key(name), ids);
  };
  for (const agreement of report.expiring) {
    for (const partner of agreement.partners) note(partner.partnerId, partner.name);
  }
  for (const flow of report.mobility.partners) note(flow.partnerId, flow.name);
  for (const line of report.eligibility) note(line.partnerId, line.partnerName);
  const shared = new Set(report.sharedNames.map(key));
  return ({ partnerId, name }) =>
    shared.has(key(name)) || (idsByName.get(key(name))?.size ?? 0) > 1
      ? `${name} (${partnerId})`
      : name;
}

/** Everything the report says, once, for both renderers. */
function documentOf(report: NetworkReport): ReportDocument {
  const nameOf = partnerNamer(report);
  const days = report.parameters.expiringWithinDays;
  const counts = new Map(report.coverage.map((entry) => [entry.cell, entry.count]));
  const numeric = (head: string): Column => ({ head, holds: 'number' });
  const text = (head: string): Column => ({ head, holds: 'text' });
  const code = (head: string): Column => ({ head, holds: 'code' });

  const heatMap: Table = {
    kind: 'table',
    caption: 'Coverage: partners per area × activity (agreements in force)',
    columns: [
      text('Area'),
      ...ACTIVITIES.map((activity) => numeric(`${activity.code}. ${activity.title.en}`)),
    ],
    rows: AREAS.map((area) => [
      `${area.code}. ${area.title.en}`,
      ...ACTIVITIES.map((activity) => String(counts.get(cellCode(area.code, activity.code)) ?? 0)),
    ]),
    rowHeaders: true,
    heatMap: true,
  };

  const mobilityRows = [...report.mobility.partners]
    .map((flow) => ({ flow, label: nameOf(flow) }))
    .sort((a, b) => byName(a.label, b.label, a.flow.partnerId, b.flow.partnerId))
    .map(({ flow, label }) => [
      label,
      String(flow.incoming),
      String(flow.outgoing),
      signed(flow.balance),
    ]);
  const { total } = report.mobility;

  const regionTitle = (code: string): string =>
    REGIONS.find((region) => region.code === code)?.title.en ?? code;
  const tierTypes = (tier: 'key' | 'associate'): string =>
    INSTITUTION_TYPES.filter((type) => type.tier === tier)
      .map((type) => type.title.en.toLowerCase())
      .join(', ');

  return {
    title: `UHS International Partners Network: report on ${report.on}`,
    sections: [
      {
        heading: 'Summary',
        blocks: [
          {
            kind: 'table',
            caption: 'Totals',
            columns: [numeric('Partners'), numeric('Agreements'), numeric('Proposals')],
            rows: [
              [report.totals.partners, report.totals.agreements, report.totals.proposals].map(
                String,
              ),
            ],
          },
        ],
      },
      {
        heading: 'Coverage',
        blocks: [
          heatMap,
          {
            kind: 'facts',
            items: [
              `Gaps (no partner): ${list(report.gaps)}`,
              `Saturated cells (${report.parameters.saturation} or more partners): ${list(report.saturated)}`,
            ],
          },
        ],
      },
      {
        heading: 'Agreements, strategies and mobility',
        blocks: [
          {
            kind: 'table',
            caption: 'Agreements by status',
            columns: [text('Status'), numeric('Agreements')],
            rows: AGREEMENT_STATUSES.map((status) => [
              status,
              String(report.agreementsByStatus[status]),
            ]),
            rowHeaders: true,
          },
          {
            kind: 'table',
            caption: `Agreements expiring within ${days} days, soonest first`,
            columns: [text('Agreement'), text('Partners'), code('Ends on'), numeric('Days left')],
            rows: report.expiring.map((agreement) => [
              agreement.title,
              agreement.partners
                .map(nameOf)
                .sort((a, b) => byName(a, b, a, b))
                .join(', '),
              agreement.endsOn,
              String(agreement.daysLeft),
            ]),
            rowHeaders: true,
            empty: `No agreement in force ends within ${days} days of ${report.on}.`,
          },
          {
            kind: 'table',
            caption: 'Strategies of Goal #6 served by agreements in force',
            columns: [text('Strategy'), numeric('Agreements')],
            rows: STRATEGIES.map((strategy) => [
              `${strategy.code}. ${strategy.title.en}`,
              String(report.strategies[`${strategy.code}`]),
            ]),
            rowHeaders: true,
          },
          {
            kind: 'table',
            caption: 'Mobility balance (people a year, seen from UHS)',
            columns: [
              text('Partner'),
              numeric('Incoming'),
              numeric('Outgoing'),
              numeric('Balance'),
            ],
            rows: [
              ...mobilityRows,
              ['Total', String(total.incoming), String(total.outgoing), signed(total.balance)],
            ],
            rowHeaders: true,
            totalRow: true,
          },
        ],
      },
      {
        heading: 'Proposals',
        blocks: [
          {
            kind: 'table',
            caption: 'Eligibility of proposals',
            columns: [
              code('Proposal'),
              text('Partner'),
              text('Decision'),
              text('Tier'),
              text('Intent'),
              text('Why not eligible (rules that fail)'),
            ],
            rows: report.eligibility.map((line) => [
              line.proposalId,
              nameOf({ partnerId: line.partnerId, name: line.partnerName }),
              line.decision,
              line.tier ?? '–',
              line.intent,
              line.reasons.length === 0 ? '–' : line.reasons,
            ]),
            rowHeaders: true,
            empty: 'The network holds no proposal.',
          },
        ],
      },
      {
        heading: 'Partners',
        blocks: [
          {
            kind: 'table',
            caption: 'Partners by type',
            columns: [text('Type'), numeric('Partners')],
            rows: countRows(
              report.partnersByType,
              (code) => getInstitutionType(code)?.title.en ?? code,
            ),
            rowHeaders: true,
          },
          {
            kind: 'table',
            caption: 'Partners by region',
            columns: [text('Region'), numeric('Partners')],
            rows: countRows(report.partnersByRegion, regionTitle),
            rowHeaders: true,
          },
          {
            kind: 'table',
            caption: 'Partners by country',
            columns: [text('Country'), numeric('Partners')],
            rows: countRows(
              report.partnersByCountry,
              (code) => `${getCountry(code)?.name.en ?? code} (${code})`,
            ),
            rowHeaders: true,
          },
        ],
      },
      {
        heading: 'Legend',
        blocks: [
          {
            kind: 'terms',
            heading: 'Tiers',
            entries: [
              [
                'key',
                `an academic or research institution (${tierTypes('key')}); it must declare at least one health-sciences field.`,
              ],
              ['associate', `any other organisation (${tierTypes('associate')}).`],
              ['–', 'no tier, as an ineligible proposal earns none.'],
            ],
          },
          {
            kind: 'terms',
            heading: 'Agreement statuses',
            entries: [
              ...AGREEMENT_STATUSES.map(
                (status) => [status, STATUS_MEANINGS[status](days)] as const,
              ),
              [
                'in force',
                'active or expiring. Only agreements in force count for coverage, strategies and mobility.',
              ],
            ],
          },
          {
            kind: 'terms',
            heading: 'Decisions and intents',
            entries: [
              ['eligible', 'no blocking or fixable rule fails.'],
              [
                'conditional',
                'a rule that the partner can fix fails, such as naming a focal point.',
              ],
              ['ineligible', 'a blocking rule fails, such as a partner in the home country.'],
              ['build', 'a new partnership: no agreement with the partner yet.'],
              ['renew', 'the partner’s agreements have ended, or those in force end soon.'],
              [
                'strengthen',
                'the partner has an agreement in force for a while yet, or one about to start.',
              ],
            ],
          },
        ],
      },
    ],
  };
}

// Markdown ---------------------------------------------------------------------------------

/** Text made literal in Markdown: no emphasis, link, code, HTML or table break. */
function markdownText(text: string): string {
  return text
    .replace(/[\\`*_[\]|]/g, (character) => `\\${character}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\s*\n\s*/g, ' ');
}

function markdownCell(cell: Cell): string {
  if (typeof cell === 'string') return markdownText(cell);
  if (cell.length === 1) return markdownText(cell[0] ?? '');
  return cell.map((item, index) => `(${index + 1}) ${markdownText(item)}`).join(' ');
}

function markdownBlock(block: Block): string {
  switch (block.kind) {
    case 'facts':
      return block.items.map((item) => `- ${markdownText(item)}`).join('\n');
    case 'terms':
      return [
        `### ${markdownText(block.heading)}`,
        '',
        ...block.entries.map(
          ([term, meaning]) => `- **${markdownText(term)}**: ${markdownText(meaning)}`,
        ),
      ].join('\n');
    case 'table': {
      const caption = `### ${markdownText(block.caption)}`;
      if (block.rows.length === 0 && block.empty !== undefined) {
        return [caption, '', markdownText(block.empty)].join('\n');
      }
      const line = (cells: readonly Cell[]): string => `| ${cells.map(markdownCell).join(' | ')} |`;
      return [
        caption,
        '',
        line(block.columns.map((column) => column.head)),
        `| ${block.columns.map((column) => (column.holds === 'number' ? '---:' : ':---')).join(' | ')} |`,
        ...block.rows.map(line),
      ].join('\n');
    }
  }
}

function renderMarkdown(report: NetworkReport): string {
  const document = documentOf(report);
  return [
    `# ${markdownText(document.title)}`,
    ...document.sections.flatMap((section) => [
      '',
      `## ${markdownText(section.heading)}`,
      ...section.blocks.flatMap((block) => ['', markdownBlock(block)]),
    ]),
    '',
  ].join('\n');
}

// HTML -------------------------------------------------------------------------------------

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function htmlCellContent(cell: Cell): string {
  if (typeof cell === 'string') return escapeHtml(cell);
  if (cell.length === 1) return escapeHtml(cell[0] ?? '');
  return `<ol class="reasons">${cell.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ol>`;
}

/** A heat-map cell: its count in words as well as in colour. */
function heatCell(text: string): string {
  const count = Number(text);
  const label = count === 0 ? '0 (gap)' : count === 1 ? '1 partner' : `${count} partners`;
  return `<td class="level-${Math.min(3, count)}">${escapeHtml(label)}</td>`;
}

function htmlTable(table: Table): string {
  const caption = `<caption>${escapeHtml(table.caption)}</caption>`;
  if (table.rows.length === 0 && table.empty !== undefined) {
    return `<p class="caption">${escapeHtml(table.caption)}</p>\n<p class="empty">${escapeHtml(table.empty)}</p>`;
  }
  const align = (column: number): string => {
    const holds = table.columns[column]?.holds;
    return holds === 'number' ? ' class="num"' : holds === 'code' ? ' class="code"' : '';
  };
  const head = table.columns
    // A long header such as "Documents/resources" may break after its slash.
    .map(
      (column, index) =>
        `<th scope="col"${align(index)}>${escapeHtml(column.head).replace(/\//g, '/<wbr>')}</th>`,
    )
    .join('');
  const rows = table.rows
    .map((row) =>
      row
        .map((cell, column) => {
          if (column === 0 && table.rowHeaders === true) {
            return `<th scope="row"${align(column)}>${htmlCellContent(cell)}</th>`;
          }
          if (table.heatMap === true && typeof cell === 'string') return heatCell(cell);
          return `<td${align(column)}>${htmlCellContent(cell)}</td>`;
        })
        .join(''),
    )
    .map((cells, index) =>
      table.totalRow === true && index === table.rows.length - 1
        ? `<tr class="total">${cells}</tr>`
        : `<tr>${cells}</tr>`,
    )
    .join('\n');
  const classes = table.heatMap === true ? ' class="heat"' : '';
  return `<table${classes}>\n${caption}\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

function htmlBlock(block: Block): string {
  switch (block.kind) {
    case 'facts':
      return `<ul class="facts">\n${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;
    case 'terms':
      return `<h3>${escapeHtml(block.heading)}</h3>\n<dl>\n${block.entries
        .map(([term, meaning]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(meaning)}</dd>`)
        .join('\n')}\n</dl>`;
    case 'table': {
      const table = htmlTable(block);
      return block.heatMap === true
        ? `<div class="scroll">\n${table}\n</div>\n${HEAT_LEGEND}`
        : `<div class="scroll">\n${table}\n</div>`;
    }
  }
}

const HEAT_LEGEND =
  '<p class="heat-legend">Shading: <span class="level-0">0</span><span class="level-1">1</span><span class="level-2">2</span><span class="level-3">3 or more</span> partners; each cell also states its count.</p>';

const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body { margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1b1b1b; line-height: 1.45; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2.25rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1rem; margin: 1.25rem 0 0.25rem; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: 1rem 0; }
caption, .caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
.caption { margin: 1rem 0 0; } .empty { margin: 0.25rem 0 1rem; color: #444; }
th, td { border: 1px solid #999; padding: 0.3rem 0.6rem; vertical-align: top; text-align: left; }
thead th { background: #eef1f5; vertical-align: bottom; }
tbody th { font-weight: 500; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
th.code, td.code { white-space: nowrap; }
tr.total th, tr.total td { font-weight: 600; border-top: 2px solid #555; }
table.heat { width: 100%; table-layout: fixed; }
table.heat th[scope="col"]:first-child { width: 22%; }
table.heat { min-width: 48rem; }
table.heat thead th { white-space: normal; text-align: center; }
table.heat td { text-align: center; vertical-align: middle; font-weight: 600; }
.level-0 { background: #ffffff; } .level-1 { background: #dbe9f6; }
.level-2 { background: #9ecae1; } .level-3 { background: #2171b5; color: #fff; }
.heat-legend span { display: inline-block; padding: 0.1rem 0.5rem; border: 1px solid #999; margin-right: 0.25rem; }
ol.reasons { margin: 0; padding-left: 1.25rem; }
ul { padding-left: 1.25rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.25rem 0 1rem; }
dt { font-weight: 600; } dd { margin: 0; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2, h3 { break-after: avoid; } table { break-inside: avoid; }
  .scroll { overflow: visible; }
  .heat td, .heat-legend span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;

/** A heading as an HTML id: `Agreements, strategies and mobility` → `agreements-strategies-and-mobility`. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function renderHtml(report: NetworkReport): string {
  const document = documentOf(report);
  const sections = document.sections
    .map(
      (section) =>
        `<section id="${slug(section.heading)}">\n<h2>${escapeHtml(section.heading)}</h2>\n${section.blocks.map(htmlBlock).join('\n')}\n</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.title)}</title>
<style>${STYLE}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(document.title)}</h1>
${sections}
</main>
</body>
</html>
`;
}

/**
 * Renders a network report for people: Markdown tables, or one self-contained HTML page
 * (inline CSS, no external asset, no script) with the area × activity matrix drawn as a
 * heat map. Both say the same things: partners by name (with the id only when two partners
 * share a name), expiring agreements with their partners and end dates, soonest first,
 * the reasons of every `conditional` or `ineligible` decision, countries by name, and a
 * legend of tiers, statuses and "in force". Text columns are left-aligned and numbers
 * right-aligned. The HTML uses real tables with headers, states every count in text (the
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
 * const markdown = renderReport(report, 'markdown');
 * markdown.split('\n')[0]; //=> '# UHS International Partners Network: report on 2017-06-30'
 * markdown.includes('| Staff exchange with the Example Institute of Public Health of Osaka | Example Institute of Public Health of Osaka (fictional) | 2017-10-31 | 123 |');
 * //=> true
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

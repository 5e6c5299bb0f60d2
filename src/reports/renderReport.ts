import { ACTIVITIES } from '../catalog/activities.js';
import { AREAS } from '../catalog/areas.js';
import { cellCode } from '../catalog/cells.js';
import { getCountry } from '../catalog/countries.js';
import {
  getInstitutionType,
  INSTITUTION_TYPES,
  PARTNER_TIERS,
  type PartnerTier,
} from '../catalog/institutionTypes.js';
import { REGIONS } from '../catalog/regions.js';
import { DECISIONS, INTENTS } from '../catalog/rules.js';
import { STRATEGIES } from '../catalog/strategies.js';
import type { Locale } from '../catalog/locales.js';
import type { LocalizedText } from '../catalog/types.js';
import { AGREEMENT_STATUSES } from '../dates/agreementStatus.js';
import { formatRuleResult } from '../eligibility/formatRuleResult.js';
import { checkLocale, libraryError, number, render, type ParamsOf } from '../messages/_table.js';
import { REPORT_MESSAGES } from '../messages/reports.js';
import type { NetworkReport, ReportEligibility, ReportPartner } from './buildNetworkReport.js';
import { markdownText } from '../core/_markdown.js';

/**
 * The formats {@link renderReport} writes.
 *
 * @example
 * ```ts
 * const format: ReportFormat = 'html';
 * ```
 */
export type ReportFormat = 'markdown' | 'html';

/**
 * The options of {@link renderReport}.
 *
 * @example
 * ```ts
 * const options: RenderReportOptions = { locale: 'fr' };
 * ```
 */
export interface RenderReportOptions {
  /** The language of the report: `'en'` (default) or `'fr'`. Any other value is a `RangeError`. */
  readonly locale?: Locale | undefined;
}

type ReportCode = Extract<keyof typeof REPORT_MESSAGES, string>;

/** Says the report's words in one language. */
type Say = <K extends ReportCode>(code: K, params: ParamsOf<(typeof REPORT_MESSAGES)[K]>) => string;

function sayIn(locale: Locale): Say {
  return (code, params) => render(REPORT_MESSAGES, code, params, locale);
}

/** The words of a message that takes no parameter. */
const NONE = {} as const;

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
  /** Whether long column headers may wrap, so that a wide table fits the page. */
  readonly wrapHeads?: boolean;
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

/**
 * The timeline drawn as one sparkline per area (HTML only: the table of the timeline says
 * the same numbers in words, for every reader and for Markdown).
 */
interface Sparklines {
  readonly kind: 'sparklines';
  readonly caption: string;
  /** The short label of each step, such as `2016–17`. */
  readonly steps: readonly string[];
  readonly lines: readonly {
    readonly code: string;
    /** The area's code and title, shown under the chart. */
    readonly name: string;
    /** The accessible name: the area and every value in words. */
    readonly label: string;
    readonly values: readonly number[];
  }[];
  /** The top of the scale: the cells of an area. */
  readonly max: number;
}

type Block = Table | Facts | Terms | Sparklines;

/** A section of the report: its anchor, its heading and its blocks. */
interface Section {
  /** The HTML id: the English heading's slug, so that a link works in every language. */
  readonly id: string;
  readonly heading: string;
  readonly blocks: readonly Block[];
}

/** The document both renderers write: the title, then the sections. */
interface ReportDocument {
  readonly locale: Locale;
  readonly title: string;
  readonly sections: readonly Section[];
}

/**
 * Compares displayed texts, ties broken by key so that the order is stable. The collation
 * is the same (`'en'`, Unicode's root order for Latin letters) whatever the language of
 * the report: French rows are sorted by their French names, with the same rules as English
 * ones, and the order never depends on the locale of the machine.
 */
function byName(a: string, b: string, tieA: string, tieB: string): number {
  return a.localeCompare(b, 'en') || (tieA < tieB ? -1 : tieA > tieB ? 1 : 0);
}

/** A count table by name: rows sorted by the displayed name, ties by key. */
function countRows(
  counts: Readonly<Record<string, number>>,
  name: (key: string) => string,
  shown: (count: number) => string,
): string[][] {
  return Object.entries(counts)
    .map(([key, count]) => ({ key, label: name(key), count }))
    .sort((a, b) => byName(a.label, b.label, a.key, b.key))
    .map(({ label, count }) => [label, shown(count)]);
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
  for (const renewal of report.outlook.renewals.agreements) {
    for (const partner of renewal.partners) note(partner.partnerId, partner.name);
  }
  for (const chosen of report.outlook.selection.chosen) note(chosen.partnerId, chosen.partnerName);
  const shared = new Set(report.sharedNames.map(key));
  return ({ partnerId, name }) =>
    shared.has(key(name)) || (idsByName.get(key(name))?.size ?? 0) > 1
      ? `${name} (${partnerId})`
      : name;
}

/** The reasons of a decision in a language: the failing rules' messages said again. */
function reasonsIn(line: ReportEligibility, locale: Locale): readonly string[] {
  if (locale === 'en') return line.reasons;
  // `failures[i]` is the result whose message is `reasons[i]`; a report made by hand, or
  // stored before `failures` existed, keeps the reasons it gives.
  return line.reasons.map((reason, index) => {
    const failure = line.failures?.[index];
    return failure?.message === reason ? formatRuleResult(failure, { locale }) : reason;
  });
}

/** Everything the report says, once, for both renderers, in one language. */
function documentOf(report: NetworkReport, locale: Locale): ReportDocument {
  const say = sayIn(locale);
  const nameOf = partnerNamer(report);
  const days = report.parameters.expiringWithinDays;
  const counts = new Map(report.coverage.map((entry) => [entry.cell, entry.count]));
  const count = (value: number): string =>
    locale === 'en' ? String(value) : number(value, locale);
  const numeric = (head: string): Column => ({ head, holds: 'number' });
  const text = (head: string): Column => ({ head, holds: 'text' });
  const code = (head: string): Column => ({ head, holds: 'code' });
  const coded = (entry: { readonly code: string | number; readonly title: LocalizedText }) =>
    say('report.coded_title', { code: entry.code, title: entry.title });
  const section = (
    heading: Extract<ReportCode, `report.section.${string}`>,
    blocks: readonly Block[],
  ): Section => ({
    id: slug(render(REPORT_MESSAGES, heading, NONE)),
    heading: say(heading, NONE),
    blocks,
  });
  const noValue = say('report.no_value', NONE);
  /** A table of partners counted by one key (type, region, country), sorted by name. */
  const partnerCounts = (
    by: 'by_type' | 'by_region' | 'by_country',
    column: 'type' | 'region' | 'country',
    counts: Readonly<Record<string, number>>,
    name: (key: string) => string,
  ): Block => ({
    kind: 'table',
    caption: say(`report.caption.${by}`, NONE),
    columns: [
      text(say(`report.column.${column}`, NONE)),
      numeric(say('report.column.partners', NONE)),
    ],
    rows: countRows(counts, name, count),
    rowHeaders: true,
  });

  const heatMap: Table = {
    kind: 'table',
    caption: say('report.caption.coverage', NONE),
    columns: [
      text(say('report.column.area', NONE)),
      ...ACTIVITIES.map((activity) => numeric(coded(activity))),
    ],
    rows: AREAS.map((area) => [
      coded(area),
      ...ACTIVITIES.map((activity) => count(counts.get(cellCode(area.code, activity.code)) ?? 0)),
    ]),
    rowHeaders: true,
    heatMap: true,
  };

  const mobilityRows = [...report.mobility.partners]
    .map((flow) => ({ flow, label: nameOf(flow) }))
    .sort((a, b) => byName(a.label, b.label, a.flow.partnerId, b.flow.partnerId))
    .map(({ flow, label }) => [
      label,
      count(flow.incoming),
      count(flow.outgoing),
      say('report.signed', { value: flow.balance }),
    ]);
  const { total } = report.mobility;

  const regionTitle = (regionCode: string): string =>
    REGIONS.find((region) => region.code === regionCode)?.title[locale] ?? regionCode;
  const typeTitle = (typeCode: string): string =>
    getInstitutionType(typeCode)?.title[locale] ?? typeCode;
  const countryName = (countryCode: string): string =>
    say('report.country', {
      code: countryCode,
      name: getCountry(countryCode)?.name ?? { en: countryCode, fr: countryCode },
    });
  const tierTerm = (tier: PartnerTier): readonly [string, string] => [
    say('report.tier', { tier }),
    say('report.meaning.tier', {
      tier,
      types: INSTITUTION_TYPES.filter((type) => type.tier === tier).map((type) => type.title),
    }),
  ];

  return {
    locale,
    title: say('report.title', { on: report.on }),
    sections: [
      section('report.section.summary', [
        {
          kind: 'table',
          caption: say('report.caption.totals', NONE),
          columns: [
            numeric(say('report.column.partners', NONE)),
            numeric(say('report.column.agreements', NONE)),
            numeric(say('report.column.proposals', NONE)),
          ],
          rows: [
            [report.totals.partners, report.totals.agreements, report.totals.proposals].map(count),
          ],
        },
      ]),
      section('report.section.coverage', [
        heatMap,
        {
          kind: 'facts',
          items: [
            say('report.fact.gaps', { cells: report.gaps }),
            say('report.fact.saturated', {
              saturation: report.parameters.saturation,
              cells: report.saturated,
            }),
          ],
        },
      ]),
      section('report.section.agreements', [
        {
          kind: 'table',
          caption: say('report.caption.by_status', NONE),
          columns: [
            text(say('report.column.status', NONE)),
            numeric(say('report.column.agreements', NONE)),
          ],
          rows: AGREEMENT_STATUSES.map((status) => [
            say('report.status', { status }),
            count(report.agreementsByStatus[status]),
          ]),
          rowHeaders: true,
        },
        {
          kind: 'table',
          caption: say('report.caption.expiring', { days }),
          columns: [
            text(say('report.column.agreement', NONE)),
            text(say('report.column.partners', NONE)),
            code(say('report.column.ends_on', NONE)),
            numeric(say('report.column.days_left', NONE)),
          ],
          rows: report.expiring.map((agreement) => [
            agreement.title,
            agreement.partners
              .map(nameOf)
              .sort((a, b) => byName(a, b, a, b))
              .join(', '),
            agreement.endsOn,
            count(agreement.daysLeft),
          ]),
          rowHeaders: true,
          empty: say('report.empty.expiring', { days, on: report.on }),
        },
        {
          kind: 'table',
          caption: say('report.caption.strategies', NONE),
          columns: [
            text(say('report.column.strategy', NONE)),
            numeric(say('report.column.agreements', NONE)),
          ],
          rows: STRATEGIES.map((strategy) => [
            coded(strategy),
            count(report.strategies[`${strategy.code}`]),
          ]),
          rowHeaders: true,
        },
        {
          kind: 'table',
          caption: say('report.caption.mobility', NONE),
          columns: [
            text(say('report.column.partner', NONE)),
            numeric(say('report.column.incoming', NONE)),
            numeric(say('report.column.outgoing', NONE)),
            numeric(say('report.column.balance', NONE)),
          ],
          rows: [
            ...mobilityRows,
            [
              say('report.total', NONE),
              count(total.incoming),
              count(total.outgoing),
              say('report.signed', { value: total.balance }),
            ],
          ],
          rowHeaders: true,
          totalRow: true,
        },
      ]),
      section('report.section.proposals', [
        {
          kind: 'table',
          caption: say('report.caption.eligibility', NONE),
          columns: [
            code(say('report.column.proposal', NONE)),
            text(say('report.column.partner', NONE)),
            text(say('report.column.decision', NONE)),
            text(say('report.column.tier', NONE)),
            text(say('report.column.intent', NONE)),
            text(say('report.column.reasons', NONE)),
          ],
          rows: report.eligibility.map((line) => [
            line.proposalId,
            nameOf({ partnerId: line.partnerId, name: line.partnerName }),
            say('report.decision', { decision: line.decision }),
            line.tier === null ? noValue : say('report.tier', { tier: line.tier }),
            say('report.intent', { intent: line.intent }),
            line.reasons.length === 0 ? noValue : reasonsIn(line, locale),
          ]),
          rowHeaders: true,
          empty: say('report.empty.eligibility', NONE),
        },
      ]),
      section('report.section.outlook', outlookBlocks(report, locale, nameOf)),
      section('report.section.partners', [
        partnerCounts('by_type', 'type', report.partnersByType, typeTitle),
        partnerCounts('by_region', 'region', report.partnersByRegion, regionTitle),
        partnerCounts('by_country', 'country', report.partnersByCountry, countryName),
      ]),
      section('report.section.legend', [
        {
          kind: 'terms',
          heading: say('report.legend.tiers', NONE),
          entries: [...PARTNER_TIERS.map(tierTerm), [noValue, say('report.meaning.no_tier', NONE)]],
        },
        {
          kind: 'terms',
          heading: say('report.legend.statuses', NONE),
          entries: [
            ...AGREEMENT_STATUSES.map(
              (status) =>
                [
                  say('report.status', { status }),
                  say('report.meaning.status', { status, days }),
                ] as const,
            ),
            [say('report.term.in_force', NONE), say('report.meaning.in_force', NONE)],
          ],
        },
        {
          kind: 'terms',
          heading: say('report.legend.decisions', NONE),
          entries: [
            ...DECISIONS.map(
              (decision) =>
                [
                  say('report.decision', { decision }),
                  say('report.meaning.decision', { decision }),
                ] as const,
            ),
            // From a new partnership to an established one: build, renew, strengthen.
            ...[...INTENTS]
              .reverse()
              .map(
                (intent) =>
                  [
                    say('report.intent', { intent }),
                    say('report.meaning.intent', { intent }),
                  ] as const,
              ),
          ],
        },
      ]),
    ],
  };
}

/** An academic year in short, `2016–17` (a step within one calendar year: `2014`). */
function yearLabel(period: { readonly start: string; readonly end: string }): string {
  const [start, end] = [period.start.slice(0, 4), period.end.slice(0, 4)];
  return start === end ? start : `${start}–${end.slice(2)}`;
}

/** The outlook: the timeline (with its sparklines), the renewals and the selection. */
function outlookBlocks(
  report: NetworkReport,
  locale: Locale,
  nameOf: (partner: ReportPartner) => string,
): Block[] {
  const say = sayIn(locale);
  const { outlook } = report;
  const count = (value: number): string =>
    locale === 'en' ? String(value) : number(value, locale);
  const numeric = (head: string): Column => ({ head, holds: 'number' });
  const text = (head: string): Column => ({ head, holds: 'text' });
  const code = (head: string): Column => ({ head, holds: 'code' });
  const cells = (list: readonly string[]): string => say('report.cells', { cells: list });
  const gain = (value: number): string => say('report.gain', { value });
  const partners = (list: readonly ReportPartner[]): string =>
    list
      .map(nameOf)
      .sort((a, b) => byName(a, b, a, b))
      .join(', ');
  const steps = outlook.timeline.map((year) => yearLabel(year.period));
  const { from, to } = outlook.renewals;
  const { selection } = outlook;
  return [
    {
      kind: 'table',
      caption: say('report.caption.timeline', outlook.plan),
      columns: [
        code(say('report.column.academic_year', NONE)),
        numeric(say('report.column.covered', NONE)),
        numeric(say('report.column.gaps', NONE)),
        numeric(say('report.column.in_force', NONE)),
        ...AREAS.map((area) => numeric(say('report.column.area_cells', { code: area.code }))),
      ],
      rows: outlook.timeline.map((year) => [
        say('report.period', year.period),
        count(year.covered),
        count(year.gaps),
        count(year.inForce),
        ...AREAS.map((area) => count(year.coveredByArea[area.code])),
      ]),
      rowHeaders: true,
      wrapHeads: true,
    },
    {
      kind: 'sparklines',
      caption: say('report.caption.sparklines', NONE),
      steps,
      max: ACTIVITIES.length,
      lines: AREAS.map((area) => {
        const values = outlook.timeline.map((year) => year.coveredByArea[area.code]);
        return {
          code: area.code,
          name: say('report.coded_title', { code: area.code, title: area.title }),
          label: say('report.sparkline', {
            code: area.code,
            title: area.title,
            values: values
              .map((value, index) => `${steps[index] ?? ''} ${count(value)}`)
              .join(', '),
          }),
          values,
        };
      }),
    },
    {
      kind: 'table',
      caption: say('report.caption.renewals', { from, to }),
      columns: [
        code(say('report.column.date', NONE)),
        text(say('report.column.event', NONE)),
        code(say('report.column.ends_on', NONE)),
        text(say('report.column.agreement', NONE)),
        text(say('report.column.partners', NONE)),
        code(say('report.column.cells', NONE)),
        code(say('report.column.would_open', NONE)),
        code(say('report.column.renewed_by', NONE)),
      ],
      rows: outlook.renewals.agreements.map((renewal) => [
        renewal.date,
        say('report.event', { event: renewal.event }),
        renewal.endsOn,
        renewal.title,
        partners(renewal.partners),
        cells(renewal.cells),
        cells(renewal.wouldOpen),
        renewal.renewedBy.length === 0
          ? say('report.no_value', NONE)
          : renewal.renewedBy.join(', '),
      ]),
      empty: say('report.empty.renewals', { from, to }),
    },
    {
      kind: 'table',
      caption: say('report.caption.selection', { max: selection.maxProposals }),
      columns: [
        numeric(say('report.column.order', NONE)),
        code(say('report.column.proposal', NONE)),
        text(say('report.column.partner', NONE)),
        numeric(say('report.column.gain', NONE)),
      ],
      rows: selection.chosen.map((chosen, index) => [
        count(index + 1),
        chosen.proposalId,
        nameOf({ partnerId: chosen.partnerId, name: chosen.partnerName }),
        gain(chosen.gain),
      ]),
      empty: say('report.empty.selection', NONE),
    },
    {
      kind: 'facts',
      items: [
        say('report.fact.selection', {
          gain: gain(selection.gain),
          count: selection.chosen.length,
          max: selection.maxProposals,
        }),
      ],
    },
    {
      kind: 'table',
      caption: say('report.caption.left_out', NONE),
      columns: [code(say('report.column.proposal', NONE)), text(say('report.column.reason', NONE))],
      rows: selection.leftOut.map((line) => [
        line.proposalId,
        say('report.left_out', { reason: line.reason }),
      ]),
      rowHeaders: true,
      empty: say('report.empty.left_out', NONE),
    },
  ];
}

// Markdown ---------------------------------------------------------------------------------

function markdownCell(cell: Cell): string {
  if (typeof cell === 'string') return markdownText(cell);
  if (cell.length === 1) return markdownText(cell[0] ?? '');
  return cell.map((item, index) => `(${index + 1}) ${markdownText(item)}`).join(' ');
}

function markdownBlock(block: Block, say: Say): string {
  switch (block.kind) {
    case 'sparklines':
      return '';
    case 'facts':
      return block.items.map((item) => `- ${markdownText(item)}`).join('\n');
    case 'terms':
      return [
        `### ${markdownText(block.heading)}`,
        '',
        ...block.entries.map(
          ([term, meaning]) =>
            `- ${say('report.legend.term', { term: `**${markdownText(term)}**`, meaning: markdownText(meaning) })}`,
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

function renderMarkdown(report: NetworkReport, locale: Locale): string {
  const document = documentOf(report, locale);
  const say = sayIn(locale);
  return [
    `# ${markdownText(document.title)}`,
    ...document.sections.flatMap((section) => [
      '',
      `## ${markdownText(section.heading)}`,
      ...section.blocks
        .filter((block) => block.kind !== 'sparklines')
        .flatMap((block) => ['', markdownBlock(block, say)]),
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

/** The darkest shade of the heat map: this many partners or more. */
const TOP_LEVEL = 3;

/** A heat-map cell: its count in words as well as in colour. */
function heatCell(text: string, say: Say): string {
  const count = Number(text);
  const label = say('report.heat.cell', { count });
  return `<td class="level-${Math.min(TOP_LEVEL, count)}">${escapeHtml(label)}</td>`;
}

function htmlTable(table: Table, say: Say): string {
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
          if (table.heatMap === true && typeof cell === 'string') return heatCell(cell, say);
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
  const classes =
    table.heatMap === true
      ? ' class="heat"'
      : table.wrapHeads === true
        ? ' class="wrap-heads"'
        : '';
  return `<table${classes}>\n${caption}\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

function htmlBlock(block: Block, say: Say): string {
  switch (block.kind) {
    case 'sparklines':
      return sparklines(block);
    case 'facts':
      return `<ul class="facts">\n${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`;
    case 'terms':
      return `<h3>${escapeHtml(block.heading)}</h3>\n<dl>\n${block.entries
        .map(([term, meaning]) => `<dt>${escapeHtml(term)}</dt><dd>${escapeHtml(meaning)}</dd>`)
        .join('\n')}\n</dl>`;
    case 'table': {
      const table = htmlTable(block, say);
      return block.heatMap === true
        ? `<div class="scroll">\n${table}\n</div>\n${heatLegend(say)}`
        : `<div class="scroll">\n${table}\n</div>`;
    }
  }
}

/** The key of the heat map's shades: one swatch a level, in a sentence. */
function heatLegend(say: Say): string {
  const levels = Array.from({ length: TOP_LEVEL }, (_, level) => String(level));
  const swatches = [...levels, say('report.heat.level_max', { count: TOP_LEVEL })]
    .map((label, level) => `<span class="level-${level}">${escapeHtml(label)}</span>`)
    .join('');
  // The sentence comes with a mark where the swatches go, so that its words are escaped
  // and the swatches' markup is not.
  const mark = '\u0000';
  const [before = '', after = ''] = say('report.heat.legend', { swatches: mark }).split(mark);
  return `<p class="heat-legend">${escapeHtml(before)}${swatches}${escapeHtml(after)}</p>`;
}

/** The size of one sparkline, in CSS pixels: wide enough for a point a year. */
const SPARK = { width: 240, height: 64, pad: 8 } as const;

/**
 * The timeline as one small line chart per area, drawn in inline SVG: no script, no
 * external resource. Each chart is an image with an accessible name (its `<title>`, which
 * states every value) and the table above says the same in text.
 */
function sparklines(block: Sparklines): string {
  const { width, height, pad } = SPARK;
  const last = Math.max(1, block.steps.length - 1);
  const x = (index: number): number => pad + ((width - 2 * pad) * index) / last;
  const y = (value: number): number =>
    height - pad - ((height - 2 * pad) * Math.min(value, block.max)) / Math.max(1, block.max);
  const round = (value: number): string => String(Math.round(value * 10) / 10);
  const figures = block.lines
    .map((line, lineIndex) => {
      const id = `spark-${line.code}`;
      const points = line.values.map((value, index) => `${round(x(index))},${round(y(value))}`);
      const dots = line.values
        .map(
          (value, index) =>
            `<circle cx="${round(x(index))}" cy="${round(y(value))}" r="3"></circle>`,
        )
        .join('');
      return `<div class="spark">
<svg role="img" aria-labelledby="${id}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" data-area="${escapeHtml(line.code)}">
<title id="${id}">${escapeHtml(line.label)}</title>
<line class="base" x1="${pad}" y1="${round(y(0))}" x2="${width - pad}" y2="${round(y(0))}"></line>
<line class="top" x1="${pad}" y1="${round(y(block.max))}" x2="${width - pad}" y2="${round(y(block.max))}"></line>
<polyline class="line-${lineIndex}" points="${points.join(' ')}"></polyline>
<g class="line-${lineIndex}">${dots}</g>
</svg>
<span class="spark-label" aria-hidden="true"><span class="spark-name">${escapeHtml(line.name)}</span><span class="spark-values">${line.values.join(' · ')}</span><span class="spark-steps">${escapeHtml(block.steps[0] ?? '')} → ${escapeHtml(block.steps.at(-1) ?? '')}</span></span>
</div>`;
    })
    .join('\n');
  return `<figure class="sparklines">\n<figcaption>${escapeHtml(block.caption)}</figcaption>\n${figures}\n</figure>`;
}

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
figure.sparklines { display: flex; flex-wrap: wrap; gap: 0.75rem 1.5rem; margin: 0 0 1rem; }
figure.sparklines figcaption { flex-basis: 100%; font-weight: 600; }
.spark { display: flex; flex-direction: column; gap: 0.2rem; width: 15rem; }
.spark svg { border: 1px solid #ccc; background: #fbfcfe; }
.spark svg line { stroke: #bbb; stroke-width: 1; }
.spark svg line.top { stroke-dasharray: 3 3; }
.spark svg polyline { fill: none; stroke: #2171b5; stroke-width: 2.5; }
.spark svg circle { fill: #2171b5; }
.spark-label { display: flex; flex-direction: column; font-size: 0.85rem; color: #333; }
.spark-name { font-weight: 600; } .spark-values { font-variant-numeric: tabular-nums; }
.spark-steps { color: #555; font-size: 0.8rem; }
table.wrap-heads thead th { white-space: normal; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2, h3 { break-after: avoid; } table { break-inside: avoid; }
  .scroll { overflow: visible; }
  .heat td, .heat-legend span, .spark svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  figure.sparklines { break-inside: avoid; }
}`;

/** A heading as an HTML id: `Agreements, strategies and mobility` → `agreements-strategies-and-mobility`. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function renderHtml(report: NetworkReport, locale: Locale): string {
  const document = documentOf(report, locale);
  const say = sayIn(locale);
  const sections = document.sections
    .map(
      (section) =>
        `<section id="${section.id}">\n<h2>${escapeHtml(section.heading)}</h2>\n${section.blocks.map((block) => htmlBlock(block, say)).join('\n')}\n</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${document.locale}">
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
 * In French (`{ locale: 'fr' }`) every word of the report is French: headings, captions,
 * columns, statuses, decisions, tiers, intents and the legend; areas, activities,
 * strategies, institution types, regions and countries take the catalog's French titles;
 * the reasons of decisions are said again in French from the rule results the report
 * carries (`failures`); the HTML page is `<html lang="fr">`. Dates stay `YYYY-MM-DD`, and
 * partner names and agreement titles are written as in the data. Rows named in words are
 * sorted with one collation whatever the language (see `byName`), and the HTML section ids
 * (`#coverage` …) are the same in both languages.
 *
 * @param report - A report from {@link buildNetworkReport}.
 * @param format - `'markdown'` or `'html'`.
 * @param options - `locale`: `'en'` (default) or `'fr'`.
 * @returns The rendered document.
 * @throws `RangeError` for another format, or a locale other than `'en'` and `'fr'`.
 *
 * @example
 * ```ts
 * const report = buildNetworkReport(parseNetwork(exampleNetwork));
 * const markdown = renderReport(report, 'markdown');
 * markdown.split('\n')[0]; //=> '# UHS International Partners Network: report on 2017-06-30'
 * markdown.includes('| Staff exchange with the Example Institute of Public Health of Osaka | Example Institute of Public Health of Osaka (fictional) | 2017-10-31 | 123 |');
 * //=> true
 * renderReport(report, 'html').startsWith('<!doctype html>'); //=> true
 * renderReport(report, 'markdown', { locale: 'fr' }).split('\n')[0];
 * //=> "# Réseau des partenaires internationaux de l'UHS\u00a0: rapport au 2017-06-30"
 * renderReport(report, 'html', { locale: 'fr' }).includes('<html lang="fr">'); //=> true
 * ```
 */
export function renderReport(
  report: NetworkReport,
  format: ReportFormat,
  options?: RenderReportOptions,
): string {
  const locale = checkLocale(options?.locale, 'renderReport');
  const renderers: Record<string, ((report: NetworkReport, locale: Locale) => string) | undefined> =
    {
      markdown: renderMarkdown,
      html: renderHtml,
    };
  const write = Object.hasOwn(renderers, format) ? renderers[format] : undefined;
  if (write !== undefined) return write(report, locale);
  throw libraryError(RangeError, REPORT_MESSAGES, 'report.format.unknown', {
    caller: 'renderReport',
    received: format,
    allowed: Object.keys(renderers),
  });
}

import { AREAS } from '../../catalog/areas.js';
import type { Locale } from '../../core/_locales.js';
import { formatMessage } from '../../messages/index.js';
import { isLibraryError, number } from '../../messages/_table.js';
import { coverageTimeline } from '../../planning/coverageTimeline.js';
import { renewalCalendar } from '../../planning/renewalCalendar.js';
import { selectProposals } from '../../planning/selectProposals.js';
import type {
  ProposalSelection,
  RenewalEntry,
  TimelineEntry,
  TimelineStep,
} from '../../planning/types.js';
import { resolveOptions } from '../../policy/resolveOptions.js';
import type { Network } from '../../schemas/network.js';
import { oneFile, parseArguments } from '../_arguments.js';
import { EXIT, usageError, type ExitCode } from '../_errors.js';
import { loadNetwork } from '../_input.js';
import { choiceOption, dateOption, localDate, wholeNumberOption } from '../_options.js';
import { formatTable } from '../_table.js';
import { cliText } from '../_text.js';
import type { Command, CommandContext } from './_command.js';
import { markdownText } from '../../core/_markdown.js';

const FORMATS = ['text', 'json', 'md'] as const;
const STEPS = ['academic-year', 'year', 'quarter'] as const satisfies readonly TimelineStep[];

const OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  step: { type: 'string' },
  select: { type: 'string' },
  on: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** What `plan` found: the range, the step, and the three answers. */
interface Plan {
  readonly from: string;
  readonly to: string;
  readonly step: TimelineStep;
  readonly on: string;
  readonly timeline: readonly TimelineEntry[];
  readonly renewals: readonly RenewalEntry[];
  readonly selection?: ProposalSelection & { readonly maxProposals: number };
}

/** The tables of a plan, each a heading and rows (the first row holds the headers). */
interface PlanTable {
  readonly heading: string;
  readonly rows: readonly (readonly string[])[];
  /** Said instead of the table when it has no row but its headers. */
  readonly empty?: string;
  /** Lines after the table. */
  readonly after?: readonly string[];
}

function tablesOf(plan: Plan, network: Network, locale: Locale): PlanTable[] {
  const word = (name: string): string => cliText('cli.plan.word', { word: name }, locale);
  const count = (value: number): string =>
    locale === 'en' ? String(value) : number(value, locale);
  const list = (values: readonly string[]): string =>
    values.length === 0 ? '-' : values.join(',');
  const names = new Map(network.partners.map((partner) => [partner.id as string, partner.name]));
  const partnerOfProposal = new Map(
    (network.proposals ?? []).map((proposal) => [
      proposal.id as string,
      typeof proposal.partner === 'string' ? proposal.partner : proposal.partner.id,
    ]),
  );
  const tables: PlanTable[] = [
    {
      heading: cliText(
        'cli.plan.timeline',
        { from: plan.from, to: plan.to, step: plan.step },
        locale,
      ),
      rows: [
        [
          word('period'),
          word('covered'),
          word('gaps'),
          word('in-force'),
          ...AREAS.map((area) => area.code),
          word('incoming'),
          word('outgoing'),
        ],
        ...plan.timeline.map((entry) => {
          const covered = Object.entries(entry.coverage).filter(([, value]) => value > 0);
          return [
            `${entry.period.start}..${entry.period.end}`,
            count(covered.length),
            count(entry.gaps.length),
            count(entry.inForce.length),
            ...AREAS.map((area) =>
              count(covered.filter(([cell]) => cell.startsWith(area.code)).length),
            ),
            count(entry.mobility.incoming),
            count(entry.mobility.outgoing),
          ];
        }),
      ],
    },
    {
      heading: cliText('cli.plan.renewals', { from: plan.from, to: plan.to }, locale),
      rows: [
        [
          word('date'),
          word('event'),
          word('ends-on'),
          word('agreement'),
          word('partners'),
          word('cells'),
          word('would-open'),
          word('renewed-by'),
        ],
        ...plan.renewals.map((entry) => [
          entry.date,
          word(entry.event),
          entry.endsOn,
          entry.agreementId,
          list(entry.partnerIds),
          list(entry.cells),
          list(entry.wouldOpen),
          list(entry.renewedBy),
        ]),
      ],
      empty: cliText('cli.plan.no_renewals', {}, locale),
    },
  ];
  const { selection } = plan;
  if (selection !== undefined) {
    const gain = (value: number): string => number(value, locale, 3);
    tables.push(
      {
        heading: cliText(
          'cli.plan.selection',
          { max: selection.maxProposals, on: plan.on },
          locale,
        ),
        rows: [
          [word('order'), word('proposal'), word('gain'), word('partner')],
          ...selection.perStep.map((step, index) => {
            const partnerId = partnerOfProposal.get(step.proposalId) ?? '';
            return [
              count(index + 1),
              step.proposalId,
              gain(step.gain),
              names.get(partnerId) ?? partnerId,
            ];
          }),
        ],
        empty: cliText('cli.plan.no_selection', {}, locale),
        after: [cliText('cli.plan.total_gain', { gain: selection.gain }, locale)],
      },
      {
        heading: cliText('cli.plan.left_out', {}, locale),
        rows: [
          [word('proposal'), word('reason')],
          ...selection.leftOut.map((line) => [line.proposalId, word(line.reason)]),
        ],
      },
    );
  }
  return tables;
}

/** The tables as plain text: a heading line, then the aligned columns. */
function asText(tables: readonly PlanTable[]): string {
  return tables
    .map((table) => {
      const body =
        table.rows.length <= 1 && table.empty !== undefined
          ? `${table.empty}\n`
          : formatTable(table.rows);
      const after = (table.after ?? []).map((line) => `${line}\n`).join('');
      return `${table.heading}\n${body}${after}`;
    })
    .join('\n');
}

/** The tables as Markdown: a `##` heading each, then a pipe table. */
function asMarkdown(tables: readonly PlanTable[]): string {
  return tables
    .map((table) => {
      const heading = `## ${markdownText(table.heading)}\n\n`;
      const after = (table.after ?? []).map((line) => `\n${markdownText(line)}\n`).join('');
      if (table.rows.length <= 1 && table.empty !== undefined) {
        return `${heading}${markdownText(table.empty)}\n${after}`;
      }
      const [head = [], ...rows] = table.rows;
      const line = (cells: readonly string[]): string =>
        `| ${cells.map(markdownText).join(' | ')} |\n`;
      return `${heading}${line(head)}| ${head.map(() => '---').join(' | ')} |\n${rows.map(line).join('')}${after}`;
    })
    .join('\n');
}

/**
 * `uhs-network plan <file>`: the network planned ahead, from the planning functions: the
 * coverage timeline over `--from`..`--to` (default the plan period) by `--step`, the
 * renewal calendar over the same range, and with `--select N` the proposals
 * `selectProposals` would choose on `--on`. Tables, JSON or Markdown.
 *
 * @param args - The arguments after `plan`.
 * @param context - The io, the palette and the language.
 * @returns 0 once the plan is written.
 * @throws CliError: exit 1 for an invalid network, 2 for a usage or I/O error (a bad date,
 *   `--from` after `--to`, an unknown `--step`, a `--select` that is not a whole number ≥ 1).
 *
 * @example
 * ```ts
 * await runPlan(['examples/network.json', '--step', 'year', '--select', '3'], context);
 * // stdout: Coverage by calendar year, for the calendar years that include 2014-01-01 to 2018-12-31 (…)
 * //=> 0
 * ```
 */
export async function runPlan(args: readonly string[], context: CommandContext): Promise<ExitCode> {
  const { io, palette, locale = 'en' } = context;
  const { values, positionals } = parseArguments('plan', args, OPTIONS);
  const fromOption = dateOption('plan', '--from', values.from);
  const toOption = dateOption('plan', '--to', values.to);
  const step = choiceOption('plan', '--step', values.step, STEPS, 'academic-year');
  const select = wholeNumberOption('plan', '--select', values.select, 1);
  const onOption = dateOption('plan', '--on', values.on);
  const format = choiceOption('plan', '--format', values.format, FORMATS, 'text');
  if (fromOption !== undefined && toOption !== undefined && fromOption > toOption) {
    throw usageError('cli.plan.bad_range', { from: fromOption, to: toOption }, 'plan');
  }
  const file = oneFile('plan', positionals);

  const network = await loadNetwork(file, io, palette.red, locale);
  const { on, policy } = resolveOptions(
    { on: onOption ?? network.asOf ?? localDate(io.now()) },
    network,
    'plan',
  );
  const from = fromOption ?? policy.planPeriod.start;
  const to = toOption ?? policy.planPeriod.end;
  // ISO dates order as strings; one bound given, the other from the plan, may cross.
  if (from > to) throw usageError('cli.plan.bad_range', { from, to }, 'plan');

  let plan: Plan;
  try {
    plan = {
      from,
      to,
      step,
      on,
      timeline: coverageTimeline(network, { on, policy, from, to, step }),
      renewals: renewalCalendar(network, { on, policy, from, to }),
      ...(select === undefined
        ? {}
        : {
            selection: {
              maxProposals: select,
              ...selectProposals(network, { on, policy, maxProposals: select }),
            },
          }),
    };
  } catch (error) {
    // What the planning functions refuse (a range of too many steps): the options' fault,
    // said in the run's language, never an internal error.
    if (isLibraryError(error) && (error instanceof RangeError || error instanceof TypeError)) {
      const message = formatMessage(error.code, error.params, { locale });
      throw usageError('cli.plan.refused', { message }, 'plan');
    }
    throw error;
  }
  if (format === 'json') io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
  else {
    const tables = tablesOf(plan, network, locale);
    io.stdout(format === 'md' ? asMarkdown(tables) : asText(tables));
  }
  return EXIT.ok;
}

/**
 * The `plan` command.
 *
 * @example
 * ```ts
 * await planCommand.run(['examples/network.json', '--format', 'json'], context); //=> 0
 * ```
 */
export const planCommand: Command = {
  name: 'plan',
  summary: (locale) => cliText('cli.plan.summary', {}, locale),
  help: (locale) => cliText('cli.plan.help', { steps: STEPS }, locale),
  run: runPlan,
};

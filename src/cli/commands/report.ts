import { buildNetworkReport, renderReport } from '../../reports/index.js';
import { oneFile, parseArguments } from '../_arguments.js';
import { CliError, EXIT, type ExitCode } from '../_errors.js';
import { loadNetwork } from '../_input.js';
import { describeIoError, MESSAGES } from '../_messages.js';
import { choiceOption, dateOption, localDate, planOption } from '../_options.js';
import type { Command, CommandContext } from './_command.js';

const FORMATS = ['md', 'markdown', 'json', 'html'] as const;

const OPTIONS = {
  on: { type: 'string' },
  plan: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function withFinalNewline(text: string): string {
  return text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * `uhs-network report <file>`: the network at a glance on a date, from
 * `buildNetworkReport`, as Markdown, JSON (the report object itself) or a self-contained
 * HTML page, on stdout or in the `--out` file.
 *
 * @param args - The arguments after `report`.
 * @param context - The io and the palette.
 * @returns 0 once the report is written.
 * @throws CliError: exit 1 for an invalid network, 2 for a usage or I/O error.
 *
 * @example
 * ```ts
 * await runReport(['examples/network.json', '--format', 'json'], context);
 * // stdout: { "on": "2017-06-30", "parameters": { … }, "totals": { "partners": 14, … }, … }
 * //=> 0
 * ```
 */
export async function runReport(
  args: readonly string[],
  context: CommandContext,
): Promise<ExitCode> {
  const { io, palette } = context;
  const { values, positionals } = parseArguments('report', args, OPTIONS);
  const on = dateOption('report', '--on', values.on);
  const planPeriod = planOption('report', values.plan);
  const format = choiceOption('report', '--format', values.format, FORMATS, 'md');
  const file = oneFile('report', positionals);

  const network = await loadNetwork(file, io, palette.red);
  const report = buildNetworkReport(network, {
    on: on ?? network.asOf ?? localDate(io.now()),
    planPeriod,
  });
  const text =
    format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : withFinalNewline(renderReport(report, format === 'html' ? 'html' : 'markdown'));

  if (values.out === undefined || values.out === '-') {
    io.stdout(text);
  } else {
    try {
      await io.writeFile(values.out, text);
    } catch (error) {
      throw new CliError(EXIT.usage, MESSAGES.cannotWrite(values.out, describeIoError(error)));
    }
  }
  return EXIT.ok;
}

/**
 * The `report` command.
 *
 * @example
 * ```ts
 * await reportCommand.run(['examples/network.json', '--format', 'html', '--out', 'report.html'], context);
 * //=> 0
 * ```
 */
export const reportCommand: Command = {
  name: 'report',
  summary: 'The network at a glance: coverage, gaps, agreements, strategies, mobility, eligibility',
  help: `Usage: uhs-network report <file> [--on DATE] [--plan START..END] [--format md|json|html] [--out FILE]

Reports on a network document on a date: totals, partners by type, country and region,
the area × activity coverage matrix with its gaps and saturated cells, agreements by
status and those expiring (with their partners and end dates, soonest first), the
strategies of Goal #6 served, the mobility balance and the eligibility of every proposal
(with the rules that fail, in words), then a legend of tiers, statuses and "in force".
Partners appear by name.

  --on DATE             The day of the report, YYYY-MM-DD (default: the file's asOf,
                        else today).
  --plan START..END     The strategic plan period to judge against (default: the file's
                        plan, else 2014-01-01..2018-12-31).
  --format md|json|html Markdown tables (default), the report object as JSON (names,
                        end dates and reasons included), or one self-contained HTML
                        page with the matrix as a heat map.
  --out FILE            Write the report to FILE instead of standard output.
  -h, --help            Show this help.

A file of '-' reads standard input. Issues of an invalid network go to standard error.

Exit codes: 0 done; 1 the file is not a valid network (or not JSON); 2 a usage error,
a bad --on or --plan date, or a file that cannot be read or written.

Example:
  uhs-network report examples/network.json --format json | jq .gaps
`,
  run: runReport,
};

import { DEFAULT_POLICY } from '../../policy/defaultPolicy.js';
import { buildNetworkReport, renderReport } from '../../reports/index.js';
import { oneFile, parseArguments } from '../_arguments.js';
import { cliError, EXIT, type ExitCode } from '../_errors.js';
import { loadNetwork } from '../_input.js';
import { describeIoError } from '../_ioFailure.js';
import { choiceOption, dateOption, localDate, planOption } from '../_options.js';
import { cliText } from '../_text.js';
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
 * HTML page, on stdout or in the `--out` file. Markdown and HTML are in the language of
 * the run; the JSON object is the same in every language.
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
  const { io, palette, locale = 'en' } = context;
  const { values, positionals } = parseArguments('report', args, OPTIONS);
  const on = dateOption('report', '--on', values.on);
  const planPeriod = planOption('report', values.plan);
  const format = choiceOption('report', '--format', values.format, FORMATS, 'md');
  const file = oneFile('report', positionals);

  const network = await loadNetwork(file, io, palette.red, locale);
  const report = buildNetworkReport(network, {
    on: on ?? network.asOf ?? localDate(io.now()),
    planPeriod,
  });
  const text =
    format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : withFinalNewline(renderReport(report, format === 'html' ? 'html' : 'markdown', { locale }));

  if (values.out === undefined || values.out === '-') {
    io.stdout(text);
  } else {
    try {
      await io.writeFile(values.out, text);
    } catch (error) {
      throw cliError(EXIT.usage, 'cli.cannot_write', {
        name: values.out,
        ...describeIoError(error),
      });
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
  summary: (locale) => cliText('cli.report.summary', {}, locale),
  help: (locale) =>
    cliText(
      'cli.report.help',
      { planStart: DEFAULT_POLICY.planPeriod.start, planEnd: DEFAULT_POLICY.planPeriod.end },
      locale,
    ),
  run: runReport,
};

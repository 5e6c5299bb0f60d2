import { evaluateEligibilityBatch } from '../../eligibility/evaluateEligibilityBatch.js';
import type { Decision, EligibilityReport } from '../../eligibility/types.js';
import { DEFAULT_POLICY } from '../../policy/defaultPolicy.js';
import { oneFile, parseArguments } from '../_arguments.js';
import type { Palette } from '../_colour.js';
import { EXIT, type ExitCode } from '../_errors.js';
import { escapeControl } from '../_escape.js';
import { loadNetwork, STDIN_NAME } from '../_input.js';
import { choiceOption, dateOption, localDate, planOption } from '../_options.js';
import { formatTable } from '../_table.js';
import { cliText } from '../_text.js';
import type { Command, CommandContext } from './_command.js';

const FORMATS = ['text', 'json'] as const;

const OPTIONS = {
  on: { type: 'string' },
  plan: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const DECISION_COLUMN = 1;

function paintDecision(palette: Palette, decision: Decision): (text: string) => string {
  switch (decision) {
    case 'eligible':
      return palette.green;
    case 'conditional':
      return palette.yellow;
    case 'ineligible':
      return palette.red;
  }
}

/** One line a proposal: id, decision, tier, intent, failing rules (`-` for none). */
function eligibilityTable(reports: readonly EligibilityReport[], palette: Palette): string {
  const rows = reports.map((report) => {
    const failing = report.results
      .filter((result) => result.outcome === 'fail')
      .map((result) => result.rule);
    return [
      report.proposalId,
      report.decision,
      report.tier ?? '-',
      report.intent,
      failing.length === 0 ? '-' : failing.join(','),
    ];
  });
  return formatTable(rows, (text, column, row) => {
    const report = reports[row];
    return column === DECISION_COLUMN && report !== undefined
      ? paintDecision(palette, report.decision)(text)
      : text;
  });
}

/**
 * `uhs-network eligibility <file>`: the decision on every proposal of a network, from
 * `evaluateEligibilityBatch`, one line a proposal or the reports as JSON (the rules'
 * messages in the language of the run; the table's columns are codes in every language).
 *
 * @param args - The arguments after `eligibility`.
 * @param context - The io and the palette.
 * @returns 0 once the decisions are written, whatever they are.
 * @throws CliError: exit 1 for an invalid network, 2 for a usage or I/O error.
 *
 * @example
 * ```ts
 * await runEligibility(['examples/network.json'], context);
 * // stdout: eoi-osaka-2017       conditional  key        renew       teaching-language
 * //=> 0
 * ```
 */
export async function runEligibility(
  args: readonly string[],
  context: CommandContext,
): Promise<ExitCode> {
  const { io, palette, locale = 'en' } = context;
  const { values, positionals } = parseArguments('eligibility', args, OPTIONS);
  const on = dateOption('eligibility', '--on', values.on);
  const planPeriod = planOption('eligibility', values.plan);
  const format = choiceOption('eligibility', '--format', values.format, FORMATS, 'text');
  const file = oneFile('eligibility', positionals);

  const network = await loadNetwork(file, io, palette.red, locale);
  const reports = evaluateEligibilityBatch(network.proposals ?? [], {
    network,
    on: on ?? network.asOf ?? localDate(io.now()),
    planPeriod,
    locale,
  });
  if (format === 'json') {
    io.stdout(`${JSON.stringify(reports, null, 2)}\n`);
  } else if (reports.length === 0) {
    const message = escapeControl(
      cliText('cli.no_proposals', { name: file === '-' ? STDIN_NAME : file }, locale),
    );
    io.stderr(`${cliText('cli.error_line', { message }, locale)}\n`);
  } else {
    io.stdout(eligibilityTable(reports, palette));
  }
  return EXIT.ok;
}

/**
 * The `eligibility` command.
 *
 * @example
 * ```ts
 * await eligibilityCommand.run(['examples/network.json', '--format', 'json'], context); //=> 0
 * ```
 */
export const eligibilityCommand: Command = {
  name: 'eligibility',
  summary: (locale) => cliText('cli.eligibility.summary', {}, locale),
  help: (locale) =>
    cliText(
      'cli.eligibility.help',
      { planStart: DEFAULT_POLICY.planPeriod.start, planEnd: DEFAULT_POLICY.planPeriod.end },
      locale,
    ),
  run: runEligibility,
};

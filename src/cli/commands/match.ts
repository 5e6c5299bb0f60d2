import { isCellCode, type CellCode } from '../../catalog/cells.js';
import { isHealthField, type HealthFieldCode } from '../../catalog/healthFields.js';
import { isLanguageCode, type LanguageCode } from '../../catalog/languages.js';
import { REGIONS, type RegionCode } from '../../catalog/regions.js';
import type { Network } from '../../schemas/network.js';
import { rankPartners } from '../../synergy/rankPartners.js';
import type { RankedPartner } from '../../synergy/types.js';
import { oneFile, parseArguments } from '../_arguments.js';
import { EXIT, usageError, type ExitCode } from '../_errors.js';
import { loadNetwork } from '../_input.js';
import { MESSAGES } from '../_messages.js';
import {
  choiceOption,
  codeListOption,
  dateOption,
  localDate,
  wholeNumberOption,
} from '../_options.js';
import { formatTable } from '../_table.js';
import type { Command, CommandContext } from './_command.js';

const FORMATS = ['text', 'json'] as const;

const OPTIONS = {
  cells: { type: 'string', multiple: true },
  fields: { type: 'string', multiple: true },
  languages: { type: 'string', multiple: true },
  regions: { type: 'string', multiple: true },
  limit: { type: 'string' },
  on: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const isRegionCode = (value: string): value is RegionCode =>
  REGIONS.some((region) => region.code === value);
const upperCase = (value: string): string => value.toUpperCase();
const lowerCase = (value: string): string => value.toLowerCase();
const asGiven = (value: string): string => value;

/** The ranked table: rank, partner, score, what of the need it matches, and its name. */
function rankingTable(ranked: readonly RankedPartner[], network: Network): string {
  const names = new Map(network.partners.map((partner) => [partner.id as string, partner.name]));
  const list = (values: readonly string[]): string =>
    values.length === 0 ? '-' : values.join(',');
  return formatTable([
    ['#', 'partner', 'score', 'cells', 'fields', 'languages', 'name'],
    ...ranked.map((entry, index) => [
      String(index + 1),
      entry.partnerId,
      String(entry.score),
      list(entry.matched.cells),
      list(entry.matched.fields),
      list(entry.matched.languages),
      names.get(entry.partnerId) ?? '',
    ]),
  ]);
}

/**
 * `uhs-network match <file> --cells …`: the partners able to work in the needed cells,
 * best first, from `rankPartners`, as a ranked table or as JSON.
 *
 * @param args - The arguments after `match`.
 * @param context - The io and the palette.
 * @returns 0 once the ranking is written (even when no partner matches).
 * @throws CliError: exit 1 for an invalid network, 2 for a usage or I/O error (an unknown
 *   cell, field, language or region code, a bad `--on`, a `--limit` that is not a whole
 *   number).
 *
 * @example
 * ```ts
 * await runMatch(['examples/network.json', '--cells', 'C5', '--languages', 'fr', '--limit', '1'], context);
 * // stdout: #  partner            score  cells  fields  languages  name
 * //         1  example-univ-lyon  1      C5     -       fr         Example University of Lyon (fictional)
 * //=> 0
 * ```
 */
export async function runMatch(
  args: readonly string[],
  context: CommandContext,
): Promise<ExitCode> {
  const { io, palette } = context;
  const { values, positionals } = parseArguments('match', args, OPTIONS);
  const cells = codeListOption<CellCode>('match', '--cells', values.cells, {
    normalise: upperCase,
    is: isCellCode,
    what: 'a cell code (A1 … D5)',
  });
  if (cells === undefined) throw usageError(MESSAGES.missingOption('--cells'), 'match');
  const fields = codeListOption<HealthFieldCode>('match', '--fields', values.fields, {
    normalise: asGiven,
    is: isHealthField,
    what: 'an ISCED-F 2013 health field code (0900 … 0988)',
  });
  const languages = codeListOption<LanguageCode>('match', '--languages', values.languages, {
    normalise: lowerCase,
    is: isLanguageCode,
    what: 'an ISO 639-1 language code',
  });
  const regions = codeListOption<RegionCode>('match', '--regions', values.regions, {
    normalise: lowerCase,
    is: isRegionCode,
    what: `a region (${REGIONS.map((region) => region.code).join(', ')})`,
  });
  const limit = wholeNumberOption('match', '--limit', values.limit);
  const on = dateOption('match', '--on', values.on);
  const format = choiceOption('match', '--format', values.format, FORMATS, 'text');
  const file = oneFile('match', positionals);

  const network = await loadNetwork(file, io, palette.red);
  const ranked = rankPartners(
    network,
    { cells, fields, languages, regions },
    { on: on ?? network.asOf ?? localDate(io.now()), limit },
  );
  if (format === 'json') {
    io.stdout(`${JSON.stringify(ranked, null, 2)}\n`);
  } else if (ranked.length === 0) {
    io.stderr(`uhs-network: ${MESSAGES.noMatch()}\n`);
  } else {
    io.stdout(rankingTable(ranked, network));
  }
  return EXIT.ok;
}

/**
 * The `match` command.
 *
 * @example
 * ```ts
 * await matchCommand.run(['examples/network.json', '--cells', 'C5,B4', '--format', 'json'], context); //=> 0
 * ```
 */
export const matchCommand: Command = {
  name: 'match',
  summary: 'Rank the partners able to work in the cells you need',
  help: `Usage: uhs-network match <file> --cells C5,B4 [--fields 0912] [--languages fr] [--regions asean]
                         [--limit N] [--on DATE] [--format text|json]

Ranks the partners of a network document whose capability (the cells they offer, and
those they cover through agreements in force) includes a needed cell. The score is
0.6 × the share of the needed cells, + 0.2 × the share of the needed fields the partner
declares, + 0.2 × the share of the needed languages it works in; a criterion you do not
give counts as fully matched. Ties break by partner id.

  --cells LIST       The needed cells, A1 … D5 (required).
  --fields LIST      ISCED-F 2013 health fields, such as 0912 (medicine).
  --languages LIST   ISO 639-1 language codes, such as fr.
  --regions LIST     Only partners in these regions on the day: ${REGIONS.map((region) => region.code).join(', ')}.
  --limit N          At most N partners.
  --on DATE          The day, YYYY-MM-DD (default: the file's asOf, else today).
  --format text|json A ranked table (default), or the rankPartners array as JSON.
  -h, --help         Show this help.

A LIST is comma-separated (C5,B4), and the option may be repeated. A file of '-' reads
standard input.

Exit codes: 0 done (even when no partner matches); 1 the file is not a valid network (or
not JSON); 2 a usage error: --cells missing, an unknown code, a bad --on date, a --limit
that is not a whole number, or a file that cannot be read.

Example:
  uhs-network match examples/network.json --cells C5,B4 --languages fr --limit 3
`,
  run: runMatch,
};

import { CELLS, isCellCode, type CellCode } from '../../catalog/cells.js';
import {
  HEALTH_FIELD_CODES,
  isHealthField,
  type HealthFieldCode,
} from '../../catalog/healthFields.js';
import { isLanguageCode, type LanguageCode } from '../../catalog/languages.js';
import { REGIONS, type RegionCode } from '../../catalog/regions.js';
import type { Locale } from '../../core/_locales.js';
import { number } from '../../messages/_table.js';
import { DEFAULT_POLICY } from '../../policy/defaultPolicy.js';
import type { Network } from '../../schemas/network.js';
import { rankPartners } from '../../synergy/rankPartners.js';
import type { RankedPartner } from '../../synergy/types.js';
import { oneFile, parseArguments } from '../_arguments.js';
import { EXIT, usageError, type ExitCode } from '../_errors.js';
import { escapeControl } from '../_escape.js';
import { loadNetwork } from '../_input.js';
import {
  choiceOption,
  codeListOption,
  dateOption,
  localDate,
  wholeNumberOption,
} from '../_options.js';
import { formatTable } from '../_table.js';
import { cliText } from '../_text.js';
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

const REGION_CODES: readonly string[] = REGIONS.map((region) => region.code);
const isRegionCode = (value: string): value is RegionCode => REGION_CODES.includes(value);
const FIRST_CELL = CELLS[0];
const LAST_CELL = CELLS[CELLS.length - 1] ?? '';
const COLUMNS = ['rank', 'partner', 'score', 'cells', 'fields', 'languages', 'name'] as const;
const upperCase = (value: string): string => value.toUpperCase();
const lowerCase = (value: string): string => value.toLowerCase();
const asGiven = (value: string): string => value;

/** The ranked table: rank, partner, score, what of the need it matches, and its name. */
function rankingTable(ranked: readonly RankedPartner[], network: Network, locale: Locale): string {
  const names = new Map(network.partners.map((partner) => [partner.id as string, partner.name]));
  const list = (values: readonly string[]): string =>
    values.length === 0 ? '-' : values.join(',');
  return formatTable([
    COLUMNS.map((column) => cliText('cli.match_column', { column }, locale)),
    ...ranked.map((entry, index) => [
      String(index + 1),
      entry.partnerId,
      // Scores carry at most 6 decimals (rankPartners rounds them): 0.7, or 0,7 in French.
      locale === 'en' ? String(entry.score) : number(entry.score, locale, 6),
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
  const { io, palette, locale = 'en' } = context;
  const { values, positionals } = parseArguments('match', args, OPTIONS);
  const cells = codeListOption<CellCode>('match', '--cells', values.cells, {
    normalise: upperCase,
    is: isCellCode,
    what: { kind: 'cell', first: FIRST_CELL, last: LAST_CELL },
  });
  if (cells === undefined) throw usageError('cli.missing_option', { option: '--cells' }, 'match');
  const fields = codeListOption<HealthFieldCode>('match', '--fields', values.fields, {
    normalise: asGiven,
    is: isHealthField,
    what: {
      kind: 'health-field',
      first: HEALTH_FIELD_CODES[0] ?? '',
      last: HEALTH_FIELD_CODES.at(-1) ?? '',
    },
  });
  const languages = codeListOption<LanguageCode>('match', '--languages', values.languages, {
    normalise: lowerCase,
    is: isLanguageCode,
    what: { kind: 'language' },
  });
  const regions = codeListOption<RegionCode>('match', '--regions', values.regions, {
    normalise: lowerCase,
    is: isRegionCode,
    what: { kind: 'region', codes: REGION_CODES },
  });
  const limit = wholeNumberOption('match', '--limit', values.limit);
  const on = dateOption('match', '--on', values.on);
  const format = choiceOption('match', '--format', values.format, FORMATS, 'text');
  const file = oneFile('match', positionals);

  const network = await loadNetwork(file, io, palette.red, locale);
  const ranked = rankPartners(
    network,
    { cells, fields, languages, regions },
    { on: on ?? network.asOf ?? localDate(io.now()), limit },
  );
  if (format === 'json') {
    io.stdout(`${JSON.stringify(ranked, null, 2)}\n`);
  } else if (ranked.length === 0) {
    const message = escapeControl(cliText('cli.no_match', {}, locale));
    io.stderr(`${cliText('cli.error_line', { message }, locale)}\n`);
  } else {
    io.stdout(rankingTable(ranked, network, locale));
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
  summary: (locale) => cliText('cli.match.summary', {}, locale),
  help: (locale) =>
    cliText(
      'cli.match.help',
      {
        cellsWeight: DEFAULT_POLICY.rankWeights.cells,
        fieldsWeight: DEFAULT_POLICY.rankWeights.fields,
        languagesWeight: DEFAULT_POLICY.rankWeights.languages,
        firstCell: FIRST_CELL,
        lastCell: LAST_CELL,
        regions: REGION_CODES,
      },
      locale,
    ),
  run: runMatch,
};

import type { Locale } from '../../core/_locales.js';
import type { EwpImport } from '../../ewp/readEwpIias.js';
import {
  EWP_MAX_XML_LENGTH,
  type EwpDifference,
  type EwpIssue,
  type EwpWarning,
  type EwpWriteIssue,
} from '../../ewp/types.js';
import { formatMessage } from '../../messages/index.js';
import { DEFAULT_POLICY } from '../../policy/defaultPolicy.js';
import { policyFor } from '../../policy/policyFor.js';
import type { Agreement } from '../../schemas/agreement.js';
import type { NetworkInput } from '../../schemas/network.js';
import { safeParseNetwork } from '../../schemas/parse.js';
import type { Partner } from '../../schemas/partner.js';
import { SchacIdSchema } from '../../schemas/primitives.js';
import { oneFile, parseArguments } from '../_arguments.js';
import { CliError, cliError, EXIT, usageError, type ExitCode } from '../_errors.js';
import { escapeControl } from '../_escape.js';
import { duplicateKeyIssues } from '../_duplicateKeys.js';
import {
  issueLine,
  jsonErrorLine,
  loadNetwork,
  location,
  MAX_JSON_BYTES_VARIABLE,
  maxJsonBytes,
  readInput,
  STDIN_NAME,
  utf8ErrorLine,
} from '../_input.js';
import { describeIoError } from '../_ioFailure.js';
import { parseJsonText } from '../_json.js';
import { choiceOption } from '../_options.js';
import { LineWriter } from '../_output.js';
import { formatTable } from '../_table.js';
import { cliText } from '../_text.js';
import type { Command, CommandContext } from './_command.js';

/**
 * The EWP functions, loaded when an `ewp` command runs: the XML parser is then read only by
 * those commands, so every other command starts with no more files open than before (a low
 * `ulimit -n` stays a clear error, issue 16).
 */
async function loadEwp(): Promise<{
  readonly safeEwpIiaHash: typeof import('../../ewp/safeEwpIiaHash.js').safeEwpIiaHash;
  readonly safeDiffEwpIias: typeof import('../../ewp/safeDiffEwpIias.js').safeDiffEwpIias;
}> {
  const [hash, diff] = await Promise.all([
    import('../../ewp/safeEwpIiaHash.js'),
    import('../../ewp/safeDiffEwpIias.js'),
  ]);
  return { safeEwpIiaHash: hash.safeEwpIiaHash, safeDiffEwpIias: diff.safeDiffEwpIias };
}

/** `readEwpIias`, loaded when `ewp import` runs (see {@link loadEwp}). */
async function loadReader(): Promise<typeof import('../../ewp/readEwpIias.js').readEwpIias> {
  return (await import('../../ewp/readEwpIias.js')).readEwpIias;
}

/** `safeWriteEwpIia`, loaded when `ewp export` runs (see {@link loadEwp}). */
async function loadWriter(): Promise<
  typeof import('../../ewp/safeWriteEwpIia.js').safeWriteEwpIia
> {
  return (await import('../../ewp/safeWriteEwpIia.js')).safeWriteEwpIia;
}

/** The subcommands of `ewp`, in the order the help and the usage errors list them. */
const SUBCOMMANDS = ['import', 'export', 'hash', 'diff'] as const;

const FORMATS = ['text', 'json'] as const;

const OPTIONS = {
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const IMPORT_OPTIONS = {
  network: { type: 'string' },
  out: { type: 'string' },
  home: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const EXPORT_OPTIONS = {
  agreement: { type: 'string' },
  out: { type: 'string' },
  home: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The most duplicate keys listed for one network document (as the other commands do). */
const DUPLICATES_LISTED = 1000;

/** The longest id of a partner or an agreement (SPEC §5.1). */
const MAX_ID_LENGTH = 64;

/**
 * The most bytes read as one EWP XML document: 4 bytes a character at most, so a larger
 * input is surely longer than the `EWP_MAX_XML_LENGTH` characters `./ewp` reads.
 */
const MAX_XML_BYTES = 4 * EWP_MAX_XML_LENGTH;

/** The name of a file argument in messages. */
function nameOf(file: string): string {
  return file === '-' ? STDIN_NAME : file;
}

/**
 * Reads one XML file as UTF-8 text, with the size cap of the other commands (the lower of
 * `UHS_NETWORK_MAX_JSON_BYTES` and {@link MAX_XML_BYTES}). A byte order mark at the start
 * is dropped.
 *
 * @throws CliError: exit 1 for bytes that are not UTF-8 (the line goes to stderr first), 2
 *   for a file that cannot be read or is too large.
 */
async function readXml(
  file: string,
  { io, palette, locale = 'en' }: CommandContext,
): Promise<string> {
  const limit = Math.min(maxJsonBytes(io.env), MAX_XML_BYTES);
  let input;
  try {
    input = await readInput(file, io, limit);
  } catch (error) {
    if (error instanceof CliError && error.code === 'cli.too_large') {
      throw cliError(EXIT.usage, 'cli.ewp.too_large', { name: nameOf(file), limit });
    }
    throw error;
  }
  if (!input.ok) {
    const where = location(input.name, input.line);
    io.stderr(`${utf8ErrorLine(where, input.offset, input.byte, palette.red, locale)}\n`);
    throw cliError(EXIT.invalidData, 'cli.not_utf8', { name: input.name });
  }
  return input.text.startsWith('\uFEFF') ? input.text.slice(1) : input.text;
}

/**
 * One line of what is wrong with an input, `file: path: message` (`file: message` for the
 * whole input), with the input's control characters escaped.
 */
function inputLine(
  name: string,
  path: string,
  message: string,
  { palette, locale = 'en' }: CommandContext,
): string {
  const text = escapeControl(
    path === '' ? message : cliText('cli.issue_line', { where: path, text: message }, locale),
  );
  return cliText('cli.issue_line', { where: palette.red(escapeControl(name)), text }, locale);
}

/** A path in a network as the other lines of the CLI write it: `agreements[3].commitments[2]`. */
function networkPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${String(key)}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** Writes the issues of an XML document on stderr, `file: path: message`. */
async function writeXmlIssues(
  name: string,
  issues: readonly EwpIssue[],
  context: CommandContext,
): Promise<void> {
  const { io, locale = 'en' } = context;
  const out = new LineWriter(io.stderr);
  for (const issue of issues) {
    const message = formatMessage(`ewp.${issue.code}`, issue.params, { locale });
    out.line(inputLine(name, issue.path, message, context));
  }
  await out.flush();
}

/**
 * Writes the issues of an import on stderr, `file: path: message`, then a line that says
 * what they mean: what they concern is not imported.
 */
async function writeImportIssues(
  name: string,
  issues: readonly EwpIssue[],
  context: CommandContext,
): Promise<void> {
  if (issues.length === 0) return;
  await writeXmlIssues(name, issues, context);
  const summary = cliText(
    'cli.ewp.import_issues',
    { name, issues: issues.length },
    context.locale ?? 'en',
  );
  context.io.stderr(`${escapeControl(summary)}\n`);
}

/**
 * Writes the issues of an XML document on stderr, `file: path: message`, and stops the
 * command with exit 1.
 */
async function failWithIssues(
  name: string,
  issues: readonly EwpIssue[],
  context: CommandContext,
): Promise<never> {
  await writeXmlIssues(name, issues, context);
  throw cliError(EXIT.invalidData, 'cli.ewp.invalid_xml', { name, issues: issues.length });
}

/** One difference as a line, `path: message`, in a language. */
function differenceLine(difference: EwpDifference, locale: Locale): string {
  const message = formatMessage(`ewp.difference.${difference.code}`, difference.params, {
    locale,
  });
  return escapeControl(
    cliText('cli.issue_line', { where: difference.path, text: message }, locale),
  );
}

/**
 * `uhs-network ewp hash <file.xml>`: the `iia-hash` of each `iia` of an IIAs API v7
 * `iias-get-response`, from `safeEwpIiaHash`, one line an IIA
 * (`<iia-id>  <sha256>  valid for approval: yes|no`) or as JSON.
 *
 * @param args - The arguments after `hash`.
 * @param context - The io, the palette and the language.
 * @returns 0 once the hashes are written.
 * @throws CliError: exit 1 when the XML has issues (written on stderr first), 2 for a
 *   usage error or a file that cannot be read.
 *
 * @example
 * ```ts
 * await runEwpHash(['test/fixtures/ewp/iias-v7-get-response-example.xml'], context); //=> 0
 * output.stdout.at(-1);
 * //=> '0f7a5682-faf7-49a7-9cc7-ec486c49a281  e950faa83a799cf45839e7915db88ed51575babe7845c1219dfde54ce30a61e4  valid for approval: yes\n'
 * ```
 */
export async function runEwpHash(
  args: readonly string[],
  context: CommandContext,
): Promise<ExitCode> {
  const { io, locale = 'en' } = context;
  const { values, positionals } = parseArguments('ewp', args, OPTIONS);
  const format = choiceOption('ewp', '--format', values.format, FORMATS, 'text');
  const file = oneFile('ewp', positionals);
  const xml = await readXml(file, context);
  const { safeEwpIiaHash } = await loadEwp();
  const result = safeEwpIiaHash(xml);
  if (!result.success) return failWithIssues(nameOf(file), result.issues, context);
  if (format === 'json') {
    io.stdout(`${JSON.stringify(result.data, null, 2)}\n`);
  } else {
    io.stdout(
      formatTable(
        result.data.map((entry) => [
          entry.iiaId === '' ? '-' : entry.iiaId,
          entry.hash,
          cliText('cli.ewp.valid_for_approval', { valid: entry.validForApproval }, locale),
        ]),
      ),
    );
  }
  return EXIT.ok;
}

/**
 * `uhs-network ewp diff <ours.xml> <theirs.xml>`: every difference between two copies of an
 * IIA that changes its `iia-hash`, from `safeDiffEwpIias`, one line each (`path: message`)
 * with a summary on stderr, or as JSON (the messages in the chosen language).
 *
 * @param args - The arguments after `diff`.
 * @param context - The io, the palette and the language.
 * @returns 0 when the copies agree, 1 when they differ.
 * @throws CliError: exit 1 when a file's XML has issues (written on stderr first), 2 for a
 *   usage error or a file that cannot be read.
 *
 * @example
 * ```ts
 * const ours = 'test/fixtures/ewp/iias-v7-get-response-example.xml';
 * await runEwpDiff([ours, ours], context); //=> 0
 * output.stdout.at(-1); //=> 'the copies agree (same iia-hash)\n'
 * ```
 */
export async function runEwpDiff(
  args: readonly string[],
  context: CommandContext,
): Promise<ExitCode> {
  const { io, palette, locale = 'en' } = context;
  const { values, positionals } = parseArguments('ewp', args, OPTIONS);
  const format = choiceOption('ewp', '--format', values.format, FORMATS, 'text');
  const [oursFile, theirsFile, extra] = positionals;
  if (oursFile === undefined || theirsFile === undefined) {
    throw usageError('cli.ewp.missing_copies', {}, 'ewp');
  }
  if (extra !== undefined) throw usageError('cli.unexpected_argument', { argument: extra }, 'ewp');
  if (oursFile === '-' && theirsFile === '-') throw usageError('cli.stdin_twice', {}, 'ewp');
  const ours = await readXml(oursFile, context);
  const theirs = await readXml(theirsFile, context);
  const { safeDiffEwpIias, safeEwpIiaHash } = await loadEwp();
  const result = safeDiffEwpIias(ours, theirs);
  if (!result.success) {
    // The issues are those of the first copy that cannot be read.
    const failing = safeEwpIiaHash(ours).success ? theirsFile : oursFile;
    return failWithIssues(nameOf(failing), result.issues, context);
  }
  const differences = result.data;
  if (format === 'json') {
    const localised = differences.map((difference) => ({
      ...difference,
      message: formatMessage(`ewp.difference.${difference.code}`, difference.params, { locale }),
    }));
    io.stdout(`${JSON.stringify(localised, null, 2)}\n`);
  } else if (differences.length === 0) {
    io.stdout(`${cliText('cli.ewp.agree', {}, locale)}\n`);
  } else {
    const out = new LineWriter(io.stdout, io.drain);
    for (const difference of differences) out.line(differenceLine(difference, locale));
    await out.flush();
  }
  if (differences.length === 0) return EXIT.ok;
  const summary = cliText(
    'cli.ewp.differ',
    { ours: nameOf(oursFile), theirs: nameOf(theirsFile), count: differences.length },
    locale,
  );
  io.stderr(`${palette.red(escapeControl(summary))}\n`);
  return EXIT.invalidData;
}

/**
 * The `--home` option: the SCHAC id of the home institution, or absent.
 *
 * @throws CliError (exit 2) when it is not a SCHAC id.
 */
function homeOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!SchacIdSchema.safeParse(value).success) {
    throw usageError('cli.ewp.bad_home', { received: value }, 'ewp');
  }
  return value;
}

/**
 * Writes a command's result to the `--out` file, or to standard output when there is none
 * (or it is `-`).
 *
 * @throws CliError (exit 2) when the file cannot be written.
 */
async function writeResult(out: string | undefined, text: string, { io }: CommandContext) {
  if (out === undefined || out === '-') {
    io.stdout(text);
    return;
  }
  try {
    await io.writeFile(out, text);
  } catch (error) {
    throw cliError(EXIT.usage, 'cli.cannot_write', { name: out, ...describeIoError(error) });
  }
}

/** A network as it is written back: the parsed network, with `home` only if it had one. */
type NetworkDocument = Omit<NetworkInput, 'partners' | 'agreements'> & {
  partners: Partner[];
  agreements: Agreement[];
};

/** A network read for `ewp import --network`: its name, and the document to merge into. */
interface LoadedNetwork {
  readonly name: string;
  readonly document: NetworkDocument;
  /** The home institution's SCHAC id, from the network's `home` (`policyFor`). */
  readonly homeHeiId: string;
}

/**
 * Reads and validates the network to merge into, as `loadNetwork` does for the other
 * commands (issues on stderr, exit 1; exit 2 for a file that cannot be read), and keeps
 * what the document said: a network without `home` is written back without one. A
 * version-1 network comes back in version 2, as `migrateNetwork` gives it.
 */
async function loadNetworkDocument(file: string, context: CommandContext): Promise<LoadedNetwork> {
  const { io, palette, locale = 'en' } = context;
  const input = await readInput(file, io, maxJsonBytes(io.env));
  const name = input.name;
  if (!input.ok) {
    const where = location(name, input.line);
    io.stderr(`${utf8ErrorLine(where, input.offset, input.byte, palette.red, locale)}\n`);
    throw cliError(EXIT.invalidData, 'cli.not_utf8', { name });
  }
  const json = parseJsonText(input.text);
  if (!json.ok) {
    const where = location(name, json.line);
    io.stderr(`${jsonErrorLine(where, json.problem, json.column, palette.red, locale)}\n`);
    throw cliError(EXIT.invalidData, 'cli.not_json', { name });
  }
  const duplicates = duplicateKeyIssues(input.text, json.value, DUPLICATES_LISTED);
  const parsed = safeParseNetwork(json.value);
  if (duplicates.length > 0 || !parsed.success) {
    const issues = parsed.success ? duplicates : [...duplicates, ...parsed.issues];
    const out = new LineWriter(io.stderr);
    for (const issue of issues) out.line(issueLine(name, issue, [], palette.red, locale));
    await out.flush();
    throw cliError(EXIT.invalidData, 'cli.invalid_network', { name, issues: issues.length });
  }
  const network = parsed.data;
  const value = json.value as Readonly<Record<string, unknown>>;
  const hadHome = Object.hasOwn(value, 'home') && value['home'] !== undefined;
  const { home: _home, ...withoutHome } = network;
  return {
    name,
    document: hadHome ? network : withoutHome,
    homeHeiId: policyFor(network).homeHeiId,
  };
}

/** Whether two partners are one institution: the same SCHAC id, or the same ROR id. */
function sameInstitution(a: Partner, b: Partner): boolean {
  const same = (x: string | undefined, y: string | undefined): boolean =>
    x !== undefined && x === y;
  return (
    same(a.identifiers?.schac, b.identifiers?.schac) || same(a.identifiers?.ror, b.identifiers?.ror)
  );
}

/** `id`, or `id-2`, `id-3` … (cut to 64 characters): the first that `taken` does not hold. */
function freeId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n += 1) {
    const suffix = `-${String(n)}`;
    const candidate = `${id.slice(0, MAX_ID_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** An imported agreement that the network already holds, by an `iia-id` of the same HEI. */
interface Conflict {
  readonly id: string;
  readonly existing: string;
  readonly heiId: string;
  readonly iiaId: string;
  /** Where the `iia-id` is in the network. */
  readonly path: readonly (string | number)[];
}

/** An imported record added under another id, the network having a different one by its id. */
interface Renamed {
  readonly kind: 'partner' | 'agreement';
  readonly id: string;
  readonly renamed: string;
}

/** An imported agreement left out because its partner is neither imported nor in the network. */
interface Unplaced {
  readonly id: string;
  readonly partnerId: string;
  readonly heiId: string;
}

/** What merging an import into a network did. */
interface Merge {
  readonly document: NetworkDocument;
  readonly agreements: number;
  readonly partners: number;
  readonly matched: number;
  /** The SCHAC ids of the partners `readEwpIias` could not make, matched in the network. */
  readonly resolved: ReadonlySet<string>;
  readonly conflicts: readonly Conflict[];
  readonly unplaced: readonly Unplaced[];
  readonly renamed: readonly Renamed[];
}

/** The first agreement of `agreements` with an `iia-id` of one of `agreement`'s HEIs. */
function conflictOf(agreement: Agreement, agreements: readonly Agreement[]): Conflict | undefined {
  for (const [index, existing] of agreements.entries()) {
    for (const [position, theirs] of (existing.ewp?.partners ?? []).entries()) {
      for (const ours of agreement.ewp?.partners ?? []) {
        if (
          ours.iiaId !== undefined &&
          ours.heiId === theirs.heiId &&
          ours.iiaId === theirs.iiaId
        ) {
          return {
            id: agreement.id,
            existing: existing.id,
            heiId: ours.heiId,
            iiaId: ours.iiaId,
            path: ['agreements', index, 'ewp', 'partners', position, 'iiaId'],
          };
        }
      }
    }
  }
  return undefined;
}

/**
 * Adds what `readEwpIias` read to a network, in document order. An agreement whose `iia-id`
 * the network has for the same HEI is a conflict, not added: it is never replaced, as the
 * network's agreement may say more than EWP can. Each partner of an added agreement is
 * matched to a partner of the network with the same SCHAC or ROR id (the SCHAC id of the
 * IIA's other HEI when `readEwpIias` could not make a partner of it), else added; an
 * agreement whose partner is neither is left out. An id the network uses for another
 * record gets a suffix. The document is not mutated.
 */
function mergeImport(document: NetworkDocument, imported: EwpImport, homeHeiId: string): Merge {
  const partners = [...document.partners];
  const agreements = [...document.agreements];
  const importedPartners = new Map<string, Partner>(
    imported.partners.map((partner) => [partner.id, partner]),
  );
  const partnerIds = new Set<string>(partners.map((partner) => partner.id));
  const agreementIds = new Set<string>(agreements.map((agreement) => agreement.id));
  /** Where each imported partner id went in the network. */
  const placed = new Map<string, Partner['id']>();
  const conflicts: Conflict[] = [];
  const unplaced: Unplaced[] = [];
  const renamed: Renamed[] = [];
  let matched = 0;
  const resolved = new Set<string>();
  let addedPartners = 0;
  let addedAgreements = 0;

  const otherHeiIds = (agreement: Agreement): string[] =>
    (agreement.ewp?.partners ?? [])
      .map((partner) => partner.heiId)
      .filter((heiId) => heiId !== homeHeiId);
  const place = (partnerId: string, agreement: Agreement): Partner['id'] | undefined => {
    const known = placed.get(partnerId);
    if (known !== undefined) return known;
    const partner = importedPartners.get(partnerId);
    const heiIds = otherHeiIds(agreement);
    const match = partners.find((existing) =>
      partner === undefined
        ? heiIds.includes(existing.identifiers?.schac ?? '')
        : sameInstitution(existing, partner),
    );
    if (match !== undefined) {
      placed.set(partnerId, match.id);
      matched += 1;
      if (partner === undefined && match.identifiers?.schac !== undefined)
        resolved.add(match.identifiers.schac);
      return match.id;
    }
    if (partner === undefined) return undefined;
    const id = freeId(partner.id, partnerIds) as Partner['id'];
    if (id !== partner.id) renamed.push({ kind: 'partner', id: partner.id, renamed: id });
    partnerIds.add(id);
    placed.set(partnerId, id);
    partners.push(id === partner.id ? partner : { ...partner, id });
    addedPartners += 1;
    return id;
  };

  for (const agreement of imported.agreements) {
    const conflict = conflictOf(agreement, agreements);
    if (conflict !== undefined) {
      conflicts.push(conflict);
      continue;
    }
    const ids: Partner['id'][] = [];
    for (const partnerId of agreement.partnerIds) {
      const id = place(partnerId, agreement);
      if (id === undefined) {
        unplaced.push({ id: agreement.id, partnerId, heiId: otherHeiIds(agreement).join(', ') });
        break;
      }
      ids.push(id);
    }
    if (ids.length < agreement.partnerIds.length) continue;
    const id = freeId(agreement.id, agreementIds) as Agreement['id'];
    if (id !== agreement.id) renamed.push({ kind: 'agreement', id: agreement.id, renamed: id });
    agreementIds.add(id);
    agreements.push({ ...agreement, id, partnerIds: ids });
    addedAgreements += 1;
  }
  return {
    document: { ...document, partners, agreements },
    agreements: addedAgreements,
    partners: addedPartners,
    matched,
    resolved,
    conflicts,
    unplaced,
    renamed,
  };
}

/** The import as tables for people: its agreements, then its partners. */
function importTables(imported: EwpImport, locale: Locale): string {
  const column = (name: string): string =>
    cliText('cli.ewp.import_column', { column: name }, locale);
  const tables: string[] = [];
  if (imported.agreements.length > 0) {
    tables.push(
      formatTable([
        ['agreement', 'partners', 'period', 'cells', 'commitments'].map(column),
        ...imported.agreements.map((agreement) => [
          agreement.id,
          agreement.partnerIds.join(','),
          `${agreement.startsOn}..${agreement.endsOn}`,
          agreement.scope.join(','),
          String(agreement.commitments.length),
        ]),
      ]),
    );
  }
  if (imported.partners.length > 0) {
    tables.push(
      formatTable([
        ['partner', 'schac', 'country', 'name'].map(column),
        ...imported.partners.map((partner) => [
          partner.id,
          partner.identifiers?.schac ?? '-',
          partner.country,
          partner.name,
        ]),
      ]),
    );
  }
  return tables.join('\n');
}

/**
 * `uhs-network ewp import <file.xml> [--network net.json]`: the IIAs of an IIAs API v7
 * `iias-get-response` as agreements and partners of the network's model, from `readEwpIias`.
 * Without `--network`, printed as tables, or as JSON `{ agreements, partners, issues }` (with
 * `--format json`, or always in the `--out` file). With `--network`, merged into that network
 * (partners matched by SCHAC or ROR id, conflicts by `iia-id` reported and not imported
 * again), which is written (to `--out`, else stdout) only if it is still valid. Import
 * issues and conflicts go to stderr with their paths.
 *
 * @param args - The arguments after `import`.
 * @param context - The io, the palette and the language.
 * @returns 0 once the import is written, whatever its issues (on stderr); 1 when an
 *   imported agreement is a conflict or cannot be added (the rest is still written).
 * @throws CliError: exit 1 when nothing can be imported, or when the network (or the network
 *   with the import) is not valid; 2 for a usage error or a file that cannot be read or
 *   written.
 *
 * @example
 * ```ts
 * await runEwpImport(['test/fixtures/ewp/iias-v7-get-response-example.xml', '--home', 'uw.edu.pl', '--format', 'json'], context); //=> 0
 * ```
 */
export async function runEwpImport(
  args: readonly string[],
  context: CommandContext,
): Promise<ExitCode> {
  const { io, locale = 'en' } = context;
  const { values, positionals } = parseArguments('ewp', args, IMPORT_OPTIONS);
  const format = choiceOption('ewp', '--format', values.format, FORMATS, 'text');
  const home = homeOption(values.home);
  const file = oneFile('ewp', positionals);
  if (file === '-' && values.network === '-') throw usageError('cli.stdin_twice', {}, 'ewp');
  const xml = await readXml(file, context);
  const network =
    values.network === undefined ? undefined : await loadNetworkDocument(values.network, context);
  const readEwpIias = await loadReader();
  const homeHeiId = home ?? network?.homeHeiId;
  const imported = readEwpIias(xml, homeHeiId === undefined ? {} : { homeHeiId });
  const name = nameOf(file);
  const { issues } = imported;
  if (imported.agreements.length === 0 && issues.length > 0) {
    await writeXmlIssues(name, issues, context);
    throw cliError(EXIT.invalidData, 'cli.ewp.nothing_imported', { name, issues: issues.length });
  }

  if (network === undefined) {
    if (format === 'json' || (values.out !== undefined && values.out !== '-')) {
      const localised = issues.map((issue) => ({
        ...issue,
        message: formatMessage(`ewp.${issue.code}`, issue.params, { locale }),
      }));
      const document = { agreements: imported.agreements, partners: imported.partners };
      await writeResult(
        values.out,
        `${JSON.stringify({ ...document, issues: localised }, null, 2)}\n`,
        context,
      );
    } else {
      const summary = cliText(
        'cli.ewp.imported',
        { name, agreements: imported.agreements.length, partners: imported.partners.length },
        locale,
      );
      const tables = importTables(imported, locale);
      io.stdout(`${tables}${tables === '' ? '' : '\n'}${escapeControl(summary)}\n`);
    }
    await writeImportIssues(name, issues, context);
    return EXIT.ok;
  }

  const merge = mergeImport(network.document, imported, homeHeiId ?? DEFAULT_POLICY.homeHeiId);
  // A partner the reader could not make but the merge matched by its SCHAC id is resolved:
  // its `partner_incomplete` issue (which asks for just that) is not worth printing.
  const shown = issues.filter(
    (issue) =>
      issue.code !== 'partner_incomplete' || !merge.resolved.has(String(issue.params['heiId'])),
  );
  const checked = safeParseNetwork(merge.document);
  if (!checked.success) {
    await writeImportIssues(name, shown, context);
    const out = new LineWriter(io.stderr);
    for (const issue of checked.issues) {
      out.line(issueLine(network.name, issue, [], context.palette.red, locale));
    }
    await out.flush();
    throw cliError(EXIT.invalidData, 'cli.ewp.merged_invalid', {
      name: network.name,
      issues: checked.issues.length,
    });
  }
  await writeResult(values.out, `${JSON.stringify(merge.document, null, 2)}\n`, context);
  await writeImportIssues(name, shown, context);
  const out = new LineWriter(io.stderr);
  for (const conflict of merge.conflicts) {
    const { path, ...params } = conflict;
    const message = cliText('cli.ewp.conflict', params, locale);
    out.line(inputLine(network.name, networkPath(path), message, context));
  }
  for (const left of merge.unplaced) {
    out.line(inputLine(name, '', cliText('cli.ewp.partner_missing', left, locale), context));
  }
  for (const renamed of merge.renamed) {
    out.line(inputLine(network.name, '', cliText('cli.ewp.renamed', renamed, locale), context));
  }
  const summary = cliText(
    'cli.ewp.merged',
    {
      name: network.name,
      agreements: merge.agreements,
      partners: merge.partners,
      matched: merge.matched,
      conflicts: merge.conflicts.length,
    },
    locale,
  );
  out.line(escapeControl(summary));
  await out.flush();
  return merge.conflicts.length === 0 && merge.unplaced.length === 0 ? EXIT.ok : EXIT.invalidData;
}

/** Writes the warnings of an export on stderr, `file: path: message`. */
async function writeWarnings(
  name: string,
  warnings: readonly EwpWarning[],
  context: CommandContext,
): Promise<void> {
  const { io, locale = 'en' } = context;
  const out = new LineWriter(io.stderr);
  for (const warning of warnings) {
    const message = formatMessage(`ewp.warning.${warning.code}`, warning.params, { locale });
    out.line(inputLine(name, networkPath(warning.path), message, context));
  }
  await out.flush();
}

/** Writes on stderr why an agreement cannot be exported, `file: path: message`. */
async function writeExportIssues(
  name: string,
  issues: readonly EwpWriteIssue[],
  context: CommandContext,
): Promise<void> {
  const { io, palette, locale = 'en' } = context;
  const out = new LineWriter(io.stderr);
  for (const issue of issues) {
    const message = formatMessage(`ewp.export.${issue.code}`, issue.params, { locale });
    out.line(inputLine(name, networkPath(issue.path), message, context));
    for (const inner of issue.networkIssues ?? []) {
      out.line(issueLine(name, inner, [], palette.red, locale));
    }
  }
  await out.flush();
}

/**
 * `uhs-network ewp export <network.json> --agreement ID`: one agreement of a network as an
 * IIAs API v7 `iias-get-response`, with its `iia-hash`, from `safeWriteEwpIia`, to stdout or
 * the `--out` file. What EWP cannot express is a warning on stderr (`file: path: message`);
 * the XML is written all the same.
 *
 * @param args - The arguments after `export`.
 * @param context - The io, the palette and the language.
 * @returns 0 once the XML is written, with or without warnings.
 * @throws CliError: exit 1 for an invalid network or an agreement that cannot be written as
 *   an IIA (such as a partner without a SCHAC id), 2 for a usage error (an unknown agreement
 *   id included) or a file that cannot be read or written.
 *
 * @example
 * ```ts
 * await runEwpExport(['examples/network.json', '--agreement', 'no-such-agreement'], context);
 * // throws: --agreement: examples/network.json has no agreement 'no-such-agreement' (it has 12 agreements)
 * ```
 */
export async function runEwpExport(
  args: readonly string[],
  context: CommandContext,
): Promise<ExitCode> {
  const { io, palette, locale = 'en' } = context;
  const { values, positionals } = parseArguments('ewp', args, EXPORT_OPTIONS);
  const home = homeOption(values.home);
  const id = values.agreement;
  if (id === undefined) throw usageError('cli.missing_option', { option: '--agreement' }, 'ewp');
  const file = oneFile('ewp', positionals);
  const network = await loadNetwork(file, io, palette.red, locale);
  const name = nameOf(file);
  const unknown = (): CliError =>
    cliError(EXIT.usage, 'cli.ewp.unknown_agreement', {
      id,
      name,
      count: network.agreements.length,
    });
  if (!network.agreements.some((agreement) => agreement.id === id)) throw unknown();
  const safeWriteEwpIia = await loadWriter();
  // Without --home, the network's home institution (policyFor) is the first partner.
  const result = safeWriteEwpIia(network, id, home === undefined ? {} : { homeHeiId: home });
  if (!result.success) {
    if (result.issues.some((issue) => issue.code === 'unknown_agreement')) throw unknown();
    await writeExportIssues(name, result.issues, context);
    throw cliError(EXIT.invalidData, 'cli.ewp.cannot_export', {
      name,
      id,
      issues: result.issues.length,
    });
  }
  const { xml, warnings } = result.data;
  await writeResult(values.out, xml.endsWith('\n') ? xml : `${xml}\n`, context);
  if (warnings.length > 0) {
    await writeWarnings(name, warnings, context);
    const summary = cliText(
      'cli.ewp.exported_with_warnings',
      { name, id, warnings: warnings.length },
      locale,
    );
    io.stderr(`${escapeControl(summary)}\n`);
  }
  return EXIT.ok;
}

/**
 * `uhs-network ewp <import|export|hash|diff> …`: the exchange with Erasmus Without Paper (IIAs API v7).
 *
 * @param args - The arguments after `ewp`: the subcommand, then its own.
 * @param context - The io, the palette and the language.
 * @returns The subcommand's exit code.
 * @throws CliError (exit 2) for a missing or unknown subcommand.
 *
 * @example
 * ```ts
 * runEwp(['send', 'x.xml'], context); // throws: unknown ewp command 'send': expected one of import, export, hash, diff
 * ```
 */
export function runEwp(args: readonly string[], context: CommandContext): Promise<ExitCode> {
  const [subcommand, ...rest] = args;
  const names = [...SUBCOMMANDS];
  if (subcommand === undefined) throw usageError('cli.ewp.missing_subcommand', { names }, 'ewp');
  if (subcommand === 'import') return runEwpImport(rest, context);
  if (subcommand === 'export') return runEwpExport(rest, context);
  if (subcommand === 'hash') return runEwpHash(rest, context);
  if (subcommand === 'diff') return runEwpDiff(rest, context);
  throw usageError('cli.ewp.unknown_subcommand', { name: subcommand, names }, 'ewp');
}

/**
 * The `ewp` command.
 *
 * @example
 * ```ts
 * await ewpCommand.run(['hash', 'test/fixtures/ewp/xsltkit-get-response-v7.xml', '--format', 'json'], context); //=> 0
 * ```
 */
export const ewpCommand: Command = {
  name: 'ewp',
  summary: (locale) => cliText('cli.ewp.summary', {}, locale),
  help: (locale) =>
    cliText(
      'cli.ewp.help',
      {
        names: [...SUBCOMMANDS],
        maxBytes: MAX_XML_BYTES,
        maxLength: EWP_MAX_XML_LENGTH,
        variable: MAX_JSON_BYTES_VARIABLE,
      },
      locale,
    ),
  run: runEwp,
};

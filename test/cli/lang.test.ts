import { describe, expect, it } from 'vitest';
import { cliText, type CliCode, type CliParams } from '../../src/cli/_text.js';
import { evaluateEligibilityBatch } from '../../src/eligibility/evaluateEligibilityBatch.js';
import { formatMessage } from '../../src/messages/index.js';
import { isLibraryError } from '../../src/messages/_table.js';
import { CLI_MESSAGES } from '../../src/messages/cli.js';
import { buildNetworkReport, renderReport } from '../../src/reports/index.js';
import { formatIssues, parseNetwork, safeParseNetwork } from '../../src/schemas/parse.js';
import { rankPartners } from '../../src/synergy/rankPartners.js';
import { localDate } from '../../src/cli/_options.js';
import { version } from '../../package.json';
import { run } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/io.js';
import { EXAMPLE, EXAMPLE_TEXT, exampleValue, fakeIo, runCli } from './_helpers.js';

/** Runs the CLI in-process with some of the fake io replaced. */
async function runWith(
  argv: readonly string[],
  overrides: Partial<CliIo>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const fake = fakeIo({ diskFallback: true });
  const code = await run(argv, { ...fake.io, ...overrides });
  return { code, stdout: fake.stdout.join(''), stderr: fake.stderr.join('') };
}

/** The non-breaking space French puts before `:`, `;`, `?`, `!`. */
const NB = '\u00a0';

/** A help text as its snapshot shows it: the version left out, each U+00A0 as `␣`. */
function shown(text: string): string {
  return text.replace(`uhs-network ${version}${NB}:`, 'uhs-network X.Y.Z:').replaceAll(NB, '␣');
}

const example = exampleValue() as { partners: Record<string, unknown>[] };
const [lyon, , third, fourth] = example.partners;
/** Three partners: one valid, one with an unknown country, one with a misspelt key. */
const PARTNERS = [lyon, { ...third, country: 'XK' }, { ...fourth, contry: 'JP' }];
const PARTNERS_JSON = JSON.stringify(PARTNERS);
const PARTNERS_NDJSON = PARTNERS.map((partner) => `${JSON.stringify(partner)}\n`).join('');

const FRENCH_VALID = `${EXAMPLE}${NB}: réseau valide (14${NB}partenaires, 12${NB}conventions, 13${NB}propositions)\n`;
const ENGLISH_VALID = `${EXAMPLE}: valid network (14 partners, 12 agreements, 13 proposals)\n`;

describe('uhs-network: choosing the language', () => {
  it.each([
    [['--lang', 'fr', 'validate', EXAMPLE]],
    [['validate', EXAMPLE, '--lang', 'fr']],
    [['validate', '--lang=fr', EXAMPLE]],
    [['--lang', 'FR', 'validate', EXAMPLE]],
    [['--lang', 'en', '--lang', 'fr', 'validate', EXAMPLE]],
  ])('%j speaks French', async (argv) => {
    expect(await runCli(argv)).toMatchObject({ code: 0, stderr: FRENCH_VALID });
  });

  it.each([
    [{ LANG: 'fr_FR.UTF-8' }],
    [{ LANG: 'fr' }],
    [{ LANG: 'fr_CA.UTF-8' }],
    [{ LANG: 'fr_BE@euro' }],
    [{ LANG: 'french' }],
    [{ LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8' }],
    [{ LC_ALL: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8' }],
    [{ LC_ALL: 'fr_FR.UTF-8', LC_MESSAGES: 'C', LANG: 'C' }],
    [{ LC_ALL: '', LANG: 'fr_FR.UTF-8' }],
  ])('the environment %j asks for French', async (env) => {
    expect(await runCli(['validate', EXAMPLE], { env })).toMatchObject({
      code: 0,
      stderr: FRENCH_VALID,
    });
  });

  it.each([
    [{}],
    [{ LANG: 'C' }],
    [{ LANG: 'POSIX' }],
    [{ LANG: 'C.UTF-8' }],
    [{ LANG: 'en_GB.UTF-8' }],
    [{ LANG: 'de_DE.UTF-8' }],
    [{ LANG: 'km_KH' }],
    [{ LC_ALL: 'C', LANG: 'fr_FR.UTF-8' }],
    [{ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8', LANG: 'fr_FR.UTF-8' }],
    [{ LC_MESSAGES: 'POSIX', LANG: 'fr_FR.UTF-8' }],
  ])('the environment %j keeps English', async (env) => {
    expect(await runCli(['validate', EXAMPLE], { env })).toMatchObject({
      code: 0,
      stderr: ENGLISH_VALID,
    });
  });

  it('LC_ALL wins over LANG, both ways', async () => {
    const french = await runCli(['validate', EXAMPLE], {
      env: { LC_ALL: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8' },
    });
    const english = await runCli(['validate', EXAMPLE], {
      env: { LC_ALL: 'en_US.UTF-8', LANG: 'fr_FR.UTF-8' },
    });
    expect(french.stderr).toBe(FRENCH_VALID);
    expect(english.stderr).toBe(ENGLISH_VALID);
  });

  it('--lang wins over the environment', async () => {
    const english = await runCli(['--lang', 'en', 'validate', EXAMPLE], {
      env: { LC_ALL: 'fr_FR.UTF-8' },
    });
    expect(english.stderr).toBe(ENGLISH_VALID);
  });

  it('after --, --lang is a file name', async () => {
    const result = await runCli(['validate', '--', '--lang'], { diskFallback: false });
    expect(result).toMatchObject({
      code: 2,
      stderr: "uhs-network: cannot read '--lang': no such file or directory\n",
    });
  });

  it('a bad --lang is a usage error that lists en and fr (exit 2)', async () => {
    expect(await runCli(['--lang', 'de', 'validate', EXAMPLE])).toMatchObject({
      code: 2,
      stdout: '',
      stderr:
        "uhs-network: --lang: expected one of en, fr, received 'de'\nRun 'uhs-network --help' for usage.\n",
    });
  });

  it('a bad --lang is said in the language of the environment', async () => {
    expect(
      await runCli(['validate', EXAMPLE, '--lang=de'], { env: { LANG: 'fr_FR.UTF-8' } }),
    ).toMatchObject({
      code: 2,
      stderr: `uhs-network${NB}: --lang${NB}: en ou fr attendu, valeur reçue 'de'\nLancez 'uhs-network --help' pour obtenir de l'aide.\n`,
    });
  });

  it.each([[['--lang']], [['schema', '--lang']], [['--lang=', 'schema']], [['--lang', '--help']]])(
    '%j: --lang without a value is a usage error',
    async (argv) => {
      expect(await runCli(argv)).toMatchObject({
        code: 2,
        stdout: '',
        stderr: "uhs-network: option '--lang' needs a value\nRun 'uhs-network --help' for usage.\n",
      });
    },
  );
});

describe('uhs-network --lang fr: every command', () => {
  it('validate: a valid network', async () => {
    expect(await runCli(['--lang', 'fr', 'validate', EXAMPLE])).toMatchObject({
      code: 0,
      stdout: '',
      stderr: FRENCH_VALID,
    });
  });

  it('validate: issues of an array file, and their summary', async () => {
    const result = await runCli(['--lang', 'fr', 'validate', '--kind', 'partner', 'p.json'], {
      files: { 'p.json': PARTNERS_JSON },
    });
    expect(result).toMatchObject({
      code: 1,
      stdout:
        `p.json${NB}: [1].country${NB}: 'XK' n'est pas un code de pays (249 codes ISO 3166-1 alpha-2, voir COUNTRIES)\n` +
        `p.json${NB}: [2].contry${NB}: clé inconnue 'contry'\n`,
      stderr: `p.json${NB}: 2${NB}problèmes dans 2${NB}partenaires sur 3\n`,
    });
  });

  it('validate: NDJSON, with a line that is not JSON', async () => {
    const result = await runCli(['--lang', 'fr', 'validate', '--kind', 'agreement', 'a.ndjson'], {
      files: { 'a.ndjson': '{"id": 1,}\n' },
    });
    expect(result).toMatchObject({
      code: 1,
      stdout: `a.ndjson:1${NB}: JSON invalide${NB}: nom de propriété entre guillemets doubles attendu au lieu de '}' (colonne 10)\n`,
      stderr: `a.ndjson${NB}: 1${NB}problème dans 1${NB}convention sur 1\n`,
    });
  });

  it('validate: a single record, valid or not, and files of valid records', async () => {
    const one = await runCli(['--lang', 'fr', 'validate', '--kind', 'partner', 'one.json'], {
      files: { 'one.json': JSON.stringify(lyon) },
    });
    expect(one.stderr).toBe(`one.json${NB}: partenaire valide\n`);
    const bad = await runCli(['--lang', 'fr', 'validate', '--kind', 'proposal', 'bad.json'], {
      files: { 'bad.json': '{}' },
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      new RegExp(`^bad\\.json${NB}: proposition invalide \\(\\d+${NB}problèmes\\)\\n$`),
    );
    const many = await runCli(['--lang', 'fr', 'validate', '--kind', 'partner', 'two.ndjson'], {
      files: { 'two.ndjson': `${JSON.stringify(lyon)}\n${JSON.stringify(lyon)}\n` },
    });
    expect(many.stderr).toBe(`two.ndjson${NB}: 2${NB}partenaires valides\n`);
    const none = await runCli(['--lang', 'fr', 'validate', '--kind', 'partner', 'none.json'], {
      files: { 'none.json': '[]' },
    });
    expect(none.stderr).toBe(`none.json${NB}: 0${NB}partenaire valide\n`);
  });

  it('validate: a duplicate key, text that is not JSON, bytes that are not UTF-8', async () => {
    const duplicate = await runCli(['--lang', 'fr', 'validate', 'd.json'], {
      files: { 'd.json': '{"schemaVersion":1,"partners":[],"partners":[],"agreements":[]}' },
    });
    expect(duplicate).toMatchObject({
      code: 1,
      stdout: `d.json${NB}: ${formatIssues([{ code: 'duplicate_key', path: ['partners'], message: '', params: {} }], { locale: 'fr' })}\n`,
      stderr: `d.json${NB}: réseau invalide (1${NB}problème)\n`,
    });
    const broken = await runCli(['--lang', 'fr', 'validate', 'b.json'], {
      files: { 'b.json': '{\n  "schemaVersion": 1,\n}\n' },
    });
    expect(broken).toMatchObject({
      code: 1,
      stdout: `b.json:3${NB}: JSON invalide${NB}: nom de propriété entre guillemets doubles attendu au lieu de '}' (colonne 1)\n`,
      stderr: `b.json${NB}: JSON invalide\n`,
    });
  });

  it('validate: bytes that are not UTF-8', async () => {
    const bytes = new Uint8Array([0x7b, 0x0a, 0x22, 0xe9, 0x22, 0x7d]);
    const result = await runWith(['--lang', 'fr', 'validate', 'latin1.json'], {
      openFile: () =>
        (async function* () {
          await Promise.resolve();
          yield bytes;
        })(),
    });
    expect(result).toMatchObject({
      code: 1,
      stdout: `latin1.json:2${NB}: UTF-8 invalide${NB}: octet 0xE9 à la position 3 en octets (le fichier doit être du texte UTF-8)\n`,
      stderr: `latin1.json${NB}: pas du texte UTF-8\n`,
    });
  });

  it('validate --max-issues: the summary says the rest was left out', async () => {
    const result = await runCli(['--lang', 'fr', 'validate', '--max-issues', '1', 'n.json'], {
      files: { 'n.json': '{"schemaVersion":3,"partners":3,"agreements":[]}' },
    });
    expect(result).toMatchObject({
      code: 1,
      stdout: expect.stringMatching(
        new RegExp(
          `^n\\.json${NB}: schemaVersion${NB}: valeur 2 attendue, valeur reçue 3\\nn\\.json${NB}: \\(racine\\)${NB}: la validation s'est arrêtée après 1\\s`,
        ),
      ) as unknown,
      stderr: `n.json${NB}: réseau invalide (1${NB}problème)${NB}; seul le premier problème de chaque document ou enregistrement est signalé (--max-issues)\n`,
    });
  });

  it('report: Markdown and HTML in French, JSON as in English', async () => {
    const network = parseNetwork(JSON.parse(EXAMPLE_TEXT));
    const report = buildNetworkReport(network, { on: network.asOf });
    const markdown = await runCli(['--lang', 'fr', 'report', EXAMPLE]);
    expect(markdown.code).toBe(0);
    const french = renderReport(report, 'markdown', { locale: 'fr' });
    expect(markdown.stdout).toBe(french.endsWith('\n') ? french : `${french}\n`);
    expect(markdown.stdout).not.toBe((await runCli(['report', EXAMPLE])).stdout);
    const html = await runCli(['report', EXAMPLE, '--format', 'html', '--out', 'r.html'], {
      env: { LANG: 'fr_FR.UTF-8' },
    });
    expect(html.written.get('r.html')).toContain('<html lang="fr"');
    const json = await runCli(['--lang', 'fr', 'report', EXAMPLE, '--format', 'json']);
    expect(json.stdout).toBe((await runCli(['report', EXAMPLE, '--format', 'json'])).stdout);
  });

  it('report: an invalid network, its issues and summary in French', async () => {
    const parsed = safeParseNetwork({
      schemaVersion: 1,
      partners: [],
      agreements: [],
      asOf: '2017',
    });
    const invalidAsOf = parsed.success ? [] : parsed.issues;
    expect(formatIssues(invalidAsOf, { locale: 'fr' })).toMatch(/^asOf\u00a0: .*'2017'$/);
    const result = await runCli(['--lang', 'fr', 'report', '-'], {
      stdin: '{"schemaVersion":1,"partners":[],"agreements":[],"asOf":"2017"}',
    });
    expect(result).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        `<stdin>${NB}: ${formatIssues(invalidAsOf, { locale: 'fr' })}\n` +
        `uhs-network${NB}: <stdin>${NB}: réseau invalide (1${NB}problème)\n`,
    });
  });

  it('report: a file that cannot be read or written', async () => {
    expect(
      await runCli(['--lang', 'fr', 'report', 'missing.json'], { diskFallback: false }),
    ).toMatchObject({
      code: 2,
      stderr: `uhs-network${NB}: impossible de lire 'missing.json'${NB}: fichier ou dossier introuvable\n`,
    });
  });

  it('eligibility: the table is codes; JSON messages are French', async () => {
    const text = await runCli(['--lang', 'fr', 'eligibility', EXAMPLE]);
    expect(text.stdout).toBe((await runCli(['eligibility', EXAMPLE])).stdout);
    const json = await runCli(['--lang', 'fr', 'eligibility', EXAMPLE, '--format', 'json']);
    const network = parseNetwork(JSON.parse(EXAMPLE_TEXT));
    const french = evaluateEligibilityBatch(network.proposals ?? [], {
      network,
      on: network.asOf,
      locale: 'fr',
    });
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(french)));
    const english = JSON.parse((await runCli(['eligibility', EXAMPLE, '--format', 'json'])).stdout);
    // Only the messages differ.
    const strip = (reports: { results: { message: string }[] }[]): unknown =>
      reports.map((report) => ({
        ...report,
        results: report.results.map((result) => ({ ...result, message: '' })),
      }));
    expect(strip(JSON.parse(json.stdout))).toEqual(strip(english));
    expect(json.stdout).not.toBe(JSON.stringify(english, null, 2) + '\n');
  });

  it('eligibility: a network without proposals', async () => {
    const result = await runCli(['--lang', 'fr', 'eligibility', 'e.json'], {
      files: { 'e.json': '{"schemaVersion":1,"partners":[],"agreements":[]}' },
    });
    expect(result).toMatchObject({
      code: 0,
      stdout: '',
      stderr: `uhs-network${NB}: e.json ne contient aucune proposition\n`,
    });
  });

  it('match: the table in French, with French decimals', async () => {
    const result = await runCli([
      '--lang',
      'fr',
      'match',
      EXAMPLE,
      '--cells',
      'C5,B4',
      '--languages',
      'fr',
    ]);
    expect(result).toMatchObject({
      code: 0,
      stdout:
        "#  partenaire              score  cases  domaines d'études  langues  nom\n" +
        '1  example-univ-lyon       1      B4,C5  -                  fr       Example University of Lyon (fictional)\n' +
        '2  example-univ-vientiane  0,7    C5     -                  fr       Example University of Health Sciences of Vientiane (fictional)\n',
    });
  });

  it('match: JSON as in English; no partner, said in French', async () => {
    const argv = ['match', EXAMPLE, '--cells', 'A1', '--format', 'json'];
    const network = parseNetwork(JSON.parse(EXAMPLE_TEXT));
    const french = await runCli(['--lang', 'fr', ...argv]);
    expect(french.stdout).toBe((await runCli(argv)).stdout);
    expect(JSON.parse(french.stdout)).toEqual(
      rankPartners(network, { cells: ['A1'] }, { on: network.asOf }),
    );
    const none = await runCli([
      '--lang',
      'fr',
      'match',
      EXAMPLE,
      '--cells',
      'A1',
      '--regions',
      'africa',
    ]);
    expect(none).toMatchObject({
      code: 0,
      stdout: '',
      stderr: `uhs-network${NB}: aucun partenaire ne répond au besoin\n`,
    });
  });

  it('schema: the same schema; an unknown name in French', async () => {
    expect((await runCli(['--lang', 'fr', 'schema', 'partner'])).stdout).toBe(
      (await runCli(['schema', 'partner'])).stdout,
    );
    expect(await runCli(['--lang', 'fr', 'schema', 'widget'])).toMatchObject({
      code: 2,
      stderr: `uhs-network${NB}: schéma inconnu 'widget'${NB}: Network, Partner, Agreement, Proposal ou Commitment attendu (quelle que soit la casse)\nLancez 'uhs-network --lang fr schema --help' pour obtenir de l'aide.\n`,
    });
  });

  it('help: the general help and every command help in French', async () => {
    const general = await runCli(['--lang', 'fr', '--help']);
    expect(general.stdout).toMatch(
      /^uhs-network \S+\u00a0: le Réseau des partenaires internationaux/,
    );
    expect(general.stdout).toContain(`\nUtilisation${NB}: uhs-network <commande> [options]\n`);
    expect(general.stdout).toContain(
      '\n  match        Classer les partenaires capables de travailler dans les cases recherchées\n',
    );
    for (const command of ['validate', 'report', 'eligibility', 'match', 'schema', 'ewp']) {
      const viaFlag = await runCli(['--lang', 'fr', command, '--help']);
      const viaHelp = await runCli(['help', command], { env: { LANG: 'fr_FR.UTF-8' } });
      expect(viaFlag.stdout).toMatch(new RegExp(`^Utilisation${NB}: uhs-network ${command}`));
      expect(viaHelp.stdout).toBe(viaFlag.stdout);
    }
  });

  it('--version is the same in both languages', async () => {
    expect((await runCli(['--lang', 'fr', '--version'])).stdout).toBe(
      (await runCli(['--version'])).stdout,
    );
  });

  it.each([
    [
      ['frobnicate'],
      `uhs-network${NB}: commande inconnue 'frobnicate'\nLancez 'uhs-network --lang fr --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['--bogus'],
      `uhs-network${NB}: option inconnue '--bogus'\nLancez 'uhs-network --lang fr --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['--version', 'x'],
      `uhs-network${NB}: argument inattendu 'x'\nLancez 'uhs-network --lang fr --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['report', EXAMPLE, '--bogus'],
      `uhs-network${NB}: option inconnue '--bogus'\nLancez 'uhs-network --lang fr report --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['report', EXAMPLE, '--on'],
      `uhs-network${NB}: l'option '--on' attend une valeur\nLancez 'uhs-network --lang fr report --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['report', EXAMPLE, '--on', '-1'],
      `uhs-network${NB}: l'option '--on' attend une valeur (écrivez --on=VALEUR pour une valeur qui commence par '-')\nLancez 'uhs-network --lang fr report --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['validate', EXAMPLE, '--ndjson=yes'],
      `uhs-network${NB}: l'option '--ndjson' ne prend pas de valeur\nLancez 'uhs-network --lang fr validate --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['report', EXAMPLE, 'extra.json'],
      `uhs-network${NB}: argument inattendu 'extra.json'\nLancez 'uhs-network --lang fr report --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['report'],
      `uhs-network${NB}: argument <fichier> manquant\nLancez 'uhs-network --lang fr report --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['validate'],
      `uhs-network${NB}: argument <fichier> manquant (donnez un ou plusieurs fichiers, ou - pour l'entrée standard)\nLancez 'uhs-network --lang fr validate --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['validate', '-', '-'],
      `uhs-network${NB}: l'entrée standard ('-') ne peut être lue qu'une fois\nLancez 'uhs-network --lang fr validate --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['match', EXAMPLE],
      `uhs-network${NB}: option obligatoire --cells manquante\nLancez 'uhs-network --lang fr match --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['report', EXAMPLE, '--on', '2019-02-29'],
      `uhs-network${NB}: --on${NB}: date valide au format AAAA-MM-JJ attendue, valeur reçue '2019-02-29'\nLancez 'uhs-network --lang fr report --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['eligibility', EXAMPLE, '--plan', '2019'],
      `uhs-network${NB}: --plan${NB}: DÉBUT..FIN attendu, deux dates AAAA-MM-JJ, valeur reçue '2019'\nLancez 'uhs-network --lang fr eligibility --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['report', EXAMPLE, '--plan', '2023-12-31..2019-01-01'],
      `uhs-network${NB}: --plan${NB}: la fin (2019-01-01) doit être postérieure au début (2023-12-31)\nLancez 'uhs-network --lang fr report --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['report', EXAMPLE, '--format', 'pdf'],
      `uhs-network${NB}: --format${NB}: md, markdown, json ou html attendu, valeur reçue 'pdf'\nLancez 'uhs-network --lang fr report --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['match', EXAMPLE, '--cells', 'Z9'],
      `uhs-network${NB}: --cells${NB}: 'Z9' n'est pas un code de case (A1 … D5)\nLancez 'uhs-network --lang fr match --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['match', EXAMPLE, '--cells', 'C5', '--fields', '0918'],
      `uhs-network${NB}: --fields${NB}: '0918' n'est pas un code de domaine d'études des sciences de la santé de la CITE-F 2013 (0900 … 0999)\nLancez 'uhs-network --lang fr match --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['match', EXAMPLE, '--cells', 'C5', '--languages', 'xx'],
      `uhs-network${NB}: --languages${NB}: 'xx' n'est pas un code de langue ISO 639-1\nLancez 'uhs-network --lang fr match --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['match', EXAMPLE, '--cells', 'C5', '--regions', 'mars'],
      `uhs-network${NB}: --regions${NB}: 'mars' n'est pas un code de région (asean, asia-pacific, europe, americas, africa, middle-east, other)\nLancez 'uhs-network --lang fr match --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['match', EXAMPLE, '--cells', ','],
      `uhs-network${NB}: --cells${NB}: donnez au moins une valeur\nLancez 'uhs-network --lang fr match --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['match', EXAMPLE, '--cells', 'C5', '--limit', 'many'],
      `uhs-network${NB}: --limit${NB}: nombre entier ≥${NB}0 attendu, valeur reçue 'many'\nLancez 'uhs-network --lang fr match --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['validate', EXAMPLE, '--max-issues', '0'],
      `uhs-network${NB}: --max-issues${NB}: nombre entier ≥${NB}1 attendu, valeur reçue '0'\nLancez 'uhs-network --lang fr validate --help' pour obtenir de l'aide.\n`,
    ],
    [
      ['schema', 'partner', 'extra'],
      `uhs-network${NB}: argument inattendu 'extra'\nLancez 'uhs-network --lang fr schema --help' pour obtenir de l'aide.\n`,
    ],
  ])('usage error %j in French (exit 2)', async (argv, stderr) => {
    expect(await runCli(['--lang', 'fr', ...argv])).toMatchObject({ code: 2, stdout: '', stderr });
  });

  it('no command: the help, then the usage error, on standard error', async () => {
    const result = await runCli(['--lang', 'fr']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^uhs-network \S+\u00a0: le Réseau/);
    expect(
      result.stderr.endsWith(
        `\nuhs-network${NB}: commande manquante\nLancez 'uhs-network --lang fr --help' pour obtenir de l'aide.\n`,
      ),
    ).toBe(true);
  });

  it('usage errors from the environment point to the help without --lang', async () => {
    expect(await runCli(['frobnicate'], { env: { LANG: 'fr_FR.UTF-8' } })).toMatchObject({
      code: 2,
      stderr: `uhs-network${NB}: commande inconnue 'frobnicate'\nLancez 'uhs-network --help' pour obtenir de l'aide.\n`,
    });
  });

  it('a bad UHS_NETWORK_MAX_JSON_BYTES, and an input larger than the limit', async () => {
    expect(
      await runCli(['--lang', 'fr', 'report', EXAMPLE], {
        env: { UHS_NETWORK_MAX_JSON_BYTES: 'lots' },
      }),
    ).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(
        new RegExp(
          `^uhs-network${NB}: UHS_NETWORK_MAX_JSON_BYTES${NB}: taille en octets de 1 à \\d+ attendue \\(suffixes K, M, G${NB}: multiples de 1024\\), valeur reçue 'lots'\\nLancez 'uhs-network --lang fr --help' pour obtenir de l'aide\\.\\n$`,
        ),
      ) as unknown,
    });
    expect(
      await runCli(['--lang', 'fr', 'report', EXAMPLE], {
        env: { UHS_NETWORK_MAX_JSON_BYTES: '1K' },
      }),
    ).toMatchObject({
      code: 2,
      stderr: `uhs-network${NB}: impossible de lire '${EXAMPLE}'${NB}: il dépasse 1${NB}Kio, la taille maximale d'un document JSON lu en une fois (définissez UHS_NETWORK_MAX_JSON_BYTES pour relever cette limite, ou donnez un enregistrement par ligne en NDJSON)\n`,
    });
    const long = await runCli(['--lang', 'fr', 'validate', '--kind', 'partner', 'p.ndjson'], {
      files: { 'p.ndjson': PARTNERS_NDJSON },
      env: { UHS_NETWORK_MAX_JSON_BYTES: '100' },
    });
    expect(long).toMatchObject({
      code: 2,
      stderr: `uhs-network${NB}: impossible de lire 'p.ndjson:1'${NB}: la ligne dépasse 100${NB}octets, la taille maximale d'un enregistrement lu en une fois (définissez UHS_NETWORK_MAX_JSON_BYTES pour relever cette limite)\n`,
    });
  });

  it('report --out: a file that cannot be written', async () => {
    const result = await runWith(['--lang', 'fr', 'report', EXAMPLE, '--out', 'locked.md'], {
      writeFile: () =>
        Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })),
    });
    expect(result).toMatchObject({
      code: 2,
      stderr: `uhs-network${NB}: impossible d'écrire 'locked.md'${NB}: permission refusée\n`,
    });
  });

  it('an error of the library is said again in French (internal error, exit 70)', async () => {
    const network = exampleValue();
    delete network['asOf'];
    const text = JSON.stringify(network);
    const parsed = parseNetwork(network);
    let expected = '';
    try {
      evaluateEligibilityBatch(parsed.proposals ?? [], {
        network: parsed,
        on: localDate(new Date(Number.NaN)),
      });
    } catch (error) {
      if (!isLibraryError(error)) throw error;
      expected = formatMessage(error.code, error.params, { locale: 'fr' });
    }
    expect(expected).toContain(`${NB}:`);
    const result = await runCli(['--lang', 'fr', 'eligibility', 'n.json'], {
      files: { 'n.json': text },
      now: new Date(Number.NaN),
    });
    expect(result.code).toBe(70);
    expect(result.stderr).toBe(`uhs-network${NB}: erreur interne${NB}: ${expected}\n`);
  });
});

/**
 * Every message of the CLI rendered in French, with the exact string: one case or more a
 * code (TypeScript fails when a code of `CLI_MESSAGES` has no case here). The help texts
 * are checked whole below.
 */
type FrenchCases = {
  readonly [C in CliCode]: C extends `${string}.help` | 'cli.help'
    ? 'whole text below'
    : readonly (readonly [CliParams<C>, string])[];
};

const FRENCH: FrenchCases = {
  'cli.error_line': [[{ message: 'x' }, `uhs-network${NB}: x`]],
  'cli.see_help': [
    [{ command: '' }, "Lancez 'uhs-network --help' pour obtenir de l'aide."],
    [
      { command: 'match', lang: 'fr' },
      "Lancez 'uhs-network --lang fr match --help' pour obtenir de l'aide.",
    ],
  ],
  'cli.internal': [[{ message: 'boom' }, `erreur interne${NB}: boom`]],
  'cli.issue_line': [[{ where: 'x.json:4', text: 'country' }, `x.json:4${NB}: country`]],
  'cli.missing_command': [[{}, 'commande manquante']],
  'cli.unknown_command': [[{ name: 'x' }, "commande inconnue 'x'"]],
  'cli.unknown_option': [[{ option: '--x' }, "option inconnue '--x'"]],
  'cli.option_needs_value': [[{ option: '--on' }, "l'option '--on' attend une valeur"]],
  'cli.ambiguous_value': [
    [
      { option: '--on' },
      "l'option '--on' attend une valeur (écrivez --on=VALEUR pour une valeur qui commence par '-')",
    ],
  ],
  'cli.option_takes_no_value': [
    [{ option: '--ndjson' }, "l'option '--ndjson' ne prend pas de valeur"],
  ],
  'cli.unexpected_argument': [[{ argument: 'x' }, "argument inattendu 'x'"]],
  'cli.invalid_arguments': [
    [{ detail: '' }, 'arguments invalides'],
    [{ detail: 'Unknown' }, `arguments invalides${NB}: Unknown`],
  ],
  'cli.missing_file': [[{}, 'argument <fichier> manquant']],
  'cli.missing_files': [
    [
      {},
      "argument <fichier> manquant (donnez un ou plusieurs fichiers, ou - pour l'entrée standard)",
    ],
  ],
  'cli.stdin_twice': [[{}, "l'entrée standard ('-') ne peut être lue qu'une fois"]],
  'cli.missing_option': [[{ option: '--cells' }, 'option obligatoire --cells manquante']],
  'cli.bad_date': [
    [
      { option: '--on', received: '2019-02-29' },
      `--on${NB}: date valide au format AAAA-MM-JJ attendue, valeur reçue '2019-02-29'`,
    ],
  ],
  'cli.bad_plan_form': [
    [{ received: 'x' }, `--plan${NB}: DÉBUT..FIN attendu, deux dates AAAA-MM-JJ, valeur reçue 'x'`],
  ],
  'cli.bad_plan_order': [
    [
      { start: '2020-01-01', end: '2019-01-01' },
      `--plan${NB}: la fin (2019-01-01) doit être postérieure au début (2020-01-01)`,
    ],
  ],
  'cli.bad_choice': [
    [
      { option: '--lang', received: 'de', choices: ['en', 'fr'] },
      `--lang${NB}: en ou fr attendu, valeur reçue 'de'`,
    ],
  ],
  'cli.unknown_code': [
    [
      { option: '--cells', received: 'Z9', kind: 'cell', first: 'A1', last: 'D5' },
      `--cells${NB}: 'Z9' n'est pas un code de case (A1 … D5)`,
    ],
    [
      { option: '--languages', received: 'xx', kind: 'language' },
      `--languages${NB}: 'xx' n'est pas un code de langue ISO 639-1`,
    ],
    [
      { option: '--regions', received: 'mars', kind: 'region', codes: ['asean', 'europe'] },
      `--regions${NB}: 'mars' n'est pas un code de région (asean, europe)`,
    ],
  ],
  'cli.empty_list': [[{ option: '--cells' }, `--cells${NB}: donnez au moins une valeur`]],
  'cli.not_whole_number': [
    [
      { option: '--limit', received: '-1', minimum: 0 },
      `--limit${NB}: nombre entier ≥${NB}0 attendu, valeur reçue '-1'`,
    ],
  ],
  'cli.unknown_schema': [
    [
      { name: 'x', names: ['Network', 'Partner'] },
      `schéma inconnu 'x'${NB}: Network ou Partner attendu (quelle que soit la casse)`,
    ],
  ],
  'cli.bad_max_json_bytes': [
    [
      { variable: 'V', received: '0', most: 536870888 },
      `V${NB}: taille en octets de 1 à 536870888 attendue (suffixes K, M, G${NB}: multiples de 1024), valeur reçue '0'`,
    ],
  ],
  'cli.cannot_read': [
    [
      { name: 'x.json', reason: 'no-such-file', detail: 'ENOENT' },
      `impossible de lire 'x.json'${NB}: fichier ou dossier introuvable`,
    ],
    [
      { name: 'x', reason: 'directory', detail: '' },
      `impossible de lire 'x'${NB}: c'est un dossier`,
    ],
    [
      { name: 'x', reason: 'not-directory', detail: '' },
      `impossible de lire 'x'${NB}: une partie du chemin n'est pas un dossier`,
    ],
    [
      { name: 'x', reason: 'name-too-long', detail: '' },
      `impossible de lire 'x'${NB}: le nom est trop long`,
    ],
    [
      { name: 'x', reason: 'invalid-path', detail: '' },
      `impossible de lire 'x'${NB}: le nom n'est pas un chemin valide`,
    ],
    [
      { name: 'x', reason: 'io', detail: '' },
      `impossible de lire 'x'${NB}: erreur d'entrée-sortie`,
    ],
    [
      { name: '<stdin>', reason: 'not-ready', detail: '' },
      `impossible de lire '<stdin>'${NB}: le flux n'est pas prêt (non bloquant)`,
    ],
    [{ name: 'x', reason: 'unknown', detail: '' }, `impossible de lire 'x'${NB}: erreur inconnue`],
    [
      { name: 'x', reason: 'other', detail: 'disk on fire' },
      `impossible de lire 'x'${NB}: disk on fire`,
    ],
  ],
  'cli.cannot_write': [
    [
      { name: 'r.md', reason: 'permission', detail: '' },
      `impossible d'écrire 'r.md'${NB}: permission refusée`,
    ],
  ],
  'cli.cannot_write_stream': [
    [
      { stream: 'stdout', reason: 'no-space', detail: '' },
      `impossible d'écrire sur la sortie standard${NB}: plus d'espace libre sur le périphérique`,
    ],
    [
      { stream: 'stderr', reason: 'closed-pipe', detail: '' },
      `impossible d'écrire sur la sortie d'erreur standard${NB}: le lecteur a fermé le tube`,
    ],
  ],
  'cli.cannot_start': [
    [
      { reason: 'too-many-files', detail: '' },
      `impossible de démarrer${NB}: trop de fichiers ouverts (relevez la limite${NB}: 'ulimit -n 256')`,
    ],
    [{ reason: 'permission', detail: '' }, `impossible de démarrer${NB}: permission refusée`],
  ],
  'cli.too_large': [
    [
      { name: 'x.json', limit: 256 * 1024 * 1024, variable: 'V' },
      `impossible de lire 'x.json'${NB}: il dépasse 256${NB}Mio, la taille maximale d'un document JSON lu en une fois (définissez V pour relever cette limite, ou donnez un enregistrement par ligne en NDJSON)`,
    ],
  ],
  'cli.line_too_long': [
    [
      { where: 'x.ndjson:3', limit: 1, variable: 'V' },
      `impossible de lire 'x.ndjson:3'${NB}: la ligne dépasse 1${NB}octet, la taille maximale d'un enregistrement lu en une fois (définissez V pour relever cette limite)`,
    ],
  ],
  'cli.invalid_json': [
    [
      { problem: 'expected-value', column: 1 },
      `JSON invalide${NB}: valeur attendue au lieu de la fin du texte (colonne 1)`,
    ],
    [{ problem: 'unreadable', detail: 'Unexpected token' }, `JSON invalide${NB}: Unexpected token`],
  ],
  'cli.invalid_utf8': [
    [
      { offset: 61, byte: 0xe9 },
      `UTF-8 invalide${NB}: octet 0xE9 à la position 61 en octets (le fichier doit être du texte UTF-8)`,
    ],
  ],
  'cli.not_json': [[{ name: 'x.json' }, `x.json${NB}: JSON invalide`]],
  'cli.not_utf8': [[{ name: 'x.json' }, `x.json${NB}: pas du texte UTF-8`]],
  'cli.invalid_network': [
    [{ name: 'x.json', issues: 3 }, `x.json${NB}: réseau invalide (3${NB}problèmes)`],
  ],
  'cli.valid_network': [
    [
      { name: 'x.json', partners: 1, agreements: 0, proposals: 2 },
      `x.json${NB}: réseau valide (1${NB}partenaire, 0${NB}convention, 2${NB}propositions)`,
    ],
  ],
  'cli.valid_records': [
    [
      { name: 'a.json', count: 1, kind: 'agreement', single: true },
      `a.json${NB}: convention valide`,
    ],
    [
      { name: 'a.json', count: 3, kind: 'proposal', single: false },
      `a.json${NB}: 3${NB}propositions valides`,
    ],
  ],
  'cli.invalid_records': [
    [
      { name: 'a.json', issues: 1, invalid: 1, total: 1, kind: 'agreement', single: true },
      `a.json${NB}: convention invalide (1${NB}problème)`,
    ],
    [
      {
        name: 'a.ndjson',
        issues: 5,
        invalid: 2,
        total: 9,
        kind: 'proposal',
        single: false,
        listed: 2,
      },
      `a.ndjson${NB}: 5${NB}problèmes dans 2${NB}propositions sur 9${NB}; seuls les 2 premiers problèmes de chaque document ou enregistrement sont signalés (--max-issues)`,
    ],
  ],
  'cli.no_proposals': [[{ name: 'x.json' }, 'x.json ne contient aucune proposition']],
  'cli.no_match': [[{}, 'aucun partenaire ne répond au besoin']],
  'cli.match_column': [
    [{ column: 'rank' }, '#'],
    [{ column: 'partner' }, 'partenaire'],
    [{ column: 'score' }, 'score'],
    [{ column: 'cells' }, 'cases'],
    [{ column: 'fields' }, "domaines d'études"],
    [{ column: 'languages' }, 'langues'],
    [{ column: 'name' }, 'nom'],
  ],
  'cli.validate.summary': [
    [{}, 'Vérifier un réseau, ou des fichiers de partenaires, de conventions ou de propositions'],
  ],
  'cli.report.summary': [
    [
      {},
      `Le réseau d'un coup d'œil${NB}: couverture, lacunes, conventions, stratégies, mobilité, éligibilité`,
    ],
  ],
  'cli.eligibility.summary': [
    [{}, "La décision sur chaque proposition d'un réseau, avec les règles non conformes"],
  ],
  'cli.match.summary': [
    [{}, 'Classer les partenaires capables de travailler dans les cases recherchées'],
  ],
  'cli.schema.summary': [[{}, "Afficher le schéma JSON d'un type de document"]],
  'cli.plan.summary': [
    [
      {},
      `Planifier${NB}: la couverture pas à pas, les renouvellements et les propositions à retenir`,
    ],
  ],
  'cli.plan.bad_range': [
    [
      { from: '2018-01-01', to: '2017-01-01' },
      '--from (2018-01-01) ne doit pas être postérieur à --to (2017-01-01)',
    ],
  ],
  'cli.plan.refused': [[{ message: 'x' }, 'x']],
  'cli.plan.word': [
    [{ word: 'covered' }, 'couvertes'],
    [{ word: 'in-force' }, 'en vigueur'],
    [{ word: 'would-open' }, 'lacunes si elle expire'],
    [{ word: 'renewal-window' }, 'ouverture du renouvellement'],
    [{ word: 'partner-limit' }, 'plafond par partenaire atteint'],
    [
      { word: 'no-gain' },
      "n'apporte rien de nouveau ce jour-là (ses cases sont alors déjà couvertes)",
    ],
    [{ word: 'ineligible' }, 'non éligible ce jour-là (conditionnelle ou inéligible)'],
    [{ word: 'ends-on' }, 'fin le'],
    [{ word: 'quarter' }, 'trimestre'],
  ],
  'cli.plan.timeline': [
    [
      { from: '2014-01-01', to: '2018-12-31', step: 'quarter' },
      'Couverture par trimestre, sur les trimestres qui recouvrent la période du 2014-01-01 au 2018-12-31 (une convention compte pour une période si elle est en vigueur au moins un jour de celle-ci)',
    ],
    [
      { from: '2014-01-01', to: '2018-12-31', step: 'academic-year' },
      'Couverture par année universitaire, sur les années universitaires qui recouvrent la période du 2014-01-01 au 2018-12-31 (une convention compte pour une période si elle est en vigueur au moins un jour de celle-ci)',
    ],
  ],
  'cli.plan.renewals': [
    [
      { from: '2017-06-30', to: '2018-06-29' },
      'Calendrier des renouvellements du 2017-06-30 au 2018-06-29',
    ],
  ],
  'cli.plan.no_renewals': [
    [
      {},
      "Aucune convention ne prend fin ni n'ouvre sa période de renouvellement dans l'intervalle.",
    ],
  ],
  'cli.plan.selection': [
    [
      { max: 3, on: '2017-06-30' },
      "Propositions à retenir au 2017-06-30 (au plus 3), dans l'ordre du choix",
    ],
  ],
  'cli.plan.no_selection': [[{}, 'Aucune proposition éligible ne comblerait un besoin restant.']],
  'cli.plan.total_gain': [[{ gain: 0.133333 }, `Gain total${NB}: 0,133`]],
  'cli.plan.left_out': [[{}, 'Écartées']],
  'cli.ewp.summary': [
    [
      {},
      `EWP IIAs v7${NB}: importer et exporter des accords interinstitutionnels, leur iia-hash, et ce qui diffère entre deux copies`,
    ],
  ],
  'cli.ewp.missing_subcommand': [
    [{ names: ['hash', 'diff'] }, `commande ewp manquante${NB}: hash ou diff attendu`],
  ],
  'cli.ewp.unknown_subcommand': [
    [
      { name: 'send', names: ['import', 'export', 'hash', 'diff'] },
      `commande ewp inconnue 'send'${NB}: import, export, hash ou diff attendu`,
    ],
  ],
  'cli.ewp.missing_copies': [
    [{}, `fichier manquant${NB}: diff en compare deux, <notre.xml> et <leur.xml>`],
  ],
  'cli.ewp.too_large': [
    [
      { name: 'iia.xml', limit: 32 * 1024 * 1024 },
      `impossible de lire 'iia.xml'${NB}: il dépasse 32${NB}Mio, la taille maximale d'un document XML EWP lu en une fois`,
    ],
  ],
  'cli.ewp.invalid_xml': [
    [
      { name: 'iia.xml', issues: 1 },
      `iia.xml${NB}: réponse de l'API IIAs v7 illisible (1${NB}problème)`,
    ],
    [
      { name: 'iia.xml', issues: 2 },
      `iia.xml${NB}: réponse de l'API IIAs v7 illisible (2${NB}problèmes)`,
    ],
  ],
  'cli.ewp.valid_for_approval': [
    [{ valid: true }, `valide pour l'approbation${NB}: oui`],
    [{ valid: false }, `valide pour l'approbation${NB}: non`],
  ],
  'cli.ewp.agree': [[{}, 'les copies concordent (même iia-hash)']],
  'cli.ewp.differ': [
    [
      { ours: 'a.xml', theirs: 'b.xml', count: 1 },
      `a.xml et b.xml diffèrent${NB}: 1${NB}différence modifie l'iia-hash`,
    ],
    [
      { ours: 'a.xml', theirs: 'b.xml', count: 3 },
      `a.xml et b.xml diffèrent${NB}: 3${NB}différences modifient l'iia-hash`,
    ],
  ],
  'cli.ewp.bad_home': [
    [
      { received: 'UHS' },
      `--home${NB}: identifiant SCHAC attendu, le domaine internet d'un établissement en minuscules (uhs.edu.kh), reçu 'UHS'`,
    ],
  ],
  'cli.ewp.unknown_agreement': [
    [
      { id: 'x', name: 'n.json', count: 12 },
      `--agreement${NB}: n.json ne contient aucune convention 'x' (il en contient 12)`,
    ],
    [
      { id: 'x', name: 'n.json', count: 1 },
      `--agreement${NB}: n.json ne contient aucune convention 'x' (il en contient 1)`,
    ],
    [
      { id: 'x', name: 'n.json', count: 0 },
      `--agreement${NB}: n.json ne contient aucune convention 'x' (il n'en contient aucune)`,
    ],
    [
      { id: 'x', name: 'n.json', count: 1200 },
      `--agreement${NB}: n.json ne contient aucune convention 'x' (il en contient 1200)`,
    ],
  ],
  'cli.ewp.cannot_export': [
    [
      { name: 'n.json', id: 'x', issues: 1 },
      `n.json${NB}: la convention 'x' ne peut pas être écrite comme accord interinstitutionnel EWP (1${NB}problème)`,
    ],
  ],
  'cli.ewp.exported_with_warnings': [
    [
      { name: 'n.json', id: 'x', warnings: 1 },
      `n.json${NB}: convention 'x' écrite avec 1${NB}avertissement${NB}: ce qu'il signale n'est pas dans le XML`,
    ],
    [
      { name: 'n.json', id: 'x', warnings: 3 },
      `n.json${NB}: convention 'x' écrite avec 3${NB}avertissements${NB}: ce qu'ils signalent n'est pas dans le XML`,
    ],
  ],
  'cli.ewp.import_column': [
    [{ column: 'agreement' }, 'convention'],
    [{ column: 'schac' }, 'identifiant SCHAC'],
  ],
  'cli.ewp.imported': [
    [
      { name: 'iia.xml', agreements: 1, partners: 0 },
      `iia.xml${NB}: 1${NB}convention et 0${NB}partenaire importés`,
    ],
    [
      { name: 'iia.xml', agreements: 2, partners: 1 },
      `iia.xml${NB}: 2${NB}conventions et 1${NB}partenaire importés`,
    ],
  ],
  'cli.ewp.import_issues': [
    [
      { name: 'iia.xml', issues: 1 },
      `iia.xml${NB}: 1${NB}problème${NB}: ce qu'il concerne n'est pas importé`,
    ],
    [
      { name: 'iia.xml', issues: 2 },
      `iia.xml${NB}: 2${NB}problèmes${NB}: ce qu'ils concernent n'est pas importé`,
    ],
  ],
  'cli.ewp.nothing_imported': [
    [{ name: 'iia.xml', issues: 1 }, `iia.xml${NB}: rien n'est importé (1${NB}problème)`],
  ],
  'cli.ewp.conflict': [
    [
      { id: 'a', existing: 'b', iiaId: 'X-1', heiId: 'lyon.example.org' },
      `la convention importée 'a' est déjà dans le réseau sous l'identifiant 'b' (iia-id 'X-1' de lyon.example.org)${NB}: elle n'est pas importée une seconde fois`,
    ],
  ],
  'cli.ewp.partner_missing': [
    [
      { id: 'a', partnerId: 'ewp-x-example-org', heiId: 'x.example.org' },
      `la convention importée 'a' n'est pas ajoutée${NB}: son partenaire 'ewp-x-example-org' n'a pas pu être importé (voir les problèmes ci-dessus), et le réseau n'a aucun partenaire d'identifiant SCHAC 'x.example.org'`,
    ],
  ],
  'cli.ewp.renamed': [
    [
      { kind: 'partner', id: 'a', renamed: 'a-2' },
      `le partenaire importé 'a' est ajouté sous l'identifiant 'a-2'${NB}: le réseau a un autre partenaire de même identifiant`,
    ],
    [
      { kind: 'agreement', id: 'b', renamed: 'b-2' },
      `la convention importée 'b' est ajoutée sous l'identifiant 'b-2'${NB}: le réseau a une autre convention de même identifiant`,
    ],
  ],
  'cli.ewp.merged': [
    [
      { name: 'n.json', agreements: 1, partners: 0, matched: 1, conflicts: 0 },
      `n.json${NB}: 1${NB}convention et 0${NB}partenaire ajoutés, 1${NB}partenaire retrouvé par identifiant SCHAC ou ROR, 0${NB}conflit`,
    ],
    [
      { name: 'n.json', agreements: 2, partners: 2, matched: 2, conflicts: 3 },
      `n.json${NB}: 2${NB}conventions et 2${NB}partenaires ajoutés, 2${NB}partenaires retrouvés par identifiant SCHAC ou ROR, 3${NB}conflits`,
    ],
  ],
  'cli.ewp.merged_invalid': [
    [
      { name: 'n.json', issues: 2 },
      `n.json${NB}: le réseau complété par l'import ne serait pas valide (2${NB}problèmes)${NB}: rien n'est écrit`,
    ],
  ],
  'cli.help': 'whole text below',
  'cli.validate.help': 'whole text below',
  'cli.report.help': 'whole text below',
  'cli.eligibility.help': 'whole text below',
  'cli.match.help': 'whole text below',
  'cli.plan.help': 'whole text below',
  'cli.schema.help': 'whole text below',
  'cli.ewp.help': 'whole text below',
};

describe('every cli.* message in French', () => {
  it('has a case for every code of the catalogue', () => {
    expect(Object.keys(FRENCH).sort()).toEqual(Object.keys(CLI_MESSAGES).sort());
  });

  const cases = Object.entries(FRENCH).flatMap(([code, list]) =>
    typeof list === 'string'
      ? []
      : (list as readonly (readonly [unknown, string])[]).map(
          ([params, expected]) => [code, params, expected] as const,
        ),
  );

  it.each(cases)('%s %j', (code, params, expected) => {
    expect(cliText(code as CliCode, params as never, 'fr')).toBe(expected);
  });

  it('cli.help', async () => {
    expect(shown((await runCli(['--lang', 'fr', '--help'])).stdout)).toMatchInlineSnapshot(`
      "uhs-network X.Y.Z: le Réseau des partenaires internationaux de l'Université des
      sciences de la santé (UHS), Phnom Penh, en ligne de commande.

      Utilisation␣: uhs-network <commande> [options]

      Commandes␣:
        validate     Vérifier un réseau, ou des fichiers de partenaires, de conventions ou de propositions
        report       Le réseau d'un coup d'œil␣: couverture, lacunes, conventions, stratégies, mobilité, éligibilité
        eligibility  La décision sur chaque proposition d'un réseau, avec les règles non conformes
        match        Classer les partenaires capables de travailler dans les cases recherchées
        plan         Planifier␣: la couverture pas à pas, les renouvellements et les propositions à retenir
        schema       Afficher le schéma JSON d'un type de document
        ewp          EWP IIAs v7␣: importer et exporter des accords interinstitutionnels, leur iia-hash, et ce qui diffère entre deux copies

      Options␣:
        -h, --help   Afficher l'aide␣; uhs-network help <commande> (ou <commande> --help)
                     affiche celle d'une commande.
        --version    Afficher la version.
        --lang LANG  La langue des messages, de l'aide et des rapports␣: en (anglais) ou fr
                     (français). Sans elle, la première des variables LC_ALL, LC_MESSAGES et
                     LANG qui est définie décide␣: le français si elle commence par fr
                     (fr_FR.UTF-8), sinon l'anglais.

      L'argument de fichier '-' désigne l'entrée standard. Les résultats vont sur la sortie
      standard, les messages et les erreurs sur la sortie d'erreur standard␣: ainsi,
      'uhs-network report x.json --format json | jq' fonctionne. La couleur n'est utilisée
      que sur un terminal, et jamais lorsque NO_COLOR est définie.

      Codes de sortie␣:
        0   la commande a fait son travail (quelles que soient les décisions d'éligibilité)
        1   un fichier d'entrée contient des données invalides (y compris un texte qui n'est
            pas du JSON), ou les copies que compare ewp diff diffèrent
        2   une erreur d'utilisation ou d'entrée-sortie␣: commande ou option inconnue, date
            --on ou --plan invalide, code inconnu dans une option, fichier manquant ou illisible
        70  une erreur interne (un bogue␣: merci de le signaler)
      "
    `);
  });

  it('cli.validate.help', async () => {
    expect(shown((await runCli(['--lang', 'fr', 'validate', '--help'])).stdout))
      .toMatchInlineSnapshot(`
      "Utilisation␣: uhs-network validate <fichier…> [--kind network|partner|agreement|proposal]
                                         [--ndjson] [--max-issues N]

      Vérifie chaque fichier et affiche chaque problème sur la sortie standard, un par ligne,
      sous la forme
        fichier[:ligne]␣: chemin␣: message
      puis un résumé d'une ligne par fichier sur la sortie d'erreur standard.

        --kind TYPE       Ce que contiennent les fichiers (par défaut␣: network). Un fichier
                          de réseau est un seul document␣; pour les autres types, un fichier
                          .json contient un enregistrement ou un tableau d'enregistrements, et
                          le chemin d'un problème commence par l'index de l'enregistrement
                          ([3].country).
        --ndjson          Lire les fichiers (ou l'entrée standard) en NDJSON␣: un
                          enregistrement par ligne, lignes vides ignorées␣; un problème
                          indique sa ligne (fichier.ndjson:4␣: country␣: …). Les fichiers
                          en .ndjson ou .jsonl sont lus ainsi sans cette option.
        --max-issues N    Lister au plus N problèmes par document ou enregistrement (par
                          défaut␣: 1000)␣; une dernière ligne indique alors combien il
                          en reste.
        -h, --help        Afficher cette aide.

      Le fichier '-' désigne l'entrée standard, nommée <stdin> dans les messages. Les fichiers
      doivent être en UTF-8 (une marque d'ordre d'octets au début est admise). Le NDJSON est
      lu une ligne à la fois, quelle que soit sa taille␣; un document JSON est lu en
      entier, jusqu'à 256␣Mio (UHS_NETWORK_MAX_JSON_BYTES, en octets ou avec un suffixe K,
      M ou G, modifie cette limite). Une clé écrite deux fois dans un même objet est un
      problème (clé en double)␣: les lecteurs de JSON ne gardent que la dernière.

      Codes de sortie␣: 0␣: chaque fichier est valide␣; 1␣: un fichier contient des
      données invalides (ou un texte qui n'est pas de l'UTF-8 ou pas du JSON)␣; 2␣: une
      erreur d'utilisation, ou un fichier illisible ou trop volumineux. Avec plusieurs
      fichiers, chacun est signalé et le code le plus élevé l'emporte.

      Exemples␣:
        uhs-network validate examples/network.json
        uhs-network validate --kind partner new-partners.ndjson
      "
    `);
  });

  it('cli.report.help', async () => {
    expect(shown((await runCli(['--lang', 'fr', 'report', '--help'])).stdout))
      .toMatchInlineSnapshot(`
      "Utilisation␣: uhs-network report <fichier> [--on DATE] [--plan DÉBUT..FIN]
                                       [--format md|json|html] [--out FICHIER]

      Établit le rapport d'un document de réseau à une date␣: totaux, partenaires par type,
      pays et région, la matrice de couverture domaines × activités avec ses lacunes et ses
      cases saturées, les conventions par statut et celles qui arrivent à échéance (avec leurs
      partenaires et leurs dates de fin, les plus proches d'abord), les stratégies de
      l'objectif stratégique n°␣6 auxquelles contribuent les conventions en vigueur, le
      solde des mobilités et l'éligibilité de chaque proposition (avec les règles non
      conformes, en toutes lettres), puis une légende des catégories, des statuts et de
      «␣en vigueur␣». Les partenaires figurent par leur nom. Avec --lang fr, le rapport
      Markdown ou HTML est en français␣; l'objet JSON est le même dans les deux langues.

        --on DATE             Le jour du rapport, AAAA-MM-JJ (par défaut␣: l'asOf du
                              fichier, sinon aujourd'hui).
        --plan DÉBUT..FIN     La période du plan stratégique de référence (par défaut␣: le
                              plan du fichier, sinon 2014-01-01..2018-12-31).
        --format md|json|html Des tableaux Markdown (par défaut), l'objet du rapport en JSON
                              (noms, dates de fin et motifs compris), ou une page HTML
                              autonome avec la matrice en carte de chaleur.
        --out FICHIER         Écrire le rapport dans FICHIER au lieu de la sortie standard.
        -h, --help            Afficher cette aide.

      Le fichier '-' désigne l'entrée standard. Les problèmes d'un réseau invalide vont sur
      la sortie d'erreur standard.

      Codes de sortie␣: 0␣: succès␣; 1␣: le fichier n'est pas un réseau valide (ou
      pas du JSON)␣; 2␣: une erreur d'utilisation, une date --on ou --plan invalide, ou
      un fichier illisible ou impossible à écrire.

      Exemple␣:
        uhs-network --lang fr report examples/network.json --format html --out rapport.html
      "
    `);
  });

  it('cli.eligibility.help', async () => {
    expect(shown((await runCli(['--lang', 'fr', 'eligibility', '--help'])).stdout))
      .toMatchInlineSnapshot(`
      "Utilisation␣: uhs-network eligibility <fichier> [--on DATE] [--plan DÉBUT..FIN]
                                            [--format text|json]

      Évalue chaque proposition d'un document de réseau selon les règles d'éligibilité et
      affiche une ligne par proposition␣: son identifiant, la décision (eligible,
      conditional, ineligible), la catégorie (key, associate, ou - si inéligible), l'intention
      (build, renew, strengthen) et les règles non conformes (séparées par des virgules, ou -
      s'il n'y en a aucune). Ces colonnes sont des codes, les mêmes en JSON et dans les deux
      langues.

        --on DATE            Le jour de l'évaluation, AAAA-MM-JJ (par défaut␣: l'asOf du
                             fichier, sinon aujourd'hui).
        --plan DÉBUT..FIN    La période du plan stratégique de référence (par défaut␣: le
                             plan du fichier, sinon 2014-01-01..2018-12-31).
        --format text|json   Une ligne par proposition (par défaut), ou l'EligibilityReport[]
                             en JSON, avec le résultat et le message de chaque règle (les
                             messages dans la langue choisie).
        -h, --help           Afficher cette aide.

      Le fichier '-' désigne l'entrée standard. Les problèmes d'un réseau invalide vont sur
      la sortie d'erreur standard.

      Codes de sortie␣: 0␣: succès (quelles que soient les décisions)␣; 1␣: le fichier
      n'est pas un réseau valide (ou pas du JSON)␣; 2␣: une erreur d'utilisation, une date
      --on ou --plan invalide, ou un fichier illisible.

      Exemple␣:
        uhs-network eligibility examples/network.json --on 2017-06-30
      "
    `);
  });

  it('cli.plan.help', async () => {
    const help = shown((await runCli(['--lang', 'fr', 'plan', '--help'])).stdout);
    expect(help).toMatch(
      /^Utilisation␣: uhs-network plan <fichier> \[--from DATE\] \[--to DATE\]\n/,
    );
    expect(help).toContain(
      '  --step PAS         academic-year, year, quarter (par défaut␣: academic-year).',
    );
    expect(help).toContain(
      '(selectProposals, choix glouton␣: à\nau moins (1 − 1/e) du meilleur choix)',
    );
    expect(help).toContain('Codes de sortie␣: 0␣: succès␣;');
    expect(help).toContain(
      '  uhs-network --lang fr plan examples/network.json --step year --select 3\n',
    );
  });

  it('cli.match.help', async () => {
    expect(shown((await runCli(['--lang', 'fr', 'match', '--help'])).stdout))
      .toMatchInlineSnapshot(`
      "Utilisation␣: uhs-network match <fichier> --cells C5,B4 [--fields 0912]
                                      [--languages fr] [--regions asean] [--limit N] [--on DATE]
                                      [--format text|json]

      Classe les partenaires d'un document de réseau dont les capacités (les cases qu'ils
      offrent, et celles qu'ils couvrent par des conventions en vigueur) comprennent une case
      recherchée. Le score vaut 0,6 × la part des cases recherchées, + 0,2 × la part des
      domaines d'études recherchés que le partenaire déclare, + 0,2 × la part des langues
      recherchées dans lesquelles il travaille, le tout divisé par la somme des pondérations
      (1)␣; un critère non précisé compte comme entièrement satisfait. À égalité,
      l'identifiant du partenaire départage.

        --cells LISTE      Les cases recherchées, A1 … D5 (obligatoire).
        --fields LISTE     Domaines d'études de la CITE-F 2013, par exemple 0912 (médecine).
        --languages LISTE  Codes de langue ISO 639-1, par exemple fr.
        --regions LISTE    Seulement les partenaires de ces régions ce jour-là␣:
                           asean, asia-pacific, europe, americas, africa, middle-east, other.
        --limit N          Au plus N partenaires.
        --on DATE          Le jour, AAAA-MM-JJ (par défaut␣: l'asOf du fichier, sinon
                           aujourd'hui).
        --format text|json Un tableau classé (par défaut), ou le tableau de rankPartners en
                           JSON.
        -h, --help         Afficher cette aide.

      Dans une LISTE, les codes sont séparés par des virgules (C5,B4), et l'option peut être
      répétée. Le fichier '-' désigne l'entrée standard.

      Codes de sortie␣: 0␣: succès (même si aucun partenaire ne répond au besoin)␣;
      1␣: le fichier n'est pas un réseau valide (ou pas du JSON)␣; 2␣: une erreur
      d'utilisation (--cells manquant, code inconnu, date --on invalide, --limit qui n'est pas
      un nombre entier) ou un fichier illisible.

      Exemple␣:
        uhs-network match examples/network.json --cells C5,B4 --languages fr --limit 3
      "
    `);
  });

  it('cli.schema.help', async () => {
    expect(shown((await runCli(['--lang', 'fr', 'schema', '--help'])).stdout))
      .toMatchInlineSnapshot(`
      "Utilisation␣: uhs-network schema [Nom]

      Affiche le schéma JSON (draft 2020-12) d'un type de document, pour les validateurs
      d'autres langages␣: Network, Partner, Agreement, Proposal, Commitment
      (par défaut␣: Network␣; quelle que soit la casse). Le paquet contient les mêmes
      schémas dans schemas/<nom>.schema.json. Le schéma est le même dans les deux langues.

        -h, --help   Afficher cette aide.

      Codes de sortie␣: 0␣: succès␣; 2␣: un nom inconnu.

      Exemple␣:
        uhs-network schema partner > partner.schema.json
      "
    `);
  });

  it('cli.ewp.help', async () => {
    expect(shown((await runCli(['--lang', 'fr', 'ewp', '--help'])).stdout)).toMatchInlineSnapshot(`
      "Utilisation␣: uhs-network ewp import <fichier.xml> [--network reseau.json] [--out FICHIER]
                                           [--home HEI_ID] [--format text|json]
                    uhs-network ewp export <reseau.json> --agreement ID [--out FICHIER] [--home HEI_ID]
                    uhs-network ewp hash <fichier.xml> [--format text|json]
                    uhs-network ewp diff <notre.xml> <leur.xml> [--format text|json]

      Erasmus Without Paper (EWP), API IIAs v7␣: les accords interinstitutionnels (IIA) qui
      entrent dans le réseau ou en sortent, leur iia-hash, et ce qui diffère entre deux copies
      d'un accord. Commandes␣: import, export, hash, diff.

        import  Lit les IIA d'une iias-get-response comme conventions et partenaires. Sans
                --network, les affiche (un tableau, ou le JSON { agreements, partners, issues }
                avec --format json ou --out). Avec --network, les ajoute à ce réseau␣: un
                partenaire déjà présent avec le même identifiant SCHAC ou ROR est retrouvé, pas
                ajouté une seconde fois␣; une convention dont l'iia-id est déjà présent est un
                conflit, signalé, et n'est pas importée une seconde fois. Le réseau n'est écrit
                (--out, sinon sur la sortie standard) que s'il reste valide.
        export  Écrit une convention d'un réseau comme iias-get-response, avec son iia-hash␣;
                ce qu'EWP ne peut pas exprimer fait l'objet d'un avertissement sur la sortie
                d'erreur standard.
        hash    Affiche une ligne par iia d'une iias-get-response␣: son iia-id, son iia-hash
                (SHA-256 du texte que construit la XSLT officielle v7) et s'il est valide pour
                l'approbation (non lorsqu'un v6-value ou un not-yet-defined est présent).
        diff    Compare notre copie d'un IIA avec celle du partenaire et affiche chaque
                différence qui modifie l'iia-hash, une par ligne (chemin␣: message), avec un
                résumé sur la sortie d'erreur standard␣; ou indique que les copies concordent.

        --network FICHIER   (import) Le réseau auquel ajouter l'import.
        --agreement ID      (export) L'identifiant de la convention à écrire.
        --out FICHIER       (import, export) Écrire le résultat dans FICHIER plutôt que sur la
                            sortie standard.
        --home HEI_ID       (import, export) L'identifiant SCHAC de l'établissement d'origine␣:
                            celui du réseau, sinon uhs.edu.kh.
        --format text|json  Des lignes (par défaut), ou du JSON␣: l'import, le tableau des
                            { iiaId, hash, validForApproval } (hash), des différences (diff).
        -h, --help          Afficher cette aide.

      Le fichier '-' désigne l'entrée standard. Les fichiers sont du XML en UTF-8 d'au plus
      32␣Mio (moins si UHS_NETWORK_MAX_JSON_BYTES le demande) et d'au plus 8388608␣caractères.
      Une déclaration DOCTYPE ou une référence d'entité est un problème␣: aucune entité
      n'est jamais développée. Les problèmes, conflits et avertissements vont sur la sortie
      d'erreur standard sous la forme fichier␣: chemin␣: message, avec un chemin de type
      XPath (ou le chemin dans le réseau).

      Codes de sortie␣: 0␣: succès, avec ou sans problèmes ni avertissements (diff␣: les
      copies concordent)␣; 1␣: rien n'a pu être importé ou exporté, le réseau n'est pas
      valide, une convention importée est en conflit ou n'a pas pu être ajoutée, ou (diff) les
      copies diffèrent␣; 2␣: une erreur d'utilisation (dont un identifiant de convention
      inconnu), ou un fichier illisible, impossible à écrire ou trop volumineux.

      Exemples␣:
        uhs-network ewp import iia.xml --network reseau.json --out reseau.json
        uhs-network ewp export reseau.json --agreement mou-lyon-2014 --out iia.xml
        uhs-network ewp hash iia.xml
        uhs-network ewp diff notre.xml leur.xml
      "
    `);
  });

  it('the match help says the score is divided by the sum of the weights, in English too', async () => {
    expect((await runCli(['match', '--help'])).stdout).toContain(
      `includes a needed cell. The score is
0.6 × the share of the needed cells, + 0.2 × the share of the needed fields the partner
declares, + 0.2 × the share of the needed languages it works in, all divided by the sum
of the weights (1); a criterion you do not give counts as fully matched. Ties break
by partner id.
`,
    );
    const weights = { cellsWeight: 3, fieldsWeight: 0.5, languagesWeight: 0.25 };
    const params = { ...weights, firstCell: 'A1', lastCell: 'D5', regions: ['asean'] };
    expect(cliText('cli.match.help', params, 'en')).toContain(
      'divided by the sum\nof the weights (3.75);',
    );
    expect(cliText('cli.match.help', params, 'fr')).toContain(
      `le tout divisé par la somme des pondérations\n(3,75)${NB};`,
    );
  });

  it('the English general help documents --lang and the environment', async () => {
    expect((await runCli(['--help'])).stdout).toContain(
      `
Options:
  -h, --help   Show help; uhs-network help <command> (or <command> --help) shows a command's.
  --version    Show the version.
  --lang LANG  The language of messages, help and reports: en (English) or fr (French).
               Without it, the first of LC_ALL, LC_MESSAGES and LANG that is set chooses:
               French when it starts with fr (fr_FR.UTF-8), else English.
`,
    );
  });
});

import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { fakeIo, runCli } from './_helpers.js';

const NB = '\u00a0';
const DIR = 'test/fixtures/ewp';
/** The official example response (IIAs API v7): valid for approval. */
const EXAMPLE = `${DIR}/iias-v7-get-response-example.xml`;
/** The xsltKit's v7 response: `v6-value` and `not-yet-defined` present. */
const XSLTKIT = `${DIR}/xsltkit-get-response-v7.xml`;
/** An IIAs API v6 response. */
const V6 = `${DIR}/xsltkit-get-response-v6.xml`;
const EXAMPLE_TEXT = readFileSync(new URL(`../../${EXAMPLE}`, import.meta.url), 'utf8');

const IIA_ID = '0f7a5682-faf7-49a7-9cc7-ec486c49a281';
// The hash test vectors of test/fixtures/ewp/README.md (the official XSLT, then SHA-256).
const EXAMPLE_HASH = 'e950faa83a799cf45839e7915db88ed51575babe7845c1219dfde54ce30a61e4';
const XSLTKIT_HASH = '87b33170d7a6c6d894215641f39e7b7de36501265479e5ab3922f32d5b225033';

const SPEC = '/iias-get-response/iia/cooperation-conditions/student-studies-mobility-spec';
const MONTHS = 'cooperation-conditions.student-studies-mobility-spec.total-months-per-year';
const EQF = 'cooperation-conditions.student-studies-mobility-spec.eqf-level';

/** A copy of the example with one field changed: 5 months a year become 6. */
const SIX_MONTHS = EXAMPLE_TEXT.replace(
  '<total-months-per-year>5</total-months-per-year>',
  '<total-months-per-year>6</total-months-per-year>',
);
/** A copy of the example without its second EQF level. */
const NO_EQF_8 = EXAMPLE_TEXT.replace('<eqf-level>8</eqf-level>', '');

describe('uhs-network ewp hash', () => {
  it('prints the iia-id, the iia-hash and valid for approval, and exits 0', async () => {
    expect(await runCli(['ewp', 'hash', EXAMPLE])).toMatchObject({
      code: 0,
      stdout: `${IIA_ID}  ${EXAMPLE_HASH}  valid for approval: yes\n`,
      stderr: '',
    });
    expect(await runCli(['ewp', 'hash', XSLTKIT])).toMatchObject({
      code: 0,
      stdout: `${IIA_ID}  ${XSLTKIT_HASH}  valid for approval: no\n`,
      stderr: '',
    });
  });

  it('says it in French with --lang fr, or a French environment', async () => {
    expect(await runCli(['--lang', 'fr', 'ewp', 'hash', XSLTKIT])).toMatchObject({
      code: 0,
      stdout: `${IIA_ID}  ${XSLTKIT_HASH}  valide pour l'approbation${NB}: non\n`,
      stderr: '',
    });
    expect((await runCli(['ewp', 'hash', EXAMPLE], { env: { LANG: 'fr_FR.UTF-8' } })).stdout).toBe(
      `${IIA_ID}  ${EXAMPLE_HASH}  valide pour l'approbation${NB}: oui\n`,
    );
  });

  it('prints the array as JSON with --format json, the same in both languages', async () => {
    const result = await runCli(['ewp', 'hash', XSLTKIT, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      `${JSON.stringify([{ iiaId: IIA_ID, hash: XSLTKIT_HASH, validForApproval: false }], null, 2)}\n`,
    );
    const french = await runCli(['--lang', 'fr', 'ewp', 'hash', XSLTKIT, '--format=json']);
    expect(french.stdout).toBe(result.stdout);
  });

  it('lines up one line per iia of a response that holds several', async () => {
    const iia = /<iia>[\s\S]*<\/iia>/.exec(EXAMPLE_TEXT)![0];
    const other = iia.replace(`<iia-id>${IIA_ID}</iia-id>`, '<iia-id>short-id</iia-id>');
    const two = EXAMPLE_TEXT.replace(iia, `${iia}\n${other}`);
    const result = await runCli(['ewp', 'hash', 'two.xml'], { files: { 'two.xml': two } });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `${IIA_ID}  ${EXAMPLE_HASH}  valid for approval: yes\n` +
        `short-id${' '.repeat(IIA_ID.length - 'short-id'.length)}  6dd4af5bda9dd40d667cdacfb0e2278c14271b25a0d7cc6c8ac2f684ca76dec6  valid for approval: yes\n`,
    );
  });

  it('reads standard input, and skips a byte order mark', async () => {
    expect(await runCli(['ewp', 'hash', '-'], { stdin: `\uFEFF${EXAMPLE_TEXT}` })).toMatchObject({
      code: 0,
      stdout: `${IIA_ID}  ${EXAMPLE_HASH}  valid for approval: yes\n`,
    });
  });

  it('exits 1 with the issues of the XML, path: message, in English and French', async () => {
    expect(await runCli(['ewp', 'hash', V6])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `${V6}: /iias-get-response: This is an IIAs API v6 document; only version 7 is supported\n` +
        `uhs-network: ${V6}: not a readable IIAs API v7 response (1 issue)\n`,
      written: new Map(),
    });
    expect(await runCli(['--lang', 'fr', 'ewp', 'hash', V6])).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        `${V6}${NB}: /iias-get-response${NB}: Ce document relève de l’API IIAs v6${NB}; seule la version 7 est prise en charge\n` +
        `uhs-network${NB}: ${V6}${NB}: réponse de l'API IIAs v7 illisible (1${NB}problème)\n`,
    });
  });

  it('never expands an entity: a DOCTYPE is an issue (exit 1)', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><iias-get-response>&lol2;</iias-get-response>';
    expect(
      await runCli(['ewp', 'hash', 'laughs.xml'], { files: { 'laughs.xml': laughs } }),
    ).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        'laughs.xml: /: A DOCTYPE declaration is not accepted: its entities would be expanded (none is)\n' +
        'uhs-network: laughs.xml: not a readable IIAs API v7 response (1 issue)\n',
    });
  });

  it('exits 1 for bytes that are not UTF-8, naming the first bad byte', async () => {
    const bytes = Buffer.from('<iias-get-response>\n<x>\u00e9</x>', 'latin1');
    const fake = fakeIo();
    const io = {
      ...fake.io,
      openFile: () =>
        (async function* () {
          await Promise.resolve();
          yield new Uint8Array(bytes);
        })(),
    };
    expect(await run(['--lang', 'fr', 'ewp', 'hash', 'latin1.xml'], io)).toBe(1);
    expect(fake.stdout.join('')).toBe('');
    expect(fake.stderr.join('')).toBe(
      `latin1.xml:2${NB}: UTF-8 invalide${NB}: octet 0xE9 à la position 23 en octets (le fichier doit être du texte UTF-8)\n` +
        `uhs-network${NB}: latin1.xml${NB}: pas du texte UTF-8\n`,
    );
  });

  it('exits 2 for a usage error or a file that cannot be read', async () => {
    expect(await runCli(['ewp', 'hash'])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: "uhs-network: missing the <file> argument\nRun 'uhs-network ewp --help' for usage.\n",
    });
    expect(await runCli(['ewp', 'hash', EXAMPLE, 'extra.xml'])).toMatchObject({
      code: 2,
      stderr:
        "uhs-network: unexpected argument 'extra.xml'\nRun 'uhs-network ewp --help' for usage.\n",
    });
    expect(await runCli(['ewp', 'hash', EXAMPLE, '--format', 'md'])).toMatchObject({
      code: 2,
      stderr:
        "uhs-network: --format: expected one of text, json, received 'md'\nRun 'uhs-network ewp --help' for usage.\n",
    });
    expect(await runCli(['ewp', 'hash', 'missing.xml'], { diskFallback: false })).toMatchObject({
      code: 2,
      stdout: '',
      stderr: "uhs-network: cannot read 'missing.xml': no such file or directory\n",
    });
    expect(
      await runCli(['--lang', 'fr', 'ewp', 'hash', 'missing.xml'], { diskFallback: false }),
    ).toMatchObject({
      code: 2,
      stderr: `uhs-network${NB}: impossible de lire 'missing.xml'${NB}: fichier ou dossier introuvable\n`,
    });
  });

  it('exits 2 for a file larger than the size cap (UHS_NETWORK_MAX_JSON_BYTES lowers it)', async () => {
    expect(
      await runCli(['ewp', 'hash', EXAMPLE], { env: { UHS_NETWORK_MAX_JSON_BYTES: '1K' } }),
    ).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `uhs-network: cannot read '${EXAMPLE}': it is larger than 1 KiB, the most read as one EWP XML document\n`,
    });
    expect(
      await runCli(['--lang', 'fr', 'ewp', 'hash', '-'], {
        stdin: EXAMPLE_TEXT,
        env: { UHS_NETWORK_MAX_JSON_BYTES: '1K' },
      }),
    ).toMatchObject({
      code: 2,
      stderr: `uhs-network${NB}: impossible de lire '<stdin>'${NB}: il dépasse 1${NB}Kio, la taille maximale d'un document XML EWP lu en une fois\n`,
    });
  });
});

describe('uhs-network ewp diff', () => {
  it('says the copies agree and exits 0', async () => {
    expect(await runCli(['ewp', 'diff', EXAMPLE, EXAMPLE])).toMatchObject({
      code: 0,
      stdout: 'the copies agree (same iia-hash)\n',
      stderr: '',
    });
    expect(await runCli(['--lang', 'fr', 'ewp', 'diff', EXAMPLE, EXAMPLE])).toMatchObject({
      code: 0,
      stdout: 'les copies concordent (même iia-hash)\n',
      stderr: '',
    });
  });

  it('prints each difference, path: message, and exits 1', async () => {
    const files = { 'theirs.xml': SIX_MONTHS };
    expect(await runCli(['ewp', 'diff', EXAMPLE, 'theirs.xml'], { files })).toMatchObject({
      code: 1,
      stdout: `${SPEC}/total-months-per-year: ${MONTHS} differs: ours is '5', theirs is '6'\n`,
      stderr: `${EXAMPLE} and theirs.xml differ: 1 difference changes the iia-hash\n`,
    });
    expect(
      await runCli(['--lang', 'fr', 'ewp', 'diff', EXAMPLE, 'theirs.xml'], { files }),
    ).toMatchObject({
      code: 1,
      stdout: `${SPEC}/total-months-per-year${NB}: ${MONTHS} diffère${NB}: '5' dans notre copie, '6' dans la leur\n`,
      stderr: `${EXAMPLE} et theirs.xml diffèrent${NB}: 1${NB}différence modifie l'iia-hash\n`,
    });
  });

  it('reports a value in one copy only, and several differences', async () => {
    const files = { 'ours.xml': NO_EQF_8.replace('>5</total', '>6</total') };
    expect(await runCli(['ewp', 'diff', 'ours.xml', EXAMPLE], { files })).toMatchObject({
      code: 1,
      stdout:
        `${SPEC}/total-months-per-year: ${MONTHS} differs: ours is '6', theirs is '5'\n` +
        `${SPEC}/eqf-level[2]: ${EQF} '8' is in their copy only\n`,
      stderr: `ours.xml and ${EXAMPLE} differ: 2 differences change the iia-hash\n`,
    });
    expect(
      await runCli(['--lang', 'fr', 'ewp', 'diff', EXAMPLE, 'ours.xml'], { files }),
    ).toMatchObject({
      code: 1,
      stdout:
        `${SPEC}/total-months-per-year${NB}: ${MONTHS} diffère${NB}: '5' dans notre copie, '6' dans la leur\n` +
        `${SPEC}/eqf-level[2]${NB}: ${EQF} '8' ne figure que dans notre copie\n`,
      stderr: `${EXAMPLE} et ours.xml diffèrent${NB}: 2${NB}différences modifient l'iia-hash\n`,
    });
  });

  it('prints the differences as JSON, their messages in the chosen language', async () => {
    const files = { 'theirs.xml': SIX_MONTHS };
    const path = `${SPEC}/total-months-per-year`;
    const difference = {
      code: 'changed',
      field: MONTHS,
      path,
      theirsPath: path,
      ours: '5',
      theirs: '6',
      message: `${MONTHS} differs: ours is '5', theirs is '6'`,
      params: { field: MONTHS, ours: '5', theirs: '6' },
    };
    const english = await runCli(['ewp', 'diff', EXAMPLE, 'theirs.xml', '--format', 'json'], {
      files,
    });
    expect(english.code).toBe(1);
    expect(JSON.parse(english.stdout)).toEqual([difference]);
    const french = await runCli(
      ['--lang', 'fr', 'ewp', 'diff', EXAMPLE, 'theirs.xml', '--format', 'json'],
      { files },
    );
    expect(JSON.parse(french.stdout)).toEqual([
      { ...difference, message: `${MONTHS} diffère${NB}: '5' dans notre copie, '6' dans la leur` },
    ]);
    expect(await runCli(['ewp', 'diff', EXAMPLE, EXAMPLE, '--format', 'json'])).toMatchObject({
      code: 0,
      stdout: '[]\n',
      stderr: '',
    });
  });

  it('exits 1 with the issues of the copy that cannot be read, named', async () => {
    const files = { 'broken.xml': '<iias-get-response' };
    const theirs = await runCli(['ewp', 'diff', EXAMPLE, V6]);
    expect(theirs).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        `${V6}: /iias-get-response: This is an IIAs API v6 document; only version 7 is supported\n` +
        `uhs-network: ${V6}: not a readable IIAs API v7 response (1 issue)\n`,
    });
    const ours = await runCli(['--lang', 'fr', 'ewp', 'diff', V6, 'broken.xml'], { files });
    expect(ours).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        `${V6}${NB}: /iias-get-response${NB}: Ce document relève de l’API IIAs v6${NB}; seule la version 7 est prise en charge\n` +
        `uhs-network${NB}: ${V6}${NB}: réponse de l'API IIAs v7 illisible (1${NB}problème)\n`,
    });
  });

  it('exits 2 for a usage error or a file that cannot be read', async () => {
    const help = "\nRun 'uhs-network ewp --help' for usage.\n";
    expect(await runCli(['ewp', 'diff', EXAMPLE])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `uhs-network: missing a file: diff compares two, <ours.xml> and <theirs.xml>${help}`,
    });
    expect(await runCli(['ewp', 'diff', EXAMPLE, EXAMPLE, 'third.xml'])).toMatchObject({
      code: 2,
      stderr: `uhs-network: unexpected argument 'third.xml'${help}`,
    });
    expect(await runCli(['ewp', 'diff', '-', '-'], { stdin: EXAMPLE_TEXT })).toMatchObject({
      code: 2,
      stderr: `uhs-network: standard input ('-') can be read only once${help}`,
    });
    expect(
      await runCli(['ewp', 'diff', EXAMPLE, 'missing.xml'], {
        files: { [EXAMPLE]: EXAMPLE_TEXT },
        diskFallback: false,
      }),
    ).toMatchObject({
      code: 2,
      stdout: '',
      stderr: "uhs-network: cannot read 'missing.xml': no such file or directory\n",
    });
    expect(await runCli(['--lang', 'fr', 'ewp', 'diff'])).toMatchObject({
      code: 2,
      stderr: `uhs-network${NB}: fichier manquant${NB}: diff en compare deux, <notre.xml> et <leur.xml>\nLancez 'uhs-network --lang fr ewp --help' pour obtenir de l'aide.\n`,
    });
  });
});

describe('uhs-network ewp: subcommands and help', () => {
  it('lists import, export, hash and diff for a missing or unknown subcommand', async () => {
    const help = "\nRun 'uhs-network ewp --help' for usage.\n";
    expect(await runCli(['ewp'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `uhs-network: missing an ewp command: expected one of import, export, hash, diff${help}`,
      written: new Map(),
    });
    for (const name of ['send', 'IMPORT', 'HASH']) {
      expect(await runCli(['ewp', name, EXAMPLE])).toMatchObject({
        code: 2,
        stdout: '',
        stderr: `uhs-network: unknown ewp command '${name}': expected one of import, export, hash, diff${help}`,
      });
    }
    expect(await runCli(['--lang', 'fr', 'ewp', 'send', EXAMPLE])).toMatchObject({
      code: 2,
      stderr: `uhs-network${NB}: commande ewp inconnue 'send'${NB}: import, export, hash ou diff attendu\nLancez 'uhs-network --lang fr ewp --help' pour obtenir de l'aide.\n`,
    });
  });

  it('has one help for ewp and its subcommands, listing the four', async () => {
    const help = await runCli(['ewp', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toBe((await runCli(['help', 'ewp'])).stdout);
    for (const subcommand of ['import', 'export', 'hash', 'diff']) {
      expect(help.stdout).toBe((await runCli(['ewp', subcommand, '-h'])).stdout);
    }
    expect(help.stdout).toMatch(
      /^Usage: uhs-network ewp import <file\.xml> \[--network net\.json\] \[--out FILE\] \[--home HEI_ID\]\n {30}\[--format text\|json\]\n {7}uhs-network ewp export <network\.json> --agreement ID \[--out FILE\] \[--home HEI_ID\]\n {7}uhs-network ewp hash <file\.xml> \[--format text\|json\]\n {7}uhs-network ewp diff <ours\.xml> <theirs\.xml> \[--format text\|json\]\n/,
    );
    expect(help.stdout).toContain('Commands: import, export, hash, diff.');
    expect(help.stdout).toContain('at most 32 MiB');
  });

  it('is listed in the general help', async () => {
    expect((await runCli(['--help'])).stdout).toContain(
      '\n  ewp          EWP IIAs v7: import and export agreements, their iia-hash, and where two copies differ\n',
    );
  });
});

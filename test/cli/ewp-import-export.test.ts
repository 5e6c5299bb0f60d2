import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEwpIias } from '../../src/ewp/readEwpIias.js';
import { safeEwpIiaHash } from '../../src/ewp/safeEwpIiaHash.js';
import { safeParseNetwork } from '../../src/schemas/parse.js';
import { run } from '../../src/cli/run.js';
import { EXAMPLE, exampleValue, fakeIo, runCli, spawnCli, STACK_LINE } from './_helpers.js';

const NB = '\u00a0';
const DIR = 'test/fixtures/ewp';
/** The official example response (IIAs API v7): uw.edu.pl serves it, hibo.no is the partner. */
const OFFICIAL = `${DIR}/iias-v7-get-response-example.xml`;
const OFFICIAL_TEXT = readFileSync(new URL(`../../${OFFICIAL}`, import.meta.url), 'utf8');
/** An IIAs API v6 response. */
const V6 = `${DIR}/xsltkit-get-response-v6.xml`;
const HELP = "\nRun 'uhs-network ewp --help' for usage.\n";
/** The agreement of the example network that carries an EWP identity (UHS and Lyon). */
const LYON = 'mou-lyon-2014';

/** The `iia-hash` element of a response, and the hash computed from its text. */
function hashes(xml: string): { declared: string | undefined; computed: string | undefined } {
  const result = safeEwpIiaHash(xml);
  return {
    declared: /<iia-hash>([0-9a-f]{64})<\/iia-hash>/.exec(xml)?.[1],
    computed: result.success ? result.data[0]?.hash : undefined,
  };
}

/** The example network's text, with its agreements filtered. */
function networkWith(keep: (agreement: { id: string }) => boolean): string {
  const network = exampleValue();
  network['agreements'] = (network['agreements'] as { id: string }[]).filter(keep);
  return JSON.stringify(network, null, 2);
}

/** The XML `ewp export` writes for an agreement of the example network. */
async function exported(id = LYON): Promise<string> {
  const result = await runCli(['ewp', 'export', EXAMPLE, '--agreement', id]);
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('uhs-network ewp export', () => {
  it('writes the agreement as a v7 iias-get-response whose iia-hash is the official one', async () => {
    const result = await runCli(['ewp', 'export', EXAMPLE, '--agreement', LYON]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<iias-get-response /,
    );
    expect(result.stdout.endsWith('</iias-get-response>\n')).toBe(true);
    // UHS serves the copy: it is the first partner, with its own iia-id.
    expect(result.stdout).toMatch(
      /<partner>\s*<hei-id>uhs\.edu\.kh<\/hei-id>\s*<iia-id>uhs-iia-2014-001<\/iia-id>/,
    );
    const { declared, computed } = hashes(result.stdout);
    expect(declared).toMatch(/^[0-9a-f]{64}$/);
    expect(declared).toBe(computed);
  });

  it('says on stderr, with paths, what EWP cannot express, and still exits 0', async () => {
    const { stderr } = await runCli(['ewp', 'export', EXAMPLE, '--agreement', LYON]);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toContain(
      `${EXAMPLE}: agreements[0].commitments[2]: Commitment 2 (distance-course, cell B4) is not written: an EWP IIA describes mobility only`,
    );
    expect(lines).toContain(
      `${EXAMPLE}: agreements[0].commitments[3]: Commitment 3 (joint-programme, cell C5) is not written: an EWP IIA describes mobility only`,
    );
    expect(lines.at(-1)).toBe(
      `${EXAMPLE}: agreement '${LYON}' written with ${String(lines.length - 1)} warnings: what they name is not in the XML`,
    );
    expect(lines.slice(0, -1).every((line) => line.startsWith(`${EXAMPLE}: agreements[0]`))).toBe(
      true,
    );
  });

  it('says the warnings in French with --lang fr; the XML is the same', async () => {
    const english = await runCli(['ewp', 'export', EXAMPLE, '--agreement', LYON]);
    const french = await runCli(['--lang', 'fr', 'ewp', 'export', EXAMPLE, '--agreement', LYON]);
    expect(french.code).toBe(0);
    expect(french.stdout).toBe(english.stdout);
    expect(french.stderr).toContain(
      `${EXAMPLE}${NB}: agreements[0].commitments[2]${NB}: L’engagement 2 (distance-course, case B4) n’est pas écrit${NB}: un accord interinstitutionnel EWP ne décrit que la mobilité\n`,
    );
    expect(french.stderr).toMatch(
      new RegExp(
        `${EXAMPLE}${NB}: convention '${LYON}' écrite avec \\d+${NB}avertissements${NB}: ce qu'ils signalent n'est pas dans le XML\\n$`,
      ),
    );
  });

  it('writes the XML to --out, and nothing to stdout', async () => {
    const result = await runCli([
      'ewp',
      'export',
      EXAMPLE,
      '--agreement',
      LYON,
      '--out',
      'iia.xml',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.written.get('iia.xml')).toBe(await exported());
  });

  it('takes the home institution from --home, else from the network', async () => {
    // Lyon's copy of the same IIA: Lyon is the first partner.
    const lyon = await runCli([
      'ewp',
      'export',
      EXAMPLE,
      '--agreement',
      LYON,
      '--home',
      'lyon.example.edu',
    ]);
    expect(lyon.code).toBe(0);
    expect(lyon.stdout).toMatch(/<partner>\s*<hei-id>lyon\.example\.edu<\/hei-id>/);
    expect(lyon.stdout).not.toBe(await exported());
    const home = { name: 'Example home (fictional)', country: 'KH' };
    const network = exampleValue();
    network['home'] = { ...home, identifiers: { schac: 'lyon.example.edu' } };
    // A network whose home is not in the IIA at all cannot be written from its side.
    const other = JSON.stringify({
      ...network,
      home: { ...home, identifiers: { schac: 'other.example.org' } },
    });
    const result = await runCli(['ewp', 'export', 'other.json', '--agreement', LYON], {
      files: { 'other.json': other },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      new RegExp(
        `uhs-network: other\\.json: agreement '${LYON}' cannot be written as an EWP IIA \\(1 issue\\)\\n$`,
      ),
    );
    expect(result.stderr.split('\n')[0]).toMatch(/^other\.json: /);
  });

  it('exits 1 for an agreement whose partner has no SCHAC id', async () => {
    const result = await runCli(['ewp', 'export', EXAMPLE, '--agreement', 'mou-seoul-2017']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^examples\/network\.json: .+\n/);
    expect(result.stderr).toMatch(
      /\nuhs-network: examples\/network\.json: agreement 'mou-seoul-2017' cannot be written as an EWP IIA \(1 issue\)\n$/,
    );
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('exits 2 for an unknown agreement, a missing --agreement or a bad --home', async () => {
    expect(await runCli(['ewp', 'export', EXAMPLE, '--agreement', 'mou-nowhere'])).toEqual({
      code: 2,
      stdout: '',
      stderr: `uhs-network: --agreement: ${EXAMPLE} has no agreement 'mou-nowhere' (it has 12 agreements)\n`,
      written: new Map(),
    });
    expect(
      await runCli(['--lang', 'fr', 'ewp', 'export', EXAMPLE, '--agreement', 'mou-nowhere']),
    ).toMatchObject({
      code: 2,
      stderr: `uhs-network${NB}: --agreement${NB}: ${EXAMPLE} ne contient aucune convention 'mou-nowhere' (il en contient 12)\n`,
    });
    expect(await runCli(['ewp', 'export', EXAMPLE])).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `uhs-network: missing the required option --agreement${HELP}`,
    });
    expect(
      await runCli(['ewp', 'export', EXAMPLE, '--agreement', LYON, '--home', 'UHS.edu.kh']),
    ).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `uhs-network: --home: expected a SCHAC id, an institution's internet domain in lower case (uhs.edu.kh), received 'UHS.edu.kh'${HELP}`,
    });
    expect(await runCli(['ewp', 'export', '--agreement', LYON])).toMatchObject({
      code: 2,
      stderr: `uhs-network: missing the <file> argument${HELP}`,
    });
    expect(
      await runCli(['ewp', 'export', EXAMPLE, '--agreement', LYON, '--format', 'json']),
    ).toMatchObject({
      code: 2,
      stderr: `uhs-network: unknown option '--format'${HELP}`,
    });
  });

  it('exits 1 for a network that is not JSON or not valid, 2 for a missing file', async () => {
    const broken = await runCli(['ewp', 'export', 'broken.json', '--agreement', LYON], {
      files: { 'broken.json': '{"schemaVersion": 2, "partners": [' },
    });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(
      /^broken\.json:1: invalid JSON: .+\nuhs-network: broken\.json: not valid JSON\n$/,
    );
    const invalid = await runCli(['ewp', 'export', 'invalid.json', '--agreement', LYON], {
      files: {
        'invalid.json': '{"schemaVersion": 2, "partners": [], "agreements": [], "colour": 1}',
      },
    });
    expect(invalid).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        "invalid.json: colour: unknown key 'colour'\nuhs-network: invalid.json: invalid network (1 issue)\n",
    });
    expect(
      await runCli(['ewp', 'export', 'missing.json', '--agreement', LYON], { diskFallback: false }),
    ).toMatchObject({
      code: 2,
      stdout: '',
      stderr: "uhs-network: cannot read 'missing.json': no such file or directory\n",
    });
  });

  it('exits 2 when --out cannot be written', async () => {
    const fake = fakeIo();
    const io = {
      ...fake.io,
      writeFile: () =>
        Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })),
    };
    expect(
      await run(['ewp', 'export', EXAMPLE, '--agreement', LYON, '--out', 'locked.xml'], io),
    ).toBe(2);
    expect(fake.stdout.join('')).toBe('');
    expect(fake.stderr.join('')).toBe(
      "uhs-network: cannot write 'locked.xml': permission denied\n",
    );
  });
});

/** An IIA between UHS and a fictional partner, UHS's copy (a v7 response). */
function uhsIia({
  partner = 'univ-lyon.example.fr',
  partnerIiaId = 'LYON-4711',
  uhsIiaId = 'uhs-iia-2026-01',
} = {}): string {
  return `<iias-get-response xmlns="https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd" xmlns:c="https://github.com/erasmus-without-paper/ewp-specs-types-contact/tree/stable-v1">
  <iia>
    <partner><hei-id>uhs.edu.kh</hei-id><iia-id>${uhsIiaId}</iia-id></partner>
    <partner><hei-id>${partner}</hei-id><iia-id>${partnerIiaId}</iia-id>
      <c:contact><c:contact-name>Example Officer</c:contact-name><c:email>ir@${partner}</c:email></c:contact></partner>
    <in-effect>true</in-effect>
    <cooperation-conditions>
      <student-studies-mobility-spec>
        <sending-hei-id>uhs.edu.kh</sending-hei-id>
        <receiving-hei-id>${partner}</receiving-hei-id>
        <receiving-first-academic-year-id>2026/2027</receiving-first-academic-year-id>
        <receiving-last-academic-year-id>2027/2028</receiving-last-academic-year-id>
        <mobilities-per-year>2</mobilities-per-year>
        <recommended-language-skill><language>fr</language><cefr-level>B2</cefr-level></recommended-language-skill>
        <subject-area><isced-f-code>0912</isced-f-code></subject-area>
        <total-months-per-year>10</total-months-per-year>
        <blended>false</blended>
      </student-studies-mobility-spec>
    </cooperation-conditions>
    <iia-hash>0000000000000000000000000000000000000000000000000000000000000000</iia-hash>
  </iia>
</iias-get-response>
`;
}

/** The issues of reading the official example from uw.edu.pl's side, as the CLI writes them. */
const OFFICIAL_ISSUES = readEwpIias(OFFICIAL_TEXT, { homeHeiId: 'uw.edu.pl' }).issues;
const ISSUES_OF_OFFICIAL = [
  ...OFFICIAL_ISSUES.map((issue) => `${OFFICIAL}: ${issue.path}: ${issue.message}`),
  `${OFFICIAL}: ${String(OFFICIAL_ISSUES.length)} issues: what they concern is not imported`,
];

describe('uhs-network ewp import, without a network', () => {
  it('prints the agreements and partners as tables, the issues on stderr, and exits 0', async () => {
    const result = await runCli(['ewp', 'import', OFFICIAL, '--home', 'uw.edu.pl']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'agreement                                 partners     period                  cells     commitments\n' +
        'ewp-0f7a5682-faf7-49a7-9cc7-ec486c49a281  ewp-hibo-no  2014-10-01..2021-09-30  A1,B1,B2  5\n' +
        '\n' +
        'partner      SCHAC id  country  name\n' +
        'ewp-hibo-no  hibo.no   NO       hibo.no\n' +
        '\n' +
        `${OFFICIAL}: 1 agreement and 1 partner imported\n`,
    );
    expect(result.stderr).toBe(`${ISSUES_OF_OFFICIAL.join('\n')}\n`);
  });

  it('says it in French with --lang fr', async () => {
    const result = await runCli(['--lang', 'fr', 'ewp', 'import', OFFICIAL, '--home', 'uw.edu.pl']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'convention                                partenaires  période                 cases     engagements\n',
    );
    expect(result.stdout).toContain('partenaire   identifiant SCHAC  pays  nom\n');
    expect(result.stdout).toMatch(
      new RegExp(`${OFFICIAL}${NB}: 1${NB}convention et 1${NB}partenaire importés\\n$`),
    );
    expect(result.stderr).toContain(
      `${OFFICIAL}${NB}: ${String(OFFICIAL_ISSUES.length)}${NB}problèmes${NB}: ce qu'ils concernent n'est pas importé\n`,
    );
  });

  it('prints { agreements, partners, issues } as JSON with --format json, or to --out', async () => {
    const result = await runCli([
      'ewp',
      'import',
      OFFICIAL,
      '--home',
      'uw.edu.pl',
      '--format',
      'json',
    ]);
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout) as {
      agreements: { id: string; partnerIds: string[]; ewp: unknown }[];
      partners: { id: string }[];
      issues: { code: string; path: string; message: string }[];
    };
    expect(Object.keys(document)).toEqual(['agreements', 'partners', 'issues']);
    expect(document.agreements.map((agreement) => agreement.id)).toEqual([
      'ewp-0f7a5682-faf7-49a7-9cc7-ec486c49a281',
    ]);
    expect(document.agreements[0]?.ewp).toEqual({
      partners: [
        {
          heiId: 'uw.edu.pl',
          iiaId: '0f7a5682-faf7-49a7-9cc7-ec486c49a281',
          iiaCode: '983/E+/III14&15',
        },
        { heiId: 'hibo.no', iiaId: '1954991', iiaCode: '2014/E+/PL/4104B' },
      ],
      inEffect: true,
    });
    expect(document.partners.map((partner) => partner.id)).toEqual(['ewp-hibo-no']);
    expect(document.issues.map((issue) => [issue.code, issue.path])).toEqual(
      OFFICIAL_ISSUES.map((issue) => [issue.code, issue.path]),
    );
    expect(document.issues.length).toBeGreaterThan(1);
    // The records are valid records of the model: a network made of them parses.
    const network = {
      schemaVersion: 2,
      home: {
        name: 'Example home (fictional)',
        country: 'PL',
        identifiers: { schac: 'uw.edu.pl' },
      },
      partners: document.partners,
      agreements: document.agreements,
    };
    expect(safeParseNetwork(network).success).toBe(true);

    const out = await runCli([
      'ewp',
      'import',
      OFFICIAL,
      '--home',
      'uw.edu.pl',
      '--out',
      'import.json',
    ]);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('');
    expect(out.written.get('import.json')).toBe(result.stdout);
    expect(out.stderr).toBe(result.stderr);
    // The messages of the issues are in the language of the run; the rest is the same.
    const french = await runCli([
      '--lang',
      'fr',
      'ewp',
      'import',
      OFFICIAL,
      '--home',
      'uw.edu.pl',
      '--format=json',
    ]);
    const frenchDocument = JSON.parse(french.stdout) as typeof document;
    expect(frenchDocument.agreements).toEqual(document.agreements);
    expect(frenchDocument.issues[0]?.message).not.toBe(document.issues[0]?.message);
  });

  it('exits 1 with the issues when nothing can be imported: an IIA without the home institution', async () => {
    const [notHome, ...others] = readEwpIias(OFFICIAL_TEXT).issues;
    expect(others).toEqual([]);
    expect(notHome).toMatchObject({ code: 'home_not_partner', path: '/iias-get-response/iia' });
    expect(await runCli(['ewp', 'import', OFFICIAL])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `${OFFICIAL}: /iias-get-response/iia: ${notHome?.message ?? ''}\n` +
        `uhs-network: ${OFFICIAL}: nothing imported (1 issue)\n`,
      written: new Map(),
    });
  });
});

describe('uhs-network ewp import --network', () => {
  it('matches a partner by its SCHAC id, adds the agreement, and writes the valid network', async () => {
    const xml = await exported();
    const network = networkWith((agreement) => agreement.id !== LYON);
    const result = await runCli(['ewp', 'import', 'iia.xml', '--network', 'net.json'], {
      files: { 'iia.xml': xml, 'net.json': network },
    });
    expect(result.code).toBe(0);
    const merged = JSON.parse(result.stdout) as Record<string, unknown>;
    const parsed = safeParseNetwork(merged);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    // Not duplicated: the partner is the network's Lyon, found by lyon.example.edu.
    expect(parsed.data.partners).toHaveLength(14);
    const added = parsed.data.agreements.at(-1);
    expect(added?.id).toBe('ewp-uhs-iia-2014-001');
    expect(added?.partnerIds).toEqual(['example-univ-lyon']);
    expect(added?.ewp?.partners.map((partner) => partner.iiaId)).toEqual([
      'uhs-iia-2014-001',
      'eul-0042',
    ]);
    // The network's own records are unchanged, and it still has no `home` (it had none).
    expect(merged['home']).toBeUndefined();
    expect((merged['agreements'] as unknown[]).slice(0, -1)).toEqual(
      (JSON.parse(network) as { agreements: unknown[] }).agreements,
    );
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe(
      'net.json: 1 agreement and 0 partners added, 1 partner matched by SCHAC or ROR id, 0 conflicts',
    );
  });

  it('does not print the partner_incomplete issue of a partner it matched, and prints it otherwise', async () => {
    const xml = await exported();
    // The reader alone cannot make Lyon a partner: it asks to match it by its SCHAC id.
    const incomplete = readEwpIias(xml).issues.filter(
      (issue) => issue.code === 'partner_incomplete',
    );
    expect(incomplete.map((issue) => issue.params['heiId'])).toEqual(['lyon.example.edu']);
    const alone = await runCli(['ewp', 'import', 'iia.xml'], { files: { 'iia.xml': xml } });
    expect(alone.stderr).toContain("The partner 'lyon.example.edu' is not returned");
    // With the network, the merge matches it: the issue is resolved, not printed.
    const network = networkWith((agreement) => agreement.id !== LYON);
    const files = { 'iia.xml': xml, 'net.json': network };
    const merged = await runCli(['ewp', 'import', 'iia.xml', '--network', 'net.json'], { files });
    expect(merged.code).toBe(0);
    expect(merged.stderr).not.toContain('lyon.example.edu');
    expect(merged.stderr).toContain('1 partner matched by SCHAC or ROR id');
    const fr = await runCli(['--lang', 'fr', 'ewp', 'import', 'iia.xml', '--network', 'net.json'], {
      files,
    });
    expect(fr.code).toBe(0);
    expect(fr.stderr).not.toContain('lyon.example.edu');
    // A network whose Lyon has another SCHAC id: not matched, the issue stays.
    const renamed = network.replaceAll('"lyon.example.edu"', '"other-lyon.example.edu"');
    expect(renamed).not.toBe(network);
    const unmatched = await runCli(['ewp', 'import', 'iia.xml', '--network', 'net.json'], {
      files: { 'iia.xml': xml, 'net.json': renamed },
    });
    expect(unmatched.stderr).toContain(
      `iia.xml: ${incomplete[0]?.path}: ${incomplete[0]?.message}\n`,
    );
  });

  it('reports an agreement the network already has (same iia-id) as a conflict, and exits 1', async () => {
    const xml = await exported();
    const result = await runCli(
      ['ewp', 'import', 'iia.xml', '--network', EXAMPLE, '--out', 'merged.json'],
      {
        files: { 'iia.xml': xml },
      },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(
      `${EXAMPLE}: agreements[0].ewp.partners[0].iiaId: the imported agreement 'ewp-uhs-iia-2014-001' is already in the network as '${LYON}' (iia-id 'uhs-iia-2014-001' of uhs.edu.kh): not imported again\n`,
    );
    expect(result.stderr).toMatch(
      /examples\/network\.json: 0 agreements and 0 partners added, 0 partners matched by SCHAC or ROR id, 1 conflict\n$/,
    );
    // Nothing duplicated: the network written is the network read.
    const merged = JSON.parse(result.written.get('merged.json') ?? '') as { agreements: unknown[] };
    expect(merged.agreements).toEqual((exampleValue() as { agreements: unknown[] }).agreements);
    // The partner's own iia-id is enough to recognise it.
    const theirs = (await exported()).replace(
      '<iia-id>uhs-iia-2014-001</iia-id>',
      '<iia-id>uhs-other</iia-id>',
    );
    const again = await runCli(['ewp', 'import', 'iia.xml', '--network', EXAMPLE], {
      files: { 'iia.xml': theirs },
    });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(
      `${EXAMPLE}: agreements[0].ewp.partners[1].iiaId: the imported agreement 'ewp-uhs-other' is already in the network as '${LYON}' (iia-id 'eul-0042' of lyon.example.edu): not imported again\n`,
    );
  });

  it('adds a new partner, renaming what the network uses for another record', async () => {
    const network = exampleValue();
    const partners = network['partners'] as Record<string, unknown>[];
    partners.push({
      id: 'ewp-univ-lyon-example-fr',
      name: 'Example other university (fictional)',
      type: 'university',
      country: 'FR',
      identifiers: { schac: 'other.example.fr' },
      fields: [],
      languages: ['fr'],
      contacts: [{ name: 'Example Officer', email: 'ir@other.example.fr' }],
    });
    const agreements = network['agreements'] as Record<string, unknown>[];
    agreements[agreements.length - 1] = { ...agreements.at(-1), id: 'ewp-uhs-iia-2026-01' };
    const result = await runCli(['ewp', 'import', 'iia.xml', '--network', 'net.json'], {
      files: { 'iia.xml': uhsIia(), 'net.json': JSON.stringify(network) },
    });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      "net.json: the imported partner 'ewp-univ-lyon-example-fr' is added as 'ewp-univ-lyon-example-fr-2': the network has another partner with that id\n" +
        "net.json: the imported agreement 'ewp-uhs-iia-2026-01' is added as 'ewp-uhs-iia-2026-01-2': the network has another agreement with that id\n" +
        'net.json: 1 agreement and 1 partner added, 0 partners matched by SCHAC or ROR id, 0 conflicts\n',
    );
    const parsed = safeParseNetwork(JSON.parse(result.stdout));
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.partners.at(-1)).toMatchObject({
      id: 'ewp-univ-lyon-example-fr-2',
      country: 'FR',
      identifiers: { schac: 'univ-lyon.example.fr' },
    });
    expect(parsed.data.agreements.at(-1)).toMatchObject({
      id: 'ewp-uhs-iia-2026-01-2',
      partnerIds: ['ewp-univ-lyon-example-fr-2'],
    });
  });

  it('leaves out an agreement whose partner is neither imported nor in the network', async () => {
    // A generic domain says no country: readEwpIias cannot make a partner of it.
    const result = await runCli(['ewp', 'import', 'iia.xml', '--network', EXAMPLE], {
      files: { 'iia.xml': uhsIia({ partner: 'nowhere.example.org' }) },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "iia.xml: the imported agreement 'ewp-uhs-iia-2026-01' is not added: its partner 'ewp-nowhere-example-org' could not be imported (see the issues above), and the network has no partner with SCHAC id 'nowhere.example.org'\n",
    );
    const merged = JSON.parse(result.stdout) as { agreements: unknown[] };
    expect(merged.agreements).toHaveLength(12);
  });

  it('writes nothing when the network with the import would not be valid', async () => {
    // A partner in Cambodia, the home country, cannot be an international partner.
    const result = await runCli(
      ['ewp', 'import', 'iia.xml', '--network', EXAMPLE, '--out', 'merged.json'],
      {
        files: { 'iia.xml': uhsIia({ partner: 'clinic.example.kh' }) },
      },
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.written.size).toBe(0);
    expect(result.stderr).toMatch(/^examples\/network\.json: partners\[14\]\.country: .+\n/m);
    expect(result.stderr).toMatch(
      /\nuhs-network: examples\/network\.json: the network with the import would not be valid \(1 issue\): nothing written\n$/,
    );
  });

  it('takes the home institution of the network, and --home over it', async () => {
    const network = exampleValue();
    network['home'] = {
      name: 'Example University of Warsaw (fictional)',
      country: 'PL',
      identifiers: { schac: 'uw.edu.pl' },
    };
    const files = { 'net.json': JSON.stringify(network) };
    const result = await runCli(['ewp', 'import', OFFICIAL, '--network', 'net.json'], { files });
    expect(result.code).toBe(0);
    const merged = JSON.parse(result.stdout) as { home: unknown; partners: { id: string }[] };
    expect(merged.home).toEqual(network['home']);
    expect(merged.partners.at(-1)?.id).toBe('ewp-hibo-no');
    const other = await runCli(
      ['ewp', 'import', OFFICIAL, '--network', 'net.json', '--home', 'uhs.edu.kh'],
      {
        files,
      },
    );
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('nothing imported (1 issue)');
  });

  it('exits 1 for a network that is not JSON or not valid, and says it in French', async () => {
    const broken = await runCli(['ewp', 'import', OFFICIAL, '--network', 'net.json'], {
      files: { 'net.json': '{"schemaVersion": 2,' },
    });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('');
    expect(broken.stderr).toMatch(
      /^net\.json:1: invalid JSON: .+\nuhs-network: net\.json: not valid JSON\n$/,
    );
    const duplicate = await runCli(
      ['--lang', 'fr', 'ewp', 'import', OFFICIAL, '--network', 'net.json'],
      {
        files: {
          'net.json': '{"schemaVersion": 2, "partners": [], "agreements": [], "partners": []}',
        },
      },
    );
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toMatch(
      new RegExp(`uhs-network${NB}: net\\.json${NB}: réseau invalide \\(1${NB}problème\\)\\n$`),
    );
  });
});

describe('uhs-network ewp import: hostile or broken input', () => {
  const laughs =
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><iias-get-response>&lol2;</iias-get-response>';

  it.each([
    [
      'not XML',
      'this is not XML',
      /^bad\.xml: \/: .+\nuhs-network: bad\.xml: nothing imported \(1 issue\)\n$/,
    ],
    [
      'truncated XML',
      OFFICIAL_TEXT.slice(0, 400),
      /\nuhs-network: bad\.xml: nothing imported \(1 issue\)\n$/,
    ],
    [
      'a DOCTYPE (billion laughs)',
      laughs,
      /^bad\.xml: \/: A DOCTYPE declaration is not accepted: its entities would be expanded \(none is\)\nuhs-network: bad\.xml: nothing imported \(1 issue\)\n$/,
    ],
    ['JSON', '{"iia": 1}', /\nuhs-network: bad\.xml: nothing imported \(1 issue\)\n$/],
  ])('%s: issues with a path, exit 1, no stack trace', async (_name, text, stderr) => {
    const result = await runCli(['ewp', 'import', 'bad.xml', '--network', EXAMPLE], {
      files: { 'bad.xml': text },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(stderr);
    expect(result.stderr).not.toMatch(STACK_LINE);
    expect(result.stderr).not.toContain('lollol');
  });

  it('an IIAs v6 document is not supported', async () => {
    expect(await runCli(['ewp', 'import', V6])).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        `${V6}: /iias-get-response: This is an IIAs API v6 document; only version 7 is supported\n` +
        `uhs-network: ${V6}: nothing imported (1 issue)\n`,
    });
  });

  it('stops reading a file larger than the limit (exit 2)', async () => {
    const result = await runCli(['ewp', 'import', OFFICIAL], {
      env: { UHS_NETWORK_MAX_JSON_BYTES: '1K' },
    });
    expect(result).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `uhs-network: cannot read '${OFFICIAL}': it is larger than 1 KiB, the most read as one EWP XML document\n`,
    });
    const network = await runCli(
      ['ewp', 'import', OFFICIAL, '--home', 'uw.edu.pl', '--network', EXAMPLE],
      {
        env: { UHS_NETWORK_MAX_JSON_BYTES: '8K' },
      },
    );
    expect(network.code).toBe(2);
    expect(network.stderr).toMatch(
      /^uhs-network: cannot read 'examples\/network\.json': it is larger than 8 KiB/,
    );
  });

  it('exits 2 for a missing file, a usage error, or standard input twice', async () => {
    expect(await runCli(['ewp', 'import', 'missing.xml'], { diskFallback: false })).toMatchObject({
      code: 2,
      stdout: '',
      stderr: "uhs-network: cannot read 'missing.xml': no such file or directory\n",
    });
    expect(
      await runCli(['ewp', 'import', 'iia.xml', '--network', 'missing.json'], {
        files: { 'iia.xml': OFFICIAL_TEXT },
        diskFallback: false,
      }),
    ).toMatchObject({
      code: 2,
      stderr: "uhs-network: cannot read 'missing.json': no such file or directory\n",
    });
    expect(await runCli(['ewp', 'import'])).toMatchObject({
      code: 2,
      stderr: `uhs-network: missing the <file> argument${HELP}`,
    });
    expect(await runCli(['ewp', 'import', OFFICIAL, '--format', 'md'])).toMatchObject({
      code: 2,
      stderr: `uhs-network: --format: expected one of text, json, received 'md'${HELP}`,
    });
    expect(await runCli(['ewp', 'import', OFFICIAL, '--home', 'A'])).toMatchObject({
      code: 2,
      stderr: `uhs-network: --home: expected a SCHAC id, an institution's internet domain in lower case (uhs.edu.kh), received 'A'${HELP}`,
    });
    expect(await runCli(['ewp', 'import', '-', '--network', '-'], { stdin: '' })).toMatchObject({
      code: 2,
      stderr: `uhs-network: standard input ('-') can be read only once${HELP}`,
    });
  });

  it('the built bin: hostile input gives one line and an exit code, never a stack trace', () => {
    const laughsRun = spawnCli(['ewp', 'import', '-'], { input: laughs });
    expect(laughsRun.code).toBe(1);
    expect(laughsRun.stdout).toBe('');
    expect(laughsRun.stderr).toMatch(/\nuhs-network: <stdin>: nothing imported \(1 issue\)\n$/);
    const broken = spawnCli(['ewp', 'import', OFFICIAL, '--home', 'uw.edu.pl', '--network', '-'], {
      input: '{"schemaVersion": 2, "partners": [}',
    });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(
      /^<stdin>:1: invalid JSON: .+\nuhs-network: <stdin>: not valid JSON\n$/,
    );
    const missing = spawnCli(['ewp', 'export', 'no/such/network.json', '--agreement', LYON]);
    expect(missing).toMatchObject({
      code: 2,
      stdout: '',
      stderr: "uhs-network: cannot read 'no/such/network.json': no such file or directory\n",
    });
    for (const run of [laughsRun, broken, missing]) expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('reads standard input', async () => {
    const result = await runCli(['ewp', 'import', '-', '--home', 'uw.edu.pl'], {
      stdin: OFFICIAL_TEXT,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\n<stdin>: 1 agreement and 1 partner imported\n$/);
  });
});

describe('uhs-network ewp: export then import', () => {
  it('keeps the iia-hash: the copy written from the import is the copy exported', async () => {
    const xml = await exported();
    const network = networkWith((agreement) => agreement.id !== LYON);
    const merged = await runCli(['ewp', 'import', 'iia.xml', '--network', 'net.json'], {
      files: { 'iia.xml': xml, 'net.json': network },
    });
    expect(merged.code).toBe(0);
    const again = await runCli(
      ['ewp', 'export', 'merged.json', '--agreement', 'ewp-uhs-iia-2014-001'],
      {
        files: { 'merged.json': merged.stdout },
      },
    );
    expect(again.code).toBe(0);
    expect(hashes(again.stdout).computed).toBe(hashes(xml).computed);
  });
});

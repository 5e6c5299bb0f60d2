import { describe, expect, it } from 'vitest';
import { EXAMPLE, EXAMPLE_TEXT, exampleValue, runCli } from './_helpers.js';

const example = exampleValue() as {
  partners: Record<string, unknown>[];
  agreements: Record<string, unknown>[];
  proposals: Record<string, unknown>[];
};
const [lyon, leuven, third, fourth] = example.partners;
const badCountry = { ...third, country: 'XK' };
const typo = { ...fourth, contry: 'JP' };
const BAD_COUNTRY =
  "country: 'XK' is not a country code (249 ISO 3166-1 alpha-2 codes, see COUNTRIES)";

describe('uhs-network validate: network documents', () => {
  it('a valid network: nothing on stdout, a summary on stderr, exit 0', async () => {
    const result = await runCli(['validate', EXAMPLE]);
    expect(result).toMatchObject({
      code: 0,
      stdout: '',
      stderr: `${EXAMPLE}: valid network (14 partners, 12 agreements, 13 proposals)\n`,
    });
  });

  it('an invalid network: every issue on stdout as file: path: message, exit 1', async () => {
    const network = exampleValue() as typeof example;
    // Integrity is checked once the shape is valid: two integrity issues, reported at once.
    network.agreements[1]!['partnerIds'] = ['ghost'];
    network.proposals[0]!['partner'] = 'phantom';
    const result = await runCli(['validate', 'net.json'], {
      files: { 'net.json': JSON.stringify(network) },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      "net.json: agreements[1].partnerIds[0]: no partner has id 'ghost'\n",
    );
    expect(result.stdout).toContain("net.json: proposals[0].partner: no partner has id 'phantom'");
    expect(result.stderr).toBe('net.json: invalid network (2 issues)\n');
  });

  it('an issue at the root is at (root)', async () => {
    const result = await runCli(['validate', 'net.json'], { files: { 'net.json': '[]' } });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^net\.json: \(root\): expected object, received an array\n$/);
  });

  it('text that is not JSON is an issue at the line of the error, exit 1', async () => {
    const text = '{\n  "schemaVersion": 1,\n  "partners": [\n    { "id": "a", }\n  ]\n}\n';
    const result = await runCli(['validate', 'bad.json'], { files: { 'bad.json': text } });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      "bad.json:4: invalid JSON: expected a property name in double quotes, found '}' (column 18)\n",
    );
    expect(result.stderr).toBe('bad.json: not valid JSON\n');
  });

  it.each([
    ['', 'bad.json:1: invalid JSON: expected a value, found the end of the input (column 1)'],
    [
      '{"a": 1',
      "bad.json:1: invalid JSON: expected ',' or '}', found the end of the input (column 8)",
    ],
    [
      "{'a': 1}",
      `bad.json:1: invalid JSON: expected a property name in double quotes, found "'" (column 2)`,
    ],
    ['[1, 2]\n[3]', "bad.json:2: invalid JSON: unexpected '[' after the JSON value (column 1)"],
    ['{"a": 01}', 'bad.json:1: invalid JSON: invalid number (column 7)'],
    [
      '"a\tb"',
      'bad.json:1: invalid JSON: control character "\\t" in a string (escape it) (column 3)',
    ],
  ])('not JSON: %j', async (text, line) => {
    const result = await runCli(['validate', 'bad.json'], { files: { 'bad.json': text } });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`${line}\n`);
  });

  it('a byte order mark is ignored', async () => {
    const result = await runCli(['validate', 'bom.json'], {
      files: { 'bom.json': `\uFEFF${EXAMPLE_TEXT}` },
    });
    expect(result.code).toBe(0);
  });
});

describe('uhs-network validate: records', () => {
  it('an array file: the path starts with the index', async () => {
    const result = await runCli(['validate', '--kind', 'partner', 'partners.json'], {
      files: { 'partners.json': JSON.stringify([lyon, leuven, badCountry, typo]) },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      `partners.json: [2].${BAD_COUNTRY}\npartners.json: [3].contry: unknown key 'contry'\n`,
    );
    expect(result.stderr).toBe('partners.json: 2 issues in 2 of 4 partners\n');
  });

  it('a valid array file', async () => {
    const result = await runCli(['validate', '--kind', 'agreement', 'agreements.json'], {
      files: { 'agreements.json': JSON.stringify(example.agreements) },
    });
    expect(result).toMatchObject({
      code: 0,
      stdout: '',
      stderr: 'agreements.json: 12 valid agreements\n',
    });
  });

  it('a single record is accepted too', async () => {
    const result = await runCli(['validate', '--kind', 'Proposal', 'proposal.json'], {
      files: { 'proposal.json': JSON.stringify(example.proposals[0]) },
    });
    expect(result).toMatchObject({ code: 0, stderr: 'proposal.json: valid proposal\n' });
    const invalid = await runCli(['validate', '--kind', 'partner', 'partner.json'], {
      files: { 'partner.json': JSON.stringify(badCountry) },
    });
    expect(invalid).toMatchObject({
      code: 1,
      stdout: `partner.json: ${BAD_COUNTRY}\n`,
      stderr: 'partner.json: invalid partner (1 issue)\n',
    });
  });

  it('NDJSON: the line number follows the file name; blank lines are skipped', async () => {
    const text = [lyon, '', leuven, badCountry, '   ', typo]
      .map((record) => (typeof record === 'string' ? record : JSON.stringify(record)))
      .join('\n');
    const result = await runCli(['validate', '--kind', 'partner', 'partners.ndjson'], {
      files: { 'partners.ndjson': `${text}\n{oops\n` },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        `partners.ndjson:4: ${BAD_COUNTRY}`,
        "partners.ndjson:6: contry: unknown key 'contry'",
        "partners.ndjson:7: invalid JSON: expected a property name in double quotes, found 'o' (column 2)",
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe('partners.ndjson: 3 issues in 3 of 5 partners\n');
  });

  it('NDJSON with CRLF line ends, and .jsonl files', async () => {
    const text = `${JSON.stringify(lyon)}\r\n${JSON.stringify(badCountry)}\r\n`;
    const result = await runCli(['validate', '--kind', 'partner', 'partners.jsonl'], {
      files: { 'partners.jsonl': text },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`partners.jsonl:2: ${BAD_COUNTRY}\n`);
  });

  it('--ndjson reads any file as NDJSON', async () => {
    const text = `${JSON.stringify(lyon)}\n${JSON.stringify(leuven)}\n`;
    const asJson = await runCli(['validate', '--kind', 'partner', 'partners.txt'], {
      files: { 'partners.txt': text },
    });
    expect(asJson.code).toBe(1);
    const asNdjson = await runCli(['validate', '--kind', 'partner', '--ndjson', 'partners.txt'], {
      files: { 'partners.txt': text },
    });
    expect(asNdjson).toMatchObject({ code: 0, stderr: 'partners.txt: 2 valid partners\n' });
  });
});

describe('uhs-network validate: standard input and several files', () => {
  it('- reads standard input, named <stdin>', async () => {
    const valid = await runCli(['validate', '-'], { stdin: EXAMPLE_TEXT });
    expect(valid).toMatchObject({
      code: 0,
      stderr: '<stdin>: valid network (14 partners, 12 agreements, 13 proposals)\n',
    });
    const invalid = await runCli(['validate', '--kind', 'partner', '--ndjson', '-'], {
      stdin: `${JSON.stringify(lyon)}\n${JSON.stringify(badCountry)}\n`,
    });
    expect(invalid).toMatchObject({ code: 1, stdout: `<stdin>:2: ${BAD_COUNTRY}\n` });
  });

  it('reports every file; the highest exit code wins', async () => {
    const files = { 'bad.json': '{', 'partners.json': JSON.stringify([badCountry]) };
    const oneAndZero = await runCli(['validate', 'bad.json', EXAMPLE], { files });
    expect(oneAndZero.code).toBe(1);
    expect(oneAndZero.stderr).toContain(`${EXAMPLE}: valid network`);

    const all = await runCli(['validate', 'missing.json', 'bad.json', EXAMPLE], { files });
    expect(all.code).toBe(2);
    expect(all.stdout).toContain('bad.json:1: invalid JSON');
    expect(all.stderr).toBe(
      [
        "uhs-network: cannot read 'missing.json': no such file or directory",
        'bad.json: not valid JSON',
        `${EXAMPLE}: valid network (14 partners, 12 agreements, 13 proposals)`,
        '',
      ].join('\n'),
    );

    const records = await runCli(
      ['validate', '--kind', 'partner', 'partners.json', 'missing.json'],
      { files },
    );
    expect(records.code).toBe(2);
    expect(records.stdout).toBe(`partners.json: [0].${BAD_COUNTRY}\n`);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateEligibilityBatch } from '../../src/eligibility/evaluateEligibilityBatch.js';
import { JSON_SCHEMA_NAMES } from '../../src/json-schema/names.js';
import { toJsonSchema } from '../../src/json-schema/toJsonSchema.js';
import { buildNetworkReport, renderReport } from '../../src/reports/index.js';
import { parseNetwork } from '../../src/schemas/parse.js';
import { rankPartners } from '../../src/synergy/rankPartners.js';
import { columns, EXAMPLE, EXAMPLE_TEXT, exampleValue, runCli } from './_helpers.js';

const network = parseNetwork(JSON.parse(EXAMPLE_TEXT));
const withoutAsOf = (): string => {
  const value = exampleValue();
  delete value['asOf'];
  return JSON.stringify(value);
};
const notJson = { 'bad.json': '{\n  "schemaVersion": 1,\n  oops\n}' };
const invalid = (() => {
  const value = exampleValue() as { partners: Record<string, unknown>[] };
  value.partners[0]!['country'] = 'KH';
  return { 'invalid.json': JSON.stringify(value) };
})();

describe.each(['report', 'eligibility'])('uhs-network %s: invalid input (exit 1)', (command) => {
  it('text that is not JSON: the error on stderr, at its line', async () => {
    const result = await runCli([command, 'bad.json'], { files: notJson });
    expect(result).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        "bad.json:3: invalid JSON: expected a property name in double quotes, found 'o' (column 3)\n" +
        'uhs-network: bad.json: not valid JSON\n',
    });
  });

  it('an invalid network: its issues on stderr, nothing on stdout', async () => {
    const result = await runCli([command, 'invalid.json'], { files: invalid });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      "invalid.json: partners[0].country: a partner in KH, the home institution's country, is not an international partner\n" +
        'uhs-network: invalid.json: invalid network (1 issue)\n',
    );
  });
});

describe('uhs-network report', () => {
  it('prints the Markdown report of the example network by default', async () => {
    const result = await runCli(['report', EXAMPLE]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(
      renderReport(buildNetworkReport(network), 'markdown').replace(/\n?$/, '\n'),
    );
    expect(result.stdout).toContain('2017-06-30');
  });

  it('--format json prints buildNetworkReport’s object', async () => {
    const result = await runCli(['report', EXAMPLE, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(buildNetworkReport(network));
  });

  it('--format html prints renderReport’s page; --format markdown is md', async () => {
    const html = await runCli(['report', EXAMPLE, '--format', 'html']);
    expect(html.stdout).toBe(
      renderReport(buildNetworkReport(network), 'html').replace(/\n?$/, '\n'),
    );
    const markdown = await runCli(['report', EXAMPLE, '--format', 'markdown']);
    expect(markdown.stdout).toBe((await runCli(['report', EXAMPLE, '--format', 'md'])).stdout);
  });

  it('--on and --plan reach the report', async () => {
    const result = await runCli([
      'report',
      EXAMPLE,
      '--format',
      'json',
      '--on',
      '2016-01-01',
      '--plan',
      '2019-01-01..2023-12-31',
    ]);
    const expected = buildNetworkReport(network, {
      on: '2016-01-01',
      planPeriod: { start: '2019-01-01', end: '2023-12-31' },
    });
    expect(JSON.parse(result.stdout)).toEqual(expected);
    expect(expected.eligibility).not.toEqual(
      buildNetworkReport(network, { on: '2016-01-01' }).eligibility,
    );
  });

  it('--on defaults to the file’s asOf, else today (local date)', async () => {
    const files = { 'network.json': withoutAsOf() };
    const today = await runCli(['report', 'network.json', '--format', 'json'], {
      files,
      now: new Date(2016, 2, 15, 23, 30),
    });
    expect((JSON.parse(today.stdout) as { on: string }).on).toBe('2016-03-15');
    const asOf = await runCli(['report', EXAMPLE, '--format', 'json'], {
      now: new Date(2030, 0, 1),
    });
    expect((JSON.parse(asOf.stdout) as { on: string }).on).toBe('2017-06-30');
  });

  it('--out writes the report to a file, not to stdout; --out - is stdout', async () => {
    const result = await runCli(['report', EXAMPLE, '--format', 'html', '--out', 'report.html']);
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(result.written.get('report.html')).toMatch(/^<!doctype html>/i);
    const dash = await runCli(['report', EXAMPLE, '--out', '-']);
    expect(dash.stdout).toBe((await runCli(['report', EXAMPLE])).stdout);
  });

  it('reads standard input with -', async () => {
    const result = await runCli(['report', '-', '--format', 'json'], { stdin: EXAMPLE_TEXT });
    expect(JSON.parse(result.stdout)).toEqual(buildNetworkReport(network));
  });
});

describe('uhs-network eligibility', () => {
  it('prints one line a proposal: id, decision, tier, intent, failing rules', async () => {
    const result = await runCli(['eligibility', EXAMPLE]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const reports = evaluateEligibilityBatch(network.proposals ?? [], { network });
    expect(columns(result.stdout)).toEqual(
      reports.map((report) => {
        const failing = report.results.filter((r) => r.outcome === 'fail').map((r) => r.rule);
        return [
          report.proposalId,
          report.decision,
          report.tier ?? '-',
          report.intent,
          failing.join(',') || '-',
        ];
      }),
    );
    expect(result.stdout).toMatch(/^eoi-osaka-2017 +conditional +key +renew +teaching-language$/m);
    expect(result.stdout).toMatch(
      /^eoi-geneva-2017 +ineligible +- +build +scope,strategy-alignment$/m,
    );
    expect(result.stdout).toMatch(/^eoi-lyon-2017 +eligible +key +strengthen +-$/m);
    // Every decision appears, and still exit 0.
    for (const decision of ['eligible', 'conditional', 'ineligible'])
      expect(result.stdout).toContain(decision);
  });

  it('aligns the columns', async () => {
    const lines = (await runCli(['eligibility', EXAMPLE])).stdout.trimEnd().split('\n');
    const decisionColumn = new Set(
      lines.map((line) => line.search(/ (eligible|conditional|ineligible) /)),
    );
    expect(decisionColumn.size).toBe(1);
  });

  it('--format json prints the EligibilityReport[]', async () => {
    const result = await runCli(['eligibility', EXAMPLE, '--format', 'json']);
    expect(JSON.parse(result.stdout)).toEqual(
      evaluateEligibilityBatch(network.proposals ?? [], { network }),
    );
  });

  it('--on and --plan reach the rules', async () => {
    const result = await runCli([
      'eligibility',
      EXAMPLE,
      '--format',
      'json',
      '--on',
      '2018-01-01',
      '--plan',
      '2019-01-01..2023-12-31',
    ]);
    const expected = evaluateEligibilityBatch(network.proposals ?? [], {
      network,
      on: '2018-01-01',
      planPeriod: { start: '2019-01-01', end: '2023-12-31' },
    });
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });

  it('a network without proposals: nothing on stdout, a note on stderr, exit 0', async () => {
    const files = {
      'empty.json': JSON.stringify({ schemaVersion: 1, partners: [], agreements: [] }),
    };
    const result = await runCli(['eligibility', 'empty.json'], { files });
    expect(result).toMatchObject({
      code: 0,
      stdout: '',
      stderr: 'uhs-network: empty.json has no proposals\n',
    });
    const json = await runCli(['eligibility', 'empty.json', '--format', 'json'], { files });
    expect(json.stdout).toBe('[]\n');
  });

  it('reads standard input with -', async () => {
    const result = await runCli(['eligibility', '-'], { stdin: EXAMPLE_TEXT });
    expect(result.stdout).toBe((await runCli(['eligibility', EXAMPLE])).stdout);
  });
});

describe('uhs-network match', () => {
  it('prints a ranked table', async () => {
    const result = await runCli(['match', EXAMPLE, '--cells', 'C5,B4', '--languages', 'fr']);
    expect(result.code).toBe(0);
    const ranked = rankPartners(network, { cells: ['C5', 'B4'], languages: ['fr'] });
    const [header, ...rows] = columns(result.stdout);
    expect(header).toEqual(['#', 'partner', 'score', 'cells', 'fields', 'languages', 'name']);
    expect(rows.map((row) => row.slice(0, 3))).toEqual(
      ranked.map((entry, index) => [String(index + 1), entry.partnerId, String(entry.score)]),
    );
    expect(result.stdout).toMatch(
      /^1 +example-univ-lyon +1 +B4,C5 +- +fr +Example University of Lyon \(fictional\)$/m,
    );
  });

  it('--format json prints rankPartners’ array; every option reaches it', async () => {
    const result = await runCli([
      'match',
      EXAMPLE,
      '--cells',
      'd1',
      '--cells',
      'D2,C5',
      '--fields',
      '0912',
      '--languages',
      'EN,fr',
      '--regions',
      'asean,Europe',
      '--limit',
      '2',
      '--on',
      '2016-06-30',
      '--format',
      'json',
    ]);
    expect(result.code).toBe(0);
    const expected = rankPartners(
      network,
      {
        cells: ['D1', 'D2', 'C5'],
        fields: ['0912'],
        languages: ['en', 'fr'],
        regions: ['asean', 'europe'],
      },
      { on: '2016-06-30', limit: 2 },
    );
    expect(expected).toHaveLength(2);
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });

  it('no partner matches: nothing on stdout, a note on stderr, exit 0', async () => {
    const result = await runCli(['match', EXAMPLE, '--cells', 'A1', '--regions', 'africa']);
    expect(result).toMatchObject({
      code: 0,
      stdout: '',
      stderr: 'uhs-network: no partner matches the need\n',
    });
    const json = await runCli([
      'match',
      EXAMPLE,
      '--cells',
      'A1',
      '--regions',
      'africa',
      '--format',
      'json',
    ]);
    expect(json.stdout).toBe('[]\n');
  });

  it('--limit 0 is a whole number', async () => {
    const result = await runCli([
      'match',
      EXAMPLE,
      '--cells',
      'C5',
      '--limit',
      '0',
      '--format',
      'json',
    ]);
    expect(result).toMatchObject({ code: 0, stdout: '[]\n' });
  });

  it('an invalid network is exit 1', async () => {
    const result = await runCli(['match', 'invalid.json', '--cells', 'C5'], { files: invalid });
    expect(result.code).toBe(1);
  });
});

describe('uhs-network schema', () => {
  it('prints the network schema by default', async () => {
    const result = await runCli(['schema']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(toJsonSchema('Network'));
  });

  it.each(JSON_SCHEMA_NAMES)(
    'prints the %s schema, whatever the casing of its name',
    async (name) => {
      for (const spelling of [name, name.toLowerCase(), name.toUpperCase()]) {
        const result = await runCli(['schema', spelling]);
        expect(result.code).toBe(0);
        expect(JSON.parse(result.stdout)).toEqual(toJsonSchema(name));
      }
    },
  );
});

import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { buildNetworkReport } from '../../src/reports/index.js';
import { parseNetwork } from '../../src/schemas/parse.js';
import {
  CLI_PATH,
  EXAMPLE,
  EXAMPLE_TEXT,
  exampleValue,
  ROOT,
  spawnCli,
  STACK_LINE,
} from './_helpers.js';

// These tests run the built bin (`npm test` builds first; set UHS_CLI to try another build).
beforeAll(() => {
  if (!existsSync(join(ROOT, CLI_PATH))) {
    throw new Error(`${CLI_PATH} is missing: run 'npm run build' (or set UHS_CLI to a built CLI)`);
  }
});

describe('the built uhs-network bin', () => {
  it('starts with a shebang and is executable', () => {
    const file = join(ROOT, CLI_PATH);
    expect(readFileSync(file, 'utf8').split('\n', 1)[0]).toBe('#!/usr/bin/env node');
    expect(statSync(file).mode & 0o111).not.toBe(0);
  });

  it('--version prints the package version', () => {
    expect(spawnCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('exit 0: validate the example network', () => {
    const result = spawnCli(['validate', EXAMPLE]);
    expect(result).toEqual({
      code: 0,
      stdout: '',
      stderr: `${EXAMPLE}: valid network (14 partners, 12 agreements, 13 proposals)\n`,
    });
  });

  it('report --format json writes only JSON on stdout (for jq)', () => {
    const result = spawnCli(['report', EXAMPLE, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(
      buildNetworkReport(parseNetwork(JSON.parse(EXAMPLE_TEXT))),
    );
  });

  it('reads standard input with -', () => {
    const fromStdin = spawnCli(['eligibility', '-'], { input: EXAMPLE_TEXT });
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(spawnCli(['eligibility', EXAMPLE]).stdout);
    expect(fromStdin.stdout).toMatch(
      /^eoi-osaka-2017 +conditional +key +renew +teaching-language$/m,
    );
  });

  it('reads NDJSON records from standard input with --ndjson', () => {
    const [lyon, second] = (exampleValue() as { partners: Record<string, unknown>[] }).partners;
    const input = `${JSON.stringify(lyon)}\n\n${JSON.stringify({ ...second, country: 'XK' })}\n`;
    const result = spawnCli(['validate', '--kind', 'partner', '--ndjson', '-'], { input });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      "<stdin>:3: country: 'XK' is not a country code (249 ISO 3166-1 alpha-2 codes, see COUNTRIES)\n",
    );
  });

  it('exit 1: text that is not JSON', () => {
    const result = spawnCli(['report', '-'], { input: 'not json' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "<stdin>:1: invalid JSON: expected a value, found 'n' (column 1)",
    );
  });

  it('exit 2: a missing file, an unknown option, a bad date', () => {
    expect(spawnCli(['report', 'missing.json']).code).toBe(2);
    expect(spawnCli(['report', EXAMPLE, '--colour']).code).toBe(2);
    expect(spawnCli(['eligibility', EXAMPLE, '--on', '2017-13-01']).code).toBe(2);
  });

  it('with several files, every file is reported and the highest code wins', () => {
    const result = spawnCli(['validate', 'missing.json', '-', EXAMPLE], { input: '{' });
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('<stdin>:1: invalid JSON');
    expect(result.stderr).toContain("cannot read 'missing.json'");
    expect(result.stderr).toContain(`${EXAMPLE}: valid network`);
  });

  it('no stack trace for bad input, whatever the command', () => {
    const garbage = Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x22, 0xc3, 0x28, 0x0a, 0x5b]);
    for (const args of [
      ['validate', '-'],
      ['validate', '--kind', 'proposal', '--ndjson', '-'],
      ['report', '-', '--format', 'html'],
      ['eligibility', '-'],
      ['match', '-', '--cells', 'C5'],
    ]) {
      const result = spawnCli(args, { input: garbage });
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stderr).not.toMatch(STACK_LINE);
    }
  });

  it('no colour when stdout is not a terminal', () => {
    expect(spawnCli(['eligibility', EXAMPLE]).stdout).not.toContain('\u001b[');
  });
});

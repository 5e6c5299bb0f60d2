import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { run } from '../../src/cli/run.js';
import { EXAMPLE, fakeIo, runCli, STACK_LINE } from './_helpers.js';

const ESC = '\u001b[';

describe('uhs-network: help and version', () => {
  it.each([['--help'], ['-h'], ['help'], ['help', '--help']])(
    '%s prints the general help on stdout and exits 0',
    async (...argv) => {
      const result = await runCli(argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Usage: uhs-network <command> [options]');
      for (const command of ['validate', 'report', 'eligibility', 'match', 'schema', 'ewp']) {
        expect(result.stdout).toContain(`  ${command} `);
      }
      expect(result.stdout).toMatch(/70 {2}an internal error/);
      expect(result.stderr).toBe('');
    },
  );

  it.each(['validate', 'report', 'eligibility', 'match', 'schema', 'ewp'])(
    '%s --help, -h and help %s print the command help',
    async (command) => {
      const viaFlag = await runCli([command, '--help']);
      const viaShort = await runCli([command, '-h']);
      const viaHelp = await runCli(['help', command]);
      expect(viaFlag.code).toBe(0);
      expect(viaFlag.stdout).toMatch(new RegExp(`^Usage: uhs-network ${command}`));
      expect(viaFlag.stdout).toContain('Exit codes:');
      expect(viaShort.stdout).toBe(viaFlag.stdout);
      expect(viaHelp.stdout).toBe(viaFlag.stdout);
    },
  );

  it('--help wins over anything else on the command line', async () => {
    const result = await runCli(['report', 'missing.json', '--bogus', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: uhs-network report/);
  });

  it('--version prints the package version', async () => {
    const result = await runCli(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('help of an unknown command is a usage error', async () => {
    const result = await runCli(['help', 'frobnicate']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("uhs-network: unknown command 'frobnicate'");
  });
});

describe('uhs-network: usage errors (exit 2)', () => {
  it('no command prints the help on stderr', async () => {
    const result = await runCli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Usage: uhs-network <command>');
    expect(result.stderr).toContain('uhs-network: missing a command');
  });

  it('an unknown command', async () => {
    const result = await runCli(['frobnicate', EXAMPLE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "uhs-network: unknown command 'frobnicate'\nRun 'uhs-network --help' for usage.\n",
    );
  });

  it('an unknown option before the command', async () => {
    const result = await runCli(['--verbose', 'report', EXAMPLE]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("uhs-network: unknown option '--verbose'");
  });

  it.each([
    [['report', EXAMPLE, '--bogus'], "unknown option '--bogus'", 'report'],
    [['eligibility', EXAMPLE, '-x'], "unknown option '-x'", 'eligibility'],
    [['report', EXAMPLE, '--on'], "option '--on' needs a value", 'report'],
    [
      ['report', EXAMPLE, '--on', '--plan'],
      "option '--on' needs a value (write --on=VALUE",
      'report',
    ],
    [['validate', EXAMPLE, '--ndjson=yes'], "option '--ndjson' takes no value", 'validate'],
    [['report'], 'missing the <file> argument', 'report'],
    [['report', EXAMPLE, EXAMPLE], `unexpected argument '${EXAMPLE}'`, 'report'],
    [['validate'], 'missing a <file> argument', 'validate'],
    [['validate', '-', '-'], "standard input ('-') can be read only once", 'validate'],
    [
      ['validate', EXAMPLE, '--kind', 'contact'],
      "--kind: expected one of network, partner, agreement, proposal, received 'contact'",
      'validate',
    ],
    [
      ['report', EXAMPLE, '--format', 'pdf'],
      "--format: expected one of md, markdown, json, html, received 'pdf'",
      'report',
    ],
    [
      ['eligibility', EXAMPLE, '--format', 'md'],
      "--format: expected one of text, json, received 'md'",
      'eligibility',
    ],
    [
      ['report', EXAMPLE, '--on', '2019-02-29'],
      "--on: expected a real calendar date YYYY-MM-DD, received '2019-02-29'",
      'report',
    ],
    [
      ['eligibility', EXAMPLE, '--on', '30/06/2017'],
      "--on: expected a real calendar date YYYY-MM-DD, received '30/06/2017'",
      'eligibility',
    ],
    [
      ['match', EXAMPLE, '--cells', 'C5', '--on', 'today'],
      "--on: expected a real calendar date YYYY-MM-DD, received 'today'",
      'match',
    ],
    [
      ['report', EXAMPLE, '--plan', '2019-01-01'],
      "--plan: expected START..END, two dates YYYY-MM-DD, received '2019-01-01'",
      'report',
    ],
    [
      ['report', EXAMPLE, '--plan', '2019-01-01..2023-02-30'],
      "--plan: expected START..END, two dates YYYY-MM-DD, received '2019-01-01..2023-02-30'",
      'report',
    ],
    [
      ['eligibility', EXAMPLE, '--plan', '2023-12-31..2019-01-01'],
      '--plan: the end (2019-01-01) must be after the start (2023-12-31)',
      'eligibility',
    ],
    [['match', EXAMPLE], 'missing the required option --cells', 'match'],
    [['match', EXAMPLE, '--cells', 'Z9'], "--cells: 'Z9' is not a cell code (A1 … D5)", 'match'],
    [['match', EXAMPLE, '--cells', ','], '--cells: give at least one value', 'match'],
    [
      ['match', EXAMPLE, '--cells', 'C5', '--fields', '0918'],
      "--fields: '0918' is not an ISCED-F 2013 health field code (0900 … 0999)",
      'match',
    ],
    [
      ['match', EXAMPLE, '--cells', 'C5', '--languages', 'xx'],
      "--languages: 'xx' is not an ISO 639-1 language code",
      'match',
    ],
    [
      ['match', EXAMPLE, '--cells', 'C5', '--regions', 'mars'],
      "--regions: 'mars' is not a region (asean, asia-pacific, europe, americas, africa, middle-east, other)",
      'match',
    ],
    [
      ['match', EXAMPLE, '--cells', 'C5', '--limit', '1.5'],
      "--limit: expected a whole number ≥ 0, received '1.5'",
      'match',
    ],
    [
      ['match', EXAMPLE, '--cells', 'C5', '--limit', '-1'],
      "option '--limit' needs a value (write --limit=VALUE",
      'match',
    ],
    [
      ['match', EXAMPLE, '--cells', 'C5', '--limit=-1'],
      "--limit: expected a whole number ≥ 0, received '-1'",
      'match',
    ],
    [
      ['schema', 'Contact'],
      "unknown schema 'Contact': expected one of Network, Partner, Agreement, Proposal, Commitment (in any casing)",
      'schema',
    ],
    [['schema', 'partner', 'agreement'], "unexpected argument 'agreement'", 'schema'],
  ])('%j: %s', async (argv, message, command) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`uhs-network: ${message}`);
    expect(result.stderr).toContain(`Run 'uhs-network ${command} --help' for usage.`);
  });

  it('checks options before reading any file', async () => {
    const result = await runCli(['report', 'missing.json', '--on', 'tomorrow']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--on:');
    expect(result.stderr).not.toContain('cannot read');
  });
});

describe('uhs-network: I/O errors (exit 2)', () => {
  it.each(['report', 'eligibility', 'validate'])('%s: a missing file', async (command) => {
    const result = await runCli([command, 'missing.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "uhs-network: cannot read 'missing.json': no such file or directory",
    );
  });

  it('a directory', async () => {
    const result = await runCli(['report', 'examples']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("uhs-network: cannot read 'examples': it is a directory");
  });

  it('standard input that cannot be read', async () => {
    const result = await runCli(['report', '-']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("uhs-network: cannot read '<stdin>': stdin is closed");
  });

  it('an --out file that cannot be written', async () => {
    const fake = fakeIo();
    const io = {
      ...fake.io,
      writeFile: () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })),
    };
    expect(await run(['report', EXAMPLE, '--out', '/report.md'], io)).toBe(2);
    expect(fake.stderr.join('')).toContain(
      "uhs-network: cannot write '/report.md': permission denied",
    );
  });
});

describe('uhs-network: internal errors (exit 70)', () => {
  it('prints one line, never a stack trace', async () => {
    const fake = fakeIo();
    const io = {
      ...fake.io,
      stdout: () => {
        throw new TypeError('boom\n    at somewhere (file.js:1:1)');
      },
    };
    expect(await run(['schema'], io)).toBe(70);
    expect(fake.stderr.join('')).toBe('uhs-network: internal error: boom\n');
    expect(fake.stderr.join('')).not.toMatch(STACK_LINE);
  });

  it('survives a failing stderr', async () => {
    const io = {
      ...fakeIo().io,
      stdout: () => {
        throw new Error('stdout');
      },
      stderr: () => {
        throw new Error('stderr');
      },
    };
    expect(await run(['schema'], io)).toBe(70);
  });
});

describe('uhs-network: colour', () => {
  const argv = ['eligibility', EXAMPLE];

  it('colours decisions on a terminal', async () => {
    const result = await runCli(argv, { isTTY: true });
    expect(result.stdout).toContain(`${ESC}32meligible${ESC}39m`);
    expect(result.stdout).toContain(`${ESC}33mconditional${ESC}39m`);
    expect(result.stdout).toContain(`${ESC}31mineligible${ESC}39m`);
    // Colour does not upset the columns.
    const plain = await runCli(argv);
    // eslint-disable-next-line no-control-regex
    expect(result.stdout.replace(/\u001b\[\d+m/g, '')).toBe(plain.stdout);
  });

  it('colours errors on a terminal', async () => {
    const result = await runCli(['report', 'missing.json'], { isTTY: true });
    expect(result.stderr).toContain(`uhs-network: ${ESC}31mcannot read`);
  });

  it.each([
    ['stdout is not a terminal', { isTTY: false }],
    ['NO_COLOR is set', { isTTY: true, env: { NO_COLOR: '1' } }],
    ['TERM is dumb', { isTTY: true, env: { TERM: 'dumb' } }],
  ])('uses none when %s', async (_, options) => {
    const result = await runCli(argv, options);
    expect(result.stdout).not.toContain(ESC);
    const error = await runCli(['report', 'missing.json'], options);
    expect(error.stderr).not.toContain(ESC);
  });

  it('an empty NO_COLOR does not refuse colour (no-color.org)', async () => {
    const result = await runCli(argv, { isTTY: true, env: { NO_COLOR: '' } });
    expect(result.stdout).toContain(ESC);
  });

  it.each([
    ['eligibility', EXAMPLE, '--format', 'json'],
    ['match', EXAMPLE, '--cells', 'C5', '--format=json'],
    ['report', EXAMPLE, '--format', 'json'],
  ])('uses none with --format json (%s)', async (...command) => {
    const result = await runCli(command, { isTTY: true });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(ESC);
    expect(() => JSON.parse(result.stdout) as unknown).not.toThrow();
  });
});

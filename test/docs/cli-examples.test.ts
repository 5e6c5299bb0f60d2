/**
 * Every command line of README.md, docs/cli.md and docs/messages.md runs, as a reader would
 * type it, against the BUILT bin (`dist/cli.js`; `npm test` builds first) and
 * `examples/network.json`.
 *
 * Commands are the `uhs-network …` lines of ```sh blocks (after any `NAME=value`
 * assignments, such as `LANG=fr_FR.UTF-8 uhs-network …`) and the `$ …` lines of ```console
 * blocks (```text blocks are synopses, not commands). Each runs in bash, in a scratch folder
 * that holds the files the docs name (`examples/network.json`, `partners.json`, …), with
 * `uhs-network` on the PATH; `npx uhs-network` is read as `uhs-network`. Standard output and
 * standard error are read together, in order, as a terminal shows them.
 *
 * The machine's locale never reaches a command: `LC_ALL`, `LC_MESSAGES` and `LANG` are empty
 * in its environment, so it speaks English unless it sets its own (`LANG=fr_FR.UTF-8 …`) or
 * says `--lang fr`.
 *
 * - A ```console command's output is the lines that follow it, up to the next `$` line:
 *   they must be exactly what the command prints, or its first lines when the block
 *   ends them with `…`. A following `$ echo $?` gives the exit code the command must have.
 * - Otherwise the exit code is 0 unless {@link EXIT_CODES} says it is not, and the command
 *   must print something (or, with `--out FILE`, write the file).
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** The built bin: `UHS_CLI` (as in test/cli/_helpers.ts), else `dist/cli.js`. */
const CLI = resolve(root, process.env['UHS_CLI'] ?? 'dist/cli.js');
/** The files whose commands run, with the fewest commands each must have. */
const DOCS = { 'README.md': 5, 'docs/cli.md': 5, 'docs/messages.md': 2 } as const;
const FILES = Object.keys(DOCS) as (keyof typeof DOCS)[];

/** A command line: `uhs-network …`, maybe after `NAME=value` assignments and `npx`. */
const COMMAND = /^(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*(?:npx )?uhs-network\b|\|\s*uhs-network\b/;

/** The variables that choose the CLI's language: empty, so that no command inherits them. */
const NO_LOCALE = { LC_ALL: '', LC_MESSAGES: '', LANG: '' } as const;

/** A command of the docs, with what the docs say it does. */
interface CommandExample {
  /** The file and line it is written on (`docs/cli.md:120`). */
  readonly where: string;
  /** The command line, as written (without the `$ ` prompt). */
  readonly command: string;
  /** The output the docs show (```console blocks only). */
  readonly output?: readonly string[];
  /** The exit code the docs show with `$ echo $?`. */
  readonly exitCode?: number;
}

/**
 * Exit codes of the commands that exit non-zero although the docs do not show it with
 * `$ echo $?` (by their text, `npx ` left out). Every entry must still be in the docs.
 */
const EXIT_CODES: Readonly<Record<string, number>> = {
  'uhs-network validate partners.ndjson --kind partner': 1,
  'uhs-network validate --kind partner partners.ndjson': 1,
  'uhs-network validate broken.json': 1,
  'echo \'{"schemaVersion":1,"partners":[],"agreements":[],"asOf":"2017"}\' | uhs-network report -': 1,
  'uhs-network match examples/network.json --cells Z9': 2,
  'uhs-network report missing.json': 2,
};

/** The command lines of one Markdown file. */
function commandExamples(file: string): CommandExample[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const found: CommandExample[] = [];
  let fence: string | undefined;
  let current: { where: string; command: string; output: string[] } | undefined;
  const close = (): void => {
    if (current === undefined) return;
    const output = [...current.output];
    while (output.length > 0 && output.at(-1)?.trim() === '') output.pop();
    found.push({ where: current.where, command: current.command, output });
    current = undefined;
  };
  lines.forEach((line, index) => {
    const where = `${file}:${String(index + 1)}`;
    const opening = /^```(\w*)\s*$/.exec(line);
    if (fence === undefined) {
      if (opening) fence = opening[1] ?? '';
      return;
    }
    if (line.startsWith('```')) {
      close();
      fence = undefined;
      return;
    }
    if (fence === 'sh' || fence === 'bash' || fence === 'shell') {
      const command = line.trim();
      if (COMMAND.test(command)) found.push({ where, command });
    } else if (fence === 'console') {
      if (line.startsWith('$ ')) {
        close();
        const command = line.slice(2).trim();
        const previous = found.at(-1);
        if (command === 'echo $?') {
          // The exit code of the command above, on the next line.
          const code = lines[index + 1]?.trim() ?? '';
          if (previous === undefined || !/^\d+$/.test(code))
            throw new Error(`${where}: 'echo $?' without a command above it and a code below`);
          // The code line below is then skipped: no command is open.
          found[found.length - 1] = { ...previous, exitCode: Number(code) };
        } else {
          current = { where, command, output: [] };
        }
      } else if (current) {
        current.output.push(line.trimEnd());
      }
    }
  });
  return found;
}

/** The command as the tests key it: `npx ` left out. */
function normalise(command: string): string {
  return command.replace(
    /(^|\|\s*)((?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*)npx uhs-network\b/g,
    '$1$2uhs-network',
  );
}

/**
 * The documented output with each `…` line replaced by the printed lines it stands for,
 * when the lines around it are found in order: then it equals `printed` exactly when the
 * docs show the output truly. Otherwise the shown lines unchanged, so that the assertion
 * fails with a readable difference.
 */
function withGapsFilled(shown: readonly string[], printed: readonly string[]): string[] {
  const parts: string[][] = [[]];
  for (const line of shown) {
    if (line === '…') parts.push([]);
    else parts.at(-1)?.push(line);
  }
  if (parts.length === 1) return [...shown];
  const at = (part: readonly string[], from: number): number => {
    for (let index = from; index + part.length <= printed.length; index += 1) {
      if (part.every((line, offset) => printed[index + offset] === line)) return index;
    }
    return -1;
  };
  const [first = [], ...rest] = parts;
  if (at(first, 0) !== 0) return [...shown];
  const filled = [...first];
  let next = first.length;
  rest.forEach((part, index) => {
    const last = index === rest.length - 1;
    // A last `…` stands for everything that follows; a last part must end the output.
    const start = last ? printed.length - part.length : at(part, next);
    if (start < next || (part.length > 0 && at(part, start) !== start)) {
      next = Number.NaN;
      return;
    }
    filled.push(...printed.slice(next, start), ...part);
    next = start + part.length;
  });
  return Number.isNaN(next) ? [...shown] : filled;
}

const examples = FILES.flatMap(commandExamples);

let workspace: string;

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js not found: build first (npx tsup)');
  const jq = spawnSync('jq', ['--version'], { encoding: 'utf8' });
  if (jq.status !== 0) throw new Error('the docs pipe into jq: apt-get install jq');
  workspace = mkdtempSync(join(tmpdir(), 'cli-examples-'));
  // The files the docs name, all fictional.
  mkdirSync(join(workspace, 'examples'));
  mkdirSync(join(workspace, 'bin'));
  copyFileSync(join(root, 'examples/network.json'), join(workspace, 'examples/network.json'));
  copyFileSync(join(root, 'examples/network.json'), join(workspace, 'network.json'));
  const partner = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    id,
    name: `Example ${id} (fictional)`,
    type: 'university',
    country: 'FR',
    fields: ['0912'],
    languages: ['fr'],
    contacts: [{ name: 'Example Officer', email: `ir@${id}.example.edu` }],
    ...extra,
  });
  const partners = [
    partner('example-a'),
    partner('example-b', { country: 'XK' }),
    partner('example-c', { contry: 'FR' }),
  ];
  writeFileSync(join(workspace, 'partners.json'), `${JSON.stringify(partners, null, 2)}\n`);
  writeFileSync(
    join(workspace, 'partners.ndjson'),
    partners.map((record) => `${JSON.stringify(record)}\n`).join(''),
  );
  writeFileSync(
    join(workspace, 'broken.json'),
    '{\n  "schemaVersion": 1,\n  "partners": [],\n  "agreements": [],\n}\n',
  );
  const shim = join(workspace, 'bin', 'uhs-network');
  writeFileSync(shim, `#!/bin/sh\nexec '${process.execPath}' '${CLI}' "$@"\n`);
  chmodSync(shim, 0o755);
});

afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
});

/** Runs a command line in the scratch folder: its exit code and everything it printed. */
function runCommand(command: string): { code: number | null; output: string } {
  const result = spawnSync('bash', ['-o', 'pipefail', '-c', `{ ${normalise(command)}\n} 2>&1`], {
    cwd: workspace,
    encoding: 'utf8',
    env: {
      PATH: `${join(workspace, 'bin')}${delimiter}${process.env['PATH'] ?? ''}`,
      HOME: workspace,
      NO_COLOR: '1',
      TZ: 'UTC',
      ...NO_LOCALE,
    },
    timeout: 30_000,
  });
  return { code: result.status, output: result.stdout };
}

describe('the CLI examples of the docs', () => {
  it('finds the commands of each file, and the exit codes listed are in the docs', () => {
    for (const file of FILES) {
      expect(
        examples.filter((example) => example.where.startsWith(`${file}:`)).length,
        file,
      ).toBeGreaterThanOrEqual(DOCS[file]);
    }
    const commands = new Set(examples.map((example) => normalise(example.command)));
    for (const command of Object.keys(EXIT_CODES)) expect(commands, command).toContain(command);
  });

  it('runs every command without the locale of the machine', () => {
    // Whatever LANG, LC_MESSAGES or LC_ALL the test runner has, a command without --lang
    // is in English; a command that sets a variable itself gets it.
    expect(runCommand('echo "[$LC_ALL][$LC_MESSAGES][$LANG]"').output).toBe('[][][]\n');
    expect(runCommand('uhs-network validate examples/network.json').output).toBe(
      'examples/network.json: valid network (14 partners, 12 agreements, 13 proposals)\n',
    );
    expect(runCommand('LANG=fr_FR.UTF-8 uhs-network validate examples/network.json').output).toBe(
      'examples/network.json\u00a0: réseau valide (14\u00a0partenaires, 12\u00a0conventions, 13\u00a0propositions)\n',
    );
    expect(normalise('LANG=fr_FR.UTF-8 npx uhs-network report x.json')).toBe(
      'LANG=fr_FR.UTF-8 uhs-network report x.json',
    );
  });

  it("README's match example finds partners", () => {
    const match = examples.find(
      (example) =>
        example.where.startsWith('README.md:') &&
        /\bmatch\b.*--regions asean/.test(example.command),
    );
    expect(match?.command).toContain('--cells C5,B4 --languages fr');
    const { code, output } = runCommand(match!.command);
    expect(code).toBe(0);
    expect(output).toMatch(/^1 +example-univ-vientiane +0\.7 +C5 +- +fr /m);
  });

  it.each(examples.map((example) => [`${example.where} ${example.command}`, example] as const))(
    '%s',
    (_name, example) => {
      const { code, output } = runCommand(example.command);
      const expectedCode = example.exitCode ?? EXIT_CODES[normalise(example.command)] ?? 0;
      expect(code, output).toBe(expectedCode);
      if (example.output !== undefined && example.output.length > 0) {
        const printed = output
          .replace(/\n$/, '')
          .split('\n')
          .map((line) => line.trimEnd());
        expect(printed).toEqual(withGapsFilled(example.output, printed));
      }
      const out = /--out (\S+)/.exec(example.command)?.[1];
      if (out !== undefined) {
        const written = readFileSync(join(workspace, out), 'utf8');
        if (out.endsWith('.html')) expect(written.startsWith('<!doctype html>')).toBe(true);
        else expect(written.length).toBeGreaterThan(0);
      } else {
        expect(output.trim(), 'the command prints something').not.toBe('');
      }
    },
  );
});

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';

/** The repository's root folder. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The example network's path, relative to the root (the working directory of the tests). */
export const EXAMPLE = 'examples/network.json';

/** The example network's text. */
export const EXAMPLE_TEXT = readFileSync(new URL(`../../${EXAMPLE}`, import.meta.url), 'utf8');

/** The example network's JSON value (a fresh copy on each call). */
export function exampleValue(): Record<string, unknown> {
  return JSON.parse(EXAMPLE_TEXT) as Record<string, unknown>;
}

/** What a fake io is given. */
export interface FakeIoOptions {
  /** Files by path; a path not listed is read from disk unless `diskFallback` is false. */
  readonly files?: Readonly<Record<string, string>>;
  /** Whether paths not in `files` are read from disk (default true). */
  readonly diskFallback?: boolean;
  /** Standard input (`undefined`: reading it fails). */
  readonly stdin?: string;
  readonly isTTY?: boolean;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly now?: Date;
}

/** What an in-process run produced. */
export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Files written (`--out`), by path. */
  readonly written: ReadonlyMap<string, string>;
}

function enoent(path: string): Error {
  return Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), {
    code: 'ENOENT',
  });
}

/** A fake io that records what the CLI writes. */
export function fakeIo(options: FakeIoOptions = {}): {
  io: CliIo;
  stdout: string[];
  stderr: string[];
  written: Map<string, string>;
} {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const written = new Map<string, string>();
  const io: CliIo = {
    stdout: (text) => stdout.push(text),
    stderr: (text) => stderr.push(text),
    readFile: (path) => {
      // Own keys only: a file named `__proto__` must not find Object.prototype.
      const files = options.files ?? {};
      if (Object.hasOwn(files, path)) return Promise.resolve(files[path]!);
      if (options.diskFallback === false) return Promise.reject(enoent(path));
      return readFile(new URL(path, `file://${ROOT}`), 'utf8');
    },
    writeFile: (path, text) => {
      written.set(path, text);
      return Promise.resolve();
    },
    readStdin: () =>
      options.stdin === undefined
        ? Promise.reject(new Error('stdin is closed'))
        : Promise.resolve(options.stdin),
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
    now: () => options.now ?? new Date(2017, 5, 30, 12),
  };
  return { io, stdout, stderr, written };
}

/** Runs the CLI in-process. */
export async function runCli(
  argv: readonly string[],
  options: FakeIoOptions = {},
): Promise<CliResult> {
  const fake = fakeIo(options);
  const code = await run(argv, fake.io);
  return {
    code,
    stdout: fake.stdout.join(''),
    stderr: fake.stderr.join(''),
    written: fake.written,
  };
}

/** The built bin: `UHS_CLI` (for trials, such as `.tmp/cli/main.js`), else `dist/cli.js`. */
export const CLI_PATH = process.env['UHS_CLI'] ?? 'dist/cli.js';

/** Runs the built bin in a child process (Node itself, so no shell and no PATH lookup). */
export function spawnCli(
  args: readonly string[],
  options: { input?: string | Buffer; env?: Record<string, string | undefined> } = {},
): { code: number | null; stdout: string; stderr: string } {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: undefined,
    // English unless a test asks for French: the locale of the machine must not decide.
    LC_ALL: undefined,
    LC_MESSAGES: undefined,
    LANG: undefined,
    ...options.env,
  };
  const result = spawnSync(process.execPath, [CLI_PATH, ...args], {
    cwd: ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined)),
    timeout: 20_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Whitespace-separated columns of each non-empty line. */
export function columns(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.trim().split(/\s+/));
}

/** A line of a stack trace, which must never reach the user. */
export const STACK_LINE = /^\s+at /m;

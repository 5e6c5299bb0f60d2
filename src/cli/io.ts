import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { once } from 'node:events';

/**
 * Everything the CLI touches outside itself: its output streams, the files it reads and
 * writes, standard input, whether standard output is a terminal, the environment and the
 * clock. `run` takes it as an argument, so tests drive the CLI in-process with a fake.
 *
 * @example
 * ```ts
 * const out: string[] = [];
 * const io: CliIo = {
 *   stdout: (text) => out.push(text),
 *   stderr: () => {},
 *   readFile: () => Promise.resolve('{"schemaVersion":2,"partners":[],"agreements":[]}'),
 *   writeFile: () => Promise.resolve(),
 *   readStdin: () => Promise.resolve(''),
 *   isTTY: false,
 *   env: {},
 *   now: () => new Date(2017, 5, 30),
 * };
 * await run(['validate', 'network.json'], io); //=> 0
 * ```
 */
export interface CliIo {
  /** Writes results (reports, tables, JSON, issues found by `validate`). */
  readonly stdout: (text: string) => void;
  /** Writes messages and errors. */
  readonly stderr: (text: string) => void;
  /** Reads a file as UTF-8 text; rejects with a Node `ErrnoException` when it cannot. */
  readonly readFile: (path: string) => Promise<string>;
  /** Writes a file as UTF-8 text (`report --out`). */
  readonly writeFile: (path: string, text: string) => Promise<void>;
  /** Reads the whole of standard input as UTF-8 text (a file argument of `-`). */
  readonly readStdin: () => Promise<string>;
  /** Whether standard output is a terminal (colour is used only then). */
  readonly isTTY: boolean;
  /** The environment (`NO_COLOR`, `TERM`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The current time: today's local date is the default `--on` of a file without `asOf`. */
  readonly now: () => Date;
  /**
   * Reads a file as a stream of bytes, so that NDJSON is read line by line in bounded
   * memory and a document too large is refused before it is read whole. Optional: without
   * it, `readFile` is used. Reading rejects with a Node `ErrnoException` when it cannot.
   */
  readonly openFile?: (path: string) => AsyncIterable<Uint8Array>;
  /** Standard input as a stream of bytes (optional: without it, `readStdin` is used). */
  readonly openStdin?: () => AsyncIterable<Uint8Array>;
  /**
   * Resolves once standard output has taken what was written so far (optional), so that a
   * long stream of issues waits for a slow reader instead of piling up in memory.
   */
  readonly drain?: () => Promise<void>;
}

/** Bytes read at a time from a file: large enough that a chunk costs little per byte. */
const CHUNK_BYTES = 1024 * 1024;

async function readStandardInput(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The {@link CliIo} of the running process: `process.stdout`, `process.stderr`,
 * `process.stdin`, the file system, `process.env` and the system clock.
 *
 * @returns A fresh `CliIo` bound to the current process.
 *
 * @example
 * ```ts
 * // What the bin (src/cli/main.ts) does:
 * // process.exitCode = await run(process.argv.slice(2), createProcessIo());
 * const io = createProcessIo();
 * io.env === process.env; //=> true
 * (await io.readFile('examples/network.json')).startsWith('{'); //=> true
 * ```
 */
export function createProcessIo(): CliIo {
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    readStdin: readStandardInput,
    isTTY: process.stdout.isTTY,
    env: process.env,
    now: () => new Date(),
    openFile: (path) => createReadStream(path, { highWaterMark: CHUNK_BYTES }),
    openStdin: () => process.stdin as AsyncIterable<Uint8Array>,
    drain: async () => {
      if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
    },
  };
}

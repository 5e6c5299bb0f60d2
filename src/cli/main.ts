#!/usr/bin/env node
/**
 * The `uhs-network` bin: runs the CLI on the process's arguments and sets the exit code.
 * All the work is in `run`; this file only binds it to the process, and says in one line
 * what went wrong when the process itself fails: an output stream that cannot be written
 * (a full disk, a closed pipe), or a program that cannot be loaded (too many open files).
 *
 * @module
 */
import { describeIoError } from './_ioFailure.js';
import { localeOfRun } from './_locale.js';
import { cliText } from './_text.js';

const USAGE_OR_IO_ERROR = 2;
const INTERNAL_ERROR = 70;

/** The language of the bin's own messages: `--lang`, else the environment (never failing). */
const locale = localeOfRun(process.argv.slice(2), process.env);

/** A line of standard error, in the language of the run. */
function errorLine(message: string): string {
  return `${cliText('cli.error_line', { message }, locale)}\n`;
}

/** Says why a stream failed on the other one, if it still works, and exits 2. */
function streamFailed(failed: 'stdout' | 'stderr', error: unknown): void {
  const other = failed === 'stdout' ? process.stderr : process.stdout;
  const line = errorLine(
    cliText('cli.cannot_write_stream', { stream: failed, ...describeIoError(error) }, locale),
  );
  try {
    if (other.writable) {
      other.write(line, () => process.exit(USAGE_OR_IO_ERROR));
      // Should the write never complete, exit all the same.
      setTimeout(() => process.exit(USAGE_OR_IO_ERROR), 200).unref();
      return;
    }
  } catch {
    // The other stream failed too: the exit code is all that is left.
  }
  process.exit(USAGE_OR_IO_ERROR);
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n', 1)[0] ?? '';
}

async function main(): Promise<void> {
  process.stdout.on('error', (error) => {
    streamFailed('stdout', error);
  });
  process.stderr.on('error', (error) => {
    streamFailed('stderr', error);
  });
  // Last resort: whatever escapes `run` is reported in one line, never as a stack trace.
  process.on('uncaughtException', (error: unknown) => {
    try {
      process.stderr.write(errorLine(cliText('cli.internal', { message: oneLine(error) }, locale)));
    } finally {
      process.exit(INTERNAL_ERROR);
    }
  });
  // Loaded here rather than imported above, so that a failure to load the program's
  // modules (EMFILE under a low `ulimit -n`) is caught and said in one line.
  let modules: [typeof import('./run.js'), typeof import('./io.js')];
  try {
    modules = await Promise.all([import('./run.js'), import('./io.js')]);
  } catch (error) {
    process.stderr.write(errorLine(cliText('cli.cannot_start', describeIoError(error), locale)));
    process.exitCode = USAGE_OR_IO_ERROR;
    return;
  }
  const [{ run }, { createProcessIo }] = modules;
  process.exitCode = await run(process.argv.slice(2), createProcessIo());
}

void main();

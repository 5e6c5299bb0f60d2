#!/usr/bin/env node
/**
 * The `uhs-network` bin: runs the CLI on the process's arguments and sets the exit code.
 * All the work is in `run`; this file only binds it to the process.
 *
 * @module
 */
import { createProcessIo } from './io.js';
import { run } from './run.js';

const INTERNAL_ERROR = 70;

function exitQuietly(error: unknown): void {
  // A closed pipe (`uhs-network report x.json | head`) is not an error of the CLI.
  const code = (error as { code?: unknown } | null)?.code;
  process.exit(code === 'EPIPE' ? Number(process.exitCode ?? 0) : INTERNAL_ERROR);
}

async function main(): Promise<void> {
  process.stdout.on('error', exitQuietly);
  process.stderr.on('error', exitQuietly);
  // Last resort: whatever escapes `run` is reported in one line, never as a stack trace.
  process.on('uncaughtException', (error: unknown) => {
    try {
      const message = error instanceof Error ? error.message : String(error);
      process.stderr.write(`uhs-network: internal error: ${message.split('\n', 1)[0] ?? ''}\n`);
    } finally {
      process.exit(INTERNAL_ERROR);
    }
  });
  process.exitCode = await run(process.argv.slice(2), createProcessIo());
}

void main();

import { expect } from 'vitest';
import { isLibraryError, type LibraryError } from '../../src/messages/_table.js';

/** What a function throws (the test fails when it returns). */
export function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected the function to throw');
}

/**
 * Checks an error of the library's catalogue: its class, its exact English message and,
 * when given, its code; returns it for more checks (its params).
 */
export function expectLibraryError(
  run: () => unknown,
  Ctor: new (message: string) => Error,
  message: string,
  code?: string,
): LibraryError {
  const error = caught(run);
  expect(error).toBeInstanceOf(Ctor);
  expect((error as Error).message).toBe(message);
  expect(isLibraryError(error)).toBe(true);
  if (code !== undefined) expect((error as LibraryError).code).toBe(code);
  return error as LibraryError;
}

import type { IoFailure } from '../messages/cli.js';

/**
 * Why a file or a stream could not be used, from the error Node gave: a reason the message
 * catalogue words in each language (`cli.cannot_read` …), or the system's own words.
 *
 * @internal
 * @module
 */

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no-such-file',
  EISDIR: 'directory',
  EACCES: 'permission',
  EPERM: 'permission',
  ENOTDIR: 'not-directory',
  ENAMETOOLONG: 'name-too-long',
  ERR_INVALID_ARG_VALUE: 'invalid-path',
  ERR_INVALID_ARG_TYPE: 'invalid-path',
  EMFILE: 'too-many-files',
  ENFILE: 'too-many-files',
  ENOSPC: 'no-space',
  EPIPE: 'closed-pipe',
  EIO: 'io',
  EAGAIN: 'not-ready',
};

/**
 * The first line of a message, so that nothing multi-line (a stack, say) reaches the user.
 *
 * @internal
 * @param message - Any message.
 * @returns Its first line, or `'unknown error'` when it is blank.
 *
 * @example
 * ```ts
 * firstLine('boom\n    at f (x.js:1:1)'); //=> 'boom'
 * ```
 */
export function firstLine(message: string): string {
  const line = message.split('\n', 1)[0] ?? '';
  return line.trim() === '' ? 'unknown error' : line;
}

/**
 * Explains a failed file operation, from its Node error code.
 *
 * @internal
 * @param error - What `readFile`, `writeFile` or a stream failed with.
 * @returns The reason, and the first line of the error's own message.
 *
 * @example
 * ```ts
 * describeIoError(Object.assign(new Error('ENOENT: …'), { code: 'ENOENT' })); //=> { reason: 'no-such-file', detail: 'ENOENT: …' }
 * describeIoError(new Error('disk on fire')); //=> { reason: 'other', detail: 'disk on fire' }
 * ```
 */
export function describeIoError(error: unknown): IoFailure {
  const code = (error as { code?: unknown } | null)?.code;
  const known =
    typeof code === 'string' && Object.hasOwn(REASONS, code) ? REASONS[code] : undefined;
  const line = (error instanceof Error ? error.message : '').split('\n', 1)[0] ?? '';
  if (known !== undefined) return { reason: known, detail: line };
  return line.trim() === '' ? { reason: 'unknown', detail: '' } : { reason: 'other', detail: line };
}

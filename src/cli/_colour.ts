import type { CliIo } from './io.js';

/**
 * Minimal ANSI colour: decisions and errors, only on a terminal and never when `NO_COLOR`
 * is set (https://no-color.org: present and not empty) or `TERM` is `dumb`.
 *
 * @internal
 * @module
 */

/**
 * Colours for text; each is the identity when colour is off.
 *
 * @internal
 * @example
 * ```ts
 * paletteFor(true).red('ineligible'); //=> '\u001b[31mineligible\u001b[39m'
 * ```
 */
export interface Palette {
  readonly red: (text: string) => string;
  readonly green: (text: string) => string;
  readonly yellow: (text: string) => string;
}

const identity = (text: string): string => text;
const ansi =
  (code: number) =>
  (text: string): string =>
    `\u001b[${code}m${text}\u001b[39m`;

const PLAIN: Palette = { red: identity, green: identity, yellow: identity };
const COLOURED: Palette = { red: ansi(31), green: ansi(32), yellow: ansi(33) };

/**
 * Whether the CLI may colour its output: stdout is a terminal and colour is not refused.
 *
 * @internal
 * @param io - Its `isTTY` and `env` are read.
 * @returns `true` when colour may be used.
 *
 * @example
 * ```ts
 * colourAllowed({ ...io, isTTY: true, env: { NO_COLOR: '1' } }); //=> false
 * ```
 */
export function colourAllowed(io: CliIo): boolean {
  const noColor = io.env['NO_COLOR'];
  return io.isTTY && (noColor === undefined || noColor === '') && io.env['TERM'] !== 'dumb';
}

/**
 * The palette to use.
 *
 * @internal
 * @param enabled - Whether to colour.
 * @returns The ANSI palette, or the plain one.
 *
 * @example
 * ```ts
 * paletteFor(false).green('eligible'); //=> 'eligible'
 * ```
 */
export function paletteFor(enabled: boolean): Palette {
  return enabled ? COLOURED : PLAIN;
}

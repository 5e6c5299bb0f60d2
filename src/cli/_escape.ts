/**
 * Text from the input (names, received values, keys, file names) may hold control
 * characters: printed raw, a newline forges an output line and an ESC sequence drives the
 * terminal. Every human-readable line the CLI writes passes such text through
 * {@link escapeControl}; JSON output does not (JSON escapes them itself).
 *
 * @internal
 * @module
 */

/** C0 controls, DEL, C1 controls, and the Unicode line and paragraph separators. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const SHORT: Readonly<Record<string, string>> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
  '\v': '\\v',
  '\0': '\\0',
};

function escapeOne(char: string): string {
  return SHORT[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * Escapes the control characters of a text for a terminal: C0 (U+0000–U+001F), DEL, C1
 * (U+0080–U+009F) and U+2028/U+2029 become `\n`, `\t`, `\u001b`… so that what the input
 * says cannot start a new line or move the cursor. Other text, backslashes included, is
 * left as it is.
 *
 * @internal
 * @param text - Text that may come from the input.
 * @returns The text, safe to print on one line.
 *
 * @example
 * ```ts
 * escapeControl('Example\nx.json: all good'); //=> 'Example\\nx.json: all good'
 * escapeControl('\u001b[2J'); //=> '\\u001b[2J'
 * escapeControl('Université'); //=> 'Université'
 * ```
 */
export function escapeControl(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROLS, escapeOne) : text;
}

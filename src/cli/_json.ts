import type { JsonProblem } from '../messages/cli.js';

/**
 * Reading JSON text with errors a person can act on: where `JSON.parse` only says what
 * went wrong (and, depending on the Node version, sometimes an offset), this finds the line
 * and column of the first error and says what was expected there, the same on every Node
 * version.
 *
 * @internal
 * @module
 */

/**
 * JSON text read: the value, or where and why the text is not JSON.
 *
 * @internal
 * @example
 * ```ts
 * const result: JsonTextResult = parseJsonText('[1,]');
 * ```
 */
export type JsonTextResult =
  | { readonly ok: true; readonly value: unknown }
  | {
      readonly ok: false;
      /** The line of the error, from 1 (absent when it cannot be located). */
      readonly line: number | undefined;
      /** The column of the error, from 1 (absent when it cannot be located). */
      readonly column: number | undefined;
      /** What is wrong: the params of the message `cli.invalid_json`. */
      readonly problem: JsonProblem;
    };

const BYTE_ORDER_MARK = '\uFEFF';
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const ESCAPES = '"\\/bfnrt';

function isWhitespace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

function show(char: string): string {
  return char === "'" ? `"'"` : /^[\x21-\x7e]$/.test(char) ? `'${char}'` : JSON.stringify(char);
}

/**
 * The offset of the first error in text that `JSON.parse` rejected, and what was expected
 * there (RFC 8259 grammar). Iterative, so that deep nesting cannot overflow the stack.
 */
function locateError(text: string): { offset: number; problem: JsonProblem } | undefined {
  let i = 0;
  const containers: ('[' | '{')[] = [];
  /** What stands at i, shown; `undefined` at the end of the input. */
  const found = (): string | undefined => {
    const char = text[i];
    return char === undefined ? undefined : show(String.fromCodePoint(text.codePointAt(i) ?? 0));
  };
  const skipWhitespace = (): void => {
    while (isWhitespace(text[i])) i += 1;
  };
  const scanString = (): JsonProblem | undefined => {
    i += 1; // the opening quote
    for (;;) {
      const char = text[i];
      if (char === undefined) return { problem: 'unterminated-string' };
      if (char === '"') {
        i += 1;
        return undefined;
      }
      if (char.charCodeAt(0) < 0x20)
        return { problem: 'control-character', character: JSON.stringify(char) };
      if (char === '\\') {
        const escaped = text[i + 1];
        if (escaped === undefined) return { problem: 'unterminated-string' };
        if (ESCAPES.includes(escaped)) i += 2;
        else if (escaped === 'u' && HEX4.test(text.slice(i + 2, i + 6))) i += 6;
        else return { problem: 'invalid-escape', character: escaped };
      } else {
        i += 1;
      }
    }
  };
  // A property's key and its colon, with the whitespace between them.
  const scanKey = (): JsonProblem | undefined => {
    if (text[i] !== '"') return { problem: 'expected-property', found: found() };
    const problem = scanString();
    if (problem !== undefined) return problem;
    skipWhitespace();
    if (text[i] !== ':') return { problem: 'expected-colon', found: found() };
    i += 1;
    return undefined;
  };
  const error = (problem: JsonProblem): { offset: number; problem: JsonProblem } => ({
    offset: i,
    problem,
  });

  skipWhitespace();
  for (;;) {
    // A value is expected at i.
    const char = text[i];
    if (char === '{' || char === '[') {
      i += 1;
      skipWhitespace();
      const close = char === '{' ? '}' : ']';
      if (text[i] === close) {
        i += 1;
      } else {
        containers.push(char);
        if (char === '{') {
          const problem = scanKey();
          if (problem !== undefined) return error(problem);
        }
        skipWhitespace();
        continue;
      }
    } else if (char === '"') {
      const problem = scanString();
      if (problem !== undefined) return error(problem);
    } else if (char !== undefined && (char === '-' || (char >= '0' && char <= '9'))) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      const next = match === null ? undefined : text[i + match[0].length];
      if (match === null || (next !== undefined && /[0-9.eE+-]/.test(next))) {
        return error({ problem: 'invalid-number' });
      }
      i += match[0].length;
    } else if (text.startsWith('true', i)) {
      i += 4;
    } else if (text.startsWith('false', i)) {
      i += 5;
    } else if (text.startsWith('null', i)) {
      i += 4;
    } else {
      return error({ problem: 'expected-value', found: found() });
    }
    // After a value: close containers, or go on to the next element.
    for (;;) {
      skipWhitespace();
      const container = containers.at(-1);
      if (container === undefined) {
        return i < text.length ? error({ problem: 'unexpected-after', found: found() }) : undefined;
      }
      const close = container === '{' ? '}' : ']';
      if (text[i] === close) {
        containers.pop();
        i += 1;
        continue;
      }
      if (text[i] !== ',') return error({ problem: 'expected-comma', close, found: found() });
      i += 1;
      skipWhitespace();
      if (container === '{') {
        const problem = scanKey();
        if (problem !== undefined) return error(problem);
        skipWhitespace();
      }
      break;
    }
  }
}

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < offset;
    index = text.indexOf('\n', index + 1)
  ) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Parses JSON text (a leading byte order mark is ignored). Never throws.
 *
 * @internal
 * @param text - The text of a file or of one NDJSON line.
 * @returns The value, or the line, column and problem of the first error (the message
 *   `cli.invalid_json` words it: "expected a property name in double quotes, found '}'").
 *
 * @example
 * ```ts
 * parseJsonText('{"a": 1}'); //=> { ok: true, value: { a: 1 } }
 * parseJsonText('{\n  "a": 1,\n}');
 * //=> { ok: false, line: 3, column: 1, problem: { problem: 'expected-property', found: "'}'" } }
 * ```
 */
export function parseJsonText(text: string): JsonTextResult {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    if (error instanceof RangeError) {
      return { ok: false, line: undefined, column: undefined, problem: { problem: 'nested' } };
    }
    const located = locateError(body);
    if (located === undefined) {
      const message = error instanceof Error ? error.message : 'unreadable';
      return {
        ok: false,
        line: undefined,
        column: undefined,
        problem: { problem: 'unreadable', detail: message.split('\n', 1)[0] ?? '' },
      };
    }
    return { ok: false, ...position(body, located.offset), problem: located.problem };
  }
}

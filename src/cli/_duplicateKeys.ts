import { ISSUE_MESSAGES } from '../messages/issues.js';
import { render } from '../messages/_table.js';
import type { ValidationIssue } from '../schemas/issues.js';

/**
 * Duplicate keys in JSON text. `JSON.parse` keeps the last of two equal keys, so
 * `{"partners": [<wrong>], "partners": []}` would be read, and reported valid, as its last
 * `partners` alone. The library sees only the parsed value and cannot tell; the CLI, which
 * has the text, can.
 *
 * The check is cheap when there is nothing to find: the number of members written in the
 * text (a string followed by `:`) is compared with the number of keys of the parsed value.
 * Only when they differ is the text scanned again to name each duplicate and its path.
 *
 * @internal
 * @module
 */

const BACKSLASH = 0x5c;
const COLON = 0x3a;

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/** The index of the quote that closes the string opened at `start` (the text is JSON). */
function stringEnd(text: string, start: number): number {
  let end = text.indexOf('"', start + 1);
  for (;;) {
    if (end === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

/** The index of the first character after `from` that is not JSON whitespace. */
function skipWhitespace(text: string, from: number): number {
  let index = from;
  while (index < text.length && isWhitespace(text.charCodeAt(index))) index += 1;
  return index;
}

/** How many object members the text writes: strings followed by a colon. */
function countMembers(text: string): number {
  let count = 0;
  let start = text.indexOf('"');
  while (start !== -1) {
    const after = skipWhitespace(text, stringEnd(text, start) + 1);
    if (text.charCodeAt(after) === COLON) count += 1;
    start = text.indexOf('"', after);
  }
  return count;
}

/** How many keys the objects of a parsed JSON value have, all together. Iterative. */
function countKeys(value: unknown): number {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item !== 'object' || item === null) continue;
    if (Array.isArray(item)) {
      for (const element of item) if (typeof element === 'object') stack.push(element);
    } else {
      // for…in is the fastest walk; an inherited enumerable key (a polluted prototype) only
      // makes the counts differ, and then the exact scan decides.
      for (const key in item) {
        count += 1;
        const member = (item as Record<string, unknown>)[key];
        if (typeof member === 'object') stack.push(member);
      }
    }
  }
  return count;
}

/** An open object (its keys so far) or array, and where its current member is. */
interface Frame {
  readonly keys: Set<string> | undefined;
  position: string | number;
}

/** Scans JSON text for duplicate keys, with their paths, at most `limit` of them. */
function scanDuplicates(text: string, limit: number): (string | number)[][] {
  const found: (string | number)[][] = [];
  const stack: Frame[] = [];
  let index = 0;
  while (index < text.length && found.length < limit) {
    const char = text[index];
    if (char === '{' || char === '[') {
      stack.push({ keys: char === '{' ? new Set() : undefined, position: 0 });
      index += 1;
    } else if (char === '}' || char === ']') {
      stack.pop();
      index += 1;
    } else if (char === ',') {
      const top = stack.at(-1);
      if (top !== undefined && top.keys === undefined) top.position = Number(top.position) + 1;
      index += 1;
    } else if (char === '"') {
      const end = stringEnd(text, index);
      const after = skipWhitespace(text, end + 1);
      const top = stack.at(-1);
      if (text.charCodeAt(after) === COLON && top?.keys !== undefined) {
        const raw = text.slice(index + 1, end);
        // Escapes make "a" and "\u0061" the same key.
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (top.keys.has(key)) {
          found.push([...stack.slice(0, -1).map((frame) => frame.position), key]);
        } else {
          top.keys.add(key);
        }
        top.position = key;
        index = after + 1;
      } else {
        index = end + 1;
      }
    } else {
      index += 1;
    }
  }
  return found;
}

/**
 * The duplicate keys of JSON text, as `duplicate_key` issues (the library's message and
 * `params`, so that `formatIssues` says them in French too) with the path of each repeated
 * key (the second and later occurrences), at most `limit` of them. `value` is what
 * `JSON.parse` made of `text`: when its keys are as many as the members the text writes,
 * there is no duplicate and the text is not scanned again.
 *
 * @internal
 * @param text - JSON text that `JSON.parse` accepted (without its byte order mark).
 * @param value - What `JSON.parse(text)` returned.
 * @param limit - The most issues to return.
 * @returns The issues, in the order of the text; empty when every key is unique.
 *
 * @example
 * ```ts
 * const text = '{"partners": [{}], "agreements": [], "partners": []}';
 * duplicateKeyIssues(text, JSON.parse(text), 10);
 * //=> [{ code: 'duplicate_key', path: ['partners'], message: 'duplicate key: JSON keeps only the last of equal keys, so the earlier values would go unchecked', params: {} }]
 * duplicateKeyIssues('{"a": 1}', { a: 1 }, 10); //=> []
 * ```
 */
export function duplicateKeyIssues(text: string, value: unknown, limit: number): ValidationIssue[] {
  if (limit <= 0 || countMembers(text) === countKeys(value)) return [];
  const message = render(ISSUE_MESSAGES, 'issue.duplicate_key', {});
  return scanDuplicates(text, limit).map((path) => ({
    code: 'duplicate_key',
    path,
    message,
    params: {},
  }));
}

// Value formatting shared by every message of the library. Zod-free and locale-free: the
// words around a value come from the message catalogue (`src/messages/`).

const MAX_SHOWN = 40;

/**
 * Shows a received value briefly in a message: strings quoted with `'` (and shortened past
 * 40 characters), numbers and booleans as they are, other values by their kind in English
 * (`an array`, `an object`, `nothing` for `undefined`).
 *
 * @internal
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value.length > MAX_SHOWN
        ? `'${value.slice(0, MAX_SHOWN)}…' (${value.length} characters)`
        : `'${value}'`;
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value.toString()}n`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/**
 * The kind of a value that is not shown as itself, for a message to name in its own
 * language: `undefined` for strings, numbers, booleans, bigints and `null`, which
 * {@link describeValue} shows as they are.
 *
 * @internal
 */
export type ValueKind = 'nothing' | 'array' | 'object' | 'function' | 'symbol';

/** The {@link ValueKind} of a value, or `undefined` when it is shown as itself. @internal */
export function kindOf(value: unknown): ValueKind | undefined {
  if (value === undefined) return 'nothing';
  if (value === null) return undefined;
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'object':
      return 'object';
    case 'function':
      return 'function';
    case 'symbol':
      return 'symbol';
    default:
      return undefined;
  }
}

/** `1 item`, `2 items`: a count with the singular or plural word. @internal */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

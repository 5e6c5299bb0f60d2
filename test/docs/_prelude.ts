/**
 * What every example may use without declaring it.
 *
 * Each example is a module of its own. Its first line imports, unless the example declares
 * the name itself:
 *
 * - every export of the package root, `@uhs/partners-network` (the built package, through
 *   its own name), or, for an example of an internal declaration (the CLI's helpers, which
 *   the package does not export), every export of the sources;
 * - the fixtures below (`FIXTURES`);
 * - the assertion helpers of `RUNNER`.
 *
 * The fixtures:
 *
 * | name             | what it is                                                                  |
 * | ---------------- | --------------------------------------------------------------------------- |
 * | `exampleNetwork` | `examples/network.json` as plain JSON (`NetworkInput`), what a partner sends |
 * | `network`        | `parseNetwork(exampleNetwork)` (its `asOf` is 2017-06-30)                   |
 * | `partner`        | `example-univ-lyon`, a partner of `network`                                 |
 * | `agreement`      | `mou-lyon-2014`, an agreement of `network`                                  |
 * | `proposal`       | `eoi-lyon-2017`, a proposal of `network`                                    |
 *
 * and, for the CLI's examples only: `io` (a `CliIo` that reads the repository's files and an
 * in-memory `partners.ndjson`, and keeps what is written in `output`), `palette` (no
 * colour) and `context` (`{ io, palette, locale: 'en' }`).
 *
 * The network fixtures are deeply frozen: an example that mutates one (as the library never
 * does) fails.
 */

/** The assertion helpers that examples call once `//=>` and `// throws` are turned into code. */
export const RUNNER = `
import { deepStrictEqual } from 'node:assert';
import { inspect } from 'node:util';

interface RunState {
  /** The assertions that ran, as \`file:line\`. */
  readonly hits: Set<string>;
  /** The last top-level statement that started, as \`file:line\`. */
  at: string | undefined;
}

const KEY = Symbol.for('@uhs/partners-network:examples');
const store = globalThis as unknown as Record<symbol, RunState | undefined>;
const state: RunState = (store[KEY] ??= { hits: new Set(), at: undefined });

const show = (value: unknown): string =>
  inspect(value, { depth: 8, breakLength: 100, maxArrayLength: 30, maxStringLength: 400 });

type ErrorClass = abstract new (...args: never[]) => unknown;

export function __line(where: string): void {
  state.at = where;
}

/**
 * The value with its null-prototype objects made plain: \`//=> { a: 1 }\` describes what a
 * reader sees, whether the object inherits from \`Object.prototype\` or from nothing.
 */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  const prototype: unknown = typeof value === 'object' && value !== null ? Object.getPrototypeOf(value) : undefined;
  if (prototype === null || prototype === Object.prototype)
    return Object.fromEntries(Object.entries(value as object).map(([key, item]) => [key, plain(item)]));
  return value;
}

export function __expect(actual: unknown, expected: unknown, where: string): void {
  state.hits.add(where);
  try {
    deepStrictEqual(plain(actual), plain(expected));
  } catch {
    throw new Error(\`\${where}: the //=> result does not hold\\n  expected: \${show(expected)}\\n  actual:   \${show(actual)}\`);
  }
}

function checkThrown(error: unknown, errorClass: ErrorClass | undefined, message: string | undefined, where: string): void {
  if (errorClass && !(error instanceof errorClass))
    throw new Error(\`\${where}: expected a \${errorClass.name} to be thrown, but it threw \${show(error)}\`);
  if (message === undefined) return;
  const text = error instanceof Error ? error.message : String(error);
  const holds = message.endsWith('…') ? text.startsWith(message.slice(0, -1).trimEnd()) : text === message;
  if (!holds) throw new Error(\`\${where}: expected the message \${show(message)}, but it is \${show(text)}\`);
}

export function __throws(run: () => unknown, errorClass: ErrorClass | undefined, message: string | undefined, where: string): void {
  state.hits.add(where);
  try {
    run();
  } catch (error) {
    checkThrown(error, errorClass, message, where);
    return;
  }
  throw new Error(\`\${where}: expected it to throw, but it did not\`);
}

export async function __throwsAsync(run: () => Promise<unknown>, errorClass: ErrorClass | undefined, message: string | undefined, where: string): Promise<void> {
  state.hits.add(where);
  try {
    await run();
  } catch (error) {
    checkThrown(error, errorClass, message, where);
    return;
  }
  throw new Error(\`\${where}: expected it to throw, but it did not\`);
}

/** Whether two types are the same (not merely assignable to each other). */
export type __Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Fails to compile unless \`T\` is \`true\`. */
export type __True<T extends true> = T;
`;

/**
 * The fixtures' module. `library` is the module the fixtures are built with; `networkPath`
 * the absolute path of examples/network.json; `root` the repository's root.
 */
export function fixturesModule(
  library: string,
  networkPath: string,
  root: string,
  cli: boolean,
): string {
  const common = `
import { readFileSync } from 'node:fs';
import { parseNetwork, type Agreement, type Network, type NetworkInput, type Partner, type Proposal } from ${JSON.stringify(library)};

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

function byId<T extends { readonly id: string }>(items: readonly T[] | undefined, id: string): T {
  const found = items?.find((item) => item.id === id);
  if (!found) throw new Error(\`examples/network.json has no \${id}\`);
  return found;
}

/** examples/network.json as plain JSON: what a partner sends, before parsing. */
export const exampleNetwork: NetworkInput = deepFreeze(JSON.parse(readFileSync(${JSON.stringify(networkPath)}, 'utf8')) as NetworkInput);
/** The example network, parsed. */
export const network: Network = deepFreeze(parseNetwork(exampleNetwork));
/** A partner of the example network: Example University of Lyon (fictional). */
export const partner: Partner = byId(network.partners, 'example-univ-lyon');
/** An agreement of the example network: Lyon's memorandum of understanding, 2014–2018. */
export const agreement: Agreement = byId(network.agreements, 'mou-lyon-2014');
/** A proposal of the example network: Lyon's expression of interest of 2017. */
export const proposal: Proposal = byId(network.proposals, 'eoi-lyon-2017');
`;
  if (!cli) return common;
  return `${common}
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { paletteFor, type CliIo, type CommandContext } from ${JSON.stringify(library)};

/** What the CLI examples wrote: standard output, standard error, and files by path. */
export const output = { stdout: [] as string[], stderr: [] as string[], files: new Map<string, string>() };

const partnerLines = (exampleNetwork.partners as readonly unknown[]).slice(0, 4).map((value, index) =>
  JSON.stringify(index === 3 ? { ...(value as object), country: 'XK' } : value));
/** Files the CLI examples read that the repository does not have. */
const FILES: Readonly<Record<string, string>> = { 'partners.ndjson': partnerLines.join('\\n') + '\\n' };

/** A CliIo that reads the repository's files (and FILES), and writes to \`output\` only. */
export const io: CliIo = {
  stdout: (text) => void output.stdout.push(text),
  stderr: (text) => void output.stderr.push(text),
  readFile: (path) =>
    Object.hasOwn(FILES, path) ? Promise.resolve(FILES[path]!) : readFile(resolve(${JSON.stringify(root)}, path), 'utf8'),
  writeFile: (path, text) => {
    output.files.set(path, text);
    return Promise.resolve();
  },
  readStdin: () => Promise.resolve('{"schemaVersion":1,"partners":[],"agreements":[]}'),
  isTTY: false,
  env: {},
  now: () => new Date(2017, 5, 30, 12),
};
/** No colour. */
export const palette = paletteFor(false);
/** What a command runs with: English, whatever the machine's locale. */
export const context: CommandContext = { io, palette, locale: 'en' };
`;
}

/** The names the fixtures' module exports, for the given kind of example. */
export function fixtureNames(cli: boolean): string[] {
  const names = ['exampleNetwork', 'network', 'partner', 'agreement', 'proposal'];
  return cli ? [...names, 'output', 'io', 'palette', 'context'] : names;
}

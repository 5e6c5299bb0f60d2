import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_TEXT, exampleValue, runCli, spawnCli, STACK_LINE } from './_helpers.js';

/** Words the CLI knows, so that random command lines often get past the first check. */
const TOKENS = [
  'validate',
  'report',
  'eligibility',
  'match',
  'schema',
  'help',
  '-',
  '--',
  '-h',
  '--help',
  '--version',
  '--kind',
  'network',
  'partner',
  'agreement',
  'proposal',
  '--ndjson',
  '--on',
  '2017-06-30',
  '2019-02-29',
  '--plan',
  '2014-01-01..2018-12-31',
  '2018-01-01..2014-01-01',
  '--format',
  'md',
  'json',
  'html',
  'text',
  '--out',
  '--cells',
  'C5,B4',
  'Z9',
  '--fields',
  '0912',
  '--languages',
  'fr',
  'xx',
  '--regions',
  'asean',
  'mars',
  '--limit',
  '3',
  '-1',
  'net.json',
  'random.json',
  'records.ndjson',
  'missing.json',
];

const argvArbitrary = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string()), {
  maxLength: 10,
});

/** Random file contents: text, bytes read as UTF-8, any JSON value. */
const contentArbitrary = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('utf8')),
  fc.jsonValue().map((value) => JSON.stringify(value)),
);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a JSON value (objects' keys and arrays' indices), the root excluded. */
function pathsOf(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, [...prefix, key])]);
}

const EXAMPLE_PATHS = pathsOf(exampleValue() as Json);

/** The example network with one field replaced by a random JSON value, or removed. */
const corruptedExample = fc
  .tuple(fc.constantFrom(...EXAMPLE_PATHS), fc.option(fc.jsonValue(), { nil: undefined }))
  .map(([path, replacement]) => {
    const root = exampleValue() as Record<string | number, unknown>;
    let parent = root;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (replacement !== undefined) parent[last] = replacement;
    else if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else Reflect.deleteProperty(parent, last);
    return JSON.stringify(root);
  });

const COMMANDS = [
  ['validate', 'random.json'],
  ['validate', '--kind', 'partner', 'random.json'],
  ['validate', '--kind', 'agreement', '--ndjson', 'random.json'],
  ['validate', '--kind', 'proposal', 'random.json'],
  ['report', 'random.json'],
  ['report', 'random.json', '--format', 'json'],
  ['report', 'random.json', '--format', 'html'],
  ['eligibility', 'random.json'],
  ['eligibility', 'random.json', '--format', 'json'],
  ['match', 'random.json', '--cells', 'C5,B4,D1', '--languages', 'fr'],
];

function expectCleanExit(
  result: { code: number | null; stdout: string; stderr: string },
  codes: number[],
): void {
  expect(codes).toContain(result.code);
  expect(result.stderr).not.toMatch(STACK_LINE);
  expect(result.stderr).not.toContain('uhs-network: internal error');
}

describe('uhs-network never shows a stack trace (fuzz)', () => {
  it('random command lines exit 0, 1 or 2', async () => {
    await fc.assert(
      fc.asyncProperty(
        argvArbitrary,
        contentArbitrary,
        contentArbitrary,
        async (argv, random, stdin) => {
          const result = await runCli(argv, {
            files: { 'net.json': EXAMPLE_TEXT, 'random.json': random, 'records.ndjson': random },
            diskFallback: false,
            stdin,
          });
          expectCleanExit(result, [0, 1, 2]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('random file contents exit 0 or 1, whatever the command', async () => {
    await fc.assert(
      fc.asyncProperty(contentArbitrary, fc.constantFrom(...COMMANDS), async (random, argv) => {
        const result = await runCli(argv, {
          files: { 'random.json': random },
          diskFallback: false,
        });
        expectCleanExit(result, [0, 1]);
      }),
      { numRuns: 500 },
    );
  });

  it('the example network with one field corrupted exits 0 or 1, whatever the command', async () => {
    await fc.assert(
      fc.asyncProperty(corruptedExample, fc.constantFrom(...COMMANDS), async (text, argv) => {
        const result = await runCli(argv, { files: { 'random.json': text }, diskFallback: false });
        expectCleanExit(result, [0, 1]);
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('the built bin, with random arguments and standard input', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...TOKENS),
            fc.string().filter((arg) => !arg.includes('\0')),
          ),
          {
            maxLength: 8,
          },
        ),
        fc.oneof(contentArbitrary, corruptedExample),
        (argv, stdin) => {
          // Only standard input and missing files: a random argument must not write a file.
          const safeArgv = argv.map((arg, index) => (argv[index - 1] === '--out' ? '-' : arg));
          expectCleanExit(spawnCli(safeArgv, { input: stdin }), [0, 1, 2]);
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);
});

/**
 * The examples of docs/eligibility.md are real: every ```ts block type-checks against the
 * library's sources and runs, and every `expression; //=> value` line in it is an
 * assertion (`statement; // throws ErrorType` asserts the error). `@uhs/partners-network`
 * resolves to the sources, so the guide is checked without a build.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UHS_PAGE } from './_source.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const guide = join(root, 'docs', 'eligibility.md');
const markdown = readFileSync(guide, 'utf8');

/** The ```ts blocks of the guide, with the line each starts on. */
const blocks = [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => ({
  code: match[1] ?? '',
  line: markdown.slice(0, match.index).split('\n').length + 1,
}));

/** Turns `//=>` and `// throws` comments into assertions, keeping line numbers. */
function withAssertions(code: string, firstLine: number): string {
  return code
    .split('\n')
    .map((line, index) => {
      const at = firstLine + index;
      const result = /^(\s*)(.+?);?\s*\/\/=> (.+)$/.exec(line);
      if (result)
        return `${result[1] ?? ''}__expect(${result[2] ?? ''}, ${result[3] ?? ''}, ${at});`;
      const thrown = /^(\s*)(.+?);?\s*\/\/ throws (\w+)$/.exec(line);
      if (thrown)
        return `${thrown[1] ?? ''}__throws(() => { ${thrown[2] ?? ''}; }, ${thrown[3] ?? ''}, ${at});`;
      return line;
    })
    .join('\n');
}

const HELPERS = `
import { deepStrictEqual, throws } from 'node:assert';
const __expect = (actual: unknown, expected: unknown, line: number) =>
  deepStrictEqual(actual, expected, 'docs/eligibility.md:' + line);
const __throws = (run: () => void, type: new (...args: never[]) => Error, line: number) =>
  throws(run, type, 'docs/eligibility.md:' + line);
`;

let directory = '';
let barrel = '';

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), 'uhs-guide-'));
  barrel = join(directory, 'partners-network.ts');
  // The root barrel, plus the entry points it may not re-export yet.
  const index = readFileSync(join(root, 'src', 'index.ts'), 'utf8');
  const entries = ['index', 'policy/index', 'dates/index', 'eligibility/index'].filter(
    (entry) => entry === 'index' || !index.includes(`./${entry}.js`),
  );
  writeFileSync(
    barrel,
    entries
      .map((entry) => `export * from ${JSON.stringify(join(root, 'src', `${entry}.ts`))};`)
      .join('\n'),
  );
});

afterAll(() => {
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe('docs/eligibility.md', () => {
  it('has a title, examples, the decision table and every default rule', () => {
    expect(markdown).toMatch(/^---\ntitle: Eligibility of proposals\n[^]*?---\n\n# /);
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(markdown).toMatch(/\|\s*`ineligible`\s*\|/);
    for (const id of [
      'partner-known',
      'international',
      'institution-type',
      'health-sciences',
      'scope',
      'plan-period',
      'strategy-alignment',
      'teaching-language',
      'focal-point',
      'commitments-in-scope',
      'duplicate-proposal',
    ]) {
      expect(markdown).toContain(`**\`${id}\`**`);
    }
  });

  it('quotes the UHS page word for word', () => {
    const prose = markdown.replace(/^```[\s\S]*?^```$/gm, '').replace(/\s+/g, ' ');
    const page = UHS_PAGE.replace(/\s+/g, ' ');
    const quotes = [...prose.matchAll(/"([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(quotes.length).toBeGreaterThanOrEqual(10);
    for (const quote of quotes) expect(page.toLowerCase()).toContain(quote.toLowerCase());
  });

  it('type-checks every example against the sources', () => {
    const files = blocks.map((block, index) => {
      const file = join(directory, `check-${index}.ts`);
      writeFileSync(file, `${block.code}\nexport {};\n`);
      return file;
    });
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts'],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      skipLibCheck: true,
      allowImportingTsExtensions: true,
      types: [],
      baseUrl: directory,
      paths: { '@uhs/partners-network': [barrel] },
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .filter(
        (diagnostic) => diagnostic.file === undefined || files.includes(diagnostic.file.fileName),
      )
      .map((diagnostic) => {
        const where = diagnostic.file?.fileName ?? '';
        const block = files.indexOf(where);
        const line =
          diagnostic.file && diagnostic.start !== undefined
            ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line
            : 0;
        return `docs/eligibility.md:${(blocks[block]?.line ?? 0) + line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      });
    expect(diagnostics).toEqual([]);
  }, 60_000);

  it.each(blocks.map((block, index) => [index + 1, block.line, block] as const))(
    'runs example %i (line %i) and its //=> results hold',
    async (_index, _line, block) => {
      const result = await build({
        stdin: {
          contents: `${HELPERS}\n${withAssertions(block.code, block.line)}`,
          resolveDir: directory,
          loader: 'ts',
        },
        bundle: true,
        format: 'esm',
        platform: 'node',
        write: false,
        logLevel: 'silent',
        alias: { '@uhs/partners-network': barrel },
      });
      const file = join(directory, `run-${block.line}.mjs`);
      writeFileSync(file, result.outputFiles[0]?.contents ?? new Uint8Array());
      expect(() =>
        execFileSync(process.execPath, [file], { encoding: 'utf8', stdio: 'pipe' }),
      ).not.toThrow();
    },
    60_000,
  );
});

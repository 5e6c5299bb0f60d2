/**
 * The examples of the documentation are real. Every `@example` of the TSDoc in `src/` and
 * every ```ts block of README.md and docs/*.md is type-checked (strict, one TypeScript
 * program for all of them) against the BUILT package, imported through its own name
 * (`npm test` builds first), then run in-process as a module of its own, its `//=>` and
 * `// throws` comments turned into assertions (_transform.ts). Examples may use the names
 * of the prelude (_prelude.ts). An example of an internal declaration (the CLI's helpers,
 * which the package does not export) is checked and run against the sources instead.
 *
 * A broken example fails its own test, named and located `file:line`.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  allExamples,
  markdownFiles,
  relativePath,
  typeScriptFiles,
  type Example,
} from './_extract.js';
import { importNative } from './_importNative.mjs';
import { fixtureNames, fixturesModule, RUNNER } from './_prelude.js';
import { exampleModule, RUNNER_NAMES, RUNNER_TYPES } from './_transform.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGE = '@uhs/partners-network';
const examples = allExamples(root);
const modules = examples.map((example) =>
  exampleModule(example.code, example.source, example.line),
);
const names = examples.map((example) => `${example.source}:${example.line}`);

/** What the tests share once the examples are compiled. */
interface Workspace {
  readonly directory: string;
  /** Per example: type errors, as `file:line: message`. */
  readonly diagnostics: readonly string[][];
  /** Type errors of the prelude or of the helpers: every example fails with them. */
  readonly preludeDiagnostics: readonly string[];
  /** Per example: the URL of its compiled module. */
  readonly urls: readonly string[];
  readonly internal: readonly boolean[];
}

const KEY = Symbol.for('@uhs/partners-network:examples');
interface RunState {
  readonly hits: Set<string>;
  at: string | undefined;
}
const state: RunState = { hits: new Set(), at: undefined };
(globalThis as unknown as Record<symbol, RunState>)[KEY] = state;

/** The sources: which declarations the package exports, and a barrel of everything else. */
function analyseSources(): {
  publicStatements: Set<string>;
  rootNames: string[];
  internalBarrel: string;
  internalNames: string[];
} {
  const files = typeScriptFiles(join(root, 'src'));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const exportsOf = (file: string): ts.Symbol[] => {
    const source = program.getSourceFile(file);
    const symbol = source && checker.getSymbolAtLocation(source);
    return symbol ? checker.getExportsOfModule(symbol) : [];
  };
  const resolve = (symbol: ts.Symbol): ts.Symbol =>
    symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const topLevel = (node: ts.Node): ts.Node => {
    let current = node;
    while (!ts.isSourceFile(current.parent)) current = current.parent;
    return current;
  };
  const index = join(root, 'src', 'index.ts');
  const rootExports = exportsOf(index);
  const publicStatements = new Set<string>();
  for (const exported of rootExports)
    for (const declaration of resolve(exported).declarations ?? []) {
      const statement = topLevel(declaration);
      publicStatements.add(
        `${relativePath(root, statement.getSourceFile().fileName)}@${statement.getStart()}`,
      );
    }
  // Every module's exports that the root does not have, first come first served.
  const taken = new Set(rootExports.map((symbol) => symbol.name));
  const lines = [`export * from '../../src/index.js';`];
  for (const file of files) {
    if (basename(file) === 'index.ts') continue;
    const fresh = exportsOf(file).filter(
      (symbol) => symbol.name !== 'default' && !taken.has(symbol.name),
    );
    for (const symbol of fresh) taken.add(symbol.name);
    const specifiers = fresh.map((symbol) =>
      resolve(symbol).flags & ts.SymbolFlags.Value ? symbol.name : `type ${symbol.name}`,
    );
    if (specifiers.length > 0)
      lines.push(
        `export { ${specifiers.join(', ')} } from '../../${relativePath(root, file).replace(/\.ts$/, '.js')}';`,
      );
  }
  return {
    publicStatements,
    rootNames: rootExports.map((symbol) => symbol.name),
    internalBarrel: `${lines.join('\n')}\n`,
    internalNames: [...taken],
  };
}

function isInternal(example: Example, publicStatements: ReadonlySet<string>): boolean {
  if (example.origin === 'markdown' || example.moduleComment) return false;
  return !publicStatements.has(`${example.source}@${example.statement ?? -1}`);
}

function header(
  declared: ReadonlySet<string>,
  library: string,
  libraryNames: readonly string[],
  fixtures: string,
  fixtureList: readonly string[],
): string {
  const free = (list: readonly string[]): string =>
    list.filter((name) => !declared.has(name)).join(', ');
  return [
    `import { ${[...RUNNER_NAMES, ...RUNNER_TYPES.map((name) => `type ${name}`)].join(', ')} } from './__runner.js';`,
    `import { ${free(libraryNames)} } from '${library}';`,
    `import { ${free(fixtureList)} } from '${fixtures}';`,
  ].join(' ');
}

function formatDiagnostic(diagnostic: ts.Diagnostic, where: (line: number) => string): string {
  const line =
    diagnostic.file && diagnostic.start !== undefined
      ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line
      : 0;
  return `${where(line)}: TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
}

async function prepare(): Promise<Workspace> {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  // Inside the package, so that `@uhs/partners-network` resolves to the package itself
  // (Node's self-reference through `exports`) and other packages from its node_modules.
  const directory = mkdtempSync(join(root, '.tmp', 'examples-'));
  const output = join(directory, 'js');
  mkdirSync(output);
  const sources = analyseSources();
  const internal = examples.map((example) => isInternal(example, sources.publicStatements));
  const networkPath = join(root, 'examples', 'network.json');

  const write = (name: string, text: string): string => {
    const path = join(directory, name);
    writeFileSync(path, text);
    return path;
  };
  const support = [
    write('__runner.ts', RUNNER),
    write('__prelude.ts', fixturesModule(PACKAGE, networkPath, root, false)),
  ];
  if (internal.includes(true)) {
    write('__internal.ts', sources.internalBarrel);
    support.push(
      write('__prelude-internal.ts', fixturesModule('./__internal.js', networkPath, root, true)),
    );
  }
  const files = examples.map((example, index) => {
    const module = modules[index]!;
    const top = internal[index]
      ? header(
          module.declared,
          './__internal.js',
          sources.internalNames,
          './__prelude-internal.js',
          fixtureNames(true),
        )
      : header(module.declared, PACKAGE, sources.rootNames, './__prelude.js', fixtureNames(false));
    return write(
      `example-${String(index).padStart(3, '0')}.ts`,
      `${top}\n${module.code}\nexport {};\n`,
    );
  });

  const program = ts.createProgram([...support, ...files], {
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts'],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ['node'],
    typeRoots: [join(root, 'node_modules', '@types')],
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    noImplicitOverride: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    outDir: output,
    rootDir: directory,
  });
  const diagnostics = files.map((file, index) => {
    const source = program.getSourceFile(file)!;
    const example = examples[index]!;
    return ts
      .getPreEmitDiagnostics(program, source)
      .filter((diagnostic) => diagnostic.file === source)
      .map((diagnostic) =>
        formatDiagnostic(
          diagnostic,
          (line) => `${example.source}:${example.line + Math.max(0, line - 1)}`,
        ),
      );
  });
  const preludeDiagnostics = support.flatMap((file) => {
    const source = program.getSourceFile(file)!;
    return ts
      .getPreEmitDiagnostics(program, source)
      .filter((diagnostic) => diagnostic.file === source)
      .map((diagnostic) => formatDiagnostic(diagnostic, (line) => `${basename(file)}:${line + 1}`));
  });
  for (const file of [...support, ...files]) {
    const result = program.emit(program.getSourceFile(file), (name, text) => {
      writeFileSync(join(output, basename(name)), text);
    });
    if (result.emitSkipped) throw new Error(`could not compile ${file}`);
  }
  if (internal.includes(true)) {
    await build({
      entryPoints: [join(directory, '__internal.ts')],
      outfile: join(output, '__internal.js'),
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
    });
  }
  return {
    directory,
    diagnostics,
    preludeDiagnostics,
    internal,
    urls: files.map(
      (file) => pathToFileURL(join(output, basename(file).replace(/\.ts$/, '.js'))).href,
    ),
  };
}

let workspace: Workspace | undefined;

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'index.d.ts')))
    throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  workspace = await prepare();
}, 180_000);

afterAll(() => {
  if (workspace) rmSync(workspace.directory, { recursive: true, force: true });
});

/** The last top-level statement of the running example that started. */
function lastStatement(): string | undefined {
  return state.at;
}

/** Runs one compiled example, its console silenced; throws what went wrong, located. */
async function run(index: number): Promise<void> {
  const example = examples[index]!;
  const module = modules[index]!;
  state.hits.clear();
  state.at = undefined;
  const printed: string[] = [];
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((method) =>
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      printed.push(args.map(String).join(' '));
    }),
  );
  const exitCode = process.exitCode;
  try {
    await importNative(workspace!.urls[index]!);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The assertions' own errors already say where.
    if (message.startsWith(`${example.source}:`)) throw new Error(message, { cause: error });
    const where = lastStatement() ?? `${example.source}:${example.line}`;
    const what = error instanceof Error ? `${error.name}: ${message}` : message;
    const output = printed.length > 0 ? `\n  it printed: ${printed.join('\n  ')}` : '';
    throw new Error(`${where}: the example threw ${what}${output}`, { cause: error });
  } finally {
    for (const spy of spies) spy.mockRestore();
    process.exitCode = exitCode;
  }
  const missed = module.assertions.filter((where) => !state.hits.has(where));
  if (missed.length > 0)
    throw new Error(missed.map((where) => `${where}: this assertion never ran`).join('\n'));
}

describe('documentation examples', () => {
  it('are found in the sources, README.md and every guide', () => {
    const sources = new Set(examples.map((example) => example.source));
    expect(examples.filter((example) => example.origin === 'tsdoc').length).toBeGreaterThan(250);
    expect(sources).toContain('README.md');
    for (const file of markdownFiles(root)) {
      const path = relativePath(root, file);
      if (path !== 'docs/cli.md' && path !== 'docs/performance.md') expect(sources).toContain(path);
    }
  });

  it('share a prelude and helpers that compile', () => {
    expect(workspace?.preludeDiagnostics).toEqual([]);
  });

  it.each(names.map((name, index) => [name, index] as const))('%s', async (_name, index) => {
    const module = modules[index]!;
    const problems = [...module.problems, ...workspace!.diagnostics[index]!];
    if (problems.length > 0) throw new Error(problems.join('\n'));
    if (!module.typeOnly) await run(index);
  });
});

/**
 * The API reference documents the whole package: every entry point but `./testing` and
 * `./ewp` is re-exported by the root barrel, and every entry point has a module page with a
 * summary; every export of every entry point is
 * in the reference TypeDoc builds (from typedoc.json, as `npm run docs` does, without
 * rendering); every guide of docs/ is one of its project documents. TypeDoc converts with
 * no warning, as `npm run docs` requires (warnings are errors there).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Application,
  ConsoleLogger,
  DeclarationReflection,
  LogLevel,
  TSConfigReader,
  TypeDocReader,
  type ProjectReflection,
} from 'typedoc';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { entryPoints } from '../../tsup.config.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PACKAGE = '@uhs/partners-network';

/** The name of an entry point's module page: the package's name, or the subpath. */
const moduleName = (entry: string): string => (entry === 'index' ? PACKAGE : entry);

/** The exports of every entry point, as symbols of one program over the sources. */
function entryPointExports(): Map<string, Map<string, ts.Symbol>> {
  const files = Object.values(entryPoints).map((file) => join(root, file));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    resolveJsonModule: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const result = new Map<string, Map<string, ts.Symbol>>();
  for (const [entry, file] of Object.entries(entryPoints)) {
    const source = program.getSourceFile(join(root, file));
    const moduleSymbol = source && checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`no module for ${file}`);
    result.set(
      entry,
      new Map(
        checker.getExportsOfModule(moduleSymbol).map((symbol) => {
          const target =
            symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
          return [symbol.name, target];
        }),
      ),
    );
  }
  return result;
}

const exportsByEntry = entryPointExports();

/**
 * The entry points the root does not re-export, documented in their own module only:
 * `./testing` (SPEC §3) and `./ewp` (its XML parser must not reach the root's importers).
 */
const OWN_MODULE_ONLY: ReadonlySet<string> = new Set(['testing', 'ewp']);

describe('the root barrel', () => {
  it('re-exports every export of every entry point but ./testing and ./ewp, as the same declaration', () => {
    const rootExports = exportsByEntry.get('index')!;
    const missing: string[] = [];
    for (const [entry, exported] of exportsByEntry)
      if (!OWN_MODULE_ONLY.has(entry))
        for (const [name, symbol] of exported)
          if (rootExports.get(name) !== symbol) missing.push(`${entry}: ${name}`);
    expect(missing).toEqual([]);
  });

  it('re-exports nothing of ./testing and ./ewp', () => {
    const rootExports = exportsByEntry.get('index')!;
    const leaked = [...OWN_MODULE_ONLY].flatMap((entry) =>
      [...exportsByEntry.get(entry)!.keys()]
        .filter((name) => rootExports.has(name))
        .map((name) => `${entry}: ${name}`),
    );
    expect(leaked).toEqual([]);
  });

  it('exports nothing that no entry point exports', () => {
    const elsewhere = new Set(
      [...exportsByEntry]
        .filter(([entry]) => entry !== 'index')
        .flatMap(([, exported]) => [...exported.keys()]),
    );
    const own = [...exportsByEntry.get('index')!.keys()].filter((name) => !elsewhere.has(name));
    expect(own).toEqual([]);
  });
});

/** A TypeDoc logger that keeps warnings and errors for the test to show. */
class CollectingLogger extends ConsoleLogger {
  readonly messages: string[] = [];

  override log(message: string, level: Exclude<LogLevel, LogLevel.None>): void {
    if (level >= LogLevel.Warn)
      // eslint-disable-next-line no-control-regex
      this.messages.push(`${LogLevel[level]}: ${message.replace(/\u001b\[[0-9;]*m/g, '')}`);
  }
}

describe('the API reference (TypeDoc, from typedoc.json)', () => {
  const logger = new CollectingLogger();
  let project: ProjectReflection | undefined;
  let typedocOptions: { entryPoints: string[]; projectDocuments: string[] };

  beforeAll(async () => {
    typedocOptions = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as {
      entryPoints: string[];
      projectDocuments: string[];
    };
    const app = await Application.bootstrapWithPlugins(
      // Type errors are tsc's job (npm run typecheck); skipping them halves the time.
      { options: join(root, 'typedoc.json'), skipErrorChecking: true },
      [new TypeDocReader(), new TSConfigReader()],
    );
    if (app.logger.hasErrors() || app.logger.hasWarnings())
      throw new Error('TypeDoc could not read its options (run `npm run docs` to see why)');
    app.logger = logger;
    project = await app.convert();
    if (project) app.validate(project);
  }, 180_000);

  /** The module page of an entry point. */
  const moduleReflection = (name: string): DeclarationReflection | undefined => {
    const reflection = project?.getChildByName(name);
    return reflection instanceof DeclarationReflection ? reflection : undefined;
  };

  it('converts with no warning and no error', () => {
    expect(logger.messages).toEqual([]);
    expect(project).toBeDefined();
  });

  it('documents every entry point, and only them', () => {
    // The root comes last, so that each declaration is documented in its own entry point's
    // module (TypeDoc documents a symbol where it first finds it; the root refers to it).
    expect(typedocOptions.entryPoints).toEqual([
      ...Object.values(entryPoints).filter((file) => file !== entryPoints.index),
      entryPoints.index,
    ]);
    expect(project?.children?.map((child) => child.name).sort()).toEqual(
      Object.keys(entryPoints).map(moduleName).sort(),
    );
  });

  it('gives every module page a summary of what its entry point is for', () => {
    const summaries = Object.keys(entryPoints).map((entry) => {
      const module = moduleReflection(moduleName(entry));
      const text = (module?.comment?.summary ?? []).map((part) => part.text).join('');
      return [moduleName(entry), text.trim().length >= 80];
    });
    expect(summaries).toEqual(Object.keys(entryPoints).map((entry) => [moduleName(entry), true]));
  });

  it('documents every export of every entry point, in its module and in the root', () => {
    const missing: string[] = [];
    for (const [entry, exported] of exportsByEntry) {
      // `./testing` and `./ewp` are documented in their own module only, not re-exported from the root.
      const modules = OWN_MODULE_ONLY.has(entry)
        ? [moduleName(entry)]
        : [moduleName(entry), PACKAGE];
      for (const moduleOfExport of new Set(modules)) {
        const documented = new Set(
          (moduleReflection(moduleOfExport)?.children ?? []).map((child) => child.name),
        );
        for (const name of exported.keys())
          if (!documented.has(name)) missing.push(`${moduleOfExport}: ${name}`);
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });

  it('has every guide of docs/ as a project document in the Guides group, getting started first', () => {
    const guides = readdirSync(join(root, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => `docs/${name}`);
    expect([...typedocOptions.projectDocuments].sort()).toEqual(guides.sort());
    expect(typedocOptions.projectDocuments[0]).toBe('docs/getting-started.md');
    for (const guide of guides) {
      const text = readFileSync(join(root, guide), 'utf8');
      expect(text, guide).toMatch(/^---\n(?:.*\n)*?title: .+\n(?:.*\n)*?---\n/);
      expect(/^---\n[\s\S]*?\n---\n/.exec(text)?.[0], guide).toContain('\ngroup: Guides\n');
    }
    expect(project?.documents?.map((document) => document.name)).toHaveLength(guides.length);
  });
});

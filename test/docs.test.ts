import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { entryPoints } from '../tsup.config.js';

/** Every export of every entry point, with the TSDoc of its declaration. */
function exportedDeclarations(): {
  entry: string;
  name: string;
  tags: string[];
  summary: string;
}[] {
  const program = ts.createProgram(Object.values(entryPoints), {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const found: { entry: string; name: string; tags: string[]; summary: string }[] = [];
  for (const [entry, file] of Object.entries(entryPoints)) {
    const source = program.getSourceFile(file);
    if (!source) throw new Error(`no source for ${file}`);
    const moduleSymbol = checker.getSymbolAtLocation(source);
    if (!moduleSymbol) throw new Error(`no module symbol for ${file}`);
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      const docs = declaration ? ts.getJSDocCommentsAndTags(declaration) : [];
      const tags = docs.flatMap((doc) =>
        ts.isJSDoc(doc) ? (doc.tags ?? []).map((tag) => tag.tagName.text) : [doc.tagName.text],
      );
      const summary = docs
        .filter(ts.isJSDoc)
        .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
        .join(' ');
      found.push({ entry, name: exported.name, tags, summary });
    }
  }
  return found;
}

const declarations = exportedDeclarations();

describe('API documentation', () => {
  it('finds the exports of every entry point', () => {
    expect(new Set(declarations.map((declaration) => declaration.entry))).toEqual(
      new Set(Object.keys(entryPoints)),
    );
  });

  it('gives every export a summary and an @example', () => {
    const undocumented = declarations
      .filter(
        (declaration) => declaration.summary.trim() === '' || !declaration.tags.includes('example'),
      )
      .map((declaration) => `${declaration.entry}: ${declaration.name}`);
    expect(undocumented).toEqual([]);
  });

  it('exports no internal helper', () => {
    const internal = declarations
      .filter(
        (declaration) => declaration.tags.includes('internal') || declaration.name.startsWith('_'),
      )
      .map((declaration) => `${declaration.entry}: ${declaration.name}`);
    expect(internal).toEqual([]);
  });
});

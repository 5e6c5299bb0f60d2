/**
 * Finds the examples of the documentation: every fenced block under an `@example` tag of
 * the TSDoc in `src/**\/*.ts` (exported declarations, interface members, module comments
 * alike), and every ```ts block of `README.md` and `docs/*.md`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

/** One example, where it is written and what it says. */
export interface Example {
  /** Its file, relative to the repository root, with `/` separators (`src/catalog/areas.ts`). */
  readonly source: string;
  /** The line of that file where the example's first line of code is (1-based). */
  readonly line: number;
  /** The code, without the comment's leading `*`. */
  readonly code: string;
  /**
   * Where the example comes from: a TSDoc comment (`tsdoc`) or a Markdown file (`markdown`).
   */
  readonly origin: 'tsdoc' | 'markdown';
  /**
   * For a TSDoc example, the position (`getStart()`) of the top-level statement that the
   * comment documents, so that it can be matched with the package's exports.
   */
  readonly statement?: number;
  /** Whether the comment is a module's `@packageDocumentation` (always public). */
  readonly moduleComment?: boolean;
}

/** The TypeScript files under `directory`, in a stable order. */
export function typeScriptFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'),
    )
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** `path` relative to `root`, with `/` separators. */
export function relativePath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** Every `/** … *\/` comment of a source file, with the top-level statement it belongs to. */
function docComments(file: ts.SourceFile): { pos: number; end: number; statement: number }[] {
  const found = new Map<number, { pos: number; end: number; statement: number }>();
  const text = file.text;
  for (const statement of file.statements) {
    const start = statement.getStart(file);
    const visit = (node: ts.Node): void => {
      for (const range of ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []) {
        if (text.startsWith('/**', range.pos))
          found.set(range.pos, { pos: range.pos, end: range.end, statement: start });
      }
      ts.forEachChild(node, visit);
    };
    visit(statement);
  }
  return [...found.values()].sort((a, b) => a.pos - b.pos);
}

/** The fenced blocks under the `@example` tags of one TSDoc comment. */
function examplesOfComment(
  comment: string,
  firstLine: number,
): { line: number; code: string; language: string }[] {
  const lines = comment
    .replace(/^\/\*\*/, '')
    .replace(/\*\/$/, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''));
  const blocks: { line: number; code: string; language: string }[] = [];
  let inExample = false;
  let fence: { line: number; lines: string[]; language: string } | undefined;
  lines.forEach((line, index) => {
    if (fence) {
      if (/^```\s*$/.test(line)) {
        blocks.push({ line: fence.line, code: fence.lines.join('\n'), language: fence.language });
        fence = undefined;
      } else fence.lines.push(line);
      return;
    }
    if (/^@example\b/.test(line)) inExample = true;
    else if (/^@\w+/.test(line)) inExample = false;
    else if (inExample) {
      const opening = /^```(\w*)/.exec(line);
      if (opening) fence = { line: firstLine + index + 1, lines: [], language: opening[1] ?? '' };
    }
  });
  if (fence) throw new Error(`line ${fence.line - 1}: an @example code fence is never closed`);
  return blocks;
}

/** The `@example` blocks of the TSDoc of one source file. */
export function tsdocExamples(root: string, path: string): Example[] {
  const text = readFileSync(path, 'utf8');
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const source = relativePath(root, path);
  const examples: Example[] = [];
  for (const comment of docComments(file)) {
    const body = text.slice(comment.pos, comment.end);
    if (!/@example\b/.test(body)) continue;
    const firstLine = file.getLineAndCharacterOfPosition(comment.pos).line + 1;
    let blocks;
    try {
      blocks = examplesOfComment(body, firstLine);
    } catch (error) {
      throw new Error(`${source}:${(error as Error).message.replace(/^line /, '')}`, {
        cause: error,
      });
    }
    for (const block of blocks) {
      if (!['ts', 'typescript'].includes(block.language))
        throw new Error(
          `${source}:${block.line - 1}: an @example block must be \`\`\`ts (found \`\`\`${block.language})`,
        );
      examples.push({
        source,
        line: block.line,
        code: block.code,
        origin: 'tsdoc',
        statement: comment.statement,
        moduleComment: /@packageDocumentation\b/.test(body),
      });
    }
  }
  return examples;
}

/** The ```ts blocks of one Markdown file. */
export function markdownExamples(root: string, path: string): Example[] {
  const text = readFileSync(path, 'utf8');
  const source = relativePath(root, path);
  return [...text.matchAll(/^```(?:ts|typescript)[ \t]*\n([\s\S]*?)^```[ \t]*$/gm)].map(
    (match) => ({
      source,
      line: text.slice(0, match.index).split('\n').length + 1,
      code: (match[1] ?? '').replace(/\n$/, ''),
      origin: 'markdown' as const,
    }),
  );
}

/** The Markdown files whose TypeScript blocks are examples: README.md and docs/*.md. */
export function markdownFiles(root: string): string[] {
  const docs = join(root, 'docs');
  return [
    join(root, 'README.md'),
    ...readdirSync(docs)
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => join(docs, name)),
  ];
}

/** Every example of the repository, sources first, then README.md and the guides. */
export function allExamples(root: string): Example[] {
  return [
    ...typeScriptFiles(join(root, 'src')).flatMap((path) => tsdocExamples(root, path)),
    ...markdownFiles(root).flatMap((path) => markdownExamples(root, path)),
  ];
}

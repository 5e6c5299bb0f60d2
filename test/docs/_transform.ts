/**
 * Turns an example into a module that asserts what its comments claim, keeping every line
 * where it was (so that the compiler's line numbers map back to the documentation):
 *
 * - `expression; //=> value`: the expression deep-equals `value` (`node:assert`'s
 *   `deepStrictEqual`, except that an object with a null prototype equals a plain one).
 *   The comment may also stand alone on the line after the statement (after other comment
 *   lines, such as `// stdout: …`), and a value may go on over the following `//` lines
 *   while its brackets are open. Every assertion must run: one in a branch that the
 *   example never takes fails.
 * - `const name = …; //=> value`: the variable's value deep-equals `value`.
 * - `type Name = …; //=> type`: the two types are the same (checked by the compiler).
 * - `statement; // throws`, `// throws ErrorClass`, `// throws ErrorClass: message`: the
 *   statement throws (an instance of `ErrorClass`, whose message is `message`, or starts
 *   with it when `message` ends with `…`).
 * - `// @ts-expect-error` is TypeScript's own: the next line must not compile.
 *
 * An example without any assertion whose statements only import or declare (an interface
 * example that declares a variable of that type), or one with an ambient declaration
 * (`declare function …`), is type-checked only.
 */
import ts from 'typescript';

/** An example turned into a module body. */
export interface ExampleModule {
  /** The code, with assertions; line `n` of it is line `n` of the example. */
  readonly code: string;
  /** The top-level names the example declares (imports included). */
  readonly declared: ReadonlySet<string>;
  /** Where each run-time assertion is (`file:line`): each must run at least once. */
  readonly assertions: readonly string[];
  /** Whether the example is only type-checked. */
  readonly typeOnly: boolean;
  /** What could not be understood, as `file:line: message`. */
  readonly problems: readonly string[];
}

/** The names the runner module exports to the examples (see `RUNNER` in _prelude.ts). */
export const RUNNER_NAMES = ['__expect', '__throws', '__throwsAsync', '__line'] as const;
export const RUNNER_TYPES = ['__Equal', '__True'] as const;

interface Edit {
  readonly pos: number;
  readonly end: number;
  readonly text: string;
}

interface Comment {
  readonly pos: number;
  readonly end: number;
  /** The comment's text after `//`. */
  readonly body: string;
  readonly line: number;
  /** Whether only white space precedes it on its line. */
  readonly standalone: boolean;
}

/** Every `//` comment of the file, in order. */
function lineComments(file: ts.SourceFile): Comment[] {
  const text = file.text;
  const found = new Map<number, ts.CommentRange>();
  const visit = (node: ts.Node): void => {
    for (const range of [
      ...(ts.getLeadingCommentRanges(text, node.pos) ?? []),
      ...(ts.getTrailingCommentRanges(text, node.end) ?? []),
    ])
      found.set(range.pos, range);
    for (const child of node.getChildren(file)) visit(child);
  };
  visit(file);
  return [...found.values()]
    .filter((range) => range.kind === ts.SyntaxKind.SingleLineCommentTrivia)
    .sort((a, b) => a.pos - b.pos)
    .map((range) => {
      const { line, character } = file.getLineAndCharacterOfPosition(range.pos);
      const lineStart = range.pos - character;
      return {
        pos: range.pos,
        end: range.end,
        body: text.slice(range.pos + 2, range.end),
        line,
        standalone: text.slice(lineStart, range.pos).trim() === '',
      };
    });
}

/** Whether the brackets of a JavaScript value are all closed (strings are skipped). */
function balanced(value: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let index = 0; index < value.length; index++) {
    const char = value.charAt(index);
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if ('([{'.includes(char)) depth++;
    else if (')]}'.includes(char)) depth--;
  }
  return depth <= 0 && quote === undefined;
}

/** Statements of every kind, nested ones included. */
function statements(file: ts.SourceFile): ts.Statement[] {
  const found: ts.Statement[] = [];
  const visit = (node: ts.Node): void => {
    if (isStatement(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function isStatement(node: ts.Node): node is ts.Statement {
  return (
    (node.kind >= ts.SyntaxKind.FirstStatement && node.kind <= ts.SyntaxKind.LastStatement) ||
    ts.isTypeAliasDeclaration(node) ||
    ts.isInterfaceDeclaration(node) ||
    ts.isFunctionDeclaration(node) ||
    ts.isClassDeclaration(node) ||
    ts.isImportDeclaration(node) ||
    ts.isEnumDeclaration(node) ||
    ts.isModuleDeclaration(node) ||
    ts.isBlock(node)
  );
}

/** The names a top-level statement declares. */
function declaredNames(statement: ts.Statement): string[] {
  const names: string[] = [];
  const bind = (name: ts.BindingName): void => {
    if (ts.isIdentifier(name)) names.push(name.text);
    else
      for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  if (ts.isImportDeclaration(statement)) {
    const clause = statement.importClause;
    if (clause?.name) names.push(clause.name.text);
    const bindings = clause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) names.push(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings))
      for (const element of bindings.elements) names.push(element.name.text);
  } else if (ts.isVariableStatement(statement)) {
    for (const declaration of statement.declarationList.declarations) bind(declaration.name);
  } else if (
    (ts.isFunctionDeclaration(statement) ||
      ts.isClassDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isEnumDeclaration(statement) ||
      ts.isModuleDeclaration(statement)) &&
    statement.name &&
    ts.isIdentifier(statement.name)
  ) {
    names.push(statement.name.text);
  }
  return names;
}

function isAmbient(statement: ts.Statement): boolean {
  return (
    ts.canHaveModifiers(statement) &&
    (ts.getModifiers(statement) ?? []).some(
      (modifier) => modifier.kind === ts.SyntaxKind.DeclareKeyword,
    )
  );
}

/** Statements that only declare: what an example made only of them is (type-checked only). */
function onlyDeclares(statement: ts.Statement): boolean {
  return (
    ts.isImportDeclaration(statement) ||
    ts.isVariableStatement(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isEmptyStatement(statement) ||
    isAmbient(statement)
  );
}

/** Whether `text` between two positions holds only white space and comments. */
function onlyTrivia(text: string): boolean {
  return (
    text
      .replace(/\/\/[^\n]*/g, '')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .trim() === ''
  );
}

function applyEdits(text: string, edits: readonly Edit[]): string {
  // From the end, so that positions stay valid; at one position, a replacement goes first
  // and an insertion then lands before it.
  const ordered = [...edits].sort((a, b) => b.pos - a.pos || b.end - b.pos - (a.end - a.pos));
  let result = text;
  for (const edit of ordered)
    result = result.slice(0, edit.pos) + edit.text + result.slice(edit.end);
  return result;
}

/**
 * Turns the code of an example whose first line is line `firstLine` of `source` into a
 * module body with assertions.
 */
export function exampleModule(code: string, source: string, firstLine: number): ExampleModule {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true);
  const where = (line: number): string => `${source}:${firstLine + line}`;
  const problems: string[] = [];
  const assertions: string[] = [];
  const edits: Edit[] = [];
  const all = statements(file);
  const comments = lineComments(file);
  const used = new Set<number>();
  const targeted = new Set<ts.Statement>();
  let checks = 0;

  /** The statement a comment is about: the innermost one ending last before it. */
  const target = (comment: Comment): ts.Statement | undefined => {
    let best: ts.Statement | undefined;
    for (const statement of all) {
      if (statement.end > comment.pos) continue;
      if (
        !best ||
        statement.end > best.end ||
        (statement.end === best.end && statement.getStart(file) > best.getStart(file))
      )
        best = statement;
    }
    if (!best || !onlyTrivia(code.slice(best.end, comment.pos))) return undefined;
    return best;
  };

  comments.forEach((comment, index) => {
    if (used.has(index)) return;
    const isResult = comment.body.startsWith('=>');
    const thrown = /^ throws(?:\s+([A-Za-z_$][\w$]*))?(?::\s*(.+?))?\s*$/.exec(comment.body);
    const at = where(comment.line);
    if (!isResult && !thrown) {
      if (/^\s*throws\b/.test(comment.body))
        problems.push(
          `${at}: write \`// throws\`, \`// throws ErrorClass\` or \`// throws ErrorClass: message\``,
        );
      return;
    }
    const statement = target(comment);
    if (!statement) {
      problems.push(`${at}: the comment does not follow a statement it could be about`);
      return;
    }
    if (targeted.has(statement)) {
      problems.push(`${at}: a statement can carry one assertion only`);
      return;
    }
    targeted.add(statement);
    if (isResult) {
      let value = comment.body.slice(2).trim();
      for (let next = index + 1; !balanced(value); next++) {
        const more = comments[next];
        if (more?.line !== comments[next - 1]!.line + 1 || !more.standalone) break;
        used.add(next);
        value += ` ${more.body.trim()}`;
      }
      if (value === '' || !balanced(value)) {
        problems.push(`${at}: //=> needs a complete value`);
        return;
      }
      if (ts.isExpressionStatement(statement)) {
        const expression = statement.expression;
        edits.push({
          pos: expression.getStart(file),
          end: expression.end,
          text: `__expect(${expression.getText(file)}, (${value}), ${JSON.stringify(at)})`,
        });
        assertions.push(at);
      } else if (
        ts.isVariableStatement(statement) &&
        statement.declarationList.declarations.length === 1 &&
        ts.isIdentifier(statement.declarationList.declarations[0]!.name)
      ) {
        const name = statement.declarationList.declarations[0]!.name.text;
        edits.push({
          pos: statement.end,
          end: statement.end,
          text: ` __expect(${name}, (${value}), ${JSON.stringify(at)});`,
        });
        assertions.push(at);
      } else if (ts.isTypeAliasDeclaration(statement)) {
        checks++;
        edits.push({
          pos: statement.end,
          end: statement.end,
          text: ` type __Check${checks} = __True<__Equal<${statement.name.text}, ${value}>>;`,
        });
      } else {
        problems.push(
          `${at}: //=> must follow an expression, a variable declaration or a type alias`,
        );
      }
      return;
    }
    const [, errorClass, message] = thrown!;
    const body = code.slice(statement.getStart(file), statement.end);
    const isAsync = /\bawait\b/.test(body);
    const call = `${isAsync ? 'await __throwsAsync(async' : '__throws('} () => { ${body} }, ${errorClass ?? 'undefined'}, ${JSON.stringify(message)}, ${JSON.stringify(at)});`;
    edits.push({ pos: statement.getStart(file), end: statement.end, text: call });
    assertions.push(at);
  });

  // Each top-level statement that runs records its line, for errors that no assertion caught.
  for (const statement of file.statements) {
    if (onlyDeclares(statement) && !ts.isVariableStatement(statement)) continue;
    if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) continue;
    const line = file.getLineAndCharacterOfPosition(statement.getStart(file)).line;
    edits.push({
      pos: statement.getStart(file),
      end: statement.getStart(file),
      text: `__line(${JSON.stringify(where(line))}); `,
    });
  }

  const declared = new Set(file.statements.flatMap(declaredNames));
  // An ambient declaration (`declare function …`) has no value to run.
  const typeOnly =
    file.statements.some(isAmbient) ||
    (assertions.length === 0 && file.statements.every(onlyDeclares));
  return {
    code: applyEdits(code, edits),
    declared,
    assertions,
    typeOnly,
    problems,
  };
}

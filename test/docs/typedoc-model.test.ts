/**
 * The API reference shows model types by name. TypeDoc expands a type it cannot name: a
 * `Network` inferred by Zod became, on every page that takes one, the whole document down
 * to each of the 184 language codes, 18 times on the page of `rankPartners`. This test reads
 * TypeDoc's JSON model (one conversion from typedoc.json, as `npm run docs` does) and fails
 * when a parameter or the result of any signature carries an inline object type with more
 * than a few members, or a union of more than about 20 literals: such a type must be a named
 * interface or alias (`Network`, `CountryCode`, …), linked to its own page.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Application,
  LogLevel,
  normalizePath,
  ReflectionKind,
  TSConfigReader,
  TypeDocReader,
  type JSONOutput,
} from 'typedoc';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The most members an inline object type may have before it needs a name. */
const MAX_INLINE_MEMBERS = 5;
/** The most literals an inline union may have before it needs a name. */
const MAX_INLINE_LITERALS = 20;

/** A part of TypeDoc's JSON model: a reflection, a type, or anything inside them. */
type Node = Readonly<Record<string, unknown>>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

/** Every node below `value` (itself included), depth first. */
function* nodesIn(value: unknown): Generator<Node> {
  if (Array.isArray(value)) for (const item of value) yield* nodesIn(item);
  else if (isNode(value)) {
    yield value;
    for (const child of Object.values(value)) yield* nodesIn(child);
  }
}

/** What is wrong with one type node, if anything: an inline object or union too big to read. */
function tooBig(type: Node): string | undefined {
  if (type.type === 'reflection' && isNode(type.declaration)) {
    const declaration = type.declaration;
    const members = ['children', 'signatures', 'indexSignatures']
      .map((key) => declaration[key])
      .reduce<number>((sum, list) => sum + (Array.isArray(list) ? list.length : 0), 0);
    if (members > MAX_INLINE_MEMBERS)
      return `an inline object type of ${members} members (${(
        (declaration.children as readonly Node[] | undefined) ?? []
      )
        .slice(0, 4)
        .map((child) => String(child.name))
        .join(', ')}, …)`;
  }
  if (type.type === 'union' && Array.isArray(type.types)) {
    const literals = (type.types as readonly Node[]).filter((member) => member.type === 'literal');
    if (literals.length > MAX_INLINE_LITERALS)
      return `an inline union of ${literals.length} literals (${literals
        .slice(0, 4)
        .map((member) => JSON.stringify(member.value))
        .join(' | ')} | …)`;
  }
  return undefined;
}

/** The signature kinds whose parameters and results are checked. */
const SIGNATURES: ReadonlySet<unknown> = new Set([
  ReflectionKind.CallSignature,
  ReflectionKind.ConstructorSignature,
]);

/** Reflections that do not add their name to the path of what they hold. */
const UNNAMED: ReadonlySet<unknown> = new Set([
  ...SIGNATURES,
  ReflectionKind.Project,
  ReflectionKind.TypeLiteral,
  ReflectionKind.Parameter,
]);

/**
 * Every inline expansion in the parameters and results of the signatures of a project (as
 * TypeDoc serialises it), as `where: what` lines, such as
 * `synergy.rankPartners › network: an inline object type of 7 members (agreements, asOf, …)`.
 */
function inlineExpansions(project: unknown): string[] {
  const found = new Set<string>();
  const visit = (node: Node, owner: string): void => {
    if (SIGNATURES.has(node.kind)) {
      const checked: [string, unknown][] = [
        ...((node.parameters as readonly Node[] | undefined) ?? []).map(
          (parameter): [string, unknown] => [String(parameter.name), parameter.type],
        ),
        ['returns', node.type],
      ];
      for (const [where, type] of checked)
        for (const part of nodesIn(type)) {
          const problem = tooBig(part);
          if (problem !== undefined) found.add(`${owner} › ${where}: ${problem}`);
        }
    }
    const named = typeof node.name === 'string' && typeof node.kind === 'number';
    const path =
      named && !UNNAMED.has(node.kind)
        ? owner
          ? `${owner}.${String(node.name)}`
          : String(node.name)
        : owner;
    for (const child of Object.values(node))
      for (const item of Array.isArray(child) ? child : [child])
        if (isNode(item)) visit(item, path);
  };
  if (isNode(project)) visit(project, '');
  return [...found].sort();
}

describe('inlineExpansions (the checker itself)', () => {
  const literal = (value: string): Node => ({ type: 'literal', value });
  const property = (name: string): Node => ({
    name,
    kind: ReflectionKind.Property,
    type: { type: 'intrinsic', name: 'string' },
  });
  const signatureOf = (parameterType: Node, returnType: Node): Node => ({
    name: 'example',
    kind: ReflectionKind.Project,
    children: [
      {
        name: 'example',
        kind: ReflectionKind.Function,
        signatures: [
          {
            name: 'example',
            kind: ReflectionKind.CallSignature,
            parameters: [{ name: 'input', kind: ReflectionKind.Parameter, type: parameterType }],
            type: returnType,
          },
        ],
      },
    ],
  });
  const named: Node = { type: 'reference', name: 'Network', target: 1 };
  const inline = (members: number): Node => ({
    type: 'reflection',
    declaration: {
      name: '__type',
      kind: ReflectionKind.TypeLiteral,
      children: Array.from({ length: members }, (_, index) => property(`field${index}`)),
    },
  });
  const codes = (count: number): Node => ({
    type: 'union',
    types: Array.from({ length: count }, (_, index) => literal(`c${index}`)),
  });

  it('accepts named types, small inline objects and short unions', () => {
    expect(inlineExpansions(signatureOf(named, inline(MAX_INLINE_MEMBERS)))).toEqual([]);
    expect(inlineExpansions(signatureOf(codes(MAX_INLINE_LITERALS), named))).toEqual([]);
  });

  it('finds a big inline object or union, however deep in a parameter or the result', () => {
    expect(inlineExpansions(signatureOf(inline(MAX_INLINE_MEMBERS + 1), named))).toEqual([
      'example › input: an inline object type of 6 members (field0, field1, field2, field3, …)',
    ]);
    const deep: Node = { type: 'array', elementType: { ...inline(1) } };
    (deep.elementType as { declaration: { children: Node[] } }).declaration.children[0] = {
      ...property('code'),
      type: codes(MAX_INLINE_LITERALS + 1),
    };
    expect(inlineExpansions(signatureOf(named, deep))).toEqual([
      'example › returns: an inline union of 21 literals ("c0" | "c1" | "c2" | "c3" | …)',
    ]);
  });
});

describe('the API reference (TypeDoc, from typedoc.json)', () => {
  let project: JSONOutput.ProjectReflection | undefined;

  beforeAll(async () => {
    const app = await Application.bootstrapWithPlugins(
      // Type errors are tsc's job, and warnings api.test.ts's: this test reads the model only.
      {
        options: join(root, 'typedoc.json'),
        skipErrorChecking: true,
        treatWarningsAsErrors: false,
        logLevel: LogLevel.Error,
      },
      [new TypeDocReader(), new TSConfigReader()],
    );
    const converted = await app.convert();
    if (converted) project = app.serializer.projectToObject(converted, normalizePath(root));
  }, 180_000);

  it('shows model types by name: no signature expands an object or a code list inline', () => {
    expect(project).toBeDefined();
    expect(inlineExpansions(project)).toEqual([]);
  });

  it('links the model types of the signatures to their own pages', () => {
    const referenced = new Set<string>();
    for (const node of nodesIn(project))
      if (SIGNATURES.has(node.kind))
        for (const part of nodesIn([node.parameters, node.type]))
          if (part.type === 'reference' && typeof part.target === 'number')
            referenced.add(String(part.name));
    for (const name of ['Network', 'Partner', 'Proposal', 'Agreement', 'Commitment', 'Period'])
      expect(referenced, name).toContain(name);
  });
});

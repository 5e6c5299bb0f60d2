import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { EWP_MAX_XML_LENGTH, type EwpIssue, type EwpIssueCode } from './types.js';
import { ewpIssue } from './_issues.js';

// A safe reading of an XML document into a small tree, for the hash and the diff (and the
// import that will build on them). fast-xml-parser never expands an entity here
// (`processEntities: false`); the five predefined references and character references are
// decoded below, any other reference is an issue, and a DOCTYPE is refused outright: a DTD
// could declare entities (billion laughs) or default attributes that would change the hash.

/** An attribute as XPath sees it (namespace declarations are not attributes). @internal */
export interface XmlAttribute {
  /** The name as written (`v6-value`, `xml:lang`). */
  readonly name: string;
  /** The name without its prefix. */
  readonly localName: string;
  /** Whether the name has a prefix: an unprefixed attribute is in no namespace. */
  readonly prefixed: boolean;
  /** The value, normalised and decoded as an XML parser would. */
  readonly value: string;
}

/** An element of the tree. @internal */
export interface XmlElement {
  readonly kind: 'element';
  /** The name without its prefix (XPath's `local-name()`). */
  readonly localName: string;
  /** The namespace URI, `''` when none. */
  readonly namespace: string;
  readonly attributes: readonly XmlAttribute[];
  readonly children: readonly XmlNode[];
  /** XPath-like path: `/iias-get-response/iia[2]/partner[1]/hei-id`. */
  readonly path: string;
}

/** Character data (text and CDATA); comments and processing instructions are dropped. @internal */
export interface XmlText {
  readonly kind: 'text';
  readonly value: string;
}

/** A node of the tree. @internal */
export type XmlNode = XmlElement | XmlText;

/** What {@link readXml} gives: the root element, or the issues that prevent reading it. @internal */
export type XmlReading =
  | { readonly success: true; readonly root: XmlElement }
  | { readonly success: false; readonly issues: readonly EwpIssue[] };

/** Deeper than this, a document is refused (EWP responses are about 8 levels deep). */
const MAX_DEPTH = 64;

type RawNode = Record<string, unknown>;

const PREDEFINED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

const REFERENCE = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|([A-Za-z_][\w.-]*));|&/g;

/** Whether a code point may appear in an XML 1.0 document. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

class XmlProblem extends Error {
  constructor(
    readonly issueCode: EwpIssueCode,
    readonly path: string,
    readonly params: Readonly<Record<string, string | number>>,
  ) {
    super(issueCode);
  }
}

/** Decodes references; any other than the predefined five and character references is refused. */
function decode(raw: string, path: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REFERENCE, (match, hex?: string, decimal?: string, name?: string) => {
    if (name !== undefined) {
      const value = PREDEFINED[name];
      if (value === undefined) throw new XmlProblem('entity', path, { entity: name });
      return value;
    }
    if (hex === undefined && decimal === undefined)
      throw new XmlProblem('malformed', path, { detail: "'&' must start a reference" });
    const code = hex === undefined ? Number(decimal) : Number.parseInt(hex, 16);
    if (!isXmlChar(code))
      throw new XmlProblem('malformed', path, { detail: `${match} is not an XML character` });
    return String.fromCodePoint(code);
  });
}

const PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: false,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
  commentPropName: '#comment',
  maxNestedTags: MAX_DEPTH,
} as const;

const prefixOf = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon);
};
const localOf = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Builds the tree, resolving namespaces; paths are set afterwards, top-down. */
function build(
  name: string,
  raw: RawNode,
  scope: ReadonlyMap<string, string>,
  path: string,
): XmlElement {
  const rawAttributes = (raw[':@'] ?? {}) as Record<string, string>;
  let inner: Map<string, string> | undefined;
  const attributes: XmlAttribute[] = [];
  for (const [attribute, value] of Object.entries(rawAttributes)) {
    if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) {
      inner ??= new Map(scope);
      inner.set(attribute === 'xmlns' ? '' : attribute.slice(6), decode(value, path));
      continue;
    }
    // Attribute-value normalisation (XML 1.0 §3.3.3): literal blanks become spaces, then
    // references are decoded (so `&#10;` stays a line feed).
    attributes.push({
      name: attribute,
      localName: localOf(attribute),
      prefixed: attribute.includes(':'),
      value: decode(value.replace(/[\t\n\r]/g, ' '), `${path}/@${attribute}`),
    });
  }
  const names = inner ?? scope;
  const prefix = prefixOf(name);
  const namespace = names.get(prefix);
  if (namespace === undefined && prefix !== '' && prefix !== 'xml')
    throw new XmlProblem('malformed', path, { detail: `undeclared prefix '${prefix}'` });

  const rawChildren = (raw[name] ?? []) as RawNode[];
  const seen = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const child of rawChildren) {
    const key = elementName(child);
    if (key !== undefined) totals.set(localOf(key), (totals.get(localOf(key)) ?? 0) + 1);
  }
  const children: XmlNode[] = [];
  for (const child of rawChildren) {
    if ('#text' in child) {
      children.push({ kind: 'text', value: decode(String(child['#text']), path) });
      continue;
    }
    if ('#cdata' in child) {
      const parts = child['#cdata'] as RawNode[];
      children.push({ kind: 'text', value: parts.map((part) => String(part['#text'])).join('') });
      continue;
    }
    const key = elementName(child);
    if (key === undefined) continue; // a comment
    const local = localOf(key);
    const index = (seen.get(local) ?? 0) + 1;
    seen.set(local, index);
    const childPath = `${path}/${local}${(totals.get(local) ?? 0) > 1 ? `[${index}]` : ''}`;
    children.push(build(key, child, names, childPath));
  }
  return {
    kind: 'element',
    localName: localOf(name),
    namespace: namespace ?? '',
    attributes,
    children,
    path,
  };
}

/** The element name of a raw node, `undefined` for text, CDATA and comments. */
function elementName(raw: RawNode): string | undefined {
  for (const key of Object.keys(raw)) {
    if (key !== ':@' && !key.startsWith('#') && !key.startsWith('?')) return key;
  }
  return undefined;
}

/**
 * The names of the elements left open at the end of the text, when that is what the
 * validator of fast-xml-parser complains of (`Unclosed tag 'a'.`, `Invalid '["a", "b"]'
 * found.`), else `undefined`.
 */
function unclosedElements(message: string): string[] | undefined {
  const one = /^Unclosed tag '([^']+)'\.$/.exec(message);
  if (one !== null) return [one[1] as string];
  const many = /^Invalid '(\[.*\])' found\.$/s.exec(message);
  if (many === null) return undefined;
  try {
    const names: unknown = JSON.parse(many[1] as string);
    return Array.isArray(names) &&
      names.length > 0 &&
      names.every((name): name is string => typeof name === 'string' && name !== '')
      ? names
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads an XML document safely: never throws, never expands an entity, refuses a DOCTYPE,
 * input over {@link EWP_MAX_XML_LENGTH} characters and nesting deeper than 64 levels.
 *
 * @internal
 */
export function readXml(xml: unknown): XmlReading {
  const fail = (
    code: EwpIssueCode,
    params: Readonly<Record<string, string | number>> = {},
    path = '/',
  ) => ({ success: false as const, issues: [ewpIssue(code, path, params)] });
  if (typeof xml !== 'string') return fail('not_a_string', { kind: typeof xml });
  if (xml.length > EWP_MAX_XML_LENGTH)
    return fail('too_large', { length: xml.length, max: EWP_MAX_XML_LENGTH });
  // XML 1.0 §2.11: line ends are normalised before parsing; a byte-order mark is not content.
  const text = (xml.startsWith('\uFEFF') ? xml.slice(1) : xml).replace(/\r\n?/g, '\n');
  // A DOCTYPE belongs in the prolog; anywhere else it is not well-formed. Either way it is
  // refused, even inside a comment or CDATA section, where it would be harmless: no EWP
  // document has one, and one rule is simpler to trust.
  if (/<!DOCTYPE/i.test(text)) return fail('doctype');
  try {
    // The validator of fast-xml-parser 5 is deprecated in favour of a package of its own; it
    // is still the one this pinned version ships and tests, and the parser alone accepts
    // unclosed elements. Replace it when a major version removes it.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- see above
    const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
    if (valid !== true) {
      // At the end of the text, the validator reports the elements still open in its own
      // words (one, or a JSON array of names at a made-up position): say it plainly.
      const unclosed = unclosedElements(valid.err.msg);
      if (unclosed !== undefined) return fail('malformed', { unclosed: unclosed.join(',') });
      const column: unknown = valid.err.col; // undefined for some errors, despite its type
      return fail('malformed', {
        detail: `${valid.err.msg} (line ${valid.err.line}${typeof column === 'number' ? `, column ${column}` : ''})`,
      });
    }
    const nodes = new XMLParser(PARSER_OPTIONS).parse(text) as RawNode[];
    const roots = nodes.flatMap((node) => {
      const name = elementName(node);
      return name === undefined ? [] : [{ name, node }];
    });
    const other = nodes.find((node) => '#text' in node && String(node['#text']).trim() !== '');
    const [root] = roots;
    if (root === undefined || roots.length > 1 || other !== undefined)
      return fail('malformed', { detail: 'a document has exactly one root element' });
    const scope = new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]);
    return {
      success: true,
      root: build(root.name, root.node, scope, `/${localOf(root.name)}`),
    };
  } catch (error) {
    if (error instanceof XmlProblem) return fail(error.issueCode, error.params, error.path);
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'unreadable';
    if (/nested/i.test(detail)) return fail('too_deep', { max: MAX_DEPTH });
    return fail('malformed', { detail });
  }
}

/** The string value of an element (XPath): its descendant text, in document order. @internal */
export function stringValue(element: XmlElement): string {
  let value = '';
  const stack: XmlNode[] = [element];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.kind === 'text') value += node.value;
    else stack.push(...[...node.children].reverse());
  }
  return value;
}

/** The child elements of an element. @internal */
export function childElements(element: XmlElement): XmlElement[] {
  return element.children.filter((child): child is XmlElement => child.kind === 'element');
}

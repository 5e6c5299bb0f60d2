// Writing XML text, for `writeEwpIia`: a tiny element tree, escaped and indented. Only what
// an IIA needs: elements, attributes and text, no mixed content. Whitespace between
// elements does not count in the `iia-hash` (only the values of leaf elements do).

/** An element to write: its name as written (`c:contact`), attributes, and text or children. @internal */
export interface XmlOut {
  readonly name: string;
  readonly attributes?: readonly (readonly [string, string])[];
  readonly text?: string;
  readonly children?: readonly XmlOut[];
}

/**
 * Characters XML 1.0 cannot carry (C0 controls but tab, line feed and carriage return,
 * U+FFFE, U+FFFF, lone surrogates), and the C1 controls and DEL, which it discourages.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- this pattern is about control characters
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/**
 * A text without the characters XML cannot carry (see {@link NOT_XML}), and how many were
 * removed.
 *
 * @internal
 */
export function cleanText(value: string): { readonly text: string; readonly removed: number } {
  let removed = 0;
  const text = value.replace(NOT_XML, () => {
    removed += 1;
    return '';
  });
  return { text, removed };
}

/**
 * Escapes character data: `&`, `<`, `>`, and a carriage return as `&#13;` (a parser would
 * otherwise turn it into a line feed, and the `iia-hash` would change).
 *
 * @internal
 */
export function escapeText(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/**
 * Escapes an attribute value written between double quotes: `&`, `<`, `"`, and tab, line
 * feed and carriage return as character references (a parser normalises them to spaces).
 *
 * @internal
 */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** Writes an element and what it holds, indented by two spaces a level. */
function writeElement(element: XmlOut, depth: number, lines: string[]): void {
  const indent = '  '.repeat(depth);
  const attributes = (element.attributes ?? [])
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const children = element.children ?? [];
  if (children.length > 0) {
    lines.push(`${indent}<${element.name}${attributes}>`);
    for (const child of children) writeElement(child, depth + 1, lines);
    lines.push(`${indent}</${element.name}>`);
  } else if (element.text !== undefined && element.text !== '') {
    lines.push(
      `${indent}<${element.name}${attributes}>${escapeText(element.text)}</${element.name}>`,
    );
  } else {
    lines.push(`${indent}<${element.name}${attributes}/>`);
  }
}

/**
 * The XML text of a document: the declaration, then the root element, indented, with a
 * final line feed.
 *
 * @internal
 */
export function writeDocument(root: XmlOut): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  writeElement(root, 0, lines);
  return `${lines.join('\n')}\n`;
}

import { createHash } from 'node:crypto';
import { childElements, readXml, stringValue, type XmlElement } from './_xml.js';
import { ewpIssue } from './_issues.js';
import type { EwpIssue, EwpResult } from './types.js';

// The official v7 hash, in TypeScript: what `transform_version_7.xsl` (EWP IIAs API v7,
// resources/xsltKit, MIT licence) writes as `text-to-hash`, piece by piece, then SHA-256 over
// its UTF-8 bytes. Each rule below names the line of the XSLT it follows. Two of the XSLT's
// expressions look at the whole document, not at the current `iia` (`//cooperation-conditions`
// for `terminated-as-a-whole`, `//*[@not-yet-defined]` and `//*[@v6-value]` for
// `valid-for-approval`); they are reproduced as written, so that every hash matches the
// official one. In a response of one IIA, as partners exchange them, the two readings agree.

/** The namespace of a v7 `iias-get-response`. @internal */
export const IIAS_V7_NAMESPACE =
  'https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd';

/** One piece of the text to hash: `_field=value_` or `_@field=value@_`. @internal */
export interface HashPiece {
  /** The XSLT's name for it (`iia-id_1`, `cooperation-conditions.student-studies-mobility-spec.sending-hei-id` …). */
  readonly field: string;
  readonly value: string;
  /** Exactly what the XSLT writes for it. */
  readonly text: string;
  /** Where it comes from: an element, an attribute (`…/@name`), or the element it is missing from. */
  readonly path: string;
}

/** The text to hash of one `iia`, in pieces. @internal */
export interface IiaText {
  readonly iiaId: string;
  readonly path: string;
  readonly pieces: readonly HashPiece[];
  readonly text: string;
  readonly validForApproval: boolean;
}

const isTrue = (value: string | undefined): boolean => value === 'true' || value === '1';

/** An unprefixed attribute's value (`@name` in XPath: no namespace). */
function attribute(element: XmlElement, name: string): string | undefined {
  return element.attributes.find((item) => !item.prefixed && item.localName === name)?.value;
}

/** Every element in document order, each with its ancestors (root first). */
function* walk(
  element: XmlElement,
  ancestors: readonly XmlElement[] = [],
): Generator<[XmlElement, readonly XmlElement[]]> {
  // Depth is capped by the reader (64 levels), so recursion is safe here.
  yield [element, ancestors];
  const inner = [...ancestors, element];
  for (const child of childElements(element)) yield* walk(child, inner);
}

const localName = (element: XmlElement | undefined): string => element?.localName ?? '';

/** `ewp:dumpElement`: `_name=value_`, the `v6-value` of an `isced-f-code` taking its place. */
function elementPiece(
  element: XmlElement | undefined,
  field: string,
  missingPath: string,
): HashPiece {
  let value = '';
  if (element !== undefined) {
    const v6 = element.localName === 'isced-f-code' ? attribute(element, 'v6-value') : undefined;
    value = v6 !== undefined && v6.length > 0 ? v6 : stringValue(element);
  }
  return { field, value, text: `_${field}=${value}_`, path: element?.path ?? missingPath };
}

/** The only child of that name, or an issue when there are several (the XSLT would fail). */
function single(parent: XmlElement, name: string, issues: EwpIssue[]): XmlElement | undefined {
  const found = childElements(parent).filter((child) => child.localName === name);
  const second = found[1];
  if (second !== undefined)
    issues.push(ewpIssue('repeated_element', second.path, { element: name }));
  return found[0];
}

/**
 * Checks that the root is a v7 `iias-get-response`: in the v7 namespace, or in none (the
 * official walkthrough fragments, `01-A-get-response.part.xml` …, have none; the XSLT reads
 * by local names, so it hashes them too). Another IIAs version is `unsupported_version`, any
 * other namespace `wrong_namespace`. The hash, the diff and the reader share it. @internal
 */
export function checkRoot(root: XmlElement): EwpIssue | undefined {
  if (root.localName !== 'iias-get-response')
    return ewpIssue('wrong_root', root.path, { found: root.localName });
  if (root.namespace === IIAS_V7_NAMESPACE || root.namespace === '') return undefined;
  const version = /ewp-specs-api-iias\/blob\/stable-(v\d+)\//.exec(root.namespace)?.[1];
  if (version !== undefined) return ewpIssue('unsupported_version', root.path, { version });
  return ewpIssue('wrong_namespace', root.path, {
    found: root.namespace,
    expected: IIAS_V7_NAMESPACE,
  });
}

/** The text to hash of one `iia` (the `<text-to-hash>` template of the XSLT). */
function iiaText(
  iia: XmlElement,
  ancestors: readonly XmlElement[],
  terminated: HashPiece | undefined,
  validForApproval: boolean,
  issues: EwpIssue[],
): IiaText {
  const pieces: HashPiece[] = [];
  if (terminated !== undefined) pieces.push(terminated);
  const partners = childElements(iia).filter((child) => child.localName === 'partner');
  partners.forEach((partner, index) => {
    const id = single(partner, 'iia-id', issues);
    pieces.push(elementPiece(id, `iia-id_${index + 1}`, `${partner.path}/iia-id`));
  });
  const first = partners[0] === undefined ? undefined : single(partners[0], 'iia-id', []);
  const iiaId = first === undefined ? '' : stringValue(first);

  const chain = [...ancestors, iia];
  for (const conditions of childElements(iia)) {
    if (conditions.localName !== 'cooperation-conditions') continue;
    for (const spec of childElements(conditions)) {
      for (const [element, above] of walk(spec, [...chain, conditions])) {
        if (element === spec) continue; // `.//*`: descendants only
        const name = element.localName;
        const inContact = above.some(
          (item) => item.localName === 'sending-contact' || item.localName === 'receiving-contact',
        );
        const notYetDefined = [...above, element].some((item) =>
          isTrue(attribute(item, 'not-yet-defined')),
        );
        if (
          inContact ||
          name === 'receiving-first-academic-year-id' ||
          name === 'receiving-last-academic-year-id' ||
          notYetDefined
        )
          continue;
        const parent = above[above.length - 1];
        const grandparent = above[above.length - 2];
        for (const item of element.attributes) {
          if (
            !item.prefixed &&
            (item.localName === 'not-yet-defined' || item.localName === 'v6-value')
          )
            continue;
          const field = `${localName(grandparent)}.${localName(parent)}.${name}.${item.localName}`;
          pieces.push({
            field,
            value: item.value,
            text: `_@${field}=${item.value}@_`,
            path: `${element.path}/@${item.name}`,
          });
        }
        if (childElements(element).length === 0) {
          const field = `${localName(grandparent)}.${localName(parent)}.${name}`;
          pieces.push(elementPiece(element, field, element.path));
        }
      }
      for (const year of ['receiving-first-academic-year-id', 'receiving-last-academic-year-id']) {
        pieces.push(elementPiece(single(spec, year, issues), year, `${spec.path}/${year}`));
      }
    }
  }
  return {
    iiaId,
    path: iia.path,
    pieces,
    text: pieces.map((piece) => piece.text).join(''),
    validForApproval,
  };
}

/**
 * Reads a v7 `iias-get-response` and gives the text to hash of each `iia`, in document
 * order, exactly as the official XSLT writes it. Never throws.
 *
 * @internal
 */
export function iiaTexts(xml: unknown): EwpResult<readonly IiaText[]> {
  const reading = readXml(xml);
  if (!reading.success) return reading;
  const root = reading.root;
  const rootIssue = checkRoot(root);
  if (rootIssue !== undefined) return { success: false, issues: [rootIssue] };

  const all = [...walk(root)];
  // `ewp:dumpTerminated(//*[local-name()='cooperation-conditions']/@*[local-name()='terminated-as-a-whole'])`
  let terminated: HashPiece | undefined;
  for (const [element] of all) {
    if (element.localName !== 'cooperation-conditions') continue;
    const marker = element.attributes.find(
      (item) => item.localName === 'terminated-as-a-whole' && isTrue(item.value),
    );
    if (marker !== undefined) {
      terminated = {
        field: 'terminated-as-a-whole',
        value: marker.value,
        text: '_@terminated-as-a-whole@_',
        path: `${element.path}/@${marker.name}`,
      };
      break;
    }
  }
  // `//*[@not-yet-defined='true' or @not-yet-defined='1'], //*[@v6-value!='']`
  const validForApproval = !all.some(([element]) => {
    const v6 = attribute(element, 'v6-value');
    return isTrue(attribute(element, 'not-yet-defined')) || (v6 !== undefined && v6 !== '');
  });

  const issues: EwpIssue[] = [];
  const texts = all
    .filter(([element]) => element.localName === 'iia')
    .map(([iia, ancestors]) => iiaText(iia, ancestors, terminated, validForApproval, issues));
  if (issues.length > 0) return { success: false, issues };
  return { success: true, data: texts };
}

/** SHA-256 of the UTF-8 text, in lower-case hexadecimal. @internal */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

import { describe, expect, it } from 'vitest';
import {
  EWP_MAX_XML_LENGTH,
  ewpIiaHash,
  safeDiffEwpIias,
  safeEwpIiaHash,
  type EwpIssue,
} from '../../src/ewp/index.js';
import { formatMessage } from '../../src/messages/index.js';
import { EXAMPLE, fixture } from './_fixtures.js';

const V7 =
  'https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd';
const example = fixture(EXAMPLE);

/** The issues of a document the safe hash must refuse. */
function issuesOf(xml: unknown): readonly EwpIssue[] {
  const result = safeEwpIiaHash(xml as string);
  expect(result.success).toBe(false);
  return result.success ? [] : result.issues;
}

describe('hostile XML: issues, never an exception, never an entity expanded', () => {
  it('refuses a truncated document', () => {
    for (const cut of [1, 100, Math.floor(example.length / 2), example.length - 3]) {
      const [issue] = issuesOf(example.slice(0, cut));
      expect(issue?.code, `cut at ${cut}`).toBe('malformed');
      expect(issue?.path).toBe('/');
    }
    expect(issuesOf('')[0]?.code).toBe('malformed');
  });

  it('names the elements a truncated document leaves open, without a position, in English and French', () => {
    // Cut in the middle of the official example: inside four open elements.
    const [issue] = issuesOf(example.slice(0, Math.floor(example.length / 2)));
    const names = 'iias-get-response,iia,cooperation-conditions,student-traineeship-mobility-spec';
    expect(issue).toEqual({
      code: 'malformed',
      path: '/',
      message:
        "The XML is not well-formed: the document ends before the elements 'iias-get-response', 'iia', 'cooperation-conditions' and 'student-traineeship-mobility-spec' are closed",
      params: { unclosed: names },
    });
    expect(formatMessage('ewp.malformed', { unclosed: names }, { locale: 'fr' })).toBe(
      "Le XML est mal formé\u00a0: le document se termine avant la fermeture des éléments 'iias-get-response', 'iia', 'cooperation-conditions' et 'student-traineeship-mobility-spec'",
    );
    // One element left open (the validator words it differently), prefixes as written.
    expect(
      issuesOf(example.slice(0, example.lastIndexOf('</iias-get-response>')))[0],
    ).toMatchObject({
      message:
        "The XML is not well-formed: the document ends before the element 'iias-get-response' is closed",
      params: { unclosed: 'iias-get-response' },
    });
    expect(
      formatMessage('ewp.malformed', { unclosed: 'iias-get-response' }, { locale: 'fr' }),
    ).toBe(
      "Le XML est mal formé\u00a0: le document se termine avant la fermeture de l’élément 'iias-get-response'",
    );
    expect(issuesOf(`<r:iias-get-response xmlns:r="${V7}"><r:iia>`)[0]?.params).toEqual({
      unclosed: 'r:iias-get-response,r:iia',
    });
    // Other faults keep the reader's words and position.
    expect(issuesOf(example.slice(0, 100))[0]?.message).toMatch(
      /^The XML is not well-formed: .+ \(line 1, column \d+\)$/,
    );
  });

  it('refuses a root in another namespace', () => {
    const other = example.replace(`xmlns="${V7}"`, 'xmlns="https://example.org/iias"');
    expect(issuesOf(other)).toEqual([
      {
        code: 'wrong_namespace',
        path: '/iias-get-response',
        message: `The root element is in the namespace 'https://example.org/iias', not in the IIAs API v7 namespace ${V7}`,
        params: { found: 'https://example.org/iias', expected: V7 },
      },
    ]);
  });

  it('hashes a root in no namespace by local names, as the XSLT does (the walkthrough fragments)', () => {
    const fragment = fixture('01-A-get-response.part.xml');
    const namespaced = fragment.replace('<iias-get-response>', `<iias-get-response xmlns="${V7}">`);
    expect(namespaced).not.toBe(fragment);
    expect(safeEwpIiaHash(fragment)).toEqual(safeEwpIiaHash(namespaced));
    expect(safeEwpIiaHash(fragment).success).toBe(true);
  });

  it('refuses an IIAs v6 document and another root element', () => {
    expect(issuesOf(fixture('xsltkit-get-response-v6.xml'))).toEqual([
      {
        code: 'unsupported_version',
        path: '/iias-get-response',
        message: 'This is an IIAs API v6 document; only version 7 is supported',
        params: { version: 'v6' },
      },
    ]);
    expect(issuesOf(`<iias-index-response xmlns="${V7}"/>`)[0]).toMatchObject({
      code: 'wrong_root',
      path: '/iias-index-response',
      params: { found: 'iias-index-response' },
    });
  });

  it('refuses billion laughs without expanding anything', () => {
    const entities = Array.from(
      { length: 10 },
      (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`,
    ).join('');
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${entities}]><iias-get-response xmlns="${V7}"><iia><partner><iia-id>&lol10;</iia-id></partner></iia></iias-get-response>`;
    const started = performance.now();
    expect(issuesOf(laughs)).toEqual([
      {
        code: 'doctype',
        path: '/',
        message: 'A DOCTYPE declaration is not accepted: its entities would be expanded (none is)',
        params: {},
      },
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(() => ewpIiaHash(laughs)).toThrow(
      expect.objectContaining({ name: 'SyntaxError', code: 'ewp.doctype', path: '/' }),
    );
  });

  it('refuses a DOCTYPE wherever it is, and an entity reference with no declaration', () => {
    for (const xml of [
      `<iias-get-response xmlns="${V7}"><!DOCTYPE x [<!ENTITY e "v">]><iia>&e;</iia></iias-get-response>`,
      `<iias-get-response xmlns="${V7}"/><!DOCTYPE x>`,
      `<?xml version="1.0"?>\n<!doctype iias-get-response SYSTEM "https://example.org/x.dtd"><iias-get-response xmlns="${V7}"/>`,
    ])
      expect(issuesOf(xml)[0]?.code).toBe('doctype');
    expect(
      issuesOf(`<!-- x --><!DOCTYPE iias-get-response><iias-get-response xmlns="${V7}"/>`)[0]?.code,
    ).toBe('doctype');
    const undeclared = example.replace('<iia-id>1954991</iia-id>', '<iia-id>&lol9;</iia-id>');
    expect(issuesOf(undeclared)).toEqual([
      {
        code: 'entity',
        path: '/iias-get-response/iia/partner[2]/iia-id',
        message: 'The entity reference &lol9; is not declared, and no entity is expanded',
        params: { entity: 'lol9' },
      },
    ]);
    const inAttribute = example.replace(
      '<cooperation-conditions>',
      '<cooperation-conditions terminated-as-a-whole="&x;">',
    );
    expect(issuesOf(inAttribute)[0]).toMatchObject({
      code: 'entity',
      path: '/iias-get-response/iia/cooperation-conditions/@terminated-as-a-whole',
    });
  });

  it('refuses a 10 MB input at once', () => {
    const huge = example.replace('<iia>', `<!--${'x'.repeat(10_000_000)}--><iia>`);
    const started = performance.now();
    expect(issuesOf(huge)).toEqual([
      {
        code: 'too_large',
        path: '/',
        message: `The XML has ${huge.length} characters, more than the 8388608 accepted`,
        params: { length: huge.length, max: EWP_MAX_XML_LENGTH },
      },
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(safeDiffEwpIias(example, huge)).toMatchObject({
      success: false,
      issues: [{ code: 'too_large' }],
    });
  });

  it('reads a document just under the limit', () => {
    const padding = EWP_MAX_XML_LENGTH - example.length - 7;
    const big = example.replace('<iia>', `<!--${'x'.repeat(padding)}--><iia>`);
    expect(big.length).toBe(EWP_MAX_XML_LENGTH);
    expect(ewpIiaHash(big)).toEqual(ewpIiaHash(example));
  });

  it('refuses deep nesting, several roots, undeclared prefixes, bad references and non-text', () => {
    const deep = `<iias-get-response xmlns="${V7}">${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</iias-get-response>`;
    expect(issuesOf(deep)[0]).toMatchObject({ code: 'too_deep', params: { max: 64 } });
    expect(
      issuesOf(`<iias-get-response xmlns="${V7}"/><iias-get-response xmlns="${V7}"/>`)[0]?.code,
    ).toBe('malformed');
    expect(
      issuesOf(`<iias-get-response xmlns="${V7}"><x:iia/></iias-get-response>`)[0],
    ).toMatchObject({
      code: 'malformed',
      path: '/iias-get-response/iia',
      params: { detail: "undeclared prefix 'x'" },
    });
    expect(
      issuesOf(`<iias-get-response xmlns="${V7}"><iia>&#0;</iia></iias-get-response>`)[0]?.code,
    ).toBe('malformed');
    expect(
      issuesOf(`<iias-get-response xmlns="${V7}"><iia>a & b</iia></iias-get-response>`)[0]?.code,
    ).toBe('malformed');
    for (const value of [undefined, null, 42, {}, ['<x/>']])
      expect(issuesOf(value)[0]).toMatchObject({ code: 'not_a_string', path: '/' });
  });

  it('refuses an iia-id or an academic year given twice, where the XSLT would fail', () => {
    const twice = example.replace(
      '<iia-id>1954991</iia-id>',
      '<iia-id>1954991</iia-id><iia-id>2</iia-id>',
    );
    expect(issuesOf(twice)).toEqual([
      {
        code: 'repeated_element',
        path: '/iias-get-response/iia/partner[2]/iia-id[2]',
        message: 'The element iia-id appears more than once where the IIAs API v7 allows one',
        params: { element: 'iia-id' },
      },
    ]);
  });

  it('reads a byte-order mark and CRLF line ends as nothing special', () => {
    expect(ewpIiaHash(`\uFEFF${example.replaceAll('\n', '\r\n')}`)).toEqual(ewpIiaHash(example));
  });

  it('says every issue in French too', () => {
    const issues = [
      ...issuesOf(`<!DOCTYPE x><x/>`),
      ...issuesOf(fixture('xsltkit-get-response-v6.xml')),
      ...issuesOf('<x>'),
    ];
    expect(
      issues.map((issue) => formatMessage(`ewp.${issue.code}`, issue.params, { locale: 'fr' })),
    ).toEqual([
      'Une déclaration DOCTYPE n’est pas acceptée\u00a0: ses entités seraient développées (aucune ne l’est)',
      'Ce document relève de l’API IIAs v6\u00a0; seule la version 7 est prise en charge',
      expect.stringMatching(/^Le XML est mal formé\u00a0: /),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { iiaTexts } from '../../src/ewp/_textToHash.js';
import { ewpIiaHash, safeEwpIiaHash } from '../../src/ewp/index.js';
import { EXAMPLE, fixture, officialTexts, XSLTKIT } from './_fixtures.js';

const V7 =
  'https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd';

/** A v7 response around the given `iia` elements. */
const response = (...iias: string[]) =>
  `<iias-get-response xmlns="${V7}" xmlns:c="https://github.com/erasmus-without-paper/ewp-specs-types-contact/tree/stable-v1">${iias.join('')}</iias-get-response>`;

/** The texts to hash of a document, or the issue codes. */
function texts(xml: string): string[] {
  const result = iiaTexts(xml);
  if (!result.success) throw new Error(result.issues.map((issue) => issue.code).join());
  return result.data.map((text) => text.text);
}

describe('ewpIiaHash: the official test vectors', () => {
  it('hashes the official v7 example as its own iia-hash (e950faa8…)', () => {
    const xml = fixture(EXAMPLE);
    expect(ewpIiaHash(xml)).toEqual([
      {
        iiaId: '0f7a5682-faf7-49a7-9cc7-ec486c49a281',
        hash: 'e950faa83a799cf45839e7915db88ed51575babe7845c1219dfde54ce30a61e4',
        validForApproval: true,
      },
    ]);
    expect(/<iia-hash>([0-9a-f]{64})<\/iia-hash>/.exec(xml)?.[1]).toBe(
      'e950faa83a799cf45839e7915db88ed51575babe7845c1219dfde54ce30a61e4',
    );
  });

  it('hashes the xsltKit v7 example (87b33170…), not valid for approval', () => {
    expect(ewpIiaHash(fixture(XSLTKIT))).toEqual([
      {
        iiaId: '0f7a5682-faf7-49a7-9cc7-ec486c49a281',
        hash: '87b33170d7a6c6d894215641f39e7b7de36501265479e5ab3922f32d5b225033',
        validForApproval: false,
      },
    ]);
  });

  it('writes exactly the text to hash of the official transform outputs', () => {
    const pairs = [
      [EXAMPLE, 'get-response-example.v7-transform-output.xml'],
      [XSLTKIT, 'get-response-v7.v7-transform-output.xml'],
    ] as const;
    for (const [input, output] of pairs) {
      const official = officialTexts(fixture(output));
      expect(official).toHaveLength(1);
      expect(texts(fixture(input))).toEqual(official);
    }
  });

  it('writes the xsltKit README text for the v7 example, where v6-value replaces the ISCED code', () => {
    const readme = fixture('xsltKit-README.txt');
    const shown = /<text-to-hash>([^<]*)<\/text-to-hash>\s*<valid-for-approval>/.exec(readme)?.[1];
    expect(shown).toBeDefined();
    expect(texts(fixture(XSLTKIT))).toEqual([shown]);
  });
});

describe('ewpIiaHash: the rules of transform_version_7.xsl', () => {
  const spec = (inner: string, attributes = '') =>
    `<student-studies-mobility-spec${attributes}><sending-hei-id>a.example.org</sending-hei-id>${inner}<receiving-hei-id>b.example.org</receiving-hei-id><receiving-first-academic-year-id>2026/2027</receiving-first-academic-year-id><receiving-last-academic-year-id>2027/2028</receiving-last-academic-year-id></student-studies-mobility-spec>`;
  const iia = (inner: string, conditionsAttributes = '') =>
    `<iia><partner><hei-id>a.example.org</hei-id><iia-id>A-1</iia-id><iia-code>X</iia-code></partner><partner><hei-id>b.example.org</hei-id></partner><in-effect>true</in-effect><cooperation-conditions${conditionsAttributes}>${inner}</cooperation-conditions></iia>`;
  const S = 'cooperation-conditions.student-studies-mobility-spec';
  const tail =
    `_${S}.sending-hei-id=a.example.org__${S}.receiving-hei-id=b.example.org_` +
    '_receiving-first-academic-year-id=2026/2027__receiving-last-academic-year-id=2027/2028_';

  it('numbers the partners’ iia-ids, an absent one empty, then the leaves and the years last', () => {
    expect(texts(response(iia(spec(''))))).toEqual([`_iia-id_1=A-1__iia-id_2=_${tail}`]);
  });

  it('skips the contacts’ contents but not an empty contact element, and names deep leaves by their last three names', () => {
    const inner =
      '<sending-contact><c:contact-name>Someone</c:contact-name></sending-contact><receiving-contact/>' +
      '<subject-area><isced-f-code v6-value="091">0912</isced-f-code><isced-clarification>Medicine</isced-clarification></subject-area>';
    const [text] = texts(response(iia(spec(inner))));
    expect(text).toBe(
      `_iia-id_1=A-1__iia-id_2=__${S}.sending-hei-id=a.example.org__${S}.receiving-contact=_` +
        '_student-studies-mobility-spec.subject-area.isced-f-code=091_' +
        '_student-studies-mobility-spec.subject-area.isced-clarification=Medicine_' +
        `_${S}.receiving-hei-id=b.example.org_` +
        '_receiving-first-academic-year-id=2026/2027__receiving-last-academic-year-id=2027/2028_',
    );
  });

  it('writes attributes before their element, but not not-yet-defined, v6-value or namespace declarations', () => {
    const inner =
      '<blended xmlns:x="urn:example" x:flag="1" note="n" v6-value="">true</blended><mobilities-per-year not-yet-defined="1">3</mobilities-per-year>';
    const [text] = texts(response(iia(spec(inner))));
    expect(text).toContain(
      '_@cooperation-conditions.student-studies-mobility-spec.blended.flag=1@__@cooperation-conditions.student-studies-mobility-spec.blended.note=n@__' +
        `${S}.blended=true_`,
    );
    expect(text).not.toContain('mobilities-per-year');
    expect(ewpIiaHash(response(iia(spec(inner))))[0]?.validForApproval).toBe(false);
  });

  it('marks terminated-as-a-whole only when true or 1, before everything', () => {
    for (const [value, marked] of [
      ['true', true],
      ['1', true],
      ['false', false],
      [' true', false],
    ] as const) {
      const [text] = texts(response(iia(spec(''), ` terminated-as-a-whole="${value}"`)));
      expect(text!.startsWith('_@terminated-as-a-whole@__iia-id_1=A-1_'), value).toBe(marked);
    }
  });

  it('follows the XSLT in looking at the whole document for terminated-as-a-whole and valid-for-approval', () => {
    const hashes = ewpIiaHash(
      response(
        iia(spec('')),
        iia(spec('<blended not-yet-defined="true">x</blended>'), ' terminated-as-a-whole="true"'),
      ),
    );
    const [alone] = ewpIiaHash(response(iia(spec(''), ' terminated-as-a-whole="true"')));
    expect(hashes).toEqual([
      { iiaId: 'A-1', hash: alone!.hash, validForApproval: false },
      { iiaId: 'A-1', hash: alone!.hash, validForApproval: false },
    ]);
  });

  it('is valid for approval with an empty v6-value and a not-yet-defined other than true or 1', () => {
    const inner =
      '<blended not-yet-defined="false">true</blended><subject-area><isced-f-code v6-value="">0912</isced-f-code></subject-area>';
    const [result] = ewpIiaHash(response(iia(spec(inner))));
    expect(result?.validForApproval).toBe(true);
    expect(texts(response(iia(spec(inner))))[0]).toContain('isced-f-code=0912_');
  });

  it('counts the whitespace inside a value, but not the indentation, comments or line ends between elements', () => {
    const plain = response(iia(spec('<total-months-per-year>5</total-months-per-year>')));
    const spaced = plain.replace('>5<', '> 5<');
    const indented = plain.replaceAll('><', '>\r\n   <!-- note -->\r\n   <');
    expect(ewpIiaHash(spaced)[0]?.hash).not.toBe(ewpIiaHash(plain)[0]?.hash);
    expect(ewpIiaHash(indented)).toEqual(ewpIiaHash(plain));
  });

  it('decodes the predefined references, character references and CDATA as an XML parser does', () => {
    const xml = response(
      iia(
        spec('<isced-clarification>R&amp;D &#x41;&#66; <![CDATA[<x>&amp;]]></isced-clarification>'),
      ),
    ).replace('<iia-id>A-1</iia-id>', '<iia-id>A&lt;1&gt;&quot;&apos;</iia-id>');
    expect(ewpIiaHash(xml)[0]?.iiaId).toBe('A<1>"\'');
    expect(texts(xml)[0]).toContain('isced-clarification=R&D AB <x>&amp;_');
  });

  it('gives one entry per iia in document order, and none for a response without iia', () => {
    const second = iia(spec('')).replace('A-1', 'A-2');
    expect(ewpIiaHash(response(iia(spec('')), second)).map((hash) => hash.iiaId)).toEqual([
      'A-1',
      'A-2',
    ]);
    expect(ewpIiaHash(response())).toEqual([]);
  });

  it('gives frozen results', () => {
    const result = safeEwpIiaHash(fixture(EXAMPLE));
    expect(result.success).toBe(true);
    if (result.success) {
      expect(Object.isFrozen(result.data)).toBe(true);
      expect(Object.isFrozen(result.data[0])).toBe(true);
    }
  });
});

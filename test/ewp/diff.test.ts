import { describe, expect, it } from 'vitest';
import { diffEwpIias, ewpIiaHash, safeDiffEwpIias } from '../../src/ewp/index.js';
import { formatMessage } from '../../src/messages/index.js';
import { EXAMPLE, fixture, officialTexts } from './_fixtures.js';

const example = fixture(EXAMPLE);
const SPECS = '/iias-get-response/iia/cooperation-conditions';
/** How many pieces the official transform writes for the example. */
const officialPieces = [
  ...officialTexts(fixture('get-response-example.v7-transform-output.xml'))[0]!.matchAll(
    /_[^_=]+=[^_]*_/g,
  ),
].length;

/** The example with the `occurrence`-th match of `pattern` replaced. */
function replaceAt(
  xml: string,
  pattern: RegExp,
  occurrence: number,
  replace: (match: RegExpExecArray) => string,
): string {
  const matches = [...xml.matchAll(new RegExp(pattern.source, 'g'))];
  const match = matches[occurrence]!;
  return xml.slice(0, match.index) + replace(match) + xml.slice(match.index + match[0].length);
}

describe('diffEwpIias', () => {
  it('finds nothing between a copy and itself', () => {
    expect(diffEwpIias(example, example)).toEqual([]);
  });

  it('finds nothing for a copy that reorders contacts and re-indents everything', () => {
    const signing = /<signing-contact>[\s\S]*?<\/signing-contact>/.exec(example)![0];
    const contact = /<c:contact>[\s\S]*?<\/c:contact>/.exec(example)![0];
    const reordered = example
      .replace(`${signing}\n            ${contact}`, `${contact}\n            ${signing}`)
      .replace(/>\s+</g, '>\n\t\t<')
      .replace(/<!--[\s\S]*?-->/g, '');
    expect(reordered).not.toBe(example);
    expect(reordered.indexOf('<c:contact>')).toBeLessThan(reordered.indexOf('<signing-contact>'));
    expect(diffEwpIias(example, reordered)).toEqual([]);
    expect(ewpIiaHash(reordered)).toEqual(ewpIiaHash(example));
  });

  it('finds nothing for contacts of a mobility reordered', () => {
    const contacts =
      '<sending-contact><c:contact-name>One</c:contact-name></sending-contact><sending-contact><c:contact-name>Two</c:contact-name></sending-contact>';
    const swapped = contacts.replace('One', 'Three').replace('Two', 'One').replace('Three', 'Two');
    const at = '<sending-ounit-id>140</sending-ounit-id>';
    const ours = example.replace(at, at + contacts);
    const theirs = example.replace(at, at + swapped);
    expect(diffEwpIias(ours, theirs)).toEqual([]);
  });

  it('finds each single-field change of the example, and nothing for fields outside the hash', () => {
    const leaf = /<([a-z][\w:-]*)>([^<]+)<\/\1>/;
    const count = [...example.matchAll(new RegExp(leaf.source, 'g'))].length;
    let found = 0;
    for (let index = 0; index < count; index += 1) {
      let tag = '';
      let value = '';
      const changed = replaceAt(example, leaf, index, (match) => {
        tag = match[1]!;
        value = match[2]!;
        return `<${tag}>${value}X</${tag}>`;
      });
      const differences = diffEwpIias(example, changed);
      const hashChanged = ewpIiaHash(changed)[0]!.hash !== ewpIiaHash(example)[0]!.hash;
      expect(differences.length, `${tag} #${index}`).toBe(hashChanged ? 1 : 0);
      if (!hashChanged) {
        // Partners' details, contacts, in-effect, iia-hash and pdf-file are not hashed.
        expect(['hei-id', 'iia-code', 'in-effect', 'iia-hash', 'pdf-file']).toContain(
          tag.startsWith('c:') ? 'hei-id' : tag,
        );
        continue;
      }
      found += 1;
      const [difference] = differences;
      expect(difference).toMatchObject({ code: 'changed', ours: value, theirs: `${value}X` });
      expect(difference!.path).toMatch(new RegExp(`/${tag}(\\[\\d+\\])?$`));
      expect(difference!.theirsPath).toBe(difference!.path);
      expect(difference!.field).toMatch(
        tag === 'iia-id' ? /^iia-id_[12]$/ : new RegExp(`(^|\\.)${tag}$`),
      );
    }
    // Every piece of the official text to hash is one leaf of the example, found once.
    expect(found).toBe(officialPieces);
    expect(found).toBe(58);
  });

  it('reports a changed value with both paths, both values and a message in English and French', () => {
    const theirs = example.replace(
      '<total-months-per-year>5</total-months-per-year>',
      '<total-months-per-year>6</total-months-per-year>',
    );
    const field = 'cooperation-conditions.student-studies-mobility-spec.total-months-per-year';
    const path = `${SPECS}/student-studies-mobility-spec/total-months-per-year`;
    const differences = diffEwpIias(example, theirs);
    expect(differences).toEqual([
      {
        code: 'changed',
        field,
        path,
        theirsPath: path,
        ours: '5',
        theirs: '6',
        message: `${field} differs: ours is '5', theirs is '6'`,
        params: { field, ours: '5', theirs: '6' },
      },
    ]);
    expect(formatMessage('ewp.difference.changed', differences[0]!.params, { locale: 'fr' })).toBe(
      `${field} diffère\u00a0: '5' dans notre copie, '6' dans la leur`,
    );
  });

  it('reports a value in one copy only, with the path in the copy that has it', () => {
    const theirs = example.replace('<eqf-level>8</eqf-level>', '');
    const field = 'cooperation-conditions.student-studies-mobility-spec.eqf-level';
    expect(diffEwpIias(example, theirs)).toEqual([
      {
        code: 'only_ours',
        field,
        path: `${SPECS}/student-studies-mobility-spec/eqf-level[2]`,
        ours: '8',
        message: `${field} '8' is in our copy only`,
        params: { field, value: '8' },
      },
    ]);
    const [added] = diffEwpIias(theirs, example);
    expect(added).toMatchObject({
      code: 'only_theirs',
      path: `${SPECS}/student-studies-mobility-spec/eqf-level[2]`,
      theirsPath: `${SPECS}/student-studies-mobility-spec/eqf-level[2]`,
      theirs: '8',
      message: `${field} '8' is in their copy only`,
    });
    expect(formatMessage('ewp.difference.only_theirs', added!.params, { locale: 'fr' })).toBe(
      `${field} '8' ne figure que dans leur copie`,
    );
  });

  it('reports the partners’ iia-ids, terminated-as-a-whole and not-yet-defined values', () => {
    const theirs = example
      .replace('<iia-id>1954991</iia-id>', '<iia-id>1954992</iia-id>')
      .replace('<cooperation-conditions>', '<cooperation-conditions terminated-as-a-whole="true">')
      .replace('<blended>false</blended>', '<blended not-yet-defined="true">false</blended>');
    expect(
      diffEwpIias(example, theirs).map(({ code, field, path, ours, theirs: value }) => ({
        code,
        field,
        path,
        ours,
        theirs: value,
      })),
    ).toEqual([
      {
        code: 'only_theirs',
        field: 'terminated-as-a-whole',
        path: `${SPECS}/@terminated-as-a-whole`,
        ours: undefined,
        theirs: 'true',
      },
      {
        code: 'changed',
        field: 'iia-id_2',
        path: '/iias-get-response/iia/partner[2]/iia-id',
        ours: '1954991',
        theirs: '1954992',
      },
      {
        code: 'only_ours',
        field: 'cooperation-conditions.student-studies-mobility-spec.blended',
        path: `${SPECS}/student-studies-mobility-spec/blended`,
        ours: 'false',
        theirs: undefined,
      },
    ]);
  });

  it('finds no difference exactly when the hashes agree', () => {
    const variants = [
      example,
      example.replace('<in-effect>true</in-effect>', '<in-effect>false</in-effect>'),
      example.replace('<eqf-level>7</eqf-level>', '<eqf-level>8</eqf-level>'),
      example.replace(
        '<eqf-level>7</eqf-level>\n                <eqf-level>8</eqf-level>',
        '<eqf-level>8</eqf-level><eqf-level>7</eqf-level>',
      ),
      example.replace('</iia>', '</iia>'.concat(/<iia>[\s\S]*<\/iia>/.exec(example)![0])),
    ];
    for (const a of variants) {
      for (const b of variants) {
        const same =
          JSON.stringify(ewpIiaHash(a).map((hash) => hash.hash)) ===
          JSON.stringify(ewpIiaHash(b).map((hash) => hash.hash));
        expect(diffEwpIias(a, b).length === 0).toBe(same);
      }
    }
  });

  it('pairs the iias by position and reports an iia one copy lacks field by field', () => {
    const two = example.replace('</iia>', '</iia>'.concat(/<iia>[\s\S]*<\/iia>/.exec(example)![0]));
    const differences = diffEwpIias(two, example);
    expect(differences).toHaveLength(officialPieces);
    expect(new Set(differences.map((difference) => difference.code))).toEqual(
      new Set(['only_ours']),
    );
    expect(differences[0]).toMatchObject({
      field: 'iia-id_1',
      path: '/iias-get-response/iia[2]/partner[1]/iia-id',
    });
    expect(diffEwpIias(example, two)[0]).toMatchObject({
      code: 'only_theirs',
      path: '/iias-get-response/iia[2]/partner[1]/iia-id',
    });
  });

  it('gives issues instead of throwing in its safe form, and throws them otherwise', () => {
    expect(safeDiffEwpIias(example, '<iias-get-response>')).toMatchObject({
      success: false,
      issues: [{ code: 'malformed', path: '/' }],
    });
    expect(() => diffEwpIias('<x/>', example)).toThrow(
      expect.objectContaining({ name: 'SyntaxError', code: 'ewp.wrong_root', path: '/x' }),
    );
  });
});

import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iiaTexts } from '../../src/ewp/_textToHash.js';
import {
  EWP_WARNING_CODES,
  EWP_WRITE_ISSUE_CODES,
  ewpIiaHash,
  readEwpIias,
  safeWriteEwpIia,
  writeEwpIia,
  type EwpIiaExport,
} from '../../src/ewp/index.js';
import { EWP_EXPORT_MESSAGES } from '../../src/messages/ewpExport.js';
import { formatMessage } from '../../src/messages/index.js';
import { parseNetwork } from '../../src/schemas/parse.js';
import type { Agreement } from '../../src/schemas/agreement.js';
import type { Network } from '../../src/schemas/network.js';
import { generateNetwork } from '../../src/testing/index.js';
import { EXAMPLE, fixture } from './_fixtures.js';

// ---------------------------------------------------------------------------------------
// xmllint: the v7 XSD, vendored in test/fixtures/ewp/xsd/ (rewritten to validate offline).

const XSD = new URL('../fixtures/ewp/xsd/iias7.xsd', import.meta.url).pathname;
const HAVE_XMLLINT = spawnSync('xmllint', ['--version']).error === undefined;
/** In CI (.ci/run installs libxml2-utils) a missing xmllint fails; elsewhere it skips. */
const xsdIt = HAVE_XMLLINT || process.env.CI ? it : it.skip;
const XSD_REASON = HAVE_XMLLINT
  ? ''
  : ' (skipped: xmllint is not installed; apt-get install libxml2-utils)';

/** Validates a document against the v7 get-response XSD; throws xmllint's report if not valid. */
function validate(xml: string): void {
  if (!HAVE_XMLLINT)
    throw new Error('xmllint is missing: CI must install libxml2-utils (see .ci/run)');
  try {
    execFileSync('xmllint', ['--noout', '--schema', XSD, '-'], { input: xml, stdio: 'pipe' });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? error);
    throw new Error(`not valid against the v7 XSD:\n${stderr}\n${xml}`, { cause: error });
  }
}

// ---------------------------------------------------------------------------------------
// Networks.

type Json = Record<string, unknown>;
const exampleJson = (): Json => JSON.parse(readFileSync('examples/network.json', 'utf8')) as Json;
const example = parseNetwork(exampleJson());
const LYON = 'mou-lyon-2014';

/** A full student mobility, every field the model has. */
const STUDIES = {
  kind: 'mobility',
  area: 'B',
  activity: 2,
  type: 'studies',
  direction: 'outgoing',
  perYear: 4,
  totalMonthsPerYear: 20.5,
  level: 'master',
  fields: ['0912', '0913'],
  languages: [
    { code: 'fr', minLevel: 'B2' },
    { code: 'en', minLevel: 'B1' },
  ],
  eqfLevels: [7, 6],
  academicYears: { first: '2024-2025', last: '2026-2027' },
  blended: true,
  otherTerms: 'Tuition fees waived.',
};
const TEACHING = {
  kind: 'mobility',
  area: 'B',
  activity: 1,
  type: 'teaching',
  direction: 'incoming',
  perYear: 2,
  totalDaysPerYear: 10,
  languages: [{ code: 'en' }],
  academicYears: { first: '2026', last: '2026' },
};
const TRAINING = { ...TEACHING, area: 'A', type: 'training', languages: undefined };
const TRAINEESHIP = { ...STUDIES, type: 'traineeship', direction: 'incoming', languages: [] };

/** The example network with the Lyon agreement changed (its commitments, ewp …). */
function lyon(changes: Json = {}, partnerChanges: Json = {}): Network {
  const json = exampleJson();
  const agreements = json.agreements as Json[];
  const partners = json.partners as Json[];
  agreements[0] = { ...agreements[0], scope: ['A1', 'B1', 'B2', 'B4', 'C5'], ...changes };
  partners[0] = { ...partners[0], ...partnerChanges };
  return parseNetwork(json);
}

/** Every written agreement of a generated network whose partners all get a SCHAC id. */
function generated(
  seed: number,
  partners = 12,
): { network: Network; written: { agreement: Agreement; output: EwpIiaExport }[] } {
  const json = JSON.parse(JSON.stringify(generateNetwork({ partners, seed }))) as Json;
  (json.partners as Json[]).forEach((partner, index) => {
    const identifiers = (partner.identifiers ?? {}) as Json;
    identifiers.schac ??= `partner-${index}.example.org`;
    partner.identifiers = identifiers;
  });
  const network = parseNetwork(json);
  const written: { agreement: Agreement; output: EwpIiaExport }[] = [];
  for (const agreement of network.agreements) {
    const result = safeWriteEwpIia(network, agreement.id);
    if (result.success) written.push({ agreement, output: result.data });
    else expect(result.issues.map((issue) => issue.code)).toEqual(['not_bilateral']);
  }
  return { network, written };
}

const codes = (output: EwpIiaExport): string[] => output.warnings.map((warning) => warning.code);
/** The names of the child elements of the first `name` element, in order. */
function childNames(xml: string, name: string): string[] {
  const body = new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}>`).exec(xml)?.[1] ?? '';
  const names: string[] = [];
  let depth = 0;
  for (const match of body.matchAll(/<(\/?)([\w:-]+)[^>]*?(\/?)>/g)) {
    if (match[1] === '/') depth -= 1;
    else {
      if (depth === 0) names.push(match[2]!);
      if (match[3] !== '/') depth += 1;
    }
  }
  return names;
}
/** The text-to-hash pieces of the written IIA, by field. */
function pieces(xml: string): { field: string; value: string }[] {
  const result = iiaTexts(xml);
  if (!result.success) throw new Error(result.issues[0]?.message);
  return [...result.data[0]!.pieces];
}

// ---------------------------------------------------------------------------------------

describe('writeEwpIia: valid against the v7 XSD (xmllint)', () => {
  xsdIt(`validates the official example with the same command${XSD_REASON}`, () => {
    validate(fixture(EXAMPLE));
    expect(() => {
      validate(fixture(EXAMPLE).replace('<in-effect>true', '<in-effect>maybe'));
    }).toThrow(/not valid/);
  });

  xsdIt(`validates the example network's EWP agreement${XSD_REASON}`, () => {
    const writable = example.agreements.filter((agreement) => agreement.ewp !== undefined);
    expect(writable.length).toBeGreaterThan(0);
    for (const agreement of writable) validate(writeEwpIia(example, agreement.id).xml);
  });

  xsdIt(`validates an agreement with every kind of mobility and every field${XSD_REASON}`, () => {
    const network = lyon({
      commitments: [TRAINING, STUDIES, TEACHING, { ...TRAINEESHIP, languages: [{ code: 'de' }] }],
    });
    const { xml } = writeEwpIia(network, LYON);
    validate(xml);
    validate(
      writeEwpIia(lyon({ commitments: [TRAINEESHIP, { ...STUDIES, blended: undefined }] }), LYON)
        .xml,
    );
  });

  xsdIt(`validates the output for generated networks, several seeds${XSD_REASON}`, () => {
    let written = 0;
    for (const seed of [1, 2, 3, 7]) {
      for (const { output } of generated(seed).written) {
        validate(output.xml);
        written += 1;
      }
    }
    expect(written).toBeGreaterThan(20);
  });
});

describe('writeEwpIia: the document', () => {
  const full = lyon({
    commitments: [TRAINING, STUDIES, TEACHING, { ...TRAINEESHIP, languages: [{ code: 'de' }] }],
  });
  const { xml } = writeEwpIia(full, LYON);

  it('puts the home institution first, with its own ids, then the partner', () => {
    expect(childNames(xml, 'iia')).toEqual([
      'partner',
      'partner',
      'in-effect',
      'cooperation-conditions',
      'iia-hash',
    ]);
    expect(childNames(xml, 'partner')).toEqual(['hei-id', 'iia-id', 'iia-code', 'signing-date']);
    const partners = [...xml.matchAll(/<partner>([\s\S]*?)<\/partner>/g)].map((match) => match[1]);
    expect(partners[0]).toContain('<hei-id>uhs.edu.kh</hei-id>');
    expect(partners[0]).toContain('<iia-id>uhs-iia-2014-001</iia-id>');
    expect(partners[1]).toMatch(
      /<hei-id>lyon\.example\.edu<\/hei-id>\s*<ounit-id>fac-medicine<\/ounit-id>\s*<iia-id>eul-0042<\/iia-id>\s*<iia-code>EUL\/IIA\/2014\/42<\/iia-code>\s*<signing-date>2013-12-10<\/signing-date>\s*<c:contact>/,
    );
    expect(xml).toContain('<in-effect>true</in-effect>');
  });

  it('writes the specs in the XSD order, each kind in the order of commitments', () => {
    expect(childNames(xml, 'cooperation-conditions')).toEqual([
      'student-studies-mobility-spec',
      'student-traineeship-mobility-spec',
      'staff-teacher-mobility-spec',
      'staff-training-mobility-spec',
    ]);
    const two = writeEwpIia(
      lyon({ commitments: [{ ...STUDIES, perYear: 1 }, TEACHING, { ...STUDIES, perYear: 2 }] }),
      LYON,
    ).xml;
    expect([...two.matchAll(/<mobilities-per-year>(\d+)/g)].map((match) => match[1])).toEqual([
      '1',
      '2',
      '2',
    ]);
  });

  it('writes each spec in the XSD element order, with every fact of the model', () => {
    expect(childNames(xml, 'student-studies-mobility-spec')).toEqual([
      'sending-hei-id',
      'receiving-hei-id',
      'receiving-first-academic-year-id',
      'receiving-last-academic-year-id',
      'mobilities-per-year',
      'recommended-language-skill',
      'recommended-language-skill',
      'subject-area',
      'subject-area',
      'other-info-terms',
      'total-months-per-year',
      'blended',
      'eqf-level',
      'eqf-level',
    ]);
    expect(childNames(xml, 'staff-teacher-mobility-spec')).toEqual([
      'sending-hei-id',
      'receiving-hei-id',
      'receiving-first-academic-year-id',
      'receiving-last-academic-year-id',
      'mobilities-per-year',
      'recommended-language-skill',
      'total-days-per-year',
    ]);
    expect(childNames(xml, 'staff-training-mobility-spec')).not.toContain(
      'recommended-language-skill',
    );
    const values = pieces(xml).map((piece) => `${piece.field}=${piece.value}`);
    expect(values).toEqual(
      expect.arrayContaining([
        'cooperation-conditions.student-studies-mobility-spec.sending-hei-id=uhs.edu.kh',
        'cooperation-conditions.student-studies-mobility-spec.receiving-hei-id=lyon.example.edu',
        'receiving-first-academic-year-id=2024/2025',
        'receiving-last-academic-year-id=2026/2027',
        'student-studies-mobility-spec.recommended-language-skill.cefr-level=B2',
        'student-studies-mobility-spec.subject-area.isced-f-code=0913',
        'cooperation-conditions.student-studies-mobility-spec.total-months-per-year=20.5',
        'cooperation-conditions.student-studies-mobility-spec.blended=true',
        'cooperation-conditions.student-studies-mobility-spec.other-info-terms=Tuition fees waived.',
        // Incoming: the partner sends.
        'cooperation-conditions.staff-teacher-mobility-spec.sending-hei-id=lyon.example.edu',
        'receiving-first-academic-year-id=2026/2026',
        'cooperation-conditions.staff-teacher-mobility-spec.total-days-per-year=10',
      ]),
    );
    expect(xml).toMatch(/<eqf-level>7<\/eqf-level>\s*<eqf-level>6<\/eqf-level>/);
  });

  it('writes decimals with at most 2 places, as written', () => {
    const out = writeEwpIia(
      lyon({
        commitments: [
          { ...STUDIES, totalMonthsPerYear: 0.25 },
          { ...TEACHING, totalDaysPerYear: 7.1 },
        ],
      }),
      LYON,
    ).xml;
    expect(out).toContain('<total-months-per-year>0.25</total-months-per-year>');
    expect(out).toContain('<total-days-per-year>7.1</total-days-per-year>');
  });

  it('carries its iia-hash, the one ewpIiaHash computes', () => {
    const declared = /<iia-hash>([0-9a-f]{64})<\/iia-hash>/.exec(xml)?.[1];
    expect(declared).toBe(ewpIiaHash(xml)[0]?.hash);
    expect(ewpIiaHash(xml)[0]).toMatchObject({ iiaId: 'uhs-iia-2014-001', validForApproval: true });
    const lyonXml = writeEwpIia(example, LYON).xml;
    expect(/<iia-hash>(\w+)</.exec(lyonXml)?.[1]).toBe(ewpIiaHash(lyonXml)[0]?.hash);
  });

  it('escapes text and removes what XML cannot carry, with a warning', () => {
    const hostile = 'Fees & <costs> "quoted" \'single\' ]]> done\r\nnext line\ttab';
    const out = writeEwpIia(
      lyon({
        commitments: [{ ...STUDIES, otherTerms: `${hostile}\u0000\u0007\u001b` }],
        ewp: {
          partners: [
            { heiId: 'uhs.edu.kh', iiaId: 'uhs-1', iiaCode: 'A&B <1>' },
            { heiId: 'lyon.example.edu', iiaId: 'eul-1' },
          ],
          inEffect: false,
        },
      }),
      LYON,
    );
    expect(out.xml).toContain('<iia-code>A&amp;B &lt;1&gt;</iia-code>');
    // eslint-disable-next-line no-control-regex -- the test is about control characters
    expect(out.xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(out.xml).toContain('&#13;');
    const terms = pieces(out.xml).find((piece) => piece.field.endsWith('other-info-terms'));
    expect(terms?.value).toBe(hostile);
    const cleaned = out.warnings.find((warning) => warning.code === 'text_cleaned');
    expect(cleaned).toMatchObject({
      path: ['agreements', 0, 'commitments', 0, 'otherTerms'],
      params: { field: 'agreements[0].commitments[0].otherTerms', removed: 3 },
    });
    expect(formatMessage('ewp.warning.text_cleaned', cleaned!.params, { locale: 'fr' })).toBe(
      'agreements[0].commitments[0].otherTerms\u00a0: 3\u00a0caractères de contrôle que le XML ne peut pas contenir ont été retirés',
    );
    expect(cleaned?.message).toBe(
      'agreements[0].commitments[0].otherTerms: 3 control characters removed, which XML cannot carry',
    );
  });

  xsdIt(`stays valid with hostile text${XSD_REASON}`, () => {
    const out = writeEwpIia(
      lyon({
        commitments: [{ ...STUDIES, otherTerms: 'a & b < c > d " e \' f \u0001 \uffff \ud800' }],
      }),
      LYON,
    );
    validate(out.xml);
  });

  it('writes the partner contacts as c:contact, the phone in E.164 when it can', () => {
    const out = writeEwpIia(
      lyon(
        {},
        {
          contacts: [
            { name: 'Example Officer', email: 'io@lyon.example.edu', phone: '+33 4 00 00 00 00' },
            { name: 'Example Desk', email: 'desk@lyon.example.edu', phone: '04 00 00 00 00' },
          ],
        },
      ),
      LYON,
    ).xml;
    expect(out).toMatch(
      /<c:contact-name>Example Officer<\/c:contact-name>\s*<p:phone-number>\s*<p:e164>\+33400000000<\/p:e164>/,
    );
    expect(out).toContain('<p:other-format>04 00 00 00 00</p:other-format>');
  });
});

describe('writeEwpIia: warnings, never a silent loss', () => {
  it('has a closed list of warning codes, each a message of the catalogue', () => {
    for (const code of EWP_WARNING_CODES)
      expect(Object.keys(EWP_EXPORT_MESSAGES)).toContain(`ewp.warning.${code}`);
    for (const code of EWP_WRITE_ISSUE_CODES)
      expect(Object.keys(EWP_EXPORT_MESSAGES)).toContain(`ewp.export.${code}`);
  });

  it('warns for each commitment of activities 3 to 5, and does not write it', () => {
    const out = writeEwpIia(example, LYON);
    const notMobility = out.warnings.filter((warning) => warning.code === 'not_mobility');
    expect(notMobility.map((warning) => [warning.commitment, warning.params])).toEqual([
      [2, { index: 2, cell: 'B4', kind: 'distance-course' }],
      [3, { index: 3, cell: 'C5', kind: 'joint-programme' }],
    ]);
    expect(notMobility[0]?.path).toEqual(['agreements', 0, 'commitments', 2]);
    expect(
      formatMessage('ewp.warning.not_mobility', notMobility[0]!.params, { locale: 'fr' }),
    ).toBe(
      'L’engagement 2 (distance-course, case B4) n’est pas écrit\u00a0: un accord interinstitutionnel EWP ne décrit que la mobilité',
    );
  });

  it("warns for the agreement's fields EWP has no place for, and each mobility's area and level", () => {
    const out = writeEwpIia(lyon({ suspended: false, terminatedOn: '2017-12-31' }), LYON);
    expect(out.warnings.find((w) => w.code === 'agreement_fields_not_written')?.params).toEqual({
      fields: [
        'title',
        'instrument',
        'startsOn',
        'endsOn',
        'scope',
        'funding',
        'suspended',
        'terminatedOn',
      ],
    });
    expect(out.warnings.find((w) => w.code === 'commitment_fields_not_written')).toMatchObject({
      commitment: 0,
      params: { index: 0, fields: ['area', 'level'] },
    });
  });

  it('leaves out a spec without academic years, or without languages where EWP requires them', () => {
    const out = writeEwpIia(
      lyon({
        commitments: [
          { ...STUDIES, academicYears: undefined },
          { ...STUDIES, languages: undefined },
          { ...TEACHING, languages: [] },
          TRAINING,
          TRAINEESHIP,
        ],
      }),
      LYON,
    );
    expect(
      out.warnings.filter((w) => w.code.startsWith('missing_')).map((w) => [w.code, w.commitment]),
    ).toEqual([
      ['missing_academic_years', 0],
      ['missing_languages', 1],
      ['missing_languages', 2],
    ]);
    expect(childNames(out.xml, 'cooperation-conditions')).toEqual([
      'student-traineeship-mobility-spec',
      'staff-training-mobility-spec',
    ]);
    expect(
      out.warnings[out.warnings.findIndex((w) => w.code === 'missing_languages')]?.params,
    ).toEqual({
      index: 1,
      element: 'student-studies-mobility-spec',
    });
  });

  it('writes blended false for a student mobility that does not say, with a warning', () => {
    const out = writeEwpIia(lyon({ commitments: [{ ...STUDIES, blended: undefined }] }), LYON);
    expect(out.xml).toContain('<blended>false</blended>');
    expect(out.warnings.find((w) => w.code === 'missing_blended')).toMatchObject({
      commitment: 0,
      path: ['agreements', 0, 'commitments', 0],
    });
    expect(codes(writeEwpIia(lyon({ commitments: [STUDIES] }), LYON))).not.toContain(
      'missing_blended',
    );
  });

  it('writes in-effect false when the agreement does not say, with a warning', () => {
    const out = writeEwpIia(
      lyon({ ewp: { partners: [{ heiId: 'uhs.edu.kh', iiaId: 'uhs-1' }] } }),
      LYON,
    );
    expect(out.xml).toContain('<in-effect>false</in-effect>');
    expect(codes(out)).toContain('in_effect_assumed');
    expect(codes(writeEwpIia(example, LYON))).not.toContain('in_effect_assumed');
  });

  it("warns when UHS's own iia-id is unknown, and takes the partner's hei-id from its SCHAC id", () => {
    const out = writeEwpIia(lyon({ ewp: undefined }), LYON);
    expect(out.warnings.find((w) => w.code === 'missing_home_iia_id')?.params).toEqual({
      heiId: 'uhs.edu.kh',
    });
    expect(out.xml).toMatch(
      /<partner>\s*<hei-id>uhs\.edu\.kh<\/hei-id>\s*<signing-date>2013-12-10<\/signing-date>\s*<\/partner>/,
    );
    expect(out.xml).toMatch(
      /<partner>\s*<hei-id>lyon\.example\.edu<\/hei-id>\s*<signing-date>2013-12-10<\/signing-date>\s*<c:contact>/,
    );
    expect(ewpIiaHash(out.xml)[0]?.iiaId).toBe('');
  });

  it('warns for the partners of a multilateral agreement that the IIA does not name', () => {
    const json = exampleJson();
    const asean = (json.agreements as Json[]).findIndex((a) => a.id === 'network-asean-2016');
    const partners = json.partners as Json[];
    const bangkok = partners.find((p) => p.id === 'example-univ-bangkok')!;
    bangkok.identifiers = { schac: 'bangkok.example.ac.th' };
    const agreement = (json.agreements as Json[])[asean]!;
    const network = parseNetwork(json);
    expect(safeWriteEwpIia(network, 'network-asean-2016')).toMatchObject({
      success: false,
      issues: [{ code: 'not_bilateral', params: { agreementId: 'network-asean-2016', count: 2 } }],
    });
    agreement.ewp = { partners: [{ heiId: 'bangkok.example.ac.th' }, { heiId: 'uhs.edu.kh' }] };
    const out = writeEwpIia(parseNetwork(json), 'network-asean-2016');
    expect(out.warnings.find((w) => w.code === 'other_partners')?.params).toEqual({
      partnerIds: ['example-univ-singapore'],
    });
    expect(out.xml).toMatch(
      /<partner>\s*<hei-id>uhs\.edu\.kh[\s\S]*<hei-id>bangkok\.example\.ac\.th/,
    );
  });

  it('says every warning in English and French from its params', () => {
    const out = writeEwpIia(
      lyon({ commitments: [{ ...STUDIES, blended: undefined }, TRAINEESHIP], ewp: undefined }),
      LYON,
    );
    for (const warning of out.warnings) {
      expect(formatMessage(`ewp.warning.${warning.code}`, warning.params)).toBe(warning.message);
      expect(
        formatMessage(`ewp.warning.${warning.code}`, warning.params, { locale: 'fr' }),
      ).toMatch(/\u00a0:/);
    }
  });
});

describe('writeEwpIia: what it cannot write', () => {
  it('throws a RangeError with code and params for an unknown agreement', () => {
    let caught: unknown;
    try {
      writeEwpIia(example, 'no-such-agreement');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RangeError);
    expect(caught).toMatchObject({
      message: "writeEwpIia: the network has no agreement 'no-such-agreement'",
      code: 'ewp.export.unknown_agreement',
      params: { agreementId: 'no-such-agreement' },
    });
    const { code, params } = caught as { code: string; params: Record<string, unknown> };
    expect(formatMessage(code, params, { locale: 'fr' })).toBe(
      "writeEwpIia\u00a0: le réseau n’a pas de convention 'no-such-agreement'",
    );
  });

  it('gives issues instead with safeWriteEwpIia, which never throws for its input', () => {
    expect(safeWriteEwpIia(example, 'nope')).toMatchObject({
      success: false,
      issues: [{ code: 'unknown_agreement', path: [] }],
    });
    for (const input of [
      null,
      42,
      'text',
      [],
      { schemaVersion: 2, partners: [{}], agreements: [] },
    ]) {
      const result = safeWriteEwpIia(input, LYON);
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.issues[0]?.code).toBe('invalid_network');
        expect(result.issues[0]?.networkIssues?.length).toBeGreaterThan(0);
      }
    }
    expect(() => writeEwpIia({ schemaVersion: 2 } as never, LYON)).toThrow(
      /the network is not valid \(\d+ issues?\); the first is at/,
    );
  });

  it('refuses a partner without a SCHAC id, and EWP partners without the home institution', () => {
    expect(
      safeWriteEwpIia(lyon({ ewp: undefined }, { identifiers: { ror: '000000195' } }), LYON),
    ).toMatchObject({
      success: false,
      issues: [{ code: 'no_hei_id', params: { partnerId: 'example-univ-lyon' } }],
    });
    const other = lyon({
      ewp: { partners: [{ heiId: 'a.example.org' }, { heiId: 'b.example.org' }] },
    });
    expect(safeWriteEwpIia(other, LYON)).toMatchObject({
      success: false,
      issues: [{ code: 'home_not_partner', path: ['agreements', 0, 'ewp', 'partners'] }],
    });
    expect(writeEwpIia(other, LYON, { homeHeiId: 'a.example.org' }).xml).toMatch(
      /<partner>\s*<hei-id>a\.example\.org/,
    );
  });

  it('has a closed list of issue codes, each with a message in both languages', () => {
    const params = {
      agreementId: 'x',
      count: 2,
      path: 'partners[0]',
      partnerId: 'p',
      homeHeiId: 'h',
    };
    for (const code of EWP_WRITE_ISSUE_CODES) {
      expect(formatMessage(`ewp.export.${code}`, params)).toMatch(/^writeEwpIia: /);
      expect(formatMessage(`ewp.export.${code}`, params, { locale: 'fr' })).toMatch(
        /^writeEwpIia\u00a0: /,
      );
    }
  });
});

describe('writeEwpIia: laws', () => {
  it('is deterministic and does not depend on the order of partners, agreements or EWP partners', () => {
    const json = exampleJson();
    const once = writeEwpIia(parseNetwork(json), LYON);
    expect(writeEwpIia(parseNetwork(json), LYON)).toEqual(once);
    (json.partners as Json[]).reverse();
    (json.agreements as Json[]).reverse();
    const ewp = (json.agreements as Json[]).find((a) => a.id === LYON)!.ewp as Json;
    (ewp.partners as Json[]).reverse();
    const shuffled = writeEwpIia(parseNetwork(json), LYON);
    expect(shuffled.xml).toBe(once.xml);
    expect(shuffled.warnings.map((w) => [w.code, w.params])).toEqual(
      once.warnings.map((w) => [w.code, w.params]),
    );
  });

  it('does not mutate the network', () => {
    const json = exampleJson();
    const before = JSON.stringify(json);
    writeEwpIia(json as never, LYON);
    expect(JSON.stringify(json)).toBe(before);
    const frozen = parseNetwork(exampleJson());
    const snapshot = JSON.stringify(frozen);
    writeEwpIia(frozen, LYON);
    expect(JSON.stringify(frozen)).toBe(snapshot);
  });

  it('on generated networks: hash as ewpIiaHash, one spec per complete mobility, every other commitment warned', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (seed) => {
        for (const { agreement, output } of generated(seed, 6).written) {
          const declared = /<iia-hash>(\w+)<\/iia-hash>/.exec(output.xml)?.[1];
          expect(declared).toBe(ewpIiaHash(output.xml)[0]?.hash);
          const specs = (output.xml.match(/<\/[a-z-]+-mobility-spec>/g) ?? []).length;
          const left = output.warnings.filter((warning) =>
            ['not_mobility', 'missing_academic_years', 'missing_languages'].includes(warning.code),
          );
          expect(specs + left.length).toBe(agreement.commitments.length);
          expect(new Set(left.map((warning) => warning.commitment)).size).toBe(left.length);
        }
      }),
      { numRuns: 8 },
    );
  });
});

// The optional EWP facts of the model (`MobilityEwpSchema`, language `notYetDefined`/`field`,
// `terminatedAsAWhole`), so that EWP → model → EWP keeps the `iia-hash`.
describe("writeEwpIia: the model's EWP facts", () => {
  const withFacts = (): Network =>
    lyon({
      commitments: [
        {
          ...STUDIES,
          languages: [
            { code: 'fr', minLevel: 'B2', field: '0912', fieldClarification: 'Paediatrics' },
            { code: 'en', notYetDefined: true },
          ],
          ewp: {
            sendingOunitId: 'uhs-medicine',
            receivingOunitId: 'fac-medicine',
            fieldClarifications: { '0913': 'Nursing & midwifery' },
          },
        },
        { ...TEACHING, ewp: { perYearNotYetDefined: true, fieldV6Values: {} } },
        { ...TRAINING, fields: ['0912'], ewp: { fieldV6Values: { '0912': '72' } } },
      ],
      ewp: {
        partners: [
          { heiId: 'uhs.edu.kh', iiaId: 'uhs-iia-2014-001' },
          { heiId: 'lyon.example.edu', iiaId: 'eul-0042' },
        ],
        inEffect: false,
        terminatedAsAWhole: true,
      },
    });

  it('writes ounit ids, clarifications, v6 values, not-yet-defined and terminated-as-a-whole', () => {
    const out = writeEwpIia(withFacts(), LYON);
    expect(out.xml).toMatch(
      /<sending-hei-id>uhs\.edu\.kh<\/sending-hei-id>\s*<sending-ounit-id>uhs-medicine<\/sending-ounit-id>\s*<receiving-hei-id>lyon\.example\.edu<\/receiving-hei-id>\s*<receiving-ounit-id>fac-medicine</,
    );
    expect(out.xml).toMatch(
      /<language>fr<\/language>\s*<cefr-level>B2<\/cefr-level>\s*<subject-area>\s*<isced-f-code>0912<\/isced-f-code>\s*<isced-clarification>Paediatrics</,
    );
    expect(out.xml).toContain('<recommended-language-skill not-yet-defined="true">');
    expect(out.xml).toMatch(
      /<isced-f-code>0913<\/isced-f-code>\s*<isced-clarification>Nursing &amp; midwifery</,
    );
    expect(out.xml).toContain(
      '<mobilities-per-year not-yet-defined="true">2</mobilities-per-year>',
    );
    expect(out.xml).toContain('<isced-f-code v6-value="72">0912</isced-f-code>');
    expect(out.xml).toContain('<cooperation-conditions terminated-as-a-whole="true">');
    const hash = ewpIiaHash(out.xml)[0]!;
    expect(hash.validForApproval).toBe(false);
    expect(out.xml).toContain(`<iia-hash>${hash.hash}</iia-hash>`);
    expect(codes(out)).toContain('not_valid_for_approval');
    expect(pieces(out.xml)[0]).toMatchObject({ field: 'terminated-as-a-whole' });
    expect(codes(writeEwpIia(example, LYON))).not.toContain('not_valid_for_approval');
  });

  xsdIt(`stays valid with every EWP fact${XSD_REASON}`, () => {
    validate(writeEwpIia(withFacts(), LYON).xml);
  });
});

describe('writeEwpIia: EWP → model → EWP keeps the iia-hash', () => {
  it.each([EXAMPLE, 'xsltkit-get-response-v7.xml'])('%s', (name) => {
    const xml = fixture(name);
    // The copy is read as its first partner, the HEI that serves it, and written as that HEI.
    const home = /<hei-id>([^<]+)<\/hei-id>/.exec(xml)?.[1] ?? '';
    const read = readEwpIias(xml, { homeHeiId: home });
    const network = parseNetwork({
      schemaVersion: 2,
      home: { ...example.home, identifiers: { schac: home } },
      partners: read.partners,
      agreements: read.agreements,
    });
    const out = writeEwpIia(network, read.agreements[0]!.id);
    expect(ewpIiaHash(out.xml)).toEqual(ewpIiaHash(xml));
  });
});

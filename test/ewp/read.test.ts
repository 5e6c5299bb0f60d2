import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EWP_AREAS,
  EWP_ISSUE_CODES,
  readEwpIias,
  type EwpAreaOf,
  type EwpImport,
  type EwpIssue,
} from '../../src/ewp/index.js';
import { formatMessage } from '../../src/messages/index.js';
import { AgreementSchema } from '../../src/schemas/agreement.js';
import { PartnerSchema } from '../../src/schemas/partner.js';
import { EXAMPLE, XSLTKIT, fixture } from './_fixtures.js';

const V7 =
  'https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd';
const C = 'https://github.com/erasmus-without-paper/ewp-specs-types-contact/tree/stable-v1';
const example = fixture(EXAMPLE);
const xsltkit = fixture(XSLTKIT);
/** The walkthrough fragments with SCHAC ids in place of `A` and `B` (which no model can hold). */
const withDomains = (xml: string): string =>
  xml.replaceAll('>A<', '>a.example.org<').replaceAll('>B<', '>b.example.org<');
const partA = withDomains(fixture('01-A-get-response.part.xml'));
const partB = withDomains(fixture('02-B-get-response.part.xml'));

const codes = (issues: readonly EwpIssue[]): string[] => issues.map((issue) => issue.code);

/** Every agreement and partner is valid against its schema, and parsing changes nothing. */
function expectValid(result: EwpImport): void {
  for (const agreement of result.agreements)
    expect(AgreementSchema.parse(agreement)).toEqual(agreement);
  for (const partner of result.partners) expect(PartnerSchema.parse(partner)).toEqual(partner);
}

interface SpecOptions {
  readonly kind?: string;
  readonly sending?: string;
  readonly receiving?: string;
  readonly years?: readonly [string, string] | undefined;
  readonly perYear?: string;
  readonly inner?: string;
}

/** A mobility spec; a student spec gets `blended` unless `inner` writes the student part. */
function spec(options: SpecOptions = {}): string {
  const kind = options.kind ?? 'student-studies-mobility-spec';
  const years =
    options.years === undefined
      ? ''
      : `<receiving-first-academic-year-id>${options.years[0]}</receiving-first-academic-year-id><receiving-last-academic-year-id>${options.years[1]}</receiving-last-academic-year-id>`;
  const student = kind.startsWith('student') && !(options.inner ?? '').includes('blended');
  return `<${kind}><sending-hei-id>${options.sending ?? 'uhs.edu.kh'}</sending-hei-id><receiving-hei-id>${options.receiving ?? 'univ-lyon.example.fr'}</receiving-hei-id>${years}<mobilities-per-year>${options.perYear ?? '2'}</mobilities-per-year>${options.inner ?? ''}${student ? '<blended>false</blended>' : ''}</${kind}>`;
}

const DEFAULT_YEARS = ['2026/2027', '2027/2028'] as const;
const FRENCH = '<recommended-language-skill><language>fr</language></recommended-language-skill>';
const LYON_CONTACT = `<signing-contact><c:contact-name>Example Officer</c:contact-name><c:email>ir@univ-lyon.example.fr</c:email></signing-contact>`;

/** A response of IIAs, each between UHS (first) and the fictional Lyon partner unless told. */
function response(...iias: string[]): string {
  return `<iias-get-response xmlns="${V7}" xmlns:c="${C}">${iias.join('')}</iias-get-response>`;
}
function iia(
  specs: string = spec({
    years: DEFAULT_YEARS,
    inner: '<recommended-language-skill><language>fr</language></recommended-language-skill>',
  }),
  partners = `<partner><hei-id>uhs.edu.kh</hei-id><iia-id>uhs-iia-2026-01</iia-id></partner><partner><hei-id>univ-lyon.example.fr</hei-id><iia-id>LYON-4711</iia-id>${LYON_CONTACT}</partner>`,
): string {
  return `<iia>${partners}<in-effect>false</in-effect><cooperation-conditions>${specs}</cooperation-conditions><iia-hash>${'0'.repeat(64)}</iia-hash></iia>`;
}

describe('readEwpIias: the official examples', () => {
  it('reads the official v7 example from the first partner (Warsaw)', () => {
    const result = readEwpIias(example, { homeHeiId: 'uw.edu.pl' });
    expectValid(result);
    expect(result.agreements).toHaveLength(1);
    const shared = { fields: ['0314'], ewp: { sendingOunitId: '140' } };
    const years = (first: string, last: string) => ({ academicYears: { first, last } });
    expect(result.agreements[0]).toEqual({
      id: 'ewp-0f7a5682-faf7-49a7-9cc7-ec486c49a281',
      title: 'Inter-institutional agreement with hibo.no',
      instrument: 'exchange',
      partnerIds: ['ewp-hibo-no'],
      startsOn: '2014-10-01',
      endsOn: '2021-09-30',
      scope: ['A1', 'B1', 'B2'],
      commitments: [
        {
          kind: 'mobility',
          area: 'B',
          activity: 2,
          type: 'studies',
          direction: 'outgoing',
          perYear: 2,
          ...shared,
          languages: [
            { code: 'en', minLevel: 'B1' },
            { code: 'no', minLevel: 'B1' },
          ],
          ...years('2014-2015', '2020-2021'),
          totalMonthsPerYear: 5,
          eqfLevels: [7, 8],
          blended: false,
        },
        {
          kind: 'mobility',
          area: 'B',
          activity: 2,
          type: 'traineeship',
          direction: 'outgoing',
          perYear: 10,
          ...shared,
          languages: [{ code: 'no', minLevel: 'B1' }],
          ...years('2014-2015', '2020-2021'),
          totalMonthsPerYear: 10,
          blended: false,
        },
        {
          kind: 'mobility',
          area: 'B',
          activity: 1,
          type: 'teaching',
          direction: 'outgoing',
          perYear: 2,
          ...shared,
          languages: [{ code: 'en', minLevel: 'C1' }],
          ...years('2016-2017', '2017-2018'),
          totalDaysPerYear: 8,
        },
        {
          kind: 'mobility',
          area: 'B',
          activity: 1,
          type: 'teaching',
          direction: 'incoming',
          perYear: 2,
          fields: ['0314'],
          ewp: { receivingOunitId: '140' },
          languages: [{ code: 'en', minLevel: 'C1' }],
          ...years('2016-2017', '2017-2018'),
          totalDaysPerYear: 14,
        },
        {
          kind: 'mobility',
          area: 'A',
          activity: 1,
          type: 'training',
          direction: 'incoming',
          perYear: 2,
          fields: ['0314'],
          ewp: { receivingOunitId: '140' },
          languages: [{ code: 'en', minLevel: 'B2' }],
          ...years('2016-2017', '2017-2018'),
          totalDaysPerYear: 14,
        },
      ],
      ewp: {
        partners: [
          {
            heiId: 'uw.edu.pl',
            iiaId: '0f7a5682-faf7-49a7-9cc7-ec486c49a281',
            iiaCode: '983/E+/III14&15',
          },
          { heiId: 'hibo.no', iiaId: '1954991', iiaCode: '2014/E+/PL/4104B' },
        ],
        inEffect: true,
      },
    });
    expect(result.partners).toEqual([
      {
        id: 'ewp-hibo-no',
        name: 'hibo.no',
        type: 'higher-education-institution',
        country: 'NO',
        identifiers: { schac: 'hibo.no' },
        fields: ['0314'],
        languages: ['en', 'no'],
        contacts: [{ name: 'Monica Turner', email: 'email@example.com' }],
      },
    ]);
    // What is not imported is said: the PDF, and Warsaw's own contacts.
    expect(result.issues.map(({ code, path }) => [code, path])).toEqual([
      ['not_imported', '/iias-get-response/iia/pdf-file'],
      ['home_contact', '/iias-get-response/iia/partner[1]/signing-contact'],
      ['home_contact', '/iias-get-response/iia/partner[1]/contact'],
    ]);
  });

  it('reads the same example from the second partner (Bergen): directions and ids turn', () => {
    const result = readEwpIias(example, { homeHeiId: 'hibo.no' });
    expectValid(result);
    const [agreement] = result.agreements;
    expect(agreement?.id).toBe('ewp-1954991');
    expect(agreement?.partnerIds).toEqual(['ewp-uw-edu-pl']);
    expect(
      agreement?.commitments.map(
        (commitment) => commitment.kind === 'mobility' && commitment.direction,
      ),
    ).toEqual(['incoming', 'incoming', 'incoming', 'outgoing', 'outgoing']);
    // The partners of the IIA stay in document order.
    expect(agreement?.ewp?.partners.map((partner) => partner.heiId)).toEqual([
      'uw.edu.pl',
      'hibo.no',
    ]);
    expect(result.partners).toEqual([
      {
        id: 'ewp-uw-edu-pl',
        name: 'uw.edu.pl',
        type: 'higher-education-institution',
        country: 'PL',
        identifiers: { schac: 'uw.edu.pl', ounitIds: ['140'] },
        fields: ['0314'],
        languages: ['en'],
        contacts: [
          { name: 'Sylwia Nowak', email: 'email@example.com' },
          { name: 'Jadwiga Kowalska', email: 'email@example.com' },
        ],
      },
    ]);
    expect(codes(result.issues)).toEqual(['not_imported', 'home_contact']);
  });

  it('keeps what the hash covers in the xsltKit example: not-yet-defined, v6 values, clarifications', () => {
    const result = readEwpIias(xsltkit, { homeHeiId: 'uw.edu.pl' });
    expectValid(result);
    const [studies, teaching] = result.agreements[0]?.commitments ?? [];
    expect(studies).toMatchObject({
      type: 'studies',
      direction: 'outgoing',
      perYear: 2,
      fields: ['0314'],
      languages: [{ code: 'en', minLevel: 'B1', notYetDefined: true }],
      ewp: {
        sendingOunitId: '140',
        perYearNotYetDefined: true,
        fieldClarifications: { '0314': 'Social and behavioural sciences' },
        fieldV6Values: { '0314': '031' },
      },
    });
    expect(teaching).toMatchObject({
      type: 'teaching',
      totalDaysPerYear: 8,
      ewp: { sendingOunitId: '140' },
    });
    expect(result.agreements[0]?.scope).toEqual(['B1', 'B2']);
    // Warsaw's contact of the spec (no e-mail) is Warsaw's own: said, not imported.
    expect(result.issues.at(-1)).toMatchObject({
      code: 'home_contact',
      path: '/iias-get-response/iia/cooperation-conditions/student-studies-mobility-spec/sending-contact',
    });
  });

  it('reads the namespace-less walkthrough fragments, each from either side', () => {
    const a = readEwpIias(partA, { homeHeiId: 'a.example.org' });
    expectValid(a);
    expect(a.agreements).toEqual([
      {
        id: 'ewp-0f7a5682-faf7-49a7-9cc7-ec486c49a281',
        title: 'Inter-institutional agreement with b.example.org',
        instrument: 'exchange',
        partnerIds: ['ewp-b-example-org'],
        startsOn: '2019-10-01',
        endsOn: '2021-09-30',
        scope: ['B2'],
        commitments: (['outgoing', 'incoming'] as const).map((direction) => ({
          kind: 'mobility',
          area: 'B',
          activity: 2,
          type: 'studies',
          direction,
          perYear: 2,
          academicYears: { first: '2019-2020', last: '2020-2021' },
          eqfLevels: [7, 8],
        })),
        ewp: {
          partners: [
            {
              heiId: 'a.example.org',
              iiaId: '0f7a5682-faf7-49a7-9cc7-ec486c49a281',
              iiaCode: '2019/E+/23',
            },
            { heiId: 'b.example.org' },
          ],
        },
      },
    ]);
    // The fragments leave out in-effect and blended, which the XSD requires; B's name,
    // country, languages and contacts are nowhere, so B is not returned as a partner.
    expect(a.issues.map(({ code, params }) => [code, params])).toEqual([
      ['not_imported', { element: 'pdf-file' }],
      ['missing_element', { element: 'in-effect' }],
      ['missing_element', { element: 'blended' }],
      ['missing_element', { element: 'blended' }],
      ['partner_incomplete', { heiId: 'b.example.org', missing: 'country,languages,contacts' }],
    ]);
    expect(a.issues[4]?.message).toBe(
      "The partner 'b.example.org' is not returned: the IIA gives nothing for its required country, languages and contacts; match it by its SCHAC id with a partner of the network",
    );
    // B's copy read by A gives the same agreement id (A's own iia-id), whoever serves it.
    expect(readEwpIias(partB, { homeHeiId: 'a.example.org' }).agreements[0]?.id).toBe(
      'ewp-0f7a5682-faf7-49a7-9cc7-ec486c49a281',
    );
    const b = readEwpIias(partB, { homeHeiId: 'b.example.org' });
    expectValid(b);
    expect(b.agreements[0]).toMatchObject({
      id: 'ewp-79364',
      partnerIds: ['ewp-a-example-org'],
      ewp: {
        partners: [
          { heiId: 'b.example.org', iiaId: '79364', iiaCode: 'A-2019-78' },
          { heiId: 'a.example.org', iiaId: '0f7a5682-faf7-49a7-9cc7-ec486c49a281' },
        ],
      },
    });
    expect(
      b.agreements[0]?.commitments.map(
        (commitment) => commitment.kind === 'mobility' && commitment.direction,
      ),
    ).toEqual(['outgoing', 'incoming']);
  });

  it('cannot take the fragments as published: A and B are not SCHAC ids', () => {
    expect(readEwpIias(fixture('01-A-get-response.part.xml'), { homeHeiId: 'A' })).toEqual({
      agreements: [],
      partners: [],
      issues: [
        {
          code: 'invalid_option',
          path: '/',
          message: "readEwpIias: the option homeHeiId is not valid, received 'A'; nothing is read",
          params: { option: 'homeHeiId', received: "'A'" },
        },
      ],
    });
    const asUhs = readEwpIias(fixture('02-B-get-response.part.xml'));
    expect(asUhs.agreements).toEqual([]);
    expect(asUhs.issues.filter((issue) => issue.code === 'invalid_hei_id')).toEqual([
      {
        code: 'invalid_hei_id',
        path: '/iias-get-response/iia/partner[1]/hei-id',
        message:
          "The hei-id 'B' is not a SCHAC id (an internet domain in lower case): it cannot be imported",
        params: { value: 'B' },
      },
      expect.objectContaining({
        path: '/iias-get-response/iia/partner[2]/hei-id',
        params: { value: 'A' },
      }),
    ]);
  });
});

describe('readEwpIias: documents it cannot read', () => {
  it('gives unsupported_version for an IIAs v6 document, and nothing else', () => {
    expect(readEwpIias(fixture('xsltkit-get-response-v6.xml'), { homeHeiId: 'uw.edu.pl' })).toEqual(
      {
        agreements: [],
        partners: [],
        issues: [
          {
            code: 'unsupported_version',
            path: '/iias-get-response',
            message: 'This is an IIAs API v6 document; only version 7 is supported',
            params: { version: 'v6' },
          },
        ],
      },
    );
  });

  it('gives issues for hostile or broken input, never an exception', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><iias-get-response xmlns="${V7}"><iia>&lol2;</iia></iias-get-response>`;
    const cases: [unknown, string][] = [
      [laughs, 'doctype'],
      [example.slice(0, 500), 'malformed'],
      [example.replace('1954991', '&ent;'), 'entity'],
      [`<iias-index-response xmlns="${V7}"/>`, 'wrong_root'],
      ['<iias-get-response xmlns="https://example.org/iias"/>', 'wrong_namespace'],
      [42, 'not_a_string'],
      [example.replace('<iia>', `<!--${'x'.repeat(9_000_000)}--><iia>`), 'too_large'],
      ['<a>'.repeat(100) + '</a>'.repeat(100), 'too_deep'],
    ];
    for (const [xml, code] of cases) {
      const result = readEwpIias(xml as string, { homeHeiId: 'uw.edu.pl' });
      expect(result.agreements, code).toEqual([]);
      expect(codes(result.issues), code).toEqual([code]);
    }
  });

  it('reads an empty response as nothing, without an issue', () => {
    expect(readEwpIias(response())).toEqual({ agreements: [], partners: [], issues: [] });
  });

  it('never throws, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = readEwpIias(text);
        expect(Array.isArray(result.issues)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a mutated official example, and returns only valid records (property)', () => {
    const pieces = [
      '<',
      '>',
      '/',
      '&amp;',
      '"',
      '0',
      '9',
      '-',
      '/2020',
      'x',
      ' ',
      'A',
      '</iia>',
      '<iia>',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(example, xsltkit, partA, partB),
        fc.array(
          fc.record({
            at: fc.nat(),
            cut: fc.nat({ max: 40 }),
            piece: fc.constantFrom(...pieces),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        fc.constantFrom('uw.edu.pl', 'hibo.no', 'a.example.org', 'b.example.org'),
        (source, edits, homeHeiId) => {
          let xml = source;
          for (const { at, cut, piece } of edits) {
            const where = at % xml.length;
            xml = xml.slice(0, where) + piece + xml.slice(where + cut);
          }
          const result = readEwpIias(xml, { homeHeiId });
          expectValid(result);
          for (const issue of result.issues) expect(EWP_ISSUE_CODES).toContain(issue.code);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('readEwpIias: IIAs and specs it does not import', () => {
  it('does not import an IIA without the home institution', () => {
    const result = readEwpIias(example);
    expect(result).toEqual({
      agreements: [],
      partners: [],
      issues: [
        {
          code: 'home_not_partner',
          path: '/iias-get-response/iia',
          message:
            "The IIA is between 'uw.edu.pl' and 'hibo.no', not with the home institution 'uhs.edu.kh': it is not imported",
          params: { homeHeiId: 'uhs.edu.kh', heiIds: 'uw.edu.pl,hibo.no' },
        },
      ],
    });
  });

  it('leaves out a spec between two other institutions, and keeps the rest', () => {
    const specs =
      spec({ years: DEFAULT_YEARS }) +
      spec({
        sending: 'univ-lyon.example.fr',
        receiving: 'other.example.de',
        years: DEFAULT_YEARS,
      });
    const result = readEwpIias(response(iia(specs)));
    expect(result.agreements[0]?.commitments).toHaveLength(1);
    expect(result.issues[0]).toEqual({
      code: 'spec_not_home',
      path: '/iias-get-response/iia/cooperation-conditions/student-studies-mobility-spec[2]',
      message:
        "This mobility goes from 'univ-lyon.example.fr' to 'other.example.de', not between the home institution 'uhs.edu.kh' and the other partner of the IIA: it is not imported",
      params: {
        sending: 'univ-lyon.example.fr',
        receiving: 'other.example.de',
        homeHeiId: 'uhs.edu.kh',
      },
    });
  });

  it('does not import an IIA with one partner, twice the same partner, or no id', () => {
    const one = iia(undefined, '<partner><hei-id>uhs.edu.kh</hei-id><iia-id>x</iia-id></partner>');
    const twice = iia(
      undefined,
      '<partner><hei-id>uhs.edu.kh</hei-id><iia-id>x</iia-id></partner><partner><hei-id>uhs.edu.kh</hei-id></partner>',
    );
    const noId = iia(
      undefined,
      '<partner><hei-id>uhs.edu.kh</hei-id></partner><partner><hei-id>univ-lyon.example.fr</hei-id></partner>',
    );
    const result = readEwpIias(response(one, twice, noId));
    expect(result.agreements).toEqual([]);
    expect(result.issues.map(({ code, path }) => [code, path])).toEqual([
      ['partner_count', '/iias-get-response/iia[1]'],
      ['duplicate_partner', '/iias-get-response/iia[2]'],
      ['no_iia_id', '/iias-get-response/iia[3]'],
    ]);
  });

  it('does not import an IIA twice, nor one without mobility or academic years', () => {
    const noYears = iia(
      spec(),
      '<partner><hei-id>uhs.edu.kh</hei-id><iia-id>b</iia-id></partner><partner><hei-id>univ-lyon.example.fr</hei-id></partner>',
    );
    const noSpec = iia(
      '',
      '<partner><hei-id>uhs.edu.kh</hei-id><iia-id>c</iia-id></partner><partner><hei-id>univ-lyon.example.fr</hei-id></partner>',
    );
    const result = readEwpIias(response(iia(), iia(), noYears, noSpec));
    expect(result.agreements.map((agreement) => agreement.id)).toEqual(['ewp-uhs-iia-2026-01']);
    expect(result.issues.map(({ code, path }) => [code, path])).toEqual([
      ['duplicate_iia', '/iias-get-response/iia[2]'],
      [
        'missing_element',
        '/iias-get-response/iia[3]/cooperation-conditions/student-studies-mobility-spec/receiving-first-academic-year-id',
      ],
      [
        'missing_element',
        '/iias-get-response/iia[3]/cooperation-conditions/student-studies-mobility-spec/receiving-last-academic-year-id',
      ],
      ['no_period', '/iias-get-response/iia[3]'],
      ['no_mobility', '/iias-get-response/iia[4]'],
    ]);
    expect(result.issues[0]?.params).toEqual({ id: 'ewp-uhs-iia-2026-01' });
  });

  it('leaves out a spec without a valid mobilities-per-year', () => {
    const specs = spec({ years: DEFAULT_YEARS }) + spec({ years: DEFAULT_YEARS, perYear: '0' });
    const result = readEwpIias(response(iia(specs)));
    expect(result.agreements[0]?.commitments).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({
      code: 'invalid_value',
      path: '/iias-get-response/iia/cooperation-conditions/student-studies-mobility-spec[2]/mobilities-per-year',
      params: { element: 'mobilities-per-year', value: '0' },
    });
  });
});

describe('readEwpIias: values the model cannot take', () => {
  /** One spec with `inner`; the partner's languages, which these specs leave out, are not the point. */
  const read = (inner: string, kind?: string) => {
    const result = readEwpIias(
      response(iia(spec({ years: DEFAULT_YEARS, inner, ...(kind === undefined ? {} : { kind }) }))),
    );
    return {
      ...result,
      issues: result.issues.filter((issue) => issue.code !== 'partner_incomplete'),
    };
  };

  it('leaves out an unknown ISCED-F code, with "did you mean"', () => {
    const result = read(
      '<subject-area><isced-f-code>0918</isced-f-code><isced-clarification>Example</isced-clarification></subject-area><subject-area><isced-f-code>0912</isced-f-code></subject-area>',
    );
    expect(result.agreements[0]?.commitments[0]).toMatchObject({ fields: ['0912'] });
    expect(result.agreements[0]?.commitments[0]).not.toHaveProperty('ewp');
    const [unknown, clarification] = result.issues;
    expect(unknown).toMatchObject({
      code: 'unknown_isced',
      path: '/iias-get-response/iia/cooperation-conditions/student-studies-mobility-spec/subject-area[1]/isced-f-code',
      params: { value: '0918' },
    });
    expect(unknown?.params['suggestions']).toMatch(/^\d{4}(,\d{4}){0,2}$/);
    expect(unknown?.message).toMatch(
      /^'0918' is not an ISCED-F 2013 detailed field; did you mean '\d{4}'/,
    );
    expect(clarification).toMatchObject({
      code: 'not_imported',
      params: { element: 'isced-clarification' },
    });
    expect(formatMessage('ewp.unknown_isced', unknown?.params ?? {}, { locale: 'fr' })).toMatch(
      /^'0918' n’est pas un domaine détaillé de la CITE-F 2013\u00a0; vouliez-vous dire /,
    );
  });

  it('leaves out a language tag that is not an ISO 639-1 code (en-GB), suggesting its language', () => {
    const result = read(
      '<recommended-language-skill><language>en-GB</language><cefr-level>B2</cefr-level></recommended-language-skill><recommended-language-skill><language>fr</language></recommended-language-skill><recommended-language-skill><language>x-klingon</language></recommended-language-skill>',
    );
    expect(result.agreements[0]?.commitments[0]).toMatchObject({ languages: [{ code: 'fr' }] });
    expect(result.issues.map(({ code, params }) => [code, params])).toEqual([
      ['language_tag', { value: 'en-GB', code: 'en' }],
      ['language_tag', { value: 'x-klingon', code: '' }],
    ]);
    expect(result.issues[1]?.message).toBe(
      "The language 'x-klingon' is not an ISO 639-1 code of the catalogue: it is left out",
    );
    expect(
      formatMessage('ewp.language_tag', result.issues[0]?.params ?? {}, { locale: 'fr' }),
    ).toBe(
      "La langue 'en-GB' n’est pas un code ISO 639-1 du catalogue (vouliez-vous dire 'en'\u00a0?)\u00a0: elle est laissée de côté",
    );
  });

  it('leaves out an EQF level below 5, and one that is not a level', () => {
    const result = read(
      '<blended>true</blended><eqf-level>3</eqf-level><eqf-level>6</eqf-level><eqf-level>9</eqf-level><eqf-level>6</eqf-level>',
    );
    expect(result.agreements[0]?.commitments[0]).toMatchObject({ eqfLevels: [6], blended: true });
    expect(result.issues.map(({ code, params }) => [code, params])).toEqual([
      ['eqf_level', { value: '3' }],
      ['invalid_value', { element: 'eqf-level', value: '9' }],
      ['duplicate_value', { element: 'eqf-level', value: '6' }],
    ]);
    expect(result.issues[0]?.message).toBe(
      'EQF level 3 is below 5: the model takes levels 5 to 8 (higher education), it is left out',
    );
  });

  it('reads totals to 2 decimal places, and leaves out others', () => {
    const ok = read(
      '<total-days-per-year> 12.50 </total-days-per-year>',
      'staff-teacher-mobility-spec',
    );
    expect(ok.agreements[0]?.commitments[0]).toMatchObject({
      activity: 1,
      type: 'teaching',
      totalDaysPerYear: 12.5,
    });
    expect(ok.issues).toEqual([]);
    for (const bad of ['12.125', '0', '-1', 'ten']) {
      const result = read(`<total-months-per-year>${bad}</total-months-per-year>`);
      expect(result.agreements[0]?.commitments[0], bad).not.toHaveProperty('totalMonthsPerYear');
      expect(codes(result.issues), bad).toEqual(['invalid_value']);
    }
  });

  it('reads calendar-year academic years, and leaves out a range that is none', () => {
    const south = readEwpIias(response(iia(spec({ years: ['2026/2026', '2027/2027'] }))));
    expect(south.agreements[0]).toMatchObject({
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
      commitments: [{ academicYears: { first: '2026', last: '2027' } }],
    });
    const broken = readEwpIias(
      response(
        iia(
          spec({ years: DEFAULT_YEARS, inner: FRENCH }) +
            spec({ years: ['2026/2028', '2027/2028'] }) +
            spec({ years: ['2028/2029', '2026/2027'] }),
        ),
      ),
    );
    expect(
      broken.agreements[0]?.commitments.map((commitment) =>
        commitment.kind === 'mobility' ? commitment.academicYears : null,
      ),
    ).toEqual([{ first: '2026-2027', last: '2027-2028' }, undefined, undefined]);
    expect(broken.issues.map(({ code, params }) => [code, params])).toEqual([
      ['invalid_value', { element: 'receiving-first-academic-year-id', value: '2026/2028' }],
      ['invalid_value', { element: 'receiving-last-academic-year-id', value: '2026/2027' }],
    ]);
  });

  it('keeps a staff spec apart from student facts, and says what it has no field for', () => {
    const result = read(
      '<blended>false</blended><eqf-level>7</eqf-level>',
      'staff-training-mobility-spec',
    );
    expect(result.agreements[0]?.commitments[0]).toEqual(
      expect.not.objectContaining({ blended: expect.anything() }),
    );
    expect(result.agreements[0]?.scope).toEqual(['A1']);
    expect(result.issues.map(({ code, params }) => [code, params])).toEqual([
      ['not_imported', { element: 'blended' }],
      ['not_imported', { element: 'eqf-level' }],
    ]);
  });

  it('reads a skill’s own subject area, and other terms', () => {
    const result = read(
      '<recommended-language-skill not-yet-defined="1"><language>fr</language><cefr-level>B2</cefr-level><subject-area><isced-f-code>0912</isced-f-code><isced-clarification>Clinical French</isced-clarification></subject-area></recommended-language-skill><other-info-terms>Example terms &amp; conditions</other-info-terms>',
    );
    expect(result.agreements[0]?.commitments[0]).toMatchObject({
      languages: [
        {
          code: 'fr',
          minLevel: 'B2',
          notYetDefined: true,
          field: '0912',
          fieldClarification: 'Clinical French',
        },
      ],
      otherTerms: 'Example terms & conditions',
    });
    expect(result.issues).toEqual([]);
  });
});

describe('readEwpIias: identities, period and partner', () => {
  it('derives ids: the home iia-id as it is, else a slug and a hash, always a valid id', () => {
    const partners = (home: string, other = '') =>
      `<partner><hei-id>uhs.edu.kh</hei-id>${home}</partner><partner><hei-id>univ-lyon.example.fr</hei-id>${other}${LYON_CONTACT}</partner>`;
    const ids = [
      partners('<iia-id>uhs-iia-2026-01</iia-id>'),
      partners('<iia-id>UHS/IIA/2026/01</iia-id>'),
      partners('<iia-id>UHS/IIA/2026/02</iia-id>'),
      partners('<iia-code>UHS 2026 01</iia-code>'),
      partners('', '<iia-id>LYON-4711</iia-id>'),
      partners('', '<iia-code>LY/2026</iia-code>'),
      partners(`<iia-id>${'x'.repeat(64)}</iia-id>`),
    ].map((xml) => readEwpIias(response(iia(undefined, xml))).agreements[0]?.id);
    expect(ids[0]).toBe('ewp-uhs-iia-2026-01');
    expect(ids[1]).toMatch(/^ewp-uhs-iia-2026-01-[0-9a-f]{8}$/);
    expect(ids[2]).toMatch(/^ewp-uhs-iia-2026-02-[0-9a-f]{8}$/);
    expect(ids[3]).toMatch(/^ewp-uhs-2026-01-[0-9a-f]{8}$/);
    expect(ids[4]).toMatch(/^ewp-lyon-4711-[0-9a-f]{8}$/);
    expect(ids[5]).toMatch(/^ewp-ly-2026-[0-9a-f]{8}$/);
    expect(ids[6]).toMatch(new RegExp(`^ewp-${'x'.repeat(50)}-[0-9a-f]{8}$`));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
  });

  it('derives the partner id from the SCHAC id, within 64 characters', () => {
    const long = `${'a'.repeat(63)}.${'b'.repeat(20)}.example.de`;
    const result = readEwpIias(
      response(
        iia(
          spec({
            receiving: long,
            years: DEFAULT_YEARS,
            inner:
              '<recommended-language-skill><language>de</language></recommended-language-skill>',
          }),
          `<partner><hei-id>uhs.edu.kh</hei-id><iia-id>u1</iia-id></partner><partner><hei-id>${long}</hei-id>${LYON_CONTACT}</partner>`,
        ),
      ),
    );
    expectValid(result);
    expect(result.partners[0]?.id).toMatch(new RegExp(`^ewp-${'a'.repeat(50)}-[0-9a-f]{8}$`));
    expect(result.partners[0]).toMatchObject({ country: 'DE', languages: ['de'] });
    expect(result.agreements[0]?.partnerIds).toEqual([result.partners[0]?.id]);
  });

  it('takes the period from the policy’s start month, and signedOn from the partner', () => {
    const partners = `<partner><hei-id>uhs.edu.kh</hei-id><iia-id>u1</iia-id><signing-date>2026-05-02</signing-date></partner><partner><hei-id>univ-lyon.example.fr</hei-id><signing-date>2026-06-15+02:00</signing-date>${LYON_CONTACT}</partner>`;
    const xml = response(iia(undefined, partners));
    expect(readEwpIias(xml).agreements[0]).toMatchObject({
      signedOn: '2026-06-15',
      startsOn: '2026-10-01',
      endsOn: '2028-09-30',
    });
    expect(readEwpIias(xml, { academicYearStartMonth: 9 }).agreements[0]).toMatchObject({
      startsOn: '2026-09-01',
      endsOn: '2028-08-31',
    });
    const homeOnly = partners.replace('<signing-date>2026-06-15+02:00</signing-date>', '');
    expect(readEwpIias(response(iia(undefined, homeOnly))).agreements[0]?.signedOn).toBe(
      '2026-05-02',
    );
    const late = partners.replace('2026-06-15+02:00', '2031-01-01');
    const result = readEwpIias(response(iia(undefined, late)));
    expect(result.agreements[0]).not.toHaveProperty('signedOn');
    expect(result.issues[0]).toMatchObject({
      code: 'invalid_value',
      params: { element: 'signing-date', value: '2031-01-01' },
    });
  });

  it('keeps terminated-as-a-whole and in-effect', () => {
    const xml = response(iia())
      .replace('<cooperation-conditions>', '<cooperation-conditions terminated-as-a-whole="true">')
      .replace('<in-effect>false', '<in-effect>true');
    expect(readEwpIias(xml).agreements[0]?.ewp).toEqual({
      partners: [
        { heiId: 'uhs.edu.kh', iiaId: 'uhs-iia-2026-01' },
        { heiId: 'univ-lyon.example.fr', iiaId: 'LYON-4711' },
      ],
      inEffect: true,
      terminatedAsAWhole: true,
    });
  });

  it('reads contacts with an e-mail, leaves out the others, and merges one partner’s IIAs', () => {
    const contacts = `<signing-contact><c:contact-name>Example Officer</c:contact-name><c:person-gender>9</c:person-gender><c:email>ir@univ-lyon.example.fr</c:email><c:role-description>International relations</c:role-description></signing-contact><c:contact><c:person-given-names>Ann</c:person-given-names><c:person-family-name>Example</c:person-family-name><c:email>ann@univ-lyon.example.fr</c:email></c:contact><c:contact><c:contact-name>No Mail</c:contact-name></c:contact>`;
    const first = iia(
      undefined,
      `<partner><hei-id>uhs.edu.kh</hei-id><iia-id>u1</iia-id></partner><partner><hei-id>univ-lyon.example.fr</hei-id>${contacts}</partner>`,
    );
    const second = iia(
      spec({
        years: DEFAULT_YEARS,
        inner:
          '<recommended-language-skill><language>en</language></recommended-language-skill><subject-area><isced-f-code>0912</isced-f-code></subject-area>',
      }),
      `<partner><hei-id>univ-lyon.example.fr</hei-id><iia-id>LY-2</iia-id>${LYON_CONTACT}</partner><partner><hei-id>uhs.edu.kh</hei-id><iia-id>u2</iia-id></partner>`,
    );
    const result = readEwpIias(response(first, second));
    expectValid(result);
    expect(result.agreements.map((agreement) => agreement.partnerIds)).toEqual([
      ['ewp-univ-lyon-example-fr'],
      ['ewp-univ-lyon-example-fr'],
    ]);
    expect(result.partners).toEqual([
      {
        id: 'ewp-univ-lyon-example-fr',
        name: 'univ-lyon.example.fr',
        type: 'higher-education-institution',
        country: 'FR',
        identifiers: { schac: 'univ-lyon.example.fr' },
        fields: ['0912'],
        languages: ['fr', 'en'],
        contacts: [
          {
            name: 'Example Officer',
            role: 'International relations',
            email: 'ir@univ-lyon.example.fr',
          },
          { name: 'Ann Example', email: 'ann@univ-lyon.example.fr' },
        ],
      },
    ]);
    expect(result.issues.map(({ code, params }) => [code, params])).toEqual([
      ['not_imported', { element: 'person-gender' }],
      ['incomplete_contact', { element: 'email' }],
    ]);
  });
});

describe('readEwpIias: options, order and determinism', () => {
  it('takes the areas from areaOf, and falls back to the default on a bad answer', () => {
    expect(DEFAULT_EWP_AREAS).toEqual({
      studies: 'B',
      traineeship: 'B',
      teaching: 'B',
      training: 'A',
    });
    expect(Object.isFrozen(DEFAULT_EWP_AREAS)).toBe(true);
    const seen: unknown[] = [];
    const areaOf: EwpAreaOf = (mobility) => {
      seen.push(mobility);
      return mobility.direction === 'incoming' ? 'C' : DEFAULT_EWP_AREAS[mobility.type];
    };
    const result = readEwpIias(example, { homeHeiId: 'uw.edu.pl', areaOf });
    expect(result.agreements[0]?.scope).toEqual(['B1', 'B2', 'C1']);
    expect(seen[0]).toEqual({
      type: 'studies',
      activity: 2,
      direction: 'outgoing',
      fields: ['0314'],
      partnerHeiId: 'hibo.no',
    });
    const bad = readEwpIias(example, { homeHeiId: 'uw.edu.pl', areaOf: () => 'E' as 'A' });
    expect(bad.agreements[0]?.scope).toEqual(['A1', 'B1', 'B2']);
    expect(bad.issues.filter((issue) => issue.code === 'invalid_area')).toHaveLength(5);
    expect(bad.issues.find((issue) => issue.code === 'invalid_area')?.message).toBe(
      "areaOf gave 'E' for a studies mobility, which is not an area: the default area B is used",
    );
    const throwing = readEwpIias(example, {
      homeHeiId: 'uw.edu.pl',
      areaOf: () => {
        throw new Error('boom');
      },
    });
    expect(throwing.agreements).toHaveLength(1);
    expect(throwing.issues.find((issue) => issue.code === 'invalid_area')?.params['received']).toBe(
      "'an error (boom)'",
    );
  });

  it('gives an issue for an invalid option, never an exception', () => {
    for (const [options, option] of [
      [{ homeHeiId: 'UHS' }, 'homeHeiId'],
      [{ academicYearStartMonth: 13 }, 'academicYearStartMonth'],
      [{ areaOf: 'B' }, 'areaOf'],
      ['uhs.edu.kh', 'options'],
    ] as const) {
      const result = readEwpIias(example, options as never);
      expect(result.agreements).toEqual([]);
      expect(result.issues).toMatchObject([
        { code: 'invalid_option', path: '/', params: { option } },
      ]);
    }
  });

  it('depends on no partner or contact order but ewp.partners’', () => {
    const swapped = example.replace(
      /(<partner>[\s\S]*?<\/partner>)(\s*)(<partner>[\s\S]*?<\/partner>)/,
      '$3$2$1',
    );
    const a = readEwpIias(example, { homeHeiId: 'uw.edu.pl' });
    const b = readEwpIias(swapped, { homeHeiId: 'uw.edu.pl' });
    const withoutOrder = (result: EwpImport) =>
      result.agreements.map((agreement) => ({
        ...agreement,
        ewp: { ...agreement.ewp, partners: [...(agreement.ewp?.partners ?? [])].reverse() },
      }));
    expect(b.agreements[0]?.ewp?.partners.map((partner) => partner.heiId)).toEqual([
      'hibo.no',
      'uw.edu.pl',
    ]);
    expect(withoutOrder(b)).toEqual(a.agreements);
    expect(b.partners).toEqual(a.partners);
    // Warsaw's contacts, in either order, are the same contacts.
    const fromBergen = (xml: string) =>
      readEwpIias(xml, { homeHeiId: 'hibo.no' }).partners[0]?.contacts ?? [];
    const reordered = example.replace(
      /(<signing-contact>[\s\S]*?<\/signing-contact>)(\s*)(<c:contact>[\s\S]*?<\/c:contact>)/,
      '$3$2$1',
    );
    expect(reordered).not.toBe(example);
    expect(new Set(fromBergen(reordered).map((contact) => contact.name))).toEqual(
      new Set(fromBergen(example).map((contact) => contact.name)),
    );
  });

  it('is deterministic, frozen, and reads each IIA of a response on its own', () => {
    const xml = response(
      iia(),
      iia(
        undefined,
        '<partner><hei-id>uhs.edu.kh</hei-id><iia-id>uhs-iia-2026-02</iia-id></partner><partner><hei-id>univ-lyon.example.fr</hei-id></partner>',
      ),
    );
    const first = readEwpIias(xml);
    expect(readEwpIias(xml)).toEqual(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.agreements)).toBe(true);
    expect(Object.isFrozen(first.issues)).toBe(true);
    expect(first.agreements.map((agreement) => agreement.id)).toEqual([
      'ewp-uhs-iia-2026-01',
      'ewp-uhs-iia-2026-02',
    ]);
    // Each IIA reads the same alone as with others.
    const alone = readEwpIias(response(iia()));
    expect(alone.agreements[0]).toEqual(first.agreements[0]);
  });

  it('has a French message for every issue it gives', () => {
    const messages = [
      ...readEwpIias(partA, { homeHeiId: 'a.example.org' }).issues,
      ...readEwpIias(example).issues,
      ...readEwpIias(example, { homeHeiId: 'UHS' }).issues,
    ];
    for (const issue of messages) {
      const fr = formatMessage(`ewp.${issue.code}`, issue.params, { locale: 'fr' });
      expect(fr).not.toBe(issue.message);
      expect(fr).not.toMatch(/ :/);
    }
    expect(formatMessage('ewp.no_period', {}, { locale: 'fr' })).toBe(
      'Aucune mobilité de l’IIA ne donne ses années universitaires, donc sa période (startsOn, endsOn) ne peut pas être déduite\u00a0: il n’est pas importé',
    );
  });
});

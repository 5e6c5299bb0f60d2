// One-off authoring aid: writes examples/network.json. Kept so the example can be regenerated
// and reviewed as code; the JSON file is what ships and what the tests read. The file is
// formatted with the repository's Prettier settings, so regenerating an unchanged example
// leaves it byte for byte as it was.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

const contact = (city, domain, focalPoint = true) => ({
  name: `Example Officer of ${city}`,
  role: 'International relations officer',
  email: `international@${domain}`,
  ...(focalPoint ? { focalPoint: true } : {}),
});

const partner = (id, name, type, country, city, domain, extra = {}) => ({
  id,
  name,
  type,
  country,
  city,
  website: `https://www.${domain}/`,
  fields: ['0912', '0913'],
  languages: ['en'],
  contacts: [contact(city, domain)],
  ...extra,
});

const partners = [
  partner(
    'example-univ-lyon',
    'Example University of Lyon (fictional)',
    'university',
    'FR',
    'Lyon',
    'lyon.example.edu',
    {
      acronym: 'EUL',
      // A fictional ROR id: rorIdOf(1) of src/core/_ror.ts, a body of zeros with valid check
      // digits, which ROR's random assignment does not produce (see docs/domain.md).
      // Its SCHAC id (EWP heiId) and the EWP id of the faculty that deals with UHS.
      identifiers: { ror: '000000195', schac: 'lyon.example.edu', ounitIds: ['fac-medicine'] },
      languages: ['fr', 'en'],
      offers: ['B4', 'B5', 'C5'],
      joinedOn: '2014-01-15',
    },
  ),
  partner(
    'example-univ-leuven',
    'Example University of Leuven (fictional)',
    'university',
    'BE',
    'Leuven',
    'leuven.example.edu',
    {
      languages: ['fr', 'nl', 'en'],
      offers: ['A3', 'B3'],
    },
  ),
  partner(
    'example-univ-sydney',
    'Example University of Sydney (fictional)',
    'university',
    'AU',
    'Sydney',
    'sydney.example.edu',
    {
      offers: ['A1', 'A4'],
    },
  ),
  partner(
    'example-univ-heidelberg',
    'Example University of Heidelberg (fictional)',
    'university',
    'DE',
    'Heidelberg',
    'heidelberg.example.edu',
    {
      languages: ['de', 'en'],
      fields: ['0912', '0914'],
    },
  ),
  partner(
    'example-inst-osaka',
    'Example Institute of Public Health of Osaka (fictional)',
    'research-institute',
    'JP',
    'Osaka',
    'osaka.example.org',
    {
      languages: ['ja', 'en'],
      offers: ['C2', 'C3', 'C4'],
    },
  ),
  partner(
    'example-univ-seoul',
    'Example University of Seoul (fictional)',
    'university',
    'KR',
    'Seoul',
    'seoul.example.edu',
    {
      languages: ['ko', 'en'],
      fields: ['0911', '0912'],
    },
  ),
  partner(
    'example-univ-singapore',
    'Example University of Singapore (fictional)',
    'university',
    'SG',
    'Singapore',
    'singapore.example.edu',
    {
      offers: ['C1', 'D1'],
    },
  ),
  partner(
    'example-univ-boston',
    'Example University of Boston (fictional)',
    'university',
    'US',
    'Boston',
    'boston.example.edu',
    {
      fields: ['0912', '0923'],
    },
  ),
  partner(
    'example-univ-bangkok',
    'Example University of Bangkok (fictional)',
    'university',
    'TH',
    'Bangkok',
    'bangkok.example.ac',
    {
      languages: ['th', 'en'],
      offers: ['B3', 'D2'],
    },
  ),
  partner(
    'example-hospital-hanoi',
    'Example Teaching Hospital of Hanoi (fictional)',
    'teaching-hospital',
    'VN',
    'Hanoi',
    'hanoi.example.org',
    {
      languages: ['vi', 'fr', 'en'],
      fields: ['0912', '0913', '0915'],
    },
  ),
  partner(
    'example-univ-vientiane',
    'Example University of Health Sciences of Vientiane (fictional)',
    'university',
    'LA',
    'Vientiane',
    'vientiane.example.org',
    {
      languages: ['lo', 'fr'],
      offers: ['C5', 'D3', 'D5'],
    },
  ),
  partner(
    'example-agency-manila',
    'Example Public Health Agency of Manila (fictional)',
    'public-health-agency',
    'PH',
    'Manila',
    'manila.example.org',
    {
      fields: ['0923'],
    },
  ),
  partner(
    'example-ngo-geneva',
    'Example Health Partnership NGO of Geneva (fictional)',
    'ngo',
    'CH',
    'Geneva',
    'geneva.example.org',
    {
      languages: ['fr', 'en'],
      fields: [],
      offers: ['D1', 'D4'],
    },
  ),
  partner(
    'example-foundation-montreal',
    'Example Foundation for Global Health of Montreal (fictional)',
    'foundation',
    'CA',
    'Montreal',
    'montreal.example.org',
    {
      languages: ['fr', 'en'],
      fields: [],
      contacts: [contact('Montreal', 'montreal.example.org', false)],
    },
  ),
];

// Schema version 2: a mobility has a type, `teaching` for staff and `studies` for students
// unless said otherwise, and may carry the other facts EWP counts (`extra`).
const mobility = (area, activity, direction, perYear, extra = {}) => ({
  kind: 'mobility',
  area,
  activity,
  type: activity === 1 ? 'teaching' : 'studies',
  direction,
  perYear,
  ...extra,
});

const agreements = [
  {
    id: 'mou-lyon-2014',
    title: 'Memorandum of understanding with the Example University of Lyon',
    instrument: 'mou',
    partnerIds: ['example-univ-lyon'],
    signedOn: '2013-12-10',
    startsOn: '2014-01-01',
    endsOn: '2018-12-31',
    scope: ['B2', 'B4', 'C5'],
    commitments: [
      mobility('B', 2, 'outgoing', 4, {
        totalMonthsPerYear: 20,
        level: 'master',
        fields: ['0912'],
        languages: [{ code: 'fr', minLevel: 'B2' }],
        eqfLevels: [7],
        academicYears: { first: '2014-2015', last: '2017-2018' },
        blended: false,
      }),
      mobility('B', 2, 'incoming', 2, {
        totalMonthsPerYear: 10,
        languages: [
          { code: 'en', minLevel: 'B1' },
          { code: 'fr', minLevel: 'A2' },
        ],
      }),
      {
        kind: 'distance-course',
        area: 'B',
        activity: 4,
        courses: 3,
        language: 'fr',
        assessment: true,
      },
      {
        kind: 'joint-programme',
        area: 'C',
        activity: 5,
        programme: 'research-project',
        title: 'Example study of neonatal care (fictional)',
      },
    ],
    funding: { source: 'Example Cooperation Fund (fictional)', amount: 120000, currency: 'EUR' },
    // Its identity in Erasmus Without Paper: each side's own id and code of the agreement.
    ewp: {
      partners: [
        { heiId: 'uhs.edu.kh', iiaId: 'uhs-iia-2014-001', iiaCode: 'UHS–EUL 2014' },
        {
          heiId: 'lyon.example.edu',
          ounitId: 'fac-medicine',
          iiaId: 'eul-0042',
          iiaCode: 'EUL/IIA/2014/42',
        },
      ],
      inEffect: true,
    },
  },
  {
    id: 'research-heidelberg-2013',
    title: 'Research agreement with the Example University of Heidelberg',
    instrument: 'research',
    partnerIds: ['example-univ-heidelberg'],
    signedOn: '2012-11-20',
    startsOn: '2013-01-01',
    endsOn: '2016-12-31',
    scope: ['C1', 'C5'],
    commitments: [mobility('C', 1, 'incoming', 2, { type: 'training', totalDaysPerYear: 20 })],
  },
  {
    id: 'exchange-osaka-2015',
    title: 'Staff exchange with the Example Institute of Public Health of Osaka',
    instrument: 'exchange',
    partnerIds: ['example-inst-osaka'],
    signedOn: '2015-03-01',
    startsOn: '2015-04-01',
    endsOn: '2017-10-31',
    scope: ['C2', 'C3'],
    commitments: [mobility('C', 2, 'outgoing', 3)],
  },
  {
    id: 'mou-seoul-2017',
    title: 'Memorandum of understanding with the Example University of Seoul',
    instrument: 'mou',
    partnerIds: ['example-univ-seoul'],
    signedOn: '2017-05-15',
    startsOn: '2017-09-01',
    endsOn: '2020-08-31',
    scope: ['B1', 'B2'],
    commitments: [mobility('B', 1, 'incoming', 2)],
  },
  {
    id: 'grant-boston-2014',
    title: 'Research grant with the Example University of Boston',
    instrument: 'grant',
    partnerIds: ['example-univ-boston'],
    signedOn: '2014-05-01',
    startsOn: '2014-06-01',
    endsOn: '2019-05-31',
    scope: ['C5'],
    commitments: [],
    terminatedOn: '2016-12-31',
    funding: { source: 'Example Research Council (fictional)' },
  },
  {
    id: 'mou-sydney-2015',
    title: 'Memorandum of understanding with the Example University of Sydney',
    instrument: 'mou',
    partnerIds: ['example-univ-sydney'],
    startsOn: '2015-01-01',
    endsOn: '2019-12-31',
    scope: ['A1', 'A4'],
    commitments: [mobility('A', 1, 'outgoing', 1)],
    suspended: true,
  },
  {
    id: 'network-asean-2016',
    title: 'ASEAN community health network with Singapore and Bangkok',
    instrument: 'mou',
    partnerIds: ['example-univ-bangkok', 'example-univ-singapore'],
    signedOn: '2015-12-01',
    startsOn: '2016-01-01',
    endsOn: '2018-12-31',
    scope: ['B3', 'D1', 'D2'],
    commitments: [
      mobility('D', 2, 'outgoing', 6),
      mobility('D', 2, 'incoming', 6),
      {
        kind: 'resources',
        area: 'B',
        activity: 3,
        items: ['curriculum', 'guidelines'],
        coDeveloped: true,
      },
    ],
  },
  {
    id: 'exchange-hanoi-2014',
    title: 'Clinical exchange with the Example Teaching Hospital of Hanoi',
    instrument: 'exchange',
    partnerIds: ['example-hospital-hanoi'],
    startsOn: '2014-03-01',
    endsOn: '2017-12-15',
    scope: ['B5', 'C4'],
    commitments: [
      {
        kind: 'joint-programme',
        area: 'B',
        activity: 5,
        programme: 'joint-course',
        title: 'Example course in emergency medicine (fictional)',
      },
    ],
  },
  {
    id: 'mou-vientiane-2012',
    title: 'First memorandum with the Example University of Health Sciences of Vientiane',
    instrument: 'mou',
    partnerIds: ['example-univ-vientiane'],
    startsOn: '2012-01-01',
    endsOn: '2014-12-31',
    scope: ['D3'],
    commitments: [],
  },
  {
    id: 'mou-vientiane-2015',
    title: 'Renewed memorandum with the Example University of Health Sciences of Vientiane',
    instrument: 'mou',
    partnerIds: ['example-univ-vientiane'],
    signedOn: '2014-12-01',
    startsOn: '2015-01-01',
    endsOn: '2019-12-31',
    scope: ['D3', 'D5'],
    commitments: [
      {
        kind: 'joint-programme',
        area: 'D',
        activity: 5,
        programme: 'research-project',
        title: 'Example village health survey (fictional)',
      },
    ],
    renews: 'mou-vientiane-2012',
  },
  {
    id: 'mou-manila-2016',
    title: 'Memorandum with the Example Public Health Agency of Manila',
    instrument: 'mou',
    partnerIds: ['example-agency-manila'],
    startsOn: '2016-06-01',
    endsOn: '2018-05-31',
    scope: ['D4'],
    commitments: [
      {
        kind: 'distance-course',
        area: 'D',
        activity: 4,
        courses: 1,
        language: 'en',
        assessment: false,
      },
    ],
  },
  {
    id: 'exchange-leuven-2010',
    title: 'Exchange agreement with the Example University of Leuven',
    instrument: 'exchange',
    partnerIds: ['example-univ-leuven'],
    startsOn: '2010-09-01',
    endsOn: '2013-08-31',
    scope: ['A3', 'B3'],
    commitments: [],
  },
];

const proposals = [
  {
    id: 'eoi-lyon-2017',
    partner: 'example-univ-lyon',
    submittedOn: '2017-05-02',
    period: { start: '2017-09-01', end: '2020-08-31' },
    scope: ['B5', 'C5'],
    commitments: [
      {
        kind: 'joint-programme',
        area: 'B',
        activity: 5,
        programme: 'double-degree',
        title: 'Example double master in public health (fictional)',
      },
    ],
    strategies: [3, 4],
    funding: { source: 'Example Cooperation Fund (fictional)' },
  },
  {
    id: 'eoi-osaka-2017',
    partner: 'example-inst-osaka',
    submittedOn: '2017-06-01',
    period: { start: '2017-11-01', end: '2019-10-31' },
    scope: ['C3', 'C4'],
    commitments: [
      {
        kind: 'distance-course',
        area: 'C',
        activity: 4,
        courses: 2,
        language: 'ja',
        assessment: true,
      },
    ],
    notes: 'Teaches in Japanese: conditional on the bilingual platform rule.',
  },
  {
    id: 'eoi-heidelberg-2017',
    partner: 'example-univ-heidelberg',
    submittedOn: '2017-04-10',
    period: { start: '2017-07-01', end: '2019-06-30' },
    scope: ['C1', 'C3'],
    commitments: [mobility('C', 1, 'outgoing', 2)],
    strategies: [3],
  },
  {
    id: 'eoi-yangon-2017',
    partner: partner(
      'example-univ-yangon',
      'Example University of Medicine of Yangon (fictional)',
      'university',
      'MM',
      'Yangon',
      'yangon.example.org',
      {
        languages: ['my', 'en'],
        offers: ['A2', 'B2'],
      },
    ),
    submittedOn: '2017-06-15',
    period: { start: '2018-01-01', end: '2020-12-31' },
    scope: ['A2', 'B2'],
    commitments: [mobility('B', 2, 'incoming', 5)],
    strategies: [2, 4],
  },
  {
    id: 'eoi-montreal-2017',
    partner: 'example-foundation-montreal',
    submittedOn: '2017-03-20',
    period: { start: '2017-09-01', end: '2018-08-31' },
    scope: ['D1'],
    commitments: [],
    notes: 'No focal point named yet.',
  },
  {
    id: 'eoi-phnom-penh-2017',
    partner: partner(
      'example-clinic-phnom-penh',
      'Example Clinic of Phnom Penh (fictional)',
      'hospital',
      'KH',
      'Phnom Penh',
      'phnom-penh.example.org',
      {
        languages: ['km', 'en'],
      },
    ),
    submittedOn: '2017-02-01',
    period: { start: '2017-03-01', end: '2018-02-28' },
    scope: ['D2'],
    commitments: [],
    notes: 'A Cambodian institution: not an international partner.',
  },
  {
    id: 'eoi-seoul-2017',
    partner: 'example-univ-seoul',
    submittedOn: '2017-06-20',
    period: { start: '2019-01-01', end: '2021-12-31' },
    scope: ['C5'],
    commitments: [],
    notes: 'Starts after the 2014–2018 plan ends.',
  },
  {
    id: 'eoi-geneva-2017',
    partner: 'example-ngo-geneva',
    submittedOn: '2017-01-15',
    period: { start: '2017-03-01', end: '2018-12-31' },
    scope: [],
    commitments: [],
    notes: 'No scope yet.',
  },
  {
    id: 'eoi-hanoi-2017',
    partner: 'example-hospital-hanoi',
    submittedOn: '2017-06-25',
    period: { start: '2017-12-16', end: '2020-12-15' },
    scope: ['B5', 'C4'],
    commitments: [
      {
        kind: 'distance-course',
        area: 'C',
        activity: 4,
        courses: 1,
        language: 'fr',
        assessment: true,
      },
    ],
    strategies: [1, 3],
    funding: { source: 'Example Hospital Twinning Programme (fictional)' },
  },
];

const network = {
  schemaVersion: 2,
  plan: { name: 'UHS Strategic Plan 2014–2018', start: '2014-01-01', end: '2018-12-31' },
  asOf: '2017-06-30',
  partners,
  agreements,
  proposals,
};

const file = fileURLToPath(new URL('../examples/network.json', import.meta.url));
const options = (await resolveConfig(file)) ?? {};
writeFileSync(file, await format(JSON.stringify(network, null, 2), { ...options, filepath: file }));
console.log(
  `examples/network.json: ${partners.length} partners, ${agreements.length} agreements, ${proposals.length} proposals`,
);

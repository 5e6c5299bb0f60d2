/** Valid inputs shared by the schema tests; each test copies and breaks one thing. */
export const partnerInput = {
  id: 'univ-lyon-example',
  name: 'Example University of Lyon',
  acronym: 'EUL',
  type: 'university',
  country: 'FR',
  city: 'Lyon',
  website: 'https://www.lyon.example.edu/',
  identifiers: { ror: '000000195', schac: 'lyon.example.edu', erasmusCode: 'F  LYON99' },
  fields: ['0912', '0913'],
  languages: ['fr', 'en'],
  offers: ['B4', 'C5'],
  contacts: [
    {
      name: 'Example Officer',
      role: 'International relations',
      email: 'ir@lyon.example.edu',
      phone: '+33 4 00 00 00 00',
      focalPoint: true,
    },
  ],
  joinedOn: '2014-03-01',
} as const;

export const agreementInput = {
  id: 'mou-2015-01',
  title: 'Memorandum of understanding with Example University of Lyon',
  instrument: 'mou',
  partnerIds: ['univ-lyon-example'],
  signedOn: '2014-12-15',
  startsOn: '2015-01-01',
  endsOn: '2019-12-31',
  scope: ['B2', 'B4', 'C5'],
  commitments: [
    {
      kind: 'mobility',
      area: 'B',
      activity: 2,
      type: 'studies',
      direction: 'outgoing',
      perYear: 4,
      totalMonthsPerYear: 12,
      level: 'master',
      fields: ['0912'],
      languages: [{ code: 'fr', minLevel: 'B2' }],
    },
    {
      kind: 'distance-course',
      area: 'B',
      activity: 4,
      courses: 2,
      language: 'fr',
      assessment: true,
    },
    {
      kind: 'joint-programme',
      area: 'C',
      activity: 5,
      programme: 'research-project',
      title: 'Example cohort study',
    },
  ],
  funding: { source: 'Example Foundation', amount: 20000, currency: 'EUR' },
} as const;

export const proposalInput = {
  id: 'eoi-2016-07',
  partner: 'univ-lyon-example',
  submittedOn: '2016-03-01',
  period: { start: '2016-09-01', end: '2019-08-31' },
  scope: ['B3'],
  commitments: [
    {
      kind: 'resources',
      area: 'B',
      activity: 3,
      items: ['curriculum', 'e-resources'],
      coDeveloped: true,
    },
  ],
  strategies: [4],
  notes: 'An example proposal.',
} as const;

export const networkInput = {
  schemaVersion: 2,
  plan: { name: 'Strategic Plan 2014–2018', start: '2014-01-01', end: '2018-12-31' },
  asOf: '2017-06-30',
  partners: [
    partnerInput,
    {
      ...partnerInput,
      id: 'inst-osaka-example',
      name: 'Example Institute of Osaka',
      acronym: 'EIO',
      type: 'research-institute',
      country: 'JP',
      identifiers: {},
      languages: ['ja', 'en'],
    },
  ],
  agreements: [
    agreementInput,
    {
      ...agreementInput,
      id: 'mou-2020-01',
      partnerIds: ['univ-lyon-example', 'inst-osaka-example'],
      signedOn: '2019-11-01',
      startsOn: '2020-01-01',
      endsOn: '2024-12-31',
      renews: 'mou-2015-01',
    },
  ],
  proposals: [proposalInput],
} as const;

/** A deep copy that a test may change freely. */
export function copy(value: unknown): any {
  return structuredClone(value);
}

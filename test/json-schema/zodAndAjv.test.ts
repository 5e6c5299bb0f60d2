/**
 * The same documents through Zod (the library) and through ajv (the generated JSON
 * Schemas): they agree on every rule JSON Schema can express. The exceptions are listed
 * in docs/json-schema.md, and tested here one by one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IssueCode } from '../../src/schemas/issues.js';
import {
  agreementInput,
  copy,
  networkInput,
  partnerInput,
  proposalInput,
} from '../schemas/_fixtures.js';
import { isPrefix, validateWithAjv, validateWithZod, type Kind } from './_validators.js';

interface Fixture {
  readonly kind: Kind;
  readonly name: string;
  readonly input: unknown;
}

interface Rejected extends Fixture {
  /** The code of the issue the library reports. */
  readonly code: IssueCode;
  /** Where the library reports it. */
  readonly path: readonly (string | number)[];
}

/** A deep copy of `base` changed by `edit`. */
function changed(base: unknown, edit: (draft: any) => unknown): unknown {
  const draft = copy(base);
  edit(draft);
  return draft;
}

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8')) as unknown;

const minimalPartner = {
  id: 'p1',
  name: 'Example Institute',
  type: 'research-institute',
  country: 'JP',
  fields: [],
  languages: ['en'],
  contacts: [{ name: 'Example Contact', email: 'c@example.jp' }],
};

const commitments = {
  mobility: {
    kind: 'mobility',
    area: 'B',
    activity: 2,
    type: 'studies',
    direction: 'outgoing',
    perYear: 4,
  },
  resources: {
    kind: 'resources',
    area: 'B',
    activity: 3,
    items: ['curriculum'],
    coDeveloped: true,
  },
  distance: {
    kind: 'distance-course',
    area: 'B',
    activity: 4,
    courses: 2,
    language: 'fr',
    assessment: true,
  },
  joint: {
    kind: 'joint-programme',
    area: 'C',
    activity: 5,
    programme: 'research-project',
    title: 'Example study',
  },
} as const;

const VALID: readonly Fixture[] = [
  { kind: 'Partner', name: 'a complete partner', input: partnerInput },
  { kind: 'Partner', name: 'a partner with only the required keys', input: minimalPartner },
  {
    kind: 'Partner',
    name: 'the valid fixture of the Python example',
    input: fixture('partner.valid.json'),
  },
  {
    kind: 'Partner',
    name: 'a ROR id as a URL, leap days, a website with port, path, query and fragment',
    input: changed(partnerInput, (draft) => {
      draft.identifiers.ror = 'https://ror.org/000000195';
      draft.joinedOn = '2000-02-29';
      draft.website = 'https://www.lyon.example.edu:8443/en/about%20us?lang=en&x=(1)#top';
    }),
  },
  {
    kind: 'Partner',
    name: 'an internationalised domain name in its ASCII (Punycode) form',
    input: changed(minimalPartner, (draft) => (draft.website = 'http://xn--80ak6aa92e.com/')),
  },
  {
    kind: 'Partner',
    name: "an e-mail domain label ending in '-' (Zod's pattern allows it; the schema has no format: email)",
    input: changed(minimalPartner, (draft) => (draft.contacts[0].email = 'ir@lyon-.example.edu')),
  },
  {
    kind: 'Partner',
    name: 'names at their maximum lengths',
    input: changed(minimalPartner, (draft) => {
      draft.name = '🏥'.repeat(300); // 600 UTF-16 units: lengths count characters
      draft.acronym = 'a'.repeat(50);
      draft.contacts[0].name = 'c'.repeat(200);
    }),
  },
  { kind: 'Agreement', name: 'a complete agreement', input: agreementInput },
  {
    kind: 'Agreement',
    name: 'every kind of commitment, each in scope, and the optional keys',
    input: changed(agreementInput, (draft) => {
      draft.scope = ['B2', 'B3', 'B4', 'C5'];
      draft.commitments = Object.values(commitments);
      draft.renews = 'mou-2010-01';
      draft.terminatedOn = '2018-06-30';
      draft.suspended = false;
    }),
  },
  { kind: 'Proposal', name: 'a proposal by partner id', input: proposalInput },
  {
    kind: 'Proposal',
    name: 'a proposal with its partner inline',
    input: changed(proposalInput, (draft) => (draft.partner = copy(partnerInput))),
  },
  {
    kind: 'Proposal',
    name: 'an empty scope, and commitments outside it (judged by the eligibility rules, not the schema)',
    input: changed(proposalInput, (draft) => {
      draft.scope = [];
      draft.commitments = [commitments.joint];
    }),
  },
  { kind: 'Network', name: 'a complete network', input: networkInput },
  {
    kind: 'Network',
    name: 'an empty network',
    input: { schemaVersion: 2, partners: [], agreements: [] },
  },
  {
    kind: 'Network',
    name: 'a network with its own home institution',
    input: {
      schemaVersion: 2,
      home: { name: 'Example Home University', country: 'LA', established: 1995 },
      partners: [changed(minimalPartner, (draft) => (draft.country = 'KH'))],
      agreements: [],
    },
  },
  ...Object.entries(commitments).map(([kind, input]) => ({
    kind: 'Commitment' as const,
    name: `a ${kind} commitment`,
    input,
  })),
  {
    kind: 'Commitment',
    name: 'a mobility commitment with every optional key',
    input: agreementInput.commitments[0],
  },
];

const INVALID: readonly Rejected[] = [
  // Unknown keys, at any depth.
  {
    kind: 'Partner',
    name: 'an unknown key',
    input: { ...partnerInput, emial: 'x@example.org' },
    code: 'unrecognized_keys',
    path: ['emial'],
  },
  {
    kind: 'Partner',
    name: 'an unknown key in a contact',
    input: changed(partnerInput, (draft) => (draft.contacts[0].focalpoint = true)),
    code: 'unrecognized_keys',
    path: ['contacts', 0, 'focalpoint'],
  },
  {
    kind: 'Partner',
    name: 'an unknown identifier',
    input: changed(partnerInput, (draft) => (draft.identifiers.orcid = '0000-0001')),
    code: 'unrecognized_keys',
    path: ['identifiers', 'orcid'],
  },
  {
    kind: 'Network',
    name: 'a __proto__ key, as JSON.parse makes it',
    input: JSON.parse(
      '{"schemaVersion":1,"partners":[],"agreements":[],"__proto__":{"polluted":true}}',
    ),
    code: 'unrecognized_keys',
    path: ['__proto__'],
  },
  {
    kind: 'Commitment',
    name: 'a key of another kind of commitment',
    input: { ...commitments.distance, perYear: 2 },
    code: 'unrecognized_keys',
    path: ['perYear'],
  },
  // Wrong types and missing keys.
  { kind: 'Partner', name: 'null', input: null, code: 'invalid_type', path: [] },
  {
    kind: 'Partner',
    name: 'a number as name',
    input: { ...partnerInput, name: 42 },
    code: 'invalid_type',
    path: ['name'],
  },
  {
    kind: 'Partner',
    name: 'a string as the list of languages',
    input: { ...partnerInput, languages: 'fr' },
    code: 'invalid_type',
    path: ['languages'],
  },
  {
    kind: 'Partner',
    name: "'true' as focal point",
    input: changed(partnerInput, (draft) => (draft.contacts[0].focalPoint = 'true')),
    code: 'invalid_type',
    path: ['contacts', 0, 'focalPoint'],
  },
  {
    kind: 'Network',
    name: 'no partners',
    input: { schemaVersion: 2, agreements: [] },
    code: 'invalid_type',
    path: ['partners'],
  },
  {
    kind: 'Proposal',
    name: 'a period without its end',
    input: { ...proposalInput, period: { start: '2016-09-01' } },
    code: 'invalid_type',
    path: ['period', 'end'],
  },
  {
    kind: 'Commitment',
    name: "'5' as an activity",
    input: { ...commitments.joint, activity: '5' },
    code: 'invalid_value',
    path: ['activity'],
  },
  // Codes.
  {
    kind: 'Partner',
    name: 'an unassigned country code (XK)',
    input: { ...partnerInput, country: 'XK' },
    code: 'invalid_value',
    path: ['country'],
  },
  {
    kind: 'Partner',
    name: 'a lower-case country code',
    input: { ...partnerInput, country: 'fr' },
    code: 'invalid_value',
    path: ['country'],
  },
  {
    kind: 'Network',
    name: 'an unknown country for the home institution',
    input: {
      schemaVersion: 2,
      home: { name: 'Home', country: 'XX' },
      partners: [],
      agreements: [],
    },
    code: 'invalid_value',
    path: ['home', 'country'],
  },
  {
    kind: 'Partner',
    name: 'an unknown language code',
    input: { ...partnerInput, languages: ['fr', 'xx'] },
    code: 'invalid_value',
    path: ['languages', 1],
  },
  {
    kind: 'Commitment',
    name: 'an unknown language of a mobility',
    input: { ...commitments.mobility, languages: [{ code: 'zz' }] },
    code: 'invalid_value',
    path: ['languages', 0, 'code'],
  },
  {
    kind: 'Commitment',
    name: 'a CEFR level C3',
    input: { ...commitments.mobility, languages: [{ code: 'en', minLevel: 'C3' }] },
    code: 'invalid_value',
    path: ['languages', 0, 'minLevel'],
  },
  {
    kind: 'Partner',
    name: 'a cell of an unknown area (E1)',
    input: { ...partnerInput, offers: ['B4', 'E1'] },
    code: 'invalid_value',
    path: ['offers', 1],
  },
  {
    kind: 'Agreement',
    name: 'a cell of an unknown activity (B6)',
    input: { ...agreementInput, scope: ['B6'] },
    code: 'invalid_value',
    path: ['scope', 0],
  },
  {
    kind: 'Partner',
    name: 'an unknown institution type',
    input: { ...partnerInput, type: 'castle' },
    code: 'invalid_value',
    path: ['type'],
  },
  {
    kind: 'Agreement',
    name: 'an unknown instrument',
    input: { ...agreementInput, instrument: 'treaty' },
    code: 'invalid_value',
    path: ['instrument'],
  },
  {
    kind: 'Proposal',
    name: 'strategy 5',
    input: { ...proposalInput, strategies: [5] },
    code: 'invalid_value',
    path: ['strategies', 0],
  },
  {
    kind: 'Agreement',
    name: 'a lower-case currency',
    input: changed(agreementInput, (draft) => (draft.funding.currency = 'eur')),
    code: 'invalid_format',
    path: ['funding', 'currency'],
  },
  {
    kind: 'Partner',
    name: 'an ISCED field of three digits',
    input: { ...partnerInput, fields: ['912'] },
    code: 'invalid_format',
    path: ['fields', 0],
  },
  {
    kind: 'Partner',
    name: 'four digits that name no ISCED field',
    input: { ...partnerInput, fields: ['0918'] },
    code: 'invalid_value',
    path: ['fields', 0],
  },
  {
    kind: 'Partner',
    name: 'an ISCED field in Arabic-Indic digits',
    input: { ...partnerInput, fields: ['٠٩١٢'] },
    code: 'invalid_format',
    path: ['fields', 0],
  },
  {
    kind: 'Partner',
    name: 'a ROR id of the wrong form',
    input: changed(partnerInput, (draft) => (draft.identifiers.ror = 'ror-000000195')),
    code: 'invalid_format',
    path: ['identifiers', 'ror'],
  },
  {
    kind: 'Partner',
    name: 'a ROR URL over http',
    input: changed(partnerInput, (draft) => (draft.identifiers.ror = 'http://ror.org/000000195')),
    code: 'invalid_format',
    path: ['identifiers', 'ror'],
  },
  {
    kind: 'Partner',
    name: 'a phone number with letters',
    input: changed(partnerInput, (draft) => (draft.contacts[0].phone = '+33 4 CALL ME')),
    code: 'invalid_format',
    path: ['contacts', 0, 'phone'],
  },
  // Ids.
  {
    kind: 'Partner',
    name: 'an id with capitals and a space',
    input: { ...partnerInput, id: 'Univ Lyon' },
    code: 'invalid_format',
    path: ['id'],
  },
  {
    kind: 'Partner',
    name: "an id starting with '-'",
    input: { ...partnerInput, id: '-lyon' },
    code: 'invalid_format',
    path: ['id'],
  },
  {
    kind: 'Partner',
    name: 'an id of 65 characters',
    input: { ...partnerInput, id: 'a'.repeat(65) },
    code: 'invalid_format',
    path: ['id'],
  },
  {
    kind: 'Partner',
    name: 'an empty id',
    input: { ...partnerInput, id: '' },
    code: 'invalid_format',
    path: ['id'],
  },
  {
    kind: 'Agreement',
    name: 'a partner id with an underscore',
    input: { ...agreementInput, partnerIds: ['univ_lyon'] },
    code: 'invalid_format',
    path: ['partnerIds', 0],
  },
  {
    kind: 'Proposal',
    name: 'a partner id with a space',
    input: { ...proposalInput, partner: 'BAD ID' },
    code: 'invalid_format',
    path: ['partner'],
  },
  // Dates.
  {
    kind: 'Partner',
    name: '2019-02-29',
    input: { ...partnerInput, joinedOn: '2019-02-29' },
    code: 'invalid_date',
    path: ['joinedOn'],
  },
  {
    kind: 'Partner',
    name: '1900-02-29 (not a leap year)',
    input: { ...partnerInput, joinedOn: '1900-02-29' },
    code: 'invalid_date',
    path: ['joinedOn'],
  },
  {
    kind: 'Agreement',
    name: '2019-13-01',
    input: { ...agreementInput, startsOn: '2019-13-01' },
    code: 'invalid_date',
    path: ['startsOn'],
  },
  {
    kind: 'Agreement',
    name: '2019-04-31',
    input: { ...agreementInput, endsOn: '2019-04-31' },
    code: 'invalid_date',
    path: ['endsOn'],
  },
  {
    kind: 'Network',
    name: 'a date without leading zeros',
    input: { ...networkInput, asOf: '2017-6-30' },
    code: 'invalid_date',
    path: ['asOf'],
  },
  {
    kind: 'Proposal',
    name: 'a date and time',
    input: { ...proposalInput, submittedOn: '2016-03-01T10:00:00Z' },
    code: 'invalid_date',
    path: ['submittedOn'],
  },
  // E-mail addresses and URLs.
  {
    kind: 'Partner',
    name: 'an e-mail address with a space',
    input: changed(partnerInput, (draft) => (draft.contacts[0].email = 'not an address')),
    code: 'invalid_format',
    path: ['contacts', 0, 'email'],
  },
  {
    kind: 'Partner',
    name: 'an e-mail address without a domain',
    input: changed(partnerInput, (draft) => (draft.contacts[0].email = 'ir@lyon')),
    code: 'invalid_format',
    path: ['contacts', 0, 'email'],
  },
  {
    kind: 'Partner',
    name: 'an ftp:// URL',
    input: { ...partnerInput, website: 'ftp://files.lyon.example.edu/' },
    code: 'invalid_format',
    path: ['website'],
  },
  {
    kind: 'Partner',
    name: 'a mailto: URL',
    input: { ...partnerInput, website: 'mailto:ir@lyon.example.edu' },
    code: 'invalid_format',
    path: ['website'],
  },
  {
    kind: 'Partner',
    name: 'a URL on localhost',
    input: { ...partnerInput, website: 'http://localhost:8080/' },
    code: 'invalid_format',
    path: ['website'],
  },
  {
    kind: 'Partner',
    name: 'a URL on an IP address',
    input: { ...partnerInput, website: 'http://192.0.2.1/' },
    code: 'invalid_format',
    path: ['website'],
  },
  {
    kind: 'Partner',
    name: 'a URL with port 65536',
    input: { ...partnerInput, website: 'https://www.example.edu:65536/' },
    code: 'invalid_format',
    path: ['website'],
  },
  {
    kind: 'Partner',
    name: "a host name with '_'",
    input: { ...partnerInput, website: 'https://www_1.example.edu/' },
    code: 'invalid_format',
    path: ['website'],
  },
  {
    kind: 'Partner',
    name: 'a host name ending in a dot',
    input: { ...partnerInput, website: 'https://www.example.edu./' },
    code: 'invalid_format',
    path: ['website'],
  },
  {
    kind: 'Partner',
    name: 'a URL with no host',
    input: { ...partnerInput, website: 'https://' },
    code: 'invalid_format',
    path: ['website'],
  },
  // Duplicates.
  {
    kind: 'Partner',
    name: 'a language twice',
    input: { ...partnerInput, languages: ['fr', 'en', 'fr'] },
    code: 'duplicate_value',
    path: ['languages', 2],
  },
  {
    kind: 'Partner',
    name: 'a field twice',
    input: { ...partnerInput, fields: ['0912', '0912'] },
    code: 'duplicate_value',
    path: ['fields', 1],
  },
  {
    kind: 'Partner',
    name: 'an offered cell twice',
    input: { ...partnerInput, offers: ['C5', 'B4', 'C5'] },
    code: 'duplicate_value',
    path: ['offers', 2],
  },
  {
    kind: 'Agreement',
    name: 'a cell twice in scope',
    input: { ...agreementInput, scope: ['B2', 'B4', 'C5', 'B2'] },
    code: 'duplicate_value',
    path: ['scope', 3],
  },
  {
    kind: 'Agreement',
    name: 'a partner id twice',
    input: { ...agreementInput, partnerIds: ['p1', 'p2', 'p1'] },
    code: 'duplicate_value',
    path: ['partnerIds', 2],
  },
  {
    kind: 'Proposal',
    name: 'a strategy twice',
    input: { ...proposalInput, strategies: [4, 4] },
    code: 'duplicate_value',
    path: ['strategies', 1],
  },
  {
    kind: 'Proposal',
    name: 'a cell twice in scope',
    input: { ...proposalInput, scope: ['B3', 'B3'] },
    code: 'duplicate_value',
    path: ['scope', 1],
  },
  {
    kind: 'Commitment',
    name: 'a resource item twice',
    input: { ...commitments.resources, items: ['curriculum', 'curriculum'] },
    code: 'duplicate_value',
    path: ['items', 1],
  },
  {
    kind: 'Commitment',
    name: 'a field of a joint programme twice',
    input: { ...commitments.joint, fields: ['0912', '0912'] },
    code: 'duplicate_value',
    path: ['fields', 1],
  },
  // Counts and amounts.
  {
    kind: 'Commitment',
    name: 'zero mobilities a year',
    input: { ...commitments.mobility, perYear: 0 },
    code: 'too_small',
    path: ['perYear'],
  },
  {
    kind: 'Commitment',
    name: 'a negative number of mobilities',
    input: { ...commitments.mobility, perYear: -3 },
    code: 'too_small',
    path: ['perYear'],
  },
  {
    kind: 'Commitment',
    name: '2.5 mobilities a year',
    input: { ...commitments.mobility, perYear: 2.5 },
    code: 'invalid_type',
    path: ['perYear'],
  },
  {
    kind: 'Commitment',
    name: 'zero months a year',
    input: { ...commitments.mobility, totalMonthsPerYear: 0 },
    code: 'too_small',
    path: ['totalMonthsPerYear'],
  },
  {
    kind: 'Commitment',
    name: 'more months a year than 100,000 mobilities of a whole year',
    input: { ...commitments.mobility, totalMonthsPerYear: 36_600_001 },
    code: 'too_big',
    path: ['totalMonthsPerYear'],
  },
  {
    kind: 'Commitment',
    name: 'a total in days for students',
    input: { ...commitments.mobility, totalDaysPerYear: 10 },
    code: 'unrecognized_keys',
    path: ['totalDaysPerYear'],
  },
  {
    kind: 'Commitment',
    name: 'a staff type for students',
    input: { ...commitments.mobility, type: 'teaching' },
    code: 'invalid_value',
    path: ['type'],
  },
  {
    kind: 'Commitment',
    name: 'EQF level 4',
    input: { ...commitments.mobility, eqfLevels: [4] },
    code: 'invalid_value',
    path: ['eqfLevels', 0],
  },
  {
    kind: 'Commitment',
    name: 'EQF levels for staff',
    input: { ...commitments.mobility, activity: 1, type: 'teaching', eqfLevels: [6] },
    code: 'unrecognized_keys',
    path: ['eqfLevels'],
  },
  {
    kind: 'Commitment',
    name: "an academic year written the EWP way, '2024/2025'",
    input: { ...commitments.mobility, academicYears: { first: '2024/2025', last: '2024-2025' } },
    code: 'invalid_format',
    path: ['academicYears', 'first'],
  },
  {
    kind: 'Agreement',
    name: 'an EWP iia-id with a space',
    input: { ...agreementInput, ewp: { partners: [{ heiId: 'uhs.edu.kh', iiaId: 'IIA 1' }] } },
    code: 'invalid_format',
    path: ['ewp', 'partners', 0, 'iiaId'],
  },
  {
    kind: 'Agreement',
    name: 'three partners in an EWP identity',
    input: {
      ...agreementInput,
      ewp: {
        partners: [{ heiId: 'uhs.edu.kh' }, { heiId: 'a.example.org' }, { heiId: 'b.example.org' }],
      },
    },
    code: 'too_big',
    path: ['ewp', 'partners'],
  },
  {
    kind: 'Commitment',
    name: 'zero courses',
    input: { ...commitments.distance, courses: 0 },
    code: 'too_small',
    path: ['courses'],
  },
  {
    kind: 'Commitment',
    name: '100001 courses',
    input: { ...commitments.distance, courses: 100_001 },
    code: 'too_big',
    path: ['courses'],
  },
  {
    kind: 'Commitment',
    name: 'no resource item',
    input: { ...commitments.resources, items: [] },
    code: 'too_small',
    path: ['items'],
  },
  {
    kind: 'Agreement',
    name: 'a negative amount',
    input: changed(agreementInput, (draft) => (draft.funding.amount = -1)),
    code: 'too_small',
    path: ['funding', 'amount'],
  },
  {
    kind: 'Network',
    name: 'a year of establishment 1946.5',
    input: {
      schemaVersion: 2,
      home: { name: 'Home', country: 'KH', established: 1946.5 },
      partners: [],
      agreements: [],
    },
    code: 'invalid_type',
    path: ['home', 'established'],
  },
  {
    kind: 'Partner',
    name: 'no language',
    input: { ...partnerInput, languages: [] },
    code: 'too_small',
    path: ['languages'],
  },
  {
    kind: 'Partner',
    name: 'no contact',
    input: { ...partnerInput, contacts: [] },
    code: 'too_small',
    path: ['contacts'],
  },
  {
    kind: 'Agreement',
    name: 'an empty scope',
    input: { ...agreementInput, scope: [] },
    code: 'too_small',
    path: ['scope'],
  },
  {
    kind: 'Agreement',
    name: 'no partner',
    input: { ...agreementInput, partnerIds: [] },
    code: 'too_small',
    path: ['partnerIds'],
  },
  // Lengths.
  {
    kind: 'Partner',
    name: 'a name of 301 characters',
    input: { ...partnerInput, name: 'n'.repeat(301) },
    code: 'too_big',
    path: ['name'],
  },
  {
    kind: 'Partner',
    name: 'an empty name',
    input: { ...partnerInput, name: '' },
    code: 'too_small',
    path: ['name'],
  },
  {
    kind: 'Partner',
    name: 'a name of 301 emoji (both count characters, not UTF-16 units)',
    input: { ...partnerInput, name: '🏥'.repeat(301) },
    code: 'too_big',
    path: ['name'],
  },
  {
    kind: 'Partner',
    name: 'an acronym of 51 characters',
    input: { ...partnerInput, acronym: 'A'.repeat(51) },
    code: 'too_big',
    path: ['acronym'],
  },
  {
    kind: 'Proposal',
    name: 'notes of 5001 characters',
    input: { ...proposalInput, notes: 'x'.repeat(5001) },
    code: 'too_big',
    path: ['notes'],
  },
  {
    kind: 'Commitment',
    name: 'a programme title of 301 characters',
    input: { ...commitments.joint, title: 't'.repeat(301) },
    code: 'too_big',
    path: ['title'],
  },
  {
    kind: 'Partner',
    name: 'an e-mail address of 255 characters',
    input: changed(
      partnerInput,
      (draft) => (draft.contacts[0].email = `${'a'.repeat(243)}@example.edu`),
    ),
    code: 'too_big',
    path: ['contacts', 0, 'email'],
  },
  {
    kind: 'Partner',
    name: 'a URL of 2001 characters',
    input: { ...partnerInput, website: `https://www.example.edu/${'a'.repeat(1977)}` },
    code: 'too_big',
    path: ['website'],
  },
  // Versions and kinds.
  {
    kind: 'Network',
    name: 'schemaVersion 3',
    input: { ...networkInput, schemaVersion: 3 },
    code: 'invalid_value',
    path: ['schemaVersion'],
  },
  {
    kind: 'Network',
    name: "schemaVersion '1'",
    input: { ...networkInput, schemaVersion: '1' },
    code: 'invalid_value',
    path: ['schemaVersion'],
  },
  {
    kind: 'Commitment',
    name: 'an unknown kind',
    input: { ...commitments.mobility, kind: 'exchange' },
    code: 'invalid_value',
    path: ['kind'],
  },
  {
    kind: 'Commitment',
    name: 'no kind',
    input: { area: 'B', activity: 2, direction: 'outgoing', perYear: 4 },
    code: 'invalid_value',
    path: ['kind'],
  },
  {
    kind: 'Commitment',
    name: 'a mobility with activity 3',
    input: { ...commitments.mobility, activity: 3 },
    code: 'invalid_value',
    path: ['activity'],
  },
  {
    kind: 'Commitment',
    name: 'resources with activity 4',
    input: { ...commitments.resources, activity: 4 },
    code: 'invalid_value',
    path: ['activity'],
  },
  {
    kind: 'Commitment',
    name: 'a distance course with activity 5',
    input: { ...commitments.distance, activity: 5 },
    code: 'invalid_value',
    path: ['activity'],
  },
  {
    kind: 'Commitment',
    name: 'a joint programme with activity 1',
    input: { ...commitments.joint, activity: 1 },
    code: 'invalid_value',
    path: ['activity'],
  },
  {
    kind: 'Commitment',
    name: 'a mobility going sideways',
    input: { ...commitments.mobility, direction: 'sideways' },
    code: 'invalid_value',
    path: ['direction'],
  },
  // A rule of the library that JSON Schema can still express, one clause per cell.
  {
    kind: 'Agreement',
    name: "a commitment whose cell is not in the agreement's scope",
    input: changed(agreementInput, (draft) => draft.commitments.push(commitments.resources)),
    code: 'commitment_out_of_scope',
    path: ['commitments', 3],
  },
  {
    kind: 'Network',
    name: "an agreement of a network with a commitment outside the agreement's scope",
    input: changed(networkInput, (draft) => (draft.agreements[1].scope = ['B2', 'B4'])),
    code: 'commitment_out_of_scope',
    path: ['agreements', 1, 'commitments', 2],
  },
];

/** What only the library checks: ajv accepts, the library rejects with this code. */
const LIBRARY_ONLY: readonly Rejected[] = [
  // Version 2's mobility facts.
  {
    kind: 'Commitment',
    name: 'a total of months with 3 decimal places',
    input: { ...commitments.mobility, totalMonthsPerYear: 1.005 },
    code: 'not_multiple_of',
    path: ['totalMonthsPerYear'],
  },
  {
    kind: 'Commitment',
    name: 'a language listed twice',
    input: { ...commitments.mobility, languages: [{ code: 'fr' }, { code: 'fr', minLevel: 'B2' }] },
    code: 'duplicate_value',
    path: ['languages', 1, 'code'],
  },
  {
    kind: 'Commitment',
    name: 'academic years in the wrong order',
    input: { ...commitments.mobility, academicYears: { first: '2026-2027', last: '2024-2025' } },
    code: 'date_order',
    path: ['academicYears', 'last'],
  },
  {
    kind: 'Commitment',
    name: 'an academic year of years that do not follow',
    input: { ...commitments.mobility, academicYears: { first: '2024-2026', last: '2026-2027' } },
    code: 'invalid_format',
    path: ['academicYears', 'first'],
  },
  {
    kind: 'Agreement',
    name: 'one heiId twice in an EWP identity',
    input: {
      ...agreementInput,
      ewp: { partners: [{ heiId: 'uhs.edu.kh' }, { heiId: 'uhs.edu.kh' }] },
    },
    code: 'duplicate_value',
    path: ['ewp', 'partners', 1, 'heiId'],
  },
  // Cross-record integrity of a network.
  {
    kind: 'Network',
    name: 'two partners with one id',
    input: changed(networkInput, (draft) =>
      draft.partners.push({ ...draft.partners[1], id: draft.partners[0].id }),
    ),
    code: 'duplicate_id',
    path: ['partners', 2, 'id'],
  },
  {
    kind: 'Network',
    name: 'two agreements with one id',
    input: changed(networkInput, (draft) => {
      draft.agreements[1].id = draft.agreements[0].id;
      delete draft.agreements[1].renews;
    }),
    code: 'duplicate_id',
    path: ['agreements', 1, 'id'],
  },
  {
    kind: 'Network',
    name: 'two proposals with one id',
    input: changed(networkInput, (draft) => draft.proposals.push(draft.proposals[0])),
    code: 'duplicate_id',
    path: ['proposals', 1, 'id'],
  },
  {
    kind: 'Network',
    name: 'an agreement with an unknown partner',
    input: changed(networkInput, (draft) => draft.agreements[0].partnerIds.push('univ-nowhere')),
    code: 'unknown_reference',
    path: ['agreements', 0, 'partnerIds', 1],
  },
  {
    kind: 'Network',
    name: 'a proposal from an unknown partner id',
    input: changed(networkInput, (draft) => (draft.proposals[0].partner = 'univ-nowhere')),
    code: 'unknown_reference',
    path: ['proposals', 0, 'partner'],
  },
  {
    kind: 'Network',
    name: 'an agreement renewing an unknown agreement',
    input: changed(networkInput, (draft) => (draft.agreements[1].renews = 'mou-1999-01')),
    code: 'unknown_reference',
    path: ['agreements', 1, 'renews'],
  },
  {
    kind: 'Network',
    name: 'an agreement renewing itself',
    input: changed(networkInput, (draft) => (draft.agreements[1].renews = draft.agreements[1].id)),
    code: 'unknown_reference',
    path: ['agreements', 1, 'renews'],
  },
  {
    kind: 'Network',
    name: 'an agreement renewing one with no partner in common',
    input: changed(
      networkInput,
      (draft) => (draft.agreements[1].partnerIds = ['inst-osaka-example']),
    ),
    code: 'unknown_reference',
    path: ['agreements', 1, 'renews'],
  },
  {
    kind: 'Network',
    name: 'a partner in the home country (KH by default)',
    input: changed(networkInput, (draft) => (draft.partners[1].country = 'KH')),
    code: 'home_country_partner',
    path: ['partners', 1, 'country'],
  },
  {
    kind: 'Network',
    name: "a partner in a home institution's own country",
    input: changed(
      networkInput,
      (draft) => (draft.home = { name: 'Example Home University', country: 'JP' }),
    ),
    code: 'home_country_partner',
    path: ['partners', 1, 'country'],
  },
  // Date order.
  {
    kind: 'Agreement',
    name: 'an agreement ending before it starts',
    input: { ...agreementInput, startsOn: '2020-01-01' },
    code: 'date_order',
    path: ['endsOn'],
  },
  {
    kind: 'Agreement',
    name: 'an agreement ending the day it starts',
    input: { ...agreementInput, signedOn: '2015-01-01', endsOn: '2015-01-01' },
    code: 'date_order',
    path: ['endsOn'],
  },
  {
    kind: 'Agreement',
    name: 'an agreement signed after it ends',
    input: { ...agreementInput, signedOn: '2020-01-01' },
    code: 'date_order',
    path: ['signedOn'],
  },
  {
    kind: 'Agreement',
    name: 'an agreement terminated before it starts',
    input: { ...agreementInput, terminatedOn: '2014-12-31' },
    code: 'date_order',
    path: ['terminatedOn'],
  },
  {
    kind: 'Agreement',
    name: 'an agreement terminated after it ends',
    input: { ...agreementInput, terminatedOn: '2020-01-01' },
    code: 'date_order',
    path: ['terminatedOn'],
  },
  {
    kind: 'Proposal',
    name: 'a period ending before it starts',
    input: { ...proposalInput, period: { start: '2019-09-01', end: '2016-08-31' } },
    code: 'date_order',
    path: ['period', 'end'],
  },
  {
    kind: 'Network',
    name: 'a plan ending before it starts',
    input: { ...networkInput, plan: { start: '2018-12-31', end: '2014-01-01' } },
    code: 'date_order',
    path: ['plan', 'end'],
  },
  // ROR check digits.
  {
    kind: 'Partner',
    name: 'a ROR id with wrong check digits',
    input: changed(partnerInput, (draft) => (draft.identifiers.ror = '012dev089')),
    code: 'invalid_ror_checksum',
    path: ['identifiers', 'ror'],
  },
  {
    kind: 'Partner',
    name: 'a ROR URL with wrong check digits',
    input: changed(partnerInput, (draft) => (draft.identifiers.ror = 'https://ror.org/03yrm5c27')),
    code: 'invalid_ror_checksum',
    path: ['identifiers', 'ror'],
  },
  // What only a URL parser can tell.
  {
    kind: 'Partner',
    name: "an 'xn--' label that is not Punycode",
    input: { ...partnerInput, website: 'https://xn--a.example.edu/' },
    code: 'invalid_format',
    path: ['website'],
  },
  {
    kind: 'Partner',
    name: 'a host name of 254 characters',
    input: {
      ...partnerInput,
      website: `https://${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(58)}.edu/`,
    },
    code: 'invalid_format',
    path: ['website'],
  },
];

/** URLs a browser would repair (spaces, case, user names …): not in RFC 3986 form, both reject them. */
const NOT_RFC_3986: readonly Fixture[] = [
  ' https://www.example.edu/',
  'https://www.example.edu/ ',
  'HTTPS://WWW.EXAMPLE.EDU/',
  'https://www.example.edu/about us',
  'https://www.exämple.edu/',
  'https://www.example.edu/ä',
  'https://www.exa\nmple.edu/',
  'https://www.example.edu/#a#b',
  'https://www.example.edu\\about',
  'https://www.example.edu/%zz',
  'https://www.example.edu/a|b',
  'https://user:secret@www.example.edu/',
  'https:///www.example.edu/',
].map((website) => ({
  kind: 'Partner' as const,
  name: JSON.stringify(website),
  input: { ...partnerInput, website },
}));

describe('Zod and ajv agree', () => {
  it('has enough fixtures of each sort', () => {
    expect(INVALID.length).toBeGreaterThanOrEqual(25);
    for (const kind of ['Network', 'Partner', 'Agreement', 'Proposal', 'Commitment']) {
      expect(
        VALID.some((entry) => entry.kind === kind),
        kind,
      ).toBe(true);
      expect(
        INVALID.some((entry) => entry.kind === kind),
        kind,
      ).toBe(true);
    }
  });

  it.each(VALID)('$kind: both accept $name', ({ kind, input }) => {
    expect(validateWithZod(kind, input).issues).toEqual([]);
    expect(validateWithAjv(kind, input).errors).toEqual([]);
  });

  it.each(INVALID)('$kind: both reject $name', ({ kind, input, code, path }) => {
    const zod = validateWithZod(kind, input);
    expect(zod.issues.map((issue) => ({ code: issue.code, path: issue.path }))).toContainEqual({
      code,
      path,
    });
    const ajv = validateWithAjv(kind, input);
    expect(ajv.valid).toBe(false);
    // ajv names the object or list that holds the bad value, or the value itself.
    expect(
      ajv.paths.some((ajvPath) => isPrefix(ajvPath, path)),
      ajv.errors.join('\n'),
    ).toBe(true);
  });

  it('both reject the invalid fixture of the Python example, at each of its problems', () => {
    const input = fixture('partner.invalid.json');
    const zod = validateWithZod('Partner', input);
    expect(zod.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`).sort()).toEqual([
      'duplicate_value languages.1',
      'invalid_date joinedOn',
      'invalid_format contacts.0.email',
      'invalid_format fields.0',
      'invalid_format id',
      'invalid_format website',
      'invalid_value country',
      'unrecognized_keys emial',
    ]);
    const ajv = validateWithAjv('Partner', input);
    expect(ajv.valid).toBe(false);
    for (const issue of zod.issues) {
      expect(
        ajv.paths.some((ajvPath) => isPrefix(ajvPath, issue.path)),
        issue.path.join('.'),
      ).toBe(true);
    }
  });
});

describe('rules only the library checks (docs/json-schema.md)', () => {
  it.each(LIBRARY_ONLY)(
    '$kind: ajv accepts and the library rejects $name',
    ({ kind, input, code, path }) => {
      expect(validateWithAjv(kind, input).errors).toEqual([]);
      const zod = validateWithZod(kind, input);
      expect(zod.issues.map((issue) => ({ code: issue.code, path: issue.path }))).toEqual([
        { code, path },
      ]);
    },
  );
});

describe('docs/json-schema.md', () => {
  const guide = readFileSync(new URL('../../docs/json-schema.md', import.meta.url), 'utf8');

  it('names the code of every rule only the library checks', () => {
    for (const code of new Set(LIBRARY_ONLY.map((entry) => entry.code))) {
      expect(guide).toContain(`\`${code}\``);
    }
  });

  it('gives the $id of every schema', () => {
    for (const kind of ['network', 'partner', 'agreement', 'proposal', 'commitment']) {
      expect(guide).toContain(`\`urn:uhs:partners-network:${kind}:2\``);
    }
  });
});

describe('URL forms a browser would repair', () => {
  it.each(NOT_RFC_3986)('both reject the website $name', ({ kind, input }) => {
    expect(validateWithAjv(kind, input).valid).toBe(false);
    expect(validateWithZod(kind, input).issues.map((issue) => issue.code)).toEqual([
      'invalid_format',
    ]);
  });
});

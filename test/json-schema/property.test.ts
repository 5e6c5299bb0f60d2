/**
 * Properties: on generated partners, valid or broken in one place, ajv and the library
 * agree; every URL the schemas' pattern describes is one the library accepts.
 */
import fc from 'fast-check';
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { CELLS } from '../../src/catalog/cells.js';
import { COUNTRIES } from '../../src/catalog/countries.js';
import { HOME_INSTITUTION } from '../../src/catalog/home.js';
import { INSTITUTION_TYPES } from '../../src/catalog/institutionTypes.js';
import { ISCED_FIELD_CODES } from '../../src/catalog/iscedFields.js';
import { LANGUAGES } from '../../src/catalog/languages.js';
import { rorCheckDigits } from '../../src/core/_ror.js';
import { HTTP_URL } from '../../src/core/_patterns.js';
import { UrlSchema } from '../../src/schemas/primitives.js';
import { createAjv, validateWithAjv, validateWithZod } from './_validators.js';

/** Text of 1 to `max` characters: printable ASCII, or any code point (astral ones included). */
const text = (max: number) =>
  fc.oneof(
    fc.string({ minLength: 1, maxLength: max }),
    fc.string({ minLength: 1, maxLength: Math.min(max, 40), unit: 'binary' }),
  );

/** A URL the schemas accept, less the two things only a URL parser tells (docs/json-schema.md). */
const website = fc
  .stringMatching(HTTP_URL)
  .filter((url) => url.length <= 2000)
  .filter((url) => {
    const host = url.replace(/^https?:\/\//, '').split(/[:/?#]/)[0] ?? '';
    return host.length <= 253 && !/(^|\.)xn--/i.test(host);
  });

const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';
const ror = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...CROCKFORD.split('')), minLength: 6, maxLength: 6 }),
    fc.boolean(),
  )
  .map(([body, asUrl]) => `${asUrl ? 'https://ror.org/' : ''}0${body}${rorCheckDigits(body)}`);

const isoDate = fc
  .date({
    min: new Date('0000-01-01T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

const contact = fc.record(
  {
    name: text(200),
    role: text(200),
    email: fc.stringMatching(z.regexes.email).filter((email) => email.length <= 254),
    phone: fc.stringMatching(/^\+?[0-9][0-9 ().-]{3,29}$/),
    focalPoint: fc.boolean(),
  },
  { requiredKeys: ['name', 'email'] },
);

/** A small arbitrary of valid partners, in the input form (every optional key may be absent). */
const partner = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/),
    name: text(300),
    acronym: text(50),
    type: fc.constantFrom(...INSTITUTION_TYPES.map((type) => type.code)),
    country: fc.constantFrom(...COUNTRIES.map((country) => country.code)),
    city: text(200),
    website,
    identifiers: fc.record(
      {
        ror,
        schac: fc
          .stringMatching(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/)
          .filter((schac) => schac.length <= 253),
        erasmusCode: fc.stringMatching(/^[A-Z]{1,3} {1,3}[A-Z-]{1,12}[0-9]{2,3}$/),
      },
      { requiredKeys: [] },
    ),
    fields: fc.uniqueArray(fc.constantFrom(...ISCED_FIELD_CODES), { maxLength: 6 }),
    languages: fc.uniqueArray(fc.constantFrom(...LANGUAGES.map((language) => language.code)), {
      minLength: 1,
      maxLength: 5,
    }),
    offers: fc.uniqueArray(fc.constantFrom(...CELLS), { maxLength: 20 }),
    contacts: fc.array(contact, { minLength: 1, maxLength: 3 }),
    joinedOn: isoDate,
  },
  { requiredKeys: ['id', 'name', 'type', 'country', 'fields', 'languages', 'contacts'] },
);

/** One way to break a valid partner, which both validators must notice. */
const breakages: readonly [string, (partner: Record<string, unknown>) => void][] = [
  ['an unknown key', (draft) => (draft.emial = 'x@example.org')],
  ['a country that is not assigned', (draft) => (draft.country = 'XK')],
  [
    'a language twice',
    (draft) =>
      (draft.languages = [...(draft.languages as string[]), (draft.languages as string[])[0]]),
  ],
  ['a name too long', (draft) => (draft.name = 'n'.repeat(301))],
  ['an id with a capital', (draft) => (draft.id = `X${String(draft.id)}`)],
  ['a day that does not exist', (draft) => (draft.joinedOn = '2023-02-29')],
  ['an ftp website', (draft) => (draft.website = 'ftp://files.example.edu/')],
  ['no contact', (draft) => (draft.contacts = [])],
  ['a cell twice', (draft) => (draft.offers = ['C5', 'C5'])],
];

describe('generated partners', () => {
  it('a valid partner passes both the library and the JSON Schema', () => {
    fc.assert(
      fc.property(partner, (input) => {
        expect(validateWithZod('Partner', input).issues).toEqual([]);
        expect(validateWithAjv('Partner', input).errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a partner broken in one place fails both', () => {
    fc.assert(
      fc.property(partner, fc.constantFrom(...breakages), (input, [, breakage]) => {
        const draft = structuredClone(input) as Record<string, unknown>;
        breakage(draft);
        expect(validateWithZod('Partner', draft).valid).toBe(false);
        expect(validateWithAjv('Partner', draft).valid).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('a network of such partners passes both, once ids are unique and none is in the home country', () => {
    const partners = fc.uniqueArray(partner, { maxLength: 8, selector: (input) => input.id });
    fc.assert(
      fc.property(partners, (list) => {
        const input = {
          schemaVersion: 2,
          partners: list.filter((entry) => entry.country !== HOME_INSTITUTION.country),
          agreements: [],
        };
        expect(validateWithZod('Network', input).issues).toEqual([]);
        expect(validateWithAjv('Network', input).errors).toEqual([]);
      }),
      { numRuns: 50 },
    );
  });
});

describe('HTTP_URL', () => {
  it('describes only URLs that the library and ajv-formats (uri) accept', () => {
    const uri = createAjv().compile({ type: 'string', format: 'uri' });
    fc.assert(
      fc.property(website, (url) => {
        expect(UrlSchema.safeParse(url).success).toBe(true);
        expect(uri(url)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

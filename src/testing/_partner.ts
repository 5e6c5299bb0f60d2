import { ASEAN_MEMBERS } from '../catalog/asean.js';
import { CELLS } from '../catalog/cells.js';
import { COUNTRIES, type CountryCode } from '../catalog/countries.js';
import { HEALTH_FIELD_CODES, type HealthFieldCode } from '../catalog/healthFields.js';
import { HISTORICAL_PARTNER_COUNTRIES } from '../catalog/home.js';
import {
  INSTITUTION_TYPE_CODES,
  INSTITUTION_TYPES,
  type InstitutionType,
} from '../catalog/institutionTypes.js';
import { LANGUAGES, type LanguageCode } from '../catalog/languages.js';
import { rorIdOf } from '../core/_ror.js';
import type { Contact, PartnerInput } from '../schemas/partner.js';
import { isoOf } from '../core/_days.js';
import type { Random } from './_random.js';
import {
  COUNTRY_LANGUAGES,
  DEFAULT_TYPE_WEIGHT,
  ERASMUS_PREFIXES,
  EXAMPLE_DOMAINS,
  FAMILY_NAMES,
  FREQUENT_COUNTRIES,
  GENERIC_NAME_PATTERNS,
  GIVEN_NAMES,
  HONORIFICS,
  NAME_PATTERNS,
  PLACE_ENDS,
  PLACE_QUALIFIERS,
  PLACE_STARTS,
  ROLES,
  TOPICS,
  TYPE_SLUGS,
  TYPE_WEIGHTS,
} from './_vocabulary.js';

/**
 * The tables keyed by institution type, all partial: a type of the catalog without a row
 * falls back (see `./_vocabulary.ts`). @internal
 */
export interface TypeVocabulary {
  readonly weights: Readonly<Partial<Record<InstitutionType, number>>>;
  readonly slugs: Readonly<Partial<Record<InstitutionType, string>>>;
  readonly namePatterns: Readonly<Partial<Record<InstitutionType, readonly string[]>>>;
}

/** The generator's own tables keyed by institution type. @internal */
export const TYPE_VOCABULARY: TypeVocabulary = {
  weights: TYPE_WEIGHTS,
  slugs: TYPE_SLUGS,
  namePatterns: NAME_PATTERNS,
};

/** The tables a partner is drawn from, built once per network (no work at import). @internal */
export interface PartnerTables {
  /** Pools of countries with their weights: historical partners, ASEAN, frequent, any. */
  readonly countries: readonly (readonly [readonly CountryCode[], number])[];
  /**
   * Every institution type of the catalog with its weight: the rows of the weight table in
   * its order, then the types it lacks with `DEFAULT_TYPE_WEIGHT`.
   */
  readonly types: readonly (readonly [InstitutionType, number])[];
  readonly keyTier: ReadonlySet<InstitutionType>;
  readonly fields: readonly HealthFieldCode[];
  readonly languages: readonly LanguageCode[];
  /** The word of each type in ids, and the patterns of its names. */
  readonly vocabulary: TypeVocabulary;
}

/**
 * Builds the tables, leaving out the home country everywhere.
 *
 * @param vocabulary - The tables keyed by type; a test passes empty ones to prove that a
 *   type without a row still gives valid partners.
 * @internal
 */
export function partnerTables(
  homeCountry: string,
  vocabulary: TypeVocabulary = TYPE_VOCABULARY,
): PartnerTables {
  const notHome = (code: string) => code !== homeCountry;
  const types = INSTITUTION_TYPE_CODES;
  const weighted = (Object.keys(vocabulary.weights) as InstitutionType[]).filter((type) =>
    types.includes(type),
  );
  return {
    countries: [
      [HISTORICAL_PARTNER_COUNTRIES.filter(notHome), 35],
      [ASEAN_MEMBERS.map((member) => member.country).filter(notHome), 20],
      [FREQUENT_COUNTRIES.filter(notHome), 15],
      [COUNTRIES.map((country) => country.code).filter(notHome), 30],
    ],
    types: [
      ...weighted.map((type) => [type, vocabulary.weights[type] as number] as const),
      ...types
        .filter((type) => !weighted.includes(type))
        .map((type) => [type, DEFAULT_TYPE_WEIGHT] as const),
    ],
    keyTier: new Set(
      INSTITUTION_TYPES.filter((type) => type.tier === 'key').map((type) => type.code),
    ),
    fields: HEALTH_FIELD_CODES,
    languages: LANGUAGES.map((language) => language.code),
    vocabulary,
  };
}

const CONTACT_COUNTS = [
  [1, 55],
  [2, 30],
  [3, 15],
] as const;

function pickCountry(random: Random, tables: PartnerTables): CountryCode {
  return random.pick(random.weighted(tables.countries));
}

function pickLanguages(
  random: Random,
  country: CountryCode,
  tables: PartnerTables,
): LanguageCode[] {
  const languages: LanguageCode[] = [];
  const add = (code: LanguageCode) => {
    if (!languages.includes(code)) languages.push(code);
  };
  const national = COUNTRY_LANGUAGES[country];
  if (national === undefined) {
    if (random.chance(0.4)) add(random.pick(tables.languages));
  } else {
    add(national[0] as LanguageCode);
    if (national.length > 1 && random.chance(0.5)) add(random.pick(national));
  }
  if (languages.length === 0 || random.chance(0.75)) add('en');
  if (random.chance(0.2)) add('fr');
  if (random.chance(0.05)) add('km');
  return languages;
}

function pickFields(
  random: Random,
  type: InstitutionType,
  tables: PartnerTables,
): HealthFieldCode[] {
  const key = tables.keyTier.has(type);
  if (random.chance(key ? 0.06 : 0.35)) return [];
  return random.subset(tables.fields, random.int(1, key ? 4 : 3));
}

function contactsOf(random: Random, host: string, domain: string): Contact[] {
  const count = random.weighted(CONTACT_COUNTS);
  const focal = random.chance(0.88) ? random.int(0, count - 1) : -1;
  const contacts: Contact[] = [];
  for (let index = 0; index < count; index++) {
    const [given, givenAscii] = random.pick(GIVEN_NAMES);
    const [family, familyAscii] = random.pick(FAMILY_NAMES);
    const contact: Partial<Contact> = { name: `${random.pick(HONORIFICS)}${given} ${family}` };
    if (random.chance(0.6)) contact.role = random.pick(ROLES);
    const number = index === 0 ? '' : String(index + 1);
    contact.email = `${givenAscii}.${familyAscii}${number}@${host}.${domain}`;
    if (random.chance(0.3)) {
      contact.phone = `+${random.int(1, 99)} ${random.int(100, 999)} ${random.int(100, 999)} ${random.int(1000, 9999)}`;
    }
    if (index === focal) contact.focalPoint = true;
    else if (random.chance(0.05)) contact.focalPoint = false;
    contacts.push(contact as Contact);
  }
  return contacts;
}

/** An acronym in the style of "KU Leuven": the initials of the other words, then the city. */
function acronymOf(name: string, city: string): string {
  let initials = '';
  for (const word of name.replace(city, '').split(' ')) {
    const initial = word.charAt(0);
    if (initial >= 'A' && initial <= 'Z') initials += initial;
  }
  return `${initials} ${city}`;
}

/** What the rest of the generator needs to know about a partner. @internal */
export interface GeneratedPartner {
  readonly partner: PartnerInput;
  readonly name: string;
}

/**
 * One partner: an "Example …" institution of a made-up city, in a country other than the
 * home country, with addresses under a reserved example domain.
 *
 * @param idSuffix - What makes the id unique (`'12'`, `'applicant-3'`).
 * @internal
 */
export function generatePartner(
  random: Random,
  tables: PartnerTables,
  idSuffix: string,
  asOfDay: number,
): GeneratedPartner {
  const type = random.weighted(tables.types);
  const country = pickCountry(random, tables);
  const slug = tables.vocabulary.slugs[type] ?? type;
  const id = `${country.toLowerCase()}-${slug}-${idSuffix}`;
  const city = `${random.pick(PLACE_QUALIFIERS)}${random.pick(PLACE_STARTS)}${random.pick(PLACE_ENDS)}`;
  const name = random
    .pick(tables.vocabulary.namePatterns[type] ?? GENERIC_NAME_PATTERNS)
    .replace('{city}', city)
    .replace('{topic}', random.pick(TOPICS));
  const domain = random.pick(EXAMPLE_DOMAINS);

  // Keys in the schema's order, as a partner's own export would have them.
  const partner: Partial<PartnerInput> = { id, name };
  if (random.chance(0.7)) partner.acronym = acronymOf(name, city);
  partner.type = type;
  partner.country = country;
  if (random.chance(0.85)) partner.city = city;
  if (random.chance(0.75)) partner.website = `https://www.${id}.${domain}/`;
  const identifiers: NonNullable<PartnerInput['identifiers']> = {};
  if (random.chance(0.4)) {
    const ror = rorIdOf(random.int(0, 32 ** 6 - 1));
    identifiers.ror = random.chance(0.7) ? ror : `https://ror.org/${ror}`;
  }
  if (random.chance(0.15)) identifiers.schac = `${id}.${domain}`;
  const erasmus = ERASMUS_PREFIXES[country];
  if (erasmus !== undefined && random.chance(0.5)) {
    const padding = ' '.repeat(Math.max(1, 3 - erasmus.length));
    const number = String(random.int(1, 99)).padStart(2, '0');
    identifiers.erasmusCode = `${erasmus}${padding}${city
      .toUpperCase()
      .replace(/[^A-Z]/g, '')
      .slice(0, 7)}${number}`;
  }
  if (
    identifiers.ror !== undefined ||
    identifiers.schac !== undefined ||
    identifiers.erasmusCode !== undefined
  ) {
    partner.identifiers = identifiers;
  }
  partner.fields = pickFields(random, type, tables);
  partner.languages = pickLanguages(random, country, tables);
  if (random.chance(0.6)) partner.offers = random.subset(CELLS, random.int(1, 6));
  partner.contacts = contactsOf(random, id, domain);
  if (random.chance(0.5)) partner.joinedOn = isoOf(asOfDay - random.int(0, 12 * 365));
  return { partner: partner as PartnerInput, name };
}

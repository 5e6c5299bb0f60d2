import * as z from 'zod';
import type { CellCode } from '../catalog/cells.js';
import type { CountryCode } from '../catalog/countries.js';
import { INSTITUTION_TYPE_CODES, type InstitutionType } from '../catalog/institutionTypes.js';
import type { LanguageCode } from '../catalog/languages.js';
import { PHONE } from '../core/_patterns.js';
import { renderZodIssue } from './_issues.js';
import { text, uniqueList } from './_primitives.js';
import {
  CellCodeSchema,
  CountryCodeSchema,
  EmailSchema,
  EwpIdSchema,
  IscedFieldSchema,
  IsoDateSchema,
  LanguageCodeSchema,
  PartnerIdSchema,
  RorIdSchema,
  SchacIdSchema,
  UrlSchema,
  type IscedFieldCode,
  type PartnerId,
} from './primitives.js';

/**
 * A person to write to at a partner institution.
 *
 * @example
 * ```ts
 * ContactSchema.parse({ name: 'Dr. Example Person', email: 'ir@partner.example.org', focalPoint: true });
 * ```
 */
export const ContactSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The person's name. */
    name: text(200),
    /** Their role, such as "International relations officer". */
    role: text(200).optional(),
    /** Their e-mail address. */
    email: EmailSchema,
    /** Their telephone number, international form preferred (`+33 4 00 00 00 00`). */
    phone: z.string().regex(PHONE).optional(),
    /** `true` for the partner's focal point for the network. */
    focalPoint: z.boolean().optional(),
  }))();

/**
 * A contact at a partner institution: what {@link ContactSchema} parses to (the same as
 * what it accepts).
 *
 * @example
 * ```ts
 * const contact: Contact = { name: 'Dr. Example Person', email: 'ir@partner.example.org' };
 * contact.focalPoint; //=> undefined
 * ```
 */
export interface Contact {
  /** The person's name. */
  name: string;
  /** Their role, such as "International relations officer". */
  role?: string | undefined;
  /** Their e-mail address. */
  email: string;
  /** Their telephone number, international form preferred (`+33 4 00 00 00 00`). */
  phone?: string | undefined;
  /** `true` for the partner's focal point for the network. */
  focalPoint?: boolean | undefined;
}

/**
 * The institution types' codes, as a Zod enum.
 *
 * @example
 * ```ts
 * InstitutionTypeSchema.parse('teaching-hospital'); //=> 'teaching-hospital'
 * ```
 */
export const InstitutionTypeSchema = /* @__PURE__ */ (() =>
  z.enum(INSTITUTION_TYPE_CODES, { error: renderZodIssue }))();

/**
 * An institution of the network, or one applying to it. `offers` lists the cells the
 * partner is able and willing to work in.
 *
 * @example
 * ```ts
 * const partner = PartnerSchema.parse({
 *   id: 'univ-lyon-example',
 *   name: 'Example University of Lyon',
 *   type: 'university',
 *   country: 'FR',
 *   identifiers: { ror: '000000195' },
 *   fields: ['0912'],
 *   languages: ['fr', 'en'],
 *   offers: ['B4', 'C5'],
 *   contacts: [{ name: 'Example Officer', email: 'ir@lyon.example.org', focalPoint: true }],
 * });
 * partner.identifiers?.ror; //=> 'https://ror.org/000000195'
 * ```
 */
export const PartnerSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The partner's id, unique in the network. */
    id: PartnerIdSchema,
    /** The institution's name. */
    name: text(),
    /** Its acronym. */
    acronym: text(50).optional(),
    /** Its kind, which sets its tier (see `INSTITUTION_TYPES`). */
    type: InstitutionTypeSchema,
    /** Its country (ISO 3166-1 alpha-2). */
    country: CountryCodeSchema,
    /** Its city. */
    city: text(200).optional(),
    /** Its website. */
    website: UrlSchema.optional(),
    /** Its identifiers in international registries. */
    identifiers: z
      .strictObject({
        /** Its ROR id; parsed to the `https://ror.org/…` form. */
        ror: RorIdSchema.optional(),
        /** Its SCHAC home organisation (an internet domain, such as `example.edu`). */
        schac: SchacIdSchema.optional(),
        /** Its Erasmus institution code, such as `F  LYON01`. */
        erasmusCode: z
          .string()
          .regex(/^[A-Z]{1,3} {1,3}[A-Z-]{1,12}[0-9]{2,3}$/)
          .optional(),
        /** The EWP ids of its organisational units that deal with UHS (`ounit-id`), each once. */
        ounitIds: uniqueList(EwpIdSchema).max(100).optional(),
      })
      .optional(),
    /** The ISCED-F fields it works in (may be empty). */
    fields: uniqueList(IscedFieldSchema).max(200),
    /** The languages it works in (at least one). */
    languages: uniqueList(LanguageCodeSchema).min(1).max(200),
    /** The cells it is able and willing to work in. */
    offers: uniqueList(CellCodeSchema).optional(),
    /** The people to write to (at least one). */
    contacts: z.array(ContactSchema).min(1).max(100),
    /** When it joined the network. */
    joinedOn: IsoDateSchema.optional(),
  }))();

/**
 * A partner's identifiers in international registries (the `identifiers` of a
 * {@link Partner}). Parsed, the ROR id is in its `https://ror.org/…` form; sent, it may
 * also be bare.
 *
 * @example
 * ```ts
 * const identifiers: PartnerIdentifiers = { ror: 'https://ror.org/000000195', schac: 'lyon.example.org' };
 * identifiers.erasmusCode; //=> undefined
 * ```
 */
export interface PartnerIdentifiers {
  /** Its ROR id; parsed to the `https://ror.org/…` form. */
  ror?: string | undefined;
  /** Its SCHAC home organisation (an internet domain, such as `example.edu`). */
  schac?: string | undefined;
  /** Its Erasmus institution code, such as `F  LYON01`. */
  erasmusCode?: string | undefined;
  /** The EWP ids of its organisational units that deal with UHS (`ounit-id`), each once. */
  ounitIds?: string[] | undefined;
}

/**
 * A partner as parsed: ids branded, ROR id in URL form. It is what {@link PartnerSchema}
 * parses to (a type test keeps the two equal).
 *
 * @example
 * ```ts
 * // exampleNetwork: examples/network.json, as plain JSON (its fictional ROR id is bare, '000000195')
 * const partner: Partner = parsePartner(exampleNetwork.partners[0]);
 * partner.identifiers?.ror; //=> 'https://ror.org/000000195'
 * ```
 */
export interface Partner {
  /** The partner's id, unique in the network. */
  id: PartnerId;
  /** The institution's name. */
  name: string;
  /** Its acronym. */
  acronym?: string | undefined;
  /** Its kind, which sets its tier (see `INSTITUTION_TYPES`). */
  type: InstitutionType;
  /** Its country (ISO 3166-1 alpha-2). */
  country: CountryCode;
  /** Its city. */
  city?: string | undefined;
  /** Its website. */
  website?: string | undefined;
  /** Its identifiers in international registries. */
  identifiers?: PartnerIdentifiers | undefined;
  /** The ISCED-F fields it works in (may be empty). */
  fields: IscedFieldCode[];
  /** The languages it works in (at least one). */
  languages: LanguageCode[];
  /** The cells it is able and willing to work in. */
  offers?: CellCode[] | undefined;
  /** The people to write to (at least one). */
  contacts: Contact[];
  /** When it joined the network. */
  joinedOn?: string | undefined;
}

/**
 * A partner as a partner institution sends it: a {@link Partner} whose id is a plain
 * string (and whose ROR id may be bare). It is what {@link PartnerSchema} accepts.
 *
 * @example
 * ```ts
 * const input: PartnerInput = { id: 'p1', name: 'Example Institute', type: 'research-institute',
 *   country: 'JP', fields: [], languages: ['en'], contacts: [{ name: 'Example Contact', email: 'c@example.jp' }] };
 * parsePartner(input).id; //=> 'p1'
 * ```
 */
export interface PartnerInput extends Omit<Partner, 'id'> {
  /** The partner's id, unique in the network. */
  id: string;
}

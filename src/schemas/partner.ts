import * as z from 'zod';
import { INSTITUTION_TYPES, type InstitutionType } from '../catalog/institutionTypes.js';
import {
  CellCodeSchema,
  CountryCodeSchema,
  EmailSchema,
  IscedFieldSchema,
  IsoDateSchema,
  LanguageCodeSchema,
  PartnerIdSchema,
  RorIdSchema,
  UrlSchema,
  text,
  uniqueList,
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
    phone: z
      .string()
      .regex(/^\+?[0-9][0-9 ().-]{3,29}$/)
      .optional(),
    /** `true` for the partner's focal point for the network. */
    focalPoint: z.boolean().optional(),
  }))();

/**
 * A contact at a partner institution.
 *
 * @example
 * ```ts
 * const contact: Contact = { name: 'Dr. Example Person', email: 'ir@partner.example.org' };
 * ```
 */
export type Contact = z.output<typeof ContactSchema>;

/**
 * The institution types' codes, as a Zod enum.
 *
 * @example
 * ```ts
 * InstitutionTypeSchema.parse('teaching-hospital'); //=> 'teaching-hospital'
 * ```
 */
export const InstitutionTypeSchema = /* @__PURE__ */ (() =>
  z.enum(INSTITUTION_TYPES.map((type) => type.code) as [InstitutionType, ...InstitutionType[]]))();

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
 *   identifiers: { ror: '03yrm5c26' },
 *   fields: ['0912'],
 *   languages: ['fr', 'en'],
 *   offers: ['B4', 'C5'],
 *   contacts: [{ name: 'Example Officer', email: 'ir@lyon.example.org', focalPoint: true }],
 * });
 * partner.identifiers?.ror; //=> 'https://ror.org/03yrm5c26'
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
        schac: z
          .string()
          .max(253)
          .regex(/^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/)
          .optional(),
        /** Its Erasmus institution code, such as `F  LYON01`. */
        erasmusCode: z
          .string()
          .regex(/^[A-Z]{1,3} {1,3}[A-Z-]{1,12}[0-9]{2,3}$/)
          .optional(),
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
 * A partner as parsed: ids branded, ROR id in URL form.
 *
 * @example
 * ```ts
 * // exampleNetwork: examples/network.json, as plain JSON (its ROR id is bare, '03yrm5c26')
 * const partner: Partner = parsePartner(exampleNetwork.partners[0]);
 * partner.identifiers?.ror; //=> 'https://ror.org/03yrm5c26'
 * ```
 */
export type Partner = z.output<typeof PartnerSchema>;

/**
 * A partner as a partner institution sends it (plain strings, ROR id bare or as a URL).
 *
 * @example
 * ```ts
 * const input: PartnerInput = { id: 'p1', name: 'Example Institute', type: 'research-institute',
 *   country: 'JP', fields: [], languages: ['en'], contacts: [{ name: 'Example Contact', email: 'c@example.jp' }] };
 * ```
 */
export type PartnerInput = z.input<typeof PartnerSchema>;

import * as z from 'zod';
import { ACTIVITY_CODES } from '../catalog/activities.js';
import { AREA_CODES } from '../catalog/areas.js';
import { CELLS } from '../catalog/cells.js';
import { COUNTRIES } from '../catalog/countries.js';
import { ISCED_FIELD_CODE_LIST, invalidValueParams } from '../catalog/_suggest.js';
import { isIscedField, type IscedFieldCode } from '../catalog/iscedFields.js';
import { CEFR_LEVELS, LANGUAGES } from '../catalog/languages.js';
import { STRATEGY_CODES } from '../catalog/strategies.js';
import { rorCheckDigits } from '../core/_ror.js';
import { issueMessage, renderZodIssue } from './_issues.js';
import {
  ACADEMIC_YEAR,
  CURRENCY_CODE,
  HTTP_URL,
  ISCED_FIELD,
  RECORD_ID,
  ROR_ID,
  SCHAC_ID,
} from '../core/_patterns.js';
import { addIssue, refinement } from './_refinements.js';

/**
 * The longest accepted name, in characters (institution, agreement, programme).
 *
 * @example
 * ```ts
 * MAX_NAME_LENGTH; //=> 300
 * ```
 */
export const MAX_NAME_LENGTH = 300;

/**
 * The longest accepted free text, in characters (a proposal's notes).
 *
 * @example
 * ```ts
 * MAX_TEXT_LENGTH; //=> 5000
 * ```
 */
export const MAX_TEXT_LENGTH = 5000;

/**
 * A real calendar date written `YYYY-MM-DD`; `2019-02-29` is rejected (`invalid_date`). The
 * value stays a string, so no time zone ever enters.
 *
 * @example
 * ```ts
 * IsoDateSchema.parse('2024-02-29'); //=> '2024-02-29'
 * IsoDateSchema.safeParse('2019-02-29').success; //=> false
 * ```
 */
export const IsoDateSchema = /* @__PURE__ */ (() => z.iso.date({ error: renderZodIssue }))();

/**
 * An academic year: `"2024-2025"` (two consecutive years) or `"2024"` (a calendar-year
 * academic year, as partners in the southern hemisphere run).
 *
 * @example
 * ```ts
 * AcademicYearSchema.safeParse('2024-2025').success; //=> true
 * AcademicYearSchema.safeParse('2024').success; //=> true
 * AcademicYearSchema.safeParse('2024-2026').success; //=> false
 * ```
 */
export const AcademicYearSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(ACADEMIC_YEAR, { abort: true, error: renderZodIssue })
    .check(
      refinement((value: string, sink) => {
        if (value.length === 9 && Number(value.slice(5)) !== Number(value.slice(0, 4)) + 1) {
          // An `invalid_format` issue that names its form in its params (see `_issues.ts`).
          const issue = {
            code: 'invalid_format',
            format: 'regex',
            params: { format: 'consecutive-years' },
            input: value,
            continue: true,
          } as const;
          sink.issues.push({ ...issue, message: renderZodIssue(issue) });
        }
      }),
    ))();

/**
 * An officially assigned ISO 3166-1 alpha-2 country code, upper case (`XK` is not one).
 *
 * @example
 * ```ts
 * CountryCodeSchema.parse('FR'); //=> 'FR'
 * CountryCodeSchema.safeParse('fr').success; //=> false
 * ```
 */
export const CountryCodeSchema = /* @__PURE__ */ (() =>
  z.enum(
    COUNTRIES.map((country) => country.code),
    { error: renderZodIssue },
  ))();

/**
 * A SCHAC id, an institution's EWP `heiId`: an internet domain in lower case (labels of
 * letters, digits and inner hyphens, a top-level label of letters), at most 253 characters.
 *
 * @example
 * ```ts
 * SchacIdSchema.parse('uhs.edu.kh'); //=> 'uhs.edu.kh'
 * SchacIdSchema.safeParse('UHS.edu.kh').success; //=> false
 * ```
 */
export const SchacIdSchema = /* @__PURE__ */ (() =>
  z
    .string({ error: renderZodIssue })
    .max(253, { error: renderZodIssue })
    .regex(SCHAC_ID, { error: renderZodIssue }))();

/**
 * An EWP identifier (an IIA's `iia-id`, an organisational unit's `ounit-id`): 1 to 64
 * printable ASCII characters, spaces excluded, as EWP's `AsciiPrintableIdentifier`.
 *
 * @example
 * ```ts
 * EwpIdSchema.parse('IIA-2024/17'); //=> 'IIA-2024/17'
 * EwpIdSchema.safeParse('IIA 17').success; //=> false
 * ```
 */
export const EwpIdSchema = /* @__PURE__ */ (() =>
  z.string({ error: renderZodIssue }).regex(/^[!-~]{1,64}$/, { error: renderZodIssue }))();

/**
 * A ROR id, bare (`04jpmg381`) or as a `https://ror.org/…` URL. Its check digits are
 * verified (`invalid_ror_checksum`), and the parsed value is always the URL form.
 *
 * @example
 * ```ts
 * RorIdSchema.parse('04jpmg381'); //=> 'https://ror.org/04jpmg381'
 * RorIdSchema.safeParse('012dev089').success; //=> false
 * ```
 */
export const RorIdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(ROR_ID, { abort: true, error: renderZodIssue })
    .check(
      refinement((value: string, sink) => {
        const id = value.slice(-9);
        const expected = rorCheckDigits(id.slice(1, 7));
        if (id.slice(7) !== expected) {
          addIssue(sink, 'invalid_ror_checksum', { id: value, expected }, [], value);
        }
      }),
    )
    .transform((value) => `https://ror.org/${value.slice(-9)}`))();

/**
 * An e-mail address (at most 254 characters).
 *
 * @example
 * ```ts
 * EmailSchema.safeParse('focal.point@partner.example.org').success; //=> true
 * EmailSchema.safeParse('not an address').success; //=> false
 * ```
 */
export const EmailSchema = /* @__PURE__ */ (() =>
  z.email({ error: renderZodIssue }).max(254, { error: renderZodIssue }))();

/**
 * An `http` or `https` URL with a domain name (at most 2,000 characters), written as
 * RFC 3986 allows: the value must already be in that form (no spaces, no user name).
 *
 * @example
 * ```ts
 * UrlSchema.safeParse('https://www.example.edu/').success; //=> true
 * UrlSchema.safeParse('ftp://files.example.edu/').success; //=> false
 * UrlSchema.safeParse('https://localhost/').success; //=> false
 * ```
 */
export const UrlSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .max(2000)
    .regex(HTTP_URL, { abort: true, error: renderZodIssue })
    // The URL parser then checks what a pattern cannot (host length, Punycode labels).
    .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain })))();

/**
 * An ISO 639-1 two-letter language code, lower case.
 *
 * @example
 * ```ts
 * LanguageCodeSchema.parse('km'); //=> 'km'
 * LanguageCodeSchema.safeParse('xx').success; //=> false
 * ```
 */
export const LanguageCodeSchema = /* @__PURE__ */ (() =>
  z.enum(
    LANGUAGES.map((language) => language.code),
    { error: renderZodIssue },
  ))();

/**
 * A CEFR language level, `A1` … `C2`.
 *
 * @example
 * ```ts
 * CefrLevelSchema.parse('B2'); //=> 'B2'
 * ```
 */
export const CefrLevelSchema = /* @__PURE__ */ (() =>
  z.enum(CEFR_LEVELS, { error: renderZodIssue }))();

/**
 * An ISCED-F 2013 detailed field of education and training: one of the 149 codes of
 * `ISCED_FIELDS` (`0912` is medicine). A value that is not four digits gets an
 * `invalid_format` issue; four digits that name no field (`0918`) get an `invalid_value`
 * issue, with the closest codes.
 *
 * @example
 * ```ts
 * IscedFieldSchema.parse('0912'); //=> '0912'
 * IscedFieldSchema.safeParse('0999').success; //=> true
 * IscedFieldSchema.safeParse('912').success; //=> false
 * IscedFieldSchema.safeParse('0918').success; //=> false
 * ```
 */
export const IscedFieldSchema: z.ZodType<IscedFieldCode, IscedFieldCode> = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(ISCED_FIELD, { abort: true, error: renderZodIssue })
    .check(
      refinement((value: string, sink) => {
        if (isIscedField(value)) return;
        // Codes only: the 149 names stay out of a parse's bundle (see ISCED_FIELD_CODE_LIST).
        const params = invalidValueParams(ISCED_FIELD_CODE_LIST, value);
        sink.issues.push({
          code: 'custom',
          params: { code: 'invalid_value', params },
          message: issueMessage('invalid_value', params),
          path: [],
          input: value,
          continue: true,
        });
      }),
    ) as z.ZodType<IscedFieldCode, IscedFieldCode>)();

// The type of a parsed field is the catalog's `IscedFieldCode` (derived from `ISCED_FIELDS`),
// exported here too under the same name, as before.
export type { IscedFieldCode };

/**
 * A cell of the area × activity grid, such as `"C5"`.
 *
 * @example
 * ```ts
 * CellCodeSchema.parse('C5'); //=> 'C5'
 * CellCodeSchema.safeParse('E1').success; //=> false
 * ```
 */
export const CellCodeSchema = /* @__PURE__ */ (() => z.enum(CELLS, { error: renderZodIssue }))();

/**
 * A priority area's letter, `A` … `D`.
 *
 * @example
 * ```ts
 * AreaCodeSchema.parse('D'); //=> 'D'
 * ```
 */
export const AreaCodeSchema = /* @__PURE__ */ (() =>
  z.enum(AREA_CODES, { error: renderZodIssue }))();

/**
 * An activity's number, `1` … `5`.
 *
 * @example
 * ```ts
 * ActivityCodeSchema.parse(5); //=> 5
 * ActivityCodeSchema.safeParse('5').success; //=> false
 * ```
 */
export const ActivityCodeSchema = /* @__PURE__ */ (() =>
  z.literal(ACTIVITY_CODES, { error: renderZodIssue }))();

/**
 * A strategy's number, `1` … `4`.
 *
 * @example
 * ```ts
 * StrategyCodeSchema.parse(3); //=> 3
 * ```
 */
export const StrategyCodeSchema = /* @__PURE__ */ (() =>
  z.literal(STRATEGY_CODES, { error: renderZodIssue }))();

/**
 * An ISO 4217 currency code: three upper-case letters.
 *
 * @example
 * ```ts
 * CurrencyCodeSchema.parse('EUR'); //=> 'EUR'
 * CurrencyCodeSchema.safeParse('eur').success; //=> false
 * ```
 */
export const CurrencyCodeSchema = /* @__PURE__ */ (() =>
  z.string().regex(CURRENCY_CODE, { error: renderZodIssue }))();

function idSchema() {
  return z.string().regex(RECORD_ID, { error: renderZodIssue });
}

/**
 * A partner's id: 1–64 characters of `[a-z0-9-]`, starting with a letter or digit.
 *
 * @example
 * ```ts
 * PartnerIdSchema.parse('univ-lyon-example'); //=> 'univ-lyon-example'
 * ```
 */
export const PartnerIdSchema = /* @__PURE__ */ (() => idSchema().brand<'PartnerId'>())();

/**
 * An agreement's id, of the same form as a partner's.
 *
 * @example
 * ```ts
 * AgreementIdSchema.parse('mou-2015-01'); //=> 'mou-2015-01'
 * ```
 */
export const AgreementIdSchema = /* @__PURE__ */ (() => idSchema().brand<'AgreementId'>())();

/**
 * A proposal's id, of the same form as a partner's.
 *
 * @example
 * ```ts
 * ProposalIdSchema.parse('eoi-2016-07'); //=> 'eoi-2016-07'
 * ```
 */
export const ProposalIdSchema = /* @__PURE__ */ (() => idSchema().brand<'ProposalId'>())();

/**
 * A partner's id, branded so that an agreement id cannot be passed where a partner id is
 * expected.
 *
 * @example
 * ```ts
 * const id: PartnerId = PartnerIdSchema.parse('univ-lyon-example');
 * ```
 */
export type PartnerId = z.output<typeof PartnerIdSchema>;
/**
 * An agreement's id (branded).
 *
 * @example
 * ```ts
 * const id: AgreementId = AgreementIdSchema.parse('mou-2015-01');
 * ```
 */
export type AgreementId = z.output<typeof AgreementIdSchema>;
/**
 * A proposal's id (branded).
 *
 * @example
 * ```ts
 * const id: ProposalId = ProposalIdSchema.parse('eoi-2016-07');
 * ```
 */
export type ProposalId = z.output<typeof ProposalIdSchema>;

import * as z from 'zod';
import { ACTIVITIES } from '../catalog/activities.js';
import { AREAS } from '../catalog/areas.js';
import { CELLS } from '../catalog/cells.js';
import { COUNTRIES, type CountryCode } from '../catalog/countries.js';
import { CEFR_LEVELS, LANGUAGES, type LanguageCode } from '../catalog/languages.js';
import { STRATEGIES } from '../catalog/strategies.js';
import { addIssue, checkUnique, refinement, type IssueSink } from './_refinements.js';
import { MESSAGES, renderZodIssue } from './issues.js';

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
export const IsoDateSchema = /* @__PURE__ */ (() => z.iso.date())();

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
    .regex(/^\d{4}(?:-\d{4})?$/, {
      abort: true,
      error: (issue) =>
        MESSAGES.invalid_format("an academic year 'YYYY' or 'YYYY-YYYY'", issue.input),
    })
    .check(
      refinement((value: string, sink) => {
        if (value.length === 9 && Number(value.slice(5)) !== Number(value.slice(0, 4)) + 1) {
          sink.issues.push({
            code: 'invalid_format',
            format: 'regex',
            message: MESSAGES.invalid_format('two consecutive years', value),
            input: value,
            continue: true,
          });
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
  z.enum(COUNTRIES.map((country) => country.code) as [CountryCode, ...CountryCode[]], {
    error: renderZodIssue,
  }))();

const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';
const ROR_PATTERN = /^(?:https:\/\/ror\.org\/)?0[0-9a-hjkmnp-tv-z]{6}[0-9]{2}$/;

/** The two check digits of a ROR id's six base32 characters (ISO/IEC 7064 MOD 97-10). @internal */
export function rorCheckDigits(body: string): string {
  let value = 0;
  for (const char of body) value = value * 32 + CROCKFORD.indexOf(char);
  return String(98 - ((value * 100) % 97)).padStart(2, '0');
}

/**
 * A ROR id, bare (`03yrm5c26`) or as a `https://ror.org/…` URL. Its check digits are
 * verified (`invalid_ror_checksum`), and the parsed value is always the URL form.
 *
 * @example
 * ```ts
 * RorIdSchema.parse('03yrm5c26'); //=> 'https://ror.org/03yrm5c26'
 * RorIdSchema.safeParse('012dev089').success; //=> false
 * ```
 */
export const RorIdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(ROR_PATTERN, {
      abort: true,
      error: (issue) =>
        MESSAGES.invalid_format(
          "a ROR id such as '03yrm5c26' or 'https://ror.org/03yrm5c26'",
          issue.input,
        ),
    })
    .check(
      refinement((value: string, sink) => {
        const id = value.slice(-9);
        const expected = rorCheckDigits(id.slice(1, 7));
        if (id.slice(7) !== expected) {
          addIssue(
            sink,
            'invalid_ror_checksum',
            MESSAGES.invalid_ror_checksum(value, expected),
            [],
            value,
          );
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
export const EmailSchema = /* @__PURE__ */ (() => z.email().max(254))();

/**
 * The form of an accepted URL: `http` or `https`, a domain name, an optional port up to
 * 65535, and only the characters RFC 3986 allows (percent-escapes for the others). It has
 * no lookahead, so validators in other languages compile it as it is.
 *
 * @internal
 */
export const HTTP_URL =
  /^https?:\/\/(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}(?::(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[0-5]?[0-9]{1,4}))?(?:\/(?:[A-Za-z0-9._~!$&'()*+,;=:@/-]|%[0-9A-Fa-f]{2})*)?(?:\?(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*)?(?:#(?:[A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*)?$/;

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
    .regex(HTTP_URL, {
      abort: true,
      error: (issue) =>
        MESSAGES.invalid_format('an http(s) URL such as https://www.example.edu/', issue.input),
    })
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
  z.enum(LANGUAGES.map((language) => language.code) as [LanguageCode, ...LanguageCode[]], {
    error: renderZodIssue,
  }))();

/**
 * A CEFR language level, `A1` … `C2`.
 *
 * @example
 * ```ts
 * CefrLevelSchema.parse('B2'); //=> 'B2'
 * ```
 */
export const CefrLevelSchema = /* @__PURE__ */ (() => z.enum(CEFR_LEVELS))();

/**
 * An ISCED-F 2013 field of education and training: four digits (`0912` is medicine).
 *
 * @example
 * ```ts
 * IscedFieldSchema.parse('0912'); //=> '0912'
 * IscedFieldSchema.safeParse('912').success; //=> false
 * ```
 */
export const IscedFieldSchema = /* @__PURE__ */ (() =>
  z.string().regex(/^\d{4}$/, {
    error: (issue) =>
      MESSAGES.invalid_format('an ISCED-F 2013 field code of four digits', issue.input),
  }))();

/**
 * An ISCED-F 2013 field code, as {@link IscedFieldSchema} parses it (`'0912'` is medicine).
 *
 * @example
 * ```ts
 * const medicine: IscedFieldCode = IscedFieldSchema.parse('0912');
 * medicine; //=> '0912'
 * ```
 */
export type IscedFieldCode = z.output<typeof IscedFieldSchema>;

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
  z.enum(AREAS.map((area) => area.code) as ['A', 'B', 'C', 'D']))();

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
  z.literal(ACTIVITIES.map((activity) => activity.code) as [1, 2, 3, 4, 5]))();

/**
 * A strategy's number, `1` … `4`.
 *
 * @example
 * ```ts
 * StrategyCodeSchema.parse(3); //=> 3
 * ```
 */
export const StrategyCodeSchema = /* @__PURE__ */ (() =>
  z.literal(STRATEGIES.map((strategy) => strategy.code) as [1, 2, 3, 4]))();

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
  z.string().regex(/^[A-Z]{3}$/, {
    error: (issue) => MESSAGES.invalid_format('an ISO 4217 currency code such as EUR', issue.input),
  }))();

const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

function idSchema() {
  return z.string().regex(ID_PATTERN, {
    error: (issue) =>
      MESSAGES.invalid_format(
        "an id of 1–64 characters a–z, 0–9 and '-', not starting with '-'",
        issue.input,
      ),
  });
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

/** A string of 1 to `max` characters. @internal */
export function text(max: number = MAX_NAME_LENGTH) {
  return z.string().min(1).max(max);
}

/** A list that holds each value once (`duplicate_value`; `uniqueItems` in JSON Schema). @internal */
export function uniqueList<T extends z.ZodType>(item: T) {
  return z.array(item).check(refinement(checkUnique)).meta({ uniqueItems: true });
}

/** Checks that the `subject` date stands in `relation` to the `reference` date (`date_order`). @internal */
export function checkDateOrder(
  sink: IssueSink,
  subject: { name: string; value: string | undefined; path: readonly (string | number)[] },
  reference: { name: string; value: string | undefined },
  relation: 'after' | 'not before' | 'not after',
): void {
  if (subject.value === undefined || reference.value === undefined) return;
  const ok =
    relation === 'after'
      ? subject.value > reference.value
      : relation === 'not before'
        ? subject.value >= reference.value
        : subject.value <= reference.value;
  if (!ok) {
    addIssue(
      sink,
      'date_order',
      MESSAGES.date_order(
        `${subject.name} (${subject.value})`,
        `${reference.name} (${reference.value})`,
        relation,
      ),
      subject.path,
      subject.value,
    );
  }
}

/** Checks that a period's `end` comes after its `start` (`date_order`). @internal */
export function checkEndAfterStart(
  period: { readonly start: string; readonly end: string },
  sink: IssueSink,
): void {
  checkDateOrder(
    sink,
    { name: 'end', value: period.end, path: ['end'] },
    { name: 'start', value: period.start },
    'after',
  );
}

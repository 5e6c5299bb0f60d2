import { deepFreeze } from '../core/_freeze.js';
import type { IscedFieldCode } from './iscedFields.js';

/**
 * Code of an ISCED-F 2013 detailed field of broad field 09 "Health and welfare": four
 * digits, where `…0` means "not further defined", `…9` "not elsewhere classified" and
 * `0988` the inter-disciplinary programmes. There is no `0918`. Each is also an
 * {@link IscedFieldCode}.
 *
 * @example
 * ```ts
 * const medicine: HealthFieldCode = '0912';
 * isHealthField(medicine); //=> true
 * ```
 */
export type HealthFieldCode = Extract<(typeof HEALTH_FIELDS)[number]['code'], string>;

/**
 * A field of education and training in health and welfare (ISCED-F 2013), the fields a
 * partner teaches or researches in.
 *
 * @example
 * ```ts
 * const nursing: HealthField = { code: '0913', name: { en: 'Nursing and midwifery' } };
 * nursing.name.en; //=> 'Nursing and midwifery'
 * ```
 */
export interface HealthField {
  /**
   * The four-digit ISCED-F 2013 code.
   *
   * @example
   * ```ts
   * HEALTH_FIELDS[3].code; //=> '0912'
   * ```
   */
  readonly code: HealthFieldCode;
  /**
   * The field's official ISCED-F 2013 name, in English.
   *
   * @example
   * ```ts
   * HEALTH_FIELDS[3].name; //=> { en: 'Medicine' }
   * ```
   */
  readonly name: { readonly en: string };
}

/**
 * The ISCED-F 2013 detailed fields of broad field 09 "Health and welfare", ordered by code,
 * with their official English names (UNESCO Institute for Statistics, ISCED Fields of
 * Education and Training 2013): the entries of `ISCED_FIELDS` whose code starts with
 * `09`, `0999` "not elsewhere classified" included.
 *
 * @example
 * ```ts
 * HEALTH_FIELDS.length; //=> 17
 * HEALTH_FIELDS.find((field) => field.code === '0916')?.name.en; //=> 'Pharmacy'
 * HEALTH_FIELDS.at(-1); //=> { code: '0999', name: { en: 'Health and welfare not elsewhere classified' } }
 * ```
 */
export const HEALTH_FIELDS = /* @__PURE__ */ deepFreeze([
  { code: '0900', name: { en: 'Health and welfare not further defined' } },
  { code: '0910', name: { en: 'Health not further defined' } },
  { code: '0911', name: { en: 'Dental studies' } },
  { code: '0912', name: { en: 'Medicine' } },
  { code: '0913', name: { en: 'Nursing and midwifery' } },
  { code: '0914', name: { en: 'Medical diagnostic and treatment technology' } },
  { code: '0915', name: { en: 'Therapy and rehabilitation' } },
  { code: '0916', name: { en: 'Pharmacy' } },
  { code: '0917', name: { en: 'Traditional and complementary medicine and therapy' } },
  { code: '0919', name: { en: 'Health not elsewhere classified' } },
  { code: '0920', name: { en: 'Welfare not further defined' } },
  { code: '0921', name: { en: 'Care of the elderly and of disabled adults' } },
  { code: '0922', name: { en: 'Child care and youth services' } },
  { code: '0923', name: { en: 'Social work and counselling' } },
  { code: '0929', name: { en: 'Welfare not elsewhere classified' } },
  {
    code: '0988',
    name: { en: 'Inter-disciplinary programmes and qualifications involving health and welfare' },
  },
  { code: '0999', name: { en: 'Health and welfare not elsewhere classified' } },
] as const satisfies readonly {
  readonly code: IscedFieldCode;
  readonly name: { readonly en: string };
}[]);

/**
 * Tells whether a value is the code of an ISCED-F 2013 health and welfare field. Codes are
 * four-character strings: the number `912` is not one.
 *
 * @param code - Any value.
 * @returns `true` exactly for the 17 codes of {@link HEALTH_FIELDS}.
 *
 * @example
 * ```ts
 * isHealthField('0912'); //=> true
 * isHealthField('0918'); //=> false
 * isHealthField(912); //=> false
 * ```
 */
export function isHealthField(code: unknown): code is HealthFieldCode {
  return HEALTH_FIELDS.some((field) => field.code === code);
}

/**
 * The codes of {@link HEALTH_FIELDS}, in its order: the closed list that schemas and checks
 * accept, derived from the table.
 *
 * @example
 * ```ts
 * HEALTH_FIELD_CODES; //=> ['0900', '0910', '0911', '0912', '0913', '0914', '0915', '0916', '0917', '0919', '0920', '0921', '0922', '0923', '0929', '0988', '0999']
 * ```
 */
export const HEALTH_FIELD_CODES: readonly HealthFieldCode[] = /* @__PURE__ */ deepFreeze(
  HEALTH_FIELDS.map((field) => field.code),
);

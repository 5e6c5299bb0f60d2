import { deepFreeze } from '../core/_freeze.js';
import { ISCED_FIELD_CODES, ISCED_FIELDS } from './iscedFields.data.js';
import type { IscedFieldCode } from './iscedFields.js';

// The health fields are not a list of their own: they are the entries of the generated
// ISCED-F 2013 list (./iscedFields.data.ts) whose code is in broad field 09, so that a code
// or a name is written once. `HEALTH_FIELD_CODES` and `isHealthField` read the codes-only
// list, so that code that checks a code does not carry the names.

/** Whether an ISCED-F 2013 code is in broad field 09, "Health and welfare". */
function isBroadFieldHealth(code: string): boolean {
  return code.startsWith('09');
}

/** The entries of a tuple of fields whose code is in broad field 09, in order. */
type HealthEntries<
  T extends readonly unknown[],
  Found extends readonly unknown[] = [],
> = T extends readonly [infer Head, ...infer Rest]
  ? HealthEntries<Rest, Head extends { readonly code: `09${string}` } ? [...Found, Head] : Found>
  : Found;

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
export type HealthFieldCode = Extract<IscedFieldCode, `09${string}`>;

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
export const HEALTH_FIELDS = /* @__PURE__ */ (() =>
  deepFreeze(ISCED_FIELDS.filter((field) => isBroadFieldHealth(field.code))) as unknown as Readonly<
    HealthEntries<typeof ISCED_FIELDS>
  >)();

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
  return typeof code === 'string' && HEALTH_FIELD_CODES.includes(code as HealthFieldCode);
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
  ISCED_FIELD_CODES.filter((code): code is HealthFieldCode => isBroadFieldHealth(code)),
);

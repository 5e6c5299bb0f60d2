import { ISCED_FIELD_CODES, ISCED_FIELDS } from './iscedFields.data.js';

export { ISCED_FIELD_CODES, ISCED_FIELDS } from './iscedFields.data.js';

// `Extract<…, string>` names the union (see `CountryCode`): errors and the API reference say
// `IscedFieldCode` instead of spelling out 149 codes.
/**
 * The code of a detailed field of ISCED-F 2013: one of the four-digit codes of
 * {@link ISCED_FIELDS} (`'0912'` is medicine). Four digits are not enough: there is no
 * `0918`.
 *
 * @example
 * ```ts
 * const medicine: IscedFieldCode = '0912';
 * isIscedField(medicine); //=> true
 * ```
 */
export type IscedFieldCode = Extract<(typeof ISCED_FIELDS)[number]['code'], string>;

/**
 * A detailed field of education and training of ISCED-F 2013.
 *
 * @example
 * ```ts
 * const pharmacy: IscedField = { code: '0916', name: { en: 'Pharmacy' } };
 * pharmacy.name.en; //=> 'Pharmacy'
 * ```
 */
export interface IscedField {
  /**
   * The four-digit ISCED-F 2013 code.
   *
   * @example
   * ```ts
   * ISCED_FIELDS[1].code; //=> '0011'
   * ```
   */
  readonly code: IscedFieldCode;
  /**
   * The field's official ISCED-F 2013 name, in English.
   *
   * @example
   * ```ts
   * ISCED_FIELDS[1].name; //=> { en: 'Basic programmes and qualifications' }
   * ```
   */
  readonly name: { readonly en: string };
}

// Built on first use rather than at import, so that importing the module does no work.
let iscedCodes: ReadonlySet<unknown> | undefined;

/**
 * Tells whether a value is the code of a detailed field of ISCED-F 2013. Codes are
 * four-character strings: the number `912` is not one, and neither is `'0918'`, four digits
 * that name no field.
 *
 * @param value - Any value.
 * @returns `true` exactly for the 149 codes of {@link ISCED_FIELDS}.
 *
 * @example
 * ```ts
 * isIscedField('0912'); //=> true
 * isIscedField('0999'); //=> true
 * isIscedField('0918'); //=> false
 * isIscedField(912); //=> false
 * ```
 */
export function isIscedField(value: unknown): value is IscedFieldCode {
  iscedCodes ??= new Set<unknown>(ISCED_FIELD_CODES);
  return iscedCodes.has(value);
}

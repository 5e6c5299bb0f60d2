import {
  CELL_LIST,
  ISCED_FIELD_LIST,
  LANGUAGE_LIST,
  REGION_LIST,
  describeValue,
  unknownValue,
  type ClosedList,
} from '../catalog/_suggest.js';
import { isCellCode } from '../catalog/cells.js';
import { isLanguageCode } from '../catalog/languages.js';
import { REGIONS } from '../catalog/regions.js';

/**
 * Checks of the codes a synergy function is given in its arguments: a need's cells,
 * fields, languages and regions, a consortium's cells. A typed caller cannot pass an
 * unknown code; a caller in JavaScript, or one passing data read at run time, gets a
 * `RangeError` that names the function, the option and the value, with the same "did you
 * mean" as a validation issue, rather than a ranking matched on nothing.
 *
 * @internal
 * @module
 */

/** What a list of codes is checked against: its closed list and a membership test. */
interface CodeKind {
  readonly list: ClosedList;
  readonly isValid: (value: unknown) => boolean;
}

const ISCED_FIELD = /^\d{4}$/;

/** Cells `A1` … `D5`. @internal */
export const CELL_CODES: CodeKind = { list: CELL_LIST, isValid: isCellCode };

/** ISO 639-1 language codes. @internal */
export const LANGUAGE_CODES: CodeKind = { list: LANGUAGE_LIST, isValid: isLanguageCode };

/** ISCED-F 2013 field codes: four digits, as `IscedFieldSchema` accepts them. @internal */
export const ISCED_FIELD_CODES: CodeKind = {
  list: ISCED_FIELD_LIST,
  isValid: (value) => typeof value === 'string' && ISCED_FIELD.test(value),
};

/** The network's region codes. @internal */
export const REGION_CODES: CodeKind = {
  list: REGION_LIST,
  isValid: (value) => REGIONS.some((region) => region.code === value),
};

/**
 * Checks that `values` is a list of codes of one kind; `undefined` passes when the option
 * is optional.
 *
 * @param functionName - The public function, named in the message (`rankPartners`).
 * @param option - The option as the caller wrote it (`need.languages`).
 * @param values - What the caller gave.
 * @param kind - The codes allowed.
 * @param required - Whether the option must be given.
 * @throws `TypeError` when `values` is not a list (or is missing and `required`).
 * @throws `RangeError` naming the first unknown code: `rankPartners: need.languages[0]
 *   'french' is not a language code; did you mean 'fr' (French)?`.
 * @internal
 */
export function checkCodes(
  functionName: string,
  option: string,
  values: unknown,
  kind: CodeKind,
  required = false,
): void {
  if (values === undefined && !required) return;
  if (!Array.isArray(values)) {
    throw new TypeError(
      `${functionName}: ${option} must be a list of ${kind.list.noun.replace(/^an? /, '')}s, received ${describeValue(values)}`,
    );
  }
  values.forEach((value: unknown, index) => {
    if (!kind.isValid(value)) {
      throw new RangeError(
        `${functionName}: ${option}[${index}] ${unknownValue(kind.list, value).message}`,
      );
    }
  });
}

import {
  CELL_LIST,
  ISCED_FIELD_LIST,
  LANGUAGE_LIST,
  REGION_LIST,
  invalidValueParams,
  type ClosedList,
} from '../catalog/_suggest.js';
import { isCellCode } from '../catalog/cells.js';
import { isIscedField } from '../catalog/iscedFields.js';
import { isLanguageCode } from '../catalog/languages.js';
import { REGIONS } from '../catalog/regions.js';
import { libraryError } from '../messages/_table.js';
import { SYNERGY_MESSAGES } from '../messages/synergy.js';

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
  readonly list: ClosedList & { readonly of: 'cell' | 'language' | 'isced-field' | 'region' };
  readonly isValid: (value: unknown) => boolean;
}

/** A closed list of one of the kinds a synergy function is given. */
function kind(list: ClosedList, isValid: (value: unknown) => boolean): CodeKind {
  return { list: list as CodeKind['list'], isValid };
}

/** Cells `A1` … `D5`. @internal */
export const CELL_CODES: CodeKind = /* @__PURE__ */ kind(CELL_LIST, isCellCode);

/** ISO 639-1 language codes. @internal */
export const LANGUAGE_CODES: CodeKind = /* @__PURE__ */ kind(LANGUAGE_LIST, isLanguageCode);

/** ISCED-F 2013 field codes, as `IscedFieldSchema` accepts them (`ISCED_FIELDS`). @internal */
export const ISCED_FIELD_CODES: CodeKind = /* @__PURE__ */ kind(ISCED_FIELD_LIST, isIscedField);

/** The network's region codes. @internal */
export const REGION_CODES: CodeKind = /* @__PURE__ */ kind(REGION_LIST, (value) =>
  REGIONS.some((region) => region.code === value),
);

/**
 * Checks that `values` is a list of codes of one kind; `undefined` passes when the option
 * is optional.
 *
 * @param caller - The public function, named in the message (`rankPartners`).
 * @param option - The option as the caller wrote it (`need.languages`).
 * @param values - What the caller gave.
 * @param codes - The codes allowed.
 * @param required - Whether the option must be given.
 * @throws `TypeError` (`synergy.not_a_list`) when `values` is not a list (or is missing and
 *   `required`).
 * @throws `RangeError` (`synergy.unknown_code`) naming the first unknown code:
 *   `rankPartners: need.languages[0] 'french' is not a language code; did you mean 'fr'
 *   (French)?`.
 * @internal
 */
export function checkCodes(
  caller: string,
  option: string,
  values: unknown,
  codes: CodeKind,
  required = false,
): void {
  if (values === undefined && !required) return;
  if (!Array.isArray(values)) {
    throw libraryError(TypeError, SYNERGY_MESSAGES, 'synergy.not_a_list', {
      caller,
      option,
      of: codes.list.of,
      received: values,
    });
  }
  values.forEach((value: unknown, index) => {
    if (!codes.isValid(value)) {
      throw libraryError(RangeError, SYNERGY_MESSAGES, 'synergy.unknown_code', {
        caller,
        option,
        index,
        ...invalidValueParams(codes.list, value),
      });
    }
  });
}

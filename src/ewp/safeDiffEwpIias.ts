import { diffTexts } from './_diff.js';
import { iiaTexts } from './_textToHash.js';
import type { EwpDifference, EwpResult } from './types.js';

/**
 * Compares two copies of an IIA (ours and the partner's, each a v7 `iias-get-response`) and
 * lists every difference that changes the `iia-hash`, field by field, with paths and in
 * words; an empty list means the hashes agree. Never throws: XML that cannot be read gives
 * the issues of the first copy that fails, each path in that copy.
 *
 * @param a - Our copy, the XML text of a v7 `iias-get-response`.
 * @param b - Their copy, the same.
 * @returns `{ success: true, data }` with the differences, or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * import { safeDiffEwpIias } from '@uhs/partners-network/ewp';
 *
 * const result = safeDiffEwpIias('<not-closed>', '<iias-get-response/>');
 * result.success; //=> false
 * if (!result.success) result.issues[0]?.code; //=> 'malformed'
 * ```
 */
export function safeDiffEwpIias(a: string, b: string): EwpResult<readonly EwpDifference[]> {
  const ours = iiaTexts(a);
  if (!ours.success) return ours;
  const theirs = iiaTexts(b);
  if (!theirs.success) return theirs;
  return { success: true, data: Object.freeze(diffTexts(ours.data, theirs.data)) };
}

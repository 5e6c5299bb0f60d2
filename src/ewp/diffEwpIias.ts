import { ewpError } from './_issues.js';
import { safeDiffEwpIias } from './safeDiffEwpIias.js';
import type { EwpDifference } from './types.js';

/**
 * Compares two copies of an IIA (ours and the partner's, each a v7 `iias-get-response`) and
 * lists every difference that changes the `iia-hash`, field by field: why an approval fails.
 * The `iia`s are paired by position; within a pair, the pieces of the official XSLT's text
 * to hash are compared, so that contacts, comments, indentation and the order of contacts
 * never count, and an empty list means the hashes agree. Each difference has the XSLT's
 * `field` name, the `path` in our copy (in theirs for a field only they have), both values
 * and an English `message` (`formatMessage('ewp.difference.' + code, params, { locale: 'fr' })`
 * in French). {@link safeDiffEwpIias} gives issues instead of throwing.
 *
 * @param a - Our copy, the XML text of a v7 `iias-get-response`.
 * @param b - Their copy, the same.
 * @returns The differences, in the order of the text to hash.
 * @throws SyntaxError, with `code`, `params`, `path` and `issues`, when either copy cannot
 *   be read as a v7 `iias-get-response`.
 *
 * @example
 * ```ts
 * import { diffEwpIias } from '@uhs/partners-network/ewp';
 *
 * const copy = (days: number) => `<iias-get-response xmlns="https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd">
 *   <iia>
 *     <partner><hei-id>uni-a.example.org</hei-id><iia-id>A-1</iia-id></partner>
 *     <partner><hei-id>uni-b.example.org</hei-id><iia-id>B-7</iia-id></partner>
 *     <cooperation-conditions>
 *       <staff-teacher-mobility-spec>
 *         <sending-hei-id>uni-a.example.org</sending-hei-id>
 *         <receiving-hei-id>uni-b.example.org</receiving-hei-id>
 *         <mobilities-per-year>2</mobilities-per-year>
 *         <total-days-per-year>${days}</total-days-per-year>
 *       </staff-teacher-mobility-spec>
 *     </cooperation-conditions>
 *   </iia>
 * </iias-get-response>`;
 * diffEwpIias(copy(10), copy(10)); //=> []
 * diffEwpIias(copy(10), copy(12)).map((difference) => difference.message);
 * //=> ["cooperation-conditions.staff-teacher-mobility-spec.total-days-per-year differs: ours is '10', theirs is '12'"]
 * ```
 */
export function diffEwpIias(a: string, b: string): readonly EwpDifference[] {
  const result = safeDiffEwpIias(a, b);
  if (!result.success) throw ewpError(result.issues);
  return result.data;
}

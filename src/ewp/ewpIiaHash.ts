import { ewpError } from './_issues.js';
import { safeEwpIiaHash } from './safeEwpIiaHash.js';
import type { EwpIiaHash } from './types.js';

/**
 * Computes the `iia-hash` of each `iia` of an IIAs API v7 `iias-get-response`, exactly as
 * the official XSLT (`transform_version_7.xsl`) builds its text to hash, then SHA-256 over
 * its UTF-8 bytes (`node:crypto`): no Java or XSLT processor. Contacts and the academic
 * years' place in the document do not count; `validForApproval` is `false` where an element
 * is marked `not-yet-defined` or carries a `v6-value`. As in the XSLT, that and
 * `terminated-as-a-whole` are read from the whole document, so hash one IIA per response, as
 * partners exchange them. {@link safeEwpIiaHash} gives issues instead of throwing.
 *
 * @param xml - The XML text of a v7 `iias-get-response` (one or many `iia`).
 * @returns One `{ iiaId, hash, validForApproval }` per `iia`, in document order.
 * @throws SyntaxError, with `code` (`'ewp.' + issue code`), `params`, `path` and every
 *   `issues`, when the XML cannot be read as a v7 `iias-get-response`.
 *
 * @example
 * ```ts
 * import { ewpIiaHash } from '@uhs/partners-network/ewp';
 *
 * const xml = `<iias-get-response xmlns="https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd">
 *   <iia>
 *     <partner><hei-id>uni-a.example.org</hei-id><iia-id>A-1</iia-id></partner>
 *     <partner><hei-id>uni-b.example.org</hei-id><iia-id>B-7</iia-id></partner>
 *     <in-effect>false</in-effect>
 *     <cooperation-conditions>
 *       <staff-teacher-mobility-spec>
 *         <sending-hei-id>uni-a.example.org</sending-hei-id>
 *         <receiving-hei-id>uni-b.example.org</receiving-hei-id>
 *         <receiving-first-academic-year-id>2026/2027</receiving-first-academic-year-id>
 *         <receiving-last-academic-year-id>2028/2029</receiving-last-academic-year-id>
 *         <mobilities-per-year>2</mobilities-per-year>
 *         <total-days-per-year>10</total-days-per-year>
 *       </staff-teacher-mobility-spec>
 *     </cooperation-conditions>
 *   </iia>
 * </iias-get-response>`;
 * ewpIiaHash(xml);
 * //=> [{ iiaId: 'A-1', hash: '9dec03fd63ae5dc98dd39dc4a83d97e5c33b3e17f200f312d9110063f2ed9cb0', validForApproval: true }]
 * ```
 */
export function ewpIiaHash(xml: string): readonly EwpIiaHash[] {
  const result = safeEwpIiaHash(xml);
  if (!result.success) throw ewpError(result.issues);
  return result.data;
}

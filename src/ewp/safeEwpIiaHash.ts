import { iiaTexts, sha256 } from './_textToHash.js';
import type { EwpIiaHash, EwpResult } from './types.js';

/**
 * Computes the `iia-hash` of each `iia` of an IIAs API v7 `iias-get-response`, exactly as
 * the official XSLT (`transform_version_7.xsl`) builds its text to hash, then SHA-256 over
 * its UTF-8 bytes (`node:crypto`): no Java or XSLT processor. Never throws: XML that cannot
 * be read (not well-formed, a DOCTYPE, an entity reference, over 8 MiB, not a v7
 * `iias-get-response`) gives issues with XPath-like paths, and no entity is ever expanded.
 *
 * As in the XSLT, `terminated-as-a-whole` and `validForApproval` look at the whole
 * document: send one IIA per response, as partners do, to hash each on its own.
 *
 * @param xml - The XML text of a v7 `iias-get-response` (one or many `iia`).
 * @returns `{ success: true, data }`, one {@link EwpIiaHash} per `iia` in document order,
 *   or `{ success: false, issues }`.
 *
 * @example
 * ```ts
 * import { safeEwpIiaHash } from '@uhs/partners-network/ewp';
 *
 * const result = safeEwpIiaHash('<iias-get-response xmlns="https://example.org/not-ewp"/>');
 * result.success; //=> false
 * if (!result.success) result.issues[0]?.code; //=> 'wrong_namespace'
 * ```
 */
export function safeEwpIiaHash(xml: string): EwpResult<readonly EwpIiaHash[]> {
  const texts = iiaTexts(xml);
  if (!texts.success) return texts;
  return {
    success: true,
    data: Object.freeze(
      texts.data.map((text) =>
        Object.freeze({
          iiaId: text.iiaId,
          hash: sha256(text.text),
          validForApproval: text.validForApproval,
        }),
      ),
    ),
  };
}

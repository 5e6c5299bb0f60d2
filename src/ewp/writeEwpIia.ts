import type { Network, NetworkInput } from '../schemas/network.js';
import { safeWriteEwpIia } from './safeWriteEwpIia.js';
import type { EwpIiaExport, EwpWriteIssue, WriteEwpIiaOptions } from './types.js';

/**
 * Writes one agreement of a network as an Erasmus Without Paper inter-institutional
 * agreement: one IIAs API v7 `iias-get-response` holding one `iia`, valid against the v7
 * XSD, with its `iia-hash` computed as {@link ewpIiaHash} computes it. The home institution
 * is the first partner (the copy it serves); each mobility commitment is a mobility spec,
 * in the XSD's order (studies, traineeship, teacher, training; each kind in the order of
 * `commitments`). Nothing is dropped or made up silently: each fact EWP cannot carry
 * (commitments of activities 3 to 5, the agreement's title, period, funding …, a
 * mobility's area) and each value the XSD requires that the model lacks is a warning. A
 * mobility without `academicYears` (or without `languages`, for studies and teaching) is not
 * written; a student mobility without `blended` is written `false`, and an agreement without
 * `ewp.inEffect` is written `in-effect` `false`.
 *
 * @param network - A network (it is validated first; a version-1 document is converted).
 * @param agreementId - The id of the agreement to write.
 * @param options - `homeHeiId` (default: the policy's, `uhs.edu.kh`), or a `policy`.
 * @returns `{ xml, warnings }`.
 * @throws RangeError, with `code` (`'ewp.export.' + issue code`), `params`, `path` and
 *   `issues` (the {@link EwpWriteIssue}s), when the agreement cannot be written (see {@link safeWriteEwpIia}, which
 *   gives the issues instead).
 *
 * @example
 * ```ts
 * import { ewpIiaHash, writeEwpIia } from '@uhs/partners-network/ewp';
 *
 * const { xml, warnings } = writeEwpIia(network, 'mou-lyon-2014');
 * xml.includes('<hei-id>uhs.edu.kh</hei-id>'); //=> true
 * xml.includes(`<iia-hash>${ewpIiaHash(xml)[0]?.hash}</iia-hash>`); //=> true
 * warnings.map((warning) => warning.code);
 * //=> ['agreement_fields_not_written', 'commitment_fields_not_written', 'missing_academic_years', 'not_mobility', 'not_mobility']
 * writeEwpIia(network, 'no-such-agreement'); // throws RangeError: writeEwpIia: the network has no agreement 'no-such-agreement'
 * ```
 */
export function writeEwpIia(
  network: Network | NetworkInput,
  agreementId: string,
  options?: WriteEwpIiaOptions,
): EwpIiaExport {
  const result = safeWriteEwpIia(network, agreementId, options);
  if (result.success) return result.data;
  // A failure always carries one issue.
  const issue = result.issues[0] as EwpWriteIssue;
  throw Object.assign(new RangeError(issue.message), {
    code: `ewp.export.${issue.code}`,
    params: issue.params,
    path: issue.path,
    issues: result.issues,
  });
}

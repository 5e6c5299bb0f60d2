import { resolvePolicy } from '../policy/resolveOptions.js';
import { safeParseNetwork } from '../schemas/parse.js';
import { WriteFailure, writeIia, writeIssue } from './_writeIia.js';
import type { EwpWriteResult, WriteEwpIiaOptions } from './types.js';

/** `partners[3].country`, as issues show a path. */
function showPath(path: readonly (string | number)[]): string {
  const shown = path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`,
    )
    .join('');
  return shown === '' ? '(root)' : shown;
}

/**
 * Writes one agreement of a network as an Erasmus Without Paper IIA (IIAs API v7), as
 * {@link writeEwpIia} does, without throwing: a network that is not valid, an agreement id
 * the network does not have, or an agreement that cannot be an IIA (its partner has no
 * SCHAC id, it has several partners and `agreement.ewp` does not name the IIA's, or
 * `agreement.ewp` does not include the home institution) gives issues.
 *
 * @param network - A network (it is validated first; a version-1 document is converted).
 * @param agreementId - The id of the agreement to write.
 * @param options - `homeHeiId` (default: the policy's), or a `policy`.
 * @returns `{ success: true, data: { xml, warnings } }`, or `{ success: false, issues }`.
 * @throws RangeError or TypeError for an invalid policy parameter in `options`, as every
 *   function of the library (never for the network).
 *
 * @example
 * ```ts
 * import { safeWriteEwpIia } from '@uhs/partners-network/ewp';
 *
 * const result = safeWriteEwpIia(network, 'no-such-agreement');
 * result.success; //=> false
 * if (!result.success) result.issues[0]?.code; //=> 'unknown_agreement'
 *
 * safeWriteEwpIia({ schemaVersion: 2, partners: [{}], agreements: [] }, 'x').success; //=> false
 * ```
 */
export function safeWriteEwpIia(
  network: unknown,
  agreementId: string,
  options?: WriteEwpIiaOptions,
): EwpWriteResult {
  const parsed = safeParseNetwork(network);
  if (!parsed.success) {
    const issue = writeIssue(
      new WriteFailure(
        'invalid_network',
        { count: parsed.issues.length, path: showPath(parsed.issues[0]?.path ?? []) },
        [],
      ),
    );
    return {
      success: false,
      issues: Object.freeze([Object.freeze({ ...issue, networkIssues: parsed.issues })]),
    };
  }
  const { homeHeiId } = resolvePolicy(options, parsed.data);
  try {
    return { success: true, data: writeIia(parsed.data, agreementId, homeHeiId) };
  } catch (error) {
    if (error instanceof WriteFailure)
      return { success: false, issues: Object.freeze([writeIssue(error)]) };
    throw error;
  }
}

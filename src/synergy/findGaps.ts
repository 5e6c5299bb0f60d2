import type { CellCode } from '../catalog/cells.js';
import { resolveOptions } from '../policy/resolveOptions.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import type { Network } from '../schemas/network.js';
import { computeCoverage } from './_capabilities.js';
import { cellsCoveredBy } from './_coverage.js';

/**
 * The options of {@link findGaps}.
 *
 * @example
 * ```ts
 * const options: FindGapsOptions = { on: '2017-06-30' };
 * ```
 */
export interface FindGapsOptions extends OnOption, PolicyOptions {}

/**
 * The gaps of the network on a date: the cells no partner covers through an agreement in
 * force. These are where a new partnership brings most "synergy".
 *
 * @param network - A parsed network.
 * @param options - `on` (default the network's `asOf`, else today) and policy parameters.
 * @returns The uncovered cells, in `CELLS` order.
 *
 * @example
 * ```ts
 * findGaps(parseNetwork({ schemaVersion: 2, partners: [], agreements: [] }), { on: '2017-06-30' }).length;
 * //=> 20
 * ```
 */
export function findGaps(network: Network, options: FindGapsOptions = {}): CellCode[] {
  const { on } = resolveOptions(options, network, 'findGaps');
  return cellsCoveredBy(computeCoverage(network, on), 0, 1);
}

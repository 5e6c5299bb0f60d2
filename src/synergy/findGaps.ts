import { CELLS, type CellCode } from '../catalog/cells.js';
import { resolveOptions } from '../policy/_resolve.js';
import type { Network } from '../schemas/network.js';
import { computeCoverage, type Coverage } from './_capabilities.js';
import type { SynergyOptions } from './types.js';

/**
 * The options of {@link findGaps}.
 *
 * @example
 * ```ts
 * const options: FindGapsOptions = { on: '2017-06-30' };
 * ```
 */
export type FindGapsOptions = SynergyOptions;

/** The cells of a coverage covered by at least `min` (and, with `max`, fewer than `max`) partners. @internal */
export function cellsCoveredBy(coverage: Coverage, min: number, max = Infinity): CellCode[] {
  return CELLS.filter((_cell, index) => {
    const count = coverage.partners[index]?.length ?? 0;
    return count >= min && count < max;
  });
}

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
 * findGaps(parseNetwork({ schemaVersion: 1, partners: [], agreements: [] }), { on: '2017-06-30' }).length;
 * //=> 20
 * ```
 */
export function findGaps(network: Network, options: FindGapsOptions = {}): CellCode[] {
  const { on } = resolveOptions(options, network);
  return cellsCoveredBy(computeCoverage(network, on), 0, 1);
}

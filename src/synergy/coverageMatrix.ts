import { resolveOptions } from '../policy/resolveOptions.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import type { Network } from '../schemas/network.js';
import { computeCoverage } from './_capabilities.js';
import { coverageEntries } from './_coverage.js';
import type { CoverageEntry } from './types.js';

/**
 * The options of {@link coverageMatrix}.
 *
 * @example
 * ```ts
 * const options: CoverageMatrixOptions = { on: '2017-06-30' };
 * ```
 */
export interface CoverageMatrixOptions extends OnOption, PolicyOptions {}

/**
 * Who covers each of the 20 cells on a date: a partner covers a cell when an agreement in
 * force (active or expiring) with that partner has the cell in its scope.
 *
 * @param network - A parsed network.
 * @param options - `on` (default the network's `asOf`, else today) and policy parameters.
 * @returns One entry per cell, in `CELLS` order, with its partners and agreements (ascending) and `count`, the number of distinct partners.
 *
 * @example
 * ```ts
 * const network = parseNetwork(exampleNetwork);
 * coverageMatrix(network, { on: '2017-06-30' }).find((entry) => entry.cell === 'D1');
 * //=> { cell: 'D1', partners: ['example-univ-bangkok', 'example-univ-singapore'], agreements: ['network-asean-2016'], count: 2 }
 * ```
 */
export function coverageMatrix(
  network: Network,
  options: CoverageMatrixOptions = {},
): CoverageEntry[] {
  const { on } = resolveOptions(options, network, 'coverageMatrix');
  return coverageEntries(computeCoverage(network, on));
}

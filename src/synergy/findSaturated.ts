import type { CellCode } from '../catalog/cells.js';
import { resolveOptions } from '../policy/_resolve.js';
import type { Network } from '../schemas/network.js';
import { computeCoverage } from './_capabilities.js';
import { cellsCoveredBy } from './findGaps.js';
import type { SynergyOptions } from './types.js';

/**
 * The options of {@link findSaturated}: `saturation` (or the policy's) sets the threshold.
 *
 * @example
 * ```ts
 * const options: FindSaturatedOptions = { on: '2017-06-30', saturation: 2 };
 * ```
 */
export type FindSaturatedOptions = SynergyOptions;

/**
 * The saturated cells of the network on a date: those covered by at least `saturation`
 * partners (default 3), where more partners duplicate effort rather than add "efficiency".
 *
 * @param network - A parsed network.
 * @param options - `on`, `policy` and its `saturation` threshold.
 * @returns The saturated cells, in `CELLS` order.
 *
 * @example
 * ```ts
 * findSaturated(parseNetwork(exampleNetwork), { on: '2017-06-30', saturation: 2 });
 * //=> ['B3', 'D1', 'D2']
 * ```
 */
export function findSaturated(network: Network, options: FindSaturatedOptions = {}): CellCode[] {
  const { on, policy } = resolveOptions(options, network);
  return cellsCoveredBy(computeCoverage(network, on), policy.saturation);
}

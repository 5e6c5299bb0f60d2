import type { CellCode } from '../catalog/cells.js';
import { resolveOptions } from '../policy/resolveOptions.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import type { Network } from '../schemas/network.js';
import { computeCoverage } from './_capabilities.js';
import { cellsCoveredBy } from './_coverage.js';

/**
 * The options of {@link findSaturated}: `saturation` (or the policy's) sets the threshold.
 *
 * @example
 * ```ts
 * const options: FindSaturatedOptions = { on: '2017-06-30', saturation: 2 };
 * ```
 */
export interface FindSaturatedOptions extends OnOption, PolicyOptions {}

/**
 * The saturated cells of the network on a date: those covered by at least the policy's
 * `saturation` partners (default 3), where more partners duplicate effort rather than add
 * "efficiency".
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
  const { on, policy } = resolveOptions(options, network, 'findSaturated');
  return cellsCoveredBy(computeCoverage(network, on), policy.saturation);
}

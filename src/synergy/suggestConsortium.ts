import type { CellCode } from '../catalog/cells.js';
import { resolveOptions } from '../policy/resolveOptions.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import type { Network } from '../schemas/network.js';
import { capabilitiesOn, cellsOf, checkCount, maskOf, popcount } from './_capabilities.js';
import { CELL_CODES, checkCodes } from './_checkCodes.js';
import type { Consortium } from './types.js';

/**
 * The options of {@link suggestConsortium}: `maxPartners`, the most partners to take.
 *
 * @example
 * ```ts
 * const options: SuggestConsortiumOptions = { on: '2017-06-30', maxPartners: 3 };
 * ```
 */
export interface SuggestConsortiumOptions extends OnOption, PolicyOptions {
  /** The most partners in the consortium (a whole number ≥ 0); no limit when absent. */
  readonly maxPartners?: number | undefined;
}

/**
 * Suggests a small consortium for a joint project: partners whose capabilities cover the
 * needed cells, by greedy set cover. Each step takes the partner covering most of the
 * cells still uncovered (ties by `partnerId`, ascending), until every cell some partner can
 * cover is covered, or `maxPartners` are taken.
 *
 * @param network - A parsed network.
 * @param cells - The cells the project needs.
 * @param options - `on`, `maxPartners`, and policy parameters.
 * @returns The partners in the order taken, and the needed cells `covered` and `uncovered` (in `CELLS` order).
 * @throws `RangeError` when `maxPartners` is not a whole number ≥ 0, or when `cells` holds a
 *   value that is not a cell code (the message names it and the closest cells, such as
 *   `suggestConsortium: cells[0] 'c5' is not a cell code; did you mean 'C5'?`).
 * @throws `TypeError` when `cells` is not a list.
 *
 * @example
 * ```ts
 * suggestConsortium(parseNetwork(exampleNetwork), ['B4', 'D3', 'A2']);
 * //=> { partners: ['example-univ-lyon', 'example-univ-vientiane'], covered: ['B4', 'D3'], uncovered: ['A2'] }
 * suggestConsortium(parseNetwork(exampleNetwork), ['c5' as CellCode]); // throws RangeError: suggestConsortium: cells[0] 'c5' is not a cell code; did you mean 'C5'?
 * ```
 */
export function suggestConsortium(
  network: Network,
  cells: readonly CellCode[],
  options: SuggestConsortiumOptions = {},
): Consortium {
  checkCount('suggestConsortium', 'maxPartners', options.maxPartners, 0);
  checkCodes('suggestConsortium', 'cells', cells, CELL_CODES, true);
  const { on } = resolveOptions(options, network, 'suggestConsortium');
  const { ids, masks } = capabilitiesOn(network, on);
  const needed = maskOf(cells);
  let uncovered = needed;
  const chosen: (typeof ids)[number][] = [];
  const maxPartners = options.maxPartners ?? Infinity;
  while (uncovered !== 0 && chosen.length < maxPartners) {
    let best = -1;
    let bestGain = 0;
    masks.forEach((mask, index) => {
      const gain = popcount(mask & uncovered);
      if (gain > bestGain) {
        best = index;
        bestGain = gain;
      }
    });
    if (best < 0) break;
    const bestId = ids[best];
    if (bestId === undefined) break;
    chosen.push(bestId);
    uncovered &= ~(masks[best] ?? 0);
  }
  return { partners: chosen, covered: cellsOf(needed & ~uncovered), uncovered: cellsOf(uncovered) };
}

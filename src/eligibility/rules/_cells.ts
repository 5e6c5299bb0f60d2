// Cells as the default rules' messages list them: in the order of `CELLS`, each once.
import { CELLS, type CellCode } from '../../catalog/cells.js';

let positions: ReadonlyMap<string, number> | undefined;

/** The position of each cell in `CELLS`, built on first use. */
function positionsOf(): ReadonlyMap<string, number> {
  return (positions ??= new Map(CELLS.map((cell, position) => [cell, position])));
}

/**
 * Cells in `CELLS` order, each once (a scope has a few cells: sorting them is cheaper than
 * filtering all of `CELLS`).
 *
 * @internal
 */
export function inCellsOrder(cells: readonly string[]): CellCode[] {
  const position = positionsOf();
  const ordered: CellCode[] = [];
  for (const cell of cells) {
    if (position.has(cell) && !ordered.includes(cell as CellCode)) ordered.push(cell as CellCode);
  }
  return ordered.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0));
}

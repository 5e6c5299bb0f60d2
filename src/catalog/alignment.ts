import { deepFreeze } from '../core/_freeze.js';
import type { CellCode } from './cells.js';
import type { StrategyCode } from './strategies.js';

/**
 * Which strategies of Strategic Goal #6 each cell serves.
 *
 * @example
 * ```ts
 * const alignment: Alignment = DEFAULT_ALIGNMENT;
 * alignment.C5; //=> [3]
 * ```
 */
export type Alignment = Readonly<Record<CellCode, readonly StrategyCode[]>>;

/**
 * The default alignment of the 20 cells with the four strategies (every cell serves at
 * least one; lists are in ascending order).
 *
 * |   | 1 | 2 | 3 | 4 | 5 |
 * | --- | --- | --- | --- | --- | --- |
 * | A | 1, 2 | 2 | 1 | 1 | 1 |
 * | B | 2, 4 | 2, 4 | 4 | 4 | 4 |
 * | C | 2, 3 | 2, 3 | 3 | 3, 4 | 3 |
 * | D | 2 | 2, 4 | 2 | 4 | 2, 3 |
 *
 * Rationale:
 * - strategy 1, "to extend the goals and missions of the UHS' International Department and
 *   provide it with proper human resources", is the capacity of the international office:
 *   the governance cells (A1, A3–A5);
 * - strategy 2, the "communications strategy to gain visibility, scholarships, grants and
 *   opportunities for further faculty development", is served by mobility (grants and
 *   scholarships, faculty development) and by community services (visibility);
 * - strategy 3, "to develop international research cooperation", is served by the research
 *   cells and by joint community research projects (D5);
 * - strategy 4, the bilingual "training platform … to prepare students for regional and
 *   international mobility", is served by the education cells, distance learning (C4, D4)
 *   and students' mobility (B2, D2).
 *
 * @example
 * ```ts
 * DEFAULT_ALIGNMENT.A1; //=> [1, 2]
 * DEFAULT_ALIGNMENT.B4; //=> [4]
 * DEFAULT_ALIGNMENT.D5; //=> [2, 3]
 * DEFAULT_ALIGNMENT.C5.includes(4); //=> false
 * ```
 */
export const DEFAULT_ALIGNMENT: Alignment = /* @__PURE__ */ deepFreeze({
  A1: [1, 2],
  A2: [2],
  A3: [1],
  A4: [1],
  A5: [1],
  B1: [2, 4],
  B2: [2, 4],
  B3: [4],
  B4: [4],
  B5: [4],
  C1: [2, 3],
  C2: [2, 3],
  C3: [3],
  C4: [3, 4],
  C5: [3],
  D1: [2],
  D2: [2, 4],
  D3: [2],
  D4: [4],
  D5: [2, 3],
});

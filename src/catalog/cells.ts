import { deepFreeze } from '../core/_freeze.js';
import type { ActivityCode } from './activities.js';
import type { AreaCode } from './areas.js';

/**
 * One cell of the network's area × activity grid, written area letter then activity
 * number: `"C5"` is joint programmes and research projects (5) in research (C). A
 * partnership's scope is a set of cells.
 *
 * @example
 * ```ts
 * const cell: CellCode = 'C5';
 * // @ts-expect-error there is no area E
 * const bad: CellCode = 'E1';
 * ```
 */
export type CellCode = `${AreaCode}${ActivityCode}`;

/**
 * The 20 cells of the grid in their canonical order, A1…A5, B1…B5, C1…C5, D1…D5. Every
 * list of cells the library returns is in this order.
 *
 * @example
 * ```ts
 * CELLS.length; //=> 20
 * CELLS.slice(0, 6); //=> ['A1', 'A2', 'A3', 'A4', 'A5', 'B1']
 * ```
 */
export const CELLS = /* @__PURE__ */ deepFreeze([
  'A1',
  'A2',
  'A3',
  'A4',
  'A5',
  'B1',
  'B2',
  'B3',
  'B4',
  'B5',
  'C1',
  'C2',
  'C3',
  'C4',
  'C5',
  'D1',
  'D2',
  'D3',
  'D4',
  'D5',
] as const satisfies readonly CellCode[]);

/**
 * Writes the cell of an area and an activity.
 *
 * @param area - The priority area's letter.
 * @param activity - The activity's number.
 * @returns The cell code, typed as the exact literal.
 *
 * @example
 * ```ts
 * cellCode('C', 5); //=> 'C5'
 * // @ts-expect-error there is no area E
 * cellCode('E', 1);
 * ```
 */
export function cellCode<A extends AreaCode, N extends ActivityCode>(
  area: A,
  activity: N,
): `${A}${N}` {
  return `${area}${activity}`;
}

/**
 * Tells whether a value is one of the 20 cell codes.
 *
 * @param value - Any value.
 * @returns `true` exactly for the strings of {@link CELLS}.
 *
 * @example
 * ```ts
 * isCellCode('D4'); //=> true
 * isCellCode('D6'); //=> false
 * isCellCode('d4'); //=> false
 * ```
 */
export function isCellCode(value: unknown): value is CellCode {
  return typeof value === 'string' && /^[A-D][1-5]$/.test(value);
}

/**
 * Splits a cell code into its area and activity.
 *
 * @param value - A string such as `"C5"`.
 * @returns `{ area, activity }`, or `undefined` when the string is not a cell code.
 *
 * @example
 * ```ts
 * parseCellCode('C5'); //=> { area: 'C', activity: 5 }
 * parseCellCode('E1'); //=> undefined
 * ```
 */
export function parseCellCode(
  value: string,
): { readonly area: AreaCode; readonly activity: ActivityCode } | undefined {
  if (!isCellCode(value)) return undefined;
  return {
    area: value[0] as AreaCode,
    activity: Number(value[1]) as ActivityCode,
  };
}

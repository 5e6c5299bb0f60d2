import { escapeControl } from './_escape.js';

/**
 * Plain-text tables: columns separated by two spaces, padded to the widest cell, no
 * trailing spaces, so that the output reads well and splits on whitespace.
 *
 * @internal
 * @module
 */

/** The width of a text in code points (a surrogate pair is one character). */
function widthOf(text: string): number {
  return text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ' ').length;
}

/**
 * Lays out rows as aligned columns. `paint` may colour a cell's text; the padding is added
 * outside it, so that escape codes do not upset the alignment. Control characters in a
 * cell are escaped (`\n`, `\u001b`) before `paint` sees it.
 *
 * @internal
 * @param rows - The rows, each a list of cells.
 * @param paint - Colours a cell's text, given its column and row indices.
 * @returns The lines, each ending with a line end.
 *
 * @example
 * ```ts
 * formatTable([['a', 'eligible'], ['bbb', 'ineligible']]);
 * //=> 'a    eligible\nbbb  ineligible\n'
 * ```
 */
export function formatTable(
  rows: readonly (readonly string[])[],
  paint: (text: string, column: number, row: number) => string = (text) => text,
): string {
  // Cells hold the input's text (a partner's name): a control character must not reach the
  // terminal, nor a newline break the table.
  const cells = rows.map((row) => row.map(escapeControl));
  const widths: number[] = [];
  for (const row of cells) {
    row.forEach((cell, column) => {
      widths[column] = Math.max(widths[column] ?? 0, widthOf(cell));
    });
  }
  return cells
    .map((row, rowIndex) =>
      row
        .map((cell, column) => {
          const last = column === row.length - 1;
          const padding = last ? '' : ' '.repeat((widths[column] ?? 0) - widthOf(cell));
          return paint(cell, column, rowIndex) + padding;
        })
        .join('  ')
        .trimEnd(),
    )
    .map((line) => `${line}\n`)
    .join('');
}

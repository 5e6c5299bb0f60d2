import { CELLS, type CellCode } from '../catalog/cells.js';
import type { Coverage } from './_capabilities.js';
import type { CoverageEntry } from './types.js';

/**
 * What `coverageMatrix`, `findGaps` and `findSaturated` read from a coverage computed once
 * (the network report computes it once for all three).
 *
 * @internal
 * @module
 */

/** The matrix of a coverage computed once. @internal */
export function coverageEntries(coverage: Coverage): CoverageEntry[] {
  return CELLS.map((cell, index) => {
    const partners = coverage.partners[index] ?? [];
    return { cell, partners, agreements: coverage.agreements[index] ?? [], count: partners.length };
  });
}

/** The cells of a coverage covered by at least `min` (and, with `max`, fewer than `max`) partners. @internal */
export function cellsCoveredBy(coverage: Coverage, min: number, max = Infinity): CellCode[] {
  return CELLS.filter((_cell, index) => {
    const count = coverage.partners[index]?.length ?? 0;
    return count >= min && count < max;
  });
}

/**
 * Rounds a score to 6 decimal places, so that sums taken in different orders (0.6 + 0.2 +
 * 0.1 and 0.6 + 0.1 + 0.2) give the same result and ties are ties. Every score of the
 * library (synergy, planning) is rounded by it.
 *
 * @internal
 */
export function round6(value: number): number {
  // `+ 0` turns -0 (a change of 0 written from a tiny negative) into 0.
  return Math.round(value * 1e6) / 1e6 + 0;
}

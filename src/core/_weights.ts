/**
 * Weighted means whose weights come from a policy: `createPolicy` accepts any finite
 * weights ≥ 0 with a positive and finite sum, from 5e-324 to 1.8e308.
 *
 * @internal
 * @module
 */

/**
 * The power of two that brings the largest of some non-negative weights into [1, 2), as two
 * factors (2^1074, for the smallest weight, is beyond the largest number). Scaling every
 * weight by a power of two is exact, so a weighted mean computed from the scaled weights is
 * the same number as from the given ones, except that neither 5e-324 (whose products with
 * numbers below 1 round to 0) nor a sum near 1.8e308 (which overflows) can break it.
 *
 * @internal
 */
export function weightScale(largest: number): readonly [number, number] {
  if (!(largest > 0) || !Number.isFinite(largest)) return [1, 1];
  const exponent = -Math.floor(Math.log2(largest));
  const half = Math.trunc(exponent / 2);
  return [2 ** half, 2 ** (exponent - half)];
}

/** A weight scaled by {@link weightScale}'s factors, the larger scaling first. @internal */
export function scaled(weight: number, [first, second]: readonly [number, number]): number {
  return weight * first * second;
}

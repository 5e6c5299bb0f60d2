/* eslint-disable @typescript-eslint/no-non-null-assertion -- every index below is bounded by the loop that produces it (positions in `masks`, `bits` and sorted buckets); `!` keeps the hot loops free of fallback branches. */
import { resolveOptions } from '../policy/_resolve.js';
import type { Network } from '../schemas/network.js';
import {
  capabilitiesOn,
  cellsOf,
  checkCount,
  popcount,
  type Capabilities,
} from './_capabilities.js';
import type { Collaboration, SynergyOptions } from './types.js';

/**
 * The options of {@link suggestCollaborations}: `minShared` (default 1), the fewest cells a
 * pair must share, and `limit`, the most pairs to return.
 *
 * @example
 * ```ts
 * const options: SuggestCollaborationsOptions = { on: '2017-06-30', minShared: 2, limit: 10 };
 * ```
 */
export interface SuggestCollaborationsOptions extends SynergyOptions {
  /** The fewest cells a pair must share (a whole number ≥ 1, default 1). */
  readonly minShared?: number | undefined;
  /** The most pairs to return (a whole number ≥ 0); all when absent. */
  readonly limit?: number | undefined;
}

/** Calls `visit` with every subset of `mask` that has exactly `size` bits. */
function forEachSubset(mask: number, size: number, visit: (subset: number) => void): void {
  const bits: number[] = [];
  for (let rest = mask; rest !== 0; rest &= rest - 1) bits.push(rest & -rest);
  const choose = (start: number, left: number, subset: number): void => {
    if (left === 0) {
      visit(subset);
      return;
    }
    for (let index = start; index <= bits.length - left; index += 1)
      choose(index + 1, left - 1, subset | bits[index]!);
  };
  choose(0, size, 0);
}

/** The first index of a sorted list holding a value greater than `value`. */
function firstAbove(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The first `wanted` pairs (by ascending ids) whose capabilities share exactly `level`
 * cells. A pair (a, b) with a ∩ b = T is found in the bucket of T alone, among the
 * partners whose capability contains T; every other partner in that bucket shares more
 * with `a`, and pairs sharing more are few when this level is reached (they come first).
 */
function pairsAtLevel(
  capabilities: Capabilities,
  level: number,
  wanted: number,
  out: [number, number][],
): void {
  const { masks } = capabilities;
  const buckets = new Map<number, number[]>();
  for (let index = 0; index < masks.length; index += 1) {
    const mask = masks[index]!;
    if (popcount(mask) < level) continue;
    forEachSubset(mask, level, (subset) => {
      const bucket = buckets.get(subset);
      if (bucket === undefined) buckets.set(subset, [index]);
      else bucket.push(index);
    });
  }
  const limit = out.length + wanted;
  for (let first = 0; first < masks.length && out.length < limit; first += 1) {
    const mask = masks[first]!;
    if (popcount(mask) < level) continue;
    const partners: number[] = [];
    forEachSubset(mask, level, (subset) => {
      const bucket = buckets.get(subset);
      if (bucket === undefined) return;
      let taken = 0;
      for (
        let position = firstAbove(bucket, first);
        position < bucket.length && taken < limit - out.length;
        position += 1
      ) {
        const second = bucket[position]!;
        if ((mask & masks[second]!) === subset) {
          partners.push(second);
          taken += 1;
        }
      }
    });
    partners.sort((x, y) => x - y);
    for (const second of partners) {
      if (out.length >= limit) break;
      out.push([first, second]);
    }
  }
}

/** Every pair sharing at least `minShared` cells, found through the partners of each cell. */
function allPairs(capabilities: Capabilities, minShared: number): [number, number][] {
  const { masks } = capabilities;
  const byCell: number[][] = Array.from({ length: 20 }, () => []);
  masks.forEach((mask, index) => {
    for (let cell = 0; cell < 20; cell += 1) if (mask & (1 << cell)) byCell[cell]!.push(index);
  });
  const pairs: [number, number][] = [];
  const seen = new Int32Array(masks.length).fill(-1);
  for (let first = 0; first < masks.length; first += 1) {
    const mask = masks[first]!;
    if (popcount(mask) < minShared) continue;
    for (let cell = 0; cell < 20; cell += 1) {
      if (!(mask & (1 << cell))) continue;
      const list = byCell[cell]!;
      for (let position = firstAbove(list, first); position < list.length; position += 1) {
        const second = list[position]!;
        if (seen[second] === first) continue;
        seen[second] = first;
        if (popcount(mask & masks[second]!) >= minShared) pairs.push([first, second]);
      }
    }
  }
  return pairs;
}

/**
 * Suggests co-development opportunities: the pairs of partners whose capabilities (offers
 * ∪ cells covered on the date) share at least `minShared` cells, most shared first, then
 * by ids. With a `limit`, only the best pairs are looked for: the search goes down from the
 * largest possible overlap and never compares every pair of partners.
 *
 * @param network - A parsed network.
 * @param options - `on`, `minShared` (default 1), `limit`, and policy parameters.
 * @returns Pairs `{ partners: [a, b], shared }` with `a < b` and `shared` in `CELLS` order.
 * @throws `RangeError` when `minShared` is not a whole number ≥ 1 or `limit` not one ≥ 0.
 *
 * @example
 * ```ts
 * suggestCollaborations(parseNetwork(exampleNetwork), { limit: 1 });
 * //=> [{ partners: ['example-univ-bangkok', 'example-univ-singapore'], shared: ['B3', 'D1', 'D2'] }]
 * ```
 */
export function suggestCollaborations(
  network: Network,
  options: SuggestCollaborationsOptions = {},
): Collaboration[] {
  checkCount('suggestCollaborations', 'minShared', options.minShared, 1);
  checkCount('suggestCollaborations', 'limit', options.limit, 0);
  const { on } = resolveOptions(options, network);
  const minShared = options.minShared ?? 1;
  const capabilities = capabilitiesOn(network, on);
  let pairs: [number, number][];
  if (options.limit === undefined) {
    const { masks } = capabilities;
    pairs = allPairs(capabilities, minShared);
    const shared = (pair: [number, number]): number => popcount(masks[pair[0]]! & masks[pair[1]]!);
    pairs.sort((x, y) => shared(y) - shared(x) || x[0] - y[0] || x[1] - y[1]);
  } else {
    pairs = [];
    let top = 0;
    for (const mask of capabilities.masks) top = Math.max(top, popcount(mask));
    for (let level = top; level >= minShared && pairs.length < options.limit; level -= 1) {
      pairsAtLevel(capabilities, level, options.limit - pairs.length, pairs);
    }
  }
  return pairs.map(([first, second]) => ({
    partners: [capabilities.ids[first]!, capabilities.ids[second]!],
    shared: cellsOf(capabilities.masks[first]! & capabilities.masks[second]!),
  }));
}

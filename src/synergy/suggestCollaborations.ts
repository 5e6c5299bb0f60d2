/* eslint-disable @typescript-eslint/no-non-null-assertion -- every index below is bounded by the loop that produces it (positions in `masks`, `bits` and sorted buckets); `!` keeps the hot loops free of fallback branches. */
import { CELLS } from '../catalog/cells.js';
import { libraryError } from '../messages/_table.js';
import { SYNERGY_MESSAGES } from '../messages/synergy.js';
import { resolveOptions } from '../policy/resolveOptions.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import type { Network } from '../schemas/network.js';
import {
  capabilitiesOn,
  cellsOf,
  checkCount,
  popcount,
  type Capabilities,
} from './_capabilities.js';
import type { Collaboration } from './types.js';

/**
 * The most pairs {@link suggestCollaborations} returns when it is given no `limit` (or
 * `limit: Infinity`): beyond it, it throws a `RangeError` instead of building a list that
 * may not fit in memory (20,000 partners sharing one cell make 200 million pairs). A
 * million pairs take about 300 MB. Pass a `limit` to get the best pairs of any network; a
 * finite `limit` may be larger than this.
 *
 * @example
 * ```ts
 * MAX_COLLABORATIONS_WITHOUT_LIMIT; //=> 1000000
 * ```
 */
export const MAX_COLLABORATIONS_WITHOUT_LIMIT = 1_000_000;

/**
 * The options of {@link suggestCollaborations}: `minShared` (default 1), the fewest cells a
 * pair must share, and `limit`, the most pairs to return.
 *
 * @example
 * ```ts
 * const options: SuggestCollaborationsOptions = { on: '2017-06-30', minShared: 2, limit: 10 };
 * ```
 */
export interface SuggestCollaborationsOptions extends OnOption, PolicyOptions {
  /** The fewest cells a pair must share (a whole number ≥ 1, default 1). */
  readonly minShared?: number | undefined;
  /**
   * The most pairs to return (a whole number ≥ 0). When absent, or `Infinity`, every pair
   * is returned, up to {@link MAX_COLLABORATIONS_WITHOUT_LIMIT} pairs (a `RangeError`
   * beyond).
   */
  readonly limit?: number | undefined;
}

/** The number of cells, the bits of a capability mask. */
const CELL_COUNT: number = CELLS.length;

/** The binomial coefficient C(n, k): the subsets of `k` cells of a mask of `n` cells. */
function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let value = 1;
  for (let index = 1; index <= k; index += 1) value = (value * (n - k + index)) / index;
  return Math.round(value);
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
function firstAbove(list: ArrayLike<number>, value: number): number {
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
 * What both searches need, computed once per call: for each cell the partners (positions,
 * ascending) that have it and at least `minShared` cells, how many partners have each
 * number of cells, and the cost of comparing every pair that shares a cell.
 */
interface Candidates {
  readonly masks: Int32Array;
  readonly minShared: number;
  readonly byCell: readonly Int32Array[];
  /** `byCellCount[n]`: how many partners have exactly `n` cells (and ≥ `minShared`). */
  readonly byCellCount: readonly number[];
  /** The pairs visited by {@link walkPairs}: Σ over cells of C(partners of the cell, 2). */
  readonly pairVisits: number;
}

function candidatesOf(capabilities: Capabilities, minShared: number): Candidates {
  const { masks } = capabilities;
  const sizes = new Array<number>(CELL_COUNT).fill(0);
  const byCellCount = new Array<number>(CELL_COUNT + 1).fill(0);
  for (const mask of masks) {
    const count = popcount(mask);
    if (count < minShared) continue;
    byCellCount[count]! += 1;
    for (let cell = 0; cell < CELL_COUNT; cell += 1) if (mask & (1 << cell)) sizes[cell]! += 1;
  }
  const byCell = sizes.map((size) => new Int32Array(size));
  const filled = new Array<number>(CELL_COUNT).fill(0);
  masks.forEach((mask, index) => {
    if (popcount(mask) < minShared) return;
    for (let cell = 0; cell < CELL_COUNT; cell += 1)
      if (mask & (1 << cell)) byCell[cell]![filled[cell]!++] = index;
  });
  let pairVisits = 0;
  for (const size of sizes) pairVisits += (size * (size - 1)) / 2;
  return { masks, minShared, byCell, byCellCount, pairVisits };
}

/**
 * Calls `visit(first, second, shared)` for every pair (first < second) sharing at least
 * `minShared` cells, `first` ascending (seconds in no particular order), until `visit`
 * returns `false`. Each pair is reached once through each cell it shares: the cost is
 * `pairVisits`, whatever the limit.
 *
 * @returns `false` when `visit` stopped the walk.
 */
function walkPairs(
  candidates: Candidates,
  visit: (first: number, second: number, shared: number) => boolean,
): boolean {
  const { masks, minShared, byCell } = candidates;
  const seen = new Int32Array(masks.length).fill(-1);
  for (let first = 0; first < masks.length; first += 1) {
    const mask = masks[first]!;
    if (popcount(mask) < minShared) continue;
    for (let cell = 0; cell < CELL_COUNT; cell += 1) {
      if (!(mask & (1 << cell))) continue;
      const list = byCell[cell]!;
      for (let position = firstAbove(list, first); position < list.length; position += 1) {
        const second = list[position]!;
        if (seen[second] === first) continue;
        seen[second] = first;
        const shared = popcount(mask & masks[second]!);
        if (shared >= minShared && !visit(first, second, shared)) return false;
      }
    }
  }
  return true;
}

/**
 * The first `limit` pairs in the order of the result (most shared first, then by ids),
 * found by walking every pair twice and keeping no more than are returned: the first walk
 * counts the pairs of each overlap, which tells the smallest overlap that is returned and
 * how many of its pairs; the second keeps those. With `cap`, the first walk stops and
 * `undefined` is returned as soon as more than `cap` pairs are found.
 */
function selectPairs(
  candidates: Candidates,
  limit: number,
  cap = Number.POSITIVE_INFINITY,
): [number, number][] | undefined {
  const { minShared } = candidates;
  const counts = new Array<number>(CELL_COUNT + 1).fill(0);
  let total = 0;
  const counted = walkPairs(candidates, (_first, _second, shared) => {
    counts[shared]! += 1;
    total += 1;
    return total <= cap;
  });
  if (!counted) return undefined;
  // `wanted[level]`: how many pairs of each overlap are returned.
  const wanted = new Array<number>(CELL_COUNT + 1).fill(0);
  // The pairs still to keep.
  let missing = 0;
  for (let level = CELL_COUNT; level >= minShared; level -= 1) {
    wanted[level] = Math.min(counts[level]!, limit - missing);
    missing += wanted[level]!;
  }
  const levels = wanted.map((): [number, number][] => []);
  let group: number[] = [];
  let groupFirst = -1;
  const flush = (): void => {
    group.sort((x, y) => x - y);
    for (const second of group) {
      const level = popcount(candidates.masks[groupFirst]! & candidates.masks[second]!);
      const list = levels[level]!;
      if (list.length < wanted[level]!) {
        list.push([groupFirst, second]);
        missing -= 1;
      }
    }
    group = [];
  };
  if (missing > 0) {
    walkPairs(candidates, (first, second, shared) => {
      if (first !== groupFirst) {
        if (groupFirst >= 0) flush();
        if (missing === 0) return false;
        groupFirst = first;
      }
      if (wanted[shared]! > 0) group.push(second);
      return true;
    });
    if (groupFirst >= 0) flush();
  }
  // Most shared first; each level is in ascending (first, second) order already.
  return levels.reverse().flat();
}

/**
 * The first `wanted` pairs (by ascending ids) whose capabilities share exactly `level`
 * cells. A pair (a, b) with a ∩ b = T is found in the bucket of T alone, among the
 * partners whose capability contains T; every other partner in that bucket shares more
 * with `a`, and pairs sharing more are few when this level is reached (they come first).
 * Each subset filed or looked up, and each bucket entry read, spends one unit of
 * `budget.left`; the search gives up (returns `false`) when the budget is spent.
 */
function pairsAtLevel(
  candidates: Candidates,
  level: number,
  wanted: number,
  out: [number, number][],
  budget: { left: number },
): boolean {
  const { masks } = candidates;
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
      budget.left -= 1;
      const bucket = buckets.get(subset);
      if (bucket === undefined) return;
      let taken = 0;
      for (
        let position = firstAbove(bucket, first);
        position < bucket.length && taken < limit - out.length;
        position += 1
      ) {
        budget.left -= 1;
        const second = bucket[position]!;
        if ((mask & masks[second]!) === subset) {
          partners.push(second);
          taken += 1;
        }
      }
    });
    if (budget.left < 0) return false;
    partners.sort((x, y) => x - y);
    for (const second of partners) {
      if (out.length >= limit) break;
      out.push([first, second]);
    }
  }
  return true;
}

/**
 * The first `limit` pairs by searching down from the largest overlap, while that costs
 * less than walking every pair; `undefined` when it would cost more (the caller then
 * walks the pairs). The budget is the cost of the pair walk, so a limit never costs more
 * than about three pair walks, however few pairs there are (ten partners with all 20 cells
 * and `limit: 46`, one more than their 45 pairs, made the search enumerate every subset
 * of 20 cells at every level: seconds, exponential in the cells shared).
 */
function searchDown(candidates: Candidates, limit: number): [number, number][] | undefined {
  const { byCellCount } = candidates;
  // Small networks get a few thousand steps, enough for the top levels of most searches.
  const budget = { left: candidates.pairVisits + 4096 };
  const pairs: [number, number][] = [];
  let top = 0;
  for (let count = CELL_COUNT; count > 0 && top === 0; count -= 1)
    if (byCellCount[count]! > 0) top = count;
  for (let level = top; level >= candidates.minShared && pairs.length < limit; level -= 1) {
    // Filing and looking up every subset of `level` cells of every partner, known before
    // any is enumerated.
    let subsets = 0;
    for (let count = level; count <= CELL_COUNT; count += 1)
      subsets += byCellCount[count]! * binomial(count, level);
    budget.left -= subsets;
    if (budget.left < 0) return undefined;
    if (!pairsAtLevel(candidates, level, limit - pairs.length, pairs, budget)) return undefined;
  }
  return pairs;
}

/**
 * Suggests co-development opportunities: the pairs of partners whose capabilities (offers
 * ∪ cells covered on the date) share at least `minShared` cells, most shared first, then
 * by ids.
 *
 * With a `limit`, the result is the first `limit` pairs of the full list, and only the best
 * pairs are looked for: the search goes down from the largest possible overlap, and when
 * that would cost more than comparing the pairs that share a cell, it compares them instead
 * (keeping no more than `limit`), so that the time is bounded by the number of such pairs
 * and the memory by `limit`. Without a `limit` (or with `limit: Infinity`), every pair is
 * returned, up to {@link MAX_COLLABORATIONS_WITHOUT_LIMIT}: a network with more pairs than
 * that gets a `RangeError` (raised as soon as they are counted, before any is kept) rather
 * than a list that would exhaust the memory. Nothing is ever cut silently.
 *
 * @param network - A parsed network.
 * @param options - `on`, `minShared` (default 1), `limit`, and policy parameters.
 * @returns Pairs `{ partners: [a, b], shared }` with `a < b` and `shared` in `CELLS` order.
 * @throws `RangeError` when `minShared` is not a whole number ≥ 1, `limit` not one ≥ 0 (or
 *   `Infinity`) (`synergy.invalid_count`), or, without a finite `limit`, when more than
 *   {@link MAX_COLLABORATIONS_WITHOUT_LIMIT} pairs qualify (`synergy.too_many_pairs`).
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
  const unlimited = options.limit === undefined || options.limit === Number.POSITIVE_INFINITY;
  checkCount('suggestCollaborations', 'minShared', options.minShared, 1);
  if (!unlimited) checkCount('suggestCollaborations', 'limit', options.limit, 0);
  const { on } = resolveOptions(options, network, 'suggestCollaborations');
  const minShared = options.minShared ?? 1;
  const capabilities = capabilitiesOn(network, on);
  const limit = unlimited ? Number.POSITIVE_INFINITY : (options.limit ?? 0);
  if (limit === 0) return [];
  const candidates = candidatesOf(capabilities, minShared);
  let pairs: [number, number][] | undefined;
  if (unlimited) {
    pairs = selectPairs(candidates, limit, MAX_COLLABORATIONS_WITHOUT_LIMIT);
    if (pairs === undefined) {
      throw libraryError(RangeError, SYNERGY_MESSAGES, 'synergy.too_many_pairs', {
        caller: 'suggestCollaborations',
        max: MAX_COLLABORATIONS_WITHOUT_LIMIT,
        minShared,
      });
    }
  } else {
    pairs = searchDown(candidates, limit) ?? selectPairs(candidates, limit) ?? [];
  }
  return pairs.map(([first, second]) => ({
    partners: [capabilities.ids[first]!, capabilities.ids[second]!],
    shared: cellsOf(capabilities.masks[first]! & capabilities.masks[second]!),
  }));
}

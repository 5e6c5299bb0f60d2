/** Scrambles 32 bits (a finaliser from MurmurHash3), so that near seeds start far apart. */
function mix32(value: number): number {
  let x = value | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * The rows of a weight table keyed by the values of a closed list, for
 * {@link Random.weighted}, in the table's own order (which the draws depend on: keep it).
 *
 * @internal
 */
export function weightedRows<K extends string>(
  weights: Readonly<Record<K, number>>,
): readonly (readonly [K, number])[] {
  return Object.entries(weights) as [K, number][];
}

/**
 * A small seeded pseudo-random source (mulberry32): the same seed gives the same sequence
 * on every platform and Node version, which `Math.random` does not promise.
 *
 * @internal
 */
export class Random {
  private state: number;

  /**
   * @param seed - Any safe integer.
   * @param stream - Which independent stream of that seed (partners, agreements …), so that
   *   one part of a network does not shift when another part is asked to grow.
   */
  constructor(seed: number, stream = 0) {
    const low = seed >>> 0;
    const high = Math.floor(seed / 0x1_0000_0000) >>> 0;
    this.state = mix32(low ^ mix32(high + Math.imul(stream + 1, 0x9e3779b9)));
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** `true` with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One value of a table of `[value, weight]` rows, with probability proportional to its weight. */
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const row of table) total += row[1];
    let rest = this.next() * total;
    for (const row of table) {
      rest -= row[1];
      if (rest < 0) return row[0];
    }
    return (table[table.length - 1] as readonly [T, number])[0];
  }

  /**
   * `count` distinct items of a list of at most 31, kept in the list's order (so cells come
   * out in `CELLS` order and fields in code order).
   */
  subset<T>(items: readonly T[], count: number): T[] {
    const wanted = Math.min(count, items.length);
    let mask = 0;
    let taken = 0;
    while (taken < wanted) {
      const bit = 1 << Math.floor(this.next() * items.length);
      if ((mask & bit) === 0) {
        mask |= bit;
        taken++;
      }
    }
    const out: T[] = [];
    for (let index = 0; index < items.length; index++) {
      if ((mask & (1 << index)) !== 0) out.push(items[index] as T);
    }
    return out;
  }
}

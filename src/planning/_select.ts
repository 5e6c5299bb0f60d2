import { compareIds } from '../core/_compare.js';

/**
 * The selection problem of `selectProposals`, apart from the network: weighted cells with
 * a saturation, a starting coverage, and candidates that each add one partner to some
 * cells. Three solvers: lazy greedy (the one used), plain greedy (for tests and the
 * benchmark: it must choose exactly as the lazy one), and an exact branch and bound.
 *
 * The objective, for a set S of candidates: f(S) = Σ_c w(c)·(min(1, (c0(c) + n_S(c))/k) −
 * min(1, c0(c)/k)) ÷ Σ_c w(c), where n_S(c) is the number of distinct partners of S that
 * have `c` and do not cover it already (those are left out of a candidate's `cells`).
 * A cell's term grows with n_S(c) by steps that never grow (concave), so f is monotone and
 * submodular.
 *
 * @internal
 * @module
 */

/** One candidate: an id, a partner, and the indexes of the cells it could add its partner to. @internal */
export interface SelectionCandidate {
  readonly id: string;
  readonly partnerId: string;
  /** Indexes into the weights, ascending: the cells its partner does not cover yet. */
  readonly cells: readonly number[];
}

/** A selection problem. @internal */
export interface SelectionProblem {
  /** The weight of each cell (scaled, see `scaledWeights`). */
  readonly weights: readonly number[];
  /** The saturation k, ≥ 1. */
  readonly saturation: number;
  /** The number of partners covering each cell at the start. */
  readonly start: readonly number[];
  /** The candidates, ascending by id. */
  readonly candidates: readonly SelectionCandidate[];
  /** The most candidates to choose (besides those chosen already). */
  readonly maxChosen: number;
  /** The most candidates of one partner, counting those chosen already. */
  readonly maxPerPartner: number;
}

/** What a solver returns. @internal */
export interface SelectionResult {
  /** Indexes into the candidates, in the order chosen. */
  readonly chosen: readonly number[];
  /** The unrounded marginal gain of each, when it was chosen. */
  readonly gains: readonly number[];
  /** How many times a candidate's marginal gain was computed. */
  readonly evaluations: number;
}

/**
 * The state of a selection: how many partners each cell has gained, and which, and how
 * many candidates of each partner were chosen.
 *
 * @internal
 */
export class SelectionState {
  readonly #problem: SelectionProblem;
  readonly #total: number;
  readonly #added: number[];
  readonly #partners: Set<string>[];
  readonly #perPartner = new Map<string, number>();
  /** How many marginal gains were computed. */
  evaluations = 0;

  constructor(problem: SelectionProblem) {
    this.#problem = problem;
    this.#total = problem.weights.reduce((sum, weight) => sum + weight, 0);
    this.#added = problem.weights.map(() => 0);
    this.#partners = problem.weights.map(() => new Set<string>());
  }

  /**
   * The marginal gain of a candidate: Σ over its cells not yet given its partner of
   * w(c)·(min(k, x + 1) − min(k, x))/k with x = c0(c) + n(c), ÷ Σ w. Summed in cell
   * order, so that a candidate's gain only falls as the state grows, even in floating
   * point (addition is monotone), which is what lazy evaluation relies on.
   */
  gain(candidate: SelectionCandidate): number {
    this.evaluations += 1;
    const { weights, saturation, start } = this.#problem;
    let sum = 0;
    for (const cell of candidate.cells) {
      if (this.#partners[cell]?.has(candidate.partnerId) === true) continue;
      const x = (start[cell] ?? 0) + (this.#added[cell] ?? 0);
      const step = Math.min(saturation, x + 1) - Math.min(saturation, x);
      if (step > 0) sum += ((weights[cell] ?? 0) * step) / saturation;
    }
    return this.#total > 0 ? sum / this.#total : 0;
  }

  /** Adds a candidate to the selection. */
  add(candidate: SelectionCandidate): void {
    for (const cell of candidate.cells) {
      const partners = this.#partners[cell];
      if (partners === undefined || partners.has(candidate.partnerId)) continue;
      partners.add(candidate.partnerId);
      this.#added[cell] = (this.#added[cell] ?? 0) + 1;
    }
    this.#perPartner.set(candidate.partnerId, this.chosenOf(candidate.partnerId) + 1);
  }

  /** Removes the candidate added last (the branch and bound undoes its steps). */
  remove(candidate: SelectionCandidate, cellsAdded: readonly number[]): void {
    for (const cell of cellsAdded) {
      this.#partners[cell]?.delete(candidate.partnerId);
      this.#added[cell] = (this.#added[cell] ?? 0) - 1;
    }
    this.#perPartner.set(candidate.partnerId, this.chosenOf(candidate.partnerId) - 1);
  }

  /** The cells whose partners a candidate would add to: what {@link remove} undoes. */
  newCells(candidate: SelectionCandidate): number[] {
    return candidate.cells.filter(
      (cell) => this.#partners[cell]?.has(candidate.partnerId) !== true,
    );
  }

  /** How many candidates of a partner are chosen. */
  chosenOf(partnerId: string): number {
    return this.#perPartner.get(partnerId) ?? 0;
  }

  /** Whether a partner may have one more candidate chosen. */
  allows(partnerId: string): boolean {
    return this.chosenOf(partnerId) < this.#problem.maxPerPartner;
  }

  /** The objective of the whole selection, computed afresh from the counts: f(S). */
  value(): number {
    const { weights, saturation, start } = this.#problem;
    let sum = 0;
    weights.forEach((weight, cell) => {
      const before = start[cell] ?? 0;
      const after = before + (this.#added[cell] ?? 0);
      sum += (weight * (Math.min(saturation, after) - Math.min(saturation, before))) / saturation;
    });
    return this.#total > 0 ? sum / this.#total : 0;
  }
}

/**
 * The key gains are ranked by: the gain in units of 1e-12, so that gains equal but for the
 * last bits of floating point (0.1 + 0.2 and 0.3) tie and are ranked by id. Rounding is
 * monotone, so a stale gain's key still bounds its fresh key.
 *
 * @internal
 */
export function gainKey(gain: number): number {
  return Math.round(gain * 1e12);
}

/** One entry of the lazy queue: a candidate and an upper bound of its marginal gain. */
interface Entry {
  readonly index: number;
  readonly id: string;
  gain: number;
  key: number;
  /** The number of candidates chosen when `gain` was computed. */
  round: number;
}

/** Whether `a` comes before `b`: the larger key, then the smaller id. */
function before(a: Entry, b: Entry): boolean {
  return a.key !== b.key ? a.key > b.key : compareIds(a.id, b.id) < 0;
}

/** A binary max-heap of entries, ordered by {@link before}. */
class EntryQueue {
  readonly #items: Entry[] = [];

  get size(): number {
    return this.#items.length;
  }

  push(entry: Entry): void {
    const items = this.#items;
    items.push(entry);
    let at = items.length - 1;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const up = items[parent] as Entry;
      if (!before(entry, up)) break;
      items[at] = up;
      at = parent;
    }
    items[at] = entry;
  }

  pop(): Entry | undefined {
    const items = this.#items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= items.length) break;
      const right = left + 1;
      const child =
        right < items.length && before(items[right] as Entry, items[left] as Entry) ? right : left;
      if (!before(items[child] as Entry, last)) break;
      items[at] = items[child] as Entry;
      at = child;
    }
    items[at] = last;
    return top;
  }
}

/**
 * Lazy greedy (Minoux's accelerated greedy): a max-priority queue of marginal gains that
 * may be stale. By submodularity a stale gain bounds the fresh one, so the top entry is
 * re-evaluated, and chosen when its fresh gain still ranks first (ties by id). It chooses
 * exactly what {@link plainGreedy} chooses, with far fewer evaluations.
 *
 * @internal
 */
export function lazyGreedy(problem: SelectionProblem, state: SelectionState): SelectionResult {
  const queue = new EntryQueue();
  problem.candidates.forEach((candidate, index) => {
    const gain = state.gain(candidate);
    if (gain > 0) queue.push({ index, id: candidate.id, gain, key: gainKey(gain), round: 0 });
  });
  const chosen: number[] = [];
  const gains: number[] = [];
  while (chosen.length < problem.maxChosen && queue.size > 0) {
    const top = queue.pop() as Entry;
    const candidate = problem.candidates[top.index] as SelectionCandidate;
    if (!state.allows(candidate.partnerId)) continue;
    if (top.round === chosen.length) {
      chosen.push(top.index);
      gains.push(top.gain);
      state.add(candidate);
      continue;
    }
    top.gain = state.gain(candidate);
    top.key = gainKey(top.gain);
    top.round = chosen.length;
    if (top.gain > 0) queue.push(top);
  }
  return { chosen, gains, evaluations: state.evaluations };
}

/**
 * Plain greedy: each step computes every remaining candidate's marginal gain and takes
 * the best (ties by id). For tests and the benchmark.
 *
 * @internal
 */
export function plainGreedy(problem: SelectionProblem, state: SelectionState): SelectionResult {
  const taken = new Set<number>();
  const chosen: number[] = [];
  const gains: number[] = [];
  while (chosen.length < problem.maxChosen) {
    let best = -1;
    let bestGain = 0;
    let bestKey = 0;
    problem.candidates.forEach((candidate, index) => {
      if (taken.has(index) || !state.allows(candidate.partnerId)) return;
      const gain = state.gain(candidate);
      const key = gainKey(gain);
      // Candidates come in id order: a tie keeps the first.
      if (gain > 0 && (best < 0 || key > bestKey)) {
        best = index;
        bestGain = gain;
        bestKey = key;
      }
    });
    if (best < 0) break;
    taken.add(best);
    chosen.push(best);
    gains.push(bestGain);
    state.add(problem.candidates[best] as SelectionCandidate);
  }
  return { chosen, gains, evaluations: state.evaluations };
}

/** The most candidates `exactSelection` explores (2^20 subsets at worst). @internal */
export const MAX_EXACT_CANDIDATES = 20;

/** Whether the sorted index list `a` is lexicographically before `b` (ids ascend with indexes). */
function lexicographicallyBefore(a: readonly number[], b: readonly number[]): boolean {
  for (let at = 0; at < Math.min(a.length, b.length); at += 1) {
    if (a[at] !== b[at]) return (a[at] ?? 0) < (b[at] ?? 0);
  }
  return a.length < b.length;
}

/**
 * The best selection, by branch and bound over the candidates with a positive gain:
 * include or skip each candidate in id order, and prune a branch when the value so far plus
 * the largest marginal gains of the candidates left (a bound, by submodularity) cannot reach
 * the best value found. Among optimal selections (values equal to 1e-12), the one whose
 * sorted id list is lexicographically smallest. The chosen candidates are then ordered as
 * greedy would take them among themselves, so that `gains` are marginal gains.
 *
 * @internal
 */
export function exactSelection(problem: SelectionProblem, state: SelectionState): SelectionResult {
  const pool = problem.candidates
    .map((candidate, index) => ({ candidate, index }))
    .filter(({ candidate }) => state.gain(candidate) > 0);
  let best: number[] = [];
  let bestKey = 0;
  const current: number[] = [];

  const explore = (from: number, value: number): void => {
    const key = gainKey(value);
    if (key > bestKey || (key === bestKey && lexicographicallyBefore(current, best))) {
      best = [...current];
      bestKey = key;
    }
    const slots = problem.maxChosen - current.length;
    if (slots <= 0 || from >= pool.length) return;
    const marginals: number[] = [];
    for (let at = from; at < pool.length; at += 1) {
      const { candidate } = pool[at] as (typeof pool)[number];
      if (state.allows(candidate.partnerId)) marginals.push(state.gain(candidate));
    }
    marginals.sort((a, b) => b - a);
    let bound = value;
    for (const gain of marginals.slice(0, slots)) bound += gain;
    // A margin of 1e-9 so that rounding never prunes a selection that ties the best.
    if (bound + 1e-9 < bestKey / 1e12) return;
    const { candidate, index } = pool[from] as (typeof pool)[number];
    if (state.allows(candidate.partnerId)) {
      const gain = state.gain(candidate);
      const cells = state.newCells(candidate);
      state.add(candidate);
      current.push(index);
      explore(from + 1, value + gain);
      current.pop();
      state.remove(candidate, cells);
    }
    explore(from + 1, value);
  };
  explore(0, 0);

  // Order the best selection as greedy would take it, for the marginal gains.
  const order: number[] = [];
  const gains: number[] = [];
  const rest = new Set(best);
  while (rest.size > 0) {
    let pick = -1;
    let pickGain = 0;
    for (const index of rest) {
      const gain = state.gain(problem.candidates[index] as SelectionCandidate);
      if (
        pick < 0 ||
        gainKey(gain) > gainKey(pickGain) ||
        (gainKey(gain) === gainKey(pickGain) && index < pick)
      ) {
        pick = index;
        pickGain = gain;
      }
    }
    rest.delete(pick);
    order.push(pick);
    gains.push(pickGain);
    state.add(problem.candidates[pick] as SelectionCandidate);
  }
  return { chosen: order, gains, evaluations: state.evaluations };
}

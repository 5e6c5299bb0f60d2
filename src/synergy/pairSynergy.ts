import { libraryError } from '../messages/_table.js';
import { SYNERGY_MESSAGES } from '../messages/synergy.js';
import { resolveOptions } from '../policy/resolveOptions.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import type { Network } from '../schemas/network.js';
import { capabilitiesOn, cellsOf, popcount } from './_capabilities.js';
import { round6 } from '../core/_round.js';
import type { PairSynergy } from './types.js';

/**
 * The options of {@link pairSynergy}.
 *
 * @example
 * ```ts
 * const options: PairSynergyOptions = { on: '2017-06-30' };
 * ```
 */
export interface PairSynergyOptions extends OnOption, PolicyOptions {}

/**
 * Compares two partners' capabilities (offers ∪ cells covered on the date): the cells they
 * share, the cells only one of them has, and their Jaccard index. Symmetric in `a` and `b`.
 * The partners' capabilities on the day are computed on the first call for a network object
 * and reused by the next calls (the network is never mutated): comparing many pairs costs a
 * lookup each.
 *
 * @param network - A parsed network.
 * @param a - A partner's id.
 * @param b - Another partner's id (or the same).
 * @param options - `on` and policy parameters.
 * @returns `shared` and `complementary` cells in `CELLS` order, and `jaccard` = shared ÷ union (0 when both are empty), rounded to 6 places.
 * @throws `RangeError` (`synergy.unknown_partner`) when the network has no partner with one
 *   of the ids.
 *
 * @example
 * ```ts
 * const network = parseNetwork(exampleNetwork);
 * pairSynergy(network, 'example-univ-bangkok', 'example-univ-singapore');
 * //=> { shared: ['B3', 'D1', 'D2'], complementary: ['C1'], jaccard: 0.75 }
 * ```
 */
export function pairSynergy(
  network: Network,
  a: string,
  b: string,
  options: PairSynergyOptions = {},
): PairSynergy {
  const { on } = resolveOptions(options, network, 'pairSynergy');
  const capabilities = capabilitiesOn(network, on);
  const maskFor = (id: string): number => {
    const index = capabilities.position.get(id as never);
    if (index === undefined) {
      throw libraryError(RangeError, SYNERGY_MESSAGES, 'synergy.unknown_partner', {
        caller: 'pairSynergy',
        partnerId: id,
      });
    }
    return capabilities.masks[index] ?? 0;
  };
  const first = maskFor(a);
  const second = maskFor(b);
  const union = popcount(first | second);
  return {
    shared: cellsOf(first & second),
    complementary: cellsOf(first ^ second),
    jaccard: union === 0 ? 0 : round6(popcount(first & second) / union),
  };
}

import type { Locale } from '../core/_locales.js';
import { checkLocale } from '../messages/_table.js';
import { resolveOptions } from '../policy/resolveOptions.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import type { Network } from '../schemas/network.js';
import type { Proposal } from '../schemas/proposal.js';
import { coverageOn } from './_capabilities.js';
import { computeFitScore } from './_fitScore.js';
import type { FitScore } from './types.js';

/**
 * The options of {@link fitScore}: `on`, the policy's `alignment`, `weights`, `saturation`,
 * `scoreWeights`, `sustainabilityMonths` and `planPeriod`, and the `locale` of the reasons.
 *
 * @example
 * ```ts
 * const options: FitScoreOptions = { on: '2017-06-30', sustainabilityMonths: 24, locale: 'fr' };
 * ```
 */
export interface FitScoreOptions extends OnOption, PolicyOptions {
  /** The language of the `reasons`: `'en'` (default) or `'fr'`; any other is a `RangeError`. */
  readonly locale?: Locale | undefined;
}

/**
 * How well a proposal fits the network, in [0, 1]: the "synergy, efficiency and
 * sustainability" the UHS page asks of every partnership.
 *
 * - `strategicFit` = distinct strategies served by the scope ÷ the number of strategies of
 *   Goal #6 (`STRATEGY_CODES.length`, 4);
 * - `gapFilling` = Σ w(cell) · max(0, 1 − c(cell) / k) ÷ Σ w(cell) over the scope, where
 *   `w` is the policy's `weights`, `c(cell)` the number of partners covering the cell and
 *   `k` the policy's `saturation`;
 * - `sustainability` = the mean of min(1, months within the plan ÷ `sustainabilityMonths`
 *   (default 36)), 1 when funding is declared, and 1 when the partner has an agreement that
 *   ended before `on` and was never terminated;
 * - `score` = Σ component × `scoreWeights` ÷ Σ `scoreWeights`, from the unrounded
 *   components.
 *
 * Every component and the score are then rounded to 6 decimal places. An empty scope (or
 * one whose weights sum to 0) gives `gapFilling` 0; an empty scope gives `strategicFit` 0.
 * Weighted means are computed from the weights scaled by one exact power of two, so that
 * extreme weights that `createPolicy` accepts (5e-324, 1e308) still give scores in [0, 1].
 * The `reasons` are in English unless `locale` says `'fr'`.
 *
 * The network's coverage on the day, and each partner's earliest completed agreement, are
 * computed on the first call for a network object and reused by the next calls (the network
 * is never mutated), so that scoring many proposals costs little more than scoring one.
 *
 * @param proposal - A parsed proposal.
 * @param network - The network it would join.
 * @param options - `on`, a `policy` or policy parameters given directly, and `locale`.
 * @returns The score, its components and readable reasons.
 * @throws RangeError for an invalid `on`, policy parameter or `locale`.
 *
 * @example
 * ```ts
 * const network = parseNetwork(exampleNetwork);
 * const proposal = network.proposals?.find((p) => p.id === 'eoi-yangon-2017');
 * fitScore(proposal!, network).reasons.slice(0, 2);
 * //=> ['serves 2 of 4 strategies: 2, 4', 'fills 1 gap: A2']
 * fitScore(proposal!, network, { locale: 'fr' }).reasons.slice(0, 2);
 * //=> ['contribue à 2 des 4 stratégies\u00a0: 2, 4', 'comble 1\u00a0lacune\u00a0: A2']
 * ```
 */
export function fitScore(
  proposal: Proposal,
  network: Network,
  options: FitScoreOptions = {},
): FitScore {
  const locale = checkLocale(options.locale, 'fitScore');
  const { on, policy } = resolveOptions(options, network, 'fitScore');
  return computeFitScore(proposal, network, coverageOn(network, on), policy, on, locale);
}

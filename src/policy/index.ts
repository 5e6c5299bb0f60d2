/**
 * The policy: the configurable parameters of every rule family (plan period, home
 * country, alignment of cells with strategies, cell weights, saturation, score and ranking
 * weights, expiry and renewal windows, the sustainability horizon, the start of the
 * academic year, the platform's languages, eligibility rules), plain frozen data with
 * every default in one place. A function of `./dates`, `./eligibility` or `./synergy`
 * reads its parameters from the `policy` of its options (by default `policyFor(network)`
 * or `DEFAULT_POLICY`), and any parameter given directly in the options wins over the
 * policy; `resolveOptions` says which policy and day a call would use.
 *
 * This entry point imports neither zod nor the eligibility rules, so that a date helper
 * bundles without them.
 *
 * @example
 * ```ts
 * import { createPolicy, DEFAULT_POLICY } from '@uhs/partners-network/policy';
 *
 * const nextPlan = createPolicy({ planPeriod: { start: '2019-01-01', end: '2023-12-31' } });
 * nextPlan.planPeriod.end; //=> '2023-12-31'
 * DEFAULT_POLICY.saturation; //=> 3
 * ```
 *
 * @packageDocumentation
 * @module policy
 */
export type {
  OnOption,
  Policy,
  PolicyOptions,
  PolicyOverrides,
  RankWeights,
  ScoreWeights,
} from './types.js';
export { DEFAULT_POLICY } from './defaultPolicy.js';
export { createPolicy } from './createPolicy.js';
export { policyFor } from './policyFor.js';
export {
  resolveOptions,
  resolvePolicy,
  type NetworkDefaults,
  type ResolvableOptions,
  type ResolvedOptions,
} from './resolveOptions.js';

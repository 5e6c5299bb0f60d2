import { isIsoDate } from '../core/_isoDate.js';
import { todayIso } from '../core/_today.js';
import { libraryError } from '../messages/_table.js';
import { COMMON_MESSAGES } from '../messages/common.js';
import type { Network } from '../schemas/network.js';
import { DEFAULT_POLICY } from './defaultPolicy.js';
import { policyFor } from './policyFor.js';
import type { OnOption, Policy, PolicyOptions } from './types.js';
import { applyOverrides, POLICY_KEYS } from './_validate.js';

/**
 * The options every function of SPEC §6–§8 understands: a `policy`, any of its parameters
 * given directly (which win over the policy), and the day `on`. A function's own options
 * interface extends the pieces it uses ({@link OnOption}, {@link PolicyOptions}); other
 * keys are ignored by {@link resolveOptions}.
 *
 * @example
 * ```ts
 * const options: ResolvableOptions = { on: '2017-06-30', expiringWithinDays: 90 };
 * resolveOptions(options).policy.expiringWithinDays; //=> 90
 * ```
 */
export interface ResolvableOptions extends OnOption, PolicyOptions {}

/**
 * What {@link resolveOptions} returns: the policy and the day a function of the library
 * would use for the same options.
 *
 * @example
 * ```ts
 * const { policy, on }: ResolvedOptions = resolveOptions({ on: '2017-06-30' });
 * on; //=> '2017-06-30'
 * policy === DEFAULT_POLICY; //=> true
 * ```
 */
export interface ResolvedOptions {
  /** The policy to apply, with the options' own parameters applied. Frozen. */
  readonly policy: Policy;
  /** The day the question is asked about, a real `YYYY-MM-DD` date. */
  readonly on: string;
}

/**
 * What a network contributes to the defaults of a call: its `plan` and home country (to
 * the policy, through `policyFor`) and its `asOf` (to `on`). A parsed `Network` is one.
 *
 * @example
 * ```ts
 * const defaults: NetworkDefaults = { plan: { name: 'Strategic Plan 2019–2023', start: '2019-01-01', end: '2023-12-31' }, home: network.home, asOf: '2020-02-29' };
 * resolveOptions({}, defaults).on; //=> '2020-02-29'
 * ```
 */
export type NetworkDefaults = Pick<Network, 'plan' | 'home' | 'asOf'>;

/**
 * The policy a function of the library would use for these options, for authors of
 * custom rules and functions: `options.policy`, else `policyFor(network)` when a network
 * is given, else {@link DEFAULT_POLICY}; then every policy parameter that the options give
 * directly (any key of a `Policy`: `expiringWithinDays`, `planPeriod`, `rankWeights` …),
 * checked as `createPolicy` checks them. Keys that are not policy parameters are ignored.
 *
 * @param options - The options of a call (none: the network's policy, or the default one).
 * @param network - The network of the call, whose plan and home country the default
 *   policy takes.
 * @returns A frozen policy (`options.policy` itself, or the default policy, when the
 *   options give no parameter of their own).
 * @throws RangeError or TypeError, starting `options:`, for an invalid parameter.
 *
 * @example
 * ```ts
 * resolvePolicy({ saturation: 4 }).saturation; //=> 4
 * resolvePolicy({ policy: createPolicy({ saturation: 4 }), saturation: 5 }).saturation; //=> 5
 * resolvePolicy(undefined, network).planPeriod; //=> { start: '2014-01-01', end: '2018-12-31' }
 * resolvePolicy({ saturation: 0 }); // throws RangeError: options: saturation must be ≥ 1, received 0
 * ```
 */
export function resolvePolicy(
  options: PolicyOptions | undefined,
  network?: Pick<Network, 'plan' | 'home'>,
): Policy {
  const base = options?.policy ?? (network ? policyFor(network) : DEFAULT_POLICY);
  if (options === undefined) return base;
  let overrides: Record<string, unknown> | undefined;
  for (const key of POLICY_KEYS) {
    const value = options[key];
    if (value !== undefined) (overrides ??= {})[key] = value;
  }
  return overrides === undefined ? base : applyOverrides(base, overrides, 'options');
}

/**
 * The policy and the day a function of the library would use for these options, for
 * authors of custom rules and functions: the policy of {@link resolvePolicy}, and the day
 * `options.on`, else the network's `asOf`, else today's local date.
 *
 * @param options - The options of a call.
 * @param network - The network of the call: its plan, home country and `asOf` are the
 *   defaults.
 * @param caller - The name that starts the message of an invalid `on` (default
 *   `'resolveOptions'`): the library's functions give their own.
 * @returns `{ policy, on }`.
 * @throws RangeError (`option.invalid_on`) when the day is not a real `YYYY-MM-DD` date;
 *   RangeError or TypeError for an invalid policy parameter, as {@link resolvePolicy}.
 *
 * @example
 * ```ts
 * // network: examples/network.json, whose asOf is 2017-06-30
 * resolveOptions({}, network).on; //=> '2017-06-30'
 * resolveOptions({ on: '2018-01-01', renewalWindowDays: 365 }, network).policy.renewalWindowDays;
 * //=> 365
 * resolveOptions({ on: '2019-02-29' }); // throws RangeError: resolveOptions: on must be a real calendar date YYYY-MM-DD, received '2019-02-29'
 * ```
 */
export function resolveOptions(
  options: ResolvableOptions | undefined,
  network?: NetworkDefaults,
  caller = 'resolveOptions',
): ResolvedOptions {
  const policy = resolvePolicy(options, network);
  const on: unknown = options?.on ?? network?.asOf ?? todayIso();
  if (!isIsoDate(on)) {
    throw libraryError(RangeError, COMMON_MESSAGES, 'option.invalid_on', { caller, received: on });
  }
  return { policy, on };
}

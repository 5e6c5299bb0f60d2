import { todayIso } from '../core/_today.js';
import { isIsoDate } from '../dates/_calendar.js';
import type { Network } from '../schemas/network.js';
import { DEFAULT_POLICY } from './defaultPolicy.js';
import { policyFor } from './policyFor.js';
import type { Policy, PolicyOptions } from './types.js';
import { applyOverrides, describeValue, POLICY_KEYS } from './_validate.js';

/**
 * The options every function of SPEC §6–§8 understands: a `policy`, any of its parameters
 * given directly (which win over the policy), and the day `on`. A function's own options
 * interface declares the ones it uses; extra keys are ignored here.
 *
 * @internal
 */
export interface ResolvableOptions extends PolicyOptions {
  /** The day, `YYYY-MM-DD`; by default the network's `asOf`, else today's local date. */
  readonly on?: string | undefined;
}

export type { PolicyOptions } from './types.js';

/** What {@link resolveOptions} returns. @internal */
export interface Resolved {
  /** The policy to apply, with the options' own parameters applied. */
  readonly policy: Policy;
  /** The day the question is asked about, a real ISO date. */
  readonly on: string;
}

/** What a network contributes to the defaults: its plan, home country and `asOf`. @internal */
export type NetworkDefaults = Pick<Network, 'plan' | 'home' | 'asOf'>;

/**
 * The policy of a call: `options.policy`, else `policyFor(network)` when a network is given,
 * else {@link DEFAULT_POLICY}; then every policy parameter that the options give directly
 * (`expiringWithinDays`, `renewalWindowDays`, `planPeriod`, `saturation`, `weights`,
 * `scoreWeights`, `alignment`, `homeCountry`, `rules`), checked as `createPolicy` checks
 * them.
 *
 * @internal
 * @throws RangeError or TypeError (prefixed `options:`) for an invalid parameter.
 */
export function resolvePolicy(
  options: ResolvableOptions | undefined,
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
 * Resolves the options of a call once: its policy ({@link resolvePolicy}) and its day,
 * `options.on`, else the network's `asOf`, else today's local date.
 *
 * @internal
 * @throws RangeError naming `on` when the day is not a real `YYYY-MM-DD` date; RangeError
 *   or TypeError for an invalid policy parameter.
 */
export function resolveOptions(
  options: ResolvableOptions | undefined,
  network?: NetworkDefaults,
): Resolved {
  const policy = resolvePolicy(options, network);
  const on: unknown = options?.on ?? network?.asOf ?? todayIso();
  if (!isIsoDate(on)) {
    throw new RangeError(
      `on must be a real calendar date YYYY-MM-DD, received ${describeValue(on)}`,
    );
  }
  return { policy, on };
}

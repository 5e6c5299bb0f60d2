import type { Network } from '../schemas/network.js';
import { DEFAULT_POLICY } from './defaultPolicy.js';
import { applyOverrides } from './_validate.js';
import type { Policy, PolicyOverrides } from './types.js';

/**
 * The policy a network is judged by: {@link DEFAULT_POLICY} with the network's strategic
 * plan (`plan.start` … `plan.end`, when the network names one), its home institution's
 * country, and its SCHAC id as `homeHeiId` when the home carries one, then `overrides` on
 * top. This is the policy every function uses when it receives a network and no `policy`.
 *
 * @param network - A parsed network (only its `plan` and `home` are read).
 * @param overrides - Parameters that differ from the network's policy, checked as
 *   {@link createPolicy} checks them.
 * @returns A new frozen policy.
 * @throws RangeError or TypeError for invalid overrides, as {@link createPolicy}.
 *
 * @example
 * ```ts
 * const network = parseNetwork({
 *   schemaVersion: 2,
 *   plan: { name: 'Strategic Plan 2019–2023', start: '2019-01-01', end: '2023-12-31' },
 *   partners: [],
 *   agreements: [],
 * });
 * policyFor(network).planPeriod; //=> { start: '2019-01-01', end: '2023-12-31' }
 * policyFor(network).homeCountry; //=> 'KH'
 * policyFor(network).homeHeiId; //=> 'uhs.edu.kh'
 * policyFor(network, { expiringWithinDays: 90 }).expiringWithinDays; //=> 90
 * ```
 */
export function policyFor(
  network: Pick<Network, 'plan' | 'home'>,
  overrides?: PolicyOverrides,
): Policy {
  // Read defensively: a network that skipped parsing may lack `home`.
  const home = network.home as Network['home'] | undefined;
  const merged: Record<string, unknown> = {
    ...(network.plan ? { planPeriod: { start: network.plan.start, end: network.plan.end } } : {}),
    ...(home ? { homeCountry: home.country } : {}),
    ...(home?.identifiers?.schac === undefined ? {} : { homeHeiId: home.identifiers.schac }),
  };
  // JavaScript callers can pass anything: let applyOverrides name what is wrong.
  const given: unknown = overrides;
  if (
    given !== undefined &&
    (typeof given !== 'object' || given === null || Array.isArray(given))
  ) {
    return applyOverrides(DEFAULT_POLICY, given, 'policyFor');
  }
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (value !== undefined) merged[key] = value;
  }
  return applyOverrides(DEFAULT_POLICY, merged, 'policyFor');
}

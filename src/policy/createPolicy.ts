import { DEFAULT_POLICY } from './defaultPolicy.js';
import { applyOverrides } from './_validate.js';
import type { Policy, PolicyOverrides } from './types.js';

/**
 * Builds a policy: {@link DEFAULT_POLICY} with the parameters `overrides` gives. Every
 * parameter given is checked: cell, score and ranking weights finite and ≥ 0 with a
 * positive, finite sum (twenty cell weights of 1e308 are each finite, but not their sum),
 * `saturation` finite and ≥ 1, the plan period two real ISO dates with `end` after
 * `start`, `homeCountry` an assigned ISO 3166-1 alpha-2 code, the day windows whole
 * numbers ≥ 0 (with no upper bound: date arithmetic clamps at 9999-12-31),
 * `sustainabilityMonths` finite and > 0, `academicYearStartMonth` a month 1–12,
 * `platformLanguages` at least one ISO 639-1 code, each listed once, `alignment` mapping all 20 cells
 * to strategy codes 1–4, and `rules` an array of rules
 * `{ id, severity, description, evaluate }` with unique ids. `weights` may name only the
 * cells it changes; an `undefined` parameter is not given.
 *
 * @param overrides - The parameters that differ from the defaults (none by default).
 * @returns A new frozen policy (nested values frozen too; rule objects are kept as given).
 * @throws RangeError naming the field when a value is out of range, such as
 *   `createPolicy: saturation must be ≥ 1, received 0`.
 * @throws TypeError for an unknown key or a value of the wrong type. Both carry the
 *   message's `code` and `params`, to say it again in French (`formatMessage`).
 *
 * @example
 * ```ts
 * const nextPlan = createPolicy({ planPeriod: { start: '2019-01-01', end: '2023-12-31' } });
 * nextPlan.planPeriod.start; //=> '2019-01-01'
 * nextPlan.homeCountry; //=> 'KH'
 * createPolicy({ weights: { C5: 2 } }).weights.C4; //=> 1
 * createPolicy({ academicYearStartMonth: 9 }).academicYearStartMonth; //=> 9
 * createPolicy({ saturation: 0 }); // throws RangeError: createPolicy: saturation must be ≥ 1, received 0
 * // an unknown key (a typo):
 * createPolicy({ saturaton: 4 } as PolicyOverrides); // throws TypeError: createPolicy: unknown key 'saturaton' …
 * ```
 */
export function createPolicy(overrides?: PolicyOverrides): Policy {
  return applyOverrides(DEFAULT_POLICY, overrides, 'createPolicy');
}

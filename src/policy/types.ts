import type { Alignment } from '../catalog/alignment.js';
import type { CellCode } from '../catalog/cells.js';
import type { CountryCode } from '../catalog/countries.js';
import type { Period } from '../catalog/home.js';
import type { EligibilityRule } from '../eligibility/types.js';

/**
 * The weights of the three components of a proposal's fit score (SPEC §8): the score is
 * Σ component × weight ÷ Σ weights.
 *
 * @example
 * ```ts
 * const scoreWeights: ScoreWeights = { strategicFit: 0.4, gapFilling: 0.4, sustainability: 0.2 };
 * DEFAULT_POLICY.scoreWeights; //=> { strategicFit: 0.4, gapFilling: 0.4, sustainability: 0.2 }
 * ```
 */
export interface ScoreWeights {
  /** The weight of strategic fit: how many of Goal #6's strategies the scope serves. */
  readonly strategicFit: number;
  /** The weight of gap filling: how much the scope works where the network does not. */
  readonly gapFilling: number;
  /** The weight of sustainability: length within the plan, funding, history with UHS. */
  readonly sustainability: number;
}

/**
 * The configurable parameters of every rule family (dates, eligibility, synergy): plain,
 * frozen data. Build one with {@link createPolicy} or {@link policyFor}; the defaults live
 * in {@link DEFAULT_POLICY} and nowhere else.
 *
 * @example
 * ```ts
 * const policy: Policy = createPolicy({ planPeriod: { start: '2019-01-01', end: '2023-12-31' } });
 * policy.planPeriod.end; //=> '2023-12-31'
 * policy.saturation; //=> 3
 * ```
 */
export interface Policy {
  /** The strategic plan's timeframe, both ends included (default 2014-01-01 … 2018-12-31). */
  readonly planPeriod: Period;
  /** The home institution's country: a partner there is not international (default `KH`). */
  readonly homeCountry: CountryCode;
  /** The strategies each of the 20 cells serves (default `DEFAULT_ALIGNMENT`). */
  readonly alignment: Alignment;
  /** The weight of each cell in gap filling (default 1 for every cell). */
  readonly weights: Readonly<Record<CellCode, number>>;
  /** How many partners covering a cell saturate it (default 3). */
  readonly saturation: number;
  /** The weights of the fit score's components (default 0.4, 0.4, 0.2). */
  readonly scoreWeights: ScoreWeights;
  /** An agreement is `expiring` when it ends within this many days of `on` (default 180). */
  readonly expiringWithinDays: number;
  /**
   * A partner whose agreements in force all end within this many days of `on` is renewing,
   * not strengthening (default 180).
   */
  readonly renewalWindowDays: number;
  /**
   * The eligibility rules to run, in order. When absent the engine runs `DEFAULT_RULES`
   * (exported by `./eligibility`; the policy module does not import the rules, so that a
   * date helper bundles without them).
   */
  readonly rules?: readonly EligibilityRule[];
}

/**
 * What {@link createPolicy} and {@link policyFor} accept: any parameter of a {@link Policy}
 * (`undefined` means "not given"). `weights` may name only the cells it changes; every
 * other parameter replaces the default as a whole (`scoreWeights` names its three
 * weights, `alignment` all 20 cells).
 *
 * @example
 * ```ts
 * const overrides: PolicyOverrides = { weights: { C5: 2 }, saturation: 4 };
 * createPolicy(overrides).weights.C5; //=> 2
 * ```
 */
export interface PolicyOverrides {
  /** The strategic plan's timeframe; `end` after `start`, both real dates. */
  readonly planPeriod?: Period | undefined;
  /** The home country, an assigned ISO 3166-1 alpha-2 code. */
  readonly homeCountry?: CountryCode | undefined;
  /** The strategies of every one of the 20 cells. */
  readonly alignment?: Alignment | undefined;
  /**
   * Weights of some or all cells, finite and ≥ 0, with a positive and finite sum once
   * merged (twenty weights of 1e308 overflow it: a `RangeError`).
   */
  readonly weights?: Readonly<Partial<Record<CellCode, number>>> | undefined;
  /** The saturation threshold, finite and ≥ 1. */
  readonly saturation?: number | undefined;
  /** The three score weights, finite and ≥ 0, with a positive and finite sum. */
  readonly scoreWeights?: ScoreWeights | undefined;
  /**
   * The expiry window in days, a non-negative integer. There is no upper bound: a window
   * that reaches past 9999-12-31 makes every agreement in force `expiring`.
   */
  readonly expiringWithinDays?: number | undefined;
  /**
   * The renewal window in days, a non-negative integer. There is no upper bound: a window
   * that reaches past 9999-12-31 makes every partner with agreements in force `renew`.
   */
  readonly renewalWindowDays?: number | undefined;
  /** The eligibility rules, replacing the defaults (ids unique). */
  readonly rules?: readonly EligibilityRule[] | undefined;
}

/**
 * The policy part of the options of every function of `./dates`, `./eligibility` and
 * `./synergy`: a `policy`, and any of its parameters given directly, which win over it.
 * Without a `policy`, a function that receives a network uses `policyFor(network)`, and
 * one that does not uses `DEFAULT_POLICY`.
 *
 * @example
 * ```ts
 * const options: PolicyOptions = { policy: createPolicy({ saturation: 4 }), expiringWithinDays: 90 };
 * ```
 */
export interface PolicyOptions extends PolicyOverrides {
  /** The policy to apply (default: `policyFor(network)`, else `DEFAULT_POLICY`). */
  readonly policy?: Policy | undefined;
}

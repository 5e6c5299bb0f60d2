import { SCHAC_ID } from '../core/_patterns.js';
import type { Alignment } from '../catalog/alignment.js';
import { CELLS, isCellCode, type CellCode } from '../catalog/cells.js';
import { isCountryCode, type CountryCode } from '../catalog/countries.js';
import type { Period } from '../catalog/home.js';
import { isLanguageCode, type LanguageCode } from '../catalog/languages.js';
import { RULE_SEVERITIES } from '../catalog/rules.js';
import { STRATEGY_CODES, type StrategyCode } from '../catalog/strategies.js';
import { isIsoDate } from '../core/_isoDate.js';
import { libraryError, type ParamsOf } from '../messages/_table.js';
import { POLICY_MESSAGES } from '../messages/policy.js';
import type { EligibilityRule, Policy, RankWeights, ScoreWeights } from './types.js';

/**
 * The parameters of a {@link Policy}, in the order a policy lists them: every key of
 * `Policy`, and only those (a type test checks both ways).
 *
 * @internal
 */
export const POLICY_KEYS = [
  'planPeriod',
  'homeCountry',
  'homeHeiId',
  'alignment',
  'weights',
  'saturation',
  'scoreWeights',
  'expiringWithinDays',
  'renewalWindowDays',
  'rankWeights',
  'sustainabilityMonths',
  'academicYearStartMonth',
  'platformLanguages',
  'rules',
] as const satisfies readonly (keyof Policy)[];

/** A parameter of a {@link Policy}. @internal */
export type PolicyKey = (typeof POLICY_KEYS)[number];

/** The keys of `scoreWeights`, in the order messages list them (a type test checks them). @internal */
export const SCORE_KEYS = [
  'strategicFit',
  'gapFilling',
  'sustainability',
] as const satisfies readonly (keyof ScoreWeights)[];

/** The keys of `rankWeights`, in the order messages list them (a type test checks them). @internal */
export const RANK_KEYS = [
  'cells',
  'fields',
  'languages',
] as const satisfies readonly (keyof RankWeights)[];

/** The keys of an eligibility rule that a policy checks, for messages. */
const RULE_KEYS = ['id', 'severity', 'description', 'evaluate'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Messages = typeof POLICY_MESSAGES;
type Code = keyof Messages;
/** The params of a message, less the caller that every one of them starts with. */
type Details<C extends Code> = Omit<ParamsOf<Messages[C]>, 'caller'>;

/** Builds the errors of one caller, so that every message starts with its name. */
function checker(caller: string) {
  const error = <C extends Code>(
    Ctor: new (message: string) => Error,
    code: C,
    details: Details<C>,
  ): Error =>
    libraryError(Ctor, POLICY_MESSAGES, code, {
      caller,
      ...details,
    } as ParamsOf<Messages[C]> & Readonly<Record<string, unknown>>);
  const typeError = <C extends Code>(code: C, details: Details<C>): Error =>
    error(TypeError, code, details);
  const rangeError = <C extends Code>(code: C, details: Details<C>): Error =>
    error(RangeError, code, details);

  const number = (field: string, value: unknown): number => {
    if (typeof value !== 'number')
      throw typeError('policy.not_a_number', { field, received: value });
    return value;
  };
  const nonNegative = (field: string, value: unknown): number => {
    const n = number(field, value);
    if (!Number.isFinite(n) || n < 0) {
      throw rangeError('policy.not_non_negative', { field, received: n });
    }
    return n;
  };
  const days = (field: string, value: unknown): number => {
    const n = number(field, value);
    if (!Number.isInteger(n) || n < 0) throw rangeError('policy.not_days', { field, received: n });
    return n;
  };
  const isoDate = (field: string, value: unknown): string => {
    if (typeof value !== 'string')
      throw typeError('policy.not_a_string', { field, received: value });
    if (!isIsoDate(value)) throw rangeError('policy.not_a_date', { field, received: value });
    return value;
  };
  /** The keys of a record, each one of `known` (else a TypeError naming the first other one). */
  const knownKeys = (field: string, value: Record<string, unknown>, known: readonly string[]) => {
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) throw typeError('policy.unknown_key', { field, key, known });
    }
  };
  /** Each key of a record is a cell (else a TypeError naming the first other one). */
  const cellKeys = (field: string, value: Record<string, unknown>) => {
    for (const key of Object.keys(value)) {
      if (!isCellCode(key)) throw typeError('policy.unknown_cell', { field, key, cells: CELLS });
    }
  };
  /** A sum of weights that the scores can divide by: positive and finite. */
  const sumOf = (field: string, weights: readonly number[]): void => {
    const sum = weights.reduce((total, weight) => total + weight, 0);
    if (!(sum > 0)) throw rangeError('policy.sum_not_positive', { field, received: sum });
    // Each weight may be finite while their sum is not (20 × 1e308): scores divide by it.
    if (!Number.isFinite(sum)) throw rangeError('policy.sum_not_finite', { field, received: sum });
  };

  return {
    typeError,
    rangeError,
    number,
    nonNegative,
    days,
    isoDate,
    knownKeys,
    cellKeys,
    sumOf,
  };
}

type Checker = ReturnType<typeof checker>;

function checkPeriod(check: Checker, value: unknown): Period {
  if (!isRecord(value)) {
    throw check.typeError('policy.not_an_object', {
      field: 'planPeriod',
      keys: ['start', 'end'],
      received: value,
    });
  }
  // `name` is allowed so that a network's `plan` can be passed as it is.
  for (const key of Object.keys(value)) {
    if (key !== 'start' && key !== 'end' && key !== 'name') {
      throw check.typeError('policy.unknown_key', {
        field: 'planPeriod',
        key,
        known: ['start', 'end'],
      });
    }
  }
  const start = check.isoDate('planPeriod.start', value.start);
  const end = check.isoDate('planPeriod.end', value.end);
  if (end <= start) throw check.rangeError('policy.end_not_after_start', { start, received: end });
  return Object.freeze({ start, end });
}

function checkHomeCountry(check: Checker, value: unknown): CountryCode {
  const field = 'homeCountry';
  if (typeof value !== 'string')
    throw check.typeError('policy.not_a_string', { field, received: value });
  if (!isCountryCode(value))
    throw check.rangeError('policy.not_a_country', { field, received: value });
  return value;
}

/**
 * A SCHAC id is an internet domain (SCHAC's `schacHomeOrganization`, EWP's `heiId`): labels
 * of 1–63 lower-case letters, digits or inner hyphens, then a top-level label of 2–63
 * letters; 253 characters in all. It is the pattern of a partner's `identifiers.schac`
 * (`PartnerSchema`), so that the home and its partners are checked alike. EWP compares
 * heiIds as written, so `UHS.edu.kh` is refused rather than lower-cased.
 */

function checkHomeHeiId(check: Checker, value: unknown): string {
  const field = 'homeHeiId';
  if (typeof value !== 'string')
    throw check.typeError('policy.not_a_string', { field, received: value });
  if (value.length > 253 || !SCHAC_ID.test(value))
    throw check.rangeError('policy.not_a_hei_id', { field, received: value });
  return value;
}

function checkAlignment(check: Checker, value: unknown): Alignment {
  if (!isRecord(value)) {
    throw check.typeError('policy.not_an_alignment', { field: 'alignment', received: value });
  }
  check.cellKeys('alignment', value);
  const result = {} as Record<CellCode, readonly StrategyCode[]>;
  for (const cell of CELLS) {
    const list = value[cell];
    const field = `alignment.${cell}`;
    if (list === undefined)
      throw check.rangeError('policy.missing_cell', { field, received: list });
    if (!Array.isArray(list)) {
      throw check.typeError('policy.not_a_strategy_list', { field, received: list });
    }
    const seen = new Set<unknown>();
    (list as readonly unknown[]).forEach((code, index) => {
      const at = `${field}[${index}]`;
      const details = { field: at, codes: STRATEGY_CODES, received: code };
      if (typeof code !== 'number') throw check.typeError('policy.not_a_strategy', details);
      if (!(STRATEGY_CODES as readonly number[]).includes(code)) {
        throw check.rangeError('policy.not_a_strategy', details);
      }
      if (seen.has(code))
        throw check.rangeError('policy.duplicate_strategy', { field: at, received: code });
      seen.add(code);
    });
    result[cell] = Object.isFrozen(list)
      ? (list as readonly StrategyCode[])
      : Object.freeze([...(list as StrategyCode[])]);
  }
  return Object.freeze(result);
}

function checkWeights(
  check: Checker,
  value: unknown,
  base: Readonly<Record<CellCode, number>>,
): Readonly<Record<CellCode, number>> {
  if (!isRecord(value)) {
    throw check.typeError('policy.not_a_weight_table', { field: 'weights', received: value });
  }
  check.cellKeys('weights', value);
  const result = {} as Record<CellCode, number>;
  for (const cell of CELLS) {
    const weight = value[cell];
    result[cell] = weight === undefined ? base[cell] : check.nonNegative(`weights.${cell}`, weight);
  }
  check.sumOf(
    'weights',
    CELLS.map((cell) => result[cell]),
  );
  return Object.freeze(result);
}

/** Three named weights, all given, each finite and ≥ 0, with a positive and finite sum. */
function checkWeightTriple<K extends string>(
  check: Checker,
  field: string,
  value: unknown,
  keys: readonly [K, K, K],
): Readonly<Record<K, number>> {
  if (!isRecord(value))
    throw check.typeError('policy.not_an_object', { field, keys, received: value });
  check.knownKeys(field, value, keys);
  const result = {} as Record<K, number>;
  for (const key of keys) result[key] = check.nonNegative(`${field}.${key}`, value[key]);
  check.sumOf(
    field,
    keys.map((key) => result[key]),
  );
  return Object.freeze(result);
}

function checkPlatformLanguages(check: Checker, value: unknown): readonly LanguageCode[] {
  if (!Array.isArray(value)) {
    throw check.typeError('policy.not_a_language_list', {
      field: 'platformLanguages',
      received: value,
    });
  }
  // A platform without a language would fail every distance course, with nothing to offer.
  if (value.length === 0)
    throw check.rangeError('policy.no_language', { field: 'platformLanguages' });
  const seen = new Set<unknown>();
  (value as readonly unknown[]).forEach((code, index) => {
    const field = `platformLanguages[${index}]`;
    if (typeof code !== 'string')
      throw check.typeError('policy.not_a_string', { field, received: code });
    if (!isLanguageCode(code))
      throw check.rangeError('policy.not_a_language', { field, received: code });
    if (seen.has(code))
      throw check.rangeError('policy.duplicate_language', { field, received: code });
    seen.add(code);
  });
  return Object.freeze([...(value as readonly LanguageCode[])]);
}

function checkRules(check: Checker, value: unknown): readonly EligibilityRule[] {
  if (!Array.isArray(value)) {
    throw check.typeError('policy.not_a_rule_list', { field: 'rules', received: value });
  }
  const firstIndex = new Map<string, number>();
  (value as readonly unknown[]).forEach((rule, index) => {
    const field = `rules[${index}]`;
    if (!isRecord(rule)) {
      throw check.typeError('policy.not_a_rule', { field, keys: RULE_KEYS, received: rule });
    }
    const { id, severity, description, rationale, evaluate } = rule;
    if (typeof id !== 'string') {
      throw check.typeError('policy.not_a_string', { field: `${field}.id`, received: id });
    }
    if (id === '')
      throw check.rangeError('policy.empty_rule_id', { field: `${field}.id`, received: id });
    if (typeof severity !== 'string') {
      throw check.typeError('policy.not_a_string', {
        field: `${field}.severity`,
        received: severity,
      });
    }
    if (!(RULE_SEVERITIES as readonly string[]).includes(severity)) {
      throw check.rangeError('policy.unknown_severity', {
        field: `${field}.severity`,
        allowed: RULE_SEVERITIES,
        received: severity,
      });
    }
    if (typeof description !== 'string') {
      throw check.typeError('policy.not_a_string', {
        field: `${field}.description`,
        received: description,
      });
    }
    if (rationale !== undefined && typeof rationale !== 'string') {
      throw check.typeError('policy.not_a_string', {
        field: `${field}.rationale`,
        received: rationale,
      });
    }
    if (typeof evaluate !== 'function') {
      throw check.typeError('policy.not_a_function', {
        field: `${field}.evaluate`,
        received: evaluate,
      });
    }
    const first = firstIndex.get(id);
    if (first !== undefined) {
      throw check.rangeError('policy.duplicate_rule_id', {
        field: `${field}.id`,
        firstIndex: first,
        received: id,
      });
    }
    firstIndex.set(id, index);
  });
  return Object.freeze([...(value as readonly EligibilityRule[])]);
}

/** A frozen copy of a base value, unless it is frozen already. */
function frozen<T extends object>(value: T): T {
  return Object.isFrozen(value) ? value : Object.freeze({ ...value });
}

/** A frozen copy of a base alignment, lists included, unless it is frozen already. */
function frozenAlignment(alignment: Alignment): Alignment {
  if (Object.isFrozen(alignment) && CELLS.every((cell) => Object.isFrozen(alignment[cell]))) {
    return alignment;
  }
  const copy = {} as Record<CellCode, readonly StrategyCode[]>;
  for (const cell of CELLS) copy[cell] = Object.freeze([...alignment[cell]]);
  return Object.freeze(copy);
}

/**
 * A new frozen policy: `base` with the parameters `overrides` gives (an `undefined`
 * parameter is not given), each checked. `caller` starts every error message.
 *
 * @internal
 * @throws TypeError for an overrides value that is not an object, an unknown key, or a
 *   value of the wrong type; RangeError for a value of the right type out of range.
 */
export function applyOverrides(base: Policy, overrides: unknown, caller: string): Policy {
  if (overrides === undefined) return base;
  const check = checker(caller);
  if (!isRecord(overrides)) {
    throw check.typeError('policy.overrides_not_an_object', { received: overrides });
  }
  check.knownKeys('', overrides, POLICY_KEYS);
  const value = <T>(key: PolicyKey, validate: (v: unknown) => T, fallback: T): T => {
    const raw = overrides[key];
    return raw === undefined ? fallback : validate(raw);
  };
  const atLeast = (field: string, minimum: number) => (v: unknown) => {
    const n = check.number(field, v);
    if (!Number.isFinite(n) || n < minimum) {
      throw check.rangeError('policy.not_at_least', { field, minimum, received: n });
    }
    return n;
  };
  const months = (field: string) => (v: unknown) => {
    const n = check.number(field, v);
    if (!Number.isFinite(n) || n <= 0)
      throw check.rangeError('policy.not_months', { field, received: n });
    return n;
  };
  const month = (field: string) => (v: unknown) => {
    const n = check.number(field, v);
    if (!Number.isInteger(n) || n < 1 || n > 12) {
      throw check.rangeError('policy.not_a_month', { field, received: n });
    }
    return n;
  };

  const baseRules =
    base.rules === undefined || Object.isFrozen(base.rules)
      ? base.rules
      : Object.freeze([...base.rules]);
  const rules = value('rules', (v) => checkRules(check, v), baseRules);
  const policy: Policy = {
    planPeriod: value('planPeriod', (v) => checkPeriod(check, v), frozen(base.planPeriod)),
    homeCountry: value('homeCountry', (v) => checkHomeCountry(check, v), base.homeCountry),
    homeHeiId: value('homeHeiId', (v) => checkHomeHeiId(check, v), base.homeHeiId),
    alignment: value('alignment', (v) => checkAlignment(check, v), frozenAlignment(base.alignment)),
    weights: value('weights', (v) => checkWeights(check, v, base.weights), frozen(base.weights)),
    saturation: value('saturation', atLeast('saturation', 1), base.saturation),
    scoreWeights: value(
      'scoreWeights',
      (v) => checkWeightTriple(check, 'scoreWeights', v, SCORE_KEYS),
      frozen(base.scoreWeights),
    ),
    expiringWithinDays: value(
      'expiringWithinDays',
      (v) => check.days('expiringWithinDays', v),
      base.expiringWithinDays,
    ),
    renewalWindowDays: value(
      'renewalWindowDays',
      (v) => check.days('renewalWindowDays', v),
      base.renewalWindowDays,
    ),
    rankWeights: value(
      'rankWeights',
      (v) => checkWeightTriple(check, 'rankWeights', v, RANK_KEYS),
      frozen(base.rankWeights),
    ),
    sustainabilityMonths: value(
      'sustainabilityMonths',
      months('sustainabilityMonths'),
      base.sustainabilityMonths,
    ),
    academicYearStartMonth: value(
      'academicYearStartMonth',
      month('academicYearStartMonth'),
      base.academicYearStartMonth,
    ),
    platformLanguages: value(
      'platformLanguages',
      (v) => checkPlatformLanguages(check, v),
      Object.isFrozen(base.platformLanguages)
        ? base.platformLanguages
        : Object.freeze([...base.platformLanguages]),
    ),
    ...(rules === undefined ? {} : { rules }),
  };
  return Object.freeze(policy);
}

import type { Alignment } from '../catalog/alignment.js';
import { CELLS, isCellCode, type CellCode } from '../catalog/cells.js';
import { isCountryCode, type CountryCode } from '../catalog/countries.js';
import type { Period } from '../catalog/home.js';
import type { StrategyCode } from '../catalog/strategies.js';
import { isIsoDate } from '../dates/_calendar.js';
import type { EligibilityRule } from '../eligibility/types.js';
import { isLanguageCode, type LanguageCode } from '../catalog/languages.js';
import type { Policy, RankWeights, ScoreWeights } from './types.js';

/** The parameters of a {@link Policy}, in the order a policy lists them. @internal */
export const POLICY_KEYS = [
  'planPeriod',
  'homeCountry',
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

const SCORE_KEYS = ['strategicFit', 'gapFilling', 'sustainability'] as const;
const RANK_KEYS = ['cells', 'fields', 'languages'] as const;
const SEVERITIES: readonly string[] = ['blocking', 'fixable', 'advisory'];
const STRATEGY_CODES: readonly unknown[] = [1, 2, 3, 4];

/** A short, safe description of a value for an error message. @internal */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
    case 'number':
      return Object.is(value, -0) ? '-0' : String(value);
    case 'boolean':
      return String(value);
    case 'bigint':
      return `${value.toString()}n`;
    case 'undefined':
      return 'undefined';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
    default:
      return 'an object';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Builds the errors of one caller, so that every message starts with its name. */
function checker(caller: string) {
  const typeError = (field: string, expected: string, value: unknown): TypeError =>
    new TypeError(`${caller}: ${field} must be ${expected}, received ${describeValue(value)}`);
  const rangeError = (field: string, expected: string, value: unknown): RangeError =>
    new RangeError(`${caller}: ${field} must be ${expected}, received ${describeValue(value)}`);
  const unknownKey = (field: string, key: string, known: readonly string[]): TypeError =>
    new TypeError(
      `${caller}: ${field === '' ? 'unknown key' : `${field} has an unknown key`} ${JSON.stringify(key)} (expected ${known.join(', ')})`,
    );

  const record = (field: string, value: unknown, expected: string): Record<string, unknown> => {
    if (!isRecord(value)) throw typeError(field, expected, value);
    return value;
  };
  const number = (field: string, value: unknown): number => {
    if (typeof value !== 'number') throw typeError(field, 'a number', value);
    return value;
  };
  const nonNegative = (field: string, value: unknown): number => {
    const n = number(field, value);
    if (!Number.isFinite(n) || n < 0) throw rangeError(field, 'a finite number ≥ 0', n);
    return n;
  };
  const days = (field: string, value: unknown): number => {
    const n = number(field, value);
    if (!Number.isInteger(n) || n < 0) throw rangeError(field, 'a whole number of days ≥ 0', n);
    return n;
  };
  const isoDate = (field: string, value: unknown): string => {
    if (typeof value !== 'string') throw typeError(field, 'a string', value);
    if (!isIsoDate(value)) throw rangeError(field, 'a real calendar date YYYY-MM-DD', value);
    return value;
  };

  return { typeError, rangeError, unknownKey, record, number, nonNegative, days, isoDate };
}

type Checker = ReturnType<typeof checker>;

function checkPeriod(check: Checker, value: unknown): Period {
  const period = check.record('planPeriod', value, 'an object { start, end }');
  for (const key of Object.keys(period)) {
    // `name` is allowed so that a network's `plan` can be passed as it is.
    if (key !== 'start' && key !== 'end' && key !== 'name') {
      throw check.unknownKey('planPeriod', key, ['start', 'end']);
    }
  }
  const start = check.isoDate('planPeriod.start', period.start);
  const end = check.isoDate('planPeriod.end', period.end);
  if (end <= start) {
    throw check.rangeError('planPeriod.end', `after planPeriod.start (${start})`, end);
  }
  return Object.freeze({ start, end });
}

function checkHomeCountry(check: Checker, value: unknown): CountryCode {
  if (typeof value !== 'string') throw check.typeError('homeCountry', 'a string', value);
  if (!isCountryCode(value)) {
    throw check.rangeError('homeCountry', 'an assigned ISO 3166-1 alpha-2 code such as KH', value);
  }
  return value;
}

function checkAlignment(check: Checker, value: unknown): Alignment {
  const alignment = check.record('alignment', value, 'an object mapping every cell to strategies');
  for (const key of Object.keys(alignment)) {
    if (!isCellCode(key)) throw check.unknownKey('alignment', key, ['the 20 cells A1 … D5']);
  }
  const result = {} as Record<CellCode, readonly StrategyCode[]>;
  for (const cell of CELLS) {
    const list = alignment[cell];
    if (list === undefined) {
      throw check.rangeError(
        `alignment.${cell}`,
        'a list of strategies (every cell is mapped)',
        list,
      );
    }
    if (!Array.isArray(list)) {
      throw check.typeError(`alignment.${cell}`, 'an array of strategy codes', list);
    }
    const seen = new Set<unknown>();
    (list as readonly unknown[]).forEach((code, index) => {
      const field = `alignment.${cell}[${index}]`;
      if (typeof code !== 'number') throw check.typeError(field, 'a strategy code 1–4', code);
      if (!STRATEGY_CODES.includes(code))
        throw check.rangeError(field, 'a strategy code 1–4', code);
      if (seen.has(code)) throw check.rangeError(field, 'listed once in its cell', code);
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
  const given = check.record('weights', value, 'an object mapping cells to weights');
  for (const key of Object.keys(given)) {
    if (!isCellCode(key)) throw check.unknownKey('weights', key, ['the 20 cells A1 … D5']);
  }
  const result = {} as Record<CellCode, number>;
  let sum = 0;
  for (const cell of CELLS) {
    const weight = given[cell];
    result[cell] = weight === undefined ? base[cell] : check.nonNegative(`weights.${cell}`, weight);
    sum += result[cell];
  }
  if (!(sum > 0)) throw check.rangeError('weights', 'weights with a positive sum', sum);
  // Each weight may be finite while their sum is not (20 × 1e308): the fit score divides by it.
  if (!Number.isFinite(sum)) throw check.rangeError('weights', 'weights with a finite sum', sum);
  return Object.freeze(result);
}

function checkScoreWeights(check: Checker, value: unknown): ScoreWeights {
  const given = check.record(
    'scoreWeights',
    value,
    'an object { strategicFit, gapFilling, sustainability }',
  );
  for (const key of Object.keys(given)) {
    if (!(SCORE_KEYS as readonly string[]).includes(key)) {
      throw check.unknownKey('scoreWeights', key, SCORE_KEYS);
    }
  }
  const strategicFit = check.nonNegative('scoreWeights.strategicFit', given.strategicFit);
  const gapFilling = check.nonNegative('scoreWeights.gapFilling', given.gapFilling);
  const sustainability = check.nonNegative('scoreWeights.sustainability', given.sustainability);
  const sum = strategicFit + gapFilling + sustainability;
  if (!(sum > 0)) throw check.rangeError('scoreWeights', 'weights with a positive sum', sum);
  if (!Number.isFinite(sum)) {
    throw check.rangeError('scoreWeights', 'weights with a finite sum', sum);
  }
  return Object.freeze({ strategicFit, gapFilling, sustainability });
}

function checkRankWeights(check: Checker, value: unknown): RankWeights {
  const given = check.record('rankWeights', value, 'an object { cells, fields, languages }');
  for (const key of Object.keys(given)) {
    if (!(RANK_KEYS as readonly string[]).includes(key)) {
      throw check.unknownKey('rankWeights', key, RANK_KEYS);
    }
  }
  const cells = check.nonNegative('rankWeights.cells', given.cells);
  const fields = check.nonNegative('rankWeights.fields', given.fields);
  const languages = check.nonNegative('rankWeights.languages', given.languages);
  const sum = cells + fields + languages;
  if (!(sum > 0)) throw check.rangeError('rankWeights', 'weights with a positive sum', sum);
  if (!Number.isFinite(sum))
    throw check.rangeError('rankWeights', 'weights with a finite sum', sum);
  return Object.freeze({ cells, fields, languages });
}

function checkPlatformLanguages(check: Checker, value: unknown): readonly LanguageCode[] {
  if (!Array.isArray(value)) {
    throw check.typeError('platformLanguages', 'an array of ISO 639-1 codes', value);
  }
  const seen = new Set<unknown>();
  (value as readonly unknown[]).forEach((code, index) => {
    const field = `platformLanguages[${index}]`;
    if (typeof code !== 'string') throw check.typeError(field, 'a string', code);
    if (!isLanguageCode(code)) throw check.rangeError(field, 'an ISO 639-1 code such as fr', code);
    if (seen.has(code)) throw check.rangeError(field, 'listed once', code);
    seen.add(code);
  });
  return Object.freeze([...(value as readonly LanguageCode[])]);
}

function checkRules(check: Checker, value: unknown): readonly EligibilityRule[] {
  if (!Array.isArray(value)) throw check.typeError('rules', 'an array of eligibility rules', value);
  const firstIndex = new Map<string, number>();
  (value as readonly unknown[]).forEach((rule, index) => {
    const field = `rules[${index}]`;
    const entry = check.record(
      field,
      rule,
      'an eligibility rule { id, severity, description, evaluate }',
    );
    if (typeof entry.id !== 'string') throw check.typeError(`${field}.id`, 'a string', entry.id);
    if (entry.id === '') throw check.rangeError(`${field}.id`, 'a non-empty string', entry.id);
    if (typeof entry.severity !== 'string') {
      throw check.typeError(`${field}.severity`, 'a string', entry.severity);
    }
    if (!SEVERITIES.includes(entry.severity)) {
      throw check.rangeError(
        `${field}.severity`,
        `one of ${SEVERITIES.join(', ')}`,
        entry.severity,
      );
    }
    if (typeof entry.description !== 'string') {
      throw check.typeError(`${field}.description`, 'a string', entry.description);
    }
    if (entry.rationale !== undefined && typeof entry.rationale !== 'string') {
      throw check.typeError(`${field}.rationale`, 'a string', entry.rationale);
    }
    if (typeof entry.evaluate !== 'function') {
      throw check.typeError(`${field}.evaluate`, 'a function', entry.evaluate);
    }
    const first = firstIndex.get(entry.id);
    if (first !== undefined) {
      throw check.rangeError(`${field}.id`, `unique (rules[${first}] has the same id)`, entry.id);
    }
    firstIndex.set(entry.id, index);
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
  const check = checker(caller);
  if (overrides === undefined) return base;
  if (!isRecord(overrides)) {
    throw new TypeError(
      `${caller}: the overrides must be an object, received ${describeValue(overrides)}`,
    );
  }
  for (const key of Object.keys(overrides)) {
    if (!(POLICY_KEYS as readonly string[]).includes(key))
      throw check.unknownKey('', key, POLICY_KEYS);
  }
  const given = (key: (typeof POLICY_KEYS)[number]): unknown => overrides[key];
  const value = <T>(
    key: (typeof POLICY_KEYS)[number],
    validate: (v: unknown) => T,
    fallback: T,
  ): T => {
    const raw = given(key);
    return raw === undefined ? fallback : validate(raw);
  };

  const baseRules =
    base.rules === undefined || Object.isFrozen(base.rules)
      ? base.rules
      : Object.freeze([...base.rules]);
  const rules = value('rules', (v) => checkRules(check, v), baseRules);
  const policy: Policy = {
    planPeriod: value('planPeriod', (v) => checkPeriod(check, v), frozen(base.planPeriod)),
    homeCountry: value('homeCountry', (v) => checkHomeCountry(check, v), base.homeCountry),
    alignment: value('alignment', (v) => checkAlignment(check, v), frozenAlignment(base.alignment)),
    weights: value('weights', (v) => checkWeights(check, v, base.weights), frozen(base.weights)),
    saturation: value(
      'saturation',
      (v) => {
        const n = check.number('saturation', v);
        if (!Number.isFinite(n) || n < 1) throw check.rangeError('saturation', '≥ 1', n);
        return n;
      },
      base.saturation,
    ),
    scoreWeights: value(
      'scoreWeights',
      (v) => checkScoreWeights(check, v),
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
    rankWeights: value('rankWeights', (v) => checkRankWeights(check, v), frozen(base.rankWeights)),
    sustainabilityMonths: value(
      'sustainabilityMonths',
      (v) => {
        const n = check.number('sustainabilityMonths', v);
        if (!Number.isFinite(n) || n <= 0) {
          throw check.rangeError('sustainabilityMonths', 'a finite number of months > 0', n);
        }
        return n;
      },
      base.sustainabilityMonths,
    ),
    academicYearStartMonth: value(
      'academicYearStartMonth',
      (v) => {
        const n = check.number('academicYearStartMonth', v);
        if (!Number.isInteger(n) || n < 1 || n > 12) {
          throw check.rangeError('academicYearStartMonth', 'a month number 1–12', n);
        }
        return n;
      },
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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALIGNMENT } from '../../src/catalog/alignment.js';
import { CELLS, type CellCode } from '../../src/catalog/cells.js';
import { DEFAULT_PLAN_PERIOD } from '../../src/catalog/home.js';
import { DEFAULT_RULES } from '../../src/eligibility/index.js';
import type { EligibilityRule } from '../../src/eligibility/index.js';
import { expectLibraryError } from './_errors.js';
import {
  createPolicy,
  DEFAULT_POLICY,
  type Policy,
  type PolicyOverrides,
} from '../../src/policy/index.js';

/** Every object reachable from a value is frozen. */
function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

/** createPolicy with input that the types forbid, as JavaScript callers can send it. */
function createUnchecked(overrides: unknown): Policy {
  return createPolicy(overrides as PolicyOverrides);
}

const myRule: EligibilityRule = {
  id: 'funding-declared',
  severity: 'fixable',
  description: 'The proposal declares its funding.',
  evaluate: ({ proposal }) =>
    proposal.funding
      ? { outcome: 'pass', message: 'Funding is declared.' }
      : { outcome: 'fail', message: 'No funding is declared.', path: ['funding'] },
};

describe('DEFAULT_POLICY', () => {
  it('holds the defaults of SPEC §7 and §8', () => {
    expect(DEFAULT_POLICY.planPeriod).toEqual({ start: '2014-01-01', end: '2018-12-31' });
    expect(DEFAULT_POLICY.planPeriod).toBe(DEFAULT_PLAN_PERIOD);
    expect(DEFAULT_POLICY.homeCountry).toBe('KH');
    expect(DEFAULT_POLICY.alignment).toBe(DEFAULT_ALIGNMENT);
    expect(DEFAULT_POLICY.weights).toEqual(Object.fromEntries(CELLS.map((cell) => [cell, 1])));
    expect(DEFAULT_POLICY.saturation).toBe(3);
    expect(DEFAULT_POLICY.scoreWeights).toEqual({
      strategicFit: 0.4,
      gapFilling: 0.4,
      sustainability: 0.2,
    });
    expect(DEFAULT_POLICY.expiringWithinDays).toBe(180);
    expect(DEFAULT_POLICY.renewalWindowDays).toBe(180);
    expect('rules' in DEFAULT_POLICY).toBe(false);
  });

  it('is frozen all the way down', () => {
    expect(deeplyFrozen(DEFAULT_POLICY)).toBe(true);
  });
});

describe('createPolicy', () => {
  it('gives the defaults without overrides, as a frozen policy', () => {
    expect(createPolicy()).toEqual(DEFAULT_POLICY);
    expect(createPolicy({})).toEqual(DEFAULT_POLICY);
    // Strictly: no `rules: undefined` key appears when no rules are given.
    expect(createPolicy({})).toStrictEqual(DEFAULT_POLICY);
    expect('rules' in createPolicy({ saturation: 2 })).toBe(false);
    expect(deeplyFrozen(createPolicy({}))).toBe(true);
  });

  it('takes each parameter it is given and keeps the defaults for the others', () => {
    const alignment = { ...DEFAULT_ALIGNMENT, C5: [3, 4] } as const;
    const policy = createPolicy({
      planPeriod: { start: '2019-01-01', end: '2023-12-31' },
      homeCountry: 'LA',
      alignment,
      saturation: 2.5,
      scoreWeights: { strategicFit: 1, gapFilling: 0, sustainability: 0 },
      expiringWithinDays: 90,
      renewalWindowDays: 0,
    });
    expect(policy).toEqual({
      ...DEFAULT_POLICY,
      planPeriod: { start: '2019-01-01', end: '2023-12-31' },
      homeCountry: 'LA',
      alignment,
      saturation: 2.5,
      scoreWeights: { strategicFit: 1, gapFilling: 0, sustainability: 0 },
      expiringWithinDays: 90,
      renewalWindowDays: 0,
    });
    expect(deeplyFrozen(policy)).toBe(true);
  });

  it('merges partial weights over the default weight of 1', () => {
    const policy = createPolicy({ weights: { C5: 2, A1: 0 } });
    expect(policy.weights.C5).toBe(2);
    expect(policy.weights.A1).toBe(0);
    expect(policy.weights.B4).toBe(1);
    expect(Object.keys(policy.weights)).toEqual([...CELLS]);
  });

  it('treats an undefined parameter as not given', () => {
    expect(createPolicy({ saturation: undefined, planPeriod: undefined })).toEqual(DEFAULT_POLICY);
  });

  it('accepts a network plan with its name as the plan period, keeping start and end', () => {
    const plan = { name: 'Strategic Plan 2019–2023', start: '2019-01-01', end: '2023-12-31' };
    expect(createPolicy({ planPeriod: plan }).planPeriod).toEqual({
      start: '2019-01-01',
      end: '2023-12-31',
    });
  });

  it('keeps rules as given, in a frozen list, and accepts a full policy as overrides', () => {
    const rules = [...DEFAULT_RULES.filter((rule) => rule.id !== 'focal-point'), myRule];
    const policy = createPolicy({ rules });
    expect(policy.rules).toEqual(rules);
    expect(policy.rules?.[rules.length - 1]).toBe(myRule);
    expect(Object.isFrozen(policy.rules)).toBe(true);
    expect(createPolicy({ ...policy, saturation: 5 })).toEqual({ ...policy, saturation: 5 });
  });

  it('does not change, nor freeze, the overrides it is given', () => {
    const overrides = {
      planPeriod: { start: '2019-01-01', end: '2023-12-31' },
      weights: { C5: 2 },
      scoreWeights: { strategicFit: 1, gapFilling: 1, sustainability: 1 },
      alignment: structuredClone(DEFAULT_ALIGNMENT) as unknown as PolicyOverrides['alignment'],
      rules: [myRule],
    };
    const before = structuredClone({ ...overrides, rules: undefined });
    const policy = createPolicy(overrides);
    expect({ ...overrides, rules: undefined }).toEqual(before);
    expect(Object.isFrozen(overrides.planPeriod)).toBe(false);
    expect(Object.isFrozen(overrides.weights)).toBe(false);
    expect(Object.isFrozen(overrides.rules)).toBe(false);
    expect(Object.isFrozen(myRule)).toBe(false);
    expect(Object.isFrozen(policy)).toBe(true);
    for (const key of ['planPeriod', 'alignment', 'weights', 'scoreWeights'] as const) {
      expect(deeplyFrozen(policy[key]), key).toBe(true);
    }
  });

  it('throws the RangeError of the example, naming the field', () => {
    const error = expectLibraryError(
      () => createPolicy({ saturation: 0 }),
      RangeError,
      'createPolicy: saturation must be ≥ 1, received 0',
      'policy.not_at_least',
    );
    expect(error.params).toEqual({
      caller: 'createPolicy',
      field: 'saturation',
      minimum: 1,
      received: 0,
    });
  });

  const validAlignment = DEFAULT_ALIGNMENT as unknown as Record<string, unknown>;
  const withoutB4 = Object.fromEntries(
    Object.entries(validAlignment).filter(([cell]) => cell !== 'B4'),
  );
  const rangeCases: [string, unknown, RegExp][] = [
    ['saturation below 1', { saturation: 0.5 }, /saturation must be ≥ 1, received 0\.5/],
    ['saturation NaN', { saturation: Number.NaN }, /saturation must be ≥ 1, received NaN/],
    ['saturation infinite', { saturation: Infinity }, /saturation .* received Infinity/],
    [
      'a negative weight',
      { weights: { C5: -1 } },
      /weights\.C5 must be a finite number ≥ 0, received -1/,
    ],
    ['a NaN weight', { weights: { A2: Number.NaN } }, /weights\.A2 .* received NaN/],
    [
      'weights summing to 0',
      { weights: Object.fromEntries(CELLS.map((cell) => [cell, 0])) },
      /weights must be weights with a positive sum, received 0/,
    ],
    [
      'a negative score weight',
      { scoreWeights: { strategicFit: -0.1, gapFilling: 1, sustainability: 1 } },
      /scoreWeights\.strategicFit .* received -0\.1/,
    ],
    [
      'an infinite score weight',
      { scoreWeights: { strategicFit: 1, gapFilling: Infinity, sustainability: 1 } },
      /scoreWeights\.gapFilling/,
    ],
    [
      'score weights summing to 0',
      { scoreWeights: { strategicFit: 0, gapFilling: 0, sustainability: 0 } },
      /scoreWeights must be weights with a positive sum/,
    ],
    [
      'a plan start that is not a real date',
      { planPeriod: { start: '2019-02-29', end: '2023-12-31' } },
      /planPeriod\.start must be a real calendar date YYYY-MM-DD, received '2019-02-29'/,
    ],
    [
      'a plan end that is not ISO',
      { planPeriod: { start: '2019-01-01', end: '31/12/2023' } },
      /planPeriod\.end must be a real calendar date/,
    ],
    [
      'a plan ending before it starts',
      { planPeriod: { start: '2019-01-01', end: '2018-12-31' } },
      /planPeriod\.end must be after planPeriod\.start \(2019-01-01\), received '2018-12-31'/,
    ],
    [
      'a plan ending on the day it starts',
      { planPeriod: { start: '2019-01-01', end: '2019-01-01' } },
      /planPeriod\.end must be after/,
    ],
    [
      'a user-assigned country code',
      { homeCountry: 'XK' },
      /homeCountry must be an assigned ISO 3166-1 alpha-2 code such as KH, received 'XK'/,
    ],
    ['a lower-case country code', { homeCountry: 'kh' }, /homeCountry .* received 'kh'/],
    [
      'a negative expiry window',
      { expiringWithinDays: -1 },
      /expiringWithinDays must be a whole number of days ≥ 0, received -1/,
    ],
    [
      'a fractional expiry window',
      { expiringWithinDays: 1.5 },
      /expiringWithinDays .* received 1\.5/,
    ],
    ['a negative renewal window', { renewalWindowDays: -30 }, /renewalWindowDays .* received -30/],
    ['an infinite renewal window', { renewalWindowDays: Infinity }, /renewalWindowDays/],
    [
      'an alignment missing a cell',
      { alignment: withoutB4 },
      /alignment\.B4 must be a list of strategies/,
    ],
    [
      'a strategy 5',
      { alignment: { ...validAlignment, C5: [5] } },
      /alignment\.C5\[0\] must be a strategy code 1–4, received 5/,
    ],
    [
      'a strategy 0',
      { alignment: { ...validAlignment, A1: [1, 0] } },
      /alignment\.A1\[1\] must be a strategy code 1–4, received 0/,
    ],
    [
      'a strategy listed twice',
      { alignment: { ...validAlignment, D5: [2, 2] } },
      /alignment\.D5\[1\] must be listed once in its cell/,
    ],
    [
      'two rules with one id',
      { rules: [myRule, DEFAULT_RULES[0], { ...myRule }] },
      /rules\[2\]\.id must be unique \(rules\[0\] has the same id\), received 'funding-declared'/,
    ],
    [
      'an unknown severity',
      { rules: [{ ...myRule, severity: 'fatal' }] },
      /rules\[0\]\.severity must be one of blocking, fixable, advisory, received 'fatal'/,
    ],
    [
      'an empty rule id',
      { rules: [{ ...myRule, id: '' }] },
      /rules\[0\]\.id must be a non-empty string/,
    ],
  ];
  it.each(rangeCases)('throws a RangeError for %s', (_name, overrides, message) => {
    expect(() => createUnchecked(overrides)).toThrow(RangeError);
    expect(() => createUnchecked(overrides)).toThrow(message);
    expect(() => createUnchecked(overrides)).toThrow(/^createPolicy: /);
  });

  const typeCases: [string, unknown, RegExp][] = [
    [
      'an unknown key',
      { saturaton: 4 },
      /createPolicy: unknown key 'saturaton' \(expected planPeriod, homeCountry/,
    ],
    ['null overrides', null, /the overrides must be an object, received null/],
    ['array overrides', [], /the overrides must be an object, received an array/],
    ['string overrides', 'strict', /the overrides must be an object, received 'strict'/],
    ['a string saturation', { saturation: '3' }, /saturation must be a number, received '3'/],
    ['a null saturation', { saturation: null }, /saturation must be a number, received null/],
    [
      'a function saturation',
      { saturation: () => 3 },
      /saturation must be a number, received a function/,
    ],
    ['a bigint saturation', { saturation: 3n }, /saturation must be a number, received 3n/],
    [
      'a symbol saturation',
      { saturation: Symbol('3') },
      /saturation must be a number, received a symbol/,
    ],
    ['a boolean saturation', { saturation: true }, /saturation must be a number, received true/],
    ['a string weight', { weights: { C5: '2' } }, /weights\.C5 must be a number/],
    [
      'a weight for a cell that does not exist',
      { weights: { E1: 1 } },
      /weights has an unknown key 'E1'/,
    ],
    ['weights as an array', { weights: [1, 2] }, /weights must be an object/],
    ['a numeric country', { homeCountry: 116 }, /homeCountry must be a string, received 116/],
    [
      'a string plan period',
      { planPeriod: '2019..2023' },
      /planPeriod must be an object \{ start, end \}/,
    ],
    [
      'a numeric plan start',
      { planPeriod: { start: 20190101, end: '2023-12-31' } },
      /planPeriod\.start must be a string/,
    ],
    [
      'a plan period with an unknown key',
      { planPeriod: { start: '2019-01-01', end: '2023-12-31', ends: 'x' } },
      /planPeriod has an unknown key 'ends'/,
    ],
    [
      'score weights with an unknown key',
      { scoreWeights: { strategicFit: 1, gapFilling: 1, sustainability: 1, fit: 1 } },
      /scoreWeights has an unknown key 'fit'/,
    ],
    [
      'score weights missing one',
      { scoreWeights: { strategicFit: 1, gapFilling: 1 } },
      /scoreWeights\.sustainability must be a number, received nothing/,
    ],
    ['an alignment as a list', { alignment: [] }, /alignment must be an object/],
    [
      'an alignment with an unknown cell',
      { alignment: { ...validAlignment, A6: [1] } },
      /alignment has an unknown key 'A6'/,
    ],
    [
      'an alignment cell that is not a list',
      { alignment: { ...validAlignment, A1: 1 } },
      /alignment\.A1 must be an array of strategy codes/,
    ],
    [
      'a strategy written as a string',
      { alignment: { ...validAlignment, A1: ['1'] } },
      /alignment\.A1\[0\] must be a strategy code 1–4, received '1'/,
    ],
    [
      'a string expiry window',
      { expiringWithinDays: '180' },
      /expiringWithinDays must be a number/,
    ],
    [
      'rules that are not a list',
      { rules: myRule },
      /rules must be an array of eligibility rules, received an object/,
    ],
    [
      'a rule that is not an object',
      { rules: ['scope'] },
      /rules\[0\] must be an eligibility rule/,
    ],
    [
      'a rule without an id',
      { rules: [{ ...myRule, id: undefined }] },
      /rules\[0\]\.id must be a string, received nothing/,
    ],
    [
      'a rule without description',
      { rules: [{ ...myRule, description: undefined }] },
      /rules\[0\]\.description must be a string/,
    ],
    [
      'a rule with a numeric rationale',
      { rules: [{ ...myRule, rationale: 1 }] },
      /rules\[0\]\.rationale must be a string/,
    ],
    [
      'a rule whose evaluate is not a function',
      { rules: [{ ...myRule, evaluate: 'pass' }] },
      /rules\[0\]\.evaluate must be a function, received 'pass'/,
    ],
    [
      'a severity that is not a string',
      { rules: [{ ...myRule, severity: 2 }] },
      /rules\[0\]\.severity must be a string/,
    ],
  ];
  it.each(typeCases)('throws a TypeError for %s', (_name, overrides, message) => {
    expect(() => createUnchecked(overrides)).toThrow(TypeError);
    expect(() => createUnchecked(overrides)).toThrow(message);
  });

  it('writes whole messages: the value received quoted or by its kind, and the keys expected', () => {
    const cases: [unknown, Error][] = [
      [
        { saturation: true },
        new TypeError('createPolicy: saturation must be a number, received true'),
      ],
      [{ saturation: -0 }, new RangeError('createPolicy: saturation must be ≥ 1, received -0')],
      [
        { planPeriod: { start: '2019-01-01', end: '2023-12-31', ends: 'x' } },
        new TypeError("createPolicy: planPeriod has an unknown key 'ends' (expected start, end)"),
      ],
      [
        { alignment: { ...validAlignment, A6: [1] } },
        new TypeError(
          "createPolicy: alignment has an unknown key 'A6' (expected the 20 cells A1 … D5)",
        ),
      ],
      [
        { weights: { E1: 1 } },
        new TypeError(
          "createPolicy: weights has an unknown key 'E1' (expected the 20 cells A1 … D5)",
        ),
      ],
      [
        { scoreWeights: [0.4, 0.4, 0.2] },
        new TypeError(
          'createPolicy: scoreWeights must be an object { strategicFit, gapFilling, sustainability }, received an array',
        ),
      ],
    ];
    for (const [overrides, error] of cases) {
      expectLibraryError(
        () => createUnchecked(overrides),
        error.constructor as new (message: string) => Error,
        error.message,
      );
    }
  });

  it('shortens a long string value in a message to its first 40 characters', () => {
    const forty = 'Kingdom of Cambodia, Phnom Penh, Cambodi';
    expect(forty).toHaveLength(40);
    const suffix = (value: string): string =>
      (() => {
        try {
          createUnchecked({ homeCountry: value });
        } catch (error) {
          return (error as Error).message.replace(/^.*, received /, '');
        }
        return '';
      })();
    expect(suffix(forty)).toBe(`'${forty}'`);
    expect(suffix(`${forty}a`)).toBe(`'${forty}…' (41 characters)`);
  });

  it('does not treat __proto__ or constructor keys as parameters', () => {
    const overrides: unknown = JSON.parse('{"__proto__": {"saturation": 9}}');
    expect(() => createUnchecked(overrides)).toThrow(/unknown key '__proto__'/);
    expect(() => createUnchecked({ constructor: 1 })).toThrow(TypeError);
    expect(({} as Record<string, unknown>).saturation).toBeUndefined();
  });

  it('keeps every valid parameter as given, and only those (property)', () => {
    const weight = fc.double({ min: 0, max: 100, noNaN: true });
    const overrides = fc.record(
      {
        saturation: fc.double({ min: 1, max: 1000, noNaN: true }),
        expiringWithinDays: fc.nat({ max: 3650 }),
        renewalWindowDays: fc.nat({ max: 3650 }),
        weights: fc.dictionary(fc.constantFrom<CellCode>(...CELLS), weight),
        scoreWeights: fc.record({
          strategicFit: fc.double({ min: 0.01, max: 10, noNaN: true }),
          gapFilling: weight,
          sustainability: weight,
        }),
        homeCountry: fc.constantFrom('KH', 'LA', 'FR', 'AU'),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(overrides, (given) => {
        const policy = createPolicy(given);
        expect(deeplyFrozen(policy)).toBe(true);
        for (const key of [
          'saturation',
          'expiringWithinDays',
          'renewalWindowDays',
          'homeCountry',
          'scoreWeights',
        ] as const) {
          expect(policy[key]).toEqual(given[key] ?? DEFAULT_POLICY[key]);
        }
        for (const cell of CELLS) {
          expect(policy.weights[cell]).toBe(given.weights?.[cell] ?? 1);
        }
        expect(policy.planPeriod).toEqual(DEFAULT_POLICY.planPeriod);
        expect(policy.alignment).toEqual(DEFAULT_ALIGNMENT);
      }),
    );
  });
});

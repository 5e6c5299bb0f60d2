import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createPolicy,
  DEFAULT_POLICY,
  policyFor,
  resolveOptions,
  resolvePolicy,
  type Policy,
} from '../../src/policy/index.js';
import { expectLibraryError } from './_errors.js';
import type { EligibilityRule } from '../../src/eligibility/index.js';
import { localToday, network, networkInput } from '../eligibility/_fixtures.js';
import { parseNetwork } from '../../src/schemas/parse.js';

afterEach(() => {
  vi.useRealTimers();
});

const nextPlan = parseNetwork(
  networkInput({
    home: { name: 'Example Home University', country: 'LA' },
    plan: { name: 'Strategic Plan 2019–2023', start: '2019-01-01', end: '2023-12-31' },
    asOf: '2020-02-29',
  }),
);

describe('policyFor', () => {
  it("takes the network's plan and home country", () => {
    const policy = policyFor(nextPlan);
    expect(policy).toEqual({
      ...DEFAULT_POLICY,
      planPeriod: { start: '2019-01-01', end: '2023-12-31' },
      homeCountry: 'LA',
    });
    expect(Object.isFrozen(policy)).toBe(true);
  });

  it('keeps the default plan when the network names none, and UHS as home', () => {
    expect(policyFor(network())).toEqual(DEFAULT_POLICY);
  });

  it('applies overrides over the network, ignoring undefined ones', () => {
    expect(policyFor(nextPlan, { planPeriod: undefined, expiringWithinDays: 30 })).toEqual({
      ...DEFAULT_POLICY,
      planPeriod: { start: '2019-01-01', end: '2023-12-31' },
      homeCountry: 'LA',
      expiringWithinDays: 30,
    });
    expect(
      policyFor(nextPlan, { planPeriod: { start: '2024-01-01', end: '2028-12-31' } }).planPeriod,
    ).toEqual({ start: '2024-01-01', end: '2028-12-31' });
  });

  it('checks overrides as createPolicy does, naming itself', () => {
    expectLibraryError(
      () => policyFor(nextPlan, { saturation: 0 }),
      RangeError,
      'policyFor: saturation must be ≥ 1, received 0',
      'policy.not_at_least',
    );
    expect(() => policyFor(nextPlan, { colour: 'red' } as never)).toThrow(TypeError);
    expect(() => policyFor(nextPlan, [] as never)).toThrow(/must be an object/);
  });

  it('rejects overrides that are not an object rather than ignoring them', () => {
    for (const [overrides, shown] of [
      [null, 'null'],
      [5, '5'],
      ['strict', "'strict'"],
      [['saturation'], 'an array'],
    ] as const) {
      expectLibraryError(
        () => policyFor(nextPlan, overrides as never),
        TypeError,
        `policyFor: the overrides must be an object, received ${shown}`,
        'policy.overrides_not_an_object',
      );
    }
  });

  it('does not change the network', () => {
    const before = structuredClone(nextPlan);
    policyFor(nextPlan, { weights: { C5: 3 } });
    expect(nextPlan).toEqual(before);
  });
});

describe('resolveOptions (the options of every function of §6–§8)', () => {
  const explicit = createPolicy({
    saturation: 7,
    planPeriod: { start: '2030-01-01', end: '2030-12-31' },
  });

  it('uses options.policy, else policyFor(network), else DEFAULT_POLICY', () => {
    expect(resolveOptions({ policy: explicit, on: '2017-01-01' }, nextPlan).policy).toBe(explicit);
    expect(resolveOptions({ on: '2017-01-01' }, nextPlan).policy).toEqual(policyFor(nextPlan));
    expect(resolveOptions({ on: '2017-01-01' }).policy).toBe(DEFAULT_POLICY);
    expect(resolveOptions(undefined, undefined).policy).toBe(DEFAULT_POLICY);
  });

  it('lets a parameter given in the options win over the policy', () => {
    const { policy } = resolveOptions(
      {
        policy: explicit,
        saturation: 2,
        expiringWithinDays: 10,
        homeCountry: 'TH',
        on: '2017-01-01',
      },
      nextPlan,
    );
    expect(policy).toEqual({
      ...explicit,
      saturation: 2,
      expiringWithinDays: 10,
      homeCountry: 'TH',
    });
    expect(
      resolvePolicy({ planPeriod: { start: '2001-01-01', end: '2001-12-31' } }, nextPlan)
        .planPeriod,
    ).toEqual({
      start: '2001-01-01',
      end: '2001-12-31',
    });
    expect(resolvePolicy({ renewalWindowDays: 1 }, nextPlan).homeCountry).toBe('LA');
  });

  it('freezes the result even when the given policy is a plain object, which it does not change', () => {
    const plain: Policy = {
      ...DEFAULT_POLICY,
      planPeriod: { start: '2019-01-01', end: '2023-12-31' },
      alignment: structuredClone<Policy['alignment']>(DEFAULT_POLICY.alignment),
      weights: { ...DEFAULT_POLICY.weights },
      scoreWeights: { ...DEFAULT_POLICY.scoreWeights },
      rankWeights: { ...DEFAULT_POLICY.rankWeights },
      platformLanguages: [...DEFAULT_POLICY.platformLanguages],
      rules: [],
    };
    const resolved = resolvePolicy({ policy: plain, saturation: 5 });
    expect(resolved).toEqual({ ...plain, saturation: 5 });
    for (const part of [
      resolved,
      resolved.planPeriod,
      resolved.weights,
      resolved.scoreWeights,
      resolved.rankWeights,
      resolved.platformLanguages,
      resolved.alignment,
      resolved.alignment.C5,
      resolved.rules,
    ]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
    expect(Object.isFrozen(plain.planPeriod)).toBe(false);
    expect(Object.isFrozen(plain.rankWeights)).toBe(false);
    expect(Object.isFrozen(plain.platformLanguages)).toBe(false);
    expect(Object.isFrozen(plain.alignment.C5)).toBe(false);
    expect(Object.isFrozen(plain.rules)).toBe(false);
  });

  it('keeps the rules of a plain policy and freezes its partly frozen tables', () => {
    const myRule: EligibilityRule = {
      id: 'always-passes',
      severity: 'advisory',
      description: 'Always passes.',
      evaluate: () => ({ outcome: 'pass', message: 'Passes.' }),
    };
    // The table is frozen but one list is not; then the lists are frozen but not the table.
    const frozenTable = Object.freeze({ ...DEFAULT_POLICY.alignment, C5: [3] });
    const frozenLists = { ...DEFAULT_POLICY.alignment };
    for (const alignment of [frozenTable, frozenLists] as Policy['alignment'][]) {
      const plain: Policy = { ...DEFAULT_POLICY, alignment, rules: [myRule] };
      const resolved = resolvePolicy({ policy: plain, saturation: 5 });
      expect(resolved.rules).toEqual([myRule]);
      expect(Object.isFrozen(resolved.rules)).toBe(true);
      expect(resolved.alignment).toEqual(alignment);
      expect(Object.isFrozen(resolved.alignment)).toBe(true);
      expect(Object.isFrozen(resolved.alignment.C5)).toBe(true);
    }
    expect(Object.isFrozen(frozenTable.C5)).toBe(false);
    expect(Object.isFrozen(frozenLists)).toBe(false);
  });

  it('checks the parameters given in the options', () => {
    expectLibraryError(
      () => resolveOptions({ expiringWithinDays: -1 }),
      RangeError,
      'options: expiringWithinDays must be a whole number of days ≥ 0, received -1',
      'policy.not_days',
    );
    expectLibraryError(
      () => resolvePolicy({ academicYearStartMonth: 13 }),
      RangeError,
      'options: academicYearStartMonth must be a month number 1–12, received 13',
      'policy.not_a_month',
    );
    expect(() => resolveOptions({ saturation: '2' as never })).toThrow(TypeError);
  });

  it('ignores options that are not policy parameters', () => {
    const options = { on: '2017-01-01', limit: 3, network: nextPlan, partnerId: 'x' };
    expect(resolveOptions(options).policy).toBe(DEFAULT_POLICY);
  });

  it("takes on from the options, else the network's asOf, else today's local date", () => {
    expect(resolveOptions({ on: '2016-02-29' }, nextPlan).on).toBe('2016-02-29');
    expect(resolveOptions({}, nextPlan).on).toBe('2020-02-29');
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2024, 1, 29, 23, 30));
    expect(
      resolveOptions({}, parseNetwork({ schemaVersion: 1, partners: [], agreements: [] })).on,
    ).toBe('2024-02-29');
    expect(resolveOptions(undefined).on).toBe('2024-02-29');
    vi.useRealTimers();
    expect(resolveOptions(undefined).on).toBe(localToday());
  });

  it.each<[unknown, string]>([
    ['2019-02-29', "'2019-02-29'"],
    ['2017-13-01', "'2017-13-01'"],
    ['2017-6-30', "'2017-6-30'"],
    ['30/06/2017', "'30/06/2017'"],
    ['', "''"],
    [20170630, '20170630'],
    [new Date(0), 'an object'],
  ])('throws a RangeError naming on for %s', (on, shown) => {
    const error = expectLibraryError(
      () => resolveOptions({ on: on as string }),
      RangeError,
      `resolveOptions: on must be a real calendar date YYYY-MM-DD, received ${shown}`,
      'option.invalid_on',
    );
    expect(error.params).toEqual({ caller: 'resolveOptions', received: on });
  });

  it('names the caller it is given in the message of an invalid on', () => {
    expectLibraryError(
      () => resolveOptions({ on: '2019-02-29' }, undefined, 'agreementStatus'),
      RangeError,
      "agreementStatus: on must be a real calendar date YYYY-MM-DD, received '2019-02-29'",
      'option.invalid_on',
    );
  });
});

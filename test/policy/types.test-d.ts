import { describe, expectTypeOf, it } from 'vitest';
import type { CellCode } from '../../src/catalog/cells.js';
import {
  academicYearOf,
  agreementStatus,
  monthsWithinPlan,
  overlapsPlan,
  type AcademicYearOfOptions,
  type AcademicYearsBetweenOptions,
  type AgreementsInForceOptions,
  type AgreementStatusOptions,
  type ClassifyIntentOptions,
  type ExpiringAgreementsOptions,
  type MonthsWithinPlanOptions,
  type OverlapsPlanOptions,
  type PlanOptions,
} from '../../src/dates/index.js';
import {
  resolveOptions,
  resolvePolicy,
  type NetworkDefaults,
  type OnOption,
  type Policy,
  type PolicyOptions,
  type PolicyOverrides,
  type RankWeights,
  type ResolvableOptions,
  type ResolvedOptions,
  type ScoreWeights,
} from '../../src/policy/index.js';
import type { PolicyKey, POLICY_KEYS, RANK_KEYS, SCORE_KEYS } from '../../src/policy/_validate.js';
import type { Network } from '../../src/schemas/network.js';

declare const network: Network;

describe('one source for the shape of a policy', () => {
  it('lists every key of Policy in POLICY_KEYS, and only those', () => {
    expectTypeOf<(typeof POLICY_KEYS)[number]>().toEqualTypeOf<keyof Policy>();
    expectTypeOf<PolicyKey>().toEqualTypeOf<keyof Policy>();
    expectTypeOf<(typeof SCORE_KEYS)[number]>().toEqualTypeOf<keyof ScoreWeights>();
    expectTypeOf<(typeof RANK_KEYS)[number]>().toEqualTypeOf<keyof RankWeights>();
  });

  it('derives PolicyOverrides from Policy: every key optional, undefined allowed, weights partial', () => {
    expectTypeOf<keyof PolicyOverrides>().toEqualTypeOf<keyof Policy>();
    expectTypeOf<PolicyOverrides['saturation']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<PolicyOverrides['planPeriod']>().toEqualTypeOf<Policy['planPeriod'] | undefined>();
    expectTypeOf<PolicyOverrides['rankWeights']>().toEqualTypeOf<RankWeights | undefined>();
    expectTypeOf<PolicyOverrides['weights']>().toEqualTypeOf<
      Readonly<Partial<Record<CellCode, number>>> | undefined
    >();
    expectTypeOf<PolicyOverrides['rules']>().toEqualTypeOf<Policy['rules']>();
    // Every policy is a valid set of overrides (a policy can be passed as overrides).
    expectTypeOf<Policy>().toExtend<PolicyOverrides>();
    expectTypeOf({ saturation: undefined, weights: { C5: 2 } }).toExtend<PolicyOverrides>();
    // overrides take only policy parameters
    expectTypeOf({ saturaton: 4 }).not.toExtend<PolicyOverrides>();
  });
});

describe('options extend shared pieces', () => {
  it('OnOption is the day, PolicyOptions the policy and its parameters', () => {
    expectTypeOf<OnOption>().toEqualTypeOf<{ readonly on?: string | undefined }>();
    expectTypeOf<PolicyOptions['policy']>().toEqualTypeOf<Policy | undefined>();
    expectTypeOf<PolicyOptions>().toExtend<PolicyOverrides>();
    expectTypeOf<ResolvableOptions>().toExtend<OnOption & PolicyOptions>();
  });

  it('every option interface of ./dates extends them', () => {
    for (const options of [
      {} as AgreementStatusOptions,
      {} as AgreementsInForceOptions,
      {} as ExpiringAgreementsOptions,
      {} as ClassifyIntentOptions,
    ]) {
      expectTypeOf(options).toExtend<OnOption & PolicyOptions>();
    }
    expectTypeOf<AcademicYearOfOptions>().toExtend<PolicyOptions>();
    expectTypeOf<AcademicYearOfOptions['startMonth']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<AcademicYearsBetweenOptions>().toEqualTypeOf<AcademicYearOfOptions>();
    expectTypeOf<PlanOptions>().toExtend<PolicyOptions>();
    academicYearOf('2024-09-01', { academicYearStartMonth: 9 });
    agreementStatus(
      { startsOn: '2015-01-01', endsOn: '2019-12-31' },
      { on: '2019-01-01', renewalWindowDays: 1 },
    );
  });

  it('keeps the deprecated names of the plan options as PlanOptions itself', () => {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the names under test
    expectTypeOf<OverlapsPlanOptions>().toEqualTypeOf<PlanOptions>();
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the names under test
    expectTypeOf<MonthsWithinPlanOptions>().toEqualTypeOf<PlanOptions>();
    expectTypeOf(overlapsPlan)
      .parameter(1)
      .toEqualTypeOf<Policy['planPeriod'] | PlanOptions | undefined>();
    expectTypeOf(monthsWithinPlan)
      .parameter(1)
      .toEqualTypeOf<Policy['planPeriod'] | PlanOptions | undefined>();
  });

  it('resolves options to a policy and a day', () => {
    expectTypeOf(resolveOptions({}, network)).toEqualTypeOf<ResolvedOptions>();
    expectTypeOf(resolvePolicy({}, network)).toEqualTypeOf<Policy>();
    expectTypeOf<Network>().toExtend<NetworkDefaults>();
    expectTypeOf<ResolvedOptions>().toEqualTypeOf<{
      readonly policy: Policy;
      readonly on: string;
    }>();
  });
});

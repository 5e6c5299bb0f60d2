import { describe, expectTypeOf, it } from 'vitest';
import type { PartnerTier } from '../../src/catalog/institutionTypes.js';
import type { Period } from '../../src/catalog/home.js';
import {
  academicYearOf,
  academicYearsBetween,
  agreementsInForce,
  agreementStatus,
  classifyIntent,
  expiringAgreements,
  monthsWithinPlan,
  overlapsPlan,
  type AgreementStatus,
  type Intent,
} from '../../src/dates/index.js';
import { DEFAULT_RULE_IDS } from '../../src/catalog/rules.js';
import {
  DEFAULT_RULES,
  evaluateEligibility,
  evaluateEligibilityBatch,
  formatRuleResult,
  type RuleResult,
  type Decision,
  type DefaultRuleId,
  type EligibilityReport,
  type EligibilityRule,
  type RuleId,
  type RuleOutcome,
} from '../../src/eligibility/index.js';
import {
  createPolicy,
  DEFAULT_POLICY,
  policyFor,
  type Policy,
  type PolicyOverrides,
} from '../../src/policy/index.js';
import type {
  Agreement,
  Network,
  PartnerId,
  Proposal,
  ProposalId,
} from '../../src/schemas/index.js';

declare const network: Network;
declare const proposal: Proposal;
declare const agreement: Agreement;

describe('policy types', () => {
  it('builds frozen policies from overrides', () => {
    expectTypeOf(createPolicy).parameter(0).toEqualTypeOf<PolicyOverrides | undefined>();
    expectTypeOf(createPolicy({ weights: { C5: 2 } })).toEqualTypeOf<Policy>();
    expectTypeOf(policyFor(network, { saturation: 4 })).toEqualTypeOf<Policy>();
    expectTypeOf(DEFAULT_POLICY.planPeriod).toEqualTypeOf<Period>();
    expectTypeOf(DEFAULT_POLICY.rules).toEqualTypeOf<readonly EligibilityRule[] | undefined>();
    // @ts-expect-error 'E1' is not a cell
    createPolicy({ weights: { E1: 2 } });
    // @ts-expect-error 'XX' is not a country code
    createPolicy({ homeCountry: 'XX' });
    // @ts-expect-error an unknown parameter
    createPolicy({ saturaton: 3 });
  });
});

describe('dates types', () => {
  it('types the statuses, intents and results', () => {
    expectTypeOf(agreementStatus(agreement, { on: '2017-06-30' })).toEqualTypeOf<AgreementStatus>();
    expectTypeOf<AgreementStatus>().toEqualTypeOf<
      'upcoming' | 'active' | 'expiring' | 'expired' | 'terminated' | 'suspended'
    >();
    expectTypeOf(agreementsInForce(network)).toEqualTypeOf<Agreement[]>();
    expectTypeOf(expiringAgreements(network, { expiringWithinDays: 90 })).toEqualTypeOf<
      Agreement[]
    >();
    expectTypeOf(overlapsPlan({ start: '2016-01-01', end: '2016-12-31' })).toEqualTypeOf<boolean>();
    expectTypeOf(
      monthsWithinPlan(proposal.period, { policy: DEFAULT_POLICY }),
    ).toEqualTypeOf<number>();
    expectTypeOf(academicYearOf('2024-10-01', { startMonth: 1 })).toEqualTypeOf<string>();
    expectTypeOf(academicYearsBetween('2024-10-01', '2025-10-01')).toEqualTypeOf<string[]>();
    expectTypeOf(classifyIntent('univ-lyon-example', network)).toEqualTypeOf<Intent>();
    expectTypeOf<Intent>().toEqualTypeOf<'build' | 'renew' | 'strengthen'>();
    // @ts-expect-error an unknown option of agreementStatus
    agreementStatus(agreement, { saturaton: 3 });
    // @ts-expect-error a status needs the agreement's dates
    agreementStatus({ startsOn: '2015-01-01' });
  });
});

describe('eligibility types', () => {
  it('types reports and rules', () => {
    const report = evaluateEligibility(proposal, {
      network,
      on: '2017-06-30',
      expiringWithinDays: 30,
    });
    expectTypeOf(report).toEqualTypeOf<EligibilityReport>();
    expectTypeOf(report.decision).toEqualTypeOf<Decision>();
    expectTypeOf(report.tier).toEqualTypeOf<PartnerTier | null>();
    expectTypeOf(report.intent).toEqualTypeOf<Intent>();
    expectTypeOf(report.proposalId).toEqualTypeOf<ProposalId>();
    expectTypeOf(report.partnerId).toEqualTypeOf<PartnerId>();
    expectTypeOf(evaluateEligibilityBatch([proposal], { network })).toEqualTypeOf<
      EligibilityReport[]
    >();
    expectTypeOf(DEFAULT_RULES[0]!.id).toEqualTypeOf<DefaultRuleId>();
    expectTypeOf<DefaultRuleId>().toExtend<RuleId>();
    expectTypeOf<'my-rule'>().toExtend<RuleId>();
    expectTypeOf<EligibilityRule['evaluate']>().returns.toEqualTypeOf<RuleOutcome>();
    const bad: EligibilityRule = {
      id: 'x',
      // @ts-expect-error 'fatal' is not a severity
      severity: 'fatal',
      description: 'x',
      evaluate: () => ({ outcome: 'pass', message: '' }),
    };
    expectTypeOf(bad).toEqualTypeOf<EligibilityRule>();
    // @ts-expect-error 'maybe' is not an outcome
    const wrong: RuleOutcome = { outcome: 'maybe', message: '' };
    expectTypeOf(wrong).toEqualTypeOf<RuleOutcome>();
  });
});

describe('eligibility in two languages', () => {
  it('types the locale option, params and formatRuleResult', () => {
    evaluateEligibility(proposal, { network, locale: 'fr' });
    evaluateEligibilityBatch([proposal], { network, locale: 'en' });
    // @ts-expect-error 'de' is not a locale of the library
    evaluateEligibility(proposal, { locale: 'de' });
    // @ts-expect-error 'de' is not a locale of the library
    formatRuleResult(evaluateEligibility(proposal).results[0]!, { locale: 'de' });
    expectTypeOf<RuleResult['params']>().toEqualTypeOf<
      Readonly<Record<string, unknown>> | undefined
    >();
    expectTypeOf(formatRuleResult).returns.toEqualTypeOf<string>();
    expectTypeOf(formatRuleResult).parameter(0).toEqualTypeOf<RuleResult>();
    expectTypeOf<(typeof DEFAULT_RULES)[number]['id']>().toEqualTypeOf<
      (typeof DEFAULT_RULE_IDS)[number]
    >();
  });
});

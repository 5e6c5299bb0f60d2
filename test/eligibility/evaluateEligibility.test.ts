import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_RULES,
  evaluateEligibility,
  evaluateEligibilityBatch,
  type EligibilityReport,
  type EligibilityRule,
  type Outcome,
  type RuleContext,
  type RuleSeverity,
} from '../../src/eligibility/index.js';
import { decide } from '../../src/eligibility/_engine.js';
import { createPolicy } from '../../src/policy/index.js';
import type { Network } from '../../src/schemas/network.js';
import { parseNetwork } from '../../src/schemas/parse.js';
import {
  agreementInput,
  lyonInput,
  network,
  networkInput,
  ngoInput,
  proposal,
  proposalInput,
  shuffled,
  statusAgreements,
} from './_fixtures.js';

afterEach(() => {
  vi.useRealTimers();
});

const lyonNetwork = network();

const outcomes = (report: EligibilityReport): Record<string, Outcome> =>
  Object.fromEntries(report.results.map((result) => [result.rule, result.outcome]));

function rule(
  id: string,
  severity: RuleSeverity,
  evaluate: EligibilityRule['evaluate'],
): EligibilityRule {
  return { id, severity, description: `Custom rule ${id}.`, evaluate };
}

const passing = rule('always-passes', 'blocking', () => ({ outcome: 'pass', message: 'Fine.' }));

describe('evaluateEligibility: decisions', () => {
  it('is eligible when no blocking or fixable rule fails, with the tier of the partner', () => {
    const report = evaluateEligibility(proposal(), { network: lyonNetwork });
    expect(report).toMatchObject({
      proposalId: 'eoi-2016-07',
      partnerId: 'univ-lyon-example',
      decision: 'eligible',
      tier: 'key',
      intent: 'strengthen',
    });
    expect(report.results).toHaveLength(DEFAULT_RULES.length);
    expect(report.results.every((result) => result.outcome === 'pass')).toBe(true);
  });

  it('stays eligible with warnings and advisory outcomes', () => {
    const report = evaluateEligibility(proposal({ strategies: [1, 4] }), { network: lyonNetwork });
    expect(outcomes(report)['strategy-alignment']).toBe('warn');
    expect(report.decision).toBe('eligible');
  });

  it('is conditional when a fixable rule fails, keeping the tier', () => {
    // The NGO names no focal point (fixable fail) and no health field (associate: warn).
    const report = evaluateEligibility(proposal({ partner: 'ngo-geneva-example' }), {
      network: lyonNetwork,
    });
    expect(outcomes(report)).toMatchObject({ 'focal-point': 'fail', 'health-sciences': 'warn' });
    expect(report).toMatchObject({ decision: 'conditional', tier: 'associate', intent: 'build' });
  });

  it('is ineligible when a blocking rule fails, with tier null', () => {
    const report = evaluateEligibility(
      proposal({
        scope: ['B3'],
        commitments: [
          { kind: 'mobility', area: 'C', activity: 2, direction: 'incoming', perYear: 1 },
        ],
      }),
      {
        network: lyonNetwork,
      },
    );
    expect(outcomes(report)['commitments-in-scope']).toBe('fail');
    expect(report).toMatchObject({ decision: 'ineligible', tier: null });
  });

  it('is ineligible for an unknown partner: a clear blocking result, not an exception', () => {
    const report = evaluateEligibility(proposal({ partner: 'univ-nowhere' }), {
      network: lyonNetwork,
    });
    expect(report).toMatchObject({
      partnerId: 'univ-nowhere',
      decision: 'ineligible',
      tier: null,
      intent: 'build',
    });
    expect(outcomes(report)).toMatchObject({
      'partner-known': 'fail',
      international: 'not-applicable',
      'institution-type': 'not-applicable',
      'health-sciences': 'not-applicable',
      'focal-point': 'not-applicable',
    });
  });

  it('gives tier null when the partner cannot be resolved even if nothing blocks', () => {
    const policy = createPolicy({ rules: DEFAULT_RULES.filter((r) => r.id !== 'partner-known') });
    const report = evaluateEligibility(proposal({ partner: 'univ-nowhere' }), {
      network: lyonNetwork,
      policy,
    });
    expect(report).toMatchObject({ decision: 'eligible', tier: null });
  });

  it('ineligible wins over conditional', () => {
    const report = evaluateEligibility(proposal({ partner: { ...ngoInput, country: 'KH' } }), {
      network: lyonNetwork,
    });
    expect(outcomes(report)).toMatchObject({ international: 'fail', 'focal-point': 'fail' });
    expect(report.decision).toBe('ineligible');
  });
});

describe('evaluateEligibility: intent and network', () => {
  it('is build without a network, and then a named partner is unknown', () => {
    const report = evaluateEligibility(proposal(), { on: '2017-06-30' });
    expect(report.intent).toBe('build');
    expect(report.decision).toBe('ineligible');
    expect(
      evaluateEligibility(proposal({ partner: lyonInput }), { on: '2017-06-30' }),
    ).toMatchObject({
      intent: 'build',
      decision: 'eligible',
      tier: 'key',
    });
  });

  it('classifies the intent from the partner’s agreements on the day', () => {
    expect(evaluateEligibility(proposal(), { network: lyonNetwork }).intent).toBe('strengthen');
    // On 2019-07-04 Lyon's agreements in force all end within 180 days.
    expect(evaluateEligibility(proposal(), { network: lyonNetwork, on: '2019-07-04' }).intent).toBe(
      'renew',
    );
    expect(evaluateEligibility(proposal(), { network: lyonNetwork, on: '2019-07-03' }).intent).toBe(
      'strengthen',
    );
    expect(
      evaluateEligibility(proposal(), {
        network: lyonNetwork,
        on: '2019-07-03',
        renewalWindowDays: 181,
      }).intent,
    ).toBe('renew');
    // An inline partner with the id of a network partner is that partner.
    expect(
      evaluateEligibility(proposal({ partner: lyonInput }), { network: lyonNetwork }).intent,
    ).toBe('strengthen');
  });

  it("takes on from the options, else the network's asOf, else today's local date", () => {
    const seen: string[] = [];
    const spy = rule('spy', 'advisory', (ctx) => {
      seen.push(ctx.on);
      return { outcome: 'pass', message: ctx.on };
    });
    const policy = createPolicy({ rules: [spy] });
    evaluateEligibility(proposal(), { network: lyonNetwork, policy, on: '2016-02-29' });
    evaluateEligibility(proposal(), { network: lyonNetwork, policy });
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2018, 0, 2, 0, 15));
    evaluateEligibility(proposal(), { policy });
    evaluateEligibilityBatch([proposal()], {
      network: parseNetwork(networkInput({ asOf: undefined })),
      policy,
    });
    expect(seen).toEqual(['2016-02-29', '2017-06-30', '2018-01-02', '2018-01-02']);
  });

  it('uses policyFor(network) by default, and direct parameters over the policy', () => {
    const later = proposal({ period: { start: '2019-01-01', end: '2020-12-31' } });
    const nextPlan = network({ plan: { start: '2019-01-01', end: '2023-12-31' } });
    expect(evaluateEligibility(later, { network: nextPlan }).decision).toBe('eligible');
    expect(evaluateEligibility(later, { network: lyonNetwork }).decision).toBe('ineligible');
    expect(
      evaluateEligibility(later, {
        network: nextPlan,
        planPeriod: { start: '2014-01-01', end: '2018-12-31' },
      }).decision,
    ).toBe('ineligible');
  });

  it('rejects a bad on or a bad parameter', () => {
    expect(() => evaluateEligibility(proposal(), { on: '2017-02-29' })).toThrow(RangeError);
    expect(() => evaluateEligibilityBatch([proposal()], { on: 'yesterday' })).toThrow(/\bon\b/);
    expect(() => evaluateEligibility(proposal(), { saturation: 0 })).toThrow(RangeError);
  });
});

describe('evaluateEligibility: custom rules', () => {
  it('runs the policy’s rules in place of the defaults, in order: drop, replace, add', () => {
    const funding = rule('funding-declared', 'fixable', ({ proposal: p }) =>
      p.funding
        ? { outcome: 'pass', message: 'Funding declared.' }
        : { outcome: 'fail', message: 'No funding.', path: ['funding'] },
    );
    const lenientFocal = rule('focal-point', 'advisory', () => ({
      outcome: 'warn',
      message: 'No focal point yet.',
    }));
    const rules = [
      ...DEFAULT_RULES.filter((r) => r.id !== 'duplicate-proposal').map((r) =>
        r.id === 'focal-point' ? lenientFocal : r,
      ),
      funding,
    ];
    const report = evaluateEligibility(proposal({ partner: 'ngo-geneva-example' }), {
      network: lyonNetwork,
      policy: createPolicy({ rules }),
    });
    expect(report.results.map((result) => result.rule)).toEqual(rules.map((r) => r.id));
    expect(report.results.at(-1)).toEqual({
      rule: 'funding-declared',
      outcome: 'fail',
      severity: 'fixable',
      message: 'No funding.',
      path: ['funding'],
    });
    expect(outcomes(report)['focal-point']).toBe('warn');
    expect(report.decision).toBe('conditional');
  });

  it('accepts rules given directly in the options', () => {
    const report = evaluateEligibility(proposal(), { network: lyonNetwork, rules: [passing] });
    expect(report.results.map((result) => result.rule)).toEqual(['always-passes']);
  });

  it('gives rules the context: partner, network, policy, day, intent, the partner’s agreements and other proposals', () => {
    let seen: RuleContext | undefined;
    const probe = rule('probe', 'advisory', (ctx) => {
      seen = ctx;
      return { outcome: 'pass', message: 'seen' };
    });
    const withOthers = network({
      proposals: [
        proposalInput(),
        proposalInput({ id: 'eoi-other' }),
        proposalInput({ id: 'eoi-osaka', partner: 'inst-osaka-example' }),
      ],
    });
    const policy = createPolicy({ rules: [probe] });
    const subject = proposal();
    evaluateEligibility(subject, { network: withOthers, policy });
    expect(seen?.proposal).toBe(subject);
    expect(seen?.partnerId).toBe('univ-lyon-example');
    expect(seen?.partner).toBe(withOthers.partners[0]);
    expect(seen?.network).toBe(withOthers);
    expect(seen?.policy).toBe(policy);
    expect(seen?.on).toBe('2017-06-30');
    expect(seen?.intent).toBe('strengthen');
    expect(seen?.partnerAgreements.map((a) => a.id)).toEqual([
      'a-active',
      'a-expiring',
      'a-expired',
      'a-terminated',
    ]);
    expect(seen?.otherProposals.map((p) => p.id)).toEqual(['eoi-other']);
    expect(Object.isFrozen(seen)).toBe(true);
    const batchSeen: RuleContext[] = [];
    const batchProbe = rule('probe', 'advisory', (ctx) => {
      batchSeen.push(ctx);
      return { outcome: 'pass', message: 'seen' };
    });
    evaluateEligibilityBatch([subject], { network: withOthers, rules: [batchProbe] });
    expect(batchSeen[0]?.partnerAgreements.map((a) => a.id)).toEqual([
      'a-active',
      'a-expiring',
      'a-expired',
      'a-terminated',
    ]);
    expect(batchSeen[0]?.otherProposals.map((p) => p.id)).toEqual(['eoi-other']);
  });

  it('turns a rule that throws into a fail naming the rule, without crashing', () => {
    const throwing = rule('throws', 'fixable', () => {
      throw new Error('boom');
    });
    const throwsString = rule('throws-string', 'advisory', () => {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- a rule may throw anything
      throw 'plain';
    });
    const report = evaluateEligibility(proposal(), {
      network: lyonNetwork,
      rules: [passing, throwing, throwsString],
    });
    expect(report.results).toEqual([
      { rule: 'always-passes', outcome: 'pass', severity: 'blocking', message: 'Fine.' },
      {
        rule: 'throws',
        outcome: 'fail',
        severity: 'fixable',
        message: 'Rule "throws" failed with an error: boom',
        params: { rule: 'throws', error: 'boom' },
      },
      {
        rule: 'throws-string',
        outcome: 'fail',
        severity: 'advisory',
        message: 'Rule "throws-string" failed with an error: plain',
        params: { rule: 'throws-string', error: 'plain' },
      },
    ]);
    expect(report.decision).toBe('conditional');
  });

  it('turns an invalid result into a fail naming the rule', () => {
    const invalid = [
      rule('returns-nothing', 'blocking', () => undefined as never),
      rule('returns-maybe', 'blocking', () => ({ outcome: 'maybe', message: 'x' }) as never),
      rule('returns-no-message', 'blocking', () => ({ outcome: 'pass' }) as never),
    ];
    const report = evaluateEligibility(proposal(), { network: lyonNetwork, rules: invalid });
    for (const result of report.results) {
      expect(result.outcome).toBe('fail');
      expect(result.message).toBe(
        `Rule "${result.rule}" returned an invalid result (expected { outcome, message, path? }).`,
      );
    }
    expect(report.decision).toBe('ineligible');
  });

  it('turns a null result, and an error that cannot even be displayed, into a fail', () => {
    const returnsNull = rule('returns-null', 'fixable', () => null as never);
    const throwsBare = rule('throws-bare', 'fixable', () => {
      // An object without a prototype: String() of it throws in its turn.
      throw Object.create(null) as Error;
    });
    const report = evaluateEligibility(proposal(), {
      network: lyonNetwork,
      rules: [returnsNull, throwsBare],
    });
    expect(report.results).toEqual([
      {
        rule: 'returns-null',
        outcome: 'fail',
        severity: 'fixable',
        message:
          'Rule "returns-null" returned an invalid result (expected { outcome, message, path? }).',
        params: { rule: 'returns-null' },
      },
      {
        rule: 'throws-bare',
        outcome: 'fail',
        severity: 'fixable',
        message: 'Rule "throws-bare" failed with an error: an error that cannot be displayed',
        params: { rule: 'throws-bare', error: null },
      },
    ]);
  });

  it('keeps only the string and number keys of a path, and adds no path when there is none', () => {
    const messy = rule('messy-path', 'advisory', () => ({
      outcome: 'warn',
      message: 'x',
      path: ['commitments', {}, 0, null, true] as never,
    }));
    const [messyResult, passResult] = evaluateEligibility(proposal(), {
      rules: [messy, passing],
    }).results;
    expect(messyResult?.path).toEqual(['commitments', 0]);
    expect(passResult).toStrictEqual({
      rule: 'always-passes',
      outcome: 'pass',
      severity: 'blocking',
      message: 'Fine.',
    });
  });

  it('gives a rule no agreements and no other proposals without a network', () => {
    const seen: RuleContext[] = [];
    const probe = rule('probe', 'advisory', (ctx) => {
      seen.push(ctx);
      return { outcome: 'pass', message: 'seen' };
    });
    evaluateEligibility(proposal(), { rules: [probe] });
    evaluateEligibilityBatch([proposal()], { rules: [probe] });
    for (const ctx of seen) {
      expect(ctx.network).toBeUndefined();
      expect(ctx.partnerAgreements).toEqual([]);
      expect(ctx.otherProposals).toEqual([]);
      expect(ctx.intent).toBe('build');
    }
    expect(seen).toHaveLength(2);
  });

  it('copies the path a rule returns', () => {
    const path = ['commitments', 0];
    const withPath = rule('with-path', 'advisory', () => ({ outcome: 'warn', message: 'x', path }));
    const result = evaluateEligibility(proposal(), { rules: [withPath] }).results[0];
    expect(result?.path).toEqual(['commitments', 0]);
    expect(result?.path).not.toBe(path);
  });
});

describe('evaluateEligibilityBatch', () => {
  const proposals = [
    proposal(),
    proposal({ id: 'eoi-ngo', partner: 'ngo-geneva-example' }),
    proposal({ id: 'eoi-unknown', partner: 'univ-nowhere' }),
    proposal({ id: 'eoi-inline', partner: { ...lyonInput, id: 'univ-new-example' } }),
    proposal({
      id: 'eoi-osaka',
      partner: 'inst-osaka-example',
      period: { start: '2019-01-01', end: '2019-12-31' },
    }),
  ];

  it('gives, in order, the report evaluateEligibility gives for each', () => {
    const batch = evaluateEligibilityBatch(proposals, { network: lyonNetwork });
    expect(batch).toEqual(proposals.map((p) => evaluateEligibility(p, { network: lyonNetwork })));
    expect(
      batch.map((report) => [report.proposalId, report.decision, report.tier, report.intent]),
    ).toEqual([
      ['eoi-2016-07', 'eligible', 'key', 'strengthen'],
      ['eoi-ngo', 'conditional', 'associate', 'build'],
      ['eoi-unknown', 'ineligible', null, 'build'],
      ['eoi-inline', 'eligible', 'key', 'build'],
      ['eoi-osaka', 'ineligible', null, 'strengthen'],
    ]);
  });

  it('evaluates against a network that has no proposals', () => {
    const { proposals: _omitted, ...withoutProposals } = networkInput();
    const bare = parseNetwork(withoutProposals);
    expect(bare.proposals).toBeUndefined();
    const single = evaluateEligibility(proposals[0]!, { network: bare });
    expect(outcomes(single)['duplicate-proposal']).toBe('pass');
    expect(evaluateEligibilityBatch(proposals, { network: bare })).toEqual(
      proposals.map((p) => evaluateEligibility(p, { network: bare })),
    );
  });

  it('resolves a repeated partner id as evaluateEligibility does: the first partner wins', () => {
    // Parsing rejects repeated ids; a Network value built in code can still hold them.
    const first = lyonNetwork.partners[0]!;
    const repeated: Network = {
      ...lyonNetwork,
      partners: [...lyonNetwork.partners, { ...first, type: 'ngo' }],
    };
    const [report] = evaluateEligibilityBatch([proposals[0]!], { network: repeated });
    expect(report).toEqual(evaluateEligibility(proposals[0]!, { network: repeated }));
    expect(report?.tier).toBe('key');
  });

  it('needs no options: without a network, a proposal carrying its partner is judged alone', () => {
    const carried = proposals[3]!;
    const alone = evaluateEligibility(carried);
    expect(alone.intent).toBe('build');
    expect(outcomes(alone)['partner-known']).toBe('pass');
    expect(evaluateEligibilityBatch([carried])).toEqual([alone]);
  });

  it('evaluates without a network too, and an empty batch', () => {
    expect(evaluateEligibilityBatch(proposals, { on: '2017-06-30' })).toEqual(
      proposals.map((p) => evaluateEligibility(p, { on: '2017-06-30' })),
    );
    expect(evaluateEligibilityBatch([], { network: lyonNetwork })).toEqual([]);
  });

  it('reads each agreement and proposal of the network a bounded number of times, whatever the batch size', () => {
    const size = 2000;
    const partners = Array.from({ length: size }, (_, i) => ({ ...lyonInput, id: `p-${i}` }));
    const agreements = partners.map((p, i) => agreementInput({ id: `a-${i}`, partnerIds: [p.id] }));
    const many = Array.from({ length: size }, (_, i) =>
      proposalInput({ id: `e-${i}`, partner: `p-${i}` }),
    );
    const big = parseNetwork({
      schemaVersion: 1,
      asOf: '2017-06-30',
      partners,
      agreements,
      proposals: many,
    });
    let reads = 0;
    const counted = (list: readonly unknown[]) =>
      new Proxy(list, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads += 1;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
    const watched = {
      ...big,
      partners: counted(big.partners),
      agreements: counted(big.agreements),
      proposals: counted(big.proposals ?? []),
    } as Network;
    const reports = evaluateEligibilityBatch(big.proposals ?? [], { network: watched });
    expect(reports).toHaveLength(size);
    expect(
      reports.every((report) => report.decision === 'eligible' && report.intent === 'strengthen'),
    ).toBe(true);
    // One pass to index each list (a scan per proposal would read size × size = 4,000,000).
    expect(reads).toBeLessThanOrEqual(3 * size * 2);
  });
});

describe('immutability', () => {
  it('changes neither the proposal, nor the network, nor the policy', () => {
    const subject = proposal({ partner: ngoInput });
    const before = structuredClone({ subject, lyonNetwork });
    const policy = createPolicy({ rules: [...DEFAULT_RULES] });
    evaluateEligibility(subject, { network: lyonNetwork, policy });
    evaluateEligibilityBatch([subject, ...(lyonNetwork.proposals ?? [])], {
      network: lyonNetwork,
      policy,
    });
    expect({ subject, lyonNetwork }).toEqual(before);
    expect(Object.isFrozen(policy)).toBe(true);
  });

  it('evaluates frozen inputs', () => {
    const frozenNetwork = structuredClone(lyonNetwork);
    const freeze = (value: unknown): void => {
      if (typeof value === 'object' && value !== null) {
        Object.freeze(value);
        Object.values(value).forEach(freeze);
      }
    };
    freeze(frozenNetwork);
    expect(
      evaluateEligibilityBatch(frozenNetwork.proposals ?? [], { network: frozenNetwork })[0]
        ?.decision,
    ).toBe('eligible');
  });
});

describe('properties', () => {
  const outcome = fc.constantFrom<Outcome>('pass', 'fail', 'warn', 'not-applicable');
  const severity = fc.constantFrom<RuleSeverity>('blocking', 'fixable', 'advisory');
  const results = fc.array(fc.record({ outcome, severity }), { maxLength: 15 });

  it('the decision is a function of the results alone, as SPEC §7 states it', () => {
    fc.assert(
      fc.property(results, (list) => {
        const fails = list.filter((r) => r.outcome === 'fail');
        const expected = fails.some((r) => r.severity === 'blocking')
          ? 'ineligible'
          : fails.some((r) => r.severity === 'fixable')
            ? 'conditional'
            : 'eligible';
        expect(decide(list)).toBe(expected);
        // The engine decides the same from rules that return these outcomes.
        const rules = list.map((r, i) =>
          rule(`r${i}`, r.severity, () => ({ outcome: r.outcome, message: 'm' })),
        );
        expect(evaluateEligibility(proposal(), { rules }).decision).toBe(expected);
      }),
    );
  });

  it('adding a passing rule anywhere never changes the decision', () => {
    fc.assert(
      fc.property(results, fc.nat(), severity, (list, at, extraSeverity) => {
        const rules = list.map((r, i) =>
          rule(`r${i}`, r.severity, () => ({ outcome: r.outcome, message: 'm' })),
        );
        const extra = rule('extra', extraSeverity, () => ({ outcome: 'pass', message: 'ok' }));
        const position = at % (rules.length + 1);
        const more = [...rules.slice(0, position), extra, ...rules.slice(position)];
        expect(evaluateEligibility(proposal(), { rules: more }).decision).toBe(
          evaluateEligibility(proposal(), { rules }).decision,
        );
      }),
    );
  });

  it('does not depend on the order of agreements, partners or proposals in the network', () => {
    const input = networkInput({
      proposals: [
        proposalInput(),
        proposalInput({ id: 'eoi-2', scope: ['B4'], commitments: [] }),
        proposalInput({ id: 'eoi-3', partner: 'ngo-geneva-example' }),
        proposalInput({ id: 'eoi-4', partner: 'inst-osaka-example' }),
      ],
    });
    const reference = parseNetwork(input);
    const day = fc
      .integer({ min: 0, max: 2500 })
      .map((n) => new Date(Date.UTC(2013, 0, 1 + n)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 6, maxLength: 6 }), day, (order, on) => {
        const reordered = parseNetwork({
          ...input,
          agreements: shuffled(statusAgreements, order),
          partners: shuffled(input.partners as unknown[], order),
          proposals: shuffled(input.proposals as unknown[], order.slice(1)),
        });
        const byId = (reports: EligibilityReport[]) =>
          Object.fromEntries(reports.map((report) => [report.proposalId, report]));
        expect(
          byId(evaluateEligibilityBatch(reordered.proposals ?? [], { network: reordered, on })),
        ).toEqual(
          byId(evaluateEligibilityBatch(reference.proposals ?? [], { network: reference, on })),
        );
      }),
      { numRuns: 100 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_ALIGNMENT } from '../../src/catalog/alignment.js';
import {
  DEFAULT_RULES,
  evaluateEligibility,
  type EvaluateEligibilityOptions,
  type RuleContext,
  type RuleId,
  type RuleResult,
} from '../../src/eligibility/index.js';
import { createPolicy } from '../../src/policy/index.js';
import type { Proposal } from '../../src/schemas/proposal.js';
import { lyonInput, network, ngoInput, proposal, proposalInput } from './_fixtures.js';
import { UHS_PAGE } from './_source.js';

const lyonNetwork = network();

/** The result of one rule. */
function resultOf(
  rule: RuleId,
  subject: Proposal,
  options: EvaluateEligibilityOptions = { network: lyonNetwork },
): RuleResult {
  const found = evaluateEligibility(subject, options).results.find(
    (result) => result.rule === rule,
  );
  if (!found) throw new Error(`no result for ${rule}`);
  return found;
}

/** The proposal from Lyon with an inline partner changed by `changes`. */
function inline(
  changes: Record<string, unknown> = {},
  proposalChanges: Record<string, unknown> = {},
): Proposal {
  return proposal({ partner: { ...lyonInput, ...changes }, ...proposalChanges });
}

describe('DEFAULT_RULES', () => {
  it('is exactly the table of SPEC §7, in order', () => {
    expect(DEFAULT_RULES.map((rule) => [rule.id, rule.severity])).toEqual([
      ['partner-known', 'blocking'],
      ['international', 'blocking'],
      ['institution-type', 'advisory'],
      ['health-sciences', 'fixable'],
      ['scope', 'blocking'],
      ['plan-period', 'blocking'],
      ['strategy-alignment', 'blocking'],
      ['teaching-language', 'fixable'],
      ['focal-point', 'fixable'],
      ['commitments-in-scope', 'blocking'],
      ['duplicate-proposal', 'advisory'],
    ]);
  });

  it('holds small frozen data objects with a description and a one-line rationale quoting the plan', () => {
    expect(Object.isFrozen(DEFAULT_RULES)).toBe(true);
    for (const rule of DEFAULT_RULES) {
      expect(Object.isFrozen(rule), rule.id).toBe(true);
      expect(Object.keys(rule).sort()).toEqual([
        'description',
        'evaluate',
        'id',
        'rationale',
        'severity',
      ]);
      expect(rule.description.length, rule.id).toBeGreaterThan(10);
      expect(rule.rationale, rule.id).toMatch(/"[^"]+"/);
      expect(rule.rationale, rule.id).not.toMatch(/\n/);
    }
  });

  it('quotes the UHS page word for word in every rationale', () => {
    const page = UHS_PAGE.replace(/\s+/g, ' ').toLowerCase();
    for (const rule of DEFAULT_RULES) {
      const quotes = [...(rule.rationale ?? '').matchAll(/"([^"]+)"/g)].map(
        (match) => match[1] ?? '',
      );
      expect(quotes.length, rule.id).toBeGreaterThan(0);
      for (const quote of quotes)
        expect(page, `${rule.id}: ${quote}`).toContain(quote.toLowerCase());
    }
  });

  it('returns outcomes with a path only when there is one, so rules can be wrapped as they are', () => {
    let ctx: RuleContext | undefined;
    const probe = {
      id: 'probe',
      severity: 'advisory',
      description: 'Captures the context.',
      evaluate: (seen: RuleContext) => {
        ctx = seen;
        return { outcome: 'pass', message: 'seen' } as const;
      },
    } as const;
    evaluateEligibility(proposal({ scope: [] }), { network: lyonNetwork, rules: [probe] });
    const scopeRule = DEFAULT_RULES.find((rule) => rule.id === 'scope')!;
    const planRule = DEFAULT_RULES.find((rule) => rule.id === 'plan-period')!;
    expect(scopeRule.evaluate(ctx!)).toStrictEqual({
      outcome: 'fail',
      message:
        'The proposal has no cell in its scope: name at least one priority area × activity cell, such as "C5" (joint research projects).',
      path: ['scope'],
      params: {},
    });
    expect(planRule.evaluate(ctx!)).toStrictEqual({
      outcome: 'pass',
      message:
        'The period 2016-09-01 … 2019-08-31 overlaps the plan period 2014-01-01 … 2018-12-31.',
      params: {
        start: '2016-09-01',
        end: '2019-08-31',
        planStart: '2014-01-01',
        planEnd: '2018-12-31',
      },
    });
  });

  it('gives every result of a default rule the severity of its rule', () => {
    const report = evaluateEligibility(proposal(), { network: lyonNetwork });
    expect(report.results.map((result) => [result.rule, result.severity])).toEqual(
      DEFAULT_RULES.map((rule) => [rule.id, rule.severity]),
    );
  });
});

describe('partner-known (blocking)', () => {
  it('passes when the proposal carries its partner, with or without a network', () => {
    expect(resultOf('partner-known', inline(), {}).outcome).toBe('pass');
    expect(resultOf('partner-known', inline()).message).toBe(
      'The proposal carries its partner, Example University of Lyon ("univ-lyon-example").',
    );
  });
  it('passes when it names a partner of the network', () => {
    expect(resultOf('partner-known', proposal())).toEqual({
      rule: 'partner-known',
      outcome: 'pass',
      severity: 'blocking',
      message: 'Partner "univ-lyon-example" is in the network (Example University of Lyon).',
      params: {
        partnerId: 'univ-lyon-example',
        partnerName: 'Example University of Lyon',
        inline: false,
      },
    });
  });
  it('fails when it names an id the network does not have', () => {
    expect(resultOf('partner-known', proposal({ partner: 'univ-nowhere' }))).toEqual({
      rule: 'partner-known',
      outcome: 'fail',
      severity: 'blocking',
      message:
        'Partner "univ-nowhere" is not in the network: a proposal from an institution not yet in the network carries its partner inline.',
      path: ['partner'],
      params: { partnerId: 'univ-nowhere', network: true },
    });
  });
  it('fails when it names an id and there is no network', () => {
    const result = resultOf('partner-known', proposal(), {});
    expect(result.outcome).toBe('fail');
    expect(result.path).toEqual(['partner']);
    expect(result.message).toMatch(/no network was given/);
  });
});

describe('international (blocking)', () => {
  it('passes for a partner abroad', () => {
    expect(resultOf('international', proposal())).toMatchObject({
      outcome: 'pass',
      message: 'Example University of Lyon is in FR, abroad (home country KH).',
    });
  });
  it('fails for a partner in the home country, with the path of its country when inline', () => {
    expect(resultOf('international', inline({ country: 'KH' }))).toEqual({
      rule: 'international',
      outcome: 'fail',
      severity: 'blocking',
      message:
        'Example University of Lyon is in KH, the home country: the network is for institutions abroad.',
      path: ['partner', 'country'],
      params: { partnerName: 'Example University of Lyon', country: 'KH', homeCountry: 'KH' },
    });
  });
  it('reads the home country from the policy (and from the network’s home)', () => {
    expect(
      resultOf('international', proposal(), { network: lyonNetwork, homeCountry: 'FR' }),
    ).toMatchObject({
      outcome: 'fail',
    });
    const french = network({
      home: { name: 'Example Home', country: 'DE' },
      partners: [lyonInput],
      agreements: [],
    });
    expect(resultOf('international', proposal(), { network: french }).outcome).toBe('pass');
    expect(resultOf('international', inline({ country: 'DE' }), { network: french }).outcome).toBe(
      'fail',
    );
  });
  it('is not applicable when the partner cannot be resolved', () => {
    expect(resultOf('international', proposal({ partner: 'univ-nowhere' }))).toMatchObject({
      outcome: 'not-applicable',
      message: 'The partner cannot be resolved, so its country cannot be checked.',
    });
  });
});

describe('institution-type (advisory)', () => {
  it('passes and names the type and the tier it earns', () => {
    expect(resultOf('institution-type', proposal())).toMatchObject({
      outcome: 'pass',
      message: 'Example University of Lyon is of type "university", which earns the key tier.',
    });
    expect(resultOf('institution-type', proposal({ partner: ngoInput })).message).toBe(
      'Example Health NGO is of type "ngo", which earns the associate tier.',
    );
  });
  it('is not applicable when the partner cannot be resolved', () => {
    expect(resultOf('institution-type', proposal({ partner: 'univ-nowhere' })).outcome).toBe(
      'not-applicable',
    );
  });

  it('earns no tier for a type outside INSTITUTION_TYPES (a proposal built in code)', () => {
    const parsed = inline();
    const castle = { ...parsed, partner: { ...(parsed.partner as object), type: 'castle' } };
    const report = evaluateEligibility(castle as Proposal, { network: lyonNetwork });
    expect(report.results.find((result) => result.rule === 'institution-type')).toMatchObject({
      outcome: 'pass',
      message:
        'Example University of Lyon is of type "castle", which is not a known institution type: it earns no tier.',
    });
    expect(report.tier).toBeNull();
  });
});

describe('health-sciences (fixable)', () => {
  it('passes for a partner with a health field, listing them', () => {
    expect(resultOf('health-sciences', proposal())).toMatchObject({
      outcome: 'pass',
      message:
        'Example University of Lyon works in health and welfare fields (ISCED-F 2013): 0912, 0913.',
    });
    expect(
      resultOf('health-sciences', proposal({ partner: { ...ngoInput, fields: ['0410', '0923'] } }))
        .outcome,
    ).toBe('pass');
  });
  it('fails for a key-tier partner without one', () => {
    expect(resultOf('health-sciences', inline({ fields: ['0410'] }))).toMatchObject({
      outcome: 'fail',
      severity: 'fixable',
      path: ['partner', 'fields'],
    });
    expect(resultOf('health-sciences', inline({ fields: [] })).message).toMatch(
      /a key partner works in the health sciences/,
    );
  });
  it('warns for an associate without one', () => {
    expect(resultOf('health-sciences', proposal({ partner: 'ngo-geneva-example' }))).toEqual({
      rule: 'health-sciences',
      outcome: 'warn',
      severity: 'fixable',
      message:
        'Example Health NGO declares no health and welfare field (ISCED-F 2013 broad field 09, such as 0912 Medicine); for an associate partner this is a warning only.',
      params: { partnerName: 'Example Health NGO' },
    });
  });
  it('is not applicable when the partner cannot be resolved', () => {
    expect(resultOf('health-sciences', proposal({ partner: 'univ-nowhere' })).outcome).toBe(
      'not-applicable',
    );
  });
});

describe('scope (blocking)', () => {
  it('passes with at least one cell, listed in CELLS order', () => {
    expect(resultOf('scope', proposal({ scope: ['C5', 'B3', 'B4'] }))).toMatchObject({
      outcome: 'pass',
      message: 'The scope has 3 cells: B3, B4, C5.',
    });
  });
  it('fails for an empty scope', () => {
    expect(resultOf('scope', proposal({ scope: [], commitments: [] }))).toMatchObject({
      outcome: 'fail',
      path: ['scope'],
    });
  });
});

describe('plan-period (blocking)', () => {
  it('passes when the period overlaps the plan, by a single day', () => {
    expect(
      resultOf('plan-period', proposal({ period: { start: '2018-12-31', end: '2020-12-31' } })),
    ).toMatchObject({
      outcome: 'pass',
      message:
        'The period 2018-12-31 … 2020-12-31 overlaps the plan period 2014-01-01 … 2018-12-31.',
    });
  });
  it('fails when the period starts after the plan', () => {
    expect(
      resultOf('plan-period', proposal({ period: { start: '2019-01-01', end: '2020-12-31' } })),
    ).toEqual({
      rule: 'plan-period',
      outcome: 'fail',
      severity: 'blocking',
      message:
        'The period 2019-01-01 … 2020-12-31 lies outside the plan period 2014-01-01 … 2018-12-31.',
      path: ['period'],
      params: {
        start: '2019-01-01',
        end: '2020-12-31',
        planStart: '2014-01-01',
        planEnd: '2018-12-31',
      },
    });
  });
  it('reads the plan from the policy, the network or the options', () => {
    const later = proposal({ period: { start: '2019-01-01', end: '2020-12-31' } });
    const nextPlan = { start: '2019-01-01', end: '2023-12-31' };
    expect(
      resultOf('plan-period', later, { network: lyonNetwork, planPeriod: nextPlan }).outcome,
    ).toBe('pass');
    expect(
      resultOf('plan-period', later, { policy: createPolicy({ planPeriod: nextPlan }) }).outcome,
    ).toBe('pass');
    expect(resultOf('plan-period', later, { network: network({ plan: nextPlan }) }).outcome).toBe(
      'pass',
    );
  });
});

describe('strategy-alignment (blocking)', () => {
  it('passes and names the strategies the scope serves', () => {
    expect(
      resultOf(
        'strategy-alignment',
        proposal({ scope: ['A1', 'C5'], commitments: [], strategies: [1, 3] }),
      ),
    ).toMatchObject({
      outcome: 'pass',
      message: 'The scope serves strategies 1, 2 and 3 of Strategic Goal #6.',
    });
  });
  it('warns about declared strategies that no scope cell serves', () => {
    expect(
      resultOf(
        'strategy-alignment',
        proposal({ scope: ['B3'], commitments: [], strategies: [4, 3, 1] }),
      ),
    ).toEqual({
      rule: 'strategy-alignment',
      outcome: 'warn',
      severity: 'blocking',
      message:
        'The proposal declares strategies 1 and 3, which no cell of its scope serves (the scope serves 4).',
      path: ['strategies', 1],
      params: { unserved: [1, 3], served: [4] },
    });
  });
  it('fails when the scope serves no strategy (an empty scope, or cells the alignment maps to none)', () => {
    expect(resultOf('strategy-alignment', proposal({ scope: [], commitments: [] }))).toMatchObject({
      outcome: 'fail',
      path: ['scope'],
    });
    const alignment = { ...DEFAULT_ALIGNMENT, B3: [], B4: [] };
    expect(
      resultOf('strategy-alignment', proposal(), { network: lyonNetwork, alignment }).outcome,
    ).toBe('fail');
  });
});

describe('teaching-language (fixable)', () => {
  const course = (language: string) => ({
    kind: 'distance-course',
    area: 'B',
    activity: 4,
    courses: 1,
    language,
    assessment: false,
  });
  it('passes when every distance course teaches in English or French', () => {
    expect(
      resultOf('teaching-language', proposal({ commitments: [course('en'), course('fr')] })),
    ).toMatchObject({
      outcome: 'pass',
      message: 'Every distance course teaches in English or French (en, fr).',
    });
  });
  it('fails for a course in another language, with its path', () => {
    expect(
      resultOf(
        'teaching-language',
        proposal({ commitments: [course('fr'), course('de'), course('km')] }),
      ),
    ).toEqual({
      rule: 'teaching-language',
      outcome: 'fail',
      severity: 'fixable',
      message:
        'Distance courses must teach in English (en) or French (fr), the languages of the bilingual training platform: commitments[1] teaches in "de" and commitments[2] teaches in "km".',
      path: ['commitments', 1, 'language'],
      params: {
        commitments: [1, 2],
        languages: ['de', 'km'],
        platformLanguages: ['en', 'fr'],
        platformLanguageNames: ['English', 'French'],
      },
    });
  });
  it('is not applicable without a distance course', () => {
    expect(
      resultOf('teaching-language', proposal({ scope: ['B3'], commitments: [] })),
    ).toMatchObject({
      outcome: 'not-applicable',
      message: 'The proposal has no distance-course commitment.',
    });
  });
});

describe('focal-point (fixable)', () => {
  it('passes and names the focal point', () => {
    expect(resultOf('focal-point', proposal()).message).toBe(
      'Example University of Lyon names its focal point: Example Officer.',
    );
  });
  it('fails without a contact marked focalPoint', () => {
    expect(resultOf('focal-point', proposal({ partner: 'ngo-geneva-example' }))).toEqual({
      rule: 'focal-point',
      outcome: 'fail',
      severity: 'fixable',
      message:
        'Example Health NGO names no focal point among its contacts: mark one contact with "focalPoint": true.',
      params: { partnerName: 'Example Health NGO' },
    });
    expect(
      resultOf(
        'focal-point',
        inline({
          contacts: [{ name: 'Example Officer', email: 'ir@lyon.example.edu', focalPoint: false }],
        }),
      ).path,
    ).toEqual(['partner', 'contacts']);
  });
  it('is not applicable when the partner cannot be resolved', () => {
    expect(resultOf('focal-point', proposal({ partner: 'univ-nowhere' })).outcome).toBe(
      'not-applicable',
    );
  });
});

describe('commitments-in-scope (blocking)', () => {
  it('passes when every commitment lies in scope', () => {
    expect(resultOf('commitments-in-scope', proposal()).message).toBe(
      'Every commitment lies in the scope (2 commitments).',
    );
  });
  it('passes when there is no commitment', () => {
    expect(resultOf('commitments-in-scope', proposal({ commitments: [] })).outcome).toBe('pass');
  });
  it('fails with the path of the first commitment out of scope, naming them all', () => {
    const subject = proposal({
      scope: ['B4'],
      commitments: [
        {
          kind: 'distance-course',
          area: 'B',
          activity: 4,
          courses: 1,
          language: 'en',
          assessment: true,
        },
        {
          kind: 'joint-programme',
          area: 'C',
          activity: 5,
          programme: 'research-project',
          title: 'Example study',
        },
        { kind: 'mobility', area: 'A', activity: 1, direction: 'incoming', perYear: 2 },
      ],
    });
    expect(resultOf('commitments-in-scope', subject)).toEqual({
      rule: 'commitments-in-scope',
      outcome: 'fail',
      severity: 'blocking',
      message:
        'commitments[1] (cell C5) and commitments[2] (cell A1) lie outside the scope (B4): add the cell to the scope or withdraw the commitment.',
      path: ['commitments', 1],
      params: { commitments: [1, 2], cells: ['C5', 'A1'], scope: ['B4'] },
    });
  });
});

describe('duplicate-proposal (advisory)', () => {
  const other = (id: string, changes: Record<string, unknown> = {}) =>
    proposalInput({ id, ...changes });
  const withProposals = (...proposals: Record<string, unknown>[]) => network({ proposals });

  it('passes when no other proposal of the partner overlaps in period and scope', () => {
    const n = withProposals(
      proposalInput(),
      other('eoi-later', { period: { start: '2019-09-01', end: '2020-08-31' } }),
      other('eoi-elsewhere', { scope: ['C5'], commitments: [] }),
      other('eoi-osaka', { partner: 'inst-osaka-example' }),
    );
    expect(resultOf('duplicate-proposal', proposal(), { network: n })).toMatchObject({
      outcome: 'pass',
      message:
        'No other proposal of partner "univ-lyon-example" overlaps this one in both period and scope.',
    });
  });

  it('warns, listing the other proposals sorted by id, an inline partner counting by its id', () => {
    const n = withProposals(
      other('eoi-z', {
        period: { start: '2019-08-31', end: '2020-08-31' },
        scope: ['B4'],
        commitments: [],
      }),
      proposalInput(),
      other('eoi-a', { partner: lyonInput }),
    );
    expect(resultOf('duplicate-proposal', proposal(), { network: n })).toEqual({
      rule: 'duplicate-proposal',
      outcome: 'warn',
      severity: 'advisory',
      message:
        'Partner "univ-lyon-example" has other proposals with an overlapping period and scope: "eoi-a" and "eoi-z".',
      params: { partnerId: 'univ-lyon-example', count: 2, ids: ['eoi-a', 'eoi-z'] },
    });
  });

  it('does not compare a proposal with itself, even outside the network', () => {
    expect(resultOf('duplicate-proposal', proposal()).outcome).toBe('pass');
  });

  it('is not applicable without a network', () => {
    expect(resultOf('duplicate-proposal', inline(), {}).outcome).toBe('not-applicable');
  });
});

// The messages of the rules are what a partner reads in its decision: each one is checked
// whole, in the singular and in the plural, with its lists in a stable order.
describe('messages of the default rules', () => {
  const distanceCourse = (language: string) => ({
    kind: 'distance-course',
    area: 'B',
    activity: 4,
    courses: 1,
    language,
    assessment: true,
  });
  const resources = {
    kind: 'resources',
    area: 'B',
    activity: 3,
    items: ['other'],
    coDeveloped: true,
  };

  it('scope: counts one cell or several', () => {
    expect(resultOf('scope', proposal({ scope: ['B3'], commitments: [resources] })).message).toBe(
      'The scope has 1 cell: B3.',
    );
    expect(resultOf('scope', proposal()).message).toBe('The scope has 2 cells: B3, B4.');
  });

  it('scope: tells what to do with an empty scope', () => {
    expect(resultOf('scope', proposal({ scope: [], commitments: [] })).message).toBe(
      'The proposal has no cell in its scope: name at least one priority area × activity cell, such as "C5" (joint research projects).',
    );
  });

  it('commitments-in-scope: counts one commitment or several, and says when there is none', () => {
    expect(
      resultOf('commitments-in-scope', proposal({ scope: ['B3'], commitments: [resources] }))
        .message,
    ).toBe('Every commitment lies in the scope (1 commitment).');
    expect(resultOf('commitments-in-scope', proposal({ commitments: [] })).message).toBe(
      'The proposal makes no commitment, so none lies outside its scope.',
    );
  });

  it('commitments-in-scope: one commitment "lies" outside, and an empty scope is named', () => {
    expect(resultOf('commitments-in-scope', proposal({ scope: ['B3'] })).message).toBe(
      'commitments[1] (cell B4) lies outside the scope (B3): add the cell to the scope or withdraw the commitment.',
    );
    expect(resultOf('commitments-in-scope', proposal({ scope: [] })).message).toBe(
      'commitments[0] (cell B3) and commitments[1] (cell B4) lie outside the scope (empty): add the cell to the scope or withdraw the commitment.',
    );
  });

  it('strategy-alignment: lists served strategies in ascending order, one or several', () => {
    // C5 serves 3, A1 serves 1 and 2: in the order of the scope they come as 3, 1, 2.
    expect(
      resultOf(
        'strategy-alignment',
        proposal({ scope: ['C5', 'A1'], commitments: [], strategies: [] }),
      ).message,
    ).toBe('The scope serves strategies 1, 2 and 3 of Strategic Goal #6.');
    expect(
      resultOf('strategy-alignment', proposal({ scope: ['B3', 'B4'], strategies: [4] })).message,
    ).toBe('The scope serves strategy 4 of Strategic Goal #6.');
  });

  it('strategy-alignment: passes a proposal that declares no strategies', () => {
    expect(resultOf('strategy-alignment', proposal({ strategies: undefined }))).toMatchObject({
      outcome: 'pass',
      message: 'The scope serves strategy 4 of Strategic Goal #6.',
    });
  });

  it('strategy-alignment: warns about one undeclared strategy in the singular', () => {
    expect(
      resultOf(
        'strategy-alignment',
        proposal({ scope: ['C5', 'A1'], commitments: [], strategies: [1, 4] }),
      ),
    ).toMatchObject({
      outcome: 'warn',
      message:
        'The proposal declares strategy 4, which no cell of its scope serves (the scope serves 1, 2 and 3).',
      path: ['strategies', 1],
    });
  });

  it('strategy-alignment: says that the scope serves none of the strategies', () => {
    expect(resultOf('strategy-alignment', proposal({ scope: [], commitments: [] })).message).toBe(
      'The scope serves none of the four strategies of Strategic Goal #6.',
    );
  });

  it('teaching-language: lists the course languages once each, in alphabetical order', () => {
    expect(
      resultOf(
        'teaching-language',
        proposal({
          scope: ['B4'],
          commitments: [distanceCourse('fr'), distanceCourse('en'), distanceCourse('fr')],
        }),
      ).message,
    ).toBe('Every distance course teaches in English or French (en, fr).');
  });

  it('the partner rules say what they cannot check when the partner is unknown', () => {
    const unknown = proposal({ partner: 'univ-nowhere' });
    const messages = Object.fromEntries(
      evaluateEligibility(unknown, { network: lyonNetwork }).results.map((result) => [
        result.rule,
        result.message,
      ]),
    );
    expect(messages).toMatchObject({
      international: 'The partner cannot be resolved, so its country cannot be checked.',
      'institution-type':
        'The partner cannot be resolved, so its institution type cannot be checked.',
      'health-sciences': 'The partner cannot be resolved, so its fields cannot be checked.',
      'focal-point': 'The partner cannot be resolved, so its focal point cannot be checked.',
    });
  });

  it('health-sciences: points an inline associate to its fields', () => {
    expect(
      resultOf('health-sciences', proposal({ partner: { ...ngoInput, fields: [] } })),
    ).toMatchObject({
      outcome: 'warn',
      path: ['partner', 'fields'],
    });
  });

  it('duplicate-proposal: one other proposal, overlapping in part of its scope', () => {
    const n = network({
      proposals: [
        proposalInput(),
        proposalInput({ id: 'eoi-partial', scope: ['B4', 'C5'], commitments: [] }),
      ],
    });
    expect(resultOf('duplicate-proposal', proposal(), { network: n }).message).toBe(
      'Partner "univ-lyon-example" has another proposal with an overlapping period and scope: "eoi-partial".',
    );
  });

  it('duplicate-proposal: says why it does not apply without a network', () => {
    expect(resultOf('duplicate-proposal', inline(), {}).message).toBe(
      'No network was given, so there is no other proposal to compare with.',
    );
  });
});

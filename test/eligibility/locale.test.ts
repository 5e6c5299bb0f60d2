// Rule results from the catalogue: `params` on every default rule's result, the `locale`
// option end to end, `formatRuleResult`, and the ids and descriptions from one source.
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_IDS } from '../../src/catalog/rules.js';
import {
  DEFAULT_RULES,
  evaluateEligibility,
  evaluateEligibilityBatch,
  formatRuleResult,
  type EligibilityRule,
  type RuleResult,
} from '../../src/eligibility/index.js';
import { render } from '../../src/messages/_table.js';
import { RULE_MESSAGES } from '../../src/messages/rules.js';
import type { Proposal } from '../../src/schemas/proposal.js';
import { lyonInput, network, ngoInput, proposal, proposalInput } from './_fixtures.js';

const NBSP = '\u00a0';
const lyonNetwork = network();
const TABLE = RULE_MESSAGES as unknown as Record<
  string,
  Record<'en' | 'fr', (params: unknown) => string>
>;

/** Proposals that, together, lead every default rule to every outcome it has. */
const course = (language: string) => ({
  kind: 'distance-course',
  area: 'B',
  activity: 4,
  courses: 1,
  language,
  assessment: false,
});
const withDuplicates = network({
  proposals: [proposalInput(), proposalInput({ id: 'eoi-twin' })],
});
const SUBJECTS: readonly { readonly proposal: Proposal; readonly network?: typeof lyonNetwork }[] =
  [
    { proposal: proposal(), network: lyonNetwork },
    { proposal: proposal({ partner: lyonInput }) },
    { proposal: proposal() },
    { proposal: proposal({ partner: 'univ-nowhere' }), network: lyonNetwork },
    { proposal: proposal({ partner: 'ngo-geneva-example' }), network: lyonNetwork },
    {
      proposal: proposal({
        partner: { ...lyonInput, country: 'KH', fields: ['0410'], contacts: ngoInput.contacts },
        period: { start: '2019-01-01', end: '2020-12-31' },
        scope: [],
        strategies: [1],
        commitments: [course('de')],
      }),
      network: lyonNetwork,
    },
    {
      proposal: proposal({ scope: ['B3'], commitments: [], strategies: [1, 4] }),
      network: withDuplicates,
    },
    { proposal: proposal(), network: withDuplicates },
  ];

function reportsIn(locale?: 'en' | 'fr') {
  return SUBJECTS.map((subject) =>
    evaluateEligibility(subject.proposal, {
      network: subject.network,
      on: '2017-06-30',
      locale,
    }),
  );
}

describe('params on the results of the default rules', () => {
  const english = reportsIn();

  it('are on every result of every default rule, and the message is made from them', () => {
    const seen = new Set<string>();
    for (const report of english) {
      for (const result of report.results) {
        expect(result.params, result.rule).toBeDefined();
        const code = `rule.${result.rule}.${result.outcome}`;
        expect(TABLE[code], code).toBeDefined();
        expect(TABLE[code]?.en(result.params)).toBe(result.message);
        seen.add(code);
      }
    }
    // Every outcome of every default rule was met.
    const outcomes = Object.keys(RULE_MESSAGES).filter((code) =>
      DEFAULT_RULE_IDS.some((id) =>
        new RegExp(`^rule\\.${id}\\.(pass|fail|warn|not-applicable)$`).test(code),
      ),
    );
    expect(outcomes).toHaveLength(29);
    expect([...seen].sort()).toEqual(outcomes.sort());
  });

  it('are plain JSON data: they survive a round trip', () => {
    for (const report of english) {
      for (const result of report.results) {
        expect(JSON.parse(JSON.stringify(result.params))).toEqual(result.params);
      }
    }
  });

  it('carry codes and ids, not titles: the params of each rule on the Lyon proposal', () => {
    const [lyon] = english;
    expect(Object.fromEntries(lyon!.results.map((result) => [result.rule, result.params]))).toEqual(
      {
        'partner-known': {
          partnerId: 'univ-lyon-example',
          partnerName: 'Example University of Lyon',
          inline: false,
        },
        international: {
          partnerName: 'Example University of Lyon',
          country: 'FR',
          homeCountry: 'KH',
        },
        'institution-type': {
          partnerName: 'Example University of Lyon',
          type: 'university',
          tier: 'key',
        },
        'health-sciences': { partnerName: 'Example University of Lyon', fields: ['0912', '0913'] },
        scope: { cells: ['B3', 'B4'] },
        'plan-period': {
          start: '2016-09-01',
          end: '2019-08-31',
          planStart: '2014-01-01',
          planEnd: '2018-12-31',
        },
        'strategy-alignment': { served: [4] },
        'teaching-language': {
          languages: ['fr'],
          platformLanguageNames: ['English', 'French'],
        },
        'focal-point': { partnerName: 'Example University of Lyon', focalPoint: 'Example Officer' },
        'commitments-in-scope': { count: 2 },
        'duplicate-proposal': { partnerId: 'univ-lyon-example' },
      },
    );
  });

  it('are the same in every language; only the messages differ', () => {
    const french = reportsIn('fr');
    const strip = (reports: typeof english) =>
      reports.map((report) => ({
        ...report,
        results: report.results.map(({ message: _message, ...rest }) => rest),
      }));
    expect(strip(french)).toEqual(strip(english));
    french.forEach((report, index) => {
      report.results.forEach((result, at) => {
        expect(result.message).not.toBe(english[index]!.results[at]!.message);
      });
    });
  });
});

describe('evaluateEligibility and evaluateEligibilityBatch in French', () => {
  it("writes the default rules' messages in French", () => {
    const messages = Object.fromEntries(
      evaluateEligibility(proposal({ partner: 'ngo-geneva-example' }), {
        network: lyonNetwork,
        locale: 'fr',
      }).results.map((result) => [result.rule, result.message]),
    );
    expect(messages).toEqual({
      'partner-known':
        'Le partenaire "ngo-geneva-example" fait partie du réseau (Example Health NGO).',
      international: `Le partenaire Example Health NGO est situé à l'étranger, dans le pays CH (pays de l'établissement d'origine${NBSP}: KH).`,
      'institution-type':
        'Example Health NGO est de type "ngo", ce qui en fait un partenaire associé.',
      'health-sciences': `Example Health NGO ne déclare aucun domaine d'études de la santé et de la protection sociale (grand domaine 09 de la CITE-F 2013, par exemple 0912 Médecine)${NBSP}; pour un partenaire associé, ce n'est qu'un avertissement.`,
      scope: `Le périmètre compte 2${NBSP}cases${NBSP}: B3, B4.`,
      'plan-period':
        'La période du 2016-09-01 au 2019-08-31 chevauche la période du plan (du 2014-01-01 au 2018-12-31).',
      'strategy-alignment': `Le périmètre contribue à la stratégie 4 de l'objectif stratégique n°${NBSP}6.`,
      'teaching-language':
        'Tous les cours à distance sont dispensés dans une langue de la plateforme (fr).',
      'focal-point': `Example Health NGO ne désigne aucun point focal parmi ses contacts${NBSP}: indiquez "focalPoint": true pour l'un d'eux.`,
      'commitments-in-scope': `Tous les engagements se situent dans le périmètre (2${NBSP}engagements).`,
      'duplicate-proposal':
        'Aucune autre proposition du partenaire "ngo-geneva-example" ne chevauche celle-ci à la fois par sa période et par son périmètre.',
    });
  });

  it('keeps English by default and for locale en', () => {
    const subject = proposal();
    const byDefault = evaluateEligibility(subject, { network: lyonNetwork });
    expect(evaluateEligibility(subject, { network: lyonNetwork, locale: 'en' })).toEqual(byDefault);
    expect(evaluateEligibility(subject, { network: lyonNetwork, locale: undefined })).toEqual(
      byDefault,
    );
    expect(byDefault.results[4]?.message).toBe('The scope has 2 cells: B3, B4.');
  });

  it('gives in a batch the French reports evaluateEligibility gives', () => {
    const proposals = SUBJECTS.filter((subject) => subject.network === lyonNetwork).map(
      (subject) => subject.proposal,
    );
    expect(evaluateEligibilityBatch(proposals, { network: lyonNetwork, locale: 'fr' })).toEqual(
      proposals.map((p) => evaluateEligibility(p, { network: lyonNetwork, locale: 'fr' })),
    );
  });

  it("keeps a custom rule's message, even under the id of a default rule", () => {
    const lenient: EligibilityRule = {
      id: 'focal-point',
      severity: 'advisory',
      description: 'A lenient focal point.',
      evaluate: () => ({ outcome: 'warn', message: 'No focal point yet.', params: { n: 1 } }),
    };
    const funding: EligibilityRule = {
      id: 'funding-declared',
      severity: 'fixable',
      description: 'Funding.',
      evaluate: () => ({ outcome: 'fail', message: 'No funding.', path: ['funding'] }),
    };
    const results = evaluateEligibility(proposal(), {
      network: lyonNetwork,
      rules: [lenient, funding],
      locale: 'fr',
    }).results;
    expect(results).toEqual([
      {
        rule: 'focal-point',
        outcome: 'warn',
        severity: 'advisory',
        message: 'No focal point yet.',
        params: { n: 1 },
      },
      {
        rule: 'funding-declared',
        outcome: 'fail',
        severity: 'fixable',
        message: 'No funding.',
        path: ['funding'],
      },
    ]);
  });

  it('says in French what the engine says of a rule that throws or returns nothing', () => {
    const throwing: EligibilityRule = {
      id: 'throws',
      severity: 'fixable',
      description: 'Throws.',
      evaluate: () => {
        throw new Error('boom');
      },
    };
    const nothing: EligibilityRule = {
      id: 'nothing',
      severity: 'advisory',
      description: 'Returns nothing.',
      evaluate: () => undefined as never,
    };
    const results = evaluateEligibility(proposal(), {
      rules: [throwing, nothing],
      locale: 'fr',
    }).results;
    expect(results.map((result) => [result.message, result.params])).toEqual([
      [
        `La règle "throws" a échoué en raison d'une erreur${NBSP}: boom`,
        { rule: 'throws', error: 'boom' },
      ],
      [
        `La règle "nothing" a renvoyé un résultat invalide (attendu${NBSP}: { outcome, message, path? }).`,
        { rule: 'nothing' },
      ],
    ]);
  });

  it('drops params that are not an object, and keeps a custom rule’s params as given', () => {
    const odd: EligibilityRule = {
      id: 'odd',
      severity: 'advisory',
      description: 'Odd params.',
      evaluate: () => ({ outcome: 'pass', message: 'ok', params: ['x'] as never }),
    };
    const [result] = evaluateEligibility(proposal(), { rules: [odd], locale: 'fr' }).results;
    expect(result).toStrictEqual({
      rule: 'odd',
      outcome: 'pass',
      severity: 'advisory',
      message: 'ok',
    });
  });

  it('rejects an unknown locale with a RangeError that carries its code and params', () => {
    for (const [name, run] of [
      [
        'evaluateEligibility',
        (locale: unknown) => evaluateEligibility(proposal(), { locale } as never),
      ],
      [
        'evaluateEligibilityBatch',
        (locale: unknown) => evaluateEligibilityBatch([proposal()], { locale } as never),
      ],
      [
        'formatRuleResult',
        (locale: unknown) =>
          formatRuleResult({ rule: 'x', outcome: 'pass', severity: 'advisory', message: 'x' }, {
            locale,
          } as never),
      ],
    ] as const) {
      let caught: unknown;
      try {
        run('de');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(RangeError);
      expect((caught as Error).message).toBe(
        `${name}: locale must be one of 'en', 'fr', received 'de'`,
      );
      expect(caught).toMatchObject({
        code: 'locale.unknown',
        params: { caller: name, received: 'de', allowed: ['en', 'fr'] },
      });
      expect(() => run('FR')).toThrow(RangeError);
      expect(() => run(1)).toThrow(`${name}: locale must be one of 'en', 'fr', received 1`);
    }
  });
});

describe('formatRuleResult', () => {
  const english = reportsIn().flatMap((report) => report.results);
  const french = reportsIn('fr').flatMap((report) => report.results);

  it('says every default rule result again in French, and a French one in English', () => {
    english.forEach((result, index) => {
      expect(formatRuleResult(result, { locale: 'fr' })).toBe(french[index]!.message);
      expect(formatRuleResult(french[index]!, { locale: 'en' })).toBe(result.message);
      expect(formatRuleResult(french[index]!)).toBe(result.message);
      expect(formatRuleResult(result)).toBe(result.message);
    });
  });

  it('says a stored result again: the result after a JSON round trip', () => {
    const stored = JSON.parse(
      JSON.stringify(evaluateEligibility(proposal(), { network: lyonNetwork }).results[0]),
    ) as RuleResult;
    expect(formatRuleResult(stored, { locale: 'fr' })).toBe(
      'Le partenaire "univ-lyon-example" fait partie du réseau (Example University of Lyon).',
    );
  });

  it('re-renders the engine’s own fails', () => {
    const thrown: RuleResult = {
      rule: 'funding-declared',
      outcome: 'fail',
      severity: 'fixable',
      message: 'Rule "funding-declared" failed with an error: boom',
      params: { rule: 'funding-declared', error: 'boom' },
    };
    expect(formatRuleResult(thrown, { locale: 'fr' })).toBe(
      `La règle "funding-declared" a échoué en raison d'une erreur${NBSP}: boom`,
    );
  });

  it("returns a custom rule's message as it is, in every language", () => {
    const custom: RuleResult = {
      rule: 'funding-declared',
      outcome: 'fail',
      severity: 'fixable',
      message: 'No funding.',
    };
    expect(formatRuleResult(custom, { locale: 'fr' })).toBe('No funding.');
    // Under a default id, with params the catalogue cannot use or that do not give its message.
    const lookalike: RuleResult = {
      rule: 'scope',
      outcome: 'pass',
      severity: 'blocking',
      message: 'Scope checked by hand.',
      params: { cells: ['B3'] },
    };
    expect(formatRuleResult(lookalike, { locale: 'fr' })).toBe('Scope checked by hand.');
    const broken: RuleResult = { ...lookalike, params: { cells: 'B3' } };
    expect(formatRuleResult(broken, { locale: 'fr' })).toBe('Scope checked by hand.');
  });

  it('rejects what is not a rule result with a TypeError from the catalogue', () => {
    let caught: unknown;
    try {
      formatRuleResult(null as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(TypeError);
    expect(caught).toMatchObject({
      message:
        'formatRuleResult: result must be a rule result { rule, outcome, message }, received null',
      code: 'rule.result.invalid',
      params: { caller: 'formatRuleResult', received: null },
    });
    expect(() => formatRuleResult({ rule: 'scope' } as never, { locale: 'fr' })).toThrow(
      'formatRuleResult: result must be a rule result { rule, outcome, message }, received an object',
    );
  });
});

describe('one source for the default rules', () => {
  it('runs the rules of DEFAULT_RULE_IDS, in its order', () => {
    expect(DEFAULT_RULES.map((rule) => rule.id)).toEqual([...DEFAULT_RULE_IDS]);
  });

  it('takes each rule’s description from the catalogue, which has it in French too', () => {
    for (const rule of DEFAULT_RULES) {
      const code = `rule.${rule.id}.description` as const;
      expect(rule.description).toBe(render(RULE_MESSAGES, code, {}));
      expect(render(RULE_MESSAGES, code, {}, 'fr')).not.toBe(rule.description);
    }
  });

  it('reads the platform languages from the policy', () => {
    const khmer = proposal({ commitments: [course('km')], scope: ['B4'] });
    const result = (platformLanguages?: readonly string[]) =>
      evaluateEligibility(khmer, {
        network: lyonNetwork,
        platformLanguages: platformLanguages as never,
      }).results.find((r) => r.rule === 'teaching-language');
    expect(result()?.outcome).toBe('fail');
    expect(result(['en', 'fr', 'km'])).toMatchObject({
      outcome: 'pass',
      message: 'Every distance course teaches in English, French or Khmer (km).',
    });
    expect(result(['en'])).toMatchObject({
      outcome: 'fail',
      message:
        'Distance courses must teach in English (en), the languages of the training platform: commitments[0] teaches in "km".',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { isLibraryError } from '../../src/messages/_table.js';
import { formatMessage, type MessageCode } from '../../src/messages/index.js';
import { TESTING_MESSAGES } from '../../src/messages/testing.js';
import { generateNetwork, type GenerateNetworkOptions } from '../../src/testing/index.js';

/** The error `generateNetwork` throws for some options. */
function caught(options: GenerateNetworkOptions): unknown {
  try {
    generateNetwork(options);
  } catch (error) {
    return error;
  }
  throw new Error(`no error for ${JSON.stringify(options)}`);
}

// Each bad option: the error's code and params, then its message in English and French.
const CASES: readonly (readonly [
  GenerateNetworkOptions,
  MessageCode,
  Record<string, unknown>,
  string,
  string,
])[] = [
  [
    { partners: -1 },
    'testing.invalid_count',
    { option: 'partners', received: -1 },
    'generateNetwork: partners must be a non-negative integer, received -1',
    'generateNetwork\u00a0: partners doit être un entier positif ou nul, valeur reçue -1',
  ],
  [
    { partners: '3' as unknown as number },
    'testing.invalid_count',
    { option: 'partners', received: '3' },
    "generateNetwork: partners must be a non-negative integer, received '3'",
    "generateNetwork\u00a0: partners doit être un entier positif ou nul, valeur reçue '3'",
  ],
  [
    { partners: undefined as unknown as number },
    'testing.invalid_count',
    { option: 'partners', received: undefined },
    'generateNetwork: partners must be a non-negative integer, received nothing',
    'generateNetwork\u00a0: partners doit être un entier positif ou nul, aucune valeur reçue',
  ],
  [
    { partners: 1, proposals: 2.5 },
    'testing.invalid_count',
    { option: 'proposals', received: 2.5 },
    'generateNetwork: proposals must be a non-negative integer, received 2.5',
    'generateNetwork\u00a0: proposals doit être un entier positif ou nul, valeur reçue 2.5',
  ],
  [
    { partners: 1, seed: 0.5 },
    'testing.invalid_seed',
    { received: 0.5 },
    'generateNetwork: seed must be a safe integer, received 0.5',
    'generateNetwork\u00a0: seed doit être un entier sûr (Number.isSafeInteger), valeur reçue 0.5',
  ],
  [
    { partners: 1, agreementsPerPartner: Infinity },
    'testing.invalid_agreements_per_partner',
    { received: Infinity },
    'generateNetwork: agreementsPerPartner must be a finite number ≥ 0, received Infinity',
    'generateNetwork\u00a0: agreementsPerPartner doit être un nombre fini ≥\u00a00, valeur reçue Infinity',
  ],
  [
    { partners: 1, agreementsPerPartner: [1] as unknown as number },
    'testing.invalid_agreements_per_partner',
    { received: [1] },
    'generateNetwork: agreementsPerPartner must be a finite number ≥ 0, received an array',
    'generateNetwork\u00a0: agreementsPerPartner doit être un nombre fini ≥\u00a00, valeur reçue\u00a0: un tableau',
  ],
  [
    { partners: 1, asOf: '2019-02-29' },
    'testing.invalid_date',
    { option: 'asOf', received: '2019-02-29' },
    "generateNetwork: asOf must be a calendar date YYYY-MM-DD, received '2019-02-29'",
    "generateNetwork\u00a0: asOf doit être une date valide au format AAAA-MM-JJ, valeur reçue '2019-02-29'",
  ],
  [
    { partners: 1, plan: { start: '2018-01-01', end: '2018-13-01' } },
    'testing.invalid_date',
    { option: 'plan.end', received: '2018-13-01' },
    "generateNetwork: plan.end must be a calendar date YYYY-MM-DD, received '2018-13-01'",
    "generateNetwork\u00a0: plan.end doit être une date valide au format AAAA-MM-JJ, valeur reçue '2018-13-01'",
  ],
  [
    { partners: 1, plan: { start: '2018-01-01', end: '2018-01-01' } },
    'testing.plan_not_after_start',
    { start: '2018-01-01', end: '2018-01-01' },
    "generateNetwork: plan.end ('2018-01-01') must be after plan.start ('2018-01-01')",
    "generateNetwork\u00a0: plan.end ('2018-01-01') doit être postérieure à plan.start ('2018-01-01')",
  ],
];

describe('the errors of generateNetwork (SPEC §12)', () => {
  it.each(CASES)('for %j: %s', (options, code, params, english, french) => {
    const error = caught(options);
    expect(error).toBeInstanceOf(RangeError);
    expect(isLibraryError(error)).toBe(true);
    expect((error as RangeError).message).toBe(english);
    expect((error as { code: unknown }).code).toBe(code);
    expect((error as { params: unknown }).params).toEqual(params);
    expect(formatMessage(code, params as never)).toBe(english);
    expect(formatMessage(code, params as never, { locale: 'fr' })).toBe(french);
  });

  it('has a case above for every testing.* message', () => {
    const tested = new Set(CASES.map(([, code]) => code));
    expect([...tested].sort()).toEqual(Object.keys(TESTING_MESSAGES).sort());
  });

  it('checks asOf before the plan, and plan.start before plan.end', () => {
    const both = caught({ partners: 1, asOf: 'soon', plan: { start: 'x', end: 'y' } });
    expect((both as { params: unknown }).params).toEqual({ option: 'asOf', received: 'soon' });
    const plan = caught({ partners: 1, plan: { start: '2018-02-30', end: 'y' } });
    expect((plan as { params: unknown }).params).toEqual({
      option: 'plan.start',
      received: '2018-02-30',
    });
  });
});

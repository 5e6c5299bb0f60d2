// The policy parameters of issue #13 (the numbers that lived in the code): `rankWeights`,
// `sustainabilityMonths`, `academicYearStartMonth` and `platformLanguages`.
import { describe, expect, it } from 'vitest';
import {
  createPolicy,
  DEFAULT_POLICY,
  policyFor,
  type PolicyOverrides,
} from '../../src/policy/index.js';
import { resolvePolicy } from '../../src/policy/index.js';
import { HOME_INSTITUTION } from '../../src/catalog/home.js';
import { expectLibraryError } from './_errors.js';

/** createPolicy with input that the types forbid, as JavaScript callers can send it. */
function createUnchecked(overrides: unknown) {
  return createPolicy(overrides as PolicyOverrides);
}

describe('the defaults of the new parameters', () => {
  it('are the numbers the code used before they were parameters', () => {
    expect(DEFAULT_POLICY.rankWeights).toEqual({ cells: 0.6, fields: 0.2, languages: 0.2 });
    expect(DEFAULT_POLICY.sustainabilityMonths).toBe(36);
    expect(DEFAULT_POLICY.academicYearStartMonth).toBe(10);
    expect(DEFAULT_POLICY.platformLanguages).toEqual(['en', 'fr']);
  });

  it('are frozen, and createPolicy and policyFor keep them', () => {
    expect(Object.isFrozen(DEFAULT_POLICY.rankWeights)).toBe(true);
    expect(Object.isFrozen(DEFAULT_POLICY.platformLanguages)).toBe(true);
    for (const policy of [createPolicy(), policyFor({ home: HOME_INSTITUTION })]) {
      expect(policy.rankWeights).toEqual(DEFAULT_POLICY.rankWeights);
      expect(policy.sustainabilityMonths).toBe(36);
      expect(policy.academicYearStartMonth).toBe(10);
      expect(policy.platformLanguages).toEqual(['en', 'fr']);
    }
  });
});

describe('createPolicy takes the new parameters', () => {
  it('as given, frozen, without freezing or changing what it was given', () => {
    const rankWeights = { cells: 1, fields: 0, languages: 0 };
    const platformLanguages: ('fr' | 'km')[] = ['fr', 'km'];
    const policy = createPolicy({
      rankWeights,
      sustainabilityMonths: 48,
      academicYearStartMonth: 9,
      platformLanguages,
    });
    expect(policy).toEqual({
      ...DEFAULT_POLICY,
      rankWeights,
      sustainabilityMonths: 48,
      academicYearStartMonth: 9,
      platformLanguages,
    });
    expect(Object.isFrozen(policy.rankWeights)).toBe(true);
    expect(Object.isFrozen(policy.platformLanguages)).toBe(true);
    expect(Object.isFrozen(rankWeights)).toBe(false);
    expect(Object.isFrozen(platformLanguages)).toBe(false);
    expect(policy.platformLanguages).not.toBe(platformLanguages);
  });

  it.each([1, 12])('accepts academicYearStartMonth %d, the first and last months', (month) => {
    expect(createPolicy({ academicYearStartMonth: month }).academicYearStartMonth).toBe(month);
  });

  it('accepts any finite, positive sustainability horizon, fractions of a month included', () => {
    expect(createPolicy({ sustainabilityMonths: 0.5 }).sustainabilityMonths).toBe(0.5);
    expect(createPolicy({ sustainabilityMonths: 1200 }).sustainabilityMonths).toBe(1200);
  });

  it('accepts ranking weights with a zero, and one language on the platform', () => {
    const rankWeights = { cells: 0, fields: 0, languages: 5e-324 };
    expect(createPolicy({ rankWeights }).rankWeights).toEqual(rankWeights);
    expect(createPolicy({ platformLanguages: ['km'] }).platformLanguages).toEqual(['km']);
  });

  it('and so does a function, from its options', () => {
    expect(
      resolvePolicy({ rankWeights: { cells: 1, fields: 1, languages: 1 } }).rankWeights,
    ).toEqual({ cells: 1, fields: 1, languages: 1 });
    expect(resolvePolicy({ sustainabilityMonths: 24 }).sustainabilityMonths).toBe(24);
  });
});

describe('createPolicy rejects an invalid new parameter, naming it', () => {
  const cases: [string, unknown, typeof TypeError | typeof RangeError, string, string][] = [
    [
      'ranking weights as an array',
      { rankWeights: [0.6, 0.2, 0.2] },
      TypeError,
      'createPolicy: rankWeights must be an object { cells, fields, languages }, received an array',
      'policy.not_an_object',
    ],
    [
      'ranking weights with an unknown key',
      { rankWeights: { cells: 1, fields: 1, languages: 1, countries: 1 } },
      TypeError,
      "createPolicy: rankWeights has an unknown key 'countries' (expected cells, fields, languages)",
      'policy.unknown_key',
    ],
    [
      'ranking weights missing one',
      { rankWeights: { cells: 1, fields: 1 } },
      TypeError,
      'createPolicy: rankWeights.languages must be a number, received nothing',
      'policy.not_a_number',
    ],
    [
      'a negative ranking weight',
      { rankWeights: { cells: 1, fields: -0.5, languages: 1 } },
      RangeError,
      'createPolicy: rankWeights.fields must be a finite number ≥ 0, received -0.5',
      'policy.not_non_negative',
    ],
    [
      'a NaN ranking weight',
      { rankWeights: { cells: Number.NaN, fields: 1, languages: 1 } },
      RangeError,
      'createPolicy: rankWeights.cells must be a finite number ≥ 0, received NaN',
      'policy.not_non_negative',
    ],
    [
      'ranking weights summing to 0',
      { rankWeights: { cells: 0, fields: 0, languages: 0 } },
      RangeError,
      'createPolicy: rankWeights must be weights with a positive sum, received 0',
      'policy.sum_not_positive',
    ],
    [
      'ranking weights summing to Infinity',
      { rankWeights: { cells: 1e308, fields: 1e308, languages: 0 } },
      RangeError,
      'createPolicy: rankWeights must be weights with a finite sum, received Infinity',
      'policy.sum_not_finite',
    ],
    [
      'a string sustainability horizon',
      { sustainabilityMonths: '36' },
      TypeError,
      "createPolicy: sustainabilityMonths must be a number, received '36'",
      'policy.not_a_number',
    ],
    [
      'a sustainability horizon of 0',
      { sustainabilityMonths: 0 },
      RangeError,
      'createPolicy: sustainabilityMonths must be a finite number of months > 0, received 0',
      'policy.not_months',
    ],
    [
      'a negative sustainability horizon',
      { sustainabilityMonths: -12 },
      RangeError,
      'createPolicy: sustainabilityMonths must be a finite number of months > 0, received -12',
      'policy.not_months',
    ],
    [
      'an infinite sustainability horizon',
      { sustainabilityMonths: Infinity },
      RangeError,
      'createPolicy: sustainabilityMonths must be a finite number of months > 0, received Infinity',
      'policy.not_months',
    ],
    [
      'a string start month',
      { academicYearStartMonth: 'October' },
      TypeError,
      "createPolicy: academicYearStartMonth must be a number, received 'October'",
      'policy.not_a_number',
    ],
    [
      'a start month 0',
      { academicYearStartMonth: 0 },
      RangeError,
      'createPolicy: academicYearStartMonth must be a month number 1–12, received 0',
      'policy.not_a_month',
    ],
    [
      'a start month 13',
      { academicYearStartMonth: 13 },
      RangeError,
      'createPolicy: academicYearStartMonth must be a month number 1–12, received 13',
      'policy.not_a_month',
    ],
    [
      'a fractional start month',
      { academicYearStartMonth: 9.5 },
      RangeError,
      'createPolicy: academicYearStartMonth must be a month number 1–12, received 9.5',
      'policy.not_a_month',
    ],
    [
      'platform languages as a string',
      { platformLanguages: 'en,fr' },
      TypeError,
      "createPolicy: platformLanguages must be an array of ISO 639-1 codes, received 'en,fr'",
      'policy.not_a_language_list',
    ],
    [
      'no platform language',
      { platformLanguages: [] },
      RangeError,
      'createPolicy: platformLanguages must list at least one ISO 639-1 code',
      'policy.no_language',
    ],
    [
      'a platform language that is not a string',
      { platformLanguages: ['en', 33] },
      TypeError,
      'createPolicy: platformLanguages[1] must be a string, received 33',
      'policy.not_a_string',
    ],
    [
      'a platform language that is not a code',
      { platformLanguages: ['en', 'French'] },
      RangeError,
      "createPolicy: platformLanguages[1] must be an ISO 639-1 code such as fr, received 'French'",
      'policy.not_a_language',
    ],
    [
      'a platform language listed twice',
      { platformLanguages: ['fr', 'en', 'fr'] },
      RangeError,
      "createPolicy: platformLanguages[2] must be listed once, received 'fr'",
      'policy.duplicate_language',
    ],
  ];

  it.each(cases)('%s', (_name, overrides, Ctor, message, code) => {
    const error = expectLibraryError(() => createUnchecked(overrides), Ctor, message, code);
    expect(error.params.caller).toBe('createPolicy');
  });
});

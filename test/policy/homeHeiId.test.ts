// The policy parameter `homeHeiId` of issue #14: the home institution's SCHAC id (its EWP
// `heiId`), by default UHS's own, `HOME_INSTITUTION.identifiers.schac`.
import { describe, expect, it } from 'vitest';
import { HOME_INSTITUTION } from '../../src/catalog/home.js';
import { formatMessage } from '../../src/messages/index.js';
import {
  createPolicy,
  DEFAULT_POLICY,
  policyFor,
  resolvePolicy,
  type PolicyOverrides,
} from '../../src/policy/index.js';
import { expectLibraryError } from './_errors.js';

/** createPolicy with input that the types forbid, as JavaScript callers can send it. */
function createUnchecked(overrides: unknown) {
  return createPolicy(overrides as PolicyOverrides);
}

describe('homeHeiId by default', () => {
  it("is UHS's SCHAC id, the one HOME_INSTITUTION carries", () => {
    expect(HOME_INSTITUTION.identifiers).toEqual({
      ror: 'https://ror.org/04jpmg381',
      schac: 'uhs.edu.kh',
    });
    expect(DEFAULT_POLICY.homeHeiId).toBe('uhs.edu.kh');
    expect(DEFAULT_POLICY.homeHeiId).toBe(HOME_INSTITUTION.identifiers.schac);
  });

  it('is kept by createPolicy, policyFor and the options of a function', () => {
    expect(createPolicy().homeHeiId).toBe('uhs.edu.kh');
    expect(createPolicy({ saturation: 4 }).homeHeiId).toBe('uhs.edu.kh');
    expect(createPolicy({ homeHeiId: undefined }).homeHeiId).toBe('uhs.edu.kh');
    expect(policyFor({ home: HOME_INSTITUTION }).homeHeiId).toBe('uhs.edu.kh');
    const laos = { name: 'Example Home University', country: 'LA' } as const;
    expect(policyFor({ home: laos }).homeHeiId).toBe('uhs.edu.kh');
    expect(resolvePolicy({}).homeHeiId).toBe('uhs.edu.kh');
  });

  it('is frozen with its policy', () => {
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
    expect(() => {
      (DEFAULT_POLICY as { homeHeiId: string }).homeHeiId = 'other.example.edu';
    }).toThrow(TypeError);
    expect(DEFAULT_POLICY.homeHeiId).toBe('uhs.edu.kh');
  });
});

describe("policyFor takes the home's SCHAC id", () => {
  it('when the home carries one, and overrides still win', () => {
    const home = {
      name: 'Example Home University',
      country: 'LA',
      identifiers: { schac: 'home.example.edu' },
    } as const;
    expect(policyFor({ home }).homeHeiId).toBe('home.example.edu');
    expect(policyFor({ home }, { homeHeiId: 'other.example.org' }).homeHeiId).toBe(
      'other.example.org',
    );
    const rorOnly = { ...home, identifiers: { ror: 'https://ror.org/000000195' } };
    expect(policyFor({ home: rorOnly }).homeHeiId).toBe('uhs.edu.kh');
  });

  it('checks it as an override, naming policyFor (a network that skipped parsing)', () => {
    const home = {
      name: 'Example Home',
      country: 'LA',
      identifiers: { schac: 'Home.Example.edu' },
    } as const;
    expectLibraryError(
      () => policyFor({ home }),
      RangeError,
      "policyFor: homeHeiId must be a SCHAC id: a lower-case internet domain such as uhs.edu.kh, received 'Home.Example.edu'",
      'policy.not_a_hei_id',
    );
  });
});

describe('homeHeiId given', () => {
  it('replaces the default in createPolicy, policyFor and the options, frozen', () => {
    const policy = createPolicy({ homeHeiId: 'home.example.edu' });
    expect(policy).toEqual({ ...DEFAULT_POLICY, homeHeiId: 'home.example.edu' });
    expect(Object.isFrozen(policy)).toBe(true);
    expect(policyFor({ home: HOME_INSTITUTION }, { homeHeiId: 'home.example.edu' }).homeHeiId).toBe(
      'home.example.edu',
    );
    expect(resolvePolicy({ homeHeiId: 'home.example.edu' }).homeHeiId).toBe('home.example.edu');
    expect(resolvePolicy({ policy, homeHeiId: 'other.example.org' }).homeHeiId).toBe(
      'other.example.org',
    );
  });

  it.each([
    'uhs.edu.kh',
    'example.org',
    'a.bc',
    'univ-lyon1.example.fr',
    '3m.example.com',
    'x--y.example.edu',
    `${'a'.repeat(63)}.example.edu`,
    `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`,
  ])('accepts the domain %s', (homeHeiId) => {
    expect(createPolicy({ homeHeiId }).homeHeiId).toBe(homeHeiId);
  });
});

describe('homeHeiId rejected, naming it', () => {
  const notADomain = (received: string) =>
    `createPolicy: homeHeiId must be a SCHAC id: a lower-case internet domain such as uhs.edu.kh, received ${received}`;
  // Long values are shown cut after 40 characters, with their length.
  const shown = (value: string) =>
    value.length > 40 ? `'${value.slice(0, 40)}…' (${value.length} characters)` : `'${value}'`;

  it.each([
    ['an empty string', ''],
    ['one label', 'uhs'],
    ['upper case', 'UHS.edu.kh'],
    ['a leading dot', '.uhs.edu.kh'],
    ['a trailing dot', 'uhs.edu.kh.'],
    ['two dots in a row', 'uhs..kh'],
    ['a space', 'uhs.edu .kh'],
    ['a URL', 'https://uhs.edu.kh'],
    ['an e-mail address', 'ir@uhs.edu.kh'],
    ['a label starting with a hyphen', '-uhs.edu.kh'],
    ['a label ending with a hyphen', 'uhs-.edu.kh'],
    ['an underscore', 'uhs_pp.edu.kh'],
    ['a one-letter top-level label', 'uhs.edu.k'],
    ['a top-level label with a digit', 'example.c0m'],
    ['an IP address', '192.0.2.1'],
    ['a non-ASCII letter', 'université.example.fr'],
    ['a label of 64 characters', `${'a'.repeat(64)}.example.edu`],
    ['254 characters', `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(62)}`],
  ])('a RangeError for %s', (_name, homeHeiId) => {
    const error = expectLibraryError(
      () => createPolicy({ homeHeiId }),
      RangeError,
      notADomain(shown(homeHeiId)),
      'policy.not_a_hei_id',
    );
    expect(error.params).toEqual({
      caller: 'createPolicy',
      field: 'homeHeiId',
      received: homeHeiId,
    });
  });

  it.each([
    [42, 'received 42'],
    [null, 'received null'],
    [['uhs.edu.kh'], 'received an array'],
    [{ schac: 'uhs.edu.kh' }, 'received an object'],
  ])('a TypeError for %j', (homeHeiId, received) => {
    expectLibraryError(
      () => createUnchecked({ homeHeiId }),
      TypeError,
      `createPolicy: homeHeiId must be a string, ${received}`,
      'policy.not_a_string',
    );
  });

  it('a RangeError for a million characters, checked without scanning them all', () => {
    const homeHeiId = `${'a.'.repeat(500_000)}example.edu`;
    expect(() => createPolicy({ homeHeiId })).toThrow(RangeError);
    expect(() => createPolicy({ homeHeiId: `${'a-'.repeat(500_000)}.edu` })).toThrow(RangeError);
  });

  it('in French too', () => {
    const error = expectLibraryError(
      () => policyFor({ home: HOME_INSTITUTION }, { homeHeiId: 'UHS.EDU.KH' }),
      RangeError,
      "policyFor: homeHeiId must be a SCHAC id: a lower-case internet domain such as uhs.edu.kh, received 'UHS.EDU.KH'",
      'policy.not_a_hei_id',
    );
    expect(formatMessage(error.code, error.params as never, { locale: 'fr' })).toBe(
      "policyFor\u00a0: homeHeiId doit être un identifiant SCHAC\u00a0: un nom de domaine en minuscules, tel que uhs.edu.kh, valeur reçue 'UHS.EDU.KH'",
    );
  });

  it('from the options of a function, with the caller options', () => {
    expectLibraryError(
      () => resolvePolicy({ homeHeiId: 'uhs' }),
      RangeError,
      notADomain("'uhs'").replace('createPolicy', 'options'),
      'policy.not_a_hei_id',
    );
  });
});

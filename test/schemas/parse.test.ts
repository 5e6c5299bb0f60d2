import { describe, expect, it } from 'vitest';
import {
  NetworkValidationError,
  formatIssues,
  isNetworkValidationError,
  parseAgreement,
  parseNetwork,
  parsePartner,
  parseProposal,
  safeParseAgreement,
  safeParseNetwork,
  safeParsePartner,
  safeParseProposal,
} from '../../src/schemas/index.js';
import { agreementInput, copy, networkInput, partnerInput, proposalInput } from './_fixtures.js';

const pairs = [
  ['network', parseNetwork, safeParseNetwork, networkInput],
  ['partner', parsePartner, safeParsePartner, partnerInput],
  ['agreement', parseAgreement, safeParseAgreement, agreementInput],
  ['proposal', parseProposal, safeParseProposal, proposalInput],
] as const;

describe.each(pairs)('parse/safeParse of a %s', (subject, parse, safeParse, valid) => {
  it('agree on valid input', () => {
    const result = safeParse(valid);
    expect(result.success).toBe(true);
    expect(parse(valid)).toEqual(result.success ? result.data : undefined);
  });

  it('parse throws a NetworkValidationError carrying the same issues', () => {
    const invalid = { ...copy(valid), unexpected: true };
    const result = safeParse(invalid);
    expect(result.success).toBe(false);
    let caught: unknown;
    try {
      parse(invalid);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(NetworkValidationError);
    expect(isNetworkValidationError(caught)).toBe(true);
    const error = caught as NetworkValidationError;
    expect(error.issues).toEqual(result.success ? [] : result.issues);
    expect(error.name).toBe('NetworkValidationError');
    expect(error.message).toBe(`Invalid ${subject}: 1 issue\nunexpected: unknown key 'unexpected'`);
  });

  it('parse throws only NetworkValidationError, whatever the input', () => {
    for (const input of [
      undefined,
      null,
      0,
      'x',
      [],
      {},
      [valid],
      new Map(),
      () => 1,
      Symbol('s'),
      10n,
    ]) {
      expect(() => parse(input)).toThrow(NetworkValidationError);
    }
  });

  it('does not mutate its input', () => {
    const input = copy(valid);
    const before = structuredClone(input);
    parse(input);
    expect(input).toEqual(before);
  });
});

describe('NetworkValidationError', () => {
  it('lists at most five issues in its message', () => {
    const issues = Array.from({ length: 7 }, (_, index) => ({
      code: 'custom' as const,
      path: ['partners', index],
      message: 'bad',
    }));
    const error = new NetworkValidationError(issues, 'network');
    expect(error.message.split('\n')).toEqual([
      'Invalid network: 7 issues',
      'partners[0]: bad',
      'partners[1]: bad',
      'partners[2]: bad',
      'partners[3]: bad',
      'partners[4]: bad',
      '… and 2 more',
    ]);
  });

  it('lists exactly five issues without a "more" line, and calls its subject "input" by default', () => {
    const issues = Array.from({ length: 5 }, (_, index) => ({
      code: 'custom' as const,
      path: [index],
      message: 'bad',
    }));
    expect(new NetworkValidationError(issues).message.split('\n')).toEqual([
      'Invalid input: 5 issues',
      '[0]: bad',
      '[1]: bad',
      '[2]: bad',
      '[3]: bad',
      '[4]: bad',
    ]);
    expect(new NetworkValidationError(issues.slice(0, 1)).message).toBe(
      'Invalid input: 1 issue\n[0]: bad',
    );
  });

  it('is recognised by its brand across copies of the class', () => {
    const foreign = Object.assign(new Error('x'), {
      [Symbol.for('@uhs/partners-network/NetworkValidationError')]: true,
      issues: [],
    });
    expect(isNetworkValidationError(foreign)).toBe(true);
    for (const value of [
      null,
      undefined,
      'NetworkValidationError',
      {},
      new Error('x'),
      { issues: [] },
    ]) {
      expect(isNetworkValidationError(value)).toBe(false);
    }
  });
});

describe('input that cannot be read', () => {
  it('gives one issue at the root saying so, instead of throwing', () => {
    const getter = Object.defineProperty({ schemaVersion: 1 }, 'partners', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(safeParseNetwork(getter)).toEqual({
      success: false,
      issues: [
        {
          code: 'custom',
          path: [],
          message: 'the input cannot be validated: it could not be read',
          params: { reason: 'unreadable' },
        },
      ],
      truncated: false,
    });
  });
});

describe('formatIssues', () => {
  it('writes one line an issue, with JavaScript-like paths', () => {
    expect(
      formatIssues([
        { code: 'invalid_value', path: ['partners', 3, 'country'], message: 'm1' },
        { code: 'invalid_type', path: [], message: 'm2' },
        { code: 'unrecognized_keys', path: ['partners', 0, 'odd key'], message: 'm3' },
        { code: 'invalid_type', path: [0, 'id'], message: 'm4' },
      ]),
    ).toBe('partners[3].country: m1\n(root): m2\npartners[0]["odd key"]: m3\n[0].id: m4');
  });

  it('is empty for no issues', () => {
    expect(formatIssues([])).toBe('');
  });
});

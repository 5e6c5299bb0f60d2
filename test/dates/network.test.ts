import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  agreementsInForce,
  agreementStatus,
  classifyIntent,
  expiringAgreements,
  INTENTS,
} from '../../src/dates/index.js';
import { createPolicy } from '../../src/policy/index.js';
import type { Network } from '../../src/schemas/network.js';
import {
  agreementInput,
  network,
  networkInput,
  shuffled,
  statusAgreements,
} from '../eligibility/_fixtures.js';
import { parseNetwork } from '../../src/schemas/parse.js';
import { INTENTS as CATALOG_INTENTS } from '../../src/catalog/rules.js';
import { expectLibraryError } from '../policy/_errors.js';

afterEach(() => {
  vi.useRealTimers();
});

const ids = (agreements: readonly { id: string }[]): string[] => agreements.map((a) => a.id);

/** The status network: one agreement per status on its asOf, 2017-06-30. */
const statusNetwork = network();

describe('the status network fixture', () => {
  it('has one agreement in each status on its asOf (hand-computed)', () => {
    const statuses = Object.fromEntries(
      statusNetwork.agreements.map((agreement) => [
        agreement.id,
        agreementStatus(agreement, { on: '2017-06-30' }),
      ]),
    );
    expect(statuses).toEqual({
      'a-active': 'active',
      'a-expiring': 'expiring',
      'a-expired': 'expired',
      'a-upcoming': 'upcoming',
      'a-terminated': 'terminated',
      'a-suspended': 'suspended',
    });
  });
});

describe('agreementsInForce', () => {
  it('lists the active and expiring agreements, sorted by id, on the network asOf', () => {
    expect(ids(agreementsInForce(statusNetwork))).toEqual(['a-active', 'a-expiring']);
  });

  it('takes on from the options first', () => {
    // 2017-07-01: a-upcoming starts; 2017-12-28: a-expiring has ended.
    expect(ids(agreementsInForce(statusNetwork, { on: '2017-07-01' }))).toEqual([
      'a-active',
      'a-expiring',
      'a-upcoming',
    ]);
    expect(ids(agreementsInForce(statusNetwork, { on: '2017-12-27' }))).toEqual([
      'a-active',
      'a-expiring',
      'a-upcoming',
    ]);
    expect(ids(agreementsInForce(statusNetwork, { on: '2017-12-28' }))).toEqual([
      'a-active',
      'a-upcoming',
    ]);
    expect(ids(agreementsInForce(statusNetwork, { on: '2016-06-29' }))).toEqual([
      'a-active',
      'a-expired',
      'a-expiring',
      'a-terminated',
    ]);
  });

  it("uses today's local date when the network has no asOf", () => {
    const undated = parseNetwork(networkInput({ asOf: undefined }));
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2017, 11, 28, 0, 30));
    expect(ids(agreementsInForce(undated))).toEqual(['a-active', 'a-upcoming']);
  });

  it('returns the agreements themselves, in a new array, and does not change the network', () => {
    const before = structuredClone(statusNetwork);
    const inForce = agreementsInForce(statusNetwork);
    expect(inForce[0]).toBe(statusNetwork.agreements[0]);
    expect(inForce).not.toBe(statusNetwork.agreements);
    expect(statusNetwork).toEqual(before);
  });

  it('is empty for a network without agreements', () => {
    expect(agreementsInForce(network({ agreements: [], proposals: [] }))).toEqual([]);
  });
});

describe('expiringAgreements', () => {
  it('lists the agreements ending within the window, the last day of the window included', () => {
    expect(ids(expiringAgreements(statusNetwork))).toEqual(['a-expiring']);
    // On 2017-06-29, a-expiring ends in 181 days.
    expect(ids(expiringAgreements(statusNetwork, { on: '2017-06-29' }))).toEqual([]);
  });

  it('reads the window from the options, then the policy', () => {
    expect(ids(expiringAgreements(statusNetwork, { expiringWithinDays: 179 }))).toEqual([]);
    const wide = createPolicy({ expiringWithinDays: 1000 });
    expect(ids(expiringAgreements(statusNetwork, { policy: wide }))).toEqual([
      'a-active',
      'a-expiring',
    ]);
    expect(
      ids(expiringAgreements(statusNetwork, { policy: wide, expiringWithinDays: 180 })),
    ).toEqual(['a-expiring']);
  });

  it('sorts by id, whatever the order of the network’s agreements', () => {
    const reversed = network({ agreements: [...statusAgreements].reverse() });
    const wide = createPolicy({ expiringWithinDays: 1000 });
    expect(ids(expiringAgreements(reversed, { policy: wide }))).toEqual(['a-active', 'a-expiring']);
  });

  it('does not list a suspended agreement, even when it ends soon', () => {
    expect(ids(expiringAgreements(statusNetwork, { on: '2019-12-01' }))).toEqual(['a-active']);
  });
});

describe('classifyIntent', () => {
  it('is build for a partner with no agreement at all, or an unknown id', () => {
    expect(classifyIntent('ngo-geneva-example', statusNetwork)).toBe('build');
    expect(classifyIntent('nobody', statusNetwork)).toBe('build');
  });

  it('is strengthen with an agreement in force beyond the window', () => {
    // Lyon: a-active ends on 2019-12-31.
    expect(classifyIntent('univ-lyon-example', statusNetwork)).toBe('strengthen');
  });

  it('is strengthen with an upcoming agreement', () => {
    // Osaka: a-upcoming (from 2017-07-01), a-terminated, a-suspended.
    expect(classifyIntent('inst-osaka-example', statusNetwork)).toBe('strengthen');
  });

  it('is renew when every agreement ended, was terminated or is suspended', () => {
    const lapsed = network({
      agreements: [
        agreementInput({ id: 'old', endsOn: '2016-12-31' }),
        agreementInput({ id: 'stopped', terminatedOn: '2016-01-01' }),
        agreementInput({ id: 'paused', suspended: true }),
      ],
    });
    expect(classifyIntent('univ-lyon-example', lapsed)).toBe('renew');
  });

  it('is renew when every agreement in force ends within the window, whose last day counts', () => {
    const ending = network({
      agreements: [agreementInput({ id: 'ending', endsOn: '2017-12-27' })],
    });
    // 2017-12-27 is 180 days after 2017-06-30: within the window.
    expect(classifyIntent('univ-lyon-example', ending)).toBe('renew');
    expect(classifyIntent('univ-lyon-example', ending, { on: '2017-06-29' })).toBe('strengthen');
    expect(classifyIntent('univ-lyon-example', ending, { renewalWindowDays: 179 })).toBe(
      'strengthen',
    );
    expect(
      classifyIntent('univ-lyon-example', ending, {
        policy: createPolicy({ renewalWindowDays: 179 }),
      }),
    ).toBe('strengthen');
    expect(classifyIntent('univ-lyon-example', ending, { on: '2017-12-28' })).toBe('renew');
  });

  it('lists its three intents', () => {
    expect(INTENTS).toEqual(['strengthen', 'renew', 'build']);
  });

  it("uses today's local date without asOf, and rejects a bad on", () => {
    const undated = parseNetwork(networkInput({ asOf: undefined, agreements: [agreementInput()] }));
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2019, 6, 3, 12));
    expect(classifyIntent('univ-lyon-example', undated)).toBe('strengthen');
    vi.setSystemTime(new Date(2019, 6, 4, 12));
    expect(classifyIntent('univ-lyon-example', undated)).toBe('renew');
    vi.useRealTimers();
    expect(() => classifyIntent('univ-lyon-example', undated, { on: '2019-7-4' })).toThrow(
      RangeError,
    );
  });

  it('re-exports the intents of the catalog', () => {
    expect(INTENTS).toBe(CATALOG_INTENTS);
  });
});

describe('an invalid on names the function that received it', () => {
  const calls: [string, (on: string) => unknown][] = [
    ['agreementsInForce', (on) => agreementsInForce(statusNetwork, { on })],
    ['expiringAgreements', (on) => expiringAgreements(statusNetwork, { on })],
    ['classifyIntent', (on) => classifyIntent('univ-lyon-example', statusNetwork, { on })],
  ];
  it.each(calls)('%s', (caller, call) => {
    const error = expectLibraryError(
      () => call('2017-02-29'),
      RangeError,
      `${caller}: on must be a real calendar date YYYY-MM-DD, received '2017-02-29'`,
      'option.invalid_on',
    );
    expect(error.params).toEqual({ caller, received: '2017-02-29' });
  });

  it('and a policy parameter given in the options is checked as createPolicy checks it', () => {
    expectLibraryError(
      () => expiringAgreements(statusNetwork, { expiringWithinDays: -1 }),
      RangeError,
      'options: expiringWithinDays must be a whole number of days ≥ 0, received -1',
      'policy.not_days',
    );
    expectLibraryError(
      () =>
        classifyIntent('univ-lyon-example', statusNetwork, { renewalWindowDays: '30' as never }),
      TypeError,
      "options: renewalWindowDays must be a number, received '30'",
      'policy.not_a_number',
    );
  });
});

describe('order independence and immutability (properties)', () => {
  const day = fc.integer({ min: 0, max: 3000 }).map((n) => {
    const date = new Date(Date.UTC(2012, 0, 1 + n));
    return date.toISOString().slice(0, 10);
  });

  it('gives the same results whatever the order of agreements and partners', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 6, maxLength: 6 }), day, (order, on) => {
        const input = networkInput();
        const reordered: Network = parseNetwork({
          ...input,
          agreements: shuffled(statusAgreements, order),
          partners: shuffled(input.partners as unknown[], order),
        });
        expect(ids(agreementsInForce(reordered, { on }))).toEqual(
          ids(agreementsInForce(statusNetwork, { on })),
        );
        expect(ids(expiringAgreements(reordered, { on }))).toEqual(
          ids(expiringAgreements(statusNetwork, { on })),
        );
        for (const partner of ['univ-lyon-example', 'inst-osaka-example', 'ngo-geneva-example']) {
          expect(classifyIntent(partner, reordered, { on })).toBe(
            classifyIntent(partner, statusNetwork, { on }),
          );
        }
      }),
      { numRuns: 100 },
    );
  });

  it('never changes the network, and sorts its results by id', () => {
    fc.assert(
      fc.property(day, (on) => {
        const before = structuredClone(statusNetwork);
        const inForce = ids(agreementsInForce(statusNetwork, { on }));
        const expiring = ids(expiringAgreements(statusNetwork, { on }));
        classifyIntent('univ-lyon-example', statusNetwork, { on });
        expect(statusNetwork).toEqual(before);
        expect(inForce).toEqual([...inForce].sort());
        expect(expiring.every((id) => inForce.includes(id))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

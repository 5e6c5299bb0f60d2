import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AGREEMENT_STATUSES,
  agreementStatus,
  type AgreementStatus,
} from '../../src/dates/index.js';
import { createPolicy } from '../../src/policy/index.js';
import { addDaysUtc, agreement, daysBetweenUtc } from '../eligibility/_fixtures.js';
import { expectLibraryError } from '../policy/_errors.js';

afterEach(() => {
  vi.useRealTimers();
});

/** 2015-01-01 … 2019-12-31. */
const mou = agreement();

describe('agreementStatus', () => {
  it('lists the six statuses', () => {
    expect(AGREEMENT_STATUSES).toEqual([
      'upcoming',
      'active',
      'expiring',
      'expired',
      'terminated',
      'suspended',
    ]);
    expect(Object.isFrozen(AGREEMENT_STATUSES)).toBe(true);
  });

  it.each<[string, string, AgreementStatus]>([
    ['the day before the first day', '2014-12-31', 'upcoming'],
    ['the first day', '2015-01-01', 'active'],
    ['a day in the middle', '2017-06-30', 'active'],
    ['the day before the expiry window (181 days left)', '2019-07-03', 'active'],
    ['the first day of the expiry window (180 days left)', '2019-07-04', 'expiring'],
    ['the last day', '2019-12-31', 'expiring'],
    ['the day after the last day', '2020-01-01', 'expired'],
    ['long after', '2030-01-01', 'expired'],
  ])('is the hand-computed status on %s (%s)', (_name, on, status) => {
    expect(agreementStatus(mou, { on })).toBe(status);
  });

  describe('terminated', () => {
    const terminated = agreement({ terminatedOn: '2017-03-31' });
    it('is terminated from its terminatedOn day on, and not before', () => {
      expect(agreementStatus(terminated, { on: '2017-03-30' })).toBe('active');
      expect(agreementStatus(terminated, { on: '2017-03-31' })).toBe('terminated');
      expect(agreementStatus(terminated, { on: '2017-04-01' })).toBe('terminated');
    });
    it('stays terminated after its end (terminated before expired)', () => {
      expect(agreementStatus(terminated, { on: '2020-01-01' })).toBe('terminated');
    });
    it('wins over suspended and expiring', () => {
      const both = agreement({ terminatedOn: '2019-12-01', suspended: true });
      expect(agreementStatus(both, { on: '2019-12-01' })).toBe('terminated');
      expect(agreementStatus(both, { on: '2019-11-30' })).toBe('suspended');
    });
    it('is terminated on its first day when terminated that day', () => {
      const sameDay = agreement({ terminatedOn: '2015-01-01' });
      expect(agreementStatus(sameDay, { on: '2015-01-01' })).toBe('terminated');
      expect(agreementStatus(sameDay, { on: '2014-12-31' })).toBe('upcoming');
    });
  });

  describe('suspended', () => {
    const suspended = agreement({ suspended: true });
    it('is suspended within its period, including the expiry window', () => {
      expect(agreementStatus(suspended, { on: '2015-01-01' })).toBe('suspended');
      expect(agreementStatus(suspended, { on: '2019-12-31' })).toBe('suspended');
    });
    it('is still upcoming before its start and expired after its end', () => {
      expect(agreementStatus(suspended, { on: '2014-12-31' })).toBe('upcoming');
      expect(agreementStatus(suspended, { on: '2020-01-01' })).toBe('expired');
    });
    it('is not suspended when the flag is false', () => {
      expect(agreementStatus(agreement({ suspended: false }), { on: '2016-01-01' })).toBe('active');
    });
  });

  describe('29 February', () => {
    it('counts 29 February as a day of the period and of the window', () => {
      const leap = agreement({ startsOn: '2016-02-29', endsOn: '2016-03-01' });
      expect(agreementStatus(leap, { on: '2016-02-28' })).toBe('upcoming');
      expect(agreementStatus(leap, { on: '2016-02-29' })).toBe('expiring');
      expect(agreementStatus(leap, { on: '2016-03-02' })).toBe('expired');
    });
    it('ends on 29 February', () => {
      const endsLeap = agreement({ startsOn: '2014-03-01', endsOn: '2016-02-29' });
      expect(agreementStatus(endsLeap, { on: '2016-02-29' })).toBe('expiring');
      expect(agreementStatus(endsLeap, { on: '2016-03-01' })).toBe('expired');
    });
    it('makes the window one calendar day longer across a leap year', () => {
      // 2015-09-03 → 2016-03-01 is 180 days (29 February 2016 inside); 2016-09-03 → 2017-03-01 is 179.
      const leapYear = agreement({ startsOn: '2015-01-01', endsOn: '2016-03-01' });
      expect(agreementStatus(leapYear, { on: '2015-09-02' })).toBe('active');
      expect(agreementStatus(leapYear, { on: '2015-09-03' })).toBe('expiring');
      const commonYear = agreement({ startsOn: '2016-01-01', endsOn: '2017-03-01' });
      expect(agreementStatus(commonYear, { on: '2016-09-01' })).toBe('active');
      expect(agreementStatus(commonYear, { on: '2016-09-02' })).toBe('expiring');
    });
  });

  describe('the expiry window', () => {
    it('reads expiringWithinDays from the options, winning over the policy', () => {
      const policy = createPolicy({ expiringWithinDays: 30 });
      // 2019-12-01 is 30 days before 2019-12-31, 2019-11-30 is 31.
      expect(agreementStatus(mou, { on: '2019-12-01', policy })).toBe('expiring');
      expect(agreementStatus(mou, { on: '2019-11-30', policy })).toBe('active');
      expect(agreementStatus(mou, { on: '2019-11-30', policy, expiringWithinDays: 31 })).toBe(
        'expiring',
      );
      expect(agreementStatus(mou, { on: '2019-07-04', expiringWithinDays: 179 })).toBe('active');
    });
    it('with a window of 0, is expiring on the last day only', () => {
      expect(agreementStatus(mou, { on: '2019-12-30', expiringWithinDays: 0 })).toBe('active');
      expect(agreementStatus(mou, { on: '2019-12-31', expiringWithinDays: 0 })).toBe('expiring');
    });
    it('rejects a window that is not a whole number ≥ 0', () => {
      expect(() => agreementStatus(mou, { on: '2019-12-31', expiringWithinDays: -1 })).toThrow(
        RangeError,
      );
      expect(() => agreementStatus(mou, { on: '2019-12-31', expiringWithinDays: 0.5 })).toThrow(
        /expiringWithinDays/,
      );
    });
  });

  it("uses today's local date when on is not given", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2019, 11, 31, 23, 59));
    expect(agreementStatus(mou)).toBe('expiring');
    vi.setSystemTime(new Date(2020, 0, 1, 0, 1));
    expect(agreementStatus(mou)).toBe('expired');
    vi.setSystemTime(new Date(2014, 11, 31, 12, 0));
    expect(agreementStatus(mou, {})).toBe('upcoming');
  });

  it.each(['2019-02-29', '2019-12-32', '20191231', 'today'])(
    'throws a RangeError naming on for %s',
    (on) => {
      const error = expectLibraryError(
        () => agreementStatus(mou, { on }),
        RangeError,
        `agreementStatus: on must be a real calendar date YYYY-MM-DD, received '${on}'`,
        'option.invalid_on',
      );
      expect(error.params).toEqual({ caller: 'agreementStatus', received: on });
    },
  );

  it('throws a RangeError for an on that is not a string, even one that reads as a date', () => {
    // Plain JavaScript callers can pass anything: an array or an object whose string form is
    // a date is still not an ISO date string.
    for (const on of [['2019-12-31'], { toString: () => '2019-12-31' }, 20191231]) {
      expect(() => agreementStatus(mou, { on: on as unknown as string })).toThrow(RangeError);
    }
  });

  it('does not change the agreement (and works on a frozen one)', () => {
    const frozen = Object.freeze(agreement({ suspended: true, terminatedOn: '2018-01-01' }));
    const before = structuredClone(frozen);
    expect(agreementStatus(frozen, { on: '2017-01-01' })).toBe('suspended');
    expect(frozen).toEqual(before);
  });

  it('agrees with a reference computed by UTC day arithmetic (property)', () => {
    const day = fc.integer({ min: 0, max: 365 * 60 }).map((n) => addDaysUtc('1990-01-01', n));
    const input = fc.record({
      startsOn: day,
      length: fc.integer({ min: 1, max: 3000 }),
      terminatedAfter: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
      suspended: fc.option(fc.boolean(), { nil: undefined }),
      on: day,
      window: fc.integer({ min: 0, max: 400 }),
    });
    fc.assert(
      fc.property(input, ({ startsOn, length, terminatedAfter, suspended, on, window }) => {
        const endsOn = addDaysUtc(startsOn, length);
        const terminatedOn =
          terminatedAfter === undefined
            ? undefined
            : addDaysUtc(startsOn, Math.min(terminatedAfter, length));
        const subject = {
          startsOn,
          endsOn,
          ...(terminatedOn === undefined ? {} : { terminatedOn }),
          ...(suspended === undefined ? {} : { suspended }),
        };
        const expected: AgreementStatus =
          terminatedOn !== undefined && daysBetweenUtc(terminatedOn, on) >= 0
            ? 'terminated'
            : daysBetweenUtc(startsOn, on) < 0
              ? 'upcoming'
              : daysBetweenUtc(endsOn, on) > 0
                ? 'expired'
                : suspended === true
                  ? 'suspended'
                  : daysBetweenUtc(on, endsOn) <= window
                    ? 'expiring'
                    : 'active';
        expect(agreementStatus(subject, { on, expiringWithinDays: window })).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});

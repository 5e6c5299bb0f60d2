// Issue #15: renewalCalendar. The agreements whose renewal window opens (or, failing that,
// whose end falls) in a range, soonest first, with the gaps each would open and the
// proposals that would renew it. Hand-computed cases (a sole coverer among them), the
// example network, laws against agreementStatus / coverageMatrix / classifyIntent, order
// independence, no mutation, and every error in English and French.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELLS } from '../../src/catalog/index.js';
import { addDaysIso } from '../../src/core/_calendar.js';
import { agreementStatus, classifyIntent } from '../../src/dates/index.js';
import { formatMessage, type MessageCode } from '../../src/messages/index.js';
import { renewalCalendar, type RenewalEntry } from '../../src/planning/index.js';
import { parseNetwork, type Network } from '../../src/schemas/index.js';
import { coverageMatrix } from '../../src/synergy/index.js';
import { generateNetwork } from '../../src/testing/index.js';
import { expectLibraryError } from '../policy/_errors.js';

const NBSP = '\u00a0';

interface AgreementSpec {
  id: string;
  partners: string[];
  scope: string[];
  startsOn: string;
  endsOn: string;
  terminatedOn?: string;
  suspended?: boolean;
  renews?: string;
}

interface ProposalSpec {
  id: string;
  partner: string;
  scope: string[];
  start: string;
  end: string;
}

function network(spec: {
  partners: string[];
  agreements: AgreementSpec[];
  proposals?: ProposalSpec[];
  asOf?: string;
}): Network {
  return parseNetwork({
    schemaVersion: 1,
    asOf: spec.asOf ?? '2020-06-30',
    partners: spec.partners.map((id) => ({
      id,
      name: `Example Institution ${id} (fictional)`,
      type: 'university',
      country: 'FR',
      fields: [],
      languages: ['en'],
      contacts: [{ name: 'Example Contact', email: `contact@${id}.example.org`, focalPoint: true }],
    })),
    agreements: spec.agreements.map(({ partners, ...agreement }) => ({
      title: `Agreement ${agreement.id}`,
      instrument: 'mou',
      partnerIds: partners,
      commitments: [],
      ...agreement,
    })),
    proposals: (spec.proposals ?? []).map((proposal) => ({
      id: proposal.id,
      partner: proposal.partner,
      submittedOn: '2020-01-15',
      period: { start: proposal.start, end: proposal.end },
      scope: proposal.scope,
      commitments: [],
    })),
  });
}

// asOf 2020-06-30: the default range is 2020-06-30 … 2021-06-29; renewal windows are 180 days.
const agreements: AgreementSpec[] = [
  // The sole coverer of A1; C5 is also covered by s2. Window opens 2020-07-04.
  { id: 's1', partners: ['p1'], scope: ['A1', 'C5'], startsOn: '2018-01-01', endsOn: '2020-12-31' },
  // Covers C5 until 2022: its window (2022-07-04) is out of range.
  { id: 's2', partners: ['p2'], scope: ['C5'], startsOn: '2019-01-01', endsOn: '2022-12-31' },
  // B2 until 2021-03-31 (window opens 2020-10-02), taken over by s4 the next day.
  { id: 's3', partners: ['p3'], scope: ['B2'], startsOn: '2017-01-01', endsOn: '2021-03-31' },
  { id: 's4', partners: ['p4'], scope: ['B2'], startsOn: '2021-04-01', endsOn: '2023-12-31' },
  // Window opened 2020-04-03, before the range: listed for its end, 2020-09-30.
  { id: 's5', partners: ['p5'], scope: ['D3', 'D4'], startsOn: '2016-01-01', endsOn: '2020-09-30' },
  // s7 is renewed by s8 (`renews`): left out.
  { id: 's7', partners: ['p6'], scope: ['A2'], startsOn: '2015-01-01', endsOn: '2020-12-31' },
  {
    id: 's8',
    partners: ['p6'],
    scope: ['A2'],
    startsOn: '2021-01-01',
    endsOn: '2025-12-31',
    renews: 's7',
  },
  // p7 has s10 beyond s9's window: a proposal of p7 strengthens, it does not renew s9.
  { id: 's9', partners: ['p7'], scope: ['B1'], startsOn: '2018-01-01', endsOn: '2021-01-31' },
  { id: 's10', partners: ['p7'], scope: ['B3'], startsOn: '2019-01-01', endsOn: '2024-12-31' },
  // Terminated and suspended: left out.
  {
    id: 's11',
    partners: ['p8'],
    scope: ['C1'],
    startsOn: '2018-01-01',
    endsOn: '2020-12-31',
    terminatedOn: '2020-11-30',
  },
  {
    id: 's12',
    partners: ['p9'],
    scope: ['C2'],
    startsOn: '2018-01-01',
    endsOn: '2020-12-31',
    suspended: true,
  },
  // Two ending the same day (windows open 2020-12-31): by id. s13 has two partners.
  {
    id: 's13',
    partners: ['p2', 'p10'],
    scope: ['A3'],
    startsOn: '2018-01-01',
    endsOn: '2021-06-29',
  },
  { id: 's14', partners: ['p11'], scope: ['A4'], startsOn: '2018-01-01', endsOn: '2021-06-29' },
];
const proposals: ProposalSpec[] = [
  // Renews s5: p5's, shares D4, runs past 2020-09-30, intent renew on 2020-04-03.
  { id: 'q1', partner: 'p5', scope: ['D4', 'D5'], start: '2020-10-01', end: '2023-09-30' },
  // Shares no cell with s5.
  { id: 'q2', partner: 'p5', scope: ['D5'], start: '2020-10-01', end: '2023-09-30' },
  // Ends before s5 does.
  { id: 'q3', partner: 'p5', scope: ['D3'], start: '2019-01-01', end: '2020-06-30' },
  // p7's intent is strengthen (s10 runs to 2024).
  { id: 'q4', partner: 'p7', scope: ['B1'], start: '2021-02-01', end: '2024-01-31' },
  // s13 is p2's and p10's: p2 has s2 past the window (strengthen), p10 has only s13 (renew).
  { id: 'q5', partner: 'p2', scope: ['A3'], start: '2021-07-01', end: '2023-06-30' },
  { id: 'q6', partner: 'p10', scope: ['A3', 'A5'], start: '2021-07-01', end: '2023-06-30' },
];

const PARTNERS = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10', 'p11'];
const sample = network({ partners: PARTNERS, agreements, proposals });

describe('renewalCalendar: hand-computed', () => {
  it('the twelve months after asOf, with a sole coverer', () => {
    expect(renewalCalendar(sample)).toEqual([
      {
        agreementId: 's1',
        partnerIds: ['p1'],
        date: '2020-07-04',
        event: 'renewal-window',
        endsOn: '2020-12-31',
        cells: ['A1', 'C5'],
        // s1 alone covers A1; s2 still covers C5 on 2021-01-01.
        wouldOpen: ['A1'],
        renewedBy: [],
      },
      {
        agreementId: 's9',
        partnerIds: ['p7'],
        date: '2020-08-04',
        event: 'renewal-window',
        endsOn: '2021-01-31',
        cells: ['B1'],
        wouldOpen: ['B1'],
        renewedBy: [],
      },
      {
        agreementId: 's5',
        partnerIds: ['p5'],
        date: '2020-09-30',
        event: 'ends',
        endsOn: '2020-09-30',
        cells: ['D3', 'D4'],
        wouldOpen: ['D3', 'D4'],
        renewedBy: ['q1'],
      },
      {
        agreementId: 's3',
        partnerIds: ['p3'],
        date: '2020-10-02',
        event: 'renewal-window',
        endsOn: '2021-03-31',
        cells: ['B2'],
        // s4 covers B2 from 2021-04-01, the day after s3 ends.
        wouldOpen: [],
        renewedBy: [],
      },
      {
        agreementId: 's13',
        partnerIds: ['p10', 'p2'],
        date: '2020-12-31',
        event: 'renewal-window',
        endsOn: '2021-06-29',
        cells: ['A3'],
        wouldOpen: ['A3'],
        renewedBy: ['q6'],
      },
      {
        agreementId: 's14',
        partnerIds: ['p11'],
        date: '2020-12-31',
        event: 'renewal-window',
        endsOn: '2021-06-29',
        cells: ['A4'],
        wouldOpen: ['A4'],
        renewedBy: [],
      },
    ]);
  });

  it('prefers the window to the end when both fall in the range; from defaults to on', () => {
    const entries = renewalCalendar(sample, { from: '2020-01-01', to: '2020-12-31' });
    expect(entries.find((entry) => entry.agreementId === 's5')).toMatchObject({
      event: 'renewal-window',
      date: '2020-04-03',
    });
    expect(renewalCalendar(sample, { on: '2021-01-01', to: '2021-01-31' })).toEqual([
      expect.objectContaining({ agreementId: 's9', event: 'ends', date: '2021-01-31' }),
    ]);
    // A longer window opens earlier.
    expect(
      renewalCalendar(sample, { from: '2020-01-01', to: '2020-01-01', renewalWindowDays: 365 }).map(
        (entry) => entry.agreementId,
      ),
    ).toEqual(['s1']);
  });

  it('leaves out the agreements a later agreement renews, and only those', () => {
    const ids = (value: Network) => renewalCalendar(value).map((entry) => entry.agreementId);
    expect(ids(sample)).not.toContain('s7');
    const unrenewed = network({
      partners: PARTNERS,
      agreements: agreements.map(({ renews: _renews, ...agreement }) => agreement),
      proposals,
    });
    expect(ids(unrenewed)).toContain('s7');
  });

  it('opens the window on the first day of an agreement shorter than the window', () => {
    const short = network({
      partners: ['p1'],
      agreements: [
        { id: 'a', partners: ['p1'], scope: ['A1'], startsOn: '2020-09-01', endsOn: '2020-12-31' },
      ],
      proposals: [
        { id: 'q', partner: 'p1', scope: ['A1'], start: '2021-01-01', end: '2022-12-31' },
      ],
    });
    expect(renewalCalendar(short)).toEqual([
      expect.objectContaining({ date: '2020-09-01', event: 'renewal-window', renewedBy: ['q'] }),
    ]);
  });

  it('the default range is twelve months less a day, from a 29th of February too', () => {
    const ending = (endsOn: string, id: string): AgreementSpec => ({
      id,
      partners: ['p1'],
      scope: ['A1'],
      startsOn: '2019-01-01',
      endsOn,
    });
    const leap = network({
      partners: ['p1'],
      agreements: [ending('2021-02-27', 'a'), ending('2021-02-28', 'b'), ending('2021-03-01', 'c')],
    });
    const ids = renewalCalendar(leap, { on: '2020-02-29', renewalWindowDays: 0 }).map(
      (entry) => entry.agreementId,
    );
    expect(ids).toEqual(['a', 'b']);
    expect(
      renewalCalendar(leap, { on: '2020-03-02', renewalWindowDays: 0 }).map((e) => e.agreementId),
    ).toEqual(['a', 'b', 'c']);
    expect(renewalCalendar(leap, { from: '9999-06-01' })).toEqual([]);
  });

  it('the example network', () => {
    const example = parseNetwork(
      JSON.parse(readFileSync(new URL('../../examples/network.json', import.meta.url), 'utf8')),
    );
    // asOf 2017-06-30: Osaka's and Hanoi's windows opened before; Manila's opens in December.
    expect(
      renewalCalendar(example).map((entry) => [entry.agreementId, entry.event, entry.date]),
    ).toEqual([
      ['exchange-osaka-2015', 'ends', '2017-10-31'],
      ['mou-manila-2016', 'renewal-window', '2017-12-02'],
      ['exchange-hanoi-2014', 'ends', '2017-12-15'],
    ]);
    const whole = renewalCalendar(example, { from: '2010-01-01', to: '2030-12-31' });
    const ids = whole.map((entry) => entry.agreementId);
    // Vientiane's 2012 MoU is renewed by its 2015 one; Boston's grant was terminated;
    // Sydney's MoU is suspended.
    expect(ids).not.toContain('mou-vientiane-2012');
    expect(ids).not.toContain('grant-boston-2014');
    expect(ids).not.toContain('mou-sydney-2015');
    const lyon = whole.find((entry) => entry.agreementId === 'mou-lyon-2014');
    // On 2019-01-01 Seoul still covers B2; B4 and C5 would be gaps.
    expect(lyon?.wouldOpen).toEqual(['B4', 'C5']);
    expect(lyon?.renewedBy).toContain('eoi-lyon-2017');
  });
});

describe('renewalCalendar: errors, in English and French', () => {
  function expectError(run: () => unknown, code: string, en: string, fr: string) {
    const error = expectLibraryError(run, RangeError, en, code);
    expect(formatMessage(error.code as MessageCode, error.params as never, { locale: 'fr' })).toBe(
      fr,
    );
    return error;
  }

  it('from or to not a real date', () => {
    expectError(
      () => renewalCalendar(sample, { from: '2020-6-1' }),
      'dates.not_a_date',
      "renewalCalendar: from must be a real calendar date YYYY-MM-DD, received '2020-6-1'",
      `renewalCalendar${NBSP}: from doit être une date valide au format AAAA-MM-JJ, valeur reçue '2020-6-1'`,
    );
    const error = expectError(
      () => renewalCalendar(sample, { to: null as unknown as string }),
      'dates.not_a_date',
      'renewalCalendar: to must be a real calendar date YYYY-MM-DD, received null',
      `renewalCalendar${NBSP}: to doit être une date valide au format AAAA-MM-JJ, valeur reçue null`,
    );
    expect(error.params).toEqual({ caller: 'renewalCalendar', field: 'to', received: null });
  });

  it('to before from (from defaults to on)', () => {
    const error = expectError(
      () => renewalCalendar(sample, { to: '2020-06-29' }),
      'planning.to_before_from',
      "renewalCalendar: to must not be before from (2020-06-30), received '2020-06-29'",
      `renewalCalendar${NBSP}: to ne doit pas être antérieure à from (2020-06-30), valeur reçue '2020-06-29'`,
    );
    expect(error.params).toEqual({
      caller: 'renewalCalendar',
      from: '2020-06-30',
      received: '2020-06-29',
    });
  });

  it('an invalid on or renewalWindowDays', () => {
    expectError(
      () => renewalCalendar(sample, { on: '2020-02-30' }),
      'option.invalid_on',
      "renewalCalendar: on must be a real calendar date YYYY-MM-DD, received '2020-02-30'",
      `renewalCalendar${NBSP}: on doit être une date valide au format AAAA-MM-JJ, valeur reçue '2020-02-30'`,
    );
    expect(() => renewalCalendar(sample, { renewalWindowDays: -1 })).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------
// Laws.

const networks = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    partners: fc.integer({ min: 1, max: 30 }),
  })
  .map(({ seed, partners }) =>
    parseNetwork(generateNetwork({ seed, partners, proposals: partners })),
  );

const ranges = fc
  .record({
    from: fc.constantFrom('2014-01-01', '2016-03-15', '2017-06-30', '2018-12-31', '2020-02-29'),
    to: fc.option(fc.constantFrom('2017-06-30', '2019-12-31', '2021-06-30', '2026-01-01')),
    window: fc.constantFrom(0, 30, 180, 400),
  })
  .filter(({ from, to }) => to === null || from <= to);

/** The entries `renewalCalendar` should give, computed naively from the public functions. */
function naive(value: Network, from: string, to: string, window: number): RenewalEntry[] {
  const renewed = new Set(value.agreements.flatMap((agreement) => agreement.renews ?? []));
  const entries: RenewalEntry[] = [];
  for (const agreement of value.agreements) {
    if (agreement.terminatedOn !== undefined || agreement.suspended === true) continue;
    if (renewed.has(agreement.id)) continue;
    // The window opens on the first day on which agreementStatus says `expiring`, with the
    // renewal window as the expiry window.
    const near = addDaysIso(agreement.endsOn, -window - 3);
    let opens = near > agreement.startsOn ? near : agreement.startsOn;
    while (agreementStatus(agreement, { on: opens, expiringWithinDays: window }) !== 'expiring')
      opens = addDaysIso(opens, 1);
    if (opens > agreement.startsOn) {
      const before = addDaysIso(opens, -1);
      expect(agreementStatus(agreement, { on: before, expiringWithinDays: window })).toBe('active');
    }
    const event =
      from <= opens && opens <= to
        ? ('renewal-window' as const)
        : from <= agreement.endsOn && agreement.endsOn <= to
          ? ('ends' as const)
          : undefined;
    if (event === undefined) continue;
    const after = coverageMatrix(value, { on: addDaysIso(agreement.endsOn, 1) });
    const cells = CELLS.filter((cell) => agreement.scope.includes(cell));
    entries.push({
      agreementId: agreement.id,
      partnerIds: [...agreement.partnerIds].sort(),
      date: event === 'ends' ? agreement.endsOn : opens,
      event,
      endsOn: agreement.endsOn,
      cells,
      wouldOpen: cells.filter((cell) => after.find((entry) => entry.cell === cell)?.count === 0),
      renewedBy: (value.proposals ?? [])
        .filter((proposal) => {
          const partnerId =
            typeof proposal.partner === 'string' ? proposal.partner : proposal.partner.id;
          return (
            agreement.partnerIds.includes(partnerId) &&
            proposal.scope.some((cell) => agreement.scope.includes(cell)) &&
            proposal.period.end > agreement.endsOn &&
            classifyIntent(partnerId, value, { on: opens, renewalWindowDays: window }) === 'renew'
          );
        })
        .map((proposal) => proposal.id)
        .sort(),
    });
  }
  return entries.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.agreementId < b.agreementId ? -1 : 1,
  );
}

function shuffled(value: Network, seed: number): Network {
  const order = <T>(items: readonly T[]): T[] =>
    items
      .map((item, index) => ({ item, key: (Math.imul(index + 1, 2654435761) ^ seed) >>> 0 }))
      .sort((a, b) => a.key - b.key)
      .map(({ item }) => item);
  return {
    ...value,
    partners: order(value.partners),
    agreements: order(value.agreements).map((agreement) => ({
      ...agreement,
      scope: order(agreement.scope),
      partnerIds: order(agreement.partnerIds),
    })),
    proposals: order(value.proposals ?? []).map((proposal) => ({
      ...proposal,
      scope: order(proposal.scope),
    })),
  };
}

describe('renewalCalendar: laws', () => {
  it('equals the naive calendar built from agreementStatus, coverageMatrix and classifyIntent', () => {
    fc.assert(
      fc.property(networks, ranges, (value, { from, to, window }) => {
        const entries = renewalCalendar(value, {
          from,
          to: to ?? undefined,
          renewalWindowDays: window,
        });
        // The default: the day before the same date a year later.
        const yearLater =
          from === '2020-02-29'
            ? '2021-02-28'
            : addDaysIso(`${Number(from.slice(0, 4)) + 1}${from.slice(4)}`, -1);
        expect(entries).toEqual(naive(value, from, to ?? yearLater, window));
      }),
      { numRuns: 40 },
    );
  });

  it('does not depend on input order', () => {
    fc.assert(
      fc.property(networks, fc.integer(), (value, seed) => {
        const options = { from: '2014-01-01', to: '2022-12-31' };
        expect(renewalCalendar(shuffled(value, seed), options)).toEqual(
          renewalCalendar(value, options),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('never mutates the network', () => {
    fc.assert(
      fc.property(networks, (value) => {
        const before = structuredClone(value);
        const frozen = deepFreeze(structuredClone(value));
        const options = { from: '2014-01-01', to: '2022-12-31' };
        const first = renewalCalendar(frozen, options);
        expect(frozen).toEqual(before);
        expect(renewalCalendar(frozen, options)).toEqual(first);
      }),
      { numRuns: 20 },
    );
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

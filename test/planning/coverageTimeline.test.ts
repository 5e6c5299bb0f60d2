// Issue #15: coverageTimeline. An agreement counts for a step when it is in force on any day
// of it; steps are whole calendar units holding `from` … `to`; one sweep over start and end
// events. Hand-computed cases, the law against `coverageMatrix` day by day, order
// independence, no mutation, and every error in English and French.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELLS, type CellCode } from '../../src/catalog/index.js';
import { addDaysIso } from '../../src/core/_calendar.js';
import { isoOf, parseIsoDate } from '../../src/core/_days.js';
import { inForceOn } from '../../src/core/_lifecycle.js';
import { formatMessage, type MessageCode } from '../../src/messages/index.js';
import type { LibraryError } from '../../src/messages/_table.js';
import { coverageTimeline, type TimelineStep } from '../../src/planning/index.js';
import { inForceInterval, inForceMonths } from '../../src/planning/_timelineInterval.js';
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
  incoming?: number;
  outgoing?: number;
}

/** A small valid network with a plan; mobility commitments go in the first cell's area. */
function planNetwork(spec: {
  partners: string[];
  agreements: AgreementSpec[];
  plan?: { start: string; end: string };
}): Network {
  const mobility = (agreement: AgreementSpec) => {
    const area = agreement.scope[0]?.charAt(0) ?? 'A';
    const cell = `${area}2`;
    const list: unknown[] = [];
    if (agreement.incoming !== undefined)
      list.push({
        kind: 'mobility',
        area,
        activity: 2,
        direction: 'incoming',
        perYear: agreement.incoming,
      });
    if (agreement.outgoing !== undefined)
      list.push({
        kind: 'mobility',
        area,
        activity: 2,
        direction: 'outgoing',
        perYear: agreement.outgoing,
      });
    return { commitments: list, cell };
  };
  return parseNetwork({
    schemaVersion: 1,
    asOf: '2021-01-15',
    ...(spec.plan === undefined ? {} : { plan: spec.plan }),
    partners: spec.partners.map((id) => ({
      id,
      name: `Example Institution ${id} (fictional)`,
      type: 'university',
      country: 'FR',
      fields: [],
      languages: ['en'],
      contacts: [{ name: 'Example Contact', email: `contact@${id}.example.org`, focalPoint: true }],
    })),
    agreements: spec.agreements.map((agreement) => {
      const { commitments, cell } = mobility(agreement);
      const scope =
        commitments.length > 0 && !agreement.scope.includes(cell)
          ? [...agreement.scope, cell]
          : agreement.scope;
      return {
        id: agreement.id,
        title: `Agreement ${agreement.id}`,
        instrument: 'mou',
        partnerIds: agreement.partners,
        startsOn: agreement.startsOn,
        endsOn: agreement.endsOn,
        scope,
        commitments,
        ...(agreement.terminatedOn === undefined ? {} : { terminatedOn: agreement.terminatedOn }),
        ...(agreement.suspended === undefined ? {} : { suspended: agreement.suspended }),
      };
    }),
  });
}

/** Coverage with the given cells, every other cell 0. */
function coverageWith(counts: Partial<Record<CellCode, number>>): Record<CellCode, number> {
  return Object.fromEntries(CELLS.map((cell) => [cell, counts[cell] ?? 0])) as Record<
    CellCode,
    number
  >;
}

/** Every cell but the given ones, in `CELLS` order. */
function gapsBut(...covered: CellCode[]): CellCode[] {
  return CELLS.filter((cell) => !covered.includes(cell));
}

const flow = (incoming: number, outgoing: number) => ({
  incoming,
  outgoing,
  balance: incoming - outgoing,
});

// A three-year plan, 2020–2022, with agreements starting and ending mid-year.
const PLAN = { start: '2020-01-01', end: '2022-12-31' };
const threeYears = planNetwork({
  plan: PLAN,
  partners: ['p1', 'p2', 'p3', 'p4'],
  agreements: [
    // p1, 2019-06-01 … 2020-05-31: A1 B2, and A2 for its 2 outgoing a year.
    {
      id: 'a1',
      partners: ['p1'],
      scope: ['A1', 'B2'],
      startsOn: '2019-06-01',
      endsOn: '2020-05-31',
      outgoing: 2,
    },
    // p2, within 2020 only: A1 (and A2 for its 3 incoming a year).
    {
      id: 'a2',
      partners: ['p2'],
      scope: ['A1'],
      startsOn: '2020-03-01',
      endsOn: '2020-08-31',
      incoming: 3,
    },
    // p1 again, 2020-07-01 … 2021-06-30: A1 (a second agreement of the same partner).
    { id: 'a3', partners: ['p1'], scope: ['A1'], startsOn: '2020-07-01', endsOn: '2021-06-30' },
    // p3 and p4 together, terminated on 2022-01-01: in force on 2021-12-31 only.
    {
      id: 'a4',
      partners: ['p3', 'p4'],
      scope: ['C5'],
      startsOn: '2021-12-31',
      endsOn: '2023-06-30',
      terminatedOn: '2022-01-01',
    },
    // p4, suspended: never in force.
    {
      id: 'a5',
      partners: ['p4'],
      scope: ['D3'],
      startsOn: '2022-01-01',
      endsOn: '2024-12-31',
      suspended: true,
    },
    // p3, from the last day of September 2022.
    {
      id: 'a6',
      partners: ['p3'],
      scope: ['B2', 'D3'],
      startsOn: '2022-09-30',
      endsOn: '2025-01-01',
    },
    // p2, ending before the plan: only in the academic year that starts in October 2019.
    { id: 'a7', partners: ['p2'], scope: ['B2'], startsOn: '2015-01-01', endsOn: '2019-12-31' },
  ],
});

describe('coverageTimeline: hand-computed', () => {
  it('by year over a three-year plan (the default range is the plan)', () => {
    expect(coverageTimeline(threeYears, { step: 'year' })).toEqual([
      {
        // a1 (p1: A1 A2 B2), a2 (p2: A1 A2), a3 (p1: A1); A1 has two partners, not three.
        period: { start: '2020-01-01', end: '2020-12-31' },
        inForce: ['a1', 'a2', 'a3'],
        coverage: coverageWith({ A1: 2, A2: 2, B2: 1 }),
        gaps: gapsBut('A1', 'A2', 'B2'),
        mobility: flow(3, 2),
      },
      {
        // a3 until June; a4 on 2021-12-31 only, with its two partners.
        period: { start: '2021-01-01', end: '2021-12-31' },
        inForce: ['a3', 'a4'],
        coverage: coverageWith({ A1: 1, C5: 2 }),
        gaps: gapsBut('A1', 'C5'),
        mobility: flow(0, 0),
      },
      {
        // a4 was terminated on 2022-01-01 (not in force that day), a5 is suspended.
        period: { start: '2022-01-01', end: '2022-12-31' },
        inForce: ['a6'],
        coverage: coverageWith({ B2: 1, D3: 1 }),
        gaps: gapsBut('B2', 'D3'),
        mobility: flow(0, 0),
      },
    ]);
  });

  it('by academic year: whole years from the October before the plan to the September after', () => {
    const timeline = coverageTimeline(threeYears);
    expect(timeline.map((entry) => entry.period)).toEqual([
      { start: '2019-10-01', end: '2020-09-30' },
      { start: '2020-10-01', end: '2021-09-30' },
      { start: '2021-10-01', end: '2022-09-30' },
      { start: '2022-10-01', end: '2023-09-30' },
    ]);
    // 2019–2020: a7 (p2: B2) until 2019-12-31 joins a1, a2 and a3.
    expect(timeline[0]).toEqual({
      period: { start: '2019-10-01', end: '2020-09-30' },
      inForce: ['a1', 'a2', 'a3', 'a7'],
      coverage: coverageWith({ A1: 2, A2: 2, B2: 2 }),
      gaps: gapsBut('A1', 'A2', 'B2'),
      mobility: flow(3, 2),
    });
    expect(timeline.map((entry) => entry.inForce)).toEqual([
      ['a1', 'a2', 'a3', 'a7'],
      ['a3'],
      // a6 starts on the last day of the year: it counts.
      ['a4', 'a6'],
      ['a6'],
    ]);
    expect(timeline[2]?.coverage).toEqual(coverageWith({ B2: 1, C5: 2, D3: 1 }));
    // With academic years starting in September (a policy parameter given directly).
    expect(
      coverageTimeline(threeYears, { academicYearStartMonth: 9 }).map(
        (entry) => entry.period.start,
      ),
    ).toEqual(['2019-09-01', '2020-09-01', '2021-09-01', '2022-09-01']);
  });

  it('by quarter over a range of its own; the first and last steps hold from and to', () => {
    const timeline = coverageTimeline(threeYears, {
      step: 'quarter',
      from: '2020-02-15',
      to: '2020-08-01',
    });
    expect(timeline.map((entry) => [entry.period.start, entry.period.end, entry.inForce])).toEqual([
      ['2020-01-01', '2020-03-31', ['a1', 'a2']],
      ['2020-04-01', '2020-06-30', ['a1', 'a2']],
      ['2020-07-01', '2020-09-30', ['a2', 'a3']],
    ]);
    // Q3: a1 has ended, so B2 is a gap; A1 has p2 (a2) and p1 (a3).
    expect(timeline[2]?.coverage).toEqual(coverageWith({ A1: 2, A2: 1 }));
    expect(timeline[2]?.mobility).toEqual(flow(3, 0));
    // One day is one step.
    expect(
      coverageTimeline(threeYears, { step: 'quarter', from: '2021-12-31', to: '2021-12-31' }),
    ).toEqual([
      {
        period: { start: '2021-10-01', end: '2021-12-31' },
        inForce: ['a4'],
        coverage: coverageWith({ C5: 2 }),
        gaps: gapsBut('C5'),
        mobility: flow(0, 0),
      },
    ]);
  });

  it('takes the default range from the policy: the network plan, or planPeriod', () => {
    const withoutPlan = { ...threeYears, plan: undefined };
    // DEFAULT_PLAN_PERIOD, 2014–2018.
    expect(coverageTimeline(withoutPlan, { step: 'year' }).map((e) => e.period.start)).toEqual([
      '2014-01-01',
      '2015-01-01',
      '2016-01-01',
      '2017-01-01',
      '2018-01-01',
    ]);
    expect(
      coverageTimeline(threeYears, {
        step: 'year',
        planPeriod: { start: '2021-03-01', end: '2022-02-01' },
      }).map((e) => e.period.start),
    ).toEqual(['2021-01-01', '2022-01-01']);
    expect(coverageTimeline(threeYears, { step: 'year', from: '2021-06-01' }).length).toBe(2);
  });

  it('the example network, by year over its plan 2014–2018', () => {
    const network = parseNetwork(
      JSON.parse(readFileSync(new URL('../../examples/network.json', import.meta.url), 'utf8')),
    );
    const timeline = coverageTimeline(network, { step: 'year' });
    expect(timeline.map((entry) => entry.period)).toEqual(
      [2014, 2015, 2016, 2017, 2018].map((year) => ({
        start: `${year}-01-01`,
        end: `${year}-12-31`,
      })),
    );
    // 2016: Boston's grant, terminated on 2016-12-31, still counts; Sydney's MoU is suspended.
    expect(timeline[2]?.inForce).toContain('grant-boston-2014');
    expect(timeline[3]?.inForce).not.toContain('grant-boston-2014');
    expect(timeline.some((entry) => entry.inForce.some((id) => id === 'mou-sydney-2015'))).toBe(
      false,
    );
    // C5: Lyon, Heidelberg and Boston until 2016, then Lyon alone.
    expect(timeline.map((entry) => entry.coverage.C5)).toEqual([3, 3, 3, 1, 1]);
    // 2017: Lyon 2 in / 4 out, Osaka 3 out, Seoul 2 in, the ASEAN network 6 / 6.
    expect(timeline[3]?.mobility).toEqual(flow(10, 13));
  });

  it('clips only at the ends of the calendar, and allows 1,000 steps', () => {
    const first = coverageTimeline(threeYears, { from: '0000-01-01', to: '0000-01-01' });
    expect(first.map((entry) => entry.period)).toEqual([
      { start: '0000-01-01', end: '0000-09-30' },
    ]);
    const last = coverageTimeline(threeYears, { from: '9999-12-31', to: '9999-12-31' });
    expect(last.map((entry) => entry.period)).toEqual([{ start: '9999-10-01', end: '9999-12-31' }]);
    const many = coverageTimeline(threeYears, {
      step: 'quarter',
      from: '2000-01-01',
      to: '2249-12-31',
    });
    expect(many).toHaveLength(1000);
    expect(many.at(-1)?.period).toEqual({ start: '2249-10-01', end: '2249-12-31' });
  });
});

/** Checks a thrown error: class, English message, code, and its French. */
function expectError(run: () => unknown, code: string, en: string, fr: string): LibraryError {
  const error = expectLibraryError(run, RangeError, en, code);
  expect(formatMessage(error.code as MessageCode, error.params as never, { locale: 'fr' })).toBe(
    fr,
  );
  return error;
}

describe('coverageTimeline: errors, in English and French', () => {
  it('from or to not a real date', () => {
    const error = expectError(
      () => coverageTimeline(threeYears, { from: '2019-02-29' }),
      'dates.not_a_date',
      "coverageTimeline: from must be a real calendar date YYYY-MM-DD, received '2019-02-29'",
      `coverageTimeline${NBSP}: from doit être une date valide au format AAAA-MM-JJ, valeur reçue '2019-02-29'`,
    );
    expect(error.params).toEqual({
      caller: 'coverageTimeline',
      field: 'from',
      received: '2019-02-29',
    });
    expectError(
      () => coverageTimeline(threeYears, { to: 20_201_231 as unknown as string }),
      'dates.not_a_date',
      'coverageTimeline: to must be a real calendar date YYYY-MM-DD, received 20201231',
      `coverageTimeline${NBSP}: to doit être une date valide au format AAAA-MM-JJ, valeur reçue 20201231`,
    );
  });

  it('to before from, given or defaulted', () => {
    const error = expectError(
      () => coverageTimeline(threeYears, { from: '2021-01-01', to: '2020-12-31' }),
      'planning.to_before_from',
      "coverageTimeline: to must not be before from (2021-01-01), received '2020-12-31'",
      `coverageTimeline${NBSP}: to ne doit pas être antérieure à from (2021-01-01), valeur reçue '2020-12-31'`,
    );
    expect(error.params).toEqual({
      caller: 'coverageTimeline',
      from: '2021-01-01',
      received: '2020-12-31',
    });
    // The plan ends on 2022-12-31.
    expect(() => coverageTimeline(threeYears, { from: '2023-01-01' })).toThrow(RangeError);
  });

  it('an unknown step', () => {
    const error = expectError(
      () => coverageTimeline(threeYears, { step: 'month' as TimelineStep }),
      'planning.unknown_step',
      "coverageTimeline: step must be 'academic-year', 'year' or 'quarter', received 'month'",
      `coverageTimeline${NBSP}: step doit valoir 'academic-year', 'year' ou 'quarter', valeur reçue 'month'`,
    );
    expect(error.params).toEqual({
      caller: 'coverageTimeline',
      allowed: ['academic-year', 'year', 'quarter'],
      received: 'month',
    });
    expect(() => coverageTimeline(threeYears, { step: null as unknown as TimelineStep })).toThrow(
      RangeError,
    );
  });

  it('more than 1,000 steps', () => {
    const error = expectError(
      () => coverageTimeline(threeYears, { step: 'quarter', from: '2000-01-01', to: '2250-01-01' }),
      'planning.too_many_steps',
      "coverageTimeline: from 2000-01-01 to 2250-01-01 by 'quarter' makes 1,001 steps, more than the 1,000 allowed; choose a shorter range or a longer step",
      `coverageTimeline${NBSP}: du 2000-01-01 au 2250-01-01 par 'quarter', la chronologie compterait ${(1001).toLocaleString('fr')}${NBSP}périodes, au-delà des ${(1000).toLocaleString('fr')} permises${NBSP}; choisissez un intervalle plus court ou un step plus long`,
    );
    expect(error.params).toMatchObject({ steps: 1001, max: 1000, step: 'quarter' });
    expect(() =>
      coverageTimeline(threeYears, { step: 'quarter', from: '0000-01-01', to: '9999-12-31' }),
    ).toThrow(
      expect.objectContaining({
        code: 'planning.too_many_steps',
        params: expect.objectContaining({ steps: 40_000 }),
      }),
    );
  });

  it('an invalid on or policy parameter', () => {
    expect(() => coverageTimeline(threeYears, { on: '2020-13-01' })).toThrow(
      expect.objectContaining({ code: 'option.invalid_on' }),
    );
    expect(() => coverageTimeline(threeYears, { academicYearStartMonth: 13 })).toThrow(RangeError);
  });
});

// ---------------------------------------------------------------------------------------
// Laws.

const STEPS: TimelineStep[] = ['academic-year', 'year', 'quarter'];

/** A generated network of a few partners, parsed. */
const networks = fc
  .record({
    seed: fc.integer({ min: 1, max: 1_000_000 }),
    partners: fc.integer({ min: 1, max: 12 }),
  })
  .map(({ seed, partners }) => parseNetwork(generateNetwork({ seed, partners })));

/** A range of at most about two years around the generated agreements. */
const ranges = fc
  .record({
    start: fc.integer({
      min: parseIsoDate('2012-01-01') ?? 0,
      max: parseIsoDate('2020-12-31') ?? 0,
    }),
    days: fc.integer({ min: 0, max: 700 }),
  })
  .map(({ start, days }) => ({ from: isoOf(start), to: isoOf(start + days) }));

/** The days of a period, in order. */
function daysOf(period: { start: string; end: string }): string[] {
  const days: string[] = [];
  for (let day = period.start; day <= period.end; day = addDaysIso(day, 1)) days.push(day);
  return days;
}

/** The same network with its partners, agreements, scopes and partner lists in another order. */
function shuffled(network: Network, seed: number): Network {
  const order = <T>(items: readonly T[]): T[] =>
    items
      .map((item, index) => ({ item, key: (Math.imul(index + 1, 2654435761) ^ seed) >>> 0 }))
      .sort((a, b) => a.key - b.key)
      .map(({ item }) => item);
  return {
    ...network,
    partners: order(network.partners),
    agreements: order(network.agreements).map((agreement) => ({
      ...agreement,
      scope: order(agreement.scope),
      partnerIds: order(agreement.partnerIds),
      commitments: order(agreement.commitments),
    })),
  };
}

describe('coverageTimeline: laws', () => {
  it('an agreement is in force on exactly the days of its interval', () => {
    const days = fc.integer({ min: 0, max: 60 });
    fc.assert(
      fc.property(
        days,
        days,
        fc.option(days),
        fc.boolean(),
        (start, length, terminated, suspended) => {
          const base = parseIsoDate('2020-02-01') ?? 0;
          const agreement = {
            startsOn: isoOf(base + start),
            endsOn: isoOf(base + start + length + 1),
            ...(terminated === null
              ? {}
              : { terminatedOn: isoOf(base + Math.min(start + terminated, start + length + 1)) }),
            ...(suspended ? { suspended } : {}),
          };
          const interval = inForceInterval(agreement);
          for (let day = base - 2; day <= base + 130; day++) {
            const inside = interval !== undefined && interval.start <= day && day <= interval.end;
            expect(inside).toBe(inForceOn(agreement, isoOf(day)));
          }
          // The months of its first and last days, read without day arithmetic.
          const month = (day: number) => {
            const iso = isoOf(day);
            return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
          };
          expect(inForceMonths(agreement)).toEqual(
            interval && { first: month(interval.start), last: month(interval.end) },
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('each step is the union of coverageMatrix over its days', () => {
    fc.assert(
      fc.property(
        networks,
        ranges,
        fc.constantFrom(...STEPS),
        fc.integer({ min: 1, max: 12 }),
        (network, range, step, startMonth) => {
          const timeline = coverageTimeline(network, {
            ...range,
            step,
            academicYearStartMonth: startMonth,
          });
          expect(timeline[0]!.period.start <= range.from).toBe(true);
          expect(timeline.at(-1)!.period.end >= range.to).toBe(true);
          timeline.forEach((entry, index) => {
            // Steps follow each other without gap or overlap.
            if (index > 0)
              expect(entry.period.start).toBe(addDaysIso(timeline[index - 1]!.period.end, 1));
            const partners = CELLS.map(() => new Set<string>());
            const agreements = new Set<string>();
            let largest = CELLS.map(() => 0);
            for (const day of daysOf(entry.period)) {
              const matrix = coverageMatrix(network, { on: day });
              matrix.forEach((cell, cellIndex) => {
                for (const partnerId of cell.partners) partners[cellIndex]!.add(partnerId);
                for (const agreementId of cell.agreements) agreements.add(agreementId);
              });
              largest = largest.map((count, cellIndex) =>
                Math.max(count, matrix[cellIndex]!.count),
              );
              for (const agreement of network.agreements)
                if (inForceOn(agreement, day)) agreements.add(agreement.id);
            }
            expect(entry.coverage).toEqual(
              Object.fromEntries(CELLS.map((cell, cellIndex) => [cell, partners[cellIndex]!.size])),
            );
            CELLS.forEach((cell, cellIndex) => {
              expect(entry.coverage[cell]).toBeGreaterThanOrEqual(largest[cellIndex]!);
            });
            expect(entry.gaps).toEqual(
              CELLS.filter((_cell, cellIndex) => partners[cellIndex]!.size === 0),
            );
            expect(entry.inForce).toEqual([...agreements].sort());
            let incoming = 0;
            let outgoing = 0;
            for (const agreement of network.agreements) {
              if (!agreements.has(agreement.id)) continue;
              for (const commitment of agreement.commitments) {
                if (commitment.kind !== 'mobility') continue;
                if (commitment.direction === 'incoming') incoming += commitment.perYear;
                else outgoing += commitment.perYear;
              }
            }
            expect(entry.mobility).toEqual(flow(incoming, outgoing));
          });
        },
      ),
      { numRuns: 25 },
    );
  });

  it('does not depend on the order of partners, agreements, scopes or partner lists', () => {
    fc.assert(
      fc.property(networks, fc.integer(), fc.constantFrom(...STEPS), (network, seed, step) => {
        expect(coverageTimeline(shuffled(network, seed), { step })).toEqual(
          coverageTimeline(network, { step }),
        );
      }),
      { numRuns: 40 },
    );
  });

  it('never mutates the network, and returns fresh objects', () => {
    fc.assert(
      fc.property(networks, fc.constantFrom(...STEPS), (network, step) => {
        const before = structuredClone(network);
        const frozen = deepFreeze(structuredClone(network));
        const first = coverageTimeline(frozen, { step });
        expect(frozen).toEqual(before);
        const second = coverageTimeline(frozen, { step });
        expect(second).toEqual(first);
        if (first.length > 0) expect(second[0]).not.toBe(first[0]);
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

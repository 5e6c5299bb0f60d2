/**
 * Fixtures of the dates, policy and eligibility tests: inputs that a test copies and
 * changes, parsed with the library's own parsers so that they are real `Network`s and
 * `Proposal`s.
 */
import type { Agreement } from '../../src/schemas/agreement.js';
import type { Network } from '../../src/schemas/network.js';
import { parseAgreement, parseNetwork, parseProposal } from '../../src/schemas/parse.js';
import type { Proposal } from '../../src/schemas/proposal.js';

/** A key partner (university, France) with health fields and a focal point. */
export const lyonInput = {
  id: 'univ-lyon-example',
  name: 'Example University of Lyon',
  type: 'university',
  country: 'FR',
  fields: ['0913', '0912'],
  languages: ['fr', 'en'],
  offers: ['B4', 'C5'],
  contacts: [
    { name: 'Example Assistant', email: 'info@lyon.example.edu' },
    { name: 'Example Officer', email: 'ir@lyon.example.edu', focalPoint: true },
  ],
};

/** A key partner (research institute, Japan). */
export const osakaInput = {
  id: 'inst-osaka-example',
  name: 'Example Institute of Osaka',
  type: 'research-institute',
  country: 'JP',
  fields: ['0912'],
  languages: ['ja', 'en'],
  contacts: [{ name: 'Example Contact', email: 'ir@osaka.example.jp', focalPoint: true }],
};

/** An associate partner (NGO, Switzerland) with no health field and no focal point. */
export const ngoInput = {
  id: 'ngo-geneva-example',
  name: 'Example Health NGO',
  type: 'ngo',
  country: 'CH',
  fields: ['0410'],
  languages: ['fr'],
  contacts: [{ name: 'Example NGO Officer', email: 'ir@ngo.example.org' }],
};

type Input = Record<string, unknown>;

/** An agreement input: a 2015–2019 MoU with Lyon, changed by `changes`. */
export function agreementInput(changes: Input = {}): Input {
  return {
    id: 'mou-2015-01',
    title: 'Memorandum of understanding',
    instrument: 'mou',
    partnerIds: ['univ-lyon-example'],
    startsOn: '2015-01-01',
    endsOn: '2019-12-31',
    scope: ['B4', 'C5'],
    commitments: [],
    ...changes,
  };
}

/** A parsed agreement. */
export function agreement(changes: Input = {}): Agreement {
  return parseAgreement(agreementInput(changes));
}

/** A proposal input from Lyon (by id) that every default rule passes, changed by `changes`. */
export function proposalInput(changes: Input = {}): Input {
  return {
    id: 'eoi-2016-07',
    partner: 'univ-lyon-example',
    submittedOn: '2016-03-01',
    period: { start: '2016-09-01', end: '2019-08-31' },
    scope: ['B3', 'B4'],
    commitments: [
      { kind: 'resources', area: 'B', activity: 3, items: ['curriculum'], coDeveloped: true },
      {
        kind: 'distance-course',
        area: 'B',
        activity: 4,
        courses: 2,
        language: 'fr',
        assessment: true,
      },
    ],
    strategies: [4],
    ...changes,
  };
}

/** A parsed proposal. */
export function proposal(changes: Input = {}): Proposal {
  return parseProposal(proposalInput(changes));
}

/**
 * The agreements of the status network, one per status on its `asOf`, 2017-06-30 (the
 * expected statuses are hand-computed: 2017-12-27 is 180 days after 2017-06-30).
 */
export const statusAgreements: Input[] = [
  agreementInput({ id: 'a-active', startsOn: '2015-01-01', endsOn: '2019-12-31' }),
  agreementInput({ id: 'a-expiring', startsOn: '2016-01-01', endsOn: '2017-12-27' }),
  agreementInput({ id: 'a-expired', startsOn: '2014-01-01', endsOn: '2016-12-31' }),
  agreementInput({
    id: 'a-upcoming',
    partnerIds: ['inst-osaka-example'],
    startsOn: '2017-07-01',
    endsOn: '2020-06-30',
  }),
  agreementInput({
    id: 'a-terminated',
    partnerIds: ['inst-osaka-example', 'univ-lyon-example'],
    startsOn: '2015-01-01',
    endsOn: '2019-12-31',
    terminatedOn: '2016-06-30',
  }),
  agreementInput({
    id: 'a-suspended',
    partnerIds: ['inst-osaka-example'],
    startsOn: '2015-01-01',
    endsOn: '2019-12-31',
    suspended: true,
  }),
];

/** A network input with the three partners, changed by `changes`. */
export function networkInput(changes: Input = {}): Input {
  return {
    schemaVersion: 1,
    asOf: '2017-06-30',
    partners: [lyonInput, osakaInput, ngoInput],
    agreements: statusAgreements,
    proposals: [proposalInput()],
    ...changes,
  };
}

/** A parsed network. */
export function network(changes: Input = {}): Network {
  return parseNetwork(networkInput(changes));
}

/** A deep copy a test may change freely. */
export function copy<T>(value: T): T {
  return structuredClone(value);
}

/** Fisher–Yates with a fast-check-provided sequence of indexes, so shuffles are reproducible. */
export function shuffled<T>(values: readonly T[], randomIndexes: readonly number[]): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = (randomIndexes[i % Math.max(1, randomIndexes.length)] ?? 0) % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** The day after an ISO date, by UTC arithmetic (test-only reference). */
export function addDaysUtc(iso: string, days: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day + days);
  return date.toISOString().slice(0, 10);
}

/** Days from `earlier` to `later`, by UTC arithmetic (test-only reference). */
export function daysBetweenUtc(earlier: string, later: string): number {
  const time = (iso: string): number => {
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    return date.getTime();
  };
  return Math.round((time(later) - time(earlier)) / 86_400_000);
}

/** Today's local date, built independently of the library. */
export function localToday(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
}

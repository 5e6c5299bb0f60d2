import { CELLS, parseCellCode, type CellCode } from '../catalog/cells.js';
import type { IscedFieldCode } from '../catalog/iscedFields.js';
import type { AgreementInstrument } from '../catalog/vocabulary.js';
import type { AgreementStatus } from '../dates/agreementStatus.js';
import type { AgreementInput, Funding } from '../schemas/agreement.js';
import { isoOf } from '../core/_days.js';
import { monthStart, termEnd, yearOf } from './_calendar.js';
import { generateCommitments } from './_commitment.js';
import { weightedRows, type Random } from './_random.js';
import { CURRENCIES, FUNDING_SOURCES, TOPICS } from './_vocabulary.js';

/**
 * How often an agreement is built to have each status of SPEC §6 on the network's `asOf`.
 * Every status has a weight (a new one does not compile until it has one, and a way to
 * date it in `periodFor`).
 */
const STATUS_WEIGHTS = /* @__PURE__ */ weightedRows<AgreementStatus>({
  active: 34,
  expiring: 12,
  expired: 22,
  upcoming: 10,
  terminated: 12,
  suspended: 10,
});

const PARTNER_COUNTS = [
  [1, 80],
  [2, 15],
  [3, 5],
] as const;

/** How often each instrument occurs: every instrument of `AGREEMENT_INSTRUMENTS` has a weight. */
const INSTRUMENT_WEIGHTS = /* @__PURE__ */ weightedRows<AgreementInstrument>({
  mou: 40,
  exchange: 25,
  research: 20,
  grant: 10,
  other: 5,
});

/** The cells of staff and student mobility (activities 1 and 2), in `CELLS` order. */
const MOBILITY_CELLS: readonly CellCode[] = /* @__PURE__ */ CELLS.filter((cell) => {
  const activity = parseCellCode(cell)?.activity;
  return activity === 1 || activity === 2;
});
/** Research (area C), and research projects with the community (D5). */
const RESEARCH_CELLS = ['C1', 'C2', 'C3', 'C4', 'C5', 'D5'] as const satisfies readonly CellCode[];

/** A cell list in `CELLS` order, shaped by what kind of instrument it is. @internal */
export function generateScope(random: Random, instrument: AgreementInstrument): CellCode[] {
  // Exchanges are about mobility, research agreements about research cells.
  switch (instrument) {
    case 'exchange':
      return random.subset(MOBILITY_CELLS, random.int(1, 3));
    case 'research':
      return random.subset(RESEARCH_CELLS, random.int(1, 3));
    case 'grant':
      return random.subset(CELLS, random.int(1, 4));
    default:
      return random.subset(CELLS, random.int(1, 5));
  }
}

/** A funding declaration. @internal */
export function generateFunding(random: Random): Funding {
  const funding: Funding = { source: random.pick(FUNDING_SOURCES) };
  if (random.chance(0.7)) {
    funding.amount = random.int(5, 500) * 1000;
    if (random.chance(0.9)) funding.currency = random.pick(CURRENCIES);
  }
  return funding;
}

interface Period {
  start: number;
  end: number;
  terminated?: number;
  suspended?: boolean;
}

/** A term of one to five years from `start` that ends after `after`. */
function termAfter(random: Random, start: number, after: number): number {
  let years = random.int(1, 5);
  let end = termEnd(start, years);
  while (end <= after) end = termEnd(start, ++years);
  return end;
}

/** Dates that give the agreement the `status` on day `on` (180 days for `expiring`). */
function periodFor(random: Random, status: AgreementStatus, on: number): Period {
  switch (status) {
    case 'upcoming': {
      const start = monthStart(on + random.int(32, 400));
      return { start, end: termEnd(start, random.int(1, 5)) };
    }
    case 'active': {
      const start = monthStart(on - random.int(0, 4 * 365));
      return { start, end: termAfter(random, start, on + 180) };
    }
    case 'expiring': {
      const end = on + random.int(0, 180);
      return { start: monthStart(end - random.int(365, 5 * 365)), end };
    }
    case 'expired': {
      const end = on - random.int(1, 6 * 365);
      return { start: monthStart(end - random.int(365, 5 * 365)), end };
    }
    case 'terminated': {
      const start = monthStart(on - random.int(60, 5 * 365));
      const end = termEnd(start, random.int(2, 5));
      return { start, end, terminated: start + random.int(0, Math.min(end, on) - start) };
    }
    case 'suspended': {
      const start = monthStart(on - random.int(30, 3 * 365));
      return { start, end: termAfter(random, start, on), suspended: true };
    }
  }
}

function titleOf(
  random: Random,
  instrument: AgreementInstrument,
  names: readonly string[],
): string {
  const parties = names.length === 1 ? (names[0] as string) : `${names.length} partners`;
  switch (instrument) {
    case 'mou':
      return `Memorandum of understanding with ${parties}`;
    case 'exchange':
      return `Staff and student exchange agreement with ${parties}`;
    case 'research':
      return `Research agreement on ${random.pick(TOPICS)}`;
    case 'grant':
      return `Grant agreement for ${random.pick(TOPICS)}`;
    case 'other':
      return `Cooperation agreement with ${parties}`;
  }
}

/** What the agreement generator keeps about earlier agreements, to link renewals. @internal */
export interface AgreementLedger {
  /** The index of the latest agreement of each partner, −1 for none. */
  readonly latestOfPartner: Int32Array;
  /** The start day of each agreement so far. */
  readonly starts: Int32Array;
  /** The id of each agreement so far. */
  readonly ids: string[];
}

/**
 * The `index`-th agreement: one to three partners, a status on `on` drawn from every
 * status of SPEC §6, a scope, commitments in it, and sometimes a renewal of an earlier
 * agreement of its first partner.
 *
 * @internal
 */
export function generateAgreement(
  random: Random,
  index: number,
  partnerIds: readonly string[],
  partnerNames: readonly string[],
  fields: readonly IscedFieldCode[],
  on: number,
  ledger: AgreementLedger,
): AgreementInput {
  const count = partnerIds.length;
  const first = random.int(0, count - 1);
  const members = [first];
  const size = Math.min(count, random.weighted(PARTNER_COUNTS));
  while (members.length < size) {
    const other = random.int(0, count - 1);
    if (!members.includes(other)) members.push(other);
  }

  const instrument = random.weighted(INSTRUMENT_WEIGHTS);
  const period = periodFor(random, random.weighted(STATUS_WEIGHTS), on);
  const id = `${instrument}-${yearOf(period.start)}-${index + 1}`;

  const agreement: Partial<AgreementInput> = {
    id,
    title: titleOf(
      random,
      instrument,
      members.map((member) => partnerNames[member] as string),
    ),
    instrument,
    partnerIds: members.map((member) => partnerIds[member] as string),
  };
  if (random.chance(0.85)) agreement.signedOn = isoOf(period.start - random.int(0, 120));
  agreement.startsOn = isoOf(period.start);
  agreement.endsOn = isoOf(period.end);
  const scope = generateScope(random, instrument);
  agreement.scope = scope;
  agreement.commitments = generateCommitments(random, scope, fields);
  if (random.chance(0.4)) agreement.funding = generateFunding(random);
  const previous = ledger.latestOfPartner[first] as number;
  if (previous >= 0 && (ledger.starts[previous] as number) < period.start && random.chance(0.6)) {
    agreement.renews = ledger.ids[previous];
  }
  if (period.terminated !== undefined) agreement.terminatedOn = isoOf(period.terminated);
  if (period.suspended === true) agreement.suspended = true;
  else if (random.chance(0.03)) agreement.suspended = false;

  for (const member of members) ledger.latestOfPartner[member] = index;
  ledger.starts[index] = period.start;
  ledger.ids.push(id);
  return agreement as AgreementInput;
}

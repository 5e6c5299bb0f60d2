import { CELLS, type CellCode } from '../catalog/cells.js';
import type { IscedFieldCode } from '../catalog/iscedFields.js';
import { STRATEGY_CODES } from '../catalog/strategies.js';
import type { ProposalInput } from '../schemas/proposal.js';
import { generateFunding } from './_agreement.js';
import { isoOf } from '../core/_days.js';
import { monthStart, termEnd, yearOf } from './_calendar.js';
import { generateCommitment, generateCommitments } from './_commitment.js';
import { generatePartner, type PartnerTables } from './_partner.js';
import type { Random } from './_random.js';
import { PROPOSAL_NOTES } from './_vocabulary.js';

type Timing = 'soon' | 'after-plan' | 'before-plan';
/** Mostly periods starting soon after submission; some outside the plan, for the plan-period rule. */
const TIMINGS = [
  ['soon', 86],
  ['after-plan', 8],
  ['before-plan', 6],
] as const satisfies readonly (readonly [Timing, number])[];

/** The plan and the day the network describes. @internal */
export interface ProposalDays {
  readonly on: number;
  readonly planStart: number;
  readonly planEnd: number;
}

function periodOf(random: Random, timing: Timing, submitted: number, days: ProposalDays) {
  let start: number;
  switch (timing) {
    case 'soon':
      start = monthStart(submitted + random.int(30, 300));
      break;
    case 'after-plan':
      start = monthStart(days.planEnd + random.int(40, 700));
      break;
    case 'before-plan':
      start = monthStart(days.planStart - random.int(3 * 365, 6 * 365));
      break;
  }
  let end = termEnd(start, random.int(1, 5));
  if (timing === 'before-plan' && end >= days.planStart) end = days.planStart - random.int(1, 300);
  return { start: isoOf(start), end: isoOf(end) };
}

/**
 * The `index`-th proposal: from a partner of the network (by id) or from a new institution
 * (inline), with a varied scope (sometimes empty, sometimes with a commitment outside it,
 * which the eligibility rules judge), period (mostly within the plan), strategies and
 * funding.
 *
 * @internal
 */
export function generateProposal(
  random: Random,
  index: number,
  partnerIds: readonly string[],
  tables: PartnerTables,
  fields: readonly IscedFieldCode[],
  days: ProposalDays,
): ProposalInput {
  const submitted = days.on - random.int(0, 400);
  const partner =
    partnerIds.length > 0 && random.chance(0.65)
      ? random.pick(partnerIds)
      : generatePartner(random, tables, `applicant-${index + 1}`, days.on).partner;
  const timing = random.weighted(TIMINGS);
  const scope: CellCode[] = random.chance(0.08) ? [] : random.subset(CELLS, random.int(1, 5));
  const commitments = generateCommitments(random, scope, fields);
  if (random.chance(scope.length === 0 ? 0.5 : 0.06)) {
    const outside = CELLS.filter((cell) => !scope.includes(cell));
    commitments.push(generateCommitment(random, random.pick(outside), fields));
  }

  const proposal: Partial<ProposalInput> = {
    id: `eoi-${yearOf(submitted)}-${index + 1}`,
    partner,
    submittedOn: isoOf(submitted),
    period: periodOf(random, timing, submitted, days),
    scope,
    commitments,
  };
  if (random.chance(0.5)) proposal.strategies = random.subset(STRATEGY_CODES, random.int(1, 3));
  if (random.chance(0.35)) proposal.funding = generateFunding(random);
  if (random.chance(0.3)) proposal.notes = random.pick(PROPOSAL_NOTES);
  return proposal as ProposalInput;
}

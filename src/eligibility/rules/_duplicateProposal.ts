import { CELLS } from '../../catalog/cells.js';
import { periodsOverlap } from '../../core/_lifecycle.js';
import type { Network } from '../../schemas/network.js';
import type { Proposal } from '../../schemas/proposal.js';
import type { EligibilityRule } from '../types.js';
import { descriptionOf, outcome } from './_outcome.js';
import { partnerIdOf } from './_partner.js';

/** The most proposal ids a message lists; the others are counted ("and 9,989 more"). */
const IDS_LISTED = 10;

const CELL_BIT: ReadonlyMap<string, number> = /* @__PURE__ */ (() =>
  new Map(CELLS.map((cell, index) => [cell, 1 << index])))();

function maskOf(cells: readonly string[]): number {
  let mask = 0;
  for (const cell of cells) mask |= CELL_BIT.get(cell) ?? 0;
  return mask;
}

/** The proposals of one partner that share a period and a scope. */
interface Group {
  readonly start: string;
  readonly end: string;
  readonly mask: number;
}

/** The proposals of one partner, indexed. */
interface PartnerProposals {
  /** The distinct (period, scope) pairs of its proposals. */
  readonly groups: Group[];
  /** How many of its proposals each group holds. */
  readonly groupSizes: number[];
  /** Its proposals' ids, ascending, each with the index of its group. */
  readonly ids: { readonly id: string; readonly group: number }[];
  /** The groups of the proposals of each id (one, unless ids repeat in unchecked data). */
  readonly groupsOfId: Map<string, number[]>;
}

/** The proposals of a network by partner, and what they were computed from. */
interface ProposalIndex {
  readonly proposals: Network['proposals'];
  readonly count: number;
  readonly byPartner: ReadonlyMap<string, PartnerProposals>;
}

/**
 * The index of every network seen, built once (the engine never mutates a network; a
 * `proposals` list replaced or resized since is indexed again).
 */
const INDEXES = /* @__PURE__ */ new WeakMap<Network, ProposalIndex>();

function indexOf(network: Network): ProposalIndex {
  const known = INDEXES.get(network);
  const proposals = network.proposals ?? [];
  if (
    known !== undefined &&
    known.proposals === network.proposals &&
    known.count === proposals.length
  ) {
    return known;
  }
  const byPartner = new Map<string, PartnerProposals>();
  const groupIndex = new Map<string, Map<string, number>>();
  for (const proposal of proposals) {
    const partnerId = partnerIdOf(proposal);
    let entry = byPartner.get(partnerId);
    let groups = groupIndex.get(partnerId);
    if (entry === undefined || groups === undefined) {
      entry = { groups: [], groupSizes: [], ids: [], groupsOfId: new Map() };
      groups = new Map();
      byPartner.set(partnerId, entry);
      groupIndex.set(partnerId, groups);
    }
    const mask = maskOf(proposal.scope);
    const key = `${proposal.period.start}/${proposal.period.end}/${String(mask)}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = entry.groups.length;
      entry.groups.push({ start: proposal.period.start, end: proposal.period.end, mask });
      entry.groupSizes.push(0);
      groups.set(key, group);
    }
    entry.groupSizes[group] = (entry.groupSizes[group] ?? 0) + 1;
    entry.ids.push({ id: proposal.id, group });
    const ofId = entry.groupsOfId.get(proposal.id);
    if (ofId === undefined) entry.groupsOfId.set(proposal.id, [group]);
    else ofId.push(group);
  }
  for (const entry of byPartner.values())
    entry.ids.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index: ProposalIndex = { proposals: network.proposals, count: proposals.length, byPartner };
  INDEXES.set(network, index);
  return index;
}

/** The other proposals that overlap one: how many, and the first ids in ascending order. */
interface Duplicates {
  readonly count: number;
  readonly firstIds: readonly string[];
}

/**
 * The other proposals of the partner in the network that overlap a proposal in period and
 * scope: one test per distinct (period, scope) of the partner's proposals, then the ids
 * read in ascending order until enough are listed. The network is the source of the rule
 * (the context's `otherProposals` is derived from it), and its index is built once.
 */
function duplicatesOf(network: Network, proposal: Proposal, partnerId: string): Duplicates {
  const entry = indexOf(network).byPartner.get(partnerId);
  if (entry === undefined) return { count: 0, firstIds: [] };
  const mask = maskOf(proposal.scope);
  const matches = entry.groups.map(
    (group) => (group.mask & mask) !== 0 && periodsOverlap(group, proposal.period),
  );
  let count = 0;
  matches.forEach((match, group) => {
    if (match) count += entry.groupSizes[group] ?? 0;
  });
  // The proposal itself, and any other with its id (as the engine's `otherProposals`).
  for (const group of entry.groupsOfId.get(proposal.id) ?? [])
    if (matches[group] === true) count -= 1;
  const firstIds: string[] = [];
  for (const { id, group } of entry.ids) {
    if (firstIds.length >= IDS_LISTED || firstIds.length >= count) break;
    if (matches[group] === true && id !== proposal.id) firstIds.push(id);
  }
  return { count, firstIds };
}

/**
 * Rule `duplicate-proposal` (advisory: a warning). The network's proposals are indexed by
 * partner and by distinct (period, scope) once per network, so that a batch of many
 * proposals of one partner is not quadratic, and a message lists at most ten ids.
 *
 * @internal
 */
export const duplicateProposal = {
  id: 'duplicate-proposal',
  severity: 'advisory',
  description: /* @__PURE__ */ descriptionOf('duplicate-proposal'),
  rationale:
    'Consultation within the network is "to ensure synergy, efficiency and sustainability of these partnerships": two overlapping proposals from one partner are probably one partnership.',
  evaluate: ({ proposal, partnerId, network }) => {
    if (network === undefined) {
      return outcome('not-applicable', 'rule.duplicate-proposal.not-applicable', {});
    }
    const duplicates = duplicatesOf(network, proposal, partnerId);
    return duplicates.count === 0
      ? outcome('pass', 'rule.duplicate-proposal.pass', { partnerId })
      : outcome('warn', 'rule.duplicate-proposal.warn', {
          partnerId,
          count: duplicates.count,
          ids: duplicates.firstIds,
        });
  },
} as const satisfies EligibilityRule;

import { compareIds } from '../core/_compare.js';
import { libraryError } from '../messages/_table.js';
import { PLANNING_MESSAGES } from '../messages/planning.js';
import type { Network } from '../schemas/network.js';
import type { PartnerId } from '../schemas/primitives.js';
import type { Proposal } from '../schemas/proposal.js';

/**
 * The checks of the options of `projectNetwork` and `selectProposals`: lists of proposal
 * ids, counts and switches.
 *
 * @internal
 * @module
 */

/** The partner id of a proposal, whether it names its partner or carries it. @internal */
export function partnerIdOf(proposal: Proposal): PartnerId {
  return typeof proposal.partner === 'string' ? proposal.partner : proposal.partner.id;
}

/**
 * Checks a list of proposal ids (`proposalIds`, `require`, `exclude`): a list of strings
 * (TypeError otherwise), each once, each a proposal of the network (RangeError naming
 * every offending id, ascending). `undefined` is the empty list.
 *
 * @internal
 */
export function checkProposalIds(
  caller: string,
  option: string,
  value: unknown,
  proposals: ReadonlyMap<string, Proposal>,
  known = true,
): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((id) => typeof id === 'string')) {
    throw libraryError(TypeError, PLANNING_MESSAGES, 'planning.not_a_list', {
      caller,
      option,
      received: value,
    });
  }
  const ids: string[] = value;
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const id of ids) (seen.has(id) ? duplicates : seen).add(id);
  if (duplicates.size > 0) {
    throw libraryError(RangeError, PLANNING_MESSAGES, 'planning.duplicate_proposals', {
      caller,
      option,
      proposalIds: [...duplicates].sort(compareIds),
    });
  }
  const unknown = ids.filter((id) => !proposals.has(id)).sort(compareIds);
  if (known && unknown.length > 0) {
    throw libraryError(RangeError, PLANNING_MESSAGES, 'planning.unknown_proposals', {
      caller,
      option,
      proposalIds: unknown,
    });
  }
  return [...ids].sort(compareIds);
}

/**
 * Checks a count option: a whole number ≥ `min` (RangeError otherwise); `undefined` is
 * allowed unless `required`.
 *
 * @internal
 */
export function checkCount(
  caller: string,
  option: string,
  value: unknown,
  min: number,
  required = false,
): number | undefined {
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw libraryError(RangeError, PLANNING_MESSAGES, 'planning.invalid_count', {
      caller,
      option,
      min,
      received: value,
    });
  }
  return value;
}

/** Checks a switch: `true`, `false` or `undefined` (false); TypeError otherwise. @internal */
export function checkBoolean(caller: string, option: string, value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') {
    throw libraryError(TypeError, PLANNING_MESSAGES, 'planning.not_a_boolean', {
      caller,
      option,
      received: value,
    });
  }
  return value;
}

/** The network's proposals by id. @internal */
export function proposalsById(network: Network): Map<string, Proposal> {
  return new Map((network.proposals ?? []).map((proposal) => [proposal.id, proposal]));
}

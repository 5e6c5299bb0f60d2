import { periodsOverlap } from '../../dates/_period.js';
import type { EligibilityRule } from '../types.js';
import { listOf, outcome } from './_helpers.js';

/** Rule `duplicate-proposal` (advisory: a warning). @internal */
export const duplicateProposal = {
  id: 'duplicate-proposal',
  severity: 'advisory',
  description:
    'No other proposal of the same partner in the network has an overlapping period and scope (a warning otherwise).',
  rationale:
    'Consultation within the network is "to ensure synergy, efficiency and sustainability of these partnerships": two overlapping proposals from one partner are probably one partnership.',
  evaluate: ({ proposal, partnerId, network, otherProposals }) => {
    if (network === undefined) {
      return outcome(
        'not-applicable',
        'No network was given, so there is no other proposal to compare with.',
      );
    }
    const scope = new Set<string>(proposal.scope);
    const duplicates = otherProposals
      .filter(
        (other) =>
          periodsOverlap(other.period, proposal.period) &&
          other.scope.some((cell) => scope.has(cell)),
      )
      .map((other): string => other.id)
      .sort()
      .map((id) => `"${id}"`);
    return duplicates.length === 0
      ? outcome(
          'pass',
          `No other proposal of partner "${partnerId}" overlaps this one in both period and scope.`,
        )
      : outcome(
          'warn',
          `Partner "${partnerId}" has ${duplicates.length === 1 ? 'another proposal' : 'other proposals'} with an overlapping period and scope: ${listOf(duplicates)}.`,
        );
  },
} as const satisfies EligibilityRule;

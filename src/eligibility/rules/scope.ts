import type { EligibilityRule } from '../types.js';
import { cellList, outcome } from './_helpers.js';

/** Rule `scope` (blocking). @internal */
export const scope = {
  id: 'scope',
  severity: 'blocking',
  description: 'The scope has at least one cell (priority area × activity).',
  rationale:
    'A partnership works in the network\'s "Priority areas of international partnership" through its "Current and potential activities": at least one area × activity cell.',
  evaluate: ({ proposal }) =>
    proposal.scope.length === 0
      ? outcome(
          'fail',
          'The proposal has no cell in its scope: name at least one priority area × activity cell, such as "C5" (joint research projects).',
          ['scope'],
        )
      : outcome(
          'pass',
          `The scope has ${proposal.scope.length} cell${proposal.scope.length === 1 ? '' : 's'}: ${cellList(proposal.scope)}.`,
        ),
} as const satisfies EligibilityRule;

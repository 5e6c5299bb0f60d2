import type { EligibilityRule } from '../types.js';
import { inCellsOrder } from './_cells.js';
import { descriptionOf, outcome } from './_outcome.js';

/** Rule `commitments-in-scope` (blocking). @internal */
export const commitmentsInScope = {
  id: 'commitments-in-scope',
  severity: 'blocking',
  description: /* @__PURE__ */ descriptionOf('commitments-in-scope'),
  rationale:
    'The network works by "Priority areas of international partnership" and "Current and potential activities": each commitment is a promise in one area × activity cell, which the proposal\'s scope must ask for.',
  evaluate: ({ proposal }) => {
    const scope = new Set<string>(proposal.scope);
    const commitments: number[] = [];
    const cells: string[] = [];
    proposal.commitments.forEach((commitment, index) => {
      const cell = `${commitment.area}${String(commitment.activity)}`;
      if (!scope.has(cell)) {
        commitments.push(index);
        cells.push(cell);
      }
    });
    const first = commitments[0];
    if (first !== undefined) {
      return outcome(
        'fail',
        'rule.commitments-in-scope.fail',
        { commitments, cells, scope: inCellsOrder(proposal.scope) },
        ['commitments', first],
      );
    }
    return outcome('pass', 'rule.commitments-in-scope.pass', {
      count: proposal.commitments.length,
    });
  },
} as const satisfies EligibilityRule;

import type { CellCode } from '../../catalog/cells.js';
import type { EligibilityRule } from '../types.js';
import { cellList, listOf, outcome } from './_helpers.js';

/** Rule `commitments-in-scope` (blocking). @internal */
export const commitmentsInScope = {
  id: 'commitments-in-scope',
  severity: 'blocking',
  description: "Every commitment's cell (its area and activity) is in the proposal's scope.",
  rationale:
    'The network works by "Priority areas of international partnership" and "Current and potential activities": each commitment is a promise in one area × activity cell, which the proposal\'s scope must ask for.',
  evaluate: ({ proposal }) => {
    if (proposal.commitments.length === 0) {
      return outcome('pass', 'The proposal makes no commitment, so none lies outside its scope.');
    }
    const scope = new Set<string>(proposal.scope);
    const outside: { index: number; cell: CellCode }[] = [];
    proposal.commitments.forEach((commitment, index) => {
      const cell: CellCode = `${commitment.area}${commitment.activity}`;
      if (!scope.has(cell)) outside.push({ index, cell });
    });
    const first = outside[0];
    if (first !== undefined) {
      const which = outside.map((entry) => `commitments[${entry.index}] (cell ${entry.cell})`);
      const inScope = proposal.scope.length === 0 ? 'empty' : cellList(proposal.scope);
      return outcome(
        'fail',
        `${listOf(which)} ${outside.length === 1 ? 'lies' : 'lie'} outside the scope (${inScope}): add the cell to the scope or withdraw the commitment.`,
        ['commitments', first.index],
      );
    }
    return outcome(
      'pass',
      `Every commitment lies in the scope (${proposal.commitments.length} commitment${proposal.commitments.length === 1 ? '' : 's'}).`,
    );
  },
} as const satisfies EligibilityRule;

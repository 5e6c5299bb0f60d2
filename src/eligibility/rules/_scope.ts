import type { EligibilityRule } from '../types.js';
import { inCellsOrder } from './_cells.js';
import { descriptionOf, outcome } from './_outcome.js';

/** Rule `scope` (blocking). @internal */
export const scope = {
  id: 'scope',
  severity: 'blocking',
  description: /* @__PURE__ */ descriptionOf('scope'),
  rationale:
    'A partnership works in the network\'s "Priority areas of international partnership" through its "Current and potential activities": at least one area × activity cell.',
  evaluate: ({ proposal }) =>
    proposal.scope.length === 0
      ? outcome('fail', 'rule.scope.fail', {}, ['scope'])
      : outcome('pass', 'rule.scope.pass', { cells: inCellsOrder(proposal.scope) }),
} as const satisfies EligibilityRule;

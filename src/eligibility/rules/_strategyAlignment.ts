import type { StrategyCode } from '../../catalog/strategies.js';
import type { EligibilityRule } from '../types.js';
import { descriptionOf, outcome } from './_outcome.js';

/** Rule `strategy-alignment` (blocking). @internal */
export const strategyAlignment = {
  id: 'strategy-alignment',
  severity: 'blocking',
  description: /* @__PURE__ */ descriptionOf('strategy-alignment'),
  rationale:
    '"The UHS Strategic Goal #6 is to strengthen and broaden international cooperation. In order to achieve this goal, the following strategies have been adopted".',
  evaluate: ({ proposal, policy }) => {
    const served = new Set<StrategyCode>();
    for (const cell of proposal.scope) {
      for (const strategy of policy.alignment[cell]) served.add(strategy);
    }
    const servedList = [...served].sort((a, b) => a - b);
    if (servedList.length === 0) {
      return outcome('fail', 'rule.strategy-alignment.fail', {}, ['scope']);
    }
    const declared = proposal.strategies ?? [];
    const unserved = declared.filter((strategy) => !served.has(strategy));
    const first = unserved[0];
    if (first !== undefined) {
      return outcome(
        'warn',
        'rule.strategy-alignment.warn',
        { unserved: [...unserved].sort((a, b) => a - b), served: servedList },
        ['strategies', declared.indexOf(first)],
      );
    }
    return outcome('pass', 'rule.strategy-alignment.pass', { served: servedList });
  },
} as const satisfies EligibilityRule;

import type { StrategyCode } from '../../catalog/strategies.js';
import type { EligibilityRule } from '../types.js';
import { listOf, outcome } from './_helpers.js';

/** Rule `strategy-alignment` (blocking). @internal */
export const strategyAlignment = {
  id: 'strategy-alignment',
  severity: 'blocking',
  description:
    'The scope serves at least one strategy of Strategic Goal #6 (policy.alignment); declared strategies that no scope cell serves are a warning.',
  rationale:
    '"The UHS Strategic Goal #6 is to strengthen and broaden international cooperation. In order to achieve this goal, the following strategies have been adopted".',
  evaluate: ({ proposal, policy }) => {
    const served = new Set<StrategyCode>();
    for (const cell of proposal.scope) {
      for (const strategy of policy.alignment[cell]) served.add(strategy);
    }
    const servedList = [...served].sort((a, b) => a - b);
    if (servedList.length === 0) {
      return outcome('fail', 'The scope serves none of the four strategies of Strategic Goal #6.', [
        'scope',
      ]);
    }
    const declared = proposal.strategies ?? [];
    const unserved = declared.filter((strategy) => !served.has(strategy));
    const first = unserved[0];
    if (first !== undefined) {
      return outcome(
        'warn',
        `The proposal declares strateg${unserved.length === 1 ? 'y' : 'ies'} ${listOf([...unserved].sort((a, b) => a - b))}, which no cell of its scope serves (the scope serves ${listOf(servedList)}).`,
        ['strategies', declared.indexOf(first)],
      );
    }
    return outcome(
      'pass',
      `The scope serves strateg${servedList.length === 1 ? 'y' : 'ies'} ${listOf(servedList)} of Strategic Goal #6.`,
    );
  },
} as const satisfies EligibilityRule;

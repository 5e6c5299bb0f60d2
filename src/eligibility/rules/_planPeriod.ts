import { periodsOverlap } from '../../core/_lifecycle.js';
import type { EligibilityRule } from '../types.js';
import { descriptionOf, outcome } from './_outcome.js';

/** Rule `plan-period` (blocking). @internal */
export const planPeriod = {
  id: 'plan-period',
  severity: 'blocking',
  description: /* @__PURE__ */ descriptionOf('plan-period'),
  rationale:
    'UHS invites institutions "to strengthen, renew or build synergic partnerships with UHS within the 2014-18 timeframe" of its Strategic Plan.',
  evaluate: ({ proposal, policy }) => {
    const params = {
      start: proposal.period.start,
      end: proposal.period.end,
      planStart: policy.planPeriod.start,
      planEnd: policy.planPeriod.end,
    };
    return periodsOverlap(proposal.period, policy.planPeriod)
      ? outcome('pass', 'rule.plan-period.pass', params)
      : outcome('fail', 'rule.plan-period.fail', params, ['period']);
  },
} as const satisfies EligibilityRule;

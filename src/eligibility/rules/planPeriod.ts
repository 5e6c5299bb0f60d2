import { periodsOverlap } from '../../dates/_period.js';
import type { EligibilityRule } from '../types.js';
import { outcome } from './_helpers.js';

/** Rule `plan-period` (blocking). @internal */
export const planPeriod = {
  id: 'plan-period',
  severity: 'blocking',
  description: "The proposal's period overlaps the strategic plan's period (policy.planPeriod).",
  rationale:
    'UHS invites institutions "to strengthen, renew or build synergic partnerships with UHS within the 2014-18 timeframe" of its Strategic Plan.',
  evaluate: ({ proposal, policy }) => {
    const period = `${proposal.period.start} … ${proposal.period.end}`;
    const plan = `${policy.planPeriod.start} … ${policy.planPeriod.end}`;
    return periodsOverlap(proposal.period, policy.planPeriod)
      ? outcome('pass', `The period ${period} overlaps the plan period ${plan}.`)
      : outcome('fail', `The period ${period} lies outside the plan period ${plan}.`, ['period']);
  },
} as const satisfies EligibilityRule;

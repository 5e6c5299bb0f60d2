import type { EligibilityRule } from '../types.js';
import { descriptionOf, outcome } from './_outcome.js';
import { partnerPath, partnerUnknown } from './_partner.js';

/** Rule `international` (blocking). @internal */
export const international = {
  id: 'international',
  severity: 'blocking',
  description: /* @__PURE__ */ descriptionOf('international'),
  rationale:
    'The network is for "academic and research institutions abroad", whom UHS acknowledges as "key-partners to achieving its whole Strategic Plan".',
  evaluate: (ctx) => {
    const { partner, policy } = ctx;
    if (partner === undefined) return partnerUnknown('rule.international.not-applicable');
    const params = {
      partnerName: partner.name,
      country: partner.country,
      homeCountry: policy.homeCountry,
    };
    return partner.country === policy.homeCountry
      ? outcome('fail', 'rule.international.fail', params, partnerPath(ctx, 'country'))
      : outcome('pass', 'rule.international.pass', params);
  },
} as const satisfies EligibilityRule;

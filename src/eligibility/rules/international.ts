import type { EligibilityRule } from '../types.js';
import { nameOf, outcome, partnerPath, partnerUnknown } from './_helpers.js';

/** Rule `international` (blocking). @internal */
export const international = {
  id: 'international',
  severity: 'blocking',
  description: "The partner's country is not the home country (policy.homeCountry, KH by default).",
  rationale:
    'The network is for "academic and research institutions abroad", whom UHS acknowledges as "key-partners to achieving its whole Strategic Plan".',
  evaluate: (ctx) => {
    const { partner, policy } = ctx;
    if (partner === undefined) return partnerUnknown('its country');
    if (partner.country === policy.homeCountry) {
      return outcome(
        'fail',
        `${nameOf(partner)} is in ${partner.country}, the home country: the network is for institutions abroad.`,
        partnerPath(ctx, 'country'),
      );
    }
    return outcome(
      'pass',
      `${nameOf(partner)} is in ${partner.country}, abroad (home country ${policy.homeCountry}).`,
    );
  },
} as const satisfies EligibilityRule;

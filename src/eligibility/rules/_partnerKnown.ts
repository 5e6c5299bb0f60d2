import type { EligibilityRule } from '../types.js';
import { descriptionOf, outcome } from './_outcome.js';

/** Rule `partner-known` (blocking). @internal */
export const partnerKnown = {
  id: 'partner-known',
  severity: 'blocking',
  description: /* @__PURE__ */ descriptionOf('partner-known'),
  rationale:
    'UHS invites "current and new international partners to join": a current partner is one the network knows, a new one introduces itself in its proposal.',
  evaluate: ({ proposal, partner, network }) => {
    if (typeof proposal.partner !== 'string') {
      return outcome('pass', 'rule.partner-known.pass', {
        partnerId: proposal.partner.id,
        partnerName: proposal.partner.name,
        inline: true,
      });
    }
    const partnerId = proposal.partner;
    if (partner !== undefined) {
      return outcome('pass', 'rule.partner-known.pass', {
        partnerId,
        partnerName: partner.name,
        inline: false,
      });
    }
    return outcome(
      'fail',
      'rule.partner-known.fail',
      { partnerId, network: network !== undefined },
      ['partner'],
    );
  },
} as const satisfies EligibilityRule;

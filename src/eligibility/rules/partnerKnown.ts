import type { EligibilityRule } from '../types.js';
import { outcome } from './_helpers.js';

/** Rule `partner-known` (blocking). @internal */
export const partnerKnown = {
  id: 'partner-known',
  severity: 'blocking',
  description:
    'The proposal carries its partner, or names a partner that the network has (no network, or an unknown id, fails).',
  rationale:
    'UHS invites "current and new international partners to join": a current partner is one the network knows, a new one introduces itself in its proposal.',
  evaluate: ({ proposal, partner, network }) => {
    if (typeof proposal.partner !== 'string') {
      return outcome(
        'pass',
        `The proposal carries its partner, ${proposal.partner.name} ("${proposal.partner.id}").`,
      );
    }
    const id = proposal.partner;
    if (partner !== undefined) {
      return outcome('pass', `Partner "${id}" is in the network (${partner.name}).`);
    }
    if (network === undefined) {
      return outcome(
        'fail',
        `The proposal names partner "${id}" but no network was given to resolve it: evaluate it with the network, or carry the partner inline.`,
        ['partner'],
      );
    }
    return outcome(
      'fail',
      `Partner "${id}" is not in the network: a proposal from an institution not yet in the network carries its partner inline.`,
      ['partner'],
    );
  },
} as const satisfies EligibilityRule;

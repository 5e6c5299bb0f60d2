import type { EligibilityRule } from '../types.js';
import { nameOf, outcome, partnerUnknown, tierOf } from './_helpers.js';

/** Rule `institution-type` (advisory). @internal */
export const institutionType = {
  id: 'institution-type',
  severity: 'advisory',
  description:
    "Always passes; its message names the partner's institution type and the tier it earns.",
  rationale:
    '"Academic and research institutions abroad are key-partners to achieving its whole Strategic Plan": universities, higher education institutions, research institutes and teaching hospitals are key partners, other organisations associates.',
  evaluate: ({ partner }) => {
    if (partner === undefined) return partnerUnknown('its institution type');
    const tier = tierOf(partner.type);
    return outcome(
      'pass',
      tier === undefined
        ? `${nameOf(partner)} is of type "${partner.type}", which is not a known institution type: it earns no tier.`
        : `${nameOf(partner)} is of type "${partner.type}", which earns the ${tier} tier.`,
    );
  },
} as const satisfies EligibilityRule;

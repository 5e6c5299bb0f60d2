import type { EligibilityRule } from '../types.js';
import { descriptionOf, outcome } from './_outcome.js';
import { partnerUnknown, tierOf } from './_partner.js';

/** Rule `institution-type` (advisory). @internal */
export const institutionType = {
  id: 'institution-type',
  severity: 'advisory',
  description: /* @__PURE__ */ descriptionOf('institution-type'),
  rationale:
    '"Academic and research institutions abroad are key-partners to achieving its whole Strategic Plan": universities, higher education institutions, research institutes and teaching hospitals are key partners, other organisations associates.',
  evaluate: ({ partner }) => {
    if (partner === undefined) return partnerUnknown('rule.institution-type.not-applicable');
    return outcome('pass', 'rule.institution-type.pass', {
      partnerName: partner.name,
      type: partner.type,
      tier: tierOf(partner.type) ?? null,
    });
  },
} as const satisfies EligibilityRule;

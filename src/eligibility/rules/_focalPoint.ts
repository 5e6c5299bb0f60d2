import type { EligibilityRule } from '../types.js';
import { descriptionOf, outcome } from './_outcome.js';
import { partnerPath, partnerUnknown } from './_partner.js';

/** Rule `focal-point` (fixable). @internal */
export const focalPoint = {
  id: 'focal-point',
  severity: 'fixable',
  description: /* @__PURE__ */ descriptionOf('focal-point'),
  rationale:
    '"A close consultation with and within the International Partners Network is needed to ensure synergy, efficiency and sustainability of these partnerships": consultation needs a named focal point.',
  evaluate: (ctx) => {
    const { partner } = ctx;
    if (partner === undefined) return partnerUnknown('rule.focal-point.not-applicable');
    const focal = partner.contacts.find((contact) => contact.focalPoint === true);
    return focal === undefined
      ? outcome(
          'fail',
          'rule.focal-point.fail',
          { partnerName: partner.name },
          partnerPath(ctx, 'contacts'),
        )
      : outcome('pass', 'rule.focal-point.pass', {
          partnerName: partner.name,
          focalPoint: focal.name,
        });
  },
} as const satisfies EligibilityRule;

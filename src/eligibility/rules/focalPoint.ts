import type { EligibilityRule } from '../types.js';
import { nameOf, outcome, partnerPath, partnerUnknown } from './_helpers.js';

/** Rule `focal-point` (fixable). @internal */
export const focalPoint = {
  id: 'focal-point',
  severity: 'fixable',
  description:
    "At least one of the partner's contacts is marked as its focal point (focalPoint: true).",
  rationale:
    '"A close consultation with and within the International Partners Network is needed to ensure synergy, efficiency and sustainability of these partnerships": consultation needs a named focal point.',
  evaluate: (ctx) => {
    const { partner } = ctx;
    if (partner === undefined) return partnerUnknown('its focal point');
    const focal = partner.contacts.find((contact) => contact.focalPoint === true);
    return focal === undefined
      ? outcome(
          'fail',
          `${nameOf(partner)} names no focal point among its contacts: mark one contact with "focalPoint": true.`,
          partnerPath(ctx, 'contacts'),
        )
      : outcome('pass', `${nameOf(partner)} names its focal point: ${focal.name}.`);
  },
} as const satisfies EligibilityRule;

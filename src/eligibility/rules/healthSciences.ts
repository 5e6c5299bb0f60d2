import { isHealthField } from '../../catalog/healthFields.js';
import type { EligibilityRule } from '../types.js';
import { nameOf, outcome, partnerPath, partnerUnknown, tierOf } from './_helpers.js';

/** Rule `health-sciences` (fixable). @internal */
export const healthSciences = {
  id: 'health-sciences',
  severity: 'fixable',
  description:
    'A key-tier partner declares at least one health and welfare field (ISCED-F 2013 broad field 09); for an associate, a missing field is a warning.',
  rationale:
    'The network is one "for higher education, training, research and services in health sciences field in Cambodia" (fields of ISCED-F 2013 broad field 09, health and welfare).',
  evaluate: (ctx) => {
    const { partner } = ctx;
    if (partner === undefined) return partnerUnknown('its fields');
    const fields = partner.fields.filter((field) => isHealthField(field));
    if (fields.length > 0) {
      return outcome(
        'pass',
        `${nameOf(partner)} works in health and welfare fields (ISCED-F 2013): ${[...fields].sort().join(', ')}.`,
      );
    }
    const missing = `${nameOf(partner)} declares no health and welfare field (ISCED-F 2013 broad field 09, such as 0912 Medicine)`;
    return tierOf(partner.type) === 'key'
      ? outcome(
          'fail',
          `${missing}: a key partner works in the health sciences.`,
          partnerPath(ctx, 'fields'),
        )
      : outcome(
          'warn',
          `${missing}; for an associate partner this is a warning only.`,
          partnerPath(ctx, 'fields'),
        );
  },
} as const satisfies EligibilityRule;

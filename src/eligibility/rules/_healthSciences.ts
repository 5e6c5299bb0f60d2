import { isHealthField } from '../../catalog/healthFields.js';
import type { EligibilityRule } from '../types.js';
import { descriptionOf, outcome } from './_outcome.js';
import { partnerPath, partnerUnknown, tierOf } from './_partner.js';

/** Rule `health-sciences` (fixable). @internal */
export const healthSciences = {
  id: 'health-sciences',
  severity: 'fixable',
  description: /* @__PURE__ */ descriptionOf('health-sciences'),
  rationale:
    'The network is one "for higher education, training, research and services in health sciences field in Cambodia" (fields of ISCED-F 2013 broad field 09, health and welfare).',
  evaluate: (ctx) => {
    const { partner } = ctx;
    if (partner === undefined) return partnerUnknown('rule.health-sciences.not-applicable');
    const fields: string[] = partner.fields.filter((field) => isHealthField(field));
    if (fields.length > 0) {
      return outcome('pass', 'rule.health-sciences.pass', {
        partnerName: partner.name,
        fields: fields.sort(),
      });
    }
    const params = { partnerName: partner.name };
    return tierOf(partner.type) === 'key'
      ? outcome('fail', 'rule.health-sciences.fail', params, partnerPath(ctx, 'fields'))
      : outcome('warn', 'rule.health-sciences.warn', params, partnerPath(ctx, 'fields'));
  },
} as const satisfies EligibilityRule;

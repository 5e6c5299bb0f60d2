// What the engine and the default rules about the partner share: its id, where its fields
// are in the proposal, the outcome when it cannot be resolved, and the tier its institution
// type earns.
import { getInstitutionType, type PartnerTier } from '../../catalog/institutionTypes.js';
import type { PartnerId } from '../../schemas/primitives.js';
import type { Proposal } from '../../schemas/proposal.js';
import type { RuleContext, RuleOutcome } from '../types.js';
import { outcome, type ResultCode } from './_outcome.js';

/** The path of a partner's field when the proposal carries the partner inline. @internal */
export function partnerPath(
  ctx: Pick<RuleContext, 'proposal'>,
  ...rest: (string | number)[]
): (string | number)[] | undefined {
  return typeof ctx.proposal.partner === 'string' ? undefined : ['partner', ...rest];
}

/**
 * The outcome of a rule about the partner when the partner cannot be resolved: its
 * `not-applicable` message, which says what cannot be checked.
 *
 * @internal
 */
export function partnerUnknown(
  code: Extract<
    ResultCode<'not-applicable'>,
    | 'rule.international.not-applicable'
    | 'rule.institution-type.not-applicable'
    | 'rule.health-sciences.not-applicable'
    | 'rule.focal-point.not-applicable'
  >,
): RuleOutcome {
  return outcome('not-applicable', code, {});
}

/** The tier an institution type earns, or `undefined` for an unknown type. @internal */
export function tierOf(type: string): PartnerTier | undefined {
  return getInstitutionType(type)?.tier;
}

/** The id of a proposal's partner, named or carried inline. @internal */
export function partnerIdOf(proposal: Pick<Proposal, 'partner'>): PartnerId {
  return typeof proposal.partner === 'string' ? proposal.partner : proposal.partner.id;
}

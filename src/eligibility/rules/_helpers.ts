import { CELLS, type CellCode } from '../../catalog/cells.js';
import { INSTITUTION_TYPES, type PartnerTier } from '../../catalog/institutionTypes.js';
import type { Partner } from '../../schemas/partner.js';
import type { RuleContext, RuleOutcome } from '../types.js';

/** The path of a partner's field when the proposal carries the partner inline. @internal */
export function partnerPath(
  ctx: Pick<RuleContext, 'proposal'>,
  ...rest: (string | number)[]
): (string | number)[] | undefined {
  return typeof ctx.proposal.partner === 'string' ? undefined : ['partner', ...rest];
}

/** An outcome, leaving `path` out when there is none. @internal */
export function outcome(
  result: RuleOutcome['outcome'],
  message: string,
  path?: readonly (string | number)[],
): RuleOutcome {
  return path === undefined ? { outcome: result, message } : { outcome: result, message, path };
}

/** The outcome of a rule about the partner when the partner cannot be resolved. @internal */
export function partnerUnknown(what: string): RuleOutcome {
  return outcome('not-applicable', `The partner cannot be resolved, so ${what} cannot be checked.`);
}

/** The tier an institution type earns, or `undefined` for an unknown type. @internal */
export function tierOf(type: string): PartnerTier | undefined {
  return INSTITUTION_TYPES.find((entry) => entry.code === type)?.tier;
}

/** A partner as a message names it. @internal */
export function nameOf(partner: Pick<Partner, 'name'>): string {
  return partner.name;
}

/** Cells in `CELLS` order, each once, joined for a message. @internal */
export function cellList(cells: Iterable<CellCode>): string {
  const set = new Set<string>(cells);
  return CELLS.filter((cell) => set.has(cell)).join(', ');
}

/** A list of values for a message: `a, b and c`. @internal */
export function listOf(values: readonly (string | number)[]): string {
  const text = values.map(String);
  return text.length <= 1
    ? text.join('')
    : `${text.slice(0, -1).join(', ')} and ${text[text.length - 1] ?? ''}`;
}

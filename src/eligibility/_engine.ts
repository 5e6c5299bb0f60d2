import { addDaysIso } from '../dates/_calendar.js';
import { intentOf } from '../dates/_intent.js';
import type { Policy } from '../policy/types.js';
import type { Agreement } from '../schemas/agreement.js';
import type { Network } from '../schemas/network.js';
import type { Partner } from '../schemas/partner.js';
import type { PartnerId } from '../schemas/primitives.js';
import type { Proposal } from '../schemas/proposal.js';
import { DEFAULT_RULES } from './defaultRules.js';
import { tierOf } from './rules/_helpers.js';
import type {
  Decision,
  EligibilityReport,
  EligibilityRule,
  Outcome,
  RuleContext,
  RuleResult,
  RuleSeverity,
} from './types.js';

/** How the engine finds what a network holds about a partner. @internal */
export interface PartnerLookup {
  partner(id: string): Partner | undefined;
  agreements(id: string): readonly Agreement[];
  proposals(id: string): readonly Proposal[];
}

/** The id of a proposal's partner, named or carried inline. @internal */
export function partnerIdOf(proposal: Pick<Proposal, 'partner'>): PartnerId {
  return typeof proposal.partner === 'string' ? proposal.partner : proposal.partner.id;
}

/** A lookup by scanning the network: linear, with nothing to build; for one proposal. @internal */
export function scanLookup(network: Network): PartnerLookup {
  return {
    partner: (id) => network.partners.find((partner) => partner.id === id),
    agreements: (id) =>
      network.agreements.filter((agreement) =>
        (agreement.partnerIds as readonly string[]).includes(id),
      ),
    proposals: (id) => (network.proposals ?? []).filter((proposal) => partnerIdOf(proposal) === id),
  };
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * A lookup through maps built once, in one pass over the network, for a batch: only the
 * partners in `wanted` (all when absent) are indexed.
 *
 * @internal
 */
export function indexLookup(network: Network, wanted?: ReadonlySet<string>): PartnerLookup {
  const keep = (id: string): boolean => wanted === undefined || wanted.has(id);
  const partners = new Map<string, Partner>();
  for (const partner of network.partners)
    if (keep(partner.id) && !partners.has(partner.id)) partners.set(partner.id, partner);
  const agreements = new Map<string, Agreement[]>();
  for (const agreement of network.agreements) {
    const ids: readonly string[] = agreement.partnerIds;
    ids.forEach((id, position) => {
      // An id listed twice (only in unvalidated data) files the agreement once.
      if (keep(id) && ids.indexOf(id) === position) push(agreements, id, agreement);
    });
  }
  const proposals = new Map<string, Proposal[]>();
  for (const proposal of network.proposals ?? []) {
    const id = partnerIdOf(proposal);
    if (keep(id)) push(proposals, id, proposal);
  }
  // The lists are shared by every proposal of a partner: no rule may change them.
  for (const list of agreements.values()) Object.freeze(list);
  for (const list of proposals.values()) Object.freeze(list);
  return {
    partner: (id) => partners.get(id),
    agreements: (id) => agreements.get(id) ?? [],
    proposals: (id) => proposals.get(id) ?? [],
  };
}

/**
 * The decision from rule results: any blocking fail → `ineligible`; else any fixable fail
 * → `conditional`; else `eligible`. Warnings and advisory fails never change it.
 *
 * @internal
 */
export function decide(
  results: readonly { readonly outcome: Outcome; readonly severity: RuleSeverity }[],
): Decision {
  let conditional = false;
  for (const result of results) {
    if (result.outcome !== 'fail') continue;
    if (result.severity === 'blocking') return 'ineligible';
    if (result.severity === 'fixable') conditional = true;
  }
  return conditional ? 'conditional' : 'eligible';
}

const OUTCOMES: readonly unknown[] = ['pass', 'fail', 'warn', 'not-applicable'];

function errorText(error: unknown): string {
  try {
    if (error instanceof Error) return error.message;
    return String(error);
  } catch {
    return 'an error that cannot be displayed';
  }
}

/** Runs one rule; a rule that throws or returns something invalid yields a `fail` naming it. @internal */
export function runRule(rule: EligibilityRule, ctx: RuleContext): RuleResult {
  const failed = (message: string): RuleResult => ({
    rule: rule.id,
    outcome: 'fail',
    severity: rule.severity,
    message,
  });
  let raw: unknown;
  try {
    raw = rule.evaluate(ctx);
  } catch (error) {
    return failed(`Rule "${rule.id}" failed with an error: ${errorText(error)}`);
  }
  const result = raw as { outcome?: unknown; message?: unknown; path?: unknown } | null | undefined;
  if (
    typeof result !== 'object' ||
    result === null ||
    !OUTCOMES.includes(result.outcome) ||
    typeof result.message !== 'string'
  ) {
    return failed(
      `Rule "${rule.id}" returned an invalid result (expected { outcome, message, path? }).`,
    );
  }
  const path = Array.isArray(result.path)
    ? (result.path as unknown[]).filter(
        (key): key is string | number => typeof key === 'string' || typeof key === 'number',
      )
    : undefined;
  const checked: { -readonly [K in keyof RuleResult]: RuleResult[K] } = {
    rule: rule.id,
    outcome: result.outcome as Outcome,
    severity: rule.severity,
    message: result.message,
  };
  if (path !== undefined) checked.path = path;
  return checked;
}

/** What one evaluation needs, resolved once (once for a whole batch). @internal */
export interface EngineSetup {
  readonly network: Network | undefined;
  readonly lookup: PartnerLookup | undefined;
  readonly policy: Policy;
  readonly on: string;
  readonly rules: readonly EligibilityRule[];
  /** The last day of the renewal window, `on` + `renewalWindowDays`. */
  readonly renewalUntil: string;
}

/** The set-up of an evaluation from its resolved options. @internal */
export function setUp(
  network: Network | undefined,
  policy: Policy,
  on: string,
  lookup: (network: Network) => PartnerLookup,
): EngineSetup {
  return {
    network,
    lookup: network === undefined ? undefined : lookup(network),
    policy,
    on,
    rules: policy.rules ?? DEFAULT_RULES,
    renewalUntil: addDaysIso(on, policy.renewalWindowDays),
  };
}

/** Evaluates one proposal. @internal */
export function evaluate(proposal: Proposal, setup: EngineSetup): EligibilityReport {
  const { network, lookup, policy, on, rules } = setup;
  const partnerId = partnerIdOf(proposal);
  const partner =
    typeof proposal.partner === 'string' ? lookup?.partner(proposal.partner) : proposal.partner;
  const partnerAgreements = lookup?.agreements(partnerId) ?? [];
  const partnerProposals = lookup?.proposals(partnerId) ?? [];
  let otherProposals: readonly Proposal[] | undefined;
  const intent =
    network === undefined ? 'build' : intentOf(partnerAgreements, on, setup.renewalUntil);
  const ctx: RuleContext = Object.freeze({
    proposal,
    partnerId,
    partner,
    network,
    policy,
    on,
    intent,
    partnerAgreements,
    // Filtered when a rule first reads it: filtering a partner's n proposals for each of
    // them made a batch quadratic, and no default rule reads it (issue #16).
    get otherProposals(): readonly Proposal[] {
      return (otherProposals ??= partnerProposals.filter((other) => other.id !== proposal.id));
    },
  });
  const results = rules.map((rule) => runRule(rule, ctx));
  const decision = decide(results);
  const tier =
    decision === 'ineligible' || partner === undefined ? null : (tierOf(partner.type) ?? null);
  return { proposalId: proposal.id, partnerId, decision, tier, intent, results };
}

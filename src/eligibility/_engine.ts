import { OUTCOMES } from '../catalog/rules.js';
import type { Locale } from '../core/_locales.js';
import { addDaysIso } from '../core/_calendar.js';
import { intentOf } from '../core/_lifecycle.js';
import { render, type ParamsOf } from '../messages/_table.js';
import { RULE_MESSAGES } from '../messages/rules.js';
import type { Policy } from '../policy/types.js';
import type { Agreement } from '../schemas/agreement.js';
import type { Network } from '../schemas/network.js';
import type { Partner } from '../schemas/partner.js';
import type { Proposal } from '../schemas/proposal.js';
import { messageIn } from './_localize.js';
import { DEFAULT_RULES } from './defaultRules.js';
import { partnerIdOf, tierOf } from './rules/_partner.js';
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
 * partners in `wanted` (all when absent) are indexed. The proposals are indexed when a rule
 * first asks for them (no default rule does: `duplicate-proposal` keeps its own index).
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
    for (let position = 0; position < ids.length; position += 1) {
      const id = ids[position] as string;
      // An id listed twice (only in unvalidated data) files the agreement once.
      if (keep(id) && ids.indexOf(id) === position) push(agreements, id, agreement);
    }
  }
  // The lists are shared by every proposal of a partner: no rule may change them.
  for (const list of agreements.values()) Object.freeze(list);
  let proposals: Map<string, Proposal[]> | undefined;
  const proposalsOf = (id: string): readonly Proposal[] => {
    if (proposals === undefined) {
      proposals = new Map();
      for (const proposal of network.proposals ?? []) {
        const partnerId = partnerIdOf(proposal);
        if (keep(partnerId)) push(proposals, partnerId, proposal);
      }
      for (const list of proposals.values()) Object.freeze(list);
    }
    return proposals.get(id) ?? [];
  };
  return {
    partner: (id) => partners.get(id),
    agreements: (id) => agreements.get(id) ?? [],
    proposals: proposalsOf,
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

function errorText(error: unknown): string | null {
  try {
    if (error instanceof Error) return error.message;
    return String(error);
  } catch {
    return null;
  }
}

/** The `fail` the engine gives for a rule that throws or returns something invalid. */
function failed<K extends 'rule.error.thrown' | 'rule.error.invalid_result'>(
  rule: EligibilityRule,
  locale: Locale,
  code: K,
  params: ParamsOf<(typeof RULE_MESSAGES)[K]>,
): RuleResult {
  return {
    rule: rule.id,
    outcome: 'fail',
    severity: rule.severity,
    message: render(RULE_MESSAGES, code, params, locale),
    params,
  };
}

/** The keys of a path that are strings or numbers, in a new array. */
function pathOf(path: readonly unknown[]): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const key of path) if (typeof key === 'string' || typeof key === 'number') keys.push(key);
  return keys;
}

/**
 * Runs one rule; a rule that throws or returns something invalid yields a `fail` naming it.
 * The message of a default rule's result is in `locale`; a rule of your own keeps its own.
 *
 * @internal
 */
export function runRule(
  rule: EligibilityRule,
  ctx: RuleContext,
  locale: Locale = 'en',
): RuleResult {
  let raw: unknown;
  try {
    raw = rule.evaluate(ctx);
  } catch (error) {
    return failed(rule, locale, 'rule.error.thrown', { rule: rule.id, error: errorText(error) });
  }
  const result = raw as
    { outcome?: unknown; message?: unknown; path?: unknown; params?: unknown } | null | undefined;
  if (
    typeof result !== 'object' ||
    result === null ||
    !(OUTCOMES as readonly unknown[]).includes(result.outcome) ||
    typeof result.message !== 'string'
  ) {
    return failed(rule, locale, 'rule.error.invalid_result', { rule: rule.id });
  }
  const checked: { -readonly [K in keyof RuleResult]: RuleResult[K] } = {
    rule: rule.id,
    outcome: result.outcome as Outcome,
    severity: rule.severity,
    message: result.message,
  };
  if (Array.isArray(result.path)) checked.path = pathOf(result.path as unknown[]);
  const params = result.params;
  if (typeof params === 'object' && params !== null && !Array.isArray(params)) {
    checked.params = params as Readonly<Record<string, unknown>>;
    if (locale !== 'en') checked.message = messageIn(checked, locale);
  }
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
  /** The language of the results' messages. */
  readonly locale: Locale;
}

/** The set-up of an evaluation from its resolved options. @internal */
export function setUp(
  network: Network | undefined,
  policy: Policy,
  on: string,
  lookup: (network: Network) => PartnerLookup,
  locale: Locale,
): EngineSetup {
  return {
    network,
    lookup: network === undefined ? undefined : lookup(network),
    policy,
    on,
    rules: policy.rules ?? DEFAULT_RULES,
    renewalUntil: addDaysIso(on, policy.renewalWindowDays),
    locale,
  };
}

/** Evaluates one proposal. @internal */
export function evaluate(proposal: Proposal, setup: EngineSetup): EligibilityReport {
  const { network, lookup, policy, on, rules, locale } = setup;
  const partnerId = partnerIdOf(proposal);
  const partner =
    typeof proposal.partner === 'string' ? lookup?.partner(proposal.partner) : proposal.partner;
  const partnerAgreements = lookup?.agreements(partnerId) ?? [];
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
      return (otherProposals ??= (lookup?.proposals(partnerId) ?? []).filter(
        (other) => other.id !== proposal.id,
      ));
    },
  });
  const results: RuleResult[] = [];
  for (const rule of rules) results.push(runRule(rule, ctx, locale));
  const decision = decide(results);
  const tier =
    decision === 'ineligible' || partner === undefined ? null : (tierOf(partner.type) ?? null);
  return { proposalId: proposal.id, partnerId, decision, tier, intent, results };
}

import { commitmentCell } from '../schemas/commitment.js';
import { evaluateEligibilityBatch } from '../eligibility/evaluateEligibilityBatch.js';
import { libraryError } from '../messages/_table.js';
import { PLANNING_MESSAGES } from '../messages/planning.js';
import { resolveOptions } from '../policy/resolveOptions.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import type { Agreement } from '../schemas/agreement.js';
import type { Network } from '../schemas/network.js';
import type { Partner } from '../schemas/partner.js';
import type { AgreementId, ProposalId } from '../schemas/primitives.js';
import type { Proposal } from '../schemas/proposal.js';
import { checkBoolean, checkProposalIds, partnerIdOf, proposalsById } from './_selectOptions.js';

/**
 * The options of {@link projectNetwork}: the day eligibility is judged on, whether
 * proposals that are not eligible may be projected, and policy parameters (for the
 * eligibility rules).
 *
 * @example
 * ```ts
 * const options: ProjectNetworkOptions = { on: '2017-06-30', includeIneligible: true };
 * ```
 */
export interface ProjectNetworkOptions extends OnOption, PolicyOptions {
  /**
   * Projects the proposals whatever their eligibility decision (default `false`: a
   * proposal that is not `eligible` on `on` is refused).
   */
  readonly includeIneligible?: boolean | undefined;
}

/** The longest id of SPEC §5.1. */
const MAX_ID_LENGTH = 64;

/**
 * The first of `id`, `id-2`, `id-3` … (shortened to 64 characters) that `taken` does not
 * hold.
 */
function freeAgreementId(id: string, taken: ReadonlySet<string>): string {
  if (!taken.has(id)) return id;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${id.slice(0, MAX_ID_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Whether a proposal can be an agreement of a valid network (SPEC §5.4 and §5.6). */
function projectable(proposal: Proposal, homeCountry: string): boolean {
  if (proposal.scope.length === 0) return false;
  const scope = new Set<string>(proposal.scope);
  if (!proposal.commitments.every((commitment) => scope.has(commitmentCell(commitment)))) {
    return false;
  }
  return typeof proposal.partner === 'string' || proposal.partner.country !== homeCountry;
}

/** The agreement a proposal would become, with the id `id`. */
function agreementOf(proposal: Proposal, id: string): Agreement {
  const agreement: Agreement = {
    id: id as AgreementId,
    title: `Projected from proposal ${proposal.id}`,
    instrument: 'mou',
    partnerIds: [partnerIdOf(proposal)],
    startsOn: proposal.period.start,
    endsOn: proposal.period.end,
    scope: [...proposal.scope],
    commitments: structuredClone(proposal.commitments),
  };
  if (proposal.funding !== undefined) agreement.funding = structuredClone(proposal.funding);
  return agreement;
}

/**
 * What-if: the network as it would be if some of its proposals became agreements, on
 * their periods and scopes. Each proposal `P` becomes an agreement with:
 *
 * - id `P` itself (a proposal id has the form of an agreement id), or, when an agreement
 *   already has that id, the first of `P-2`, `P-3` … that none has (shortened to 64
 *   characters); proposals are taken in ascending id order;
 * - title `Projected from proposal P`, and instrument `mou`: a memorandum of
 *   understanding, the framework an accepted expression of interest usually becomes, that
 *   holds any scope (`exchange`, `research` and `grant` each say what the activity is);
 * - `startsOn` and `endsOn` the proposal's period, its scope, commitments and funding, and
 *   its partner as `partnerIds`; no `signedOn`.
 *
 * A proposal that carries its partner (a new institution) adds that partner to `partners`,
 * unless a partner with its id is there already. The projected proposals leave
 * `proposals`. The result is a new value that passes `NetworkSchema`: records it adds are
 * fresh; the records it keeps are the input's own objects (shared, not copied: treat the
 * result as read-only, as the library does). The input is never changed. Use
 * `compareCoverage(network, projected)` to see what would change.
 *
 * @param network - A parsed network.
 * @param proposalIds - Ids of proposals of the network, each once, in any order (`[]`
 *   gives a copy of the network, deep-equal to it).
 * @param options - `on` (the day eligibility is judged on: default the network's `asOf`,
 *   else today), `includeIneligible`, and policy parameters.
 * @returns The projected network.
 * @throws TypeError when `proposalIds` is not a list of strings, or `includeIneligible`
 *   not a boolean.
 * @throws RangeError `planning.unknown_proposals` or `planning.duplicate_proposals` for an
 *   id the network's proposals do not have or an id given twice;
 *   `planning.ineligible_proposals`, naming every proposal whose eligibility decision on
 *   `on` is not `eligible` (`conditional` ones too: they have conditions to meet first),
 *   unless `includeIneligible` is `true`; `planning.unprojectable_proposals`, even then,
 *   for proposals that no valid agreement can hold (an empty scope, a commitment outside
 *   the scope, or a partner in the home country); and for an invalid `on` or policy
 *   parameter.
 *
 * @example
 * ```ts
 * const projected = projectNetwork(network, ['eoi-heidelberg-2017']);
 * projected.agreements.at(-1)?.id; //=> 'eoi-heidelberg-2017'
 * projected.proposals?.some((proposal) => proposal.id === 'eoi-heidelberg-2017'); //=> false
 * safeParseNetwork(projected).success; //=> true
 * projectNetwork(network, ['eoi-osaka-2017']); // throws RangeError: projectNetwork: proposal 'eoi-osaka-2017' is not eligible on 2017-06-30; pass includeIneligible: true to project it anyway
 * ```
 */
export function projectNetwork(
  network: Network,
  proposalIds: readonly string[],
  options: ProjectNetworkOptions = {},
): Network {
  const caller = 'projectNetwork';
  const includeIneligible = checkBoolean(caller, 'includeIneligible', options.includeIneligible);
  const { on, policy } = resolveOptions(options, network, caller);
  const byId = proposalsById(network);
  const ids = checkProposalIds(caller, 'proposalIds', proposalIds, byId);
  const projected = ids.map((id) => byId.get(id) as Proposal);

  // Eligibility first, so that one error names every refused proposal; then what no valid
  // agreement can hold, even with includeIneligible.
  if (!includeIneligible && projected.length > 0) {
    const reports = evaluateEligibilityBatch(projected, { network, policy, on });
    const refused = reports
      .filter((report) => report.decision !== 'eligible')
      .map((report) => report.proposalId);
    if (refused.length > 0) {
      throw libraryError(RangeError, PLANNING_MESSAGES, 'planning.ineligible_proposals', {
        caller,
        proposalIds: refused,
        on,
      });
    }
  }

  const unprojectable = projected
    .filter((proposal) => !projectable(proposal, network.home.country))
    .map((proposal) => proposal.id);
  if (unprojectable.length > 0) {
    throw libraryError(RangeError, PLANNING_MESSAGES, 'planning.unprojectable_proposals', {
      caller,
      proposalIds: unprojectable,
    });
  }
  const taken = new Set<string>(network.agreements.map((agreement) => agreement.id));
  const agreements = [...network.agreements];
  const partners = [...network.partners];
  const partnerIds = new Set<string>(partners.map((partner) => partner.id));
  for (const proposal of projected) {
    const id = freeAgreementId(proposal.id, taken);
    taken.add(id);
    agreements.push(agreementOf(proposal, id));
    if (typeof proposal.partner !== 'string' && !partnerIds.has(proposal.partner.id)) {
      partnerIds.add(proposal.partner.id);
      partners.push(structuredClone<Partner>(proposal.partner));
    }
  }
  const accepted = new Set<ProposalId>(projected.map((proposal) => proposal.id));
  const result: Network = { ...network, partners, agreements };
  if (network.proposals !== undefined) {
    result.proposals = network.proposals.filter((proposal) => !accepted.has(proposal.id));
  }
  return result;
}

/**
 * Synergy matching: where the network has gaps and where it duplicates effort, how well a
 * proposal fits, who to ask for a need, which partners should work together, who could
 * form a consortium, and whether mobility flows are balanced. The UHS page asks for "a
 * close consultation with and within the International Partners Network … to ensure
 * synergy, efficiency and sustainability of these partnerships"; these functions put
 * numbers on it. Every result is deterministic: ties break by id, cells come in `CELLS`
 * order, and inputs are never mutated.
 *
 * @example
 * ```ts
 * import { readFileSync } from 'node:fs';
 * import { parseNetwork } from '@uhs/partners-network/schemas';
 * import { findGaps, rankPartners } from '@uhs/partners-network/synergy';
 *
 * const network = parseNetwork(JSON.parse(readFileSync('examples/network.json', 'utf8')));
 * findGaps(network).slice(0, 3); //=> ['A1', 'A2', 'A3']
 * rankPartners(network, { cells: ['D3'] })[0]?.partnerId; //=> 'example-univ-vientiane'
 * ```
 *
 * @packageDocumentation
 * @module synergy
 */
export type {
  Collaboration,
  Consortium,
  CoverageEntry,
  DuplicateGroup,
  FitComponents,
  FitScore,
  Flow,
  MobilityBalance,
  Need,
  PairSynergy,
  RankedPartner,
  SynergyOptions,
} from './types.js';
export { coverageMatrix, type CoverageMatrixOptions } from './coverageMatrix.js';
export { findGaps, type FindGapsOptions } from './findGaps.js';
export { findSaturated, type FindSaturatedOptions } from './findSaturated.js';
export { fitScore, type FitScoreOptions } from './fitScore.js';
export { rankPartners, type RankPartnersOptions } from './rankPartners.js';
export { pairSynergy, type PairSynergyOptions } from './pairSynergy.js';
export {
  MAX_COLLABORATIONS_WITHOUT_LIMIT,
  suggestCollaborations,
  type SuggestCollaborationsOptions,
} from './suggestCollaborations.js';
export { suggestConsortium, type SuggestConsortiumOptions } from './suggestConsortium.js';
export { findDuplicatePartners, normaliseInstitutionName } from './findDuplicatePartners.js';
export { mobilityBalance, type MobilityBalanceOptions } from './mobilityBalance.js';

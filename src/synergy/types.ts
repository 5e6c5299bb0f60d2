import type { CellCode } from '../catalog/cells.js';
import type { LanguageCode } from '../catalog/languages.js';
import type { RegionCode } from '../catalog/regions.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import type { AgreementId, IscedFieldCode, PartnerId } from '../schemas/primitives.js';

/**
 * The options every synergy function takes: the day of the question (`on`, default the
 * network's `asOf`, else today), a `policy`, and any policy parameter given directly, which
 * wins over the policy (`saturation`, `weights`, `scoreWeights`, `alignment`, …).
 *
 * @example
 * ```ts
 * const options: SynergyOptions = { on: '2017-06-30', saturation: 2 };
 * ```
 */
export interface SynergyOptions extends OnOption, PolicyOptions {}

/**
 * One cell of the coverage matrix: who covers it on the date, through which agreements.
 *
 * @example
 * ```ts
 * const entry: CoverageEntry = { cell: 'C5', partners: [], agreements: [], count: 0 };
 * ```
 */
export interface CoverageEntry {
  /** The cell. */
  readonly cell: CellCode;
  /** The distinct partners covering it, ascending. */
  readonly partners: readonly PartnerId[];
  /** The agreements in force covering it, ascending. */
  readonly agreements: readonly AgreementId[];
  /** The number of distinct partners covering it, `c(cell)`. */
  readonly count: number;
}

/**
 * The three components of a fit score, each in [0, 1].
 *
 * @example
 * ```ts
 * const components: FitComponents = { strategicFit: 0.5, gapFilling: 1, sustainability: 0.666667 };
 * ```
 */
export interface FitComponents {
  /** Distinct strategies served by the scope ÷ the number of strategies of Goal #6 (4). */
  readonly strategicFit: number;
  /** How much the scope works where the network does not yet (weighted, saturating). */
  readonly gapFilling: number;
  /**
   * The mean of the length within the plan (÷ the policy's `sustainabilityMonths`, at most
   * 1), declared funding, and a completed agreement.
   */
  readonly sustainability: number;
}

/**
 * How well a proposal fits the network: a score in [0, 1], its components, and reasons a
 * person can read.
 *
 * @example
 * ```ts
 * const fit: FitScore = { score: 0.8, components: { strategicFit: 0.5, gapFilling: 1, sustainability: 1 }, reasons: [] };
 * ```
 */
export interface FitScore {
  /** Σ component × score weight ÷ Σ score weights, rounded to 6 decimal places. */
  readonly score: number;
  /** The components, each rounded to 6 decimal places. */
  readonly components: FitComponents;
  /** Why, one sentence a line: in English, or in the `locale` of the options. */
  readonly reasons: readonly string[];
}

/**
 * What a partner is sought for: cells (required), and optionally ISCED fields, languages
 * and regions, each written with the catalog's codes. An unknown code does not compile
 * (`languages: ['french']`), and `rankPartners` rejects one given at run time.
 *
 * @example
 * ```ts
 * const need: Need = { cells: ['C5', 'B4'], fields: ['0912'], languages: ['fr'], regions: ['asean', 'europe'] };
 * ```
 */
export interface Need {
  /** The cells the partner should be able to work in (see `CELLS`). */
  readonly cells: readonly CellCode[];
  /** ISCED-F 2013 fields the partner should declare (`ISCED_FIELDS`), such as `'0912'` (medicine). */
  readonly fields?: readonly IscedFieldCode[] | undefined;
  /** Languages the partner should work in: ISO 639-1 codes (see `LANGUAGES`). */
  readonly languages?: readonly LanguageCode[] | undefined;
  /** Only partners in these regions (on the date) are ranked (see `REGIONS`). */
  readonly regions?: readonly RegionCode[] | undefined;
}

/**
 * A ranked partner: its score and what of the need it matches.
 *
 * @example
 * ```ts
 * const ranked: RankedPartner | undefined = rankPartners(network, { cells: ['C5'], fields: ['0912'] })[0];
 * //=> { partnerId: 'example-univ-lyon', score: 1, matched: { cells: ['C5'], fields: ['0912'], languages: [] } }
 * ```
 */
export interface RankedPartner {
  /** The partner. */
  readonly partnerId: PartnerId;
  /**
   * The policy's `rankWeights` applied to the shares of the needed cells, fields and
   * languages matched (by default 0.6 × cells + 0.2 × fields + 0.2 × languages), rounded to 6
   * places.
   */
  readonly score: number;
  /** The cells (in `CELLS` order), fields and languages (in the need's order) it matches. */
  readonly matched: {
    /** The needed cells in the partner's capability. */
    readonly cells: readonly CellCode[];
    /** The needed fields the partner declares. */
    readonly fields: readonly string[];
    /** The needed languages the partner works in. */
    readonly languages: readonly string[];
  };
}

/**
 * Two partners' capabilities compared.
 *
 * @example
 * ```ts
 * const synergy: PairSynergy = { shared: ['C5'], complementary: ['B4', 'D1'], jaccard: 0.333333 };
 * ```
 */
export interface PairSynergy {
  /** The cells both have. */
  readonly shared: readonly CellCode[];
  /** The cells exactly one of them has. */
  readonly complementary: readonly CellCode[];
  /** Shared ÷ union (0 when both are empty), rounded to 6 decimal places. */
  readonly jaccard: number;
}

/**
 * A suggested collaboration: two partners (`a < b`) whose capabilities share cells.
 *
 * @example
 * ```ts
 * const collaboration: Collaboration | undefined = suggestCollaborations(network, { limit: 1 })[0];
 * //=> { partners: ['example-univ-bangkok', 'example-univ-singapore'], shared: ['B3', 'D1', 'D2'] }
 * ```
 */
export interface Collaboration {
  /** The two partners, in ascending order. */
  readonly partners: readonly [PartnerId, PartnerId];
  /** The cells they share, in `CELLS` order. */
  readonly shared: readonly CellCode[];
}

/**
 * A consortium for a set of cells: the partners chosen, and the cells they cover and do not.
 *
 * @example
 * ```ts
 * const consortium: Consortium = suggestConsortium(network, ['C5', 'A2']);
 * //=> { partners: ['example-univ-lyon'], covered: ['C5'], uncovered: ['A2'] }
 * ```
 */
export interface Consortium {
  /** The partners chosen, in the order the greedy cover took them. */
  readonly partners: readonly PartnerId[];
  /** The needed cells the consortium covers. */
  readonly covered: readonly CellCode[];
  /** The needed cells it does not. */
  readonly uncovered: readonly CellCode[];
}

/**
 * A group of partners that are probably the same institution.
 *
 * @example
 * ```ts
 * // Two faculties of one university, registered as two partners with its ROR id:
 * const [a, b] = ['example-lyon-medicine', 'example-lyon-pharmacy'].map((id) => PartnerIdSchema.parse(id));
 * const group: DuplicateGroup = { partnerIds: [a!, b!], reason: 'ror', key: 'https://ror.org/000000195' };
 * ```
 */
export interface DuplicateGroup {
  /** The partners, ascending. */
  readonly partnerIds: readonly PartnerId[];
  /** What they share: a ROR id, a normalised name, or an acronym (in one country). */
  readonly reason: 'ror' | 'name' | 'acronym';
  /** The shared key: the ROR URL, `COUNTRY:normalised name` or `COUNTRY:acronym`. */
  readonly key: string;
}

/**
 * Mobilities a year seen from UHS: `incoming` people come to UHS, `outgoing` UHS people go
 * abroad, `balance = incoming − outgoing`.
 *
 * @example
 * ```ts
 * const flow: Flow = { incoming: 2, outgoing: 4, balance: -2 };
 * ```
 */
export interface Flow {
  /** People coming to UHS each year. */
  readonly incoming: number;
  /** UHS people going abroad each year. */
  readonly outgoing: number;
  /** `incoming − outgoing`. */
  readonly balance: number;
}

/**
 * The mobility balance of the network, in total and by partner.
 *
 * @example
 * ```ts
 * const balance: MobilityBalance = { total: { incoming: 0, outgoing: 0, balance: 0 }, partners: [] };
 * ```
 */
export interface MobilityBalance {
  /** Every mobility commitment in force, counted once. */
  readonly total: Flow;
  /** The partners with any flow, ascending (each partner of a shared agreement gets its full flow). */
  readonly partners: readonly ({ readonly partnerId: PartnerId } & Flow)[];
}

import { deepFreeze } from '../core/_freeze.js';
import { AGREEMENT_STATUSES as CORE_AGREEMENT_STATUSES } from '../core/_lifecycle.js';

// The closed lists of the data model that are not domain tables: each is one frozen array,
// and its type is derived from it. The schemas, the checks and the generator use these
// arrays; nothing else writes their values.

/**
 * The four kinds of commitment, one per activity family: `mobility` (activities 1 and 2),
 * `resources` (3), `distance-course` (4) and `joint-programme` (5).
 *
 * @example
 * ```ts
 * COMMITMENT_KINDS; //=> ['mobility', 'resources', 'distance-course', 'joint-programme']
 * ```
 */
export const COMMITMENT_KINDS = /* @__PURE__ */ deepFreeze([
  'mobility',
  'resources',
  'distance-course',
  'joint-programme',
] as const);

/**
 * A kind of commitment: one of {@link COMMITMENT_KINDS}.
 *
 * @example
 * ```ts
 * const kind: CommitmentKind = 'distance-course';
 * ```
 */
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/**
 * The directions of a mobility, seen from the home institution: `incoming` to UHS,
 * `outgoing` from UHS.
 *
 * @example
 * ```ts
 * MOBILITY_DIRECTIONS; //=> ['incoming', 'outgoing']
 * ```
 */
export const MOBILITY_DIRECTIONS = /* @__PURE__ */ deepFreeze(['incoming', 'outgoing'] as const);

/**
 * A direction of mobility: one of {@link MOBILITY_DIRECTIONS}.
 *
 * @example
 * ```ts
 * const direction: MobilityDirection = 'incoming';
 * ```
 */
export type MobilityDirection = (typeof MOBILITY_DIRECTIONS)[number];

/**
 * The levels a mobility is for: four study levels, and `staff` for staff mobility.
 *
 * @example
 * ```ts
 * MOBILITY_LEVELS; //=> ['bachelor', 'master', 'doctoral', 'specialist', 'staff']
 * ```
 */
export const MOBILITY_LEVELS = /* @__PURE__ */ deepFreeze([
  'bachelor',
  'master',
  'doctoral',
  'specialist',
  'staff',
] as const);

/**
 * The level of a mobility: one of {@link MOBILITY_LEVELS}.
 *
 * @example
 * ```ts
 * const level: MobilityLevel = 'doctoral';
 * ```
 */
export type MobilityLevel = (typeof MOBILITY_LEVELS)[number];

/**
 * The types of a staff mobility (activity 1), as EWP names its two staff mobility
 * specifications: `teaching` (staff-teacher) and `training` (staff-training).
 *
 * @example
 * ```ts
 * STAFF_MOBILITY_TYPES; //=> ['teaching', 'training']
 * ```
 */
export const STAFF_MOBILITY_TYPES = /* @__PURE__ */ deepFreeze(['teaching', 'training'] as const);

/**
 * The type of a staff mobility: one of {@link STAFF_MOBILITY_TYPES}.
 *
 * @example
 * ```ts
 * const type: StaffMobilityType = 'training';
 * ```
 */
export type StaffMobilityType = (typeof STAFF_MOBILITY_TYPES)[number];

/**
 * The types of a student mobility (activity 2), as EWP names its two student mobility
 * specifications: `studies` (student-studies) and `traineeship` (student-traineeship).
 *
 * @example
 * ```ts
 * STUDENT_MOBILITY_TYPES; //=> ['studies', 'traineeship']
 * ```
 */
export const STUDENT_MOBILITY_TYPES = /* @__PURE__ */ deepFreeze([
  'studies',
  'traineeship',
] as const);

/**
 * The type of a student mobility: one of {@link STUDENT_MOBILITY_TYPES}.
 *
 * @example
 * ```ts
 * const type: StudentMobilityType = 'traineeship';
 * ```
 */
export type StudentMobilityType = (typeof STUDENT_MOBILITY_TYPES)[number];

/**
 * The EQF levels a student mobility can be for: 5 (short cycle), 6 (bachelor), 7 (master)
 * and 8 (doctorate), the study cycles EWP counts in.
 *
 * @example
 * ```ts
 * EQF_LEVELS; //=> [5, 6, 7, 8]
 * ```
 */
export const EQF_LEVELS = /* @__PURE__ */ deepFreeze([5, 6, 7, 8] as const);

/**
 * An EQF level of a student mobility: one of {@link EQF_LEVELS}.
 *
 * @example
 * ```ts
 * const level: EqfLevel = 7;
 * ```
 */
export type EqfLevel = (typeof EQF_LEVELS)[number];

/**
 * What a resource-sharing commitment (activity 3) shares or develops together.
 *
 * @example
 * ```ts
 * RESOURCE_ITEMS; //=> ['curriculum', 'course-material', 'library-access', 'e-resources', 'guidelines', 'equipment', 'other']
 * ```
 */
export const RESOURCE_ITEMS = /* @__PURE__ */ deepFreeze([
  'curriculum',
  'course-material',
  'library-access',
  'e-resources',
  'guidelines',
  'equipment',
  'other',
] as const);

/**
 * A shared resource: one of {@link RESOURCE_ITEMS}.
 *
 * @example
 * ```ts
 * const item: ResourceItem = 'e-resources';
 * ```
 */
export type ResourceItem = (typeof RESOURCE_ITEMS)[number];

/**
 * The types of a joint programme or research project (activity 5).
 *
 * @example
 * ```ts
 * PROGRAMME_TYPES; //=> ['joint-degree', 'double-degree', 'joint-course', 'research-project']
 * ```
 */
export const PROGRAMME_TYPES = /* @__PURE__ */ deepFreeze([
  'joint-degree',
  'double-degree',
  'joint-course',
  'research-project',
] as const);

/**
 * The type of a joint programme: one of {@link PROGRAMME_TYPES}.
 *
 * @example
 * ```ts
 * const programme: ProgrammeType = 'double-degree';
 * ```
 */
export type ProgrammeType = (typeof PROGRAMME_TYPES)[number];

/**
 * The legal instruments an agreement can be: a memorandum of understanding (`mou`), an
 * exchange, research or grant agreement, or `other`.
 *
 * @example
 * ```ts
 * AGREEMENT_INSTRUMENTS; //=> ['mou', 'exchange', 'research', 'grant', 'other']
 * ```
 */
export const AGREEMENT_INSTRUMENTS = /* @__PURE__ */ deepFreeze([
  'mou',
  'exchange',
  'research',
  'grant',
  'other',
] as const);

/**
 * The instrument of an agreement: one of {@link AGREEMENT_INSTRUMENTS}.
 *
 * @example
 * ```ts
 * const instrument: AgreementInstrument = 'mou';
 * ```
 */
export type AgreementInstrument = (typeof AGREEMENT_INSTRUMENTS)[number];

/**
 * Every status of an agreement ({@link AgreementStatus}), in the order of an agreement's life: upcoming, active,
 * expiring, expired, then the two that interrupt it, terminated and suspended. Useful to
 * count agreements by status with every status present.
 *
 * @example
 * ```ts
 * AGREEMENT_STATUSES; //=> ['upcoming', 'active', 'expiring', 'expired', 'terminated', 'suspended']
 * ```
 */
export const AGREEMENT_STATUSES = CORE_AGREEMENT_STATUSES;

/**
 * Where an agreement stands on a day:
 * - `upcoming`: before its first day (`startsOn`);
 * - `active`: in its period and not ending within the expiry window;
 * - `expiring`: in its period and ending within the expiry window (`endsOn` − `on` ≤
 *   `expiringWithinDays` calendar days);
 * - `expired`: after its last day (`endsOn`);
 * - `terminated`: from its `terminatedOn` day on;
 * - `suspended`: in its period while marked `suspended`.
 *
 * `active` and `expiring` agreements are *in force*.
 *
 * @example
 * ```ts
 * const status: AgreementStatus = 'expiring';
 * AGREEMENT_STATUSES.includes(status); //=> true
 * ```
 */
export type AgreementStatus = Extract<(typeof AGREEMENT_STATUSES)[number], string>;

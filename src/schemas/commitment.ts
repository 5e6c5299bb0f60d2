import * as z from 'zod';
import type { AreaCode } from '../catalog/areas.js';
import type { CefrLevel, LanguageCode } from '../catalog/languages.js';
import {
  MOBILITY_DIRECTIONS,
  MOBILITY_LEVELS,
  PROGRAMME_TYPES,
  RESOURCE_ITEMS,
  type MobilityDirection,
  type MobilityLevel,
  type ProgrammeType,
  type ResourceItem,
} from '../catalog/vocabulary.js';
import { renderZodIssue } from './_issues.js';
import { text, uniqueList } from './_primitives.js';
import {
  AreaCodeSchema,
  CefrLevelSchema,
  IscedFieldSchema,
  LanguageCodeSchema,
  type IscedFieldCode,
} from './primitives.js';

const MAX_COUNT = 100_000;

/**
 * A mobility commitment: staff (activity 1) or students (activity 2) moving between UHS
 * and the partner each year. `incoming` is people coming to UHS, `outgoing` UHS people
 * going abroad.
 *
 * @example
 * ```ts
 * MobilityCommitmentSchema.parse({ kind: 'mobility', area: 'B', activity: 2, direction: 'outgoing', perYear: 4 });
 * ```
 */
export const MobilityCommitmentSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The commitment's kind. */
    kind: z.literal('mobility'),
    /** The priority area it serves. */
    area: AreaCodeSchema,
    /** `1` staff mobility, `2` student mobility. */
    activity: z.literal([1, 2]),
    /** Seen from UHS: `incoming` people come to UHS, `outgoing` UHS people go abroad. */
    direction: z.enum(MOBILITY_DIRECTIONS, { error: renderZodIssue }),
    /** How many mobilities a year. */
    perYear: z.int().min(1).max(MAX_COUNT),
    /** How many months each mobility lasts. */
    monthsPerYear: z.number().positive().max(12).optional(),
    /** Who moves. */
    level: z.enum(MOBILITY_LEVELS, { error: renderZodIssue }).optional(),
    /** The fields of the mobility (ISCED-F). */
    fields: uniqueList(IscedFieldSchema).max(200).optional(),
    /** The language of the stay and the level it requires. */
    language: z
      .strictObject({
        /** The language. */
        code: LanguageCodeSchema,
        /** The least CEFR level required. */
        minLevel: CefrLevelSchema.optional(),
      })
      .optional(),
  }))();

/**
 * A commitment to share or co-develop documents and resources (activity 3).
 *
 * @example
 * ```ts
 * ResourcesCommitmentSchema.parse({ kind: 'resources', area: 'B', activity: 3, items: ['curriculum'], coDeveloped: true });
 * ```
 */
export const ResourcesCommitmentSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The commitment's kind. */
    kind: z.literal('resources'),
    /** The priority area it serves. */
    area: AreaCodeSchema,
    /** Always `3`, documents/resources sharing and co-development. */
    activity: z.literal(3),
    /** What is shared (each once). */
    items: uniqueList(z.enum(RESOURCE_ITEMS, { error: renderZodIssue })).min(1),
    /** `true` when the resources are developed together, not only shared. */
    coDeveloped: z.boolean(),
  }))();

/**
 * A commitment to deliver distance courses (activity 4).
 *
 * @example
 * ```ts
 * DistanceCourseCommitmentSchema.parse({ kind: 'distance-course', area: 'B', activity: 4, courses: 2, language: 'fr', assessment: true });
 * ```
 */
export const DistanceCourseCommitmentSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The commitment's kind. */
    kind: z.literal('distance-course'),
    /** The priority area it serves. */
    area: AreaCodeSchema,
    /** Always `4`, distance teaching/learning and assessment tools. */
    activity: z.literal(4),
    /** How many courses. */
    courses: z.int().min(1).max(MAX_COUNT),
    /** The language of teaching. */
    language: LanguageCodeSchema,
    /** `true` when the courses come with assessment tools. */
    assessment: z.boolean(),
  }))();

/**
 * A joint teaching programme or research project (activity 5).
 *
 * @example
 * ```ts
 * JointProgrammeCommitmentSchema.parse({ kind: 'joint-programme', area: 'C', activity: 5, programme: 'research-project', title: 'Example cohort study' });
 * ```
 */
export const JointProgrammeCommitmentSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The commitment's kind. */
    kind: z.literal('joint-programme'),
    /** The priority area it serves. */
    area: AreaCodeSchema,
    /** Always `5`, joint teaching programmes and research projects. */
    activity: z.literal(5),
    /** What kind of programme. */
    programme: z.enum(PROGRAMME_TYPES, { error: renderZodIssue }),
    /** Its title. */
    title: text(),
    /** Its fields (ISCED-F). */
    fields: uniqueList(IscedFieldSchema).max(200).optional(),
  }))();

/**
 * A concrete promise inside an agreement or proposal, discriminated on `kind`. Its cell
 * is `area + activity`.
 *
 * @example
 * ```ts
 * const commitment = CommitmentSchema.parse({ kind: 'distance-course', area: 'B', activity: 4, courses: 2, language: 'fr', assessment: true });
 * commitment.kind; //=> 'distance-course'
 * ```
 */
export const CommitmentSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [
    MobilityCommitmentSchema,
    ResourcesCommitmentSchema,
    DistanceCourseCommitmentSchema,
    JointProgrammeCommitmentSchema,
  ]))();

export type { MobilityLevel };

/**
 * The language of a mobility's stay and the least CEFR level it requires.
 *
 * @example
 * ```ts
 * const language: MobilityLanguage = { code: 'fr', minLevel: 'B2' };
 * language.code; //=> 'fr'
 * ```
 */
export interface MobilityLanguage {
  /** The language. */
  code: LanguageCode;
  /** The least CEFR level required. */
  minLevel?: CefrLevel | undefined;
}

/**
 * A mobility commitment (what {@link MobilityCommitmentSchema} parses to): staff
 * (activity 1) or students (activity 2) moving between UHS and the partner each year.
 *
 * @example
 * ```ts
 * const commitment: MobilityCommitment = { kind: 'mobility', area: 'B', activity: 2, direction: 'outgoing', perYear: 4 };
 * commitmentCell(commitment); //=> 'B2'
 * ```
 */
export interface MobilityCommitment {
  /** The commitment's kind. */
  kind: 'mobility';
  /** The priority area it serves. */
  area: AreaCode;
  /** `1` staff mobility, `2` student mobility. */
  activity: 1 | 2;
  /** Seen from UHS: `incoming` people come to UHS, `outgoing` UHS people go abroad. */
  direction: MobilityDirection;
  /** How many mobilities a year. */
  perYear: number;
  /** How many months each mobility lasts. */
  monthsPerYear?: number | undefined;
  /** Who moves. */
  level?: MobilityLevel | undefined;
  /** The fields of the mobility (ISCED-F). */
  fields?: IscedFieldCode[] | undefined;
  /** The language of the stay and the level it requires. */
  language?: MobilityLanguage | undefined;
}

export type { ResourceItem };

/**
 * A commitment to share or co-develop documents and resources (activity 3), what
 * {@link ResourcesCommitmentSchema} parses to.
 *
 * @example
 * ```ts
 * const commitment: ResourcesCommitment = { kind: 'resources', area: 'B', activity: 3, items: ['curriculum'], coDeveloped: true };
 * commitmentCell(commitment); //=> 'B3'
 * ```
 */
export interface ResourcesCommitment {
  /** The commitment's kind. */
  kind: 'resources';
  /** The priority area it serves. */
  area: AreaCode;
  /** Always `3`, documents/resources sharing and co-development. */
  activity: 3;
  /** What is shared (each once). */
  items: ResourceItem[];
  /** `true` when the resources are developed together, not only shared. */
  coDeveloped: boolean;
}

/**
 * A commitment to deliver distance courses (activity 4), what
 * {@link DistanceCourseCommitmentSchema} parses to.
 *
 * @example
 * ```ts
 * const commitment: DistanceCourseCommitment = { kind: 'distance-course', area: 'B', activity: 4, courses: 2, language: 'fr', assessment: true };
 * commitmentCell(commitment); //=> 'B4'
 * ```
 */
export interface DistanceCourseCommitment {
  /** The commitment's kind. */
  kind: 'distance-course';
  /** The priority area it serves. */
  area: AreaCode;
  /** Always `4`, distance teaching/learning and assessment tools. */
  activity: 4;
  /** How many courses. */
  courses: number;
  /** The language of teaching. */
  language: LanguageCode;
  /** `true` when the courses come with assessment tools. */
  assessment: boolean;
}

/**
 * What kind of programme a {@link JointProgrammeCommitment} is.
 *
 * @example
 * ```ts
 * const programme: JointProgrammeKind = 'double-degree';
 * JointProgrammeCommitmentSchema.shape.programme.safeParse(programme).success; //=> true
 * ```
 */
export type JointProgrammeKind = ProgrammeType;

/**
 * A joint teaching programme or research project (activity 5), what
 * {@link JointProgrammeCommitmentSchema} parses to.
 *
 * @example
 * ```ts
 * const commitment: JointProgrammeCommitment = { kind: 'joint-programme', area: 'C', activity: 5, programme: 'research-project', title: 'Example cohort study' };
 * commitmentCell(commitment); //=> 'C5'
 * ```
 */
export interface JointProgrammeCommitment {
  /** The commitment's kind. */
  kind: 'joint-programme';
  /** The priority area it serves. */
  area: AreaCode;
  /** Always `5`, joint teaching programmes and research projects. */
  activity: 5;
  /** What kind of programme. */
  programme: JointProgrammeKind;
  /** Its title. */
  title: string;
  /** Its fields (ISCED-F). */
  fields?: IscedFieldCode[] | undefined;
}

/**
 * A parsed commitment, one of four kinds told apart by `kind` (what
 * {@link CommitmentSchema} parses to).
 *
 * @example
 * ```ts
 * const commitment: Commitment = { kind: 'mobility', area: 'A', activity: 1, direction: 'incoming', perYear: 2 };
 * commitment.kind === 'mobility' ? commitment.direction : undefined; //=> 'incoming'
 * ```
 */
export type Commitment =
  MobilityCommitment | ResourcesCommitment | DistanceCourseCommitment | JointProgrammeCommitment;

/**
 * A commitment as sent: the same shape as {@link Commitment}, since parsing changes nothing
 * in it.
 *
 * @example
 * ```ts
 * const input: CommitmentInput = { kind: 'resources', area: 'B', activity: 3, items: ['guidelines'], coDeveloped: false };
 * CommitmentSchema.parse(input).kind; //=> 'resources'
 * ```
 */
export type CommitmentInput = Commitment;

/**
 * The cell of a commitment: its area letter then its activity number.
 *
 * @param commitment - A parsed commitment.
 * @returns Its cell code.
 *
 * @example
 * ```ts
 * const commitment = CommitmentSchema.parse({
 *   kind: 'joint-programme', area: 'C', activity: 5, programme: 'research-project', title: 'Example study',
 * });
 * commitmentCell(commitment); //=> 'C5'
 * ```
 */
export function commitmentCell(
  commitment: Pick<Commitment, 'area' | 'activity'>,
): `${Commitment['area']}${Commitment['activity']}` {
  return `${commitment.area}${commitment.activity}`;
}

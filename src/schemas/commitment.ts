import * as z from 'zod';
import type { AreaCode } from '../catalog/areas.js';
import type { CefrLevel, LanguageCode } from '../catalog/languages.js';
import {
  EQF_LEVELS,
  MOBILITY_DIRECTIONS,
  MOBILITY_LEVELS,
  PROGRAMME_TYPES,
  RESOURCE_ITEMS,
  STAFF_MOBILITY_TYPES,
  STUDENT_MOBILITY_TYPES,
  type EqfLevel,
  type MobilityDirection,
  type MobilityLevel,
  type ProgrammeType,
  type ResourceItem,
  type StaffMobilityType,
  type StudentMobilityType,
} from '../catalog/vocabulary.js';
import { ISCED_V6_VALUE } from '../core/_patterns.js';
import { issueMessage, renderZodIssue } from './_issues.js';
import { text, uniqueList } from './_primitives.js';
import { addIssue, refinement, type IssueSink } from './_refinements.js';
import {
  AcademicYearSchema,
  AreaCodeSchema,
  CefrLevelSchema,
  EwpIdSchema,
  IscedFieldSchema,
  LanguageCodeSchema,
  MAX_TEXT_LENGTH,
  type IscedFieldCode,
} from './primitives.js';

const MAX_COUNT = 100_000;
/** The longest clarification of a field (EWP's `isced-clarification`), in characters. */
const MAX_CLARIFICATION_LENGTH = 500;
/** The largest total of months or days a year: `MAX_COUNT` mobilities of a whole year. */
const MAX_TOTAL = 366 * MAX_COUNT;

/**
 * A total over a year's mobilities, as EWP counts it: a positive decimal with at most 2
 * places (`0.01` steps; `not_multiple_of` otherwise).
 */
function yearTotal(): z.ZodNumber {
  return z.number().positive().max(MAX_TOTAL).multipleOf(0.01);
}

/**
 * Reports a `fieldClarification` without the `field` it clarifies: `field` is then required
 * (`invalid_type`, at `field`), since EWP writes the clarification inside the skill's
 * `subject-area`, next to its `isced-f-code`.
 */
function checkLanguageField(
  language: {
    readonly field?: string | undefined;
    readonly fieldClarification?: string | undefined;
  },
  sink: IssueSink,
): void {
  if (language.fieldClarification === undefined || language.field !== undefined) return;
  const issue = { code: 'invalid_type', expected: 'string', input: undefined } as const;
  sink.issues.push({ ...issue, path: ['field'], message: renderZodIssue(issue), continue: true });
}

/**
 * A language recommended for a mobility, and the least CEFR level it requires (EWP's
 * `recommended-language-skill`). The EWP facts kept for a round trip are optional:
 * `notYetDefined` (the skill's `not-yet-defined="true"`), and the skill's own subject area,
 * `field` with its `fieldClarification` (which needs `field`: `invalid_type` at `field`
 * otherwise).
 *
 * @example
 * ```ts
 * MobilityLanguageSchema.parse({ code: 'fr', minLevel: 'B2' }); //=> { code: 'fr', minLevel: 'B2' }
 * MobilityLanguageSchema.parse({ code: 'en', minLevel: 'C1', field: '0912', fieldClarification: 'Clinical English' }).field;
 * //=> '0912'
 * MobilityLanguageSchema.safeParse({ code: 'en', fieldClarification: 'Clinical English' }).success; //=> false
 * ```
 */
export const MobilityLanguageSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** The language. */
      code: LanguageCodeSchema,
      /** The least CEFR level required. */
      minLevel: CefrLevelSchema.optional(),
      /** `true` when EWP marks the skill `not-yet-defined` (left out of the IIA's hash). */
      notYetDefined: z.boolean().optional(),
      /** The field the skill is for (ISCED-F; EWP's `subject-area/isced-f-code` of the skill). */
      field: IscedFieldSchema.optional(),
      /** That field made precise, in words (EWP's `isced-clarification`); needs `field`. */
      fieldClarification: text(MAX_CLARIFICATION_LENGTH).optional(),
    })
    .check(refinement(checkLanguageField)))();

/**
 * The EWP facts of a mobility commitment that the model keeps so that an IIA read from EWP
 * is written back with the same `iia-hash`: the organisational units that send and receive
 * (`sending-ounit-id`, `receiving-ounit-id`), `perYearNotYetDefined` (the
 * `not-yet-defined="true"` of `mobilities-per-year`), and for each field of the commitment,
 * keyed by its ISCED-F code, its clarification (`isced-clarification`) and the code IIAs v6
 * approved for it (`isced-f-code/@v6-value`, 1 to 3 digits). Each key of
 * `fieldClarifications` and `fieldV6Values` must be one of the commitment's `fields`
 * (`unrecognized_keys` otherwise, checked by the mobility commitment schemas).
 *
 * @example
 * ```ts
 * MobilityEwpSchema.parse({ sendingOunitId: 'MED-01', fieldClarifications: { '0912': 'Tropical medicine' } })
 *   .fieldClarifications; //=> { '0912': 'Tropical medicine' }
 * MobilityEwpSchema.safeParse({ fieldV6Values: { '0912': '09121' } }).success; //=> false
 * ```
 */
export const MobilityEwpSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** The organisational unit that sends (EWP `sending-ounit-id`). */
    sendingOunitId: EwpIdSchema.optional(),
    /** The organisational unit that receives (EWP `receiving-ounit-id`). */
    receivingOunitId: EwpIdSchema.optional(),
    /** `true` when `mobilities-per-year` is marked `not-yet-defined` (left out of the hash). */
    perYearNotYetDefined: z.boolean().optional(),
    /** Each field made precise, in words (EWP `isced-clarification`), keyed by its code. */
    fieldClarifications: z
      .partialRecord(IscedFieldSchema, text(MAX_CLARIFICATION_LENGTH))
      .optional(),
    /** The code IIAs v6 approved for each field (EWP `isced-f-code/@v6-value`), keyed by its code. */
    fieldV6Values: z
      .partialRecord(
        IscedFieldSchema,
        z.string({ error: renderZodIssue }).regex(ISCED_V6_VALUE, { error: renderZodIssue }),
      )
      .optional(),
  }))();

/**
 * Reports each key of `ewp.fieldClarifications` and `ewp.fieldV6Values` that is not one of
 * the commitment's `fields` (`unrecognized_keys`, at the key): EWP writes them inside the
 * field's own `subject-area`, so a key without its field could not be written.
 */
function checkMobilityEwp(
  commitment: {
    readonly fields?: readonly string[] | undefined;
    readonly ewp?: z.output<typeof MobilityEwpSchema> | undefined;
  },
  sink: IssueSink,
): void {
  const ewp = commitment.ewp;
  if (ewp === undefined) return;
  const fields = commitment.fields ?? [];
  for (const name of ['fieldClarifications', 'fieldV6Values'] as const) {
    const record = ewp[name];
    if (record === undefined) continue;
    for (const key of Object.keys(record)) {
      if (fields.includes(key)) continue;
      const params = { key, detail: 'not-in-fields' } as const;
      sink.issues.push({
        code: 'custom',
        params: { code: 'unrecognized_keys', params },
        message: issueMessage('unrecognized_keys', params),
        path: ['ewp', name, key],
        input: key,
        continue: true,
      });
    }
  }
}

/**
 * The academic years a mobility commitment is in effect, both included (EWP's
 * `receiving-first-academic-year-id` and `receiving-last-academic-year-id`). Each is an
 * academic year as {@link AcademicYearSchema} accepts it; `last` may not start before
 * `first` (`date_order`).
 *
 * @example
 * ```ts
 * AcademicYearRangeSchema.parse({ first: '2024-2025', last: '2026-2027' }).last; //=> '2026-2027'
 * AcademicYearRangeSchema.safeParse({ first: '2026-2027', last: '2024-2025' }).success; //=> false
 * ```
 */
export const AcademicYearRangeSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** The first academic year. */
      first: AcademicYearSchema,
      /** The last academic year (the same as `first` for one year). */
      last: AcademicYearSchema,
    })
    .check(
      refinement((range, sink) => {
        // An academic year starts in the year its id begins with.
        if (Number(range.last.slice(0, 4)) < Number(range.first.slice(0, 4))) {
          addIssue(
            sink,
            'date_order',
            {
              field: 'last',
              date: range.last,
              relation: 'not-before',
              reference: 'first',
              referenceDate: range.first,
            },
            ['last'],
            range.last,
          );
        }
      }),
    ))();

/** Reports a language listed twice in `languages` (`duplicate_value`, at its `code`). */
function checkLanguageCodes(
  languages: readonly { readonly code: string }[],
  sink: IssueSink,
): void {
  for (let index = 1; index < languages.length; index += 1) {
    const code = languages[index]?.code;
    const firstIndex = languages.findIndex((language) => language.code === code);
    if (firstIndex < index) {
      addIssue(sink, 'duplicate_value', { value: code, firstIndex }, [index, 'code'], code);
    }
  }
}

/** The facts every mobility commitment has, staff or students. */
function mobilityShape() {
  return {
    /** Seen from UHS: `incoming` people come to UHS, `outgoing` UHS people go abroad. */
    direction: z.enum(MOBILITY_DIRECTIONS, { error: renderZodIssue }),
    /** How many mobilities a year (EWP's `mobilities-per-year`). */
    perYear: z.int().min(1).max(MAX_COUNT),
    /** Who moves. */
    level: z.enum(MOBILITY_LEVELS, { error: renderZodIssue }).optional(),
    /** The fields of the mobility: ISCED-F codes (EWP's `subject-area`). */
    fields: uniqueList(IscedFieldSchema).max(200).optional(),
    /** The recommended languages, each with the least CEFR level it requires. */
    languages: z
      .array(MobilityLanguageSchema)
      .max(50)
      .check(refinement(checkLanguageCodes))
      .optional(),
    /** The academic years it is in effect, both included. */
    academicYears: AcademicYearRangeSchema.optional(),
    /** Other terms, in words (EWP's `other-info-terms`). */
    otherTerms: text(MAX_TEXT_LENGTH).optional(),
    /** The EWP facts kept for a round trip (organisational units, clarifications …). */
    ewp: MobilityEwpSchema.optional(),
  };
}

/**
 * A staff mobility commitment (activity 1): staff moving to teach (`teaching`, EWP's
 * staff-teacher mobility) or to train (`training`, EWP's staff-training mobility).
 * `totalDaysPerYear` is the total over all of a year's mobilities, as EWP counts it.
 *
 * @example
 * ```ts
 * StaffMobilityCommitmentSchema.parse({ kind: 'mobility', area: 'A', activity: 1, type: 'teaching',
 *   direction: 'incoming', perYear: 2, totalDaysPerYear: 10 }).totalDaysPerYear; //=> 10
 * ```
 */
export const StaffMobilityCommitmentSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** The commitment's kind. */
      kind: z.literal('mobility'),
      /** The priority area it serves. */
      area: AreaCodeSchema,
      /** Always `1`, staff mobility. */
      activity: z.literal(1),
      /** `teaching` or `training`. */
      type: z.enum(STAFF_MOBILITY_TYPES, { error: renderZodIssue }),
      ...mobilityShape(),
      /** The total of days over all of a year's mobilities, to 2 decimal places. */
      totalDaysPerYear: yearTotal().optional(),
    })
    .check(refinement(checkMobilityEwp)))();

/**
 * A student mobility commitment (activity 2): students moving to study (`studies`) or for
 * a traineeship (`traineeship`). `totalMonthsPerYear` is the total over all of a year's
 * mobilities, as EWP counts it; `eqfLevels` the study cycles (5 to 8); `blended` that the
 * partners accept blended mobility.
 *
 * @example
 * ```ts
 * StudentMobilityCommitmentSchema.parse({ kind: 'mobility', area: 'B', activity: 2, type: 'studies',
 *   direction: 'outgoing', perYear: 4, totalMonthsPerYear: 20, eqfLevels: [6, 7] }).eqfLevels; //=> [6, 7]
 * ```
 */
export const StudentMobilityCommitmentSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** The commitment's kind. */
      kind: z.literal('mobility'),
      /** The priority area it serves. */
      area: AreaCodeSchema,
      /** Always `2`, student mobility. */
      activity: z.literal(2),
      /** `studies` or `traineeship`. */
      type: z.enum(STUDENT_MOBILITY_TYPES, { error: renderZodIssue }),
      ...mobilityShape(),
      /** The total of months over all of a year's mobilities, to 2 decimal places. */
      totalMonthsPerYear: yearTotal().optional(),
      /** The EQF levels (study cycles) it is for: 5 to 8, each once. */
      eqfLevels: uniqueList(z.literal(EQF_LEVELS, { error: renderZodIssue }))
        .min(1)
        .optional(),
      /** `true` when the partners accept blended mobility (a short stay with a virtual part). */
      blended: z.boolean().optional(),
    })
    .check(refinement(checkMobilityEwp)))();

/**
 * A mobility commitment (schema version 2): staff (activity 1) or students (activity 2)
 * moving between UHS and the partner each year, told apart by `activity`. `incoming` is
 * people coming to UHS, `outgoing` UHS people going abroad. Version-1 mobility
 * (`monthsPerYear`, `language`) is read by the parse functions and converted (see
 * {@link migrateNetwork}).
 *
 * @example
 * ```ts
 * MobilityCommitmentSchema.parse({ kind: 'mobility', area: 'B', activity: 2, type: 'studies', direction: 'outgoing', perYear: 4 }).type;
 * //=> 'studies'
 * ```
 */
export const MobilityCommitmentSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('activity', [
    StaffMobilityCommitmentSchema,
    StudentMobilityCommitmentSchema,
  ]))();

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

export type { EqfLevel, MobilityLevel, StaffMobilityType, StudentMobilityType };

/**
 * A language recommended for a mobility and the least CEFR level it requires (what
 * {@link MobilityLanguageSchema} parses to).
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
  /** `true` when EWP marks the skill `not-yet-defined` (left out of the IIA's hash). */
  notYetDefined?: boolean | undefined;
  /** The field the skill is for (ISCED-F; EWP's `subject-area/isced-f-code` of the skill). */
  field?: IscedFieldCode | undefined;
  /** That field made precise, in words (EWP's `isced-clarification`); needs `field`. */
  fieldClarification?: string | undefined;
}

/**
 * The EWP facts of a mobility commitment kept for a round trip (what
 * {@link MobilityEwpSchema} parses to).
 *
 * @example
 * ```ts
 * const ewp: MobilityEwp = { receivingOunitId: 'MED-01', fieldV6Values: { '0912': '091' } };
 * ewp.fieldV6Values?.['0912']; //=> '091'
 * ```
 */
export interface MobilityEwp {
  /** The organisational unit that sends (EWP `sending-ounit-id`). */
  sendingOunitId?: string | undefined;
  /** The organisational unit that receives (EWP `receiving-ounit-id`). */
  receivingOunitId?: string | undefined;
  /** `true` when `mobilities-per-year` is marked `not-yet-defined` (left out of the hash). */
  perYearNotYetDefined?: boolean | undefined;
  /** Each field made precise, in words (EWP `isced-clarification`), keyed by its code. */
  fieldClarifications?: Partial<Record<IscedFieldCode, string>> | undefined;
  /** The code IIAs v6 approved for each field (EWP `isced-f-code/@v6-value`), keyed by its code. */
  fieldV6Values?: Partial<Record<IscedFieldCode, string>> | undefined;
}

/**
 * The academic years a mobility commitment is in effect, both included (what
 * {@link AcademicYearRangeSchema} parses to).
 *
 * @example
 * ```ts
 * const years: AcademicYearRange = { first: '2024-2025', last: '2026-2027' };
 * years.first; //=> '2024-2025'
 * ```
 */
export interface AcademicYearRange {
  /** The first academic year. */
  first: string;
  /** The last academic year (the same as `first` for one year). */
  last: string;
}

/**
 * The facts every mobility commitment has, staff or students.
 *
 * @example
 * ```ts
 * const facts: MobilityFacts = { kind: 'mobility', area: 'B', direction: 'outgoing', perYear: 4 };
 * facts.perYear; //=> 4
 * ```
 */
export interface MobilityFacts {
  /** The commitment's kind. */
  kind: 'mobility';
  /** The priority area it serves. */
  area: AreaCode;
  /** Seen from UHS: `incoming` people come to UHS, `outgoing` UHS people go abroad. */
  direction: MobilityDirection;
  /** How many mobilities a year (EWP's `mobilities-per-year`). */
  perYear: number;
  /** Who moves. */
  level?: MobilityLevel | undefined;
  /** The fields of the mobility (ISCED-F). */
  fields?: IscedFieldCode[] | undefined;
  /** The recommended languages, each with the least CEFR level it requires. */
  languages?: MobilityLanguage[] | undefined;
  /** The academic years it is in effect, both included. */
  academicYears?: AcademicYearRange | undefined;
  /** Other terms, in words (EWP's `other-info-terms`). */
  otherTerms?: string | undefined;
  /** The EWP facts kept for a round trip (organisational units, clarifications …). */
  ewp?: MobilityEwp | undefined;
}

/**
 * A staff mobility commitment (activity 1), what {@link StaffMobilityCommitmentSchema}
 * parses to.
 *
 * @example
 * ```ts
 * const commitment: StaffMobilityCommitment = { kind: 'mobility', area: 'A', activity: 1, type: 'training',
 *   direction: 'incoming', perYear: 2, totalDaysPerYear: 10 };
 * commitmentCell(commitment); //=> 'A1'
 * ```
 */
export interface StaffMobilityCommitment extends MobilityFacts {
  /** Always `1`, staff mobility. */
  activity: 1;
  /** `teaching` or `training`. */
  type: StaffMobilityType;
  /** The total of days over all of a year's mobilities, to 2 decimal places. */
  totalDaysPerYear?: number | undefined;
}

/**
 * A student mobility commitment (activity 2), what {@link StudentMobilityCommitmentSchema}
 * parses to.
 *
 * @example
 * ```ts
 * const commitment: StudentMobilityCommitment = { kind: 'mobility', area: 'B', activity: 2, type: 'studies',
 *   direction: 'outgoing', perYear: 4, totalMonthsPerYear: 20, blended: false };
 * commitmentCell(commitment); //=> 'B2'
 * ```
 */
export interface StudentMobilityCommitment extends MobilityFacts {
  /** Always `2`, student mobility. */
  activity: 2;
  /** `studies` or `traineeship`. */
  type: StudentMobilityType;
  /** The total of months over all of a year's mobilities, to 2 decimal places. */
  totalMonthsPerYear?: number | undefined;
  /** The EQF levels (study cycles) it is for: 5 to 8, each once. */
  eqfLevels?: EqfLevel[] | undefined;
  /** `true` when the partners accept blended mobility (a short stay with a virtual part). */
  blended?: boolean | undefined;
}

/**
 * A mobility commitment (what {@link MobilityCommitmentSchema} parses to): staff
 * (activity 1) or students (activity 2) moving between UHS and the partner each year.
 *
 * @example
 * ```ts
 * const commitment: MobilityCommitment = { kind: 'mobility', area: 'B', activity: 2, type: 'studies', direction: 'outgoing', perYear: 4 };
 * commitmentCell(commitment); //=> 'B2'
 * ```
 */
export type MobilityCommitment = StaffMobilityCommitment | StudentMobilityCommitment;

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
 * const commitment: Commitment = { kind: 'mobility', area: 'A', activity: 1, type: 'teaching', direction: 'incoming', perYear: 2 };
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

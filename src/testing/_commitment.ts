import type { ActivityCode } from '../catalog/activities.js';
import type { AreaCode } from '../catalog/areas.js';
import { parseCellCode, type CellCode } from '../catalog/cells.js';
import type { IscedFieldCode } from '../catalog/iscedFields.js';
import type { CefrLevel, LanguageCode } from '../catalog/languages.js';
import {
  EQF_LEVELS,
  MOBILITY_LEVELS,
  STAFF_MOBILITY_TYPES,
  STUDENT_MOBILITY_TYPES,
  PROGRAMME_TYPES,
  RESOURCE_ITEMS,
  type MobilityDirection,
  type MobilityLevel,
} from '../catalog/vocabulary.js';
import type { CommitmentInput, MobilityFacts } from '../schemas/commitment.js';
import { weightedRows, type Random } from './_random.js';
import { TOPICS } from './_vocabulary.js';

/** The level of a staff mobility (activity 1); every other level is a study level. */
const STAFF_LEVEL: MobilityLevel = 'staff';
/** The levels of a student mobility (activity 2): every mobility level but `staff`. */
const STUDENT_LEVELS = MOBILITY_LEVELS.filter((level) => level !== STAFF_LEVEL);
/** The language levels the generator asks for: the middle of the CEFR scale. */
const CEFR = ['A2', 'B1', 'B2', 'C1'] as const satisfies readonly CefrLevel[];
/** How often a mobility goes each way, seen from UHS: a little more often outgoing. */
const DIRECTION_WEIGHTS = /* @__PURE__ */ weightedRows<MobilityDirection>({
  incoming: 45,
  outgoing: 55,
});
/** How long one student mobility lasts, in months: a total is a multiple of one of these. */
const MONTHS = [0.5, 1, 3, 5, 6, 10] as const;
/** How long one staff mobility lasts, in days. */
const DAYS = [2.5, 5, 7, 10, 14] as const;
/** The languages a mobility recommends. */
const MOBILITY_LANGUAGES = ['en', 'fr', 'ja'] as const satisfies readonly LanguageCode[];
const OTHER_TERMS = [
  'Nominations by 15 May for the autumn term.',
  'Accommodation is offered on campus.',
  'Example terms agreed by both offices.',
] as const;
// Mostly the bilingual platform's languages; a few others for the teaching-language rule.
const TEACHING_LANGUAGES = [
  ['en', 55],
  ['fr', 35],
  ['de', 4],
  ['ja', 3],
  ['km', 3],
] as const satisfies readonly (readonly [LanguageCode, number])[];
const COMMITMENT_COUNTS = [
  [0, 20],
  [1, 35],
  [2, 25],
  [3, 12],
  [4, 8],
] as const;

/**
 * A commitment whose cell is `cell`: the cell's activity decides its kind (1–2 mobility,
 * 3 resources, 4 distance courses, 5 joint programmes).
 *
 * @internal
 */
export function generateCommitment(
  random: Random,
  cell: CellCode,
  fields: readonly IscedFieldCode[],
): CommitmentInput {
  // A `CellCode` always parses.
  const { area, activity } = parseCellCode(cell) as { area: AreaCode; activity: ActivityCode };
  switch (activity) {
    case 1:
    case 2: {
      const facts: MobilityFacts = {
        kind: 'mobility',
        area,
        direction: random.weighted(DIRECTION_WEIGHTS),
        perYear: random.int(1, 12),
      };
      if (random.chance(0.7)) {
        facts.level = activity === 1 ? STAFF_LEVEL : random.pick(STUDENT_LEVELS);
      }
      if (random.chance(0.4)) facts.fields = random.subset(fields, random.int(1, 2));
      if (random.chance(0.35)) {
        facts.languages = random
          .subset(MOBILITY_LANGUAGES, random.int(1, 2))
          .map((code) => (random.chance(0.6) ? { code, minLevel: random.pick(CEFR) } : { code }));
      }
      if (random.chance(0.4)) {
        const first = random.int(2014, 2024);
        const last = first + random.int(0, 3);
        facts.academicYears = { first: `${first}-${first + 1}`, last: `${last}-${last + 1}` };
      }
      if (random.chance(0.1)) facts.otherTerms = random.pick(OTHER_TERMS);
      if (activity === 1) {
        const commitment: CommitmentInput = {
          ...facts,
          activity,
          type: random.pick(STAFF_MOBILITY_TYPES),
        };
        // Totals to 2 decimal places, as EWP counts them: whole or half days.
        if (random.chance(0.6)) {
          commitment.totalDaysPerYear = facts.perYear * random.pick(DAYS);
        }
        return commitment;
      }
      const commitment: CommitmentInput = {
        ...facts,
        activity,
        type: random.pick(STUDENT_MOBILITY_TYPES),
      };
      if (random.chance(0.6)) {
        commitment.totalMonthsPerYear = facts.perYear * random.pick(MONTHS);
      }
      if (random.chance(0.5)) {
        commitment.eqfLevels = random.subset(EQF_LEVELS, random.int(1, 2)).sort((a, b) => a - b);
      }
      if (random.chance(0.5)) commitment.blended = random.chance(0.3);
      return commitment;
    }
    case 3:
      return {
        kind: 'resources',
        area,
        activity: 3,
        items: random.subset(RESOURCE_ITEMS, random.int(1, 3)),
        coDeveloped: random.chance(0.5),
      };
    case 4:
      return {
        kind: 'distance-course',
        area,
        activity: 4,
        courses: random.int(1, 6),
        language: random.weighted(TEACHING_LANGUAGES),
        assessment: random.chance(0.6),
      };
    case 5: {
      const commitment: CommitmentInput = {
        kind: 'joint-programme',
        area,
        activity: 5,
        programme: random.pick(PROGRAMME_TYPES),
        title: `Example ${random.pick(['programme', 'study', 'project'] as const)} in ${random.pick(TOPICS)}`,
      };
      if (random.chance(0.5)) commitment.fields = random.subset(fields, random.int(1, 3));
      return commitment;
    }
  }
}

/** Commitments for a scope: each in a cell of the scope. @internal */
export function generateCommitments(
  random: Random,
  scope: readonly CellCode[],
  fields: readonly IscedFieldCode[],
): CommitmentInput[] {
  if (scope.length === 0) return [];
  const count = random.weighted(COMMITMENT_COUNTS);
  const commitments: CommitmentInput[] = [];
  for (let index = 0; index < count; index++) {
    commitments.push(generateCommitment(random, random.pick(scope), fields));
  }
  return commitments;
}

import type { AreaCode } from '../catalog/areas.js';
import type { CellCode } from '../catalog/cells.js';
import type { CommitmentInput } from '../schemas/commitment.js';
import type { Random } from './_random.js';
import { TOPICS } from './_vocabulary.js';

const RESOURCE_ITEMS = [
  'curriculum',
  'course-material',
  'library-access',
  'e-resources',
  'guidelines',
  'equipment',
  'other',
] as const;
const STUDENT_LEVELS = ['bachelor', 'master', 'doctoral', 'specialist'] as const;
const PROGRAMMES = ['joint-degree', 'double-degree', 'joint-course', 'research-project'] as const;
const CEFR = ['A2', 'B1', 'B2', 'C1'] as const;
const MONTHS = [0.5, 1, 3, 6, 10, 12] as const;
const MOBILITY_LANGUAGES = [
  ['en', 60],
  ['fr', 35],
  ['ja', 5],
] as const;
// Mostly the bilingual platform's languages; a few others for the teaching-language rule.
const TEACHING_LANGUAGES = [
  ['en', 55],
  ['fr', 35],
  ['de', 4],
  ['ja', 3],
  ['km', 3],
] as const;
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
  fields: readonly string[],
): CommitmentInput {
  const area = cell.charAt(0) as AreaCode;
  switch (cell.charAt(1)) {
    case '1':
    case '2': {
      const activity = cell.charAt(1) === '1' ? 1 : 2;
      const commitment: CommitmentInput = {
        kind: 'mobility',
        area,
        activity,
        direction: random.chance(0.45) ? 'incoming' : 'outgoing',
        perYear: random.int(1, 12),
      };
      if (random.chance(0.6)) commitment.monthsPerYear = random.pick(MONTHS);
      if (random.chance(0.7)) {
        commitment.level = activity === 1 ? 'staff' : random.pick(STUDENT_LEVELS);
      }
      if (random.chance(0.4)) commitment.fields = random.subset(fields, random.int(1, 2));
      if (random.chance(0.35)) {
        const code = random.weighted(MOBILITY_LANGUAGES);
        commitment.language = random.chance(0.6) ? { code, minLevel: random.pick(CEFR) } : { code };
      }
      return commitment;
    }
    case '3':
      return {
        kind: 'resources',
        area,
        activity: 3,
        items: random.subset(RESOURCE_ITEMS, random.int(1, 3)),
        coDeveloped: random.chance(0.5),
      };
    case '4':
      return {
        kind: 'distance-course',
        area,
        activity: 4,
        courses: random.int(1, 6),
        language: random.weighted(TEACHING_LANGUAGES),
        assessment: random.chance(0.6),
      };
    default: {
      const commitment: CommitmentInput = {
        kind: 'joint-programme',
        area,
        activity: 5,
        programme: random.pick(PROGRAMMES),
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
  fields: readonly string[],
): CommitmentInput[] {
  if (scope.length === 0) return [];
  const count = random.weighted(COMMITMENT_COUNTS);
  const commitments: CommitmentInput[] = [];
  for (let index = 0; index < count; index++) {
    commitments.push(generateCommitment(random, random.pick(scope), fields));
  }
  return commitments;
}

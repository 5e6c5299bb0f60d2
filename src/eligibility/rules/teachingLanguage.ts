import type { EligibilityRule } from '../types.js';
import { listOf, outcome } from './_helpers.js';

/** The languages of strategy 4's bilingual training platform. */
const PLATFORM_LANGUAGES: readonly string[] = ['en', 'fr'];

/** Rule `teaching-language` (fixable). @internal */
export const teachingLanguage = {
  id: 'teaching-language',
  severity: 'fixable',
  description:
    "Every distance-course commitment teaches in English or French (strategy 4's bilingual platform); not applicable without one.",
  rationale:
    'Strategy 4: "a training platform that allows both French- and English-speaking faculty members to contribute their knowledge to UHS students".',
  evaluate: ({ proposal }) => {
    const courses: { index: number; language: string }[] = [];
    proposal.commitments.forEach((commitment, index) => {
      if (commitment.kind === 'distance-course')
        courses.push({ index, language: commitment.language });
    });
    if (courses.length === 0) {
      return outcome('not-applicable', 'The proposal has no distance-course commitment.');
    }
    const others = courses.filter((course) => !PLATFORM_LANGUAGES.includes(course.language));
    const first = others[0];
    if (first !== undefined) {
      const which = others.map(
        (course) => `commitments[${course.index}] teaches in "${course.language}"`,
      );
      return outcome(
        'fail',
        `Distance courses must teach in English (en) or French (fr), the languages of the bilingual training platform: ${listOf(which)}.`,
        ['commitments', first.index, 'language'],
      );
    }
    const languages = [...new Set(courses.map((course) => course.language))].sort();
    return outcome(
      'pass',
      `Every distance course teaches in English or French (${languages.join(', ')}).`,
    );
  },
} as const satisfies EligibilityRule;

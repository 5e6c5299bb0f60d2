import { LANGUAGES } from '../../catalog/languages.js';
import type { EligibilityRule } from '../types.js';
import { descriptionOf, outcome } from './_outcome.js';

/** The English names of a policy's platform languages, by its (frozen) list. */
const NAMES = /* @__PURE__ */ new WeakMap<readonly string[], readonly string[]>();

/** The English names of languages, as ISO 639-1 gives them (`English`, `French`). */
function namesOf(codes: readonly string[]): readonly string[] {
  let names = NAMES.get(codes);
  if (names === undefined) {
    names = Object.freeze(
      codes.map((code) => LANGUAGES.find((language) => language.code === code)?.name.en ?? code),
    );
    NAMES.set(codes, names);
  }
  return names;
}

/** Rule `teaching-language` (fixable). @internal */
export const teachingLanguage = {
  id: 'teaching-language',
  severity: 'fixable',
  description: /* @__PURE__ */ descriptionOf('teaching-language'),
  rationale:
    'Strategy 4: "a training platform that allows both French- and English-speaking faculty members to contribute their knowledge to UHS students".',
  evaluate: ({ proposal, policy }) => {
    const commitments: number[] = [];
    const languages: string[] = [];
    proposal.commitments.forEach((commitment, index) => {
      if (commitment.kind === 'distance-course') {
        commitments.push(index);
        languages.push(commitment.language);
      }
    });
    if (commitments.length === 0) {
      return outcome('not-applicable', 'rule.teaching-language.not-applicable', {});
    }
    const platform: readonly string[] = policy.platformLanguages;
    const outside: number[] = [];
    const outsideLanguages: string[] = [];
    languages.forEach((language, at) => {
      if (!platform.includes(language)) {
        outside.push(commitments[at] ?? at);
        outsideLanguages.push(language);
      }
    });
    const first = outside[0];
    if (first !== undefined) {
      return outcome(
        'fail',
        'rule.teaching-language.fail',
        {
          commitments: outside,
          languages: outsideLanguages,
          platformLanguages: platform,
          platformLanguageNames: namesOf(platform),
        },
        ['commitments', first, 'language'],
      );
    }
    return outcome('pass', 'rule.teaching-language.pass', {
      languages: [...new Set(languages)].sort(),
      platformLanguageNames: namesOf(platform),
    });
  },
} as const satisfies EligibilityRule;

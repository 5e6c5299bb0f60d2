import { deepFreeze } from '../core/_freeze.js';
import type { CatalogEntry, KnownCode, LocalizedText, LookupResult } from './types.js';

/**
 * Number of one of Strategic Goal #6's four strategies.
 *
 * @example
 * ```ts
 * const strategy: StrategyCode = 3; // develop international research cooperation
 * ```
 */
export type StrategyCode = Extract<(typeof STRATEGIES)[number]['code'], number>;

/**
 * One of the strategies adopted to achieve Strategic Goal #6.
 *
 * @example
 * ```ts
 * getStrategy(3).key; //=> 'research-cooperation'
 * ```
 */
export interface Strategy {
  /** The strategy's number in the UHS Strategic Plan. */
  readonly code: StrategyCode;
  /** A stable kebab-case slug. */
  readonly key: (typeof STRATEGIES)[number]['key'];
  /** A short title in English and French. */
  readonly title: LocalizedText;
  /** The strategy as the UHS page words it, verbatim. */
  readonly statement: string;
}

/**
 * UHS Strategic Goal #6: "The UHS Strategic Goal #6 is to strengthen and broaden
 * international cooperation."
 *
 * @example
 * ```ts
 * STRATEGIC_GOAL.number; //=> 6
 * STRATEGIC_GOAL.title.fr; //=> 'Renforcer et élargir la coopération internationale'
 * ```
 */
export const STRATEGIC_GOAL = /* @__PURE__ */ deepFreeze({
  number: 6,
  title: {
    en: 'Strengthen and broaden international cooperation',
    fr: 'Renforcer et élargir la coopération internationale',
  },
} as const satisfies { readonly number: 6; readonly title: LocalizedText });

/**
 * The four strategies "adopted to achieve this goal", ordered by code, each with the UHS
 * page's own wording in `statement`.
 *
 * @example
 * ```ts
 * STRATEGIES.map((strategy) => strategy.key);
 * //=> ['international-department', 'communications', 'research-cooperation', 'bilingual-training-platform']
 * ```
 */
export const STRATEGIES = /* @__PURE__ */ deepFreeze([
  {
    code: 1,
    key: 'international-department',
    title: {
      en: "Extend the International Department's goals and missions and staff it properly",
      fr: 'Étendre les objectifs et les missions du Département international et le doter de ressources humaines adéquates',
    },
    statement:
      'To extend the goals and missions of the UHS’ International Department and provide it with proper human resources',
  },
  {
    code: 2,
    key: 'communications',
    title: {
      en: 'Communications strategy for visibility, scholarships, grants and faculty development',
      fr: 'Stratégie de communication pour la visibilité, les bourses, les subventions et le développement du corps enseignant',
    },
    statement:
      'To develop and implement a specific communications strategy to gain visibility, scholarships, grants and opportunities for further faculty development',
  },
  {
    code: 3,
    key: 'research-cooperation',
    title: {
      en: 'Develop international research cooperation',
      fr: 'Développer la coopération internationale en recherche',
    },
    statement: 'To develop international research cooperation',
  },
  {
    code: 4,
    key: 'bilingual-training-platform',
    title: {
      en: 'Training platform where French- and English-speaking faculty teach UHS students, preparing them for regional and international mobility',
      fr: "Plateforme de formation où des enseignants francophones et anglophones enseignent aux étudiants de l'UHS et les préparent à la mobilité régionale et internationale",
    },
    statement:
      'To develop a training platform that allows both French- and English-speaking faculty members to contribute their knowledge to UHS students in order to prepare students for regional and international mobility when opportunity such as ASEAN integration arrives',
  },
] as const satisfies readonly (CatalogEntry<number> & { readonly statement: string })[]);

/**
 * Looks up a strategy of Strategic Goal #6 by its number.
 *
 * @param code - The strategy's number. A literal that is not a strategy code does not compile.
 * @returns The strategy, or `undefined` for an unknown code known only at run time.
 *
 * @example
 * ```ts
 * getStrategy(4).key; //=> 'bilingual-training-platform'
 * getStrategy(Number('5')); //=> undefined
 * ```
 */
export function getStrategy<N extends number>(
  code: KnownCode<N, StrategyCode>,
): LookupResult<N, StrategyCode, Strategy> {
  return STRATEGIES.find((strategy) => strategy.code === code) as LookupResult<
    N,
    StrategyCode,
    Strategy
  >;
}

/**
 * The codes of {@link STRATEGIES}, in its order: the closed list that schemas and checks
 * accept, derived from the table.
 *
 * @example
 * ```ts
 * STRATEGY_CODES; //=> [1, 2, 3, 4]
 * ```
 */
export const STRATEGY_CODES: readonly StrategyCode[] = /* @__PURE__ */ deepFreeze(
  STRATEGIES.map((strategy) => strategy.code),
);

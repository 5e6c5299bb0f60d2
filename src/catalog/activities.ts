import { deepFreeze } from '../core/_freeze.js';
import type { CatalogEntry, KnownCode, LocalizedText, LookupResult } from './types.js';

/**
 * Code of an activity of the network: `1` staff mobility, `2` student mobility, `3`
 * resource sharing and co-development, `4` distance learning, `5` joint programmes and
 * research projects.
 *
 * @example
 * ```ts
 * const activity: ActivityCode = 5;
 * ```
 */
export type ActivityCode = Extract<(typeof ACTIVITIES)[number]['code'], number>;

/**
 * An activity: *how* a partnership works ("Current and potential activities for the
 * Network").
 *
 * @example
 * ```ts
 * getActivity(2).key; //=> 'student-mobility'
 * ```
 */
export interface Activity {
  /** The activity's number, as the UHS page numbers it ("Activity (5)"). */
  readonly code: ActivityCode;
  /** A stable kebab-case slug. */
  readonly key: (typeof ACTIVITIES)[number]['key'];
  /** The activity's title in English and French. */
  readonly title: LocalizedText;
}

/**
 * The five activities of the network, ordered by code. The UHS page lists them as
 * "(1) Staff mobility & exchange", "(2) Students mobility & exchange", "(3)
 * Documents/Resources sharing and co-development", "(4) Distance teaching/learning and
 * assessment tools" and "(5) Joint teaching program and research projects".
 *
 * @example
 * ```ts
 * ACTIVITIES.map((activity) => activity.code); //=> [1, 2, 3, 4, 5]
 * ```
 */
export const ACTIVITIES = /* @__PURE__ */ deepFreeze([
  {
    code: 1,
    key: 'staff-mobility',
    title: { en: 'Staff mobility and exchange', fr: 'Mobilité et échanges du personnel' },
  },
  {
    code: 2,
    key: 'student-mobility',
    title: { en: 'Student mobility and exchange', fr: 'Mobilité et échanges des étudiants' },
  },
  {
    code: 3,
    key: 'resource-sharing',
    title: {
      en: 'Documents/resources sharing and co-development',
      fr: 'Partage et co-développement de documents et de ressources',
    },
  },
  {
    code: 4,
    key: 'distance-learning',
    title: {
      en: 'Distance teaching/learning and assessment tools',
      fr: "Outils d'enseignement, d'apprentissage et d'évaluation à distance",
    },
  },
  {
    code: 5,
    key: 'joint-programmes',
    title: {
      en: 'Joint teaching programmes and research projects',
      fr: "Programmes d'enseignement et projets de recherche conjoints",
    },
  },
] as const satisfies readonly CatalogEntry<number>[]);

/**
 * Looks up an activity by its number.
 *
 * @param code - The activity's number. A literal that is not an activity code does not compile.
 * @returns The activity, or `undefined` for an unknown code known only at run time.
 *
 * @example
 * ```ts
 * getActivity(4).title.fr; //=> "Outils d'enseignement, d'apprentissage et d'évaluation à distance"
 * getActivity(Number('6')); //=> undefined
 * ```
 */
export function getActivity<N extends number>(
  code: KnownCode<N, ActivityCode>,
): LookupResult<N, ActivityCode, Activity> {
  return ACTIVITIES.find((activity) => activity.code === code) as LookupResult<
    N,
    ActivityCode,
    Activity
  >;
}

/**
 * The codes of {@link ACTIVITIES}, in its order: the closed list that schemas and checks
 * accept, derived from the table.
 *
 * @example
 * ```ts
 * ACTIVITY_CODES; //=> [1, 2, 3, 4, 5]
 * ```
 */
export const ACTIVITY_CODES: readonly ActivityCode[] = /* @__PURE__ */ deepFreeze(
  ACTIVITIES.map((activity) => activity.code),
);

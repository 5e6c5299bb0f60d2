import { deepFreeze } from '../core/_freeze.js';
import type { CatalogEntry, KnownCode, LocalizedText, LookupResult } from './types.js';

/**
 * Code of a priority area of the International Partners Network: `A` governance and
 * management, `B` education and training, `C` research, `D` community services.
 *
 * @example
 * ```ts
 * const area: AreaCode = 'C';
 * ```
 */
export type AreaCode = Extract<(typeof AREAS)[number]['code'], string>;

/**
 * A priority area: *where* a partnership works ("Priority areas of international
 * partnership for the Network").
 *
 * @example
 * ```ts
 * const research: Area = getArea('C');
 * research.key; //=> 'research'
 * ```
 */
export interface Area {
  /** The area's letter, as the UHS page numbers it ("Area C"). */
  readonly code: AreaCode;
  /** A stable kebab-case slug. */
  readonly key: (typeof AREAS)[number]['key'];
  /** The area's title in English (the UHS page's wording) and French. */
  readonly title: LocalizedText;
}

/**
 * The four priority areas of the network, ordered by code, as the UHS page lists them:
 * "Area A. University governance and management", "Area B. Innovation in higher education
 * and training in health sciences", "Area C. Research in health sciences", "Area D.
 * Community Services".
 *
 * @example
 * ```ts
 * AREAS.map((area) => area.code); //=> ['A', 'B', 'C', 'D']
 * ```
 */
export const AREAS = /* @__PURE__ */ deepFreeze([
  {
    code: 'A',
    key: 'governance',
    title: {
      en: 'University governance and management',
      fr: "Gouvernance et gestion de l'université",
    },
  },
  {
    code: 'B',
    key: 'education',
    title: {
      en: 'Innovation in higher education and training in health sciences',
      fr: "Innovation dans l'enseignement supérieur et la formation en sciences de la santé",
    },
  },
  {
    code: 'C',
    key: 'research',
    title: { en: 'Research in health sciences', fr: 'Recherche en sciences de la santé' },
  },
  {
    code: 'D',
    key: 'community',
    title: { en: 'Community services', fr: 'Services à la communauté' },
  },
] as const satisfies readonly CatalogEntry<string>[]);

/**
 * Looks up a priority area by its code.
 *
 * @param code - The area's letter. A literal that is not an area code does not compile.
 * @returns The area, or `undefined` for an unknown code known only at run time.
 *
 * @example
 * ```ts
 * getArea('B').title.en; //=> 'Innovation in higher education and training in health sciences'
 * getArea(String('E')); //=> undefined
 * ```
 */
export function getArea<S extends string>(
  code: KnownCode<S, AreaCode>,
): LookupResult<S, AreaCode, Area> {
  return AREAS.find((area) => area.code === code) as LookupResult<S, AreaCode, Area>;
}

/**
 * The codes of {@link AREAS}, in its order: the closed list that schemas and checks
 * accept, derived from the table.
 *
 * @example
 * ```ts
 * AREA_CODES; //=> ['A', 'B', 'C', 'D']
 * ```
 */
export const AREA_CODES: readonly AreaCode[] = /* @__PURE__ */ deepFreeze(
  AREAS.map((area) => area.code),
);

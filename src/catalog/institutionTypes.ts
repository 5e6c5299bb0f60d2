import { deepFreeze } from '../core/_freeze.js';
import type { CatalogEntry, KnownCode, LocalizedText, LookupResult } from './types.js';

/**
 * The kind of institution a partner is.
 *
 * @example
 * ```ts
 * const type: InstitutionType = 'teaching-hospital';
 * ```
 */
export type InstitutionType = Extract<(typeof INSTITUTION_TYPES)[number]['code'], string>;

/**
 * The tier an institution type earns in the network: `key` for "academic and research
 * institutions abroad", which the UHS page calls "key-partners to achieving its whole
 * Strategic Plan", `associate` for every other organisation.
 *
 * @example
 * ```ts
 * const tier: PartnerTier = getInstitutionType('university').tier; //=> 'key'
 * ```
 */
export type PartnerTier = (typeof PARTNER_TIERS)[number];

/**
 * Every {@link PartnerTier}, the strongest first.
 *
 * @example
 * ```ts
 * PARTNER_TIERS; //=> ['key', 'associate']
 * ```
 */
export const PARTNER_TIERS = /* @__PURE__ */ deepFreeze(['key', 'associate'] as const);

/**
 * An entry of {@link INSTITUTION_TYPES}.
 *
 * @example
 * ```ts
 * getInstitutionType('ngo').title.en; //=> 'Non-governmental organization'
 * ```
 */
export interface InstitutionTypeEntry {
  /** The type's code. */
  readonly code: InstitutionType;
  /** The same as `code`: institution types are already slugs. */
  readonly key: InstitutionType;
  /** The tier this type earns. */
  readonly tier: PartnerTier;
  /** The type's title in English and French. */
  readonly title: LocalizedText;
}

/**
 * The institution types, ordered by code. Universities, other higher education
 * institutions, research institutes and teaching hospitals are `key` partners; the rest
 * are `associate`.
 *
 * @example
 * ```ts
 * INSTITUTION_TYPES.filter((type) => type.tier === 'key').map((type) => type.code);
 * //=> ['higher-education-institution', 'research-institute', 'teaching-hospital', 'university']
 * ```
 */
export const INSTITUTION_TYPES = /* @__PURE__ */ deepFreeze([
  {
    code: 'company',
    key: 'company',
    tier: 'associate',
    title: { en: 'Company', fr: 'Entreprise' },
  },
  {
    code: 'foundation',
    key: 'foundation',
    tier: 'associate',
    title: { en: 'Foundation', fr: 'Fondation' },
  },
  {
    code: 'higher-education-institution',
    key: 'higher-education-institution',
    tier: 'key',
    title: {
      en: 'Higher education institution',
      fr: "Établissement d'enseignement supérieur",
    },
  },
  {
    code: 'hospital',
    key: 'hospital',
    tier: 'associate',
    title: { en: 'Hospital', fr: 'Hôpital' },
  },
  {
    code: 'international-organization',
    key: 'international-organization',
    tier: 'associate',
    title: { en: 'International organization', fr: 'Organisation internationale' },
  },
  {
    code: 'ngo',
    key: 'ngo',
    tier: 'associate',
    title: { en: 'Non-governmental organization', fr: 'Organisation non gouvernementale' },
  },
  { code: 'other', key: 'other', tier: 'associate', title: { en: 'Other', fr: 'Autre' } },
  {
    code: 'public-health-agency',
    key: 'public-health-agency',
    tier: 'associate',
    title: { en: 'Public health agency', fr: 'Agence de santé publique' },
  },
  {
    code: 'research-institute',
    key: 'research-institute',
    tier: 'key',
    title: { en: 'Research institute', fr: 'Institut de recherche' },
  },
  {
    code: 'teaching-hospital',
    key: 'teaching-hospital',
    tier: 'key',
    title: { en: 'Teaching hospital', fr: 'Centre hospitalier universitaire' },
  },
  {
    code: 'university',
    key: 'university',
    tier: 'key',
    title: { en: 'University', fr: 'Université' },
  },
] as const satisfies readonly (CatalogEntry<string> & { readonly tier: PartnerTier })[]);

/**
 * Looks up an institution type by its code.
 *
 * @param code - The type's code. A literal that is not an institution type does not compile.
 * @returns The entry, or `undefined` for an unknown code known only at run time.
 *
 * @example
 * ```ts
 * getInstitutionType('teaching-hospital').tier; //=> 'key'
 * getInstitutionType('hospital').tier; //=> 'associate'
 * getInstitutionType(String('castle')); //=> undefined
 * ```
 */
export function getInstitutionType<S extends string>(
  code: KnownCode<S, InstitutionType>,
): LookupResult<S, InstitutionType, InstitutionTypeEntry> {
  return INSTITUTION_TYPES.find((type) => type.code === code) as LookupResult<
    S,
    InstitutionType,
    InstitutionTypeEntry
  >;
}

/**
 * The codes of {@link INSTITUTION_TYPES}, in its order: the closed list that schemas and checks
 * accept, derived from the table.
 *
 * @example
 * ```ts
 * INSTITUTION_TYPE_CODES; //=> ['company', 'foundation', 'higher-education-institution', 'hospital', 'international-organization', 'ngo', 'other', 'public-health-agency', 'research-institute', 'teaching-hospital', 'university']
 * ```
 */
export const INSTITUTION_TYPE_CODES: readonly InstitutionType[] = /* @__PURE__ */ deepFreeze(
  INSTITUTION_TYPES.map((type) => type.code),
);

/**
 * The catalog of the International Partners Network: plain, frozen, typed data and tiny
 * lookups. It names the priority areas, activities and strategies of UHS Strategic Goal #6,
 * the 20 cells of the area × activity grid and the strategies each serves, and the
 * reference tables (countries, regions, ASEAN members, health fields, languages,
 * institution types) that partner data is checked against.
 *
 * The catalog imports neither zod nor date-fns, so a consumer that needs only a table
 * bundles only that table.
 *
 * @example
 * ```ts
 * import { AREAS, getArea, cellCode } from '@uhs/partners-network/catalog';
 *
 * AREAS.length; //=> 4
 * getArea('C').title.en; //=> 'Research in health sciences'
 * cellCode('C', 5); //=> 'C5'
 * ```
 *
 * @packageDocumentation
 * @module catalog
 */
export type { CatalogEntry, KnownCode, LocalizedText, LookupResult } from './types.js';
export { AREAS, AREA_CODES, getArea, type Area, type AreaCode } from './areas.js';
export {
  ACTIVITIES,
  ACTIVITY_CODES,
  getActivity,
  type Activity,
  type ActivityCode,
} from './activities.js';
export {
  STRATEGIC_GOAL,
  STRATEGIES,
  STRATEGY_CODES,
  getStrategy,
  type Strategy,
  type StrategyCode,
} from './strategies.js';
export { CELLS, cellCode, isCellCode, parseCellCode, type CellCode } from './cells.js';
export { DEFAULT_ALIGNMENT, type Alignment } from './alignment.js';
export {
  DEFAULT_PLAN_PERIOD,
  HISTORICAL_PARTNER_COUNTRIES,
  HOME_INSTITUTION,
  type HomeIdentifiers,
  type HomeInstitution,
  type Period,
} from './home.js';
export {
  INSTITUTION_TYPES,
  INSTITUTION_TYPE_CODES,
  PARTNER_TIERS,
  getInstitutionType,
  type InstitutionType,
  type InstitutionTypeEntry,
  type PartnerTier,
} from './institutionTypes.js';
export * from './countries.js';
export * from './regions.js';
export * from './asean.js';
export * from './healthFields.js';
export * from './iscedFields.js';
export * from './languages.js';
export * from './label.js';
export * from './vocabulary.js';
export * from './rules.js';
export * from './locales.js';
export * from './issueCodes.js';

import { deepFreeze } from '../core/_freeze.js';
import { onOrToday } from './_on.js';
import type { KnownCode, LocalizedText, LookupResult } from './types.js';
import { isAseanMember } from './asean.js';
import { isCountryCode, type CountryCode } from './countries.js';
import { M49_REGION_BY_COUNTRY } from './regions.data.js';

/**
 * Code of a world region the network groups partners by: `asean` for the members of ASEAN,
 * then the UN M49 regions (`middle-east` is M49's Western Asia, `asia-pacific` the rest of
 * Asia and Oceania) and `other` for places with no M49 region (Antarctica).
 *
 * @example
 * ```ts
 * const region: RegionCode = regionOf('FR');
 * region; //=> 'europe'
 * ```
 */
export type RegionCode = Extract<(typeof REGIONS)[number]['code'], string>;

/**
 * A world region of the network.
 *
 * @example
 * ```ts
 * const asean: Region = REGIONS[0];
 * asean.title.en; //=> 'ASEAN'
 * ```
 */
export interface Region {
  /**
   * The region's code.
   *
   * @example
   * ```ts
   * REGIONS[1].code; //=> 'asia-pacific'
   * ```
   */
  readonly code: RegionCode;
  /**
   * The region's name in English and French.
   *
   * @example
   * ```ts
   * REGIONS[1].title; //=> { en: 'Asia-Pacific', fr: 'Asie-Pacifique' }
   * ```
   */
  readonly title: LocalizedText;
}

/**
 * The world regions of the network, nearest to Cambodia first: ASEAN, Asia-Pacific, Europe,
 * the Americas, Africa, the Middle East, and other places.
 *
 * @example
 * ```ts
 * REGIONS.map((region) => region.code);
 * //=> ['asean', 'asia-pacific', 'europe', 'americas', 'africa', 'middle-east', 'other']
 * ```
 */
export const REGIONS = /* @__PURE__ */ deepFreeze([
  { code: 'asean', title: { en: 'ASEAN', fr: 'ASEAN' } },
  { code: 'asia-pacific', title: { en: 'Asia-Pacific', fr: 'Asie-Pacifique' } },
  { code: 'europe', title: { en: 'Europe', fr: 'Europe' } },
  { code: 'americas', title: { en: 'Americas', fr: 'Amériques' } },
  { code: 'africa', title: { en: 'Africa', fr: 'Afrique' } },
  { code: 'middle-east', title: { en: 'Middle East', fr: 'Moyen-Orient' } },
  { code: 'other', title: { en: 'Other', fr: 'Autres' } },
] as const satisfies readonly { readonly code: string; readonly title: LocalizedText }[]);

/**
 * Options of {@link regionOf}.
 *
 * @example
 * ```ts
 * const options: RegionOfOptions = { on: '2025-10-26' };
 * regionOf('TL', options); //=> 'asean'
 * ```
 */
export interface RegionOfOptions {
  /**
   * The day to answer for, as an ISO 8601 date `YYYY-MM-DD`; by default today's local date.
   * Only ASEAN membership depends on it.
   *
   * @example
   * ```ts
   * regionOf('KH', { on: '1999-04-29' }); //=> 'asia-pacific'
   * ```
   */
  readonly on?: string | undefined;
}

/**
 * The region of a country on a given day: `asean` for a member of ASEAN on that day,
 * whatever its M49 region; otherwise its UN M49 region. Africa → `africa`, Americas →
 * `americas`, Europe → `europe`, Western Asia → `middle-east` (which, as in M49, includes
 * Cyprus, Turkey and the South Caucasus), the rest of Asia (Iran and Central Asia included)
 * and Oceania → `asia-pacific`; Taiwan, absent from M49, is `asia-pacific`; Antarctica and
 * any place with no M49 region → `other`.
 *
 * @param country - An ISO 3166-1 alpha-2 code. A literal that is not a country code does not
 *   compile.
 * @param options - `on`: the day, an ISO date `YYYY-MM-DD` (default: today's local date).
 * @returns The region, or `undefined` for a string that is not a country code.
 * @throws RangeError when `on` is not a real calendar date `YYYY-MM-DD` (`1999-04-31` is not).
 *
 * @example
 * ```ts
 * regionOf('TL', { on: '2025-10-25' }); //=> 'asia-pacific'
 * regionOf('TL', { on: '2025-10-26' }); //=> 'asean'
 * regionOf('CY'); //=> 'middle-east'
 * regionOf('AQ'); //=> 'other'
 * regionOf(String('XX')); //=> undefined
 * ```
 */
export function regionOf<S extends string>(
  country: KnownCode<S, CountryCode>,
  options?: RegionOfOptions,
): LookupResult<S, CountryCode, RegionCode> {
  const on = onOrToday(options?.on, 'regionOf');
  if (!isCountryCode(country)) return undefined as LookupResult<S, CountryCode, RegionCode>;
  const region = isAseanMember(country, { on }) ? 'asean' : M49_REGION_BY_COUNTRY[country];
  return region;
}

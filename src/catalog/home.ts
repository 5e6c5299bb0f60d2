import { deepFreeze } from '../core/_freeze.js';
import type { CountryCode } from './countries.js';

/**
 * The home institution of the network: the University of Health Sciences, Phnom Penh.
 * "Established in 1946, the UHS resumed its activities in the 1980's after the country's
 * most troubled history."
 *
 * Its `identifiers` are real: its ROR id and its SCHAC id (its internet domain, the
 * `heiId` of Erasmus Without Paper, and the default of the policy's `homeHeiId`).
 *
 * @example
 * ```ts
 * HOME_INSTITUTION.country; //=> 'KH'
 * HOME_INSTITUTION.established; //=> 1946
 * HOME_INSTITUTION.identifiers.ror; //=> 'https://ror.org/04jpmg381'
 * HOME_INSTITUTION.identifiers.schac; //=> 'uhs.edu.kh'
 * ```
 */
export const HOME_INSTITUTION = /* @__PURE__ */ deepFreeze({
  name: 'University of Health Sciences',
  acronym: 'UHS',
  country: 'KH',
  city: 'Phnom Penh',
  established: 1946,
  resumedIn: '1980s',
  identifiers: { ror: 'https://ror.org/04jpmg381', schac: 'uhs.edu.kh' },
} as const satisfies HomeInstitution);

/**
 * The shape of a network's home institution (the `home` of a network document), the type
 * that `HomeInstitutionSchema` parses to (a type test keeps the two equal).
 *
 * @example
 * ```ts
 * const home: HomeInstitution = HOME_INSTITUTION;
 * ```
 */
export interface HomeInstitution {
  /** The institution's name. */
  name: string;
  /** Its acronym. */
  acronym?: string | undefined;
  /** Its country: partners in this country are not international partners. */
  country: CountryCode;
  /** Its city. */
  city?: string | undefined;
  /** The year it was established. */
  established?: number | undefined;
  /** When it resumed its activities, in words. */
  resumedIn?: string | undefined;
  /** Its identifiers in international registries. */
  identifiers?: HomeIdentifiers | undefined;
}

/**
 * A home institution's identifiers (the `identifiers` of a {@link HomeInstitution}).
 *
 * @example
 * ```ts
 * const identifiers: HomeIdentifiers = HOME_INSTITUTION.identifiers;
 * identifiers.schac; //=> 'uhs.edu.kh'
 * ```
 */
export interface HomeIdentifiers {
  /** Its ROR id; parsed to the `https://ror.org/…` form. */
  ror?: string | undefined;
  /** Its SCHAC id, its EWP `heiId` (an internet domain, such as `uhs.edu.kh`). */
  schac?: string | undefined;
}

/**
 * The countries that "supported its revival then its development, most notably …
 * Australia, Belgium, France, Germany, Japan, Singapore, South Korea, USA", ordered by
 * code.
 *
 * @example
 * ```ts
 * HISTORICAL_PARTNER_COUNTRIES; //=> ['AU', 'BE', 'DE', 'FR', 'JP', 'KR', 'SG', 'US']
 * ```
 */
export const HISTORICAL_PARTNER_COUNTRIES = /* @__PURE__ */ deepFreeze([
  'AU',
  'BE',
  'DE',
  'FR',
  'JP',
  'KR',
  'SG',
  'US',
] as const satisfies readonly CountryCode[]);

/**
 * A period of calendar days, both ends included, as ISO `YYYY-MM-DD` strings: a plan period,
 * or a proposal's `period` (the type `PeriodSchema` parses to; a type test keeps them equal).
 *
 * @example
 * ```ts
 * const plan: Period = { start: '2014-01-01', end: '2018-12-31' };
 * ```
 */
export interface Period {
  /** The first day of the period. */
  start: string;
  /** The last day of the period. */
  end: string;
}

/**
 * The first strategic plan's timeframe, "within the 2014-18 timeframe".
 *
 * @example
 * ```ts
 * DEFAULT_PLAN_PERIOD; //=> { start: '2014-01-01', end: '2018-12-31' }
 * ```
 */
export const DEFAULT_PLAN_PERIOD = /* @__PURE__ */ deepFreeze({
  start: '2014-01-01',
  end: '2018-12-31',
} as const satisfies Period);

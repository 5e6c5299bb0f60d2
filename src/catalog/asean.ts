import { deepFreeze } from '../core/_freeze.js';
import { onOrToday } from './_on.js';
import type { KnownCode } from './types.js';
import type { CountryCode } from './countries.js';

/**
 * A member state of ASEAN, the Association of Southeast Asian Nations, with the date it
 * joined.
 *
 * @example
 * ```ts
 * const cambodia: AseanMember = { country: 'KH', joinedOn: '1999-04-30' };
 * cambodia.joinedOn; //=> '1999-04-30'
 * ```
 */
export interface AseanMember {
  /**
   * The member's ISO 3166-1 alpha-2 code.
   *
   * @example
   * ```ts
   * ASEAN_MEMBERS[0].country; //=> 'BN'
   * ```
   */
  readonly country: CountryCode;
  /**
   * The day it joined ASEAN, as an ISO 8601 date `YYYY-MM-DD`; it is a member on that day.
   *
   * @example
   * ```ts
   * ASEAN_MEMBERS[0].joinedOn; //=> '1984-01-07'
   * ```
   */
  readonly joinedOn: string;
}

/**
 * The member states of ASEAN and their accession dates, ordered by country code: the five
 * founders of the Bangkok Declaration (1967-08-08), Brunei (1984-01-07), Vietnam
 * (1995-07-28), Laos and Myanmar (1997-07-23), Cambodia (1999-04-30) and Timor-Leste, the
 * eleventh member (2025-10-26).
 *
 * @example
 * ```ts
 * ASEAN_MEMBERS.length; //=> 11
 * ASEAN_MEMBERS.find((member) => member.country === 'TL')?.joinedOn; //=> '2025-10-26'
 * ```
 */
export const ASEAN_MEMBERS = /* @__PURE__ */ deepFreeze([
  { country: 'BN', joinedOn: '1984-01-07' },
  { country: 'ID', joinedOn: '1967-08-08' },
  { country: 'KH', joinedOn: '1999-04-30' },
  { country: 'LA', joinedOn: '1997-07-23' },
  { country: 'MM', joinedOn: '1997-07-23' },
  { country: 'MY', joinedOn: '1967-08-08' },
  { country: 'PH', joinedOn: '1967-08-08' },
  { country: 'SG', joinedOn: '1967-08-08' },
  { country: 'TH', joinedOn: '1967-08-08' },
  { country: 'TL', joinedOn: '2025-10-26' },
  { country: 'VN', joinedOn: '1995-07-28' },
] as const satisfies readonly AseanMember[]);

/**
 * Options of {@link isAseanMember}.
 *
 * @example
 * ```ts
 * const options: IsAseanMemberOptions = { on: '1999-04-30' };
 * isAseanMember('KH', options); //=> true
 * ```
 */
export interface IsAseanMemberOptions {
  /**
   * The day to answer for, as an ISO 8601 date `YYYY-MM-DD`; by default today's local date.
   *
   * @example
   * ```ts
   * isAseanMember('TL', { on: '2025-10-25' }); //=> false
   * ```
   */
  readonly on?: string | undefined;
}

/**
 * Tells whether a country is a member of ASEAN on a given day. A country is a member from
 * the day it joined, that day included.
 *
 * @param country - An ISO 3166-1 alpha-2 code. A literal that is not a country code does not
 *   compile; an unknown code known only at run time is not a member.
 * @param options - `on`: the day, an ISO date `YYYY-MM-DD` (default: today's local date).
 * @returns `true` when `country` had joined ASEAN on or before `on`.
 * @throws RangeError when `on` is not a real calendar date `YYYY-MM-DD` (`1999-04-31` is not).
 *
 * @example
 * ```ts
 * isAseanMember('KH', { on: '1999-04-29' }); //=> false
 * isAseanMember('KH', { on: '1999-04-30' }); //=> true
 * isAseanMember('FR', { on: '2025-01-01' }); //=> false
 * ```
 */
export function isAseanMember<S extends string>(
  country: KnownCode<S, CountryCode>,
  options?: IsAseanMemberOptions,
): boolean {
  const on = onOrToday(options?.on, 'isAseanMember');
  // ISO dates order as strings: no Date, so no time zone can shift the accession day.
  return ASEAN_MEMBERS.some((member) => member.country === country && member.joinedOn <= on);
}

import { deepFreeze } from '../core/_freeze.js';
import { DEFAULT_ALIGNMENT } from '../catalog/alignment.js';
import { DEFAULT_PLAN_PERIOD, HOME_INSTITUTION } from '../catalog/home.js';
import type { Policy } from './types.js';

/**
 * The default policy, the one place where the rules' defaults live: the first strategic
 * plan (2014-01-01 … 2018-12-31, "within the 2014-18 timeframe"), home country `KH`, the
 * home SCHAC id `uhs.edu.kh` (`HOME_INSTITUTION.identifiers.schac`), the default alignment of the cells with the strategies, weight 1 for every cell, saturation
 * 3, score weights 0.4 / 0.4 / 0.2, expiry and renewal windows of 180 days, ranking
 * weights 0.6 / 0.2 / 0.2 (cells, fields, languages), a sustainability horizon of 36
 * months, academic years starting in October (month 10), the platform languages English
 * and French, and no `rules` (the engine then runs `DEFAULT_RULES`). Frozen all the way
 * down.
 *
 * @example
 * ```ts
 * DEFAULT_POLICY.planPeriod; //=> { start: '2014-01-01', end: '2018-12-31' }
 * DEFAULT_POLICY.homeCountry; //=> 'KH'
 * DEFAULT_POLICY.homeHeiId; //=> 'uhs.edu.kh'
 * DEFAULT_POLICY.weights.C5; //=> 1
 * DEFAULT_POLICY.expiringWithinDays; //=> 180
 * DEFAULT_POLICY.rankWeights; //=> { cells: 0.6, fields: 0.2, languages: 0.2 }
 * DEFAULT_POLICY.sustainabilityMonths; //=> 36
 * DEFAULT_POLICY.academicYearStartMonth; //=> 10
 * DEFAULT_POLICY.platformLanguages; //=> ['en', 'fr']
 * ```
 */
export const DEFAULT_POLICY: Policy = /* @__PURE__ */ deepFreeze({
  planPeriod: DEFAULT_PLAN_PERIOD,
  homeCountry: 'KH',
  homeHeiId: HOME_INSTITUTION.identifiers.schac,
  alignment: DEFAULT_ALIGNMENT,
  weights: {
    A1: 1,
    A2: 1,
    A3: 1,
    A4: 1,
    A5: 1,
    B1: 1,
    B2: 1,
    B3: 1,
    B4: 1,
    B5: 1,
    C1: 1,
    C2: 1,
    C3: 1,
    C4: 1,
    C5: 1,
    D1: 1,
    D2: 1,
    D3: 1,
    D4: 1,
    D5: 1,
  },
  saturation: 3,
  scoreWeights: { strategicFit: 0.4, gapFilling: 0.4, sustainability: 0.2 },
  expiringWithinDays: 180,
  renewalWindowDays: 180,
  rankWeights: { cells: 0.6, fields: 0.2, languages: 0.2 },
  sustainabilityMonths: 36,
  academicYearStartMonth: 10,
  platformLanguages: ['en', 'fr'],
});

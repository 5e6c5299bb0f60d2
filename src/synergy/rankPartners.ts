import type { CellCode } from '../catalog/cells.js';
import { regionOf } from '../catalog/regions.js';
import { compareIds } from '../core/_compare.js';
import { libraryError } from '../messages/_table.js';
import { SYNERGY_MESSAGES } from '../messages/synergy.js';
import { resolveOptions } from '../policy/resolveOptions.js';
import type { OnOption, PolicyOptions, RankWeights } from '../policy/types.js';
import type { Network } from '../schemas/network.js';
import type { Partner } from '../schemas/partner.js';
import { capabilityOf, cellsOf, checkCount, coveredOn, maskOf, popcount } from './_capabilities.js';
import {
  CELL_CODES,
  ISCED_FIELD_CODES,
  LANGUAGE_CODES,
  REGION_CODES,
  checkCodes,
} from './_checkCodes.js';
import { round6 } from '../core/_round.js';
import { scaled, weightScale } from '../core/_weights.js';
import type { Need, RankedPartner } from './types.js';

/**
 * The options of {@link rankPartners}: `on`, `limit`, the most partners to return, and
 * policy parameters (`rankWeights`).
 *
 * @example
 * ```ts
 * const options: RankPartnersOptions = { on: '2017-06-30', limit: 5, rankWeights: { cells: 0.5, fields: 0.25, languages: 0.25 } };
 * ```
 */
export interface RankPartnersOptions extends OnOption, PolicyOptions {
  /** The most partners to return (a whole number ≥ 0); all when absent. */
  readonly limit?: number | undefined;
}

/** Checks every code of a need, before any work: an unknown one would match nothing. */
function checkNeed(need: Need): void {
  if (typeof need !== 'object' || (need as Need | null) === null) {
    throw libraryError(TypeError, SYNERGY_MESSAGES, 'synergy.need_not_an_object', {
      caller: 'rankPartners',
      received: need,
    });
  }
  checkCodes('rankPartners', 'need.cells', need.cells, CELL_CODES, true);
  checkCodes('rankPartners', 'need.fields', need.fields, ISCED_FIELD_CODES);
  checkCodes('rankPartners', 'need.languages', need.languages, LANGUAGE_CODES);
  checkCodes('rankPartners', 'need.regions', need.regions, REGION_CODES);
}

/** The weights of a call, scaled together by one exact power of two, and their sum. */
interface ScaledRankWeights extends RankWeights {
  readonly sum: number;
}

/**
 * The policy's `rankWeights` scaled by one exact power of two (see `weightScale`): the
 * weighted mean is the same number, and weights from 5e-324 to 1e308 still give a score
 * in [0, 1].
 */
function scaledRankWeights(weights: RankWeights): ScaledRankWeights {
  const scale = weightScale(Math.max(weights.cells, weights.fields, weights.languages));
  const cells = scaled(weights.cells, scale);
  const fields = scaled(weights.fields, scale);
  const languages = scaled(weights.languages, scale);
  return { cells, fields, languages, sum: cells + fields + languages };
}

/** The share of the wanted values (each once) that a partner has; 1 when none is wanted. */
function shareOf(wanted: readonly string[], has: readonly string[]): number {
  if (wanted.length === 0) return 1;
  let matched = 0;
  for (const value of wanted) if (has.includes(value)) matched += 1;
  return matched / wanted.length;
}

/** A partner that matches a needed cell, before its result is built. */
interface Candidate {
  readonly partner: Partner;
  /** The needed cells in its capability. */
  readonly cells: number;
  readonly score: number;
}

/**
 * Who to ask for a need: the partners able to work in the needed cells, best first. A
 * partner's capability is its `offers` together with the cells it covers through
 * agreements in force. Its score is the mean of three shares weighted by the policy's
 * `rankWeights` (`{ cells, fields, languages }`, default 0.6, 0.2, 0.2), which need not
 * sum to 1:
 *
 *   (cells × needed cells it has ÷ needed cells + fields × share of the needed fields it
 *   declares + languages × share of the needed languages it works in) ÷ (cells + fields +
 *   languages)
 *
 * which with the default weights, whose sum is 1, is 0.6 × cells + 0.2 × fields + 0.2 ×
 * languages. A criterion the need does not give counts as fully matched, and `regions`
 * filters. Partners with none of the needed cells are left out. Scores are rounded to 6
 * decimal places; ties break by `partnerId`, ascending.
 *
 * One pass over the partners scores them: the need's fields and languages are deduplicated
 * once per call, and the cells each partner covers on the day are computed once per network
 * object and day (the network is never mutated). Only the partners that match are sorted,
 * and what each matches is listed for the partners returned only.
 *
 * @param network - A parsed network.
 * @param need - The cells, and optionally fields, languages and regions, sought.
 * @param options - `on`, `limit`, and policy parameters (`rankWeights`).
 * @returns The ranked partners with what of the need each matches.
 * @throws `RangeError` when `limit` is not a whole number ≥ 0 (`synergy.invalid_count`), or
 *   when the need names a code that is not one (a cell, an ISCED field, a language or a
 *   region; `synergy.unknown_code`): the message names the option, the value and the
 *   closest codes, such as `rankPartners: need.languages[0] 'french' is not a language
 *   code; did you mean 'fr' (French)?`.
 * @throws `TypeError` when `need` is not an object (`synergy.need_not_an_object`), or one of
 *   its lists is not a list (`synergy.not_a_list`).
 *
 * @example
 * ```ts
 * const network = parseNetwork(exampleNetwork);
 * rankPartners(network, { cells: ['C5'], languages: ['fr'] }, { limit: 1 });
 * //=> [{ partnerId: 'example-univ-lyon', score: 1, matched: { cells: ['C5'], fields: [], languages: ['fr'] } }]
 * const misread = JSON.parse('{ "cells": ["C5"], "languages": ["french"] }') as Need;
 * rankPartners(network, misread); // throws RangeError: rankPartners: need.languages[0] 'french' is not a language code; did you mean 'fr' (French)?
 * ```
 */
export function rankPartners(
  network: Network,
  need: Need,
  options: RankPartnersOptions = {},
): RankedPartner[] {
  checkCount('rankPartners', 'limit', options.limit, 0);
  checkNeed(need);
  const { on, policy } = resolveOptions(options, network, 'rankPartners');
  const needMask = maskOf(need.cells);
  const needCount = popcount(needMask);
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  if (needCount === 0 || limit === 0) return [];
  const regions =
    need.regions === undefined || need.regions.length === 0 ? undefined : new Set(need.regions);
  // Once per call, not once per partner.
  const wantedFields = [...new Set(need.fields ?? [])];
  const wantedLanguages = [...new Set(need.languages ?? [])];
  const weights = scaledRankWeights(policy.rankWeights);
  const covered = coveredOn(network, on);
  const candidates: Candidate[] = [];
  // Partners in the network's order: the sort by score then id fixes the result.
  for (const partner of network.partners) {
    const cells = capabilityOf(partner, covered) & needMask;
    if (cells === 0) continue;
    if (regions !== undefined && !regions.has(regionOf(partner.country, { on }))) continue;
    // A mean of shares in [0, 1] is in [0, 1]; the clamp only guards against rounding.
    const score = Math.min(
      1,
      (weights.cells * (popcount(cells) / needCount) +
        weights.fields * shareOf(wantedFields, partner.fields) +
        weights.languages * shareOf(wantedLanguages, partner.languages)) /
        weights.sum,
    );
    candidates.push({ partner, cells, score: round6(score) });
  }
  candidates.sort((a, b) => b.score - a.score || compareIds(a.partner.id, b.partner.id));
  if (candidates.length > limit) candidates.length = limit;
  // The cells of each distinct mask are listed once; every result gets its own array.
  const cellLists = new Map<number, readonly CellCode[]>();
  return candidates.map(({ partner, cells, score }) => {
    let list = cellLists.get(cells);
    if (list === undefined) cellLists.set(cells, (list = cellsOf(cells)));
    return {
      partnerId: partner.id,
      score,
      matched: {
        cells: [...list],
        fields: wantedFields.filter((field) => partner.fields.includes(field)),
        languages: wantedLanguages.filter((language) => partner.languages.includes(language)),
      },
    };
  });
}

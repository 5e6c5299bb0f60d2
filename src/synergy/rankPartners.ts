import { describeValue } from '../catalog/_suggest.js';
import { regionOf } from '../catalog/regions.js';
import { resolveOptions } from '../policy/_resolve.js';
import type { Network } from '../schemas/network.js';
import {
  capabilityOf,
  cellsOf,
  checkCount,
  compareIds,
  coveredBy,
  inForceAgreements,
  maskOf,
  popcount,
} from './_capabilities.js';
import {
  CELL_CODES,
  ISCED_FIELD_CODES,
  LANGUAGE_CODES,
  REGION_CODES,
  checkCodes,
} from './_checkCodes.js';
import { round6 } from './_round.js';
import type { Need, RankedPartner, SynergyOptions } from './types.js';

/**
 * The options of {@link rankPartners}: `on`, and `limit`, the most partners to return.
 *
 * @example
 * ```ts
 * const options: RankPartnersOptions = { on: '2017-06-30', limit: 5 };
 * ```
 */
export interface RankPartnersOptions extends SynergyOptions {
  /** The most partners to return (a whole number ≥ 0); all when absent. */
  readonly limit?: number | undefined;
}

/** Checks every code of a need, before any work: an unknown one would match nothing. */
function checkNeed(need: Need): void {
  if (typeof need !== 'object' || (need as Need | null) === null) {
    throw new TypeError(
      `rankPartners: need must be an object such as { cells: ['C5'] }, received ${describeValue(need)}`,
    );
  }
  checkCodes('rankPartners', 'need.cells', need.cells, CELL_CODES, true);
  checkCodes('rankPartners', 'need.fields', need.fields, ISCED_FIELD_CODES);
  checkCodes('rankPartners', 'need.languages', need.languages, LANGUAGE_CODES);
  checkCodes('rankPartners', 'need.regions', need.regions, REGION_CODES);
}

/** The share of the wanted values (each once) that a partner has, and which. */
function share(
  wanted: readonly string[],
  has: readonly string[],
): { share: number; matched: string[] } {
  if (wanted.length === 0) return { share: 1, matched: [] };
  const matched = wanted.filter((value) => has.includes(value));
  return { share: matched.length / wanted.length, matched };
}

/**
 * Who to ask for a need: the partners able to work in the needed cells, best first. A
 * partner's capability is its `offers` together with the cells it covers through
 * agreements in force. Its score is 0.6 × (needed cells it has ÷ needed cells) + 0.2 ×
 * (share of the needed fields it declares) + 0.2 × (share of the needed languages it works
 * in); a criterion the need does not give counts as fully matched, and `regions` filters.
 * Partners with none of the needed cells are left out. Scores are rounded to 6 decimal
 * places; ties break by `partnerId`, ascending.
 *
 * @param network - A parsed network.
 * @param need - The cells, and optionally fields, languages and regions, sought.
 * @param options - `on`, `limit`, and policy parameters.
 * @returns The ranked partners with what of the need each matches.
 * @throws `RangeError` when `limit` is not a whole number ≥ 0, or when the need names a code
 *   that is not one (a cell, an ISCED field, a language or a region): the message names the
 *   option, the value and the closest codes, such as `rankPartners: need.languages[0]
 *   'french' is not a language code; did you mean 'fr' (French)?`.
 * @throws `TypeError` when `need` is not an object, or one of its lists is not a list.
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
  const { on } = resolveOptions(options, network);
  const needMask = maskOf(need.cells);
  const needCount = popcount(needMask);
  if (needCount === 0) return [];
  const regions =
    need.regions === undefined || need.regions.length === 0 ? undefined : new Set(need.regions);
  const wantedFields = [...new Set(need.fields ?? [])];
  const wantedLanguages = [...new Set(need.languages ?? [])];
  const covered = coveredBy(inForceAgreements(network, on));
  const ranked: RankedPartner[] = [];
  // Partners in the network's order: the final sort by score then id fixes the result.
  for (const partner of network.partners) {
    const matchedMask = capabilityOf(partner, covered) & needMask;
    if (matchedMask === 0) continue;
    if (regions !== undefined && !regions.has(regionOf(partner.country, { on }))) continue;
    const fields = share(wantedFields, partner.fields);
    const languages = share(wantedLanguages, partner.languages);
    const score = round6(
      0.6 * (popcount(matchedMask) / needCount) + 0.2 * fields.share + 0.2 * languages.share,
    );
    ranked.push({
      partnerId: partner.id,
      score,
      matched: {
        cells: cellsOf(matchedMask),
        fields: fields.matched,
        languages: languages.matched,
      },
    });
  }
  ranked.sort((a, b) => b.score - a.score || compareIds(a.partnerId, b.partnerId));
  return options.limit === undefined ? ranked : ranked.slice(0, options.limit);
}

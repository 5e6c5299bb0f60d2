import { CELLS, type CellCode } from '../catalog/cells.js';
import { inForceOn } from '../core/_lifecycle.js';
import { libraryError } from '../messages/_table.js';
import { SYNERGY_MESSAGES } from '../messages/synergy.js';
import type { Agreement } from '../schemas/agreement.js';
import type { Network } from '../schemas/network.js';
import type { Partner } from '../schemas/partner.js';
import type { AgreementId, PartnerId } from '../schemas/primitives.js';

/**
 * Cell sets as 20-bit masks: bit `i` is `CELLS[i]`. Intersections, unions and counts are
 * then a few machine operations, whatever the size of the network.
 *
 * @internal
 * @module
 */

const CELL_BIT: Readonly<Record<string, number>> = /* @__PURE__ */ (() =>
  Object.fromEntries(CELLS.map((cell, index) => [cell, 1 << index])))();

/** The mask of a list of cells. @internal */
export function maskOf(cells: readonly CellCode[]): number {
  let mask = 0;
  for (const cell of cells) mask |= CELL_BIT[cell] ?? 0;
  return mask;
}

/** The cells of a mask, in `CELLS` order: one step per cell of the mask. @internal */
export function cellsOf(mask: number): CellCode[] {
  const cells: CellCode[] = [];
  // The lowest bit first: `CELLS` order.
  for (let rest = mask; rest !== 0; rest &= rest - 1)
    cells.push(CELLS[31 - Math.clz32(rest & -rest)] as CellCode);
  return cells;
}

/** The number of cells in a mask. @internal */
export function popcount(mask: number): number {
  let value = mask - ((mask >>> 1) & 0x55555555);
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
  return (((value + (value >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * What the network covers on a date, computed once: for each cell (by index in `CELLS`),
 * the partners and agreements in force that cover it, and for each partner the mask of
 * the cells it covers.
 *
 * @internal
 */
export interface Coverage {
  /** `partners[i]`: the ids of the partners covering `CELLS[i]`, ascending. */
  readonly partners: readonly (readonly PartnerId[])[];
  /** `agreements[i]`: the ids of the agreements in force covering `CELLS[i]`, ascending. */
  readonly agreements: readonly (readonly AgreementId[])[];
  /** The mask of the cells each partner covers (partners covering nothing are absent). */
  readonly covered: ReadonlyMap<PartnerId, number>;
}

/** The agreements of a network in force on a date. @internal */
export function inForceAgreements(network: Network, on: string): Agreement[] {
  return network.agreements.filter((agreement) => inForceOn(agreement, on));
}

/** Computes the coverage of a network on a date, in one pass over its agreements. @internal */
export function computeCoverage(network: Network, on: string): Coverage {
  return coverageOf(inForceAgreements(network, on));
}

/** Adds an agreement's cells to the mask of each of its partners. */
function cover(
  covered: Map<PartnerId, number>,
  partnerIds: readonly PartnerId[],
  mask: number,
): void {
  for (const partnerId of partnerIds) covered.set(partnerId, (covered.get(partnerId) ?? 0) | mask);
}

/**
 * The mask of the cells each partner covers through the given agreements (partners
 * covering nothing are absent). @internal
 */
export function coveredBy(agreements: readonly Agreement[]): Map<PartnerId, number> {
  const covered = new Map<PartnerId, number>();
  for (const agreement of agreements) cover(covered, agreement.partnerIds, maskOf(agreement.scope));
  return covered;
}

/** The index in `CELLS` of each cell of a mask, in `CELLS` order. @internal */
export function cellIndexes(mask: number): number[] {
  const indexes: number[] = [];
  for (let rest = mask; rest !== 0; rest &= rest - 1) indexes.push(31 - Math.clz32(rest & -rest));
  return indexes;
}

/**
 * Computes the coverage given by agreements already known to be in force, in one pass over
 * them. The partners are sorted once and dealt out to their cells in that order, so that
 * every cell's list of partners comes out sorted. Ids are strings, which the default sort
 * orders by code unit, without calling back into a comparator.
 *
 * @internal
 */
export function coverageOf(agreementsInForce: readonly Agreement[]): Coverage {
  const agreementLists = CELLS.map((): AgreementId[] => []);
  const partnerLists = CELLS.map((): PartnerId[] => []);
  const covered = new Map<PartnerId, number>();
  for (const agreement of agreementsInForce) {
    const mask = maskOf(agreement.scope);
    for (const index of cellIndexes(mask)) agreementLists[index]?.push(agreement.id);
    cover(covered, agreement.partnerIds, mask);
  }
  for (const list of agreementLists) list.sort();
  for (const partnerId of [...covered.keys()].sort()) {
    for (const index of cellIndexes(covered.get(partnerId) ?? 0))
      partnerLists[index]?.push(partnerId);
  }
  return { partners: partnerLists, agreements: agreementLists, covered };
}

/**
 * Every partner's capability, `offers` ∪ the cells it covers, with the partners in
 * ascending id order.
 *
 * @internal
 */
export interface Capabilities {
  /** The partners' ids, ascending. */
  readonly ids: readonly PartnerId[];
  /** `masks[i]`: the capability of `ids[i]`. */
  readonly masks: Int32Array;
  /** The position of each partner in `ids`. */
  readonly position: ReadonlyMap<PartnerId, number>;
}

/** The capability of one partner: its offers and the cells it covers. @internal */
export function capabilityOf(
  partner: Pick<Partner, 'id' | 'offers'>,
  covered: ReadonlyMap<PartnerId, number>,
): number {
  return maskOf(partner.offers ?? []) | (covered.get(partner.id) ?? 0);
}

/** Computes every partner's capability from the cells each covers. @internal */
export function computeCapabilities(
  network: Network,
  covered: ReadonlyMap<PartnerId, number>,
): Capabilities {
  const byId = new Map<PartnerId, number>();
  for (const partner of network.partners) byId.set(partner.id, capabilityOf(partner, covered));
  // Ids are strings, which the default sort orders by code unit.
  const ids = [...byId.keys()].sort();
  const masks = new Int32Array(ids.length);
  const position = new Map<PartnerId, number>();
  ids.forEach((id, index) => {
    masks[index] = byId.get(id) ?? 0;
    position.set(id, index);
  });
  return { ids, masks, position };
}

/**
 * What is computed once per network and day: the coverage and the capabilities, each when
 * first asked for.
 */
interface DayIndexes {
  coverage?: Coverage;
  capabilities?: Capabilities;
  /** The cells each partner covers, when asked for without the rest of the coverage. */
  covered?: ReadonlyMap<PartnerId, number>;
}

/** The indexes of one network object, and what they were computed from. */
interface NetworkIndexes {
  /** The lists the indexes were computed from, and their lengths then. */
  readonly partners: Network['partners'];
  readonly agreements: Network['agreements'];
  readonly partnerCount: number;
  readonly agreementCount: number;
  /** The indexes of the last few days asked about, least recently used first. */
  readonly days: Map<string, DayIndexes>;
  /** For each partner, the earliest `endsOn` of its agreements never terminated. */
  earliestEnd?: ReadonlyMap<string, string>;
}

/** How many days' indexes are kept per network: a report asks about one day, a plan a few. */
const DAYS_KEPT = 8;

/**
 * The indexes of every network seen, computed once: a network is never mutated by the
 * library, and the entry goes with the network when it is garbage-collected. A network
 * whose `partners` or `agreements` list was replaced or changed length since is indexed
 * again, which catches the usual in-place edits of an application (a parsed network is
 * meant to be treated as immutable; anything subtler is not detected).
 */
const INDEXES = /* @__PURE__ */ new WeakMap<Network, NetworkIndexes>();

/** The indexes of a network, (re)started when its lists changed. */
function indexesOf(network: Network): NetworkIndexes {
  const known = INDEXES.get(network);
  if (
    known !== undefined &&
    known.partners === network.partners &&
    known.agreements === network.agreements &&
    known.partnerCount === network.partners.length &&
    known.agreementCount === network.agreements.length
  ) {
    return known;
  }
  const fresh: NetworkIndexes = {
    partners: network.partners,
    agreements: network.agreements,
    partnerCount: network.partners.length,
    agreementCount: network.agreements.length,
    days: new Map(),
  };
  INDEXES.set(network, fresh);
  return fresh;
}

/** The indexes of a network on a day, the most recently used kept. */
function dayIndexesOf(network: Network, on: string): DayIndexes {
  const { days } = indexesOf(network);
  let day = days.get(on);
  if (day === undefined) {
    day = {};
    if (days.size >= DAYS_KEPT) {
      const oldest = days.keys().next();
      if (oldest.done !== true) days.delete(oldest.value);
    }
  } else {
    days.delete(on);
  }
  days.set(on, day);
  return day;
}

/** A coverage whose lists are frozen, as it is shared by every caller. */
function frozenCoverage(coverage: Coverage): Coverage {
  for (const list of coverage.partners) Object.freeze(list);
  for (const list of coverage.agreements) Object.freeze(list);
  Object.freeze(coverage.partners);
  Object.freeze(coverage.agreements);
  return Object.freeze(coverage);
}

/**
 * The coverage of a network on a date, computed once per network and day (see
 * {@link capabilitiesOn}). The result is shared and frozen: callers that hand lists to
 * users copy them or use {@link computeCoverage}.
 *
 * @internal
 */
export function coverageOn(network: Network, on: string): Coverage {
  const day = dayIndexesOf(network, on);
  return (day.coverage ??= frozenCoverage(computeCoverage(network, on)));
}

/**
 * The mask of the cells each partner covers on a date (partners covering nothing are
 * absent), computed once per network and day: the coverage's when it is known, else only
 * this, which costs less than the whole coverage. Shared: it must not be written to.
 *
 * @internal
 */
export function coveredOn(network: Network, on: string): ReadonlyMap<PartnerId, number> {
  const day = dayIndexesOf(network, on);
  return day.coverage?.covered ?? (day.covered ??= coveredBy(inForceAgreements(network, on)));
}

/**
 * The capabilities of a network's partners on a date, computed once per network and day:
 * later calls with the same network object and day cost a lookup, whatever the size of the
 * network (SPEC §6: functions never mutate their inputs, so the network does not change
 * under the cache). The result is shared: its `masks` must not be written to.
 *
 * @internal
 */
export function capabilitiesOn(network: Network, on: string): Capabilities {
  const day = dayIndexesOf(network, on);
  if (day.capabilities === undefined) {
    const covered = (day.coverage ??= frozenCoverage(computeCoverage(network, on))).covered;
    day.capabilities = computeCapabilities(network, covered);
  }
  return day.capabilities;
}

/**
 * Tells whether a partner has an agreement that ended before `on` (its `endsOn` is
 * earlier) and was never terminated: one scan of the network's agreements, once per
 * network, gives each partner's earliest such end.
 *
 * @internal
 */
export function completedAgreementBefore(network: Network, partnerId: string, on: string): boolean {
  const indexes = indexesOf(network);
  let earliestEnd = indexes.earliestEnd;
  if (earliestEnd === undefined) {
    const earliest = new Map<string, string>();
    for (const agreement of network.agreements) {
      if (agreement.terminatedOn !== undefined) continue;
      for (const id of agreement.partnerIds) {
        const known = earliest.get(id);
        if (known === undefined || agreement.endsOn < known) earliest.set(id, agreement.endsOn);
      }
    }
    indexes.earliestEnd = earliestEnd = earliest;
  }
  const end = earliestEnd.get(partnerId);
  return end !== undefined && end < on;
}

/**
 * Checks a count option: a whole number ≥ `min`, or absent.
 *
 * @throws RangeError `synergy.invalid_count`: `rankPartners: limit must be a whole number ≥
 *   0, received 1.5`.
 * @internal
 */
export function checkCount(
  caller: string,
  option: string,
  value: number | undefined,
  min: number,
): void {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < min) {
    throw libraryError(RangeError, SYNERGY_MESSAGES, 'synergy.invalid_count', {
      caller,
      option,
      min,
      received: value,
    });
  }
}

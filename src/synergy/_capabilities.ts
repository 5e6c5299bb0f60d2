import { CELLS, type CellCode } from '../catalog/cells.js';
import { inForceOn } from '../dates/_status.js';
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

/** The cells of a mask, in `CELLS` order. @internal */
export function cellsOf(mask: number): CellCode[] {
  return CELLS.filter((_cell, index) => (mask & (1 << index)) !== 0);
}

/** The number of cells in a mask. @internal */
export function popcount(mask: number): number {
  let value = mask - ((mask >>> 1) & 0x55555555);
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
  return (((value + (value >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Compares ids in ascending code-unit order, independent of locale. @internal */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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

/** Computes the coverage of a network on a date, in one pass over its agreements. @internal */
export function computeCoverage(network: Network, on: string): Coverage {
  return coverageOf(network.agreements.filter((agreement) => inForceOn(agreement, on)));
}

/** Computes the coverage given by agreements already known to be in force. @internal */
export function coverageOf(agreementsInForce: readonly Agreement[]): Coverage {
  const partnerSets = CELLS.map(() => new Set<PartnerId>());
  const agreementLists = CELLS.map((): AgreementId[] => []);
  const covered = new Map<PartnerId, number>();
  for (const agreement of agreementsInForce) {
    const mask = maskOf(agreement.scope);
    CELLS.forEach((_cell, index) => {
      if (!(mask & (1 << index))) return;
      agreementLists[index]?.push(agreement.id);
      for (const partnerId of agreement.partnerIds) partnerSets[index]?.add(partnerId);
    });
    for (const partnerId of agreement.partnerIds)
      covered.set(partnerId, (covered.get(partnerId) ?? 0) | mask);
  }
  return {
    partners: partnerSets.map((set) => [...set].sort(compareIds)),
    agreements: agreementLists.map((list) => list.sort(compareIds)),
    covered,
  };
}

/**
 * Every partner's capability, `offers` ∪ the cells it covers, with the partners in
 * ascending id order.
 *
 * @internal
 */
export interface Capabilities {
  /** The partners, in ascending id order. */
  readonly partners: readonly Partner[];
  /** The partners' ids, ascending. */
  readonly ids: readonly PartnerId[];
  /** `masks[i]`: the capability of `ids[i]`. */
  readonly masks: Int32Array;
  /** The position of each partner in `ids`. */
  readonly position: ReadonlyMap<PartnerId, number>;
}

/** Computes every partner's capability from its offers and the coverage. @internal */
export function computeCapabilities(network: Network, coverage: Coverage): Capabilities {
  const partners = [...network.partners].sort((a, b) => compareIds(a.id, b.id));
  const ids = partners.map((partner) => partner.id);
  const masks = new Int32Array(partners.length);
  const position = new Map<PartnerId, number>();
  partners.forEach((partner, index) => {
    masks[index] = maskOf(partner.offers ?? []) | (coverage.covered.get(partner.id) ?? 0);
    position.set(partner.id, index);
  });
  return { partners, ids, masks, position };
}

/** Computes the capabilities of a network's partners on a date. @internal */
export function capabilitiesOn(network: Network, on: string): Capabilities {
  return computeCapabilities(network, computeCoverage(network, on));
}

/** Checks a count option: a whole number ≥ `min`, or absent. @internal */
export function checkCount(
  functionName: string,
  name: string,
  value: number | undefined,
  min: number,
): void {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(
      `${functionName}: ${name} must be a whole number ≥ ${min}, received ${String(value)}`,
    );
  }
}

import { compareIds } from '../core/_compare.js';
import type { Agreement } from '../schemas/agreement.js';
import type { PartnerId } from '../schemas/primitives.js';
import type { Flow, MobilityBalance } from './types.js';

/**
 * The computation of `mobilityBalance` from agreements already known to be in force (the
 * network report has them).
 *
 * @internal
 * @module
 */

function flow(incoming: number, outgoing: number): Flow {
  return { incoming, outgoing, balance: incoming - outgoing };
}

/** The mobility balance of agreements already known to be in force. @internal */
export function balanceOf(
  agreementsInForce: readonly Agreement[],
  only?: PartnerId,
): MobilityBalance {
  let totalIncoming = 0;
  let totalOutgoing = 0;
  const byPartner = new Map<PartnerId, { incoming: number; outgoing: number }>();
  for (const agreement of agreementsInForce) {
    if (only !== undefined && !agreement.partnerIds.includes(only)) continue;
    let incoming = 0;
    let outgoing = 0;
    for (const commitment of agreement.commitments) {
      if (commitment.kind !== 'mobility') continue;
      if (commitment.direction === 'incoming') incoming += commitment.perYear;
      else outgoing += commitment.perYear;
    }
    if (incoming === 0 && outgoing === 0) continue;
    totalIncoming += incoming;
    totalOutgoing += outgoing;
    for (const partnerId of agreement.partnerIds) {
      if (only !== undefined && partnerId !== only) continue;
      const entry = byPartner.get(partnerId) ?? { incoming: 0, outgoing: 0 };
      entry.incoming += incoming;
      entry.outgoing += outgoing;
      byPartner.set(partnerId, entry);
    }
  }
  if (only !== undefined && !byPartner.has(only)) byPartner.set(only, { incoming: 0, outgoing: 0 });
  return {
    total: flow(totalIncoming, totalOutgoing),
    partners: [...byPartner.entries()]
      .sort(([a], [b]) => compareIds(a, b))
      .map(([partnerId, entry]) => ({ partnerId, ...flow(entry.incoming, entry.outgoing) })),
  };
}

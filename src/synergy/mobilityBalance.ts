import { resolveOptions } from '../policy/_resolve.js';
import type { Agreement } from '../schemas/agreement.js';
import type { Network } from '../schemas/network.js';
import type { PartnerId } from '../schemas/primitives.js';
import { inForceOn } from '../dates/_status.js';
import { compareIds } from './_capabilities.js';
import type { Flow, MobilityBalance, SynergyOptions } from './types.js';

/**
 * The options of {@link mobilityBalance}: `partnerId` narrows the balance to one partner.
 *
 * @example
 * ```ts
 * const options: MobilityBalanceOptions = { on: '2017-06-30', partnerId: 'example-univ-lyon' };
 * ```
 */
export interface MobilityBalanceOptions extends SynergyOptions {
  /** Only this partner (listed even with no flow); `total` is then its flow. */
  readonly partnerId?: string | undefined;
}

function flow(incoming: number, outgoing: number): Flow {
  return { incoming, outgoing, balance: incoming - outgoing };
}

/**
 * The balance of staff and student mobility (activities 1 and 2) seen from UHS: people
 * coming to UHS (`incoming`) and UHS people going abroad (`outgoing`) each year, from the
 * mobility commitments of the agreements in force on the date. `total` counts each
 * commitment once; each partner of a multi-partner agreement is credited the full flow.
 *
 * @param network - A parsed network.
 * @param options - `on`, `partnerId`, and policy parameters.
 * @returns `{ total, partners }` with `partners` listing those with any flow, ascending.
 * @throws `RangeError` when `partnerId` names no partner of the network.
 *
 * @example
 * ```ts
 * mobilityBalance(parseNetwork(exampleNetwork), { partnerId: 'example-univ-lyon' });
 * //=> { total: { incoming: 2, outgoing: 4, balance: -2 }, partners: [{ partnerId: 'example-univ-lyon', incoming: 2, outgoing: 4, balance: -2 }] }
 * ```
 */
export function mobilityBalance(
  network: Network,
  options: MobilityBalanceOptions = {},
): MobilityBalance {
  const { on } = resolveOptions(options, network);
  const only = options.partnerId;
  if (only !== undefined && !network.partners.some((partner) => partner.id === only)) {
    throw new RangeError(`mobilityBalance: the network has no partner with id '${only}'`);
  }
  return balanceOf(
    network.agreements.filter((agreement) => inForceOn(agreement, on)),
    only as PartnerId | undefined,
  );
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

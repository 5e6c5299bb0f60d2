import { inForceOn } from '../core/_lifecycle.js';
import { libraryError } from '../messages/_table.js';
import { SYNERGY_MESSAGES } from '../messages/synergy.js';
import { resolveOptions } from '../policy/resolveOptions.js';
import type { OnOption, PolicyOptions } from '../policy/types.js';
import type { Network } from '../schemas/network.js';
import type { PartnerId } from '../schemas/primitives.js';
import { balanceOf } from './_balance.js';
import type { MobilityBalance } from './types.js';

/**
 * The options of {@link mobilityBalance}: `partnerId` narrows the balance to one partner.
 *
 * @example
 * ```ts
 * const options: MobilityBalanceOptions = { on: '2017-06-30', partnerId: 'example-univ-lyon' };
 * ```
 */
export interface MobilityBalanceOptions extends OnOption, PolicyOptions {
  /** Only this partner (listed even with no flow); `total` is then its flow. */
  readonly partnerId?: string | undefined;
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
 * @throws `RangeError` (`synergy.unknown_partner`) when `partnerId` names no partner of the
 *   network.
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
  const { on } = resolveOptions(options, network, 'mobilityBalance');
  const only = options.partnerId;
  if (only !== undefined && !network.partners.some((partner) => partner.id === only)) {
    throw libraryError(RangeError, SYNERGY_MESSAGES, 'synergy.unknown_partner', {
      caller: 'mobilityBalance',
      partnerId: only,
    });
  }
  return balanceOf(
    network.agreements.filter((agreement) => inForceOn(agreement, on)),
    only as PartnerId | undefined,
  );
}

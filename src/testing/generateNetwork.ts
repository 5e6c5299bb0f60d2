import { DEFAULT_PLAN_PERIOD, HOME_INSTITUTION } from '../catalog/home.js';
import { libraryError } from '../messages/_table.js';
import { TESTING_MESSAGES } from '../messages/testing.js';
import type { AgreementInput } from '../schemas/agreement.js';
import type { NetworkInput } from '../schemas/network.js';
import type { PartnerInput } from '../schemas/partner.js';
import type { ProposalInput } from '../schemas/proposal.js';
import { generateAgreement, type AgreementLedger } from './_agreement.js';
import { parseIsoDate } from '../core/_days.js';
import { yearOf } from './_calendar.js';
import { generatePartner, partnerTables } from './_partner.js';
import { generateProposal } from './_proposal.js';
import { Random } from './_random.js';

/**
 * Options of {@link generateNetwork}.
 *
 * @example
 * ```ts
 * import type { GenerateNetworkOptions } from '@uhs/partners-network/testing';
 *
 * const options: GenerateNetworkOptions = { partners: 1000, seed: 42, asOf: '2017-06-30' };
 * ```
 */
export interface GenerateNetworkOptions {
  /** How many partners: a non-negative integer. */
  readonly partners: number;
  /**
   * The seed, a safe integer: the same options always give the same network, another seed
   * other data.
   *
   * @defaultValue `1`
   */
  readonly seed?: number | undefined;
  /**
   * The average number of agreements per partner (the network has
   * `Math.round(partners × agreementsPerPartner)` agreements).
   *
   * @defaultValue `1.5`
   */
  readonly agreementsPerPartner?: number | undefined;
  /**
   * How many proposals.
   *
   * @defaultValue a quarter of the partners, rounded
   */
  readonly proposals?: number | undefined;
  /**
   * The date the network describes (`asOf`): agreements are dated around it so that every
   * status of SPEC §6 occurs on it.
   *
   * @defaultValue `'2017-06-30'`
   */
  readonly asOf?: string | undefined;
  /**
   * The strategic plan's period, written into the network as `plan`; some proposals fall
   * outside it.
   *
   * @defaultValue `DEFAULT_PLAN_PERIOD` (2014-01-01 to 2018-12-31)
   */
  readonly plan?: { readonly start: string; readonly end: string } | undefined;
}

/** Streams of the seed, one per part of the network, so that each part is stable on its own. */
const STREAM = { partners: 1, agreements: 2, proposals: 3 } as const;

function count(option: 'partners' | 'proposals', value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw libraryError(RangeError, TESTING_MESSAGES, 'testing.invalid_count', {
      option,
      received: value,
    });
  }
  return value;
}

function day(option: 'asOf' | 'plan.start' | 'plan.end', value: unknown): number {
  const parsed = parseIsoDate(value);
  if (parsed === undefined) {
    throw libraryError(RangeError, TESTING_MESSAGES, 'testing.invalid_date', {
      option,
      received: value,
    });
  }
  return parsed;
}

/**
 * Generates a valid network document of any size, as a partner would send it (plain JSON
 * data: ROR ids bare or as URLs, no `home`), for property tests, benchmarks and examples.
 * The same options always give the same network (a seeded generator, never
 * `Math.random`); another seed gives other data. Every institution is a clearly fictional
 * "Example …" of a made-up city, in a country other than the home country, with e-mail
 * addresses and websites under the reserved `example.org`, `example.com` and `example.net`
 * domains.
 *
 * The network has variety where the rules look: partners of both tiers in many countries,
 * some without health fields; agreements of one to three partners that are upcoming,
 * active, expiring, expired, terminated or suspended on `asOf`, some renewing an earlier
 * agreement; proposals from partners of the network or from new institutions, some with
 * an empty scope, a commitment outside their scope or a period outside the plan. Time and
 * memory grow linearly with the size (100,000 partners take a few seconds).
 *
 * @param options - The size, seed and dates of the network.
 * @returns A network document that `parseNetwork` accepts.
 * @throws `RangeError` when a count is not a non-negative integer, a date is not a
 *   calendar date, or the plan does not end after it starts. The error carries the
 *   message's `code` (`testing.invalid_count` …) and `params`, which `formatMessage` says
 *   again in French.
 *
 * @example
 * ```ts
 * import { generateNetwork } from '@uhs/partners-network/testing';
 * import { parseNetwork } from '@uhs/partners-network/schemas';
 *
 * const input = generateNetwork({ partners: 200, seed: 7 });
 * input.partners.length; //=> 200
 * input.agreements.length; //=> 300
 * input.proposals?.length; //=> 50
 * input.asOf; //=> '2017-06-30'
 * parseNetwork(input).partners.length; //=> 200
 * ```
 */
export function generateNetwork(options: GenerateNetworkOptions): NetworkInput {
  const partnerCount = count('partners', options.partners);
  const seed = options.seed ?? 1;
  if (!Number.isSafeInteger(seed)) {
    throw libraryError(RangeError, TESTING_MESSAGES, 'testing.invalid_seed', { received: seed });
  }
  const perPartner = options.agreementsPerPartner ?? 1.5;
  if (typeof perPartner !== 'number' || !Number.isFinite(perPartner) || perPartner < 0) {
    throw libraryError(RangeError, TESTING_MESSAGES, 'testing.invalid_agreements_per_partner', {
      received: perPartner,
    });
  }
  const proposalCount = count('proposals', options.proposals ?? Math.round(partnerCount / 4));
  const asOf = options.asOf ?? '2017-06-30';
  const on = day('asOf', asOf);
  const plan = options.plan ?? DEFAULT_PLAN_PERIOD;
  const planStart = day('plan.start', plan.start);
  const planEnd = day('plan.end', plan.end);
  if (planEnd <= planStart) {
    throw libraryError(RangeError, TESTING_MESSAGES, 'testing.plan_not_after_start', {
      start: plan.start,
      end: plan.end,
    });
  }

  const tables = partnerTables(HOME_INSTITUTION.country);
  const partnerRandom = new Random(seed, STREAM.partners);
  const partners: PartnerInput[] = new Array<PartnerInput>(partnerCount);
  const partnerIds: string[] = new Array<string>(partnerCount);
  const partnerNames: string[] = new Array<string>(partnerCount);
  for (let index = 0; index < partnerCount; index++) {
    const generated = generatePartner(partnerRandom, tables, String(index + 1), on);
    partners[index] = generated.partner;
    partnerIds[index] = generated.partner.id;
    partnerNames[index] = generated.name;
  }

  const agreementCount = partnerCount === 0 ? 0 : Math.round(partnerCount * perPartner);
  const agreementRandom = new Random(seed, STREAM.agreements);
  const ledger: AgreementLedger = {
    latestOfPartner: new Int32Array(partnerCount).fill(-1),
    starts: new Int32Array(agreementCount),
    ids: [],
  };
  // Drawn in index order: each agreement may renew an earlier one of the ledger.
  const agreements: AgreementInput[] = Array.from({ length: agreementCount }, (_, index) =>
    generateAgreement(agreementRandom, index, partnerIds, partnerNames, tables.fields, on, ledger),
  );

  const proposalRandom = new Random(seed, STREAM.proposals);
  const days = { on, planStart, planEnd };
  const proposals: ProposalInput[] = Array.from({ length: proposalCount }, (_, index) =>
    generateProposal(proposalRandom, index, partnerIds, tables, tables.fields, days),
  );

  return {
    schemaVersion: 2,
    plan: {
      name: `Strategic Plan ${yearOf(planStart)}–${yearOf(planEnd)}`,
      start: plan.start,
      end: plan.end,
    },
    asOf,
    partners,
    agreements,
    proposals,
  };
}

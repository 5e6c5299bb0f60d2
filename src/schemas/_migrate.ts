import { render } from '../messages/_table.js';
import { MIGRATION_MESSAGES } from '../messages/migration.js';
import type { Agreement } from './agreement.js';
import type { Commitment, MobilityCommitment } from './commitment.js';
import type { Network } from './network.js';
import type { Proposal } from './proposal.js';
import type {
  AgreementV1,
  CommitmentV1,
  MobilityCommitmentV1,
  NetworkV1,
  ProposalV1,
} from './_v1.js';

// The conversion of parsed schema-version-1 records to version 2. Every rule is written
// once here, documented on `migrateNetwork` and in docs/migration-v2.md, and tested in
// test/schemas/migrate.test.ts. Nothing version 1 cannot say is invented: a version-2
// fact without a version-1 source is left out, but for `type`, which version 2 requires
// and which takes a documented default.

/** The `type` a version-1 mobility takes: version 1 cannot say it (a documented default). @internal */
export const DEFAULT_V1_TYPES = { 1: 'teaching', 2: 'studies' } as const;

/**
 * A total to 2 decimal places, as EWP writes it: rounded to the nearest hundredth, and at
 * least `0.01` (a positive total stays positive). @internal
 */
export function toHundredths(value: number): number {
  return Math.max(0.01, Math.round(value * 100) / 100);
}

/** A version-1 mobility commitment in version 2. @internal */
export function mobilityFromV1(commitment: MobilityCommitmentV1): MobilityCommitment {
  const { kind, area, activity, direction, perYear, monthsPerYear, language, ...rest } = commitment;
  const languages = language === undefined ? {} : { languages: [{ ...language }] };
  if (activity === 1) {
    // Days cannot be had from months without inventing a month's length: the months stay
    // in words.
    const otherTerms =
      monthsPerYear === undefined
        ? {}
        : {
            otherTerms: render(MIGRATION_MESSAGES, 'migration.staff_months_per_mobility', {
              months: monthsPerYear,
            }),
          };
    const type = DEFAULT_V1_TYPES[1];
    return { kind, area, activity, type, direction, perYear, ...rest, ...languages, ...otherTerms };
  }
  const total =
    monthsPerYear === undefined
      ? {}
      : { totalMonthsPerYear: toHundredths(perYear * monthsPerYear) };
  const type = DEFAULT_V1_TYPES[2];
  return { kind, area, activity, type, direction, perYear, ...rest, ...total, ...languages };
}

/** A version-1 commitment in version 2: only mobility changes. @internal */
export function commitmentFromV1(commitment: CommitmentV1): Commitment {
  return commitment.kind === 'mobility' ? mobilityFromV1(commitment) : commitment;
}

/** A version-1 agreement in version 2. @internal */
export function agreementFromV1(agreement: AgreementV1): Agreement {
  return { ...agreement, commitments: agreement.commitments.map(commitmentFromV1) };
}

/** A version-1 proposal in version 2. @internal */
export function proposalFromV1(proposal: ProposalV1): Proposal {
  return { ...proposal, commitments: proposal.commitments.map(commitmentFromV1) };
}

/** A version-1 network in version 2. @internal */
export function networkFromV1(network: NetworkV1): Network {
  const { proposals, ...rest } = network;
  return {
    ...rest,
    schemaVersion: 2,
    agreements: network.agreements.map(agreementFromV1),
    ...(proposals === undefined ? {} : { proposals: proposals.map(proposalFromV1) }),
  };
}

/** The keys only a version-2 mobility commitment has. */
const V2_MOBILITY_KEYS = [
  'type',
  'totalMonthsPerYear',
  'totalDaysPerYear',
  'languages',
  'eqfLevels',
  'academicYears',
  'blended',
  'otherTerms',
  'ewp',
] as const;

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether a record outside a network document (an agreement or a proposal, which carry no
 * `schemaVersion`) is read as version 1: it has at least one mobility commitment, and none
 * of its mobility commitments has a key only version 2 has. @internal
 */
export function isV1Record(input: unknown): boolean {
  if (!isObject(input) || !Array.isArray(input.commitments)) return false;
  let mobility = false;
  for (const commitment of input.commitments as readonly unknown[]) {
    if (!isObject(commitment) || commitment.kind !== 'mobility') continue;
    mobility = true;
    if (V2_MOBILITY_KEYS.some((key) => Object.hasOwn(commitment, key))) return false;
  }
  return mobility;
}

/** Whether a network document says it is version 1 (`schemaVersion: 1`). @internal */
export function isV1Network(input: unknown): boolean {
  return isObject(input) && input.schemaVersion === 1;
}

import * as z from 'zod';
import type { AreaCode } from '../catalog/areas.js';
import type { CefrLevel, LanguageCode } from '../catalog/languages.js';
import {
  MOBILITY_DIRECTIONS,
  MOBILITY_LEVELS,
  type MobilityDirection,
  type MobilityLevel,
} from '../catalog/vocabulary.js';
import { checkNetworkIntegrity } from './_integrity.js';
import { renderZodIssue } from './_issues.js';
import { uniqueList } from './_primitives.js';
import { refinement } from './_refinements.js';
import { AgreementSchema, checkAgreement, type Agreement } from './agreement.js';
import {
  DistanceCourseCommitmentSchema,
  JointProgrammeCommitmentSchema,
  ResourcesCommitmentSchema,
  type Commitment,
  type MobilityCommitment,
} from './commitment.js';
import { NetworkSchema, type Network } from './network.js';
import {
  AreaCodeSchema,
  CefrLevelSchema,
  IscedFieldSchema,
  LanguageCodeSchema,
  type IscedFieldCode,
} from './primitives.js';
import { ProposalSchema, type Proposal } from './proposal.js';

// Schema version 1, as it shipped: read by the parse functions and converted to version 2
// (./_migrate.ts). Only mobility commitments differ; every other record is the same, and
// the version-1 schemas below are the version-2 ones with version-1 commitments in them.

const MAX_COUNT = 100_000;

/** A version-1 mobility commitment, exactly as version 1 accepted it. @internal */
export const MobilityCommitmentV1Schema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal('mobility'),
    area: AreaCodeSchema,
    activity: z.literal([1, 2]),
    direction: z.enum(MOBILITY_DIRECTIONS, { error: renderZodIssue }),
    perYear: z.int().min(1).max(MAX_COUNT),
    monthsPerYear: z.number().positive().max(12).optional(),
    level: z.enum(MOBILITY_LEVELS, { error: renderZodIssue }).optional(),
    fields: uniqueList(IscedFieldSchema).max(200).optional(),
    language: z
      .strictObject({ code: LanguageCodeSchema, minLevel: CefrLevelSchema.optional() })
      .optional(),
  }))();

/** A version-1 commitment: version-1 mobility, or one of the other kinds (unchanged). @internal */
export const CommitmentV1Schema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [
    MobilityCommitmentV1Schema,
    ResourcesCommitmentSchema,
    DistanceCourseCommitmentSchema,
    JointProgrammeCommitmentSchema,
  ]))();

/** A version-1 agreement: no `ewp`, version-1 commitments. @internal */
export const AgreementV1Schema = /* @__PURE__ */ (() => {
  const { ewp: _ewp, ...shape } = AgreementSchema.shape;
  return z
    .strictObject({ ...shape, commitments: z.array(CommitmentV1Schema).max(1000) })
    .check(refinement(checkAgreement));
})();

/** A version-1 proposal: version-1 commitments. @internal */
export const ProposalV1Schema = /* @__PURE__ */ (() =>
  z.strictObject({
    ...ProposalSchema.shape,
    commitments: z.array(CommitmentV1Schema).max(1000),
  }))();

/** A version-1 network document (`schemaVersion: 1`). @internal */
export const NetworkV1Schema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      ...NetworkSchema.shape,
      schemaVersion: z.literal(1),
      agreements: z.array(AgreementV1Schema),
      proposals: z.array(ProposalV1Schema).optional(),
    })
    .check(refinement(checkNetworkIntegrity)))();

/** A version-1 mobility commitment, parsed. @internal */
export interface MobilityCommitmentV1 {
  kind: 'mobility';
  area: AreaCode;
  activity: 1 | 2;
  direction: MobilityDirection;
  perYear: number;
  /** How many months each mobility lasts. */
  monthsPerYear?: number | undefined;
  level?: MobilityLevel | undefined;
  fields?: IscedFieldCode[] | undefined;
  language?: { code: LanguageCode; minLevel?: CefrLevel | undefined } | undefined;
}

/** A version-1 commitment, parsed. @internal */
export type CommitmentV1 = MobilityCommitmentV1 | Exclude<Commitment, MobilityCommitment>;

/** A version-1 agreement, parsed. @internal */
export interface AgreementV1 extends Omit<Agreement, 'commitments' | 'ewp'> {
  commitments: CommitmentV1[];
}

/** A version-1 proposal, parsed. @internal */
export interface ProposalV1 extends Omit<Proposal, 'commitments'> {
  commitments: CommitmentV1[];
}

/** A version-1 network, parsed. @internal */
export interface NetworkV1 extends Omit<Network, 'schemaVersion' | 'agreements' | 'proposals'> {
  schemaVersion: 1;
  agreements: AgreementV1[];
  proposals?: ProposalV1[] | undefined;
}

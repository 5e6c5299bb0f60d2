/**
 * The data model of the network as Zod 4 schemas, the types inferred from them, and the
 * parsing API that partner developers validate their data with. Every object is strict (an
 * unknown key is an error that names it), every issue has a stable code and a path, and
 * the `safeParse…` functions never throw.
 *
 * @example
 * ```ts
 * import { safeParseNetwork, formatIssues } from '@uhs/partners-network/schemas';
 *
 * const result = safeParseNetwork({ schemaVersion: 2, asOf: '2019-02-29', partners: [], agreements: [] });
 * if (!result.success) formatIssues(result.issues);
 * //=> "asOf: expected a real calendar date YYYY-MM-DD, received '2019-02-29'"
 * ```
 *
 * @packageDocumentation
 * @module schemas
 */
export type { InvalidValueParams, IssueCode, ValidationIssue } from './issues.js';
export {
  AcademicYearSchema,
  ActivityCodeSchema,
  AgreementIdSchema,
  AreaCodeSchema,
  CefrLevelSchema,
  CellCodeSchema,
  CountryCodeSchema,
  CurrencyCodeSchema,
  EmailSchema,
  EwpIdSchema,
  IscedFieldSchema,
  IsoDateSchema,
  LanguageCodeSchema,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  PartnerIdSchema,
  ProposalIdSchema,
  RorIdSchema,
  SchacIdSchema,
  StrategyCodeSchema,
  UrlSchema,
  type AgreementId,
  type IscedFieldCode,
  type PartnerId,
  type ProposalId,
} from './primitives.js';
export {
  ContactSchema,
  InstitutionTypeSchema,
  PartnerSchema,
  type Contact,
  type Partner,
  type PartnerIdentifiers,
  type PartnerInput,
} from './partner.js';
export {
  AcademicYearRangeSchema,
  CommitmentSchema,
  DistanceCourseCommitmentSchema,
  JointProgrammeCommitmentSchema,
  MobilityCommitmentSchema,
  MobilityEwpSchema,
  MobilityLanguageSchema,
  ResourcesCommitmentSchema,
  StaffMobilityCommitmentSchema,
  StudentMobilityCommitmentSchema,
  commitmentCell,
  type AcademicYearRange,
  type Commitment,
  type CommitmentInput,
  type DistanceCourseCommitment,
  type EqfLevel,
  type JointProgrammeCommitment,
  type JointProgrammeKind,
  type MobilityCommitment,
  type MobilityEwp,
  type MobilityFacts,
  type MobilityLanguage,
  type MobilityLevel,
  type ResourceItem,
  type ResourcesCommitment,
  type StaffMobilityCommitment,
  type StaffMobilityType,
  type StudentMobilityCommitment,
  type StudentMobilityType,
} from './commitment.js';
export {
  AgreementSchema,
  EwpIdentitySchema,
  EwpIiaPartnerSchema,
  FundingSchema,
  type Agreement,
  type AgreementInput,
  type AgreementInstrument,
  type EwpIdentity,
  type EwpIiaPartner,
  type Funding,
} from './agreement.js';
export { PeriodSchema, ProposalSchema, type Proposal, type ProposalInput } from './proposal.js';
export {
  HomeInstitutionSchema,
  NetworkSchema,
  PlanSchema,
  type Network,
  type NetworkInput,
  type Plan,
} from './network.js';
export {
  DEFAULT_MAX_ISSUES,
  NetworkValidationError,
  formatIssues,
  type FormatIssuesOptions,
  isNetworkValidationError,
  parseAgreement,
  parseNetwork,
  parsePartner,
  parseProposal,
  safeParseAgreement,
  safeParseNetwork,
  safeParsePartner,
  safeParseProposal,
  type ParseOptions,
  type SafeParseResult,
} from './parse.js';
export { migrateNetwork } from './migrate.js';
export { formatMessage, type FormatMessageOptions } from '../messages/index.js';

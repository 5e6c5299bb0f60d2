/**
 * The model types are written by hand as named interfaces and aliases, so that the API
 * reference and compiler errors show them by name. These tests keep them equal to the
 * types Zod infers from the schemas, output and input, so the schemas stay the single
 * source: a field added to a schema and not to its interface (or the other way round)
 * fails here.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type {
  Agreement,
  AgreementInput,
  CefrLevel,
  CellCode,
  Commitment,
  CommitmentInput,
  Contact,
  CountryCode,
  DistanceCourseCommitment,
  Funding,
  HomeInstitution,
  InstitutionType,
  IscedFieldCode,
  JointProgrammeCommitment,
  LanguageCode,
  MobilityCommitment,
  StaffMobilityCommitment,
  StudentMobilityCommitment,
  Network,
  NetworkInput,
  Partner,
  PartnerInput,
  Period,
  Plan,
  Proposal,
  ProposalInput,
  ResourcesCommitment,
  StrategyCode,
} from '../../src/index.js';
import type {
  AgreementSchema,
  CommitmentSchema,
  ContactSchema,
  DistanceCourseCommitmentSchema,
  FundingSchema,
  HomeInstitutionSchema,
  JointProgrammeCommitmentSchema,
  MobilityCommitmentSchema,
  NetworkSchema,
  PartnerSchema,
  PeriodSchema,
  PlanSchema,
  ProposalSchema,
  ResourcesCommitmentSchema,
} from '../../src/index.js';

describe('the model types equal the types inferred from the schemas', () => {
  it('Network and NetworkInput', () => {
    expectTypeOf<Network>().toEqualTypeOf<z.output<typeof NetworkSchema>>();
    expectTypeOf<z.output<typeof NetworkSchema>>().toEqualTypeOf<Network>();
    expectTypeOf<NetworkInput>().toEqualTypeOf<z.input<typeof NetworkSchema>>();
    expectTypeOf<z.input<typeof NetworkSchema>>().toEqualTypeOf<NetworkInput>();
  });

  // `HomeInstitution` and `Period` are written in the catalog (src/catalog/home.ts), which
  // imports no zod: these tests tie them to `HomeInstitutionSchema`, `PeriodSchema` and
  // `PlanSchema`, so that the schema and the type cannot drift apart.
  it('HomeInstitution and Plan', () => {
    expectTypeOf<HomeInstitution>().toEqualTypeOf<z.output<typeof HomeInstitutionSchema>>();
    expectTypeOf<z.input<typeof HomeInstitutionSchema>>().toEqualTypeOf<HomeInstitution>();
    expectTypeOf<z.output<typeof HomeInstitutionSchema>>().toEqualTypeOf<HomeInstitution>();
    expectTypeOf<HomeInstitution>().toEqualTypeOf<z.input<typeof HomeInstitutionSchema>>();
    expectTypeOf<Plan>().toEqualTypeOf<z.output<typeof PlanSchema>>();
    expectTypeOf<z.output<typeof PlanSchema>>().toEqualTypeOf<Plan>();
    expectTypeOf<Period>().toEqualTypeOf<Pick<z.output<typeof PlanSchema>, 'start' | 'end'>>();
    expectTypeOf<z.input<typeof PlanSchema>>().toEqualTypeOf<Plan>();
  });

  it('Partner, PartnerInput and Contact', () => {
    expectTypeOf<Partner>().toEqualTypeOf<z.output<typeof PartnerSchema>>();
    expectTypeOf<z.output<typeof PartnerSchema>>().toEqualTypeOf<Partner>();
    expectTypeOf<PartnerInput>().toEqualTypeOf<z.input<typeof PartnerSchema>>();
    expectTypeOf<z.input<typeof PartnerSchema>>().toEqualTypeOf<PartnerInput>();
    expectTypeOf<Contact>().toEqualTypeOf<z.output<typeof ContactSchema>>();
    expectTypeOf<z.input<typeof ContactSchema>>().toEqualTypeOf<Contact>();
  });

  it('Agreement, AgreementInput and Funding', () => {
    expectTypeOf<Agreement>().toEqualTypeOf<z.output<typeof AgreementSchema>>();
    expectTypeOf<z.output<typeof AgreementSchema>>().toEqualTypeOf<Agreement>();
    expectTypeOf<AgreementInput>().toEqualTypeOf<z.input<typeof AgreementSchema>>();
    expectTypeOf<z.input<typeof AgreementSchema>>().toEqualTypeOf<AgreementInput>();
    expectTypeOf<Funding>().toEqualTypeOf<z.output<typeof FundingSchema>>();
    expectTypeOf<z.input<typeof FundingSchema>>().toEqualTypeOf<Funding>();
  });

  it('Proposal, ProposalInput and Period', () => {
    expectTypeOf<Proposal>().toEqualTypeOf<z.output<typeof ProposalSchema>>();
    expectTypeOf<z.output<typeof ProposalSchema>>().toEqualTypeOf<Proposal>();
    expectTypeOf<ProposalInput>().toEqualTypeOf<z.input<typeof ProposalSchema>>();
    expectTypeOf<z.input<typeof ProposalSchema>>().toEqualTypeOf<ProposalInput>();
    expectTypeOf<Period>().toEqualTypeOf<z.output<typeof PeriodSchema>>();
    expectTypeOf<z.input<typeof PeriodSchema>>().toEqualTypeOf<Period>();
  });

  it('Commitment, CommitmentInput and each kind of commitment', () => {
    expectTypeOf<Commitment>().toEqualTypeOf<z.output<typeof CommitmentSchema>>();
    expectTypeOf<z.output<typeof CommitmentSchema>>().toEqualTypeOf<Commitment>();
    expectTypeOf<CommitmentInput>().toEqualTypeOf<z.input<typeof CommitmentSchema>>();
    expectTypeOf<z.input<typeof CommitmentSchema>>().toEqualTypeOf<CommitmentInput>();
    expectTypeOf<MobilityCommitment>().toEqualTypeOf<z.output<typeof MobilityCommitmentSchema>>();
    expectTypeOf<z.input<typeof MobilityCommitmentSchema>>().toEqualTypeOf<MobilityCommitment>();
    expectTypeOf<ResourcesCommitment>().toEqualTypeOf<z.output<typeof ResourcesCommitmentSchema>>();
    expectTypeOf<z.input<typeof ResourcesCommitmentSchema>>().toEqualTypeOf<ResourcesCommitment>();
    expectTypeOf<DistanceCourseCommitment>().toEqualTypeOf<
      z.output<typeof DistanceCourseCommitmentSchema>
    >();
    expectTypeOf<
      z.input<typeof DistanceCourseCommitmentSchema>
    >().toEqualTypeOf<DistanceCourseCommitment>();
    expectTypeOf<JointProgrammeCommitment>().toEqualTypeOf<
      z.output<typeof JointProgrammeCommitmentSchema>
    >();
    expectTypeOf<
      z.input<typeof JointProgrammeCommitmentSchema>
    >().toEqualTypeOf<JointProgrammeCommitment>();
  });
});

describe('code fields are typed with the catalog named types', () => {
  it('names the code types, not their expansion', () => {
    expectTypeOf<Partner['country']>().toEqualTypeOf<CountryCode>();
    expectTypeOf<Partner['type']>().toEqualTypeOf<InstitutionType>();
    expectTypeOf<Partner['languages']>().toEqualTypeOf<LanguageCode[]>();
    expectTypeOf<Partner['fields']>().toEqualTypeOf<IscedFieldCode[]>();
    expectTypeOf<NonNullable<Partner['offers']>>().toEqualTypeOf<CellCode[]>();
    expectTypeOf<Proposal['scope']>().toEqualTypeOf<CellCode[]>();
    expectTypeOf<NonNullable<Proposal['strategies']>>().toEqualTypeOf<StrategyCode[]>();
    expectTypeOf<DistanceCourseCommitment['language']>().toEqualTypeOf<LanguageCode>();
    expectTypeOf<
      NonNullable<NonNullable<MobilityCommitment['languages']>[number]['minLevel']>
    >().toEqualTypeOf<CefrLevel>();
    expectTypeOf<StaffMobilityCommitment['type']>().toEqualTypeOf<'teaching' | 'training'>();
    expectTypeOf<StudentMobilityCommitment['type']>().toEqualTypeOf<'studies' | 'traineeship'>();
    expectTypeOf<NonNullable<StudentMobilityCommitment['eqfLevels']>>().toEqualTypeOf<
      (5 | 6 | 7 | 8)[]
    >();
    expectTypeOf<Network['schemaVersion']>().toEqualTypeOf<2>();
    expectTypeOf<Network['home']['country']>().toEqualTypeOf<CountryCode>();
  });

  it('keeps each kind of commitment apart', () => {
    expectTypeOf<Extract<Commitment, { kind: 'mobility' }>>().toEqualTypeOf<MobilityCommitment>();
    expectTypeOf<ResourcesCommitment>().not.toExtend<MobilityCommitment>();
    expectTypeOf<{ kind: 'resources'; area: 'B'; activity: 4 }>().not.toExtend<Commitment>();
  });
});

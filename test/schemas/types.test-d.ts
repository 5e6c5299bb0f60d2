import { describe, expectTypeOf, it } from 'vitest';
import type {
  Agreement,
  AgreementId,
  AgreementInput,
  CellCode,
  Commitment,
  CountryCode,
  Network,
  Partner,
  PartnerId,
  PartnerInput,
  Proposal,
  ProposalId,
  SafeParseResult,
} from '../../src/index.js';
import { parseNetwork, safeParsePartner } from '../../src/index.js';

describe('inferred types', () => {
  it('brands ids so that one kind cannot stand for another', () => {
    expectTypeOf<Partner['id']>().toEqualTypeOf<PartnerId>();
    expectTypeOf<Agreement['id']>().toEqualTypeOf<AgreementId>();
    expectTypeOf<Proposal['id']>().toEqualTypeOf<ProposalId>();
    expectTypeOf<AgreementId>().not.toExtend<PartnerId>();
    expectTypeOf<string>().not.toExtend<PartnerId>();
    expectTypeOf<PartnerId>().toExtend<string>();
    expectTypeOf<PartnerInput['id']>().toEqualTypeOf<string>();
  });

  it('types codes with the catalog unions', () => {
    expectTypeOf<Partner['country']>().toEqualTypeOf<CountryCode>();
    expectTypeOf<Agreement['scope']>().toEqualTypeOf<CellCode[]>();
    expectTypeOf<AgreementInput['scope']>().toEqualTypeOf<CellCode[]>();
    expectTypeOf<Extract<Commitment, { kind: 'mobility' }>['activity']>().toEqualTypeOf<1 | 2>();
    expectTypeOf<Extract<Commitment, { kind: 'joint-programme' }>['activity']>().toEqualTypeOf<5>();
  });

  it('gives a network its home and a proposal its partner union', () => {
    expectTypeOf<Network['home']['country']>().toEqualTypeOf<CountryCode>();
    expectTypeOf<Proposal['partner']>().toEqualTypeOf<PartnerId | Partner>();
    expectTypeOf(parseNetwork).returns.toEqualTypeOf<Network>();
    expectTypeOf(safeParsePartner).returns.toEqualTypeOf<SafeParseResult<Partner>>();
  });
});

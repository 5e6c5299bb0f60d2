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
  FormatIssuesOptions,
  InvalidValueParams,
  IssueCode,
  ValidationIssue,
} from '../../src/index.js';
import { formatIssues, ISSUE_CODES, parseNetwork, safeParsePartner } from '../../src/index.js';
import type { IssueCode as SchemasIssueCode } from '../../src/schemas/index.js';

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

describe('issue codes', () => {
  it('derives IssueCode from ISSUE_CODES, the same type from ./catalog and ./schemas', () => {
    expectTypeOf<IssueCode>().toEqualTypeOf<(typeof ISSUE_CODES)[number]>();
    expectTypeOf<SchemasIssueCode>().toEqualTypeOf<IssueCode>();
    expectTypeOf<ValidationIssue['code']>().toEqualTypeOf<IssueCode>();
    expectTypeOf<'duplicate_id'>().toExtend<IssueCode>();
    expectTypeOf<'no_such_code'>().not.toExtend<IssueCode>();
    // @ts-expect-error: not a code of ISSUE_CODES
    const _code: IssueCode = 'invalid';
  });

  it('types the params of invalid_value issues', () => {
    expectTypeOf<InvalidValueParams['suggestions']>().toEqualTypeOf<readonly (string | number)[]>();
    expectTypeOf<InvalidValueParams['certain']>().toEqualTypeOf<boolean>();
    expectTypeOf<InvalidValueParams['of']>().toEqualTypeOf<string>();
  });

  it('takes a locale in formatIssues', () => {
    expectTypeOf(formatIssues).parameter(1).toEqualTypeOf<FormatIssuesOptions | undefined>();
    // @ts-expect-error: not a locale of the library
    formatIssues([], { locale: 'de' });
  });
});

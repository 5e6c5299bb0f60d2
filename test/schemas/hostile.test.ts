// Issue #16, items 1 and 2: huge invalid input never kills a safeParse function. Issues are
// capped (DEFAULT_MAX_ISSUES unless `maxIssues` says otherwise), validation stops at the cap,
// and a final `too_many_issues` issue counts what was left out.
import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_MAX_ISSUES,
  NetworkValidationError,
  parseNetwork,
  parsePartner,
  safeParseAgreement,
  safeParseNetwork,
  safeParsePartner,
  safeParseProposal,
  type SafeParseResult,
  type ValidationIssue,
} from '../../src/schemas/index.js';
import { agreementInput, copy, networkInput, partnerInput, proposalInput } from './_fixtures.js';

interface Truncation {
  readonly maxIssues: number;
  readonly omitted: number;
  readonly unchecked: number;
}

/** The failure's issues, and the counts of its final `too_many_issues` issue. */
function truncationOf(result: SafeParseResult<unknown>): {
  issues: readonly ValidationIssue[];
  truncated: boolean;
  final: Truncation | undefined;
} {
  expect(result.success).toBe(false);
  if (result.success) throw new Error('expected a failure');
  const last = result.issues.at(-1);
  const final =
    last?.code === 'too_many_issues' ? (last.params as unknown as Truncation) : undefined;
  return { issues: result.issues, truncated: result.truncated, final };
}

const emptyPartners = (count: number) => ({
  schemaVersion: 1,
  partners: Array.from({ length: count }, () => ({})),
  agreements: [],
});

/** One issue a required field of a partner: what `{}` gives. */
const ISSUES_OF_EMPTY_PARTNER = (() => {
  const result = safeParsePartner({}, { maxIssues: Infinity });
  return result.success ? 0 : result.issues.length;
})();

describe('the issue cap', () => {
  it('is 1,000 by default', () => {
    expect(DEFAULT_MAX_ISSUES).toBe(1000);
  });

  it('keeps 20,000 empty partners to 1,000 issues and a count, without throwing', () => {
    const { issues, truncated, final } = truncationOf(safeParseNetwork(emptyPartners(20_000)));
    expect(issues).toHaveLength(DEFAULT_MAX_ISSUES + 1);
    expect(truncated).toBe(true);
    expect(issues.slice(0, -1).every((issue) => issue.code !== 'too_many_issues')).toBe(true);
    expect(issues[0]?.path).toEqual(['partners', 0, 'id']);
    // Validation stopped with the record that went past the cap.
    const checked = Math.ceil((DEFAULT_MAX_ISSUES + 1) / ISSUES_OF_EMPTY_PARTNER);
    expect(final).toEqual({
      maxIssues: DEFAULT_MAX_ISSUES,
      omitted: checked * ISSUES_OF_EMPTY_PARTNER - DEFAULT_MAX_ISSUES,
      unchecked: 20_000 - checked,
    });
    expect(issues.at(-1)?.path).toEqual([]);
    expect(issues.at(-1)?.message).toBe(
      `validation stopped after 1000 issues: ${final?.omitted} more issue${final?.omitted === 1 ? ' was' : 's were'} left out, and ${final?.unchecked} records were not checked`,
    );
  });

  it('answers 1,000,000 empty partners quickly, in bounded memory', () => {
    const input = emptyPartners(1_000_000);
    const started = performance.now();
    const { issues, final } = truncationOf(safeParseNetwork(input));
    // Typically 0.2 s; a loaded machine gets ample room, the old behaviour took minutes.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(issues).toHaveLength(DEFAULT_MAX_ISSUES + 1);
    expect(final?.unchecked).toBeGreaterThan(999_000);
  }, 30_000);

  it('counts every duplicate of one partner’s 130,000 fields, creating only 1,000 issues', () => {
    const partner = {
      ...copy(partnerInput),
      fields: Array.from({ length: 130_000 }, () => '0912'),
    };
    const alone = truncationOf(safeParsePartner(partner));
    // 129,999 duplicates and one too_big (more than 200 fields).
    expect(alone.final).toEqual({ maxIssues: 1000, omitted: 129_000, unchecked: 0 });
    expect(alone.issues[0]).toMatchObject({ code: 'duplicate_value', path: ['fields', 1] });
    const inNetwork = truncationOf(
      safeParseNetwork({ ...copy(networkInput), partners: [partner] }),
    );
    expect(inNetwork.issues[0]?.path).toEqual(['partners', 0, 'fields', 1]);
    expect(inNetwork.final?.omitted).toBe(129_000);
    expect(inNetwork.final?.unchecked).toBe(3); // the two agreements and the proposal
  });

  it('caps a record’s unknown keys as well', () => {
    const partner: Record<string, unknown> = copy(partnerInput);
    for (let index = 0; index < 5_000; index += 1) partner[`key${index}`] = index;
    const { issues, final } = truncationOf(safeParsePartner(partner, { maxIssues: 10 }));
    expect(issues.slice(0, -1).every((issue) => issue.code === 'unrecognized_keys')).toBe(true);
    expect(final).toEqual({ maxIssues: 10, omitted: 4_990, unchecked: 0 });
  });

  it('is not truncated when the issues fit exactly', () => {
    const count = 3 * ISSUES_OF_EMPTY_PARTNER;
    const result = safeParseNetwork(emptyPartners(3), { maxIssues: count });
    const { issues, truncated, final } = truncationOf(result);
    expect(issues).toHaveLength(count);
    expect(truncated).toBe(false);
    expect(final).toBeUndefined();
  });
});

describe('the maxIssues option', () => {
  it('sets the cap of every parse function', () => {
    const network = truncationOf(safeParseNetwork(emptyPartners(50), { maxIssues: 5 }));
    expect(network.issues).toHaveLength(6);
    expect(network.final?.maxIssues).toBe(5);
    const records = [
      safeParsePartner({}, { maxIssues: 2 }),
      safeParseAgreement({}, { maxIssues: 2 }),
      safeParseProposal({}, { maxIssues: 2 }),
    ];
    for (const result of records) {
      const { issues, truncated, final } = truncationOf(result);
      expect(issues).toHaveLength(3);
      expect(truncated).toBe(true);
      expect(final?.omitted).toBeGreaterThan(0);
    }
  });

  it('collects every issue with Infinity', () => {
    const { issues, truncated } = truncationOf(
      safeParseNetwork(emptyPartners(300), { maxIssues: Infinity }),
    );
    expect(issues).toHaveLength(300 * ISSUES_OF_EMPTY_PARTNER);
    expect(truncated).toBe(false);
  });

  it('leaves valid input alone, even with a cap of 1', () => {
    expect(safeParseNetwork(networkInput, { maxIssues: 1 }).success).toBe(true);
    expect(safeParsePartner(partnerInput, { maxIssues: 1 }).success).toBe(true);
    expect(safeParseAgreement(agreementInput, { maxIssues: 1 }).success).toBe(true);
    expect(safeParseProposal(proposalInput, { maxIssues: 1 }).success).toBe(true);
  });

  it('keeps the first issues in path order', () => {
    const all = truncationOf(safeParseNetwork(emptyPartners(4), { maxIssues: Infinity })).issues;
    const first = truncationOf(safeParseNetwork(emptyPartners(4), { maxIssues: 9 })).issues;
    expect(first.slice(0, -1)).toEqual(all.slice(0, 9));
  });

  it('throws a NetworkValidationError that says the issues were cut', () => {
    expect(() => parseNetwork(emptyPartners(10), { maxIssues: 3 })).toThrow(
      /^Invalid network: more than 3 issues\n/,
    );
    try {
      parsePartner({}, { maxIssues: 1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NetworkValidationError);
      expect((error as NetworkValidationError).issues.map((issue) => issue.code)).toEqual([
        'invalid_type',
        'too_many_issues',
      ]);
    }
  });

  it('rejects a cap that is not a whole number of at least 1', () => {
    for (const maxIssues of [0, -1, 1.5, Number.NaN, -Infinity, '5' as unknown as number]) {
      expect(() => safeParseNetwork(networkInput, { maxIssues })).toThrow(RangeError);
      expect(() => safeParsePartner(partnerInput, { maxIssues })).toThrow(RangeError);
    }
  });
});

describe('without the compiled fast path (z.config({ jitless: true }))', () => {
  it('gives the same capped answers and never throws', async () => {
    vi.resetModules();
    const zod = await import('zod');
    zod.config({ jitless: true });
    try {
      const fresh = await import('../../src/schemas/index.js');
      const input = emptyPartners(20_000);
      expect(fresh.safeParseNetwork(input)).toEqual(safeParseNetwork(input));
      const partner = {
        ...copy(partnerInput),
        fields: Array.from({ length: 130_000 }, () => '0912'),
      };
      expect(fresh.safeParsePartner(partner)).toEqual(safeParsePartner(partner));
      // 300,000 invalid offers: Zod spreads their issues into one call, which overflows the
      // stack without the fast path. The record gets one issue; the others are still checked.
      const huge = { ...copy(partnerInput), offers: Array.from({ length: 300_000 }, () => 'Z9') };
      const result = fresh.safeParseNetwork({ ...copy(networkInput), partners: [huge, {}] });
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.issues.length).toBeGreaterThan(1);
        expect(result.issues.some((issue) => issue.path.join('.').startsWith('partners.1.'))).toBe(
          true,
        );
      }
    } finally {
      zod.config({ jitless: false });
    }
  }, 30_000);
});

// Issue #16, hostile and huge input: item 5, the `duplicate-proposal` rule.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CELLS } from '../../src/catalog/index.js';
import {
  evaluateEligibility,
  evaluateEligibilityBatch,
  type EligibilityReport,
} from '../../src/eligibility/index.js';
import { parseNetwork } from '../../src/schemas/parse.js';
import type { Network } from '../../src/schemas/network.js';
import { lyonInput, osakaInput } from './_fixtures.js';

/** A proposal of Lyon (by id) with a period and a scope. */
function proposalInput(id: string, start: string, end: string, scope: readonly string[]) {
  return {
    id,
    partner: 'univ-lyon-example',
    submittedOn: '2016-01-01',
    period: { start, end },
    scope,
    commitments: [],
  };
}

function networkOf(proposals: readonly unknown[]): Network {
  return parseNetwork({
    schemaVersion: 1,
    asOf: '2016-06-30',
    partners: [lyonInput, osakaInput],
    agreements: [],
    proposals,
  });
}

function duplicateMessage(report: EligibilityReport | undefined): string | undefined {
  return report?.results.find((result) => result.rule === 'duplicate-proposal')?.message;
}

describe('duplicate-proposal with many proposals of one partner (issue #16, item 5)', () => {
  it('judges 10,000 proposals in seconds (41 s and 1 GB before), listing ten ids', () => {
    const proposals = Array.from({ length: 10_000 }, (_, index) =>
      proposalInput(`eoi-${String(index).padStart(5, '0')}`, '2016-01-01', '2017-12-31', ['C5']),
    );
    const network = networkOf(proposals);
    const reports = evaluateEligibilityBatch(network.proposals ?? [], { network });
    expect(reports).toHaveLength(10_000);
    expect(duplicateMessage(reports[0])).toBe(
      'Partner "univ-lyon-example" has other proposals with an overlapping period and scope: ' +
        '"eoi-00001", "eoi-00002", "eoi-00003", "eoi-00004", "eoi-00005", "eoi-00006", ' +
        '"eoi-00007", "eoi-00008", "eoi-00009", "eoi-00010", and 9,989 more.',
    );
    expect(duplicateMessage(reports[5])).toContain('"eoi-00004", "eoi-00006"');
    expect(duplicateMessage(reports[9_999])).toMatch(/"eoi-00009", and 9,989 more\.$/);
    const subject = network.proposals?.[42];
    if (subject === undefined) throw new Error('the network lost its proposals');
    const single = evaluateEligibility(subject, { network });
    expect(duplicateMessage(single)).toMatch(
      /^Partner .*"eoi-00000", "eoi-00001", .* 9,989 more\.$/,
    );
  }, 30_000);

  it('lists up to ten ids in full, and counts from the eleventh on', () => {
    const ids = (count: number) =>
      Array.from({ length: count }, (_, index) =>
        proposalInput(`eoi-${String(index)}`, '2016-01-01', '2016-12-31', ['B4']),
      );
    const eleven = networkOf(ids(11));
    const twelve = networkOf(ids(12));
    const first = (network: Network) =>
      duplicateMessage(evaluateEligibility(network.proposals?.[0] as never, { network }));
    expect(first(eleven)).toBe(
      'Partner "univ-lyon-example" has other proposals with an overlapping period and scope: ' +
        '"eoi-1", "eoi-10", "eoi-2", "eoi-3", "eoi-4", "eoi-5", "eoi-6", "eoi-7", "eoi-8" and "eoi-9".',
    );
    expect(first(twelve)).toBe(
      'Partner "univ-lyon-example" has other proposals with an overlapping period and scope: ' +
        '"eoi-1", "eoi-10", "eoi-11", "eoi-2", "eoi-3", "eoi-4", "eoi-5", "eoi-6", "eoi-7", "eoi-8", and 1 more.',
    );
  });

  /** SPEC §7 written out: the other proposals of the partner overlapping in period and scope. */
  function naiveDuplicates(network: Network, index: number): string[] {
    const all = network.proposals ?? [];
    const subject = all[index];
    if (subject === undefined) return [];
    return all
      .filter(
        (other) =>
          other.id !== subject.id &&
          (typeof other.partner === 'string' ? other.partner : other.partner.id) ===
            (typeof subject.partner === 'string' ? subject.partner : subject.partner.id) &&
          other.period.start <= subject.period.end &&
          subject.period.start <= other.period.end &&
          other.scope.some((cell) => subject.scope.includes(cell)),
      )
      .map((other) => other.id)
      .sort();
  }

  const day = fc.integer({ min: 0, max: 5 }).map((year) => `${String(2014 + year)}-06-30`);
  const proposalSpec = fc.record({
    id: fc.integer({ min: 0, max: 30 }).map((n) => `eoi-${String(n)}`),
    partner: fc.constantFrom('univ-lyon-example', 'inst-osaka-example'),
    days: fc.tuple(day, day),
    scope: fc.uniqueArray(fc.constantFrom(...CELLS.slice(0, 5)), { minLength: 1, maxLength: 3 }),
  });

  it('finds exactly the overlapping proposals, whatever their periods and scopes (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(proposalSpec, { selector: (spec) => spec.id, maxLength: 25 }),
        (specs) => {
          const network = networkOf(
            specs.map(({ id, partner, days: [a, b], scope }) => ({
              ...proposalInput(id, a < b ? a : b, a < b ? b : `${b.slice(0, 4)}-12-31`, scope),
              partner,
            })),
          );
          const reports = evaluateEligibilityBatch(network.proposals ?? [], { network });
          reports.forEach((report, index) => {
            const expected = naiveDuplicates(network, index);
            const result = report.results.find((r) => r.rule === 'duplicate-proposal');
            expect(result?.outcome).toBe(expected.length === 0 ? 'pass' : 'warn');
            const listed = expected.slice(0, 10).map((id) => `"${id}"`);
            if (expected.length > 10) {
              expect(result?.message).toContain(
                `${listed.join(', ')}, and ${String(expected.length - 10)} more.`,
              );
            } else if (expected.length > 1) {
              expect(result?.message).toContain(
                `${listed.slice(0, -1).join(', ')} and ${listed.at(-1) ?? ''}.`,
              );
            } else if (expected.length === 1) {
              expect(result?.message).toContain(
                `another proposal with an overlapping period and scope: ${listed[0] ?? ''}.`,
              );
            }
          });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('judges a proposal outside the network against the network as it is', () => {
    const network = networkOf([
      proposalInput('eoi-a', '2016-01-01', '2016-12-31', ['B4']),
      proposalInput('eoi-b', '2016-01-01', '2016-12-31', ['C5']),
    ]);
    const outsider = networkOf([proposalInput('eoi-new', '2016-06-01', '2017-05-31', ['B4', 'D1'])])
      .proposals?.[0];
    expect(outsider).toBeDefined();
    if (outsider === undefined) return;
    expect(duplicateMessage(evaluateEligibility(outsider, { network }))).toBe(
      'Partner "univ-lyon-example" has another proposal with an overlapping period and scope: "eoi-a".',
    );
  });
});

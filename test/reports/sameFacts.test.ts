import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildNetworkReport, renderReport, type NetworkReport } from '../../src/reports/index.js';
import { parseNetwork } from '../../src/schemas/index.js';
import { generateNetwork } from '../../src/testing/index.js';
import { exampleNetwork } from '../synergy/_build.js';
import { htmlFacts, markdownFacts, type ReportFacts } from './_facts.js';

function bothFacts(report: NetworkReport): { markdown: ReportFacts; html: ReportFacts } {
  return {
    markdown: markdownFacts(renderReport(report, 'markdown')),
    html: htmlFacts(renderReport(report, 'html')),
  };
}

/** Every text a rendering says, flattened. */
function said(facts: ReportFacts): string {
  return JSON.stringify(facts);
}

describe('Markdown and HTML say the same things', () => {
  it('on the example network: the same sections, tables, rows, lists and legend', () => {
    const report = buildNetworkReport(exampleNetwork());
    const { markdown, html } = bothFacts(report);
    expect(html).toEqual(markdown);

    // The comparison is not vacuous: the parsers read the whole report.
    expect(markdown.title).toBe('UHS International Partners Network: report on 2017-06-30');
    expect(markdown.sections.map((section) => section.heading)).toEqual([
      'Summary',
      'Coverage',
      'Agreements, strategies and mobility',
      'Proposals',
      'Outlook',
      'Partners',
      'Legend',
    ]);
    expect(markdown.tables).toHaveLength(14);
    expect(markdown.tables.flatMap((table) => table.rows)).toHaveLength(
      1 + 4 + 6 + 2 + 4 + 5 + 13 + (6 + 3 + 5 + 8) + 6 + 4 + 14,
    );
    expect(markdown.terms.map(([term]) => term)).toEqual([
      'key',
      'associate',
      '–',
      'upcoming',
      'active',
      'expiring',
      'expired',
      'terminated',
      'suspended',
      'in force',
      'eligible',
      'conditional',
      'ineligible',
      'build',
      'renew',
      'strengthen',
    ]);
    // And every fact the report object names is said, in both.
    for (const facts of [markdown, html]) {
      const text = said(facts);
      for (const agreement of report.expiring) {
        expect(text).toContain(agreement.title);
        expect(text).toContain(agreement.endsOn);
        for (const partner of agreement.partners) expect(text).toContain(partner.name);
      }
      for (const line of report.eligibility) {
        expect(text).toContain(line.partnerName);
        for (const reason of line.reasons) expect(text).toContain(JSON.stringify(reason));
      }
      for (const flow of report.mobility.partners) expect(text).toContain(flow.name);
    }
  });

  it('on empty sections: both say there is nothing, in the same words', () => {
    const report = buildNetworkReport(exampleNetwork(), { on: '2030-01-01' });
    const withoutProposals: NetworkReport = { ...report, eligibility: [] };
    const { markdown, html } = bothFacts(withoutProposals);
    expect(html).toEqual(markdown);
    expect(markdown.sections.flatMap((section) => section.blocks)).toContainEqual({
      kind: 'empty',
      caption: 'Eligibility of proposals',
      text: 'The network holds no proposal.',
    });
  });

  it('on generated networks, on any day (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 25 }),
        fc.date({ min: new Date('2012-01-01'), max: new Date('2022-12-31'), noInvalidDate: true }),
        (seed, partners, day) => {
          const network = parseNetwork(generateNetwork({ seed, partners }));
          const report = buildNetworkReport(network, { on: day.toISOString().slice(0, 10) });
          const { markdown, html } = bothFacts(report);
          expect(html).toEqual(markdown);
          expect(markdown.tables.length + markdown.sections.length).toBeGreaterThan(6);
        },
      ),
      { numRuns: 25 },
    );
  });
});

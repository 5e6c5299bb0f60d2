import { describe, expect, it } from 'vitest';
import { buildNetworkReport, renderReport, type ReportFormat } from '../../src/reports/index.js';
import { exampleNetwork } from '../synergy/_build.js';

const report = buildNetworkReport(exampleNetwork());

describe('renderReport as Markdown', () => {
  const markdown = renderReport(report, 'markdown');

  it('has a title, the heat map as a table with the catalog titles, and the lists', () => {
    expect(markdown.split('\n')[0]).toBe(
      '# UHS International Partners Network: report on 2017-06-30',
    );
    expect(markdown).toContain('| D. Community services | 2 | 2 | 1 | 1 | 1 |');
    expect(markdown).toContain('| Area | 1. Staff mobility and exchange |');
    expect(markdown).toContain('- Gaps (no partner): A1, A2, A3, A4, A5, B1, C1');
    expect(markdown).toContain('- Expiring agreements: exchange-hanoi-2014, exchange-osaka-2015');
    expect(markdown).toContain(
      '| eoi-osaka-2017 | example-inst-osaka | conditional | key | renew |',
    );
    expect(markdown).toContain('| Total | 8 | 13 | -5 |');
  });

  it('escapes table separators in text', () => {
    const odd = {
      ...report,
      eligibility: [{ ...report.eligibility[0]!, partnerId: 'a|b' as never }],
    };
    expect(renderReport(odd, 'markdown')).toContain('a\\|b');
  });
});

describe('renderReport as HTML', () => {
  const html = renderReport(report, 'html');

  it('is one self-contained page: inline CSS, no external asset, no script', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).not.toMatch(/<script|<link|src=|url\(|@import/i);
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('uses real tables with captions and header cells', () => {
    expect(html).toContain(
      '<caption>Coverage: partners per area × activity (agreements in force)</caption>',
    );
    expect(html).toContain(
      '<th scope="col">5. Joint teaching programmes and research projects</th>',
    );
    expect(html).toContain('<th scope="row">A. University governance and management</th>');
    expect((html.match(/<table>/g) ?? []).length).toBe(9);
  });

  it('states every count of the heat map in text, not only in colour', () => {
    expect(html).toContain('<td class="level-0">0 (gap)</td>');
    expect(html).toContain('<td class="level-2">2 partners</td>');
    expect(html).toContain('<td class="level-1">1 partner</td>');
  });

  it('is printable and escapes text', () => {
    expect(html).toContain('@media print');
    const odd = { ...report, on: '<2017>' };
    expect(renderReport(odd, 'html')).toContain('report on &lt;2017&gt;');
  });
});

describe('renderReport', () => {
  it('rejects an unknown format', () => {
    expect(() => renderReport(report, 'pdf' as ReportFormat)).toThrow(RangeError);
  });
});

import { describe, expect, it } from 'vitest';
import { buildNetworkReport, renderReport } from '../../src/reports/index.js';
import { exampleNetwork } from '../synergy/_build.js';

/** The levels of a document's headings, in order. */
function levels(headings: readonly string[]): number[] {
  return headings.map((heading) => /^#+/.exec(heading)?.[0].length ?? 0);
}

/** Every heading is at most one level below the one before it (WCAG 1.3.1, and readable outlines). */
function expectNoSkippedLevel(found: readonly number[]): void {
  expect(found[0]).toBe(1);
  found.slice(1).forEach((level, index) => {
    expect(level, `heading ${index + 2} of ${found.join(', ')}`).toBeLessThanOrEqual(
      (found[index] ?? 0) + 1,
    );
  });
}

describe('the report’s outline', () => {
  const report = buildNetworkReport(exampleNetwork());

  it('Markdown: one title, then sections, then tables, never skipping a level', () => {
    const headings = renderReport(report, 'markdown')
      .split('\n')
      .filter((line) => line.startsWith('#'));
    expect(headings.slice(0, 3)).toEqual([
      '# UHS International Partners Network: report on 2017-06-30',
      '## Summary',
      '### Totals',
    ]);
    expectNoSkippedLevel(levels(headings));
  });

  it('HTML: one h1, then h2 sections, the summary first and the legend last', () => {
    const html = renderReport(report, 'html');
    const headings = [...html.matchAll(/<h([1-6])>([^<]*)<\/h\1>/g)].map(
      ([, level, text]) => `${'#'.repeat(Number(level))} ${text ?? ''}`,
    );
    expect(headings.slice(1)).toEqual([
      '## Summary',
      '## Coverage',
      '## Agreements, strategies and mobility',
      '## Proposals',
      '## Outlook',
      '## Partners',
      '## Legend',
      '### Tiers',
      '### Agreement statuses',
      '### Decisions and intents',
    ]);
    expectNoSkippedLevel(levels(headings));
  });
});

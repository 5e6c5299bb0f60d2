import { describe, expect, it } from 'vitest';
import { COUNTRIES, INSTITUTION_TYPES } from '../../src/catalog/index.js';
import {
  buildNetworkReport,
  renderReport,
  type NetworkReport,
  type ReportFormat,
} from '../../src/reports/index.js';
import { buildNetwork, exampleNetwork } from '../synergy/_build.js';
import { htmlFacts, markdownFacts, type ReportTable } from './_facts.js';

const report = buildNetworkReport(exampleNetwork());

function table(tables: readonly ReportTable[], caption: string): ReportTable {
  const found = tables.find((candidate) => candidate.caption.startsWith(caption));
  if (found === undefined) throw new Error(`no table captioned ${caption}`);
  return found;
}

/** The text of one column of a table. */
function column(found: ReportTable, head: string): string[] {
  const index = found.head.indexOf(head);
  expect(index, `column ${head} of ${found.caption}`).toBeGreaterThanOrEqual(0);
  return found.rows.map((row) => [row[index] ?? ''].flat().join(' '));
}

describe('renderReport as Markdown', () => {
  const markdown = renderReport(report, 'markdown');

  it('has a title, the heat map as a table with the catalog titles, and the lists', () => {
    expect(markdown.split('\n')[0]).toBe(
      '# UHS International Partners Network: report on 2017-06-30',
    );
    expect(markdown).toContain('| D. Community services | 2 | 2 | 1 | 1 | 1 |');
    expect(markdown).toContain('| Area | 1. Staff mobility and exchange |');
    expect(markdown).toContain('- Gaps (no partner): A1, A2, A3, A4, A5, B1, C1');
    expect(markdown).toContain('- Saturated cells (3 or more partners): none');
    expect(markdown).toContain('| Total | 8 | 13 | -5 |');
  });

  it('aligns text columns left and numbers right', () => {
    expect(markdown).toContain(
      '| Area | 1. Staff mobility and exchange | 2. Student mobility and exchange |',
    );
    expect(markdown).toContain('| :--- | ---: | ---: | ---: | ---: | ---: |');
    const lines = markdown.split('\n');
    const alignmentOf = (head: string): string | undefined => lines[lines.indexOf(head) + 1];
    expect(alignmentOf('| Partners | Agreements | Proposals |')).toBe('| ---: | ---: | ---: |');
    expect(alignmentOf('| Partner | Incoming | Outgoing | Balance |')).toBe(
      '| :--- | ---: | ---: | ---: |',
    );
    expect(alignmentOf('| Agreement | Partners | Ends on | Days left |')).toBe(
      '| :--- | :--- | :--- | ---: |',
    );
    expect(
      alignmentOf(
        '| Proposal | Partner | Decision | Tier | Intent | Why not eligible (rules that fail) |',
      ),
    ).toBe('| :--- | :--- | :--- | :--- | :--- | :--- |');
    expect(alignmentOf('| Country | Partners |')).toBe('| :--- | ---: |');
    // Every table has an alignment row, and no row of dashes without a colon.
    expect(markdown).not.toMatch(/\| --- \|/);
  });

  it('names partners, not ids, in the mobility and eligibility tables', () => {
    const { tables } = markdownFacts(markdown);
    expect(column(table(tables, 'Mobility balance'), 'Partner')).toEqual([
      'Example Institute of Public Health of Osaka (fictional)',
      'Example University of Bangkok (fictional)',
      'Example University of Lyon (fictional)',
      'Example University of Singapore (fictional)',
      'Total',
    ]);
    const partners = column(table(tables, 'Eligibility of proposals'), 'Partner');
    expect(partners).toContain('Example University of Medicine of Yangon (fictional)');
    expect(partners.every((name) => name.startsWith('Example '))).toBe(true);
    expect(markdown).not.toMatch(/\| example-(univ|inst|hospital|ngo|foundation|clinic)-/);
  });

  it('lists expiring agreements by title, with partners and end dates, soonest first', () => {
    const { tables } = markdownFacts(markdown);
    expect(table(tables, 'Agreements expiring within 180 days').rows).toEqual([
      [
        'Staff exchange with the Example Institute of Public Health of Osaka',
        'Example Institute of Public Health of Osaka (fictional)',
        '2017-10-31',
        '123',
      ],
      [
        'Clinical exchange with the Example Teaching Hospital of Hanoi',
        'Example Teaching Hospital of Hanoi (fictional)',
        '2017-12-15',
        '168',
      ],
    ]);
  });

  it('gives the failing rules of every conditional or ineligible decision in words', () => {
    const { tables } = markdownFacts(markdown);
    const eligibility = table(tables, 'Eligibility of proposals');
    const decisions = column(eligibility, 'Decision');
    const reasons = eligibility.rows.map((row) => row[5]);
    decisions.forEach((decision, index) => {
      const expected = report.eligibility[index]?.reasons ?? [];
      if (decision === 'eligible') expect(reasons[index]).toBe('–');
      else {
        expect(expected.length).toBeGreaterThan(0);
        expect(reasons[index]).toEqual(expected.length === 1 ? expected[0] : expected);
      }
    });
    expect(markdown).toContain(
      '| eoi-geneva-2017 | Example Health Partnership NGO of Geneva (fictional) | ineligible | – | build | (1) The proposal has no cell in its scope',
    );
  });

  it('lists countries by their English name, with the code', () => {
    const { tables } = markdownFacts(markdown);
    const countries = column(table(tables, 'Partners by country'), 'Country');
    expect(countries.slice(0, 4)).toEqual([
      'Australia (AU)',
      'Belgium (BE)',
      'Canada (CA)',
      'France (FR)',
    ]);
    expect(countries).toEqual([...countries].sort((a, b) => a.localeCompare(b, 'en')));
    expect(countries.indexOf('South Korea (KR)')).toBeLessThan(
      countries.indexOf('Switzerland (CH)'),
    );
  });

  it('explains tiers, statuses and "in force" in a legend', () => {
    const { terms } = markdownFacts(markdown);
    const meaning = (term: string): string => terms.find(([name]) => name === term)?.[1] ?? '';
    for (const type of INSTITUTION_TYPES) {
      expect(meaning(type.tier)).toContain(type.title.en.toLowerCase());
    }
    for (const status of ['upcoming', 'active', 'expiring', 'expired', 'terminated', 'suspended']) {
      expect(meaning(status), status).not.toBe('');
    }
    expect(meaning('expiring')).toContain('180 days');
    expect(meaning('in force')).toMatch(/^active or expiring/);
    expect(meaning('conditional')).not.toBe('');
  });

  it('makes text literal: table separators, emphasis and HTML are escaped', () => {
    const odd: NetworkReport = {
      ...report,
      eligibility: [
        {
          ...report.eligibility[0]!,
          partnerName: 'Example a|b *bold* <i>x</i> (fictional)',
          reasons: ['first [link](x)', 'second'],
          decision: 'ineligible',
        },
      ],
    };
    const rendered = renderReport(odd, 'markdown');
    expect(rendered).toContain('Example a\\|b \\*bold\\* &lt;i&gt;x&lt;/i&gt; (fictional)');
    expect(rendered).toContain('(1) first \\[link\\](x) (2) second');
    expect(
      markdownFacts(rendered).tables.find((t) => t.caption.startsWith('Elig'))?.rows[0],
    ).toEqual([
      'eoi-lyon-2017',
      'Example a|b *bold* <i>x</i> (fictional)',
      'ineligible',
      'key',
      'strengthen',
      ['first [link](x)', 'second'],
    ]);
  });

  it('says so, rather than drawing an empty table, when nothing expires and no proposal exists', () => {
    const quiet = buildNetworkReport(
      buildNetwork({
        partners: [{ id: 'alpha', name: 'Example Alpha University (fictional)' }],
        agreements: [{ id: 'long', partners: ['alpha'], scope: ['C5'], endsOn: '2030-12-31' }],
      }),
    );
    const rendered = renderReport(quiet, 'markdown');
    expect(rendered).toContain('No agreement in force ends within 180 days of 2016-06-30.');
    expect(rendered).toContain('The network holds no proposal.');
    expect(rendered).not.toContain('| Agreement | Partners |');
  });
});

describe('partners by name, with the id only where it tells two apart', () => {
  const twins = buildNetwork({
    asOf: '2016-06-30',
    partners: [
      { id: 'heart-paris', name: 'Example Heart Institute (fictional)' },
      { id: 'heart-lyon', name: 'Example Heart Institute (fictional)' },
      { id: 'lone', name: 'Example Lone College (fictional)' },
    ],
    agreements: [
      {
        id: 'exchange-heart',
        partners: ['heart-paris', 'lone'],
        scope: ['C2'],
        endsOn: '2016-09-30',
        commitments: [
          { kind: 'mobility', area: 'C', activity: 2, direction: 'incoming', perYear: 2 },
        ],
      },
    ],
  });

  it('adds the id to a name two partners share, even when only one of them is in the report', () => {
    const rendered = buildNetworkReport(twins);
    for (const format of ['markdown', 'html'] as const) {
      const text = renderReport(rendered, format);
      expect(text).toContain('Example Heart Institute (fictional) (heart-paris)');
      expect(text).not.toContain('heart-lyon'); // it has no agreement in force
      expect(text).toContain('Example Lone College (fictional)');
      expect(text).not.toContain('(lone)');
    }
  });

  it('adds the id when the report itself names two partners the same way', () => {
    const rendered = buildNetworkReport(twins);
    const handMade: NetworkReport = {
      ...rendered,
      sharedNames: [],
      mobility: {
        total: rendered.mobility.total,
        partners: [
          {
            partnerId: 'x-one' as never,
            name: 'Example Twin (fictional)',
            incoming: 1,
            outgoing: 0,
            balance: 1,
          },
          {
            partnerId: 'x-two' as never,
            name: 'Example Twin (fictional)',
            incoming: 1,
            outgoing: 0,
            balance: 1,
          },
        ],
      },
    };
    const { tables } = markdownFacts(renderReport(handMade, 'markdown'));
    expect(column(table(tables, 'Mobility balance'), 'Partner')).toEqual([
      'Example Twin (fictional) (x-one)',
      'Example Twin (fictional) (x-two)',
      'Total',
    ]);
  });
});

describe('countries by name', () => {
  it('sorts by the English name with localeCompare, the code breaking ties', () => {
    const codes = ['US', 'AX', 'CI', 'KR', 'AT', 'RE', 'CH', 'DE'];
    const byCountry = Object.fromEntries(codes.sort().map((code) => [code, 1]));
    const rendered = renderReport({ ...report, partnersByCountry: byCountry }, 'markdown');
    const rows = column(table(markdownFacts(rendered).tables, 'Partners by country'), 'Country');
    const expected = codes
      .map((code) => `${COUNTRIES.find((country) => country.code === code)?.name.en} (${code})`)
      .sort((a, b) => a.localeCompare(b, 'en'));
    expect(rows).toEqual(expected);
    // Åland sorts among the A's, Côte d'Ivoire among the C's, Réunion among the R's.
    expect(rows[0]).toMatch(/^Åland|^Austria/);
    // An unknown code (a hand-made report) keeps its code as its name.
    const unknown = renderReport({ ...report, partnersByCountry: { ZZ: 2 } }, 'markdown');
    expect(unknown).toContain('| ZZ (ZZ) | 2 |');
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
      '<th scope="col" class="num">5. Joint teaching programmes and research projects</th>',
    );
    expect(html).toContain('<th scope="row">A. University governance and management</th>');
    // A long header may break after its slash, not in the middle of a word.
    expect(html).toContain('>3. Documents/<wbr>resources sharing and co-development</th>');
    expect((html.match(/<table[ >]/g) ?? []).length).toBe(14);
  });

  it('draws the heat map: 20 cells, each stating its count in text, not only in colour', () => {
    const heat = /<table class="heat">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? '';
    const cells = [...heat.matchAll(/<td class="level-(\d)">([^<]*)<\/td>/g)];
    expect(cells).toHaveLength(20);
    expect(html).toContain('<td class="level-0">0 (gap)</td>');
    expect(html).toContain('<td class="level-2">2 partners</td>');
    expect(html).toContain('<td class="level-1">1 partner</td>');
  });

  it('aligns text left and numbers right, with classes the stylesheet honours', () => {
    expect(html).toMatch(/th, td \{[^}]*text-align: left/);
    expect(html).toMatch(/th\.num, td\.num \{[^}]*text-align: right/);
    const eligibility = /<caption>Eligibility of proposals<\/caption>([\s\S]*?)<\/table>/.exec(
      html,
    )?.[1];
    // No cell of the eligibility table is numeric: none is right-aligned.
    expect(eligibility).toBeDefined();
    expect(eligibility).not.toContain('class="num"');
    const mobility = /<caption>Mobility balance[^<]*<\/caption>([\s\S]*?)<\/table>/.exec(html)?.[1];
    expect(mobility).toContain('<td class="num">13</td>');
    expect(mobility).toContain('<th scope="col" class="num">Incoming</th>');
    expect(mobility).toContain('<tr class="total"><th scope="row">Total</th>');
  });

  it('lists several reasons as a list', () => {
    expect(html).toContain('<ol class="reasons"><li>The proposal has no cell in its scope');
  });

  it('is printable and escapes text', () => {
    expect(html).toContain('@media print');
    const odd = { ...report, on: '<2017>' };
    expect(renderReport(odd, 'html')).toContain('report on &lt;2017&gt;');
    const named: NetworkReport = {
      ...report,
      mobility: {
        ...report.mobility,
        partners: [{ ...report.mobility.partners[0]!, name: 'Example <b>&</b> (fictional)' }],
      },
    };
    expect(renderReport(named, 'html')).toContain('Example &lt;b&gt;&amp;&lt;/b&gt; (fictional)');
    expect(
      htmlFacts(renderReport(named, 'html')).tables.find((t) => t.caption.startsWith('Mob'))
        ?.rows[0]?.[0],
    ).toBe('Example <b>&</b> (fictional)');
  });
});

describe('renderReport', () => {
  it('rejects an unknown format', () => {
    expect(() => renderReport(report, 'pdf' as ReportFormat)).toThrow(RangeError);
  });

  it('does not mutate the report', () => {
    const frozen = structuredClone(report);
    renderReport(report, 'markdown');
    renderReport(report, 'html');
    expect(report).toEqual(frozen);
  });
});

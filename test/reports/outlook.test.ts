import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AREAS } from '../../src/catalog/areas.js';
import { CELLS } from '../../src/catalog/cells.js';
import { coverageTimeline, renewalCalendar, selectProposals } from '../../src/planning/index.js';
import {
  buildNetworkReport,
  DEFAULT_OUTLOOK_PROPOSALS,
  renderReport,
} from '../../src/reports/index.js';
import type { Network } from '../../src/schemas/network.js';
import { parseNetwork } from '../../src/schemas/parse.js';
import { generateNetwork } from '../../src/testing/index.js';
import { buildNetwork, exampleNetwork } from '../synergy/_build.js';
import { htmlFacts, markdownFacts, type ReportTable } from './_facts.js';

const on = '2017-06-30';

/** A small network by hand: two partners, two agreements (every partner a university). */
function handNetwork(): Network {
  return buildNetwork({
    asOf: on,
    partners: [
      { id: 'example-univ-alpha', name: 'Example University Alpha (fictional)' },
      { id: 'example-univ-beta', name: 'Example University Beta (fictional)', country: 'JP' },
    ],
    agreements: [
      {
        id: 'mou-alpha-2015',
        partners: ['example-univ-alpha'],
        startsOn: '2015-01-01',
        endsOn: '2017-09-30',
        scope: ['A1', 'A2', 'B1'],
      },
      {
        id: 'mou-beta-2016',
        partners: ['example-univ-beta'],
        startsOn: '2016-03-01',
        endsOn: '2018-02-28',
        scope: ['A1', 'C3'],
      },
    ],
  });
}

/** A three-year plan for the network by hand. */
const handPlan = { planPeriod: { start: '2015-01-01', end: '2017-12-31' } } as const;

function table(tables: readonly ReportTable[], caption: string): ReportTable {
  const found = tables.find((candidate) => candidate.caption.startsWith(caption));
  if (found === undefined) throw new Error(`no table '${caption}'`);
  return found;
}

describe('buildNetworkReport(...).outlook', () => {
  it('timeline: per academic year of the plan, counts from coverageTimeline', () => {
    const network = exampleNetwork();
    const { outlook } = buildNetworkReport(network);
    expect(outlook.plan).toEqual({ start: '2014-01-01', end: '2018-12-31' });
    const timeline = coverageTimeline(network, { on, step: 'academic-year' });
    expect(outlook.timeline).toHaveLength(timeline.length);
    outlook.timeline.forEach((year, index) => {
      const entry = timeline[index]!;
      expect(year.period).toEqual(entry.period);
      expect(year.gaps).toBe(entry.gaps.length);
      expect(year.covered + year.gaps).toBe(CELLS.length);
      expect(year.inForce).toBe(entry.inForce.length);
      for (const area of AREAS) {
        expect(year.coveredByArea[area.code]).toBe(
          CELLS.filter((cell) => cell.startsWith(area.code) && entry.coverage[cell] > 0).length,
        );
      }
      expect(Object.values(year.coveredByArea).reduce((a, b) => a + b, 0)).toBe(year.covered);
    });
  });

  it('timeline by hand: a three-year plan with agreements starting and ending mid-year', () => {
    const { outlook } = buildNetworkReport(handNetwork(), handPlan);
    // Academic years start in October: 2014-10 … 2015-09, 2015-10 … 2016-09, 2016-10 … 2017-09,
    // 2017-10 … 2018-09, clipped to the plan 2015-01-01 … 2017-12-31.
    expect(
      outlook.timeline.map((year) => [year.covered, year.inForce, year.coveredByArea]),
    ).toEqual([
      [3, 1, { A: 2, B: 1, C: 0, D: 0 }],
      [4, 2, { A: 2, B: 1, C: 1, D: 0 }],
      [4, 2, { A: 2, B: 1, C: 1, D: 0 }],
      // Alpha ended on 2017-09-30, the day before this year began: Beta alone.
      [2, 1, { A: 1, B: 0, C: 1, D: 0 }],
    ]);
  });

  it('renewals: the twelve months after the day, with titles and partners', () => {
    const network = handNetwork();
    const { outlook } = buildNetworkReport(network);
    expect(outlook.renewals.from).toBe('2017-06-30');
    expect(outlook.renewals.to).toBe('2018-06-29');
    const calendar = renewalCalendar(network, { on, from: '2017-06-30', to: '2018-06-29' });
    expect(
      outlook.renewals.agreements.map((entry) => [entry.agreementId, entry.date, entry.event]),
    ).toEqual(calendar.map((entry) => [entry.agreementId, entry.date, entry.event]));
    const alpha = outlook.renewals.agreements.find(
      (entry) => entry.agreementId === 'mou-alpha-2015' && entry.event === 'ends',
    );
    expect(alpha).toMatchObject({
      title: 'Agreement mou-alpha-2015',
      date: '2017-09-30',
      partners: [{ partnerId: 'example-univ-alpha', name: 'Example University Alpha (fictional)' }],
      cells: ['A1', 'A2', 'B1'],
      // A1 is Beta's too: only A2 and B1 would open.
      wouldOpen: ['A2', 'B1'],
      renewedBy: [],
    });
  });

  it('renewals: from 29 February, the twelve months end on 28 February', () => {
    const report = buildNetworkReport(handNetwork(), { ...handPlan, on: '2016-02-29' });
    expect(report.outlook.renewals).toMatchObject({ from: '2016-02-29', to: '2017-02-28' });
  });

  it('selection: selectProposals with at most 5, its gains and its reasons', () => {
    const network = exampleNetwork();
    const { selection } = buildNetworkReport(network).outlook;
    expect(DEFAULT_OUTLOOK_PROPOSALS).toBe(5);
    expect(selection.maxProposals).toBe(5);
    const expected = selectProposals(network, { on, maxProposals: 5 });
    expect(selection.chosen.map((chosen) => [chosen.proposalId, chosen.gain])).toEqual(
      expected.perStep.map((step) => [step.proposalId, step.gain]),
    );
    expect(selection.gain).toBe(expected.gain);
    expect(selection.leftOut).toEqual(expected.leftOut);
    for (const chosen of selection.chosen) {
      const line = buildNetworkReport(network).eligibility.find(
        (candidate) => candidate.proposalId === chosen.proposalId,
      );
      expect(chosen.partnerId).toBe(line?.partnerId);
      expect(chosen.partnerName).toBe(line?.partnerName);
    }
  });

  it('selection: maxProposals is an option of the report', () => {
    const network = exampleNetwork();
    const one = buildNetworkReport(network, { maxProposals: 1 }).outlook.selection;
    expect(one.maxProposals).toBe(1);
    expect(one.chosen.length).toBeLessThanOrEqual(1);
    expect(() => buildNetworkReport(network, { maxProposals: -1 })).toThrow(RangeError);
  });

  it('is JSON as it is, and the same whatever the order of the input', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const network = parseNetwork(generateNetwork({ seed, partners: 8 }));
        const report = buildNetworkReport(network);
        expect(JSON.parse(JSON.stringify(report.outlook))).toEqual(report.outlook);
        const shuffled: Network = {
          ...network,
          partners: [...network.partners].reverse(),
          agreements: [...network.agreements].reverse(),
        };
        expect(buildNetworkReport(shuffled).outlook).toEqual(report.outlook);
      }),
      { numRuns: 15 },
    );
  });
});

describe('renderReport: the Outlook section', () => {
  const report = buildNetworkReport(exampleNetwork());

  it('Markdown and HTML say the same outlook, between Proposals and Partners', () => {
    const markdown = markdownFacts(renderReport(report, 'markdown'));
    const html = htmlFacts(renderReport(report, 'html'));
    const outlook = markdown.sections.find((section) => section.heading === 'Outlook');
    expect(outlook).toBeDefined();
    expect(html.sections.find((section) => section.heading === 'Outlook')).toEqual(outlook);
    expect(markdown.sections.map((section) => section.heading).slice(3, 6)).toEqual([
      'Proposals',
      'Outlook',
      'Partners',
    ]);
  });

  it('the timeline table: a row per academic year with its counts', () => {
    const tables = markdownFacts(renderReport(report, 'markdown')).tables;
    const timeline = table(tables, 'Coverage by academic year, for the academic years');
    // Whole academic years: the first starts before the plan, the last ends after it.
    expect(timeline.caption).toBe(
      'Coverage by academic year, for the academic years that include the plan (2014-01-01 to 2018-12-31): cells covered, of the 20, and of the 5 of each area, counting every agreement in force on any day of the year',
    );
    expect(timeline.head).toEqual([
      'Academic year',
      'Cells covered (of 20)',
      'Gaps',
      'Agreements in force',
      'Area A',
      'Area B',
      'Area C',
      'Area D',
    ]);
    expect(timeline.align).toEqual(['left', ...Array<string>(7).fill('right')]);
    expect(timeline.rows).toEqual(
      report.outlook.timeline.map((year) => [
        `${year.period.start} to ${year.period.end}`,
        String(year.covered),
        String(year.gaps),
        String(year.inForce),
        ...AREAS.map((area) => String(year.coveredByArea[area.code])),
      ]),
    );
  });

  it('the renewal calendar, the selection and what was left out', () => {
    const tables = markdownFacts(renderReport(report, 'markdown')).tables;
    const renewals = table(tables, 'Renewal calendar from 2017-06-30 to 2018-06-29');
    expect(renewals.head).toEqual([
      'Date',
      'Event',
      'Ends on',
      'Agreement',
      'Partners',
      'Cells',
      'Gaps if it lapsed',
      'Renewed by',
    ]);
    expect(renewals.rows.map((row) => [row[0], row[2]])).toEqual(
      report.outlook.renewals.agreements.map((entry) => [entry.date, entry.endsOn]),
    );
    // Manila's memorandum: its renewal window opens on 2017-12-02, it ends on 2018-05-31.
    expect(renewals.rows).toContainEqual(
      expect.arrayContaining(['2017-12-02', 'renewal window opens', '2018-05-31']),
    );
    const selection = table(tables, 'Proposals to accept: at most 5');
    expect(selection.head).toEqual(['Order', 'Proposal', 'Partner', 'Gain']);
    expect(selection.rows.map((row) => row[1])).toEqual(
      report.outlook.selection.chosen.map((chosen) => chosen.proposalId),
    );
    const leftOut = table(tables, 'Proposals left out');
    expect(leftOut.rows.map((row) => row[0])).toEqual(
      report.outlook.selection.leftOut.map((line) => line.proposalId),
    );
    const reasonOf = (proposalId: string): unknown =>
      leftOut.rows.find((row) => row[0] === proposalId)?.[1];
    // Hanoi's proposal renews an agreement still in force on the day of the report.
    expect(reasonOf('eoi-hanoi-2017')).toBe(
      'covers nothing new on the day: its cells are already covered then',
    );
    // Osaka's proposal is conditional, Seoul's ineligible: one reason for both.
    expect(reasonOf('eoi-osaka-2017')).toBe('not eligible on the day (conditional or ineligible)');
    expect(reasonOf('eoi-seoul-2017')).toBe('not eligible on the day (conditional or ineligible)');
    const markdown = renderReport(report, 'markdown');
    expect(markdown).toContain(
      'which gains at least (1 − 1/e) ≈ 63% of what the best choice gains.',
    );
  });

  it('HTML: one accessible SVG sparkline per area, self-contained, the table kept', () => {
    const html = renderReport(report, 'html');
    const svgs = [...html.matchAll(/<svg [^>]*>[\s\S]*?<\/svg>/g)].map((match) => match[0]);
    expect(svgs).toHaveLength(AREAS.length);
    for (const [index, svg] of svgs.entries()) {
      const area = AREAS[index]!;
      expect(svg).toContain('role="img"');
      const labelledBy = /aria-labelledby="([^"]+)"/.exec(svg)?.[1];
      expect(labelledBy).toBe(`spark-${area.code}`);
      const title = new RegExp(`<title id="${labelledBy}">([^<]+)</title>`).exec(svg)?.[1];
      expect(title).toContain(
        `Area ${area.code}, ${area.title.en}: cells covered per academic year:`,
      );
      // Every value is in the accessible name.
      for (const year of report.outlook.timeline) {
        expect(title).toContain(` ${year.coveredByArea[area.code]}`);
      }
      expect(svg).not.toMatch(/href|url\(|<script/);
      const points = /points="([^"]+)"/.exec(svg)?.[1]?.split(' ') ?? [];
      expect(points).toHaveLength(report.outlook.timeline.length);
    }
    expect(html).toContain('figure.sparklines { break-inside: avoid; }');
  });

  it('in French: the outlook in French words', () => {
    const markdown = renderReport(report, 'markdown', { locale: 'fr' });
    expect(markdown).toContain('## Perspectives');
    expect(markdown).toContain(
      "### Couverture par année universitaire, sur les années universitaires qui recouvrent le plan (du 2014-01-01 au 2018-12-31)\u00a0: cases couvertes, sur les 20 et sur les 5 de chaque domaine, en comptant toute convention en vigueur au moins un jour de l'année",
    );
    expect(markdown).toContain(
      '### Calendrier des renouvellements du 2017-06-30 au 2018-06-29, les plus proches en tête',
    );
    expect(markdown).toContain('| Ordre | Proposition | Partenaire | Gain |');
    expect(markdown).toContain(
      '| Date | Échéance | Date de fin | Convention | Partenaires | Cases | Lacunes si elle expire | Renouvelée par |',
    );
    const html = renderReport(report, 'html', { locale: 'fr' });
    expect(html).toContain('<title id="spark-A">Domaine A, ');
    expect(html).toContain('<section id="outlook">');
  });
});

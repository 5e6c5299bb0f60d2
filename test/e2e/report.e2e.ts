/**
 * The HTML report of examples/network.json, as its readers see it in Chromium: the area ×
 * activity matrix with its headers and counts, the partners by name, no console error, and
 * a screenshot that shows something.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ACTIVITIES,
  AREAS,
  coverageMatrix,
  expiringAgreements,
  mobilityBalance,
  parseNetwork,
} from '../../src/index.js';
import {
  launchBrowser,
  normaliseSpace,
  openPage,
  root,
  screenshot,
  screenshotDir,
  type PageProblems,
} from './_browser.js';
import { ensureDist } from './_build.js';

const exampleFile = join(root, 'examples', 'network.json');
/** The CLI that writes the report: this build's, or `E2E_CLI` (another build, to compare). */
const cli = process.env['E2E_CLI'] ?? join(root, 'dist', 'cli.js');
const network = parseNetwork(JSON.parse(readFileSync(exampleFile, 'utf8')));
const on = network.asOf ?? '2017-06-30';

/** A table as the reader sees it: caption, column headers, and rows of header and cells. */
interface SeenTable {
  readonly caption: string;
  readonly columns: string[];
  readonly rows: { readonly header: string; readonly cells: string[] }[];
}

/** The name of partner `id` in the example network. */
function partnerName(id: string): string {
  const partner = network.partners.find((candidate) => candidate.id === id);
  if (partner === undefined) throw new Error(`no partner ${id} in examples/network.json`);
  return partner.name;
}

/**
 * The partners the report must name: the partner of every proposal (the eligibility table
 * lists them all), every partner with a mobility flow, and every partner of an expiring
 * agreement.
 */
function partnersTheReportNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const proposal of network.proposals ?? []) {
    const { partner } = proposal;
    if (typeof partner === 'string') names.set(partner, partnerName(partner));
    else names.set(partner.id, partner.name);
  }
  for (const { partnerId } of mobilityBalance(network, { on }).partners) {
    names.set(partnerId, partnerName(partnerId));
  }
  for (const agreement of expiringAgreements(network, { on })) {
    for (const id of agreement.partnerIds) names.set(id, partnerName(id));
  }
  return names;
}

let browser: Browser | undefined;
let page: Page;
let problems: PageProblems;
const requests: string[] = [];
let reportUrl: string;

beforeAll(async () => {
  if (process.env['E2E_CLI'] === undefined) ensureDist();
  mkdirSync(screenshotDir, { recursive: true });
  const reportFile = join(screenshotDir, 'report.html');
  execFileSync(
    process.execPath,
    [cli, 'report', exampleFile, '--format', 'html', '--out', reportFile],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  reportUrl = pathToFileURL(reportFile).href;
  browser = await launchBrowser();
  const opened = await openPage(browser);
  page = opened.page;
  problems = opened;
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(reportUrl, { waitUntil: 'load' });
});

afterAll(async () => {
  await browser?.close();
});

/** Every table of the page, as its text reads. */
async function tables(): Promise<SeenTable[]> {
  const seen: SeenTable[] = [];
  for (const table of await page.locator('table').all()) {
    const caption = table.locator('caption');
    const rows: SeenTable['rows'][number][] = [];
    for (const row of await table.locator('tbody tr').all()) {
      const header = row.locator('th');
      rows.push({
        header: (await header.count()) > 0 ? normaliseSpace(await header.first().innerText()) : '',
        cells: (await row.locator('td').allInnerTexts()).map(normaliseSpace),
      });
    }
    seen.push({
      caption: (await caption.count()) > 0 ? normaliseSpace(await caption.innerText()) : '',
      columns: (await table.locator('thead th').allInnerTexts()).map(normaliseSpace),
      rows,
    });
  }
  return seen;
}

describe('the HTML report of examples/network.json in Chromium', () => {
  test('draws the 20 cells of the matrix under their area and activity headers', async () => {
    const matrices = (await tables()).filter(
      (table) =>
        table.rows.length === AREAS.length &&
        table.rows.every((row, index) => row.header.includes(AREAS[index]?.title.en ?? '?')),
    );
    expect(matrices, 'one table with a row for each area, A to D').toHaveLength(1);
    const matrix = matrices[0]!;

    // A corner header, then one column for each activity, 1 to 5, with its title.
    expect(matrix.columns).toHaveLength(ACTIVITIES.length + 1);
    ACTIVITIES.forEach((activity, index) => {
      const header = matrix.columns[index + 1] ?? '';
      expect(header).toContain(String(activity.code));
      expect(header).toContain(activity.title.en);
    });
    AREAS.forEach((area, index) => {
      expect(matrix.rows[index]?.header).toMatch(new RegExp(`^${area.code}\\b`));
    });

    // Each of the 20 cells states the number of partners the library counts for it.
    const counts = new Map(coverageMatrix(network, { on }).map((entry) => [entry.cell, entry]));
    const seen = matrix.rows.flatMap((row, rowIndex) =>
      row.cells.map((text, columnIndex) => ({
        cell: `${AREAS[rowIndex]?.code ?? '?'}${ACTIVITIES[columnIndex]?.code ?? '?'}`,
        text,
      })),
    );
    expect(seen).toHaveLength(20);
    for (const { cell, text } of seen) {
      expect(text, `cell ${cell}`).toMatch(/^\d+/);
      expect(Number(/^\d+/.exec(text)?.[0]), `cell ${cell}`).toBe(counts.get(cell as never)?.count);
    }
    expect(await page.locator('table', { hasText: AREAS[0].title.en }).first().isVisible()).toBe(
      true,
    );
  });

  test('names the partners it speaks of (by name, not by id)', async () => {
    const expected = partnersTheReportNames();
    expect(expected.size).toBeGreaterThan(0);
    const text = normaliseSpace(await page.locator('body').innerText());
    const missing = [...expected].filter(([, name]) => !text.includes(name));
    expect(missing.map(([id, name]) => `${name} (${id})`)).toEqual([]);

    // Names in the example are unique, so no table cell should show a bare partner id.
    const ids = new Set(network.partners.map((partner) => partner.id));
    const bareIds = (await tables())
      .flatMap((table) => table.rows.flatMap((row) => [row.header, ...row.cells]))
      .filter((cell) => ids.has(cell as never));
    expect(bareIds).toEqual([]);
  });

  test('logs no console error and loads nothing but itself', () => {
    expect(problems.errors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    // SPEC §9: one self-contained page, no external assets.
    expect(requests).toEqual([reportUrl]);
  });

  test('shows the Outlook: the timeline table, a sparkline per area with an accessible name', async () => {
    const outlook = page.locator('section#outlook');
    await expect(outlook.locator('h2').innerText()).resolves.toBe('Outlook');
    const timeline = (await tables()).find((table) =>
      table.caption.startsWith('Coverage by academic year, for the academic years'),
    );
    // The text table stays: a row per academic year, its counts as text.
    expect(timeline?.rows.length).toBeGreaterThan(3);
    for (const row of timeline?.rows ?? []) expect(row.cells[0]).toMatch(/^\d+$/);

    const images = outlook.getByRole('img');
    await expect(images.count()).resolves.toBe(AREAS.length);
    for (const area of AREAS) {
      const image = outlook.getByRole('img', {
        name: new RegExp(`^Area ${area.code}, ${area.title.en}: cells covered per academic year: `),
      });
      await expect(image.count()).resolves.toBe(1);
      await expect(image.isVisible()).resolves.toBe(true);
      const box = await image.boundingBox();
      expect(box?.width).toBeGreaterThan(100);
      expect(box?.height).toBeGreaterThan(30);
    }
  });

  test('draws the Outlook legibly (screenshot in .tmp/e2e/report-outlook.png)', async () => {
    await page.locator('section#outlook').scrollIntoViewIfNeeded();
    await page.evaluate(
      "document.querySelector('section#outlook').scrollIntoView({ block: 'start' })",
    );
    const shot = await screenshot(page, 'report-outlook');
    expect(shot.height).toBe(800);
    // Text, table borders and the sparklines' blue: many colours, mostly white.
    expect(shot.colours).toBeGreaterThan(30);
    expect(shot.dominantShare).toBeLessThan(0.97);
  });

  test('renders a page that shows something (screenshot in .tmp/e2e/report.png)', async () => {
    const shot = await screenshot(page, 'report', { fullPage: true });
    expect(shot.bytes).toBeGreaterThan(30_000);
    expect(shot.height).toBeGreaterThan(800);
    // Text, borders and the heat map's shades: many colours, no colour covering everything.
    expect(shot.colours).toBeGreaterThan(50);
    expect(shot.dominantShare).toBeLessThan(0.97);
  });
});

/**
 * The French HTML report of examples/network.json (`uhs-network report --lang fr`), as its
 * readers see it in Chromium: a page in French (`lang="fr"`), the area × activity matrix
 * under the catalog's French titles with its counts in words, no console error, nothing
 * loaded but itself, and a screenshot that shows something.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ACTIVITIES, AREAS, coverageMatrix, parseNetwork } from '../../src/index.js';
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

let browser: Browser | undefined;
let page: Page;
let problems: PageProblems;
const requests: string[] = [];
let reportUrl: string;

beforeAll(async () => {
  if (process.env['E2E_CLI'] === undefined) ensureDist();
  mkdirSync(screenshotDir, { recursive: true });
  const reportFile = join(screenshotDir, 'report-fr.html');
  execFileSync(
    process.execPath,
    [cli, 'report', exampleFile, '--format', 'html', '--lang', 'fr', '--out', reportFile],
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

describe('the French HTML report of examples/network.json in Chromium', () => {
  test('is a page in French', async () => {
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(normaliseSpace(await page.locator('h1').innerText())).toBe(
      `Réseau des partenaires internationaux de l'UHS : rapport au ${on}`,
    );
  });

  test('draws the 20 cells of the matrix under the French titles of areas and activities', async () => {
    const matrix = page.locator('table.heat');
    expect(await matrix.count()).toBe(1);
    const columns = (await matrix.locator('thead th').allInnerTexts()).map(normaliseSpace);
    expect(columns).toEqual([
      'Domaine prioritaire',
      ...ACTIVITIES.map((activity) => `${activity.code}. ${activity.title.fr}`),
    ]);
    const rows = await matrix.locator('tbody tr').all();
    expect(rows).toHaveLength(AREAS.length);
    const counts = new Map(coverageMatrix(network, { on }).map((entry) => [entry.cell, entry]));
    for (const [index, row] of rows.entries()) {
      const area = AREAS[index]!;
      expect(normaliseSpace(await row.locator('th').innerText())).toBe(
        `${area.code}. ${area.title.fr}`,
      );
      const cells = (await row.locator('td').allInnerTexts()).map(normaliseSpace);
      cells.forEach((text, column) => {
        const cell = `${area.code}${ACTIVITIES[column]?.code ?? '?'}`;
        const count = counts.get(cell as never)?.count ?? -1;
        const words = count === 0 ? '0 (lacune)' : `${count} partenaire${count > 1 ? 's' : ''}`;
        expect(text, `cell ${cell}`).toBe(words);
      });
    }
    expect(await matrix.isVisible()).toBe(true);
  });

  test('logs no console error and loads nothing but itself', () => {
    expect(problems.errors).toEqual([]);
    expect(problems.failedRequests).toEqual([]);
    expect(requests).toEqual([reportUrl]);
  });

  test('renders a page that shows something (screenshot in .tmp/e2e/report-fr.png)', async () => {
    const shot = await screenshot(page, 'report-fr', { fullPage: true });
    expect(shot.bytes).toBeGreaterThan(30_000);
    expect(shot.height).toBeGreaterThan(800);
    expect(shot.colours).toBeGreaterThan(50);
    expect(shot.dominantShare).toBeLessThan(0.97);
  });
});

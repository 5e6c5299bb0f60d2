/**
 * The API reference (TypeDoc, docs/api) as a reader meets it in Chromium: the index lists
 * every guide and every module, the pages it links to open without error, and the pages of
 * the most used functions show their summary within the first screen (1280 × 800).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  VIEWPORT,
  launchBrowser,
  normaliseSpace,
  openPage,
  root,
  screenshot,
  serveFolder,
  type StaticServer,
} from './_browser.js';
import { ensureDocs } from './_build.js';

/** The functions whose pages must show their summary within the first screen (issue #12). */
const FUNCTIONS = ['rankPartners', 'parseNetwork', 'evaluateEligibility'] as const;

interface TypeDocOptions {
  readonly entryPoints: readonly string[];
  readonly projectDocuments: readonly string[];
}
const typedocOptions = JSON.parse(
  readFileSync(join(root, 'typedoc.json'), 'utf8'),
) as TypeDocOptions;
const packageName = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { readonly name: string }
).name;

/** A guide's title as TypeDoc shows it: its front matter's `title`, else its first heading. */
function guideTitle(file: string): string {
  const text = readFileSync(join(root, file), 'utf8');
  const title =
    /^---\n[\s\S]*?^title:\s*(.+?)\s*$[\s\S]*?^---$/m.exec(text)?.[1] ??
    /^#\s+(.+?)\s*$/m.exec(text)?.[1];
  if (title === undefined) throw new Error(`${file} has no title`);
  return title.replace(/^(['"])(.*)\1$/, '$2');
}

/**
 * A module's name as TypeDoc shows it: its `@module` tag, else the package's name for the
 * root `src/index.ts`, else the entry point's folder relative to `src/`.
 */
function moduleName(entryPoint: string): string {
  const tagged = /@module\s+(\S+)/.exec(readFileSync(join(root, entryPoint), 'utf8'))?.[1];
  if (tagged !== undefined) return tagged;
  const folder = relative('src', dirname(entryPoint)).split('\\').join('/');
  return folder === '' ? packageName : folder;
}

/** The TypeScript files under src/. */
function sourceFiles(): string[] {
  return readdirSync(join(root, 'src'), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /(?<!\.d)\.ts$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * The summary of exported function `name`, read from its TSDoc in src/: the first sentence
 * of the comment, as text a browser shows (inline code and links reduced to their text).
 */
function summaryOf(name: string): string {
  const declared = new RegExp(`export (?:async )?(?:function\\*? |const )${name}\\b`);
  for (const file of sourceFiles()) {
    const text = readFileSync(file, 'utf8');
    if (!declared.test(text)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const declarations = source.statements.flatMap((statement): ts.Node[] => {
      if (ts.isFunctionDeclaration(statement) && statement.name?.text === name) return [statement];
      if (!ts.isVariableStatement(statement)) return [];
      return statement.declarationList.declarations.filter(
        (declaration) => ts.isIdentifier(declaration.name) && declaration.name.text === name,
      );
    });
    const comment = declarations
      .flatMap((declaration) => ts.getJSDocCommentsAndTags(declaration).filter(ts.isJSDoc))
      .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
      .find((body) => body.trim() !== '');
    if (comment === undefined) continue;
    const paragraph = comment.trim().split(/\n\s*\n/)[0] ?? '';
    const plain = normaliseSpace(
      paragraph
        .replace(
          /\{@link(?:code|plain)?\s+([^}|\s]+)(?:\s*\|\s*|\s+)?([^}]*)\}/g,
          (_, target, label) => (String(label).trim() === '' ? String(target) : String(label)),
        )
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/[`*]/g, ''),
    );
    return /^.*?[.!?](?=\s+[A-Z(`'"]|$)/.exec(plain)?.[0] ?? plain;
  }
  throw new Error(`no TSDoc for an exported function ${name} in src/`);
}

let docsDir: string;
let server: StaticServer | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  docsDir = ensureDocs();
  server = await serveFolder(docsDir);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The page of function `name` in the docs: `functions/<module>.<name>.html` or `<name>.html`. */
function functionPage(name: string): string {
  const pages = readdirSync(join(docsDir, 'functions'));
  const page =
    pages.find((file) => file === `${name}.html`) ??
    pages.find((file) => file.endsWith(`.${name}.html`));
  if (page === undefined) throw new Error(`no page for function ${name} in ${docsDir}`);
  return `functions/${page}`;
}

describe('the API reference in Chromium', () => {
  test('the index lists every guide and every module, and their pages open cleanly', async () => {
    const { page, errors, failedRequests } = await openPage(browser!);
    const index = `${server!.origin}/index.html`;
    await page.goto(index, { waitUntil: 'load' });
    // TypeDoc fills the navigation from a script after load.
    const navigation = page.locator('nav.tsd-navigation');
    await navigation.locator('#tsd-nav-container a[href]').first().waitFor({ state: 'attached' });
    /** The target of the navigation's link that reads `title` (folded groups count), if any. */
    const linkTo = async (title: string): Promise<string | undefined> => {
      const link = navigation
        .locator('a[href]')
        .filter({ has: page.getByText(title, { exact: true }) });
      if ((await link.count()) === 0) return undefined;
      const href = await link.first().getAttribute('href');
      return href === null ? undefined : new URL(href, index).href;
    };

    const guides = typedocOptions.projectDocuments.map(guideTitle);
    const modules = typedocOptions.entryPoints.map(moduleName);
    const targets = new Map<string, string | undefined>();
    for (const title of [...guides, ...modules]) targets.set(title, await linkTo(title));
    expect(guides.filter((title) => targets.get(title) === undefined)).toEqual([]);
    expect(modules.filter((name) => targets.get(name) === undefined)).toEqual([]);

    // Each listed page opens (status 200) under its title, and logs no error.
    for (const [title, href] of targets) {
      const response = await page.goto(href!, { waitUntil: 'load' });
      expect(response?.status(), href).toBe(200);
      expect(await page.title(), href).toContain(title);
      expect(await page.locator('h1').first().isVisible(), href).toBe(true);
    }
    await page.close();
    expect(errors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });

  test.each(FUNCTIONS)('the page of %s shows its summary within the first screen', async (name) => {
    const summary = summaryOf(name);
    expect(summary.length).toBeGreaterThan(10);
    const { page, errors, failedRequests } = await openPage(browser!);
    await page.goto(`${server!.origin}/${functionPage(name)}`, { waitUntil: 'load' });
    const pageHeight = Number(await page.evaluate('document.documentElement.scrollHeight'));
    // The innermost element that holds the whole sentence (white space normalised).
    const holder = page.locator('.col-content').getByText(summary).first();
    const box = (await holder.count()) > 0 ? await holder.boundingBox() : null;
    await screenshot(page, `docs-${name}`);
    await page.close();
    expect(box, `the summary "${summary}" on the page of ${name}`).not.toBeNull();
    expect(
      box!.y,
      `the summary of ${name} starts at y = ${Math.round(box!.y)} px (page ${pageHeight} px tall)`,
    ).toBeLessThan(VIEWPORT.height);
    expect(errors).toEqual([]);
    expect(failedRequests).toEqual([]);
  });
});

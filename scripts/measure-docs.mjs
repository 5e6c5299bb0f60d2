// Measures the API reference as a reader meets it (dev only; never a pass/fail).
//
//   node scripts/measure-docs.mjs [--dir docs/api] [--json] [functionName…]
//
// For each function page (default: rankPartners, parseNetwork, evaluateEligibility) it opens
// the page in Debian's Chromium (playwright-core, viewport 1280 × 800) and prints the page's
// height and the y of its summary (the first paragraph of the function's comment) and of its
// first example, then the size of the docs folder and how many function pages weigh over
// 100 kB. `npm run docs` builds docs/api first. CHROMIUM_PATH overrides /usr/bin/chromium.
import { createServer } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

/* global document, scrollY -- the page's globals, in code that runs in Chromium */

const VIEWPORT = { width: 1280, height: 800 };
const HEAVY_PAGE_BYTES = 100_000;
const DEFAULT_FUNCTIONS = ['rankPartners', 'parseNetwork', 'evaluateEligibility'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

const { values, positionals } = parseArgs({
  options: { dir: { type: 'string', default: 'docs/api' }, json: { type: 'boolean' } },
  allowPositionals: true,
});
const dir = resolve(values.dir);
const names = positionals.length > 0 ? positionals : DEFAULT_FUNCTIONS;
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`measure-docs: no ${join(dir, 'index.html')}; run \`npm run docs\` first`);
  process.exit(2);
}

/** Every file under `folder`, with its size. */
function files(folder) {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, bytes: statSync(path).size };
    });
}

/** The page of function `name`: `functions/<module>.<name>.html` or `functions/<name>.html`. */
function functionPage(name) {
  const pages = readdirSync(join(dir, 'functions'));
  const page =
    pages.find((file) => file === `${name}.html`) ??
    pages.find((file) => file.endsWith(`.${name}.html`));
  return page === undefined ? undefined : `functions/${page}`;
}

/** A static server of `dir` on 127.0.0.1 (file:// would block TypeDoc's SVG icons). */
function serve() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

const all = files(dir);
const functionPages = all.filter((file) => file.path.startsWith(join(dir, 'functions') + sep));
const totals = {
  docsBytes: all.reduce((sum, file) => sum + file.bytes, 0),
  functionPages: functionPages.length,
  heavyFunctionPages: functionPages.filter((file) => file.bytes > HEAVY_PAGE_BYTES).length,
};

const server = await serve();
const { port } = server.address();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const rows = [];
try {
  const page = await browser.newPage({ viewport: VIEWPORT });
  for (const name of names) {
    const path = functionPage(name);
    if (path === undefined) {
      rows.push({ name, page: null });
      continue;
    }
    await page.goto(`http://127.0.0.1:${port}/${path}`, { waitUntil: 'load' });
    const layout = await page.evaluate(() => {
      const top = (element) =>
        element === null ? null : Math.round(element.getBoundingClientRect().top + scrollY);
      const summary =
        document.querySelector('.tsd-signatures .tsd-description .tsd-comment p') ??
        document.querySelector('.col-content .tsd-comment p');
      const example =
        document.querySelector('.col-content .tsd-tag-example') ??
        document.querySelector('.col-content [id^="example"]');
      return {
        height: document.documentElement.scrollHeight,
        summaryY: top(summary),
        exampleY: top(example),
      };
    });
    rows.push({ name, page: path, bytes: statSync(join(dir, path)).size, ...layout });
  }
} finally {
  await browser.close();
  server.close();
}

if (values.json) {
  console.log(JSON.stringify({ dir, viewport: VIEWPORT, pages: rows, ...totals }, null, 2));
} else {
  const show = (value) => (value === null || value === undefined ? '–' : String(value));
  console.log(`docs: ${dir} (Chromium, viewport ${VIEWPORT.width}×${VIEWPORT.height})`);
  console.log('function              page height px  summary y  first example y  page kB');
  for (const row of rows) {
    if (row.page === null) {
      console.log(`${row.name.padEnd(22)}(no page)`);
      continue;
    }
    console.log(
      `${row.name.padEnd(22)}${show(row.height).padStart(14)}${show(row.summaryY).padStart(11)}` +
        `${show(row.exampleY).padStart(17)}${(row.bytes / 1000).toFixed(0).padStart(9)}`,
    );
  }
  console.log(
    `docs size: ${(totals.docsBytes / 1e6).toFixed(1)} MB (${totals.docsBytes} bytes); ` +
      `function pages over 100 kB: ${totals.heavyFunctionPages} of ${totals.functionPages}`,
  );
}

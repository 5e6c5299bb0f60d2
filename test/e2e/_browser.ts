/**
 * What the browser tests share: Debian's Chromium driven by playwright-core, a static server
 * on 127.0.0.1, a watch on console errors, and checks of screenshots.
 *
 * No test tool downloads a browser: `CHROMIUM_PATH` (default `/usr/bin/chromium`, from
 * `apt-get install chromium`) is the only browser these tests run.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';

/** The repository's root folder. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Where screenshots go (ignored by git: `.tmp/` is in .gitignore). */
export const screenshotDir = join(root, '.tmp', 'e2e');

/** The first screen every check of "above the fold" uses. */
export const VIEWPORT = { width: 1280, height: 800 } as const;

/** The Chromium binary the tests drive. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Starts Debian's Chromium headless; fails with the install command when it is missing. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `no Chromium at ${chromiumPath}: run \`apt-get install -y chromium\` or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
}

/** What a page reported that a reader would call an error. */
export interface PageProblems {
  /** Console messages of type `error` and uncaught exceptions, with the page's URL. */
  readonly errors: string[];
  /** Requests that failed or answered with a status of 400 or more. */
  readonly failedRequests: string[];
}

/** Opens a page at the standard viewport and records its console errors and failed loads. */
export async function openPage(browser: Browser): Promise<{ page: Page } & PageProblems> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const errors: string[] = [];
  const failedRequests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failedRequests.push(`${response.url()}: ${response.status()}`);
  });
  return { page, errors, failedRequests };
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

/** A static server of one folder on 127.0.0.1, on a free port. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly origin: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/**
 * Serves `folder` on 127.0.0.1 (TypeDoc's pages load their SVG icons by URL, which Chromium
 * blocks under file://). Paths outside the folder answer 404.
 */
export async function serveFolder(folder: string): Promise<StaticServer> {
  const base = normalize(folder);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    // Chromium asks every origin for /favicon.ico by itself; no page of the site links one.
    if (path === '/favicon.ico' && !existsSync(join(base, 'favicon.ico'))) {
      response.writeHead(204).end();
      return;
    }
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

/** The pixels of a PNG: 8 bits a channel, RGB or RGBA, as Chromium's screenshots are. */
export interface DecodedPng {
  readonly width: number;
  readonly height: number;
  /** Channels a pixel: 3 (RGB) or 4 (RGBA). */
  readonly channels: 3 | 4;
  /** The pixels, row after row, without filter bytes. */
  readonly data: Uint8Array;
}

/** The Paeth predictor of the PNG specification (filter type 4). */
function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const toLeft = Math.abs(estimate - left);
  const toUp = Math.abs(estimate - up);
  const toUpLeft = Math.abs(estimate - upLeft);
  if (toLeft <= toUp && toLeft <= toUpLeft) return left;
  return toUp <= toUpLeft ? up : upLeft;
}

/**
 * Decodes a non-interlaced 8-bit RGB or RGBA PNG (what Chromium writes), so that a test can
 * look at its pixels without an image library.
 */
export function decodePng(png: Buffer): DecodedPng {
  if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('not a PNG');
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels: 3 | 4 = 4;
  const compressed: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, colourType, , , interlace] = body.subarray(8, 13);
      if (depth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0) {
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colourType}`);
      }
      channels = colourType === 2 ? 3 : 4;
    } else if (type === 'IDAT') {
      compressed.push(body);
    } else if (type === 'IEND') {
      break;
    }
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(compressed));
  const stride = width * channels;
  const data = new Uint8Array(stride * height);
  for (let row = 0; row < height; row += 1) {
    const filter = raw[row * (stride + 1)];
    const source = row * (stride + 1) + 1;
    const target = row * stride;
    for (let column = 0; column < stride; column += 1) {
      const value = raw[source + column] ?? 0;
      const left = column >= channels ? (data[target + column - channels] ?? 0) : 0;
      const up = row > 0 ? (data[target + column - stride] ?? 0) : 0;
      const upLeft =
        row > 0 && column >= channels ? (data[target + column - stride - channels] ?? 0) : 0;
      const predicted =
        filter === 1
          ? left
          : filter === 2
            ? up
            : filter === 3
              ? Math.floor((left + up) / 2)
              : filter === 4
                ? paeth(left, up, upLeft)
                : 0;
      data[target + column] = (value + predicted) & 0xff;
    }
  }
  return { width, height, channels, data };
}

/** What a screenshot holds. */
export interface ScreenshotFacts {
  readonly path: string;
  readonly bytes: number;
  readonly width: number;
  readonly height: number;
  /** Distinct colours among its pixels. */
  readonly colours: number;
  /** The share of pixels that have the most common colour, in [0, 1]. */
  readonly dominantShare: number;
}

/**
 * Takes a screenshot of `page` into the screenshot folder and counts its colours: a blank or
 * failed render is one colour.
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { readonly fullPage?: boolean } = {},
): Promise<ScreenshotFacts> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  const png = await page.screenshot({ path, fullPage: options.fullPage ?? false });
  const { width, height, channels, data } = decodePng(png);
  const counts = new Map<number, number>();
  for (let index = 0; index < data.length; index += channels) {
    const colour =
      ((data[index] ?? 0) << 16) | ((data[index + 1] ?? 0) << 8) | (data[index + 2] ?? 0);
    counts.set(colour, (counts.get(colour) ?? 0) + 1);
  }
  return {
    path,
    bytes: png.length,
    width,
    height,
    colours: counts.size,
    dominantShare: Math.max(...counts.values()) / (width * height),
  };
}

/** Collapses runs of white space, so that text from HTML and from sources compare. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

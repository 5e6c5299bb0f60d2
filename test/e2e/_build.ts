/**
 * Builds what the browser tests open, when it is missing or older than its sources:
 * `dist/` (the CLI that writes the HTML report) with tsup, `docs/api/` with TypeDoc (as
 * `npm run docs`). In CI both are fresh from the steps before, and nothing is rebuilt.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './_browser.js';

/** The newest modification time among `paths` (files, or folders searched recursively). */
function newest(paths: readonly string[]): number {
  let latest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stats = statSync(path);
    if (stats.isFile()) {
      latest = Math.max(latest, stats.mtimeMs);
      continue;
    }
    for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) {
        latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
      }
    }
  }
  return latest;
}

/** Whether `output` is missing or older than any of `sources`. */
function stale(output: string, sources: readonly string[]): boolean {
  return !existsSync(output) || statSync(output).mtimeMs < newest(sources);
}

/** Runs an npm binary of the project, its output on stderr so the test report stays clean. */
function run(command: string, args: readonly string[]): void {
  execFileSync(join(root, 'node_modules', '.bin', command), args, {
    cwd: root,
    stdio: ['ignore', 2, 2],
  });
}

/** Builds `dist/` with tsup unless `dist/cli.js` is newer than every source. */
export function ensureDist(): void {
  if (stale(join(root, 'dist', 'cli.js'), [join(root, 'src'), join(root, 'tsup.config.ts')])) {
    process.stderr.write('e2e: building dist/ (tsup)\n');
    run('tsup', ['--silent']);
  }
}

/**
 * The TypeDoc output the docs checks open: `E2E_DOCS_DIR` when set (another build, to
 * compare; never rebuilt), else `docs/api`, built with TypeDoc unless it is newer than every
 * source, guide, README.md and typedoc.json.
 */
export function ensureDocs(): string {
  const override = process.env['E2E_DOCS_DIR'];
  if (override !== undefined) return override;
  // Not the whole of docs/: it holds docs/api, the output itself. The guides only.
  const guides = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, 'docs', name));
  const sources = [
    join(root, 'src'),
    ...guides,
    join(root, 'README.md'),
    join(root, 'typedoc.json'),
  ];
  if (stale(join(root, 'docs', 'api', 'index.html'), sources)) {
    process.stderr.write('e2e: building docs/api (TypeDoc)\n');
    run('typedoc', ['--logLevel', 'Warn']);
  }
  return join(root, 'docs', 'api');
}

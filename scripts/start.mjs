// `npm start`: the report of examples/network.json, and nothing else on stdout.
//
// The CLI runs from dist/, so the package is built first when dist/cli.js is missing or
// older than a file of src/ (a fresh clone, or sources changed since the last build). The
// build is quiet: one line on stderr, and its whole output only if it fails.
//
//   npm start                          the Markdown report
//   npm start -- --format html --out report.html
//   npm start --silent                 without npm's own "> … start" banner
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');

/** The newest modification time of the files under a folder. */
function newest(folder) {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    latest = Math.max(latest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return latest;
}

if (!existsSync(cli) || statSync(cli).mtimeMs < newest(join(root, 'src'))) {
  process.stderr.write('uhs-network: building the package (npm run build)…\n');
  // npm sets npm_execpath to its own script when it runs this file; `npm` otherwise.
  const npm = process.env.npm_execpath;
  const [command, args] = npm?.endsWith('.js')
    ? [process.execPath, [npm, 'run', 'build', '--silent']]
    : ['npm', ['run', 'build', '--silent']];
  const build = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32' && command === 'npm',
  });
  if (build.status !== 0) {
    process.stderr.write(`${build.stdout ?? ''}${build.stderr ?? ''}`);
    process.stderr.write(`uhs-network: the build failed (exit code ${String(build.status)})\n`);
    process.exit(build.status ?? 1);
  }
}

const report = spawnSync(
  process.execPath,
  [cli, 'report', 'examples/network.json', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
process.exit(report.status ?? 1);

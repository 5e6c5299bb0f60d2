// Release checks, without publishing anything:
// 1. `changeset version` in a scratch copy of the repository bumps the version and writes a
//    CHANGELOG.md that carries every pending changeset;
// 2. `npm pack --dry-run` lists only what a consumer needs.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const failures = [];

// 1. Changesets, in a scratch copy (node_modules linked, not copied).
const scratch = mkdtempSync(join(tmpdir(), 'release-'));
try {
  for (const entry of ['package.json', '.changeset']) {
    cpSync(join(root, entry), join(scratch, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'), 'dir');
  const pending = readdirSync(join(root, '.changeset')).filter(
    (file) => file.endsWith('.md') && file !== 'README.md',
  );
  const before = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  execFileSync(process.execPath, [join(root, 'node_modules/@changesets/cli/bin.js'), 'version'], {
    cwd: scratch,
    stdio: 'pipe',
  });
  const after = JSON.parse(readFileSync(join(scratch, 'package.json'), 'utf8')).version;
  const changelog = readFileSync(join(scratch, 'CHANGELOG.md'), 'utf8');
  if (pending.length > 0 && after === before)
    failures.push(`changeset version left the version at ${before}`);
  if (!changelog.startsWith('# @uhs/partners-network\n'))
    failures.push('CHANGELOG.md does not start with the package name');
  if (!changelog.includes(`## ${after}`)) failures.push(`CHANGELOG.md has no section for ${after}`);
  for (const file of pending) {
    const summary =
      readFileSync(join(root, '.changeset', file), 'utf8')
        .split(/^---$/m)[2]
        ?.trim() ?? '';
    const firstLine = summary.split('\n')[0] ?? '';
    if (!changelog.includes(firstLine.slice(0, 60)))
      failures.push(`CHANGELOG.md misses the changeset ${file}`);
  }
  console.log(
    `changeset version: ${before} → ${after}, ${pending.length} changesets in CHANGELOG.md`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// 2. What npm would publish.
const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
  }),
);
const allowed =
  /^(dist\/|schemas\/[a-z-]+(\.v1)?\.schema\.json$|docs\/[a-z0-9-]+\.md$|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/;
const unexpected = pack.files.map((file) => file.path).filter((path) => !allowed.test(path));
if (unexpected.length > 0) failures.push(`npm pack would publish: ${unexpected.join(', ')}`);
for (const needed of [
  'dist/index.js',
  'dist/index.cjs',
  'dist/index.d.ts',
  'dist/cli.js',
  'schemas/network.schema.json',
  'README.md',
  'LICENSE',
]) {
  if (!pack.files.some((file) => file.path === needed))
    failures.push(`npm pack would not publish ${needed}`);
}
// README's links to files (the guides) must resolve in the package, where npm readers are.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
for (const [, target] of readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
  if (/^[a-z]+:/i.test(target)) continue;
  const path = target.replace(/^\.\//, '');
  if (!pack.files.some((file) => file.path === path))
    failures.push(`README links to ${target}, which npm pack would not publish`);
}
console.log(`npm pack: ${pack.files.length} files, ${(pack.size / 1024).toFixed(1)} KiB packed`);

if (failures.length > 0) {
  for (const failure of failures) console.error(`release check: ${failure}`);
  process.exit(1);
}

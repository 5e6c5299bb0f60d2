// The mutation run, one module at a time: `node scripts/mutation.mjs [module…]` (no argument: all
// of them). Each module gets its own Stryker config, derived from stryker.config.json, with its own
// incremental file and HTML and JSON reports under reports/mutation/<module>/. Prints a Markdown
// table of the results and exits non-zero when a module's score is under the `break` threshold.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The files each module mutates, as in stryker.config.json's `mutate`. */
const MODULES = {
  catalog: ['src/catalog/*.ts', '!src/catalog/*.data.ts', '!src/catalog/index.ts'],
  schemas: ['src/schemas/*.ts', '!src/schemas/index.ts'],
  policy: ['src/policy/**/*.ts', '!src/policy/index.ts'],
  dates: ['src/dates/**/*.ts', '!src/dates/index.ts'],
  eligibility: ['src/eligibility/**/*.ts', '!src/eligibility/index.ts'],
  synergy: ['src/synergy/**/*.ts', '!src/synergy/index.ts'],
  reports: ['src/reports/buildNetworkReport.ts'],
};

const args = process.argv.slice(2);
const unknown = args.filter((name) => !Object.hasOwn(MODULES, name));
if (unknown.length > 0) {
  console.error(
    `Unknown module: ${unknown.join(', ')}. Modules: ${Object.keys(MODULES).join(', ')}.`,
  );
  process.exit(2);
}
const modules = args.length > 0 ? args : Object.keys(MODULES);

const base = JSON.parse(readFileSync(join(root, 'stryker.config.json'), 'utf8'));
const breakAt = base.thresholds?.break ?? null;

/** Writes the module's config and returns its path, relative to the root (Stryker's working directory). */
function writeConfig(module) {
  const dir = `reports/mutation/${module}`;
  mkdirSync(join(root, dir), { recursive: true });
  const config = { ...base };
  delete config.$schema;
  config.mutate = MODULES[module];
  config.incrementalFile = `${dir}/incremental.json`;
  config.htmlReporter = { fileName: `${dir}/mutation.html` };
  config.jsonReporter = { fileName: `${dir}/mutation.json` };
  // The progress bar rewrites one line; in a log (CI, `| tee`) the append-only reporter reads better.
  config.reporters = (base.reporters ?? []).map((reporter) =>
    reporter === 'progress' && !process.stdout.isTTY ? 'progress-append-only' : reporter,
  );
  if (!config.reporters.includes('json')) config.reporters.push('json');
  const file = `${dir}/stryker.config.json`;
  writeFileSync(join(root, file), `${JSON.stringify(config, null, 2)}\n`);
  return { file, report: join(root, dir, 'mutation.json') };
}

/** Counts the mutants of a Stryker JSON report (mutation-testing-report-schema) by status. */
function summarise(reportFile) {
  const counts = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) {
      if (Object.hasOwn(counts, mutant.status)) counts[mutant.status] += 1;
    }
  }
  return counts;
}

/** Stryker's mutation score: detected over valid mutants, in percent (null when there are none). */
function score(counts) {
  const detected = counts.Killed + counts.Timeout;
  const valid = detected + counts.Survived + counts.NoCoverage;
  return valid === 0 ? null : (100 * detected) / valid;
}

const results = [];
for (const module of modules) {
  const { file, report } = writeConfig(module);
  rmSync(report, { force: true });
  console.log(`\n## ${module}: npx stryker run ${file}\n`);
  const start = Date.now();
  const run = spawnSync('npx', ['stryker', 'run', file], { cwd: root, stdio: 'inherit' });
  const seconds = Math.round((Date.now() - start) / 1000);
  if (run.error || !existsSync(report)) {
    console.error(
      `${module}: Stryker did not produce ${report} (exit ${run.status ?? run.error}).`,
    );
    results.push({ module, counts: null, seconds });
    continue;
  }
  results.push({ module, counts: summarise(report), seconds });
}

const fmt = (value) => (value === null ? 'n/a' : value.toFixed(1));
/** A row of the table: the counts of one module, or of all of them. */
const row = (label, counts, seconds) => {
  const mutants = counts.Killed + counts.Timeout + counts.Survived + counts.NoCoverage;
  return `| ${label} | ${mutants} | ${counts.Killed} | ${counts.Timeout} | ${counts.Survived} | ${counts.NoCoverage} | ${fmt(score(counts))} | ${seconds} |`;
};
const lines = [
  '| Module | Mutants | Killed | Timed out | Survived | No coverage | Score (%) | Time (s) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
const total = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
let totalSeconds = 0;
let failed = false;
for (const { module, counts, seconds } of results) {
  totalSeconds += seconds;
  if (counts === null) {
    failed = true;
    lines.push(`| ${module} | error | | | | | | ${seconds} |`);
    continue;
  }
  for (const key of Object.keys(total)) total[key] += counts[key];
  const moduleScore = score(counts);
  if (breakAt !== null && moduleScore !== null && moduleScore < breakAt) failed = true;
  lines.push(row(module, counts, seconds));
}
if (results.length > 1) lines.push(row('**total**', total, totalSeconds));
console.log(`\n${lines.join('\n')}\n`);
if (failed) {
  console.error(
    breakAt === null
      ? 'A module failed to run.'
      : `A module failed to run or scored under the break threshold (${breakAt}%).`,
  );
  process.exit(1);
}

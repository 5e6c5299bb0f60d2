// Benchmark of the built package on generated networks (SPEC §11: printed figures, never a
// CI gate on time). Each network size runs in its own Node process, so that the peak RSS
// of a size is its own and one size's garbage does not slow the next.
//
//   node bench/run.mjs                      1k and 10k partners
//   node bench/run.mjs --full               1k, 10k and 100k partners
//   node bench/run.mjs --smoke              100 and 1k partners, one run each (CI: checks it runs)
//   node bench/run.mjs --write docs/performance.md   also writes the report there (between
//                                           its bench:start/bench:end markers, if any)
//
// Environment: BENCH_DIST, the directory of the built modules (default ../dist from this
// file); BENCH_SIZES, comma-separated partner counts (wins over --full and --smoke);
// BENCH_RUNS, the most timed runs per case. Node flags given to this script reach the
// processes that measure: `node --max-semi-space-size=64 bench/run.mjs` shows how much of
// the growth from 1k to 10k is V8's young generation (JSON.parse itself grows ~21× with
// the default 16 MB semi-space and ~9× with 64 MB on the machine of docs/performance.md).
//
// To add a measurement, add an entry to CASES: it runs once the build exports what it
// `requires`, and is listed as skipped until then.
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const THIS_FILE = fileURLToPath(import.meta.url);
const DEFAULT_SIZES = [1000, 10_000];
const FULL_SIZES = [1000, 10_000, 100_000];
const SMOKE_SIZES = [100, 1000];
/** The seed of every benchmark network, so that runs compare like with like. */
const SEED = 2014;
/** The entry points whose exports the cases may use; the first that exports a name wins. */
const MODULE_FILES = [
  'index.js',
  'schemas.js',
  'testing.js',
  'dates.js',
  'eligibility.js',
  'synergy.js',
  'reports.js',
];
/** What the benchmark itself needs from the build. */
const REQUIRED = ['generateNetwork', 'safeParseNetwork'];

/**
 * The measurements. Each gets `{ lib, text, value, network }`: the library's exports, the
 * JSON text, the value `JSON.parse` gives, and the parsed network (when the build exports
 * `parseNetwork`; a case that uses it says `needsNetwork`), and what its `prepare`, untimed,
 * returns. `growth` is SPEC §11's target for the time from 1k to 10k partners;
 * `baseline` marks the case the others are compared with.
 */
const CASES = [
  {
    name: 'JSON.parse',
    description: 'JSON.parse of the text',
    requires: [],
    baseline: true,
    run: ({ text }) => JSON.parse(text),
  },
  {
    name: 'safeParseNetwork',
    description: 'safeParseNetwork of the parsed value',
    requires: ['safeParseNetwork'],
    growth: 12,
    ratio: 2,
    run: ({ lib, value }) => {
      const result = lib.safeParseNetwork(value);
      if (!result.success) throw new Error('the generated network does not validate');
      return result;
    },
  },
  {
    name: 'coverageMatrix',
    description: 'coverageMatrix on asOf',
    requires: ['coverageMatrix'],
    needsNetwork: true,
    growth: 12,
    run: ({ lib, network }) => lib.coverageMatrix(network),
  },
  {
    name: 'rankPartners',
    description: 'rankPartners for two cells, a field and a language, limit 20',
    requires: ['rankPartners'],
    needsNetwork: true,
    growth: 12,
    run: ({ lib, network }) =>
      lib.rankPartners(
        network,
        { cells: ['C5', 'B4'], fields: ['0912'], languages: ['fr'] },
        { limit: 20 },
      ),
  },
  {
    name: 'evaluateEligibilityBatch',
    description: 'eligibility of every proposal',
    requires: ['evaluateEligibilityBatch'],
    needsNetwork: true,
    growth: 12,
    run: ({ lib, network }) => lib.evaluateEligibilityBatch(network.proposals ?? [], { network }),
  },
  {
    name: 'suggestCollaborations',
    description: 'suggestCollaborations, limit 100',
    requires: ['suggestCollaborations'],
    needsNetwork: true,
    growth: 20,
    run: ({ lib, network }) => lib.suggestCollaborations(network, { limit: 100 }),
  },
  {
    // Issue #16: with fewer pairs than the limit, the search down from the largest overlap
    // enumerated every subset of 20 cells at every level (135 s). The network is the same
    // at every size: the first 100 partners, each offering all 20 cells, no agreement.
    name: 'suggestCollaborations (all cells)',
    description:
      'suggestCollaborations, 100 partners offering every cell, limit 4,951 (one more than the pairs)',
    requires: ['suggestCollaborations'],
    needsNetwork: true,
    prepare: ({ lib, value }) => ({
      allCells: lib.parseNetwork({
        ...value,
        partners: value.partners
          .slice(0, 100)
          .map((partner) => ({ ...partner, offers: [...lib.CELLS] })),
        agreements: [],
        proposals: [],
      }),
    }),
    run: ({ lib, allCells }) => {
      const pairs = lib.suggestCollaborations(allCells, { limit: 4951 });
      if (pairs.length !== 4950) throw new Error(`expected 4,950 pairs, got ${pairs.length}`);
      return pairs;
    },
  },
  {
    name: 'buildNetworkReport',
    description: 'buildNetworkReport on asOf',
    requires: ['buildNetworkReport'],
    needsNetwork: true,
    growth: 12,
    run: ({ lib, network }) => lib.buildNetworkReport(network),
  },
];

function parseArguments(argv) {
  const options = { smoke: false, full: false, write: undefined, child: undefined };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--smoke') options.smoke = true;
    else if (argument === '--full') options.full = true;
    else if (argument === '--write') options.write = argv[++index];
    else if (argument === '--child') options.child = Number(argv[++index]);
    else if (argument === '--help' || argument === '-h') {
      console.log('usage: node bench/run.mjs [--smoke | --full] [--write FILE]');
      process.exit(0);
    } else {
      console.error(`bench: unknown argument ${argument}`);
      process.exit(2);
    }
  }
  if (options.write === undefined && argv.includes('--write')) {
    console.error('bench: --write needs a file');
    process.exit(2);
  }
  return options;
}

function distDirectory() {
  return process.env.BENCH_DIST === undefined
    ? fileURLToPath(new URL('../dist', import.meta.url))
    : resolve(process.env.BENCH_DIST);
}

async function loadLibrary(directory) {
  const lib = {};
  for (const file of MODULE_FILES) {
    const path = join(directory, file);
    if (!existsSync(path)) continue;
    const exports = await import(pathToFileURL(path).href);
    for (const [name, value] of Object.entries(exports)) if (!(name in lib)) lib[name] = value;
  }
  const missing = REQUIRED.filter((name) => typeof lib[name] !== 'function');
  if (missing.length > 0) {
    throw new Error(
      `${directory} does not export ${missing.join(', ')}: build the package first (npm run build), or set BENCH_DIST`,
    );
  }
  return lib;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Times `run`: warm-up runs, then timed runs (a full GC before each, when exposed). */
function measure(run, { warmup, warmupMs, minRuns, maxRuns, budgetMs }) {
  // Warm up long enough for the JIT to optimise the hot paths, small networks included.
  const warmupEnd = performance.now() + warmupMs;
  for (let index = 0; index < warmup || performance.now() < warmupEnd; index++) run();
  const times = [];
  let spent = 0;
  while (times.length < minRuns || (times.length < maxRuns && spent < budgetMs)) {
    globalThis.gc?.();
    const start = performance.now();
    run();
    const elapsed = performance.now() - start;
    times.push(elapsed);
    spent += elapsed;
  }
  return { median: median(times), min: Math.min(...times), runs: times.length };
}

/** Generates the network of a size and writes its JSON text. */
function generateText(lib, size) {
  const start = performance.now();
  const generated = lib.generateNetwork({ partners: size, seed: SEED });
  const generateMs = performance.now() - start;
  const counts = {
    partners: generated.partners.length,
    agreements: generated.agreements.length,
    proposals: generated.proposals?.length ?? 0,
  };
  return { text: JSON.stringify(generated), counts, generateMs };
}

/** Runs every case on one network size and prints the results as one JSON line. */
async function runChild(size, smoke) {
  const lib = await loadLibrary(distDirectory());
  const maxRuns = Number(process.env.BENCH_RUNS ?? 40);
  const timing = smoke
    ? { warmup: 0, warmupMs: 0, minRuns: 1, maxRuns: 1, budgetMs: 0 }
    : { warmup: 3, warmupMs: 1000, minRuns: Math.min(7, maxRuns), maxRuns, budgetMs: 4000 };

  // The generator's own copy of the network is garbage once its text is written: from then
  // on the process holds what an application holds, the text, the value JSON.parse gives,
  // and the parsed network.
  const { text, counts, generateMs } = generateText(lib, size);
  const value = JSON.parse(text);
  const start = performance.now();
  const network = typeof lib.parseNetwork === 'function' ? lib.parseNetwork(value) : undefined;
  const parseNetworkMs = performance.now() - start;

  const context = { lib, text, value, network };
  const cases = {};
  for (const benchCase of CASES) {
    const missing = benchCase.requires.filter((name) => typeof lib[name] !== 'function');
    if (benchCase.needsNetwork && network === undefined) missing.push('parseNetwork');
    if (missing.length > 0) {
      cases[benchCase.name] = { skipped: `not exported: ${missing.join(', ')}` };
      continue;
    }
    process.stderr.write(`  ${size} partners: ${benchCase.name}\n`);
    // What a case builds for itself (`prepare`) is not timed.
    const caseContext = { ...context, ...benchCase.prepare?.(context) };
    cases[benchCase.name] = measure(() => benchCase.run(caseContext), timing);
  }
  const result = {
    size,
    counts,
    textBytes: Buffer.byteLength(text),
    generateMs,
    parseNetworkMs,
    cases,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runSize(size, smoke) {
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      ...process.execArgv,
      THIS_FILE,
      '--child',
      String(size),
      ...(smoke ? ['--smoke'] : []),
    ],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, BENCH_DIST: distDirectory() },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  if (child.status !== 0) throw new Error(`the benchmark of ${size} partners failed`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1));
}

/** What the cold-import table compares: zod alone, then the library's entry points. */
function importTargets(dist) {
  const entries = [
    ['the library (`.`)', 'index.js'],
    ['`./catalog`', 'catalog.js'],
    ['`./dates`', 'dates.js'],
  ];
  return [
    { label: '`zod` alone', specifier: 'zod' },
    ...entries.map(([label, file]) => ({ label, specifier: pathToFileURL(join(dist, file)).href })),
  ];
}

/**
 * The time of a first `import()` in a fresh Node process, after Node itself has started:
 * the median and best of `runs` processes per module.
 */
function measureImports(runs) {
  const dist = distDirectory();
  return importTargets(dist).map(({ label, specifier }) => {
    const times = [];
    for (let run = 0; run < runs; run++) {
      const child = spawnSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `const start = performance.now(); await import(${JSON.stringify(specifier)}); ` +
            'console.log(performance.now() - start);',
        ],
        { cwd: dirname(dist), encoding: 'utf8' },
      );
      if (child.status !== 0) throw new Error(`cannot import ${specifier}: ${child.stderr}`);
      times.push(Number(child.stdout.trim()));
    }
    return { label, median: median(times), min: Math.min(...times), runs };
  });
}

const integer = new Intl.NumberFormat('en-US');
const sizeLabel = (size) =>
  size >= 1000 && size % 1000 === 0 ? `${integer.format(size / 1000)}k` : String(size);
const ms = (value) =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
const megabytes = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const times = (value) => `${value.toFixed(2)}×`;
const verdict = (value, target) => (value <= target ? 'met' : '**missed**');

/** `median (best)` of a measurement, or of a quotient of two. */
const pair = (median, best, format) => `${format(median)} (${format(best)})`;

/**
 * The report. `embedded` leaves out the title and nests the sections one level deeper, for
 * a guide that holds the figures between its markers.
 */
function renderMarkdown(results, { smoke, load, imports = [], embedded = false }) {
  const section = embedded ? '###' : '##';
  const sizes = results.map((result) => result.size);
  const cpu = cpus();
  const method = smoke
    ? 'Smoke run: one timed run per case, no warm-up; the figures are indicative only.'
    : 'Each figure is the median of 7–40 timed runs, with the best run in parentheses, after a ' +
      'warm-up of at least one second and with a full GC before each run; each size runs in ' +
      'its own process. Other work on the machine slows the median more than the best run.';
  const lines = [
    ...(embedded ? [] : ['# Performance', '']),
    `Measured by \`bench/run.mjs\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ` +
      `${platform()} ${arch()}, ${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length}, ` +
      `load average ${load.map((value) => value.toFixed(1)).join(' / ')} (before / after).`,
    `Networks from \`generateNetwork({ partners, seed: ${SEED} })\`. ${method}`,
    'The targets of SPEC §11 are printed here, never enforced.',
    '',
    `${section} Networks`,
    '',
    '| partners | agreements | proposals | JSON text | generateNetwork | parseNetwork (first call) | peak RSS |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (result) =>
        `| ${integer.format(result.counts.partners)} | ${integer.format(result.counts.agreements)} | ` +
        `${integer.format(result.counts.proposals)} | ${megabytes(result.textBytes)} | ${ms(result.generateMs)} ms | ` +
        `${ms(result.parseNetworkMs)} ms | ${megabytes(result.maxRssBytes)} |`,
    ),
    '',
    `${section} Timings, ms: median (best)`,
    '',
  ];
  const steps = sizes.slice(1).map((size, index) => [sizes[index], size]);
  const header = [
    'case',
    ...sizes.map(sizeLabel),
    ...steps.map(([from, to]) => `growth ${sizeLabel(from)}→${sizeLabel(to)}`),
    'target',
  ];
  const alignment = header.map((_, index) =>
    index === 0 || index === header.length - 1 ? '---' : '---:',
  );
  const row = (cells) => `| ${cells.join(' | ')} |`;
  lines.push(row(header), row(alignment));
  // SPEC §11's targets are about 1k → 10k and 10k; other steps are shown for information.
  const growthStep = steps.findIndex(([from, to]) => from === 1000 && to === 10_000);
  const ratioSize = sizes.indexOf(10_000);
  const baseline = CASES.find((benchCase) => benchCase.baseline);
  const skipped = [];
  for (const benchCase of CASES) {
    const cells = results.map((result) => result.cases[benchCase.name]);
    if (cells.some((cell) => cell === undefined || 'skipped' in cell)) {
      skipped.push(benchCase.name);
      continue;
    }
    const growths = steps.map((_, index) => [
      cells[index + 1].median / cells[index].median,
      cells[index + 1].min / cells[index].min,
    ]);
    let target = '—';
    if (benchCase.growth !== undefined) {
      target = `growth ≤ ${benchCase.growth}×`;
      if (growthStep >= 0) target += `: ${verdict(growths[growthStep][0], benchCase.growth)}`;
    }
    lines.push(
      row([
        benchCase.description,
        ...cells.map((cell) => pair(cell.median, cell.min, ms)),
        ...growths.map(([median, best]) => pair(median, best, times)),
        target,
      ]),
    );
    if (benchCase.ratio !== undefined) {
      const ratios = results.map((result) => [
        result.cases[benchCase.name].median / result.cases[baseline.name].median,
        result.cases[benchCase.name].min / result.cases[baseline.name].min,
      ]);
      let ratioTarget = `≤ ${benchCase.ratio}×`;
      if (ratioSize >= 0)
        ratioTarget += ` at 10k: ${verdict(ratios[ratioSize][0], benchCase.ratio)}`;
      lines.push(
        row([
          `${benchCase.name} ÷ ${baseline.name}`,
          ...ratios.map(([median, best]) => pair(median, best, times)),
          ...steps.map(() => ''),
          ratioTarget,
        ]),
      );
    }
  }
  if (skipped.length > 0) {
    const names = skipped.map((name) => `\`${name}\``).join(', ');
    lines.push('', `Not measured yet (the build does not export them): ${names}.`);
  }
  if (imports.length > 0) {
    const runs = imports[0]?.runs ?? 0;
    lines.push(
      '',
      `${section} Cold import, ms: median (best) of ${runs} fresh Node process${runs === 1 ? '' : 'es'}`,
      '',
      '| module | first `import()` |',
      '| --- | ---: |',
      ...imports.map((entry) => `| ${entry.label} | ${pair(entry.median, entry.min, ms)} |`),
    );
  }
  return `${lines.join('\n')}\n`;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  if (options.child !== undefined) {
    await runChild(options.child, options.smoke);
    return;
  }
  // Fail early, in this process, when the build is missing.
  await loadLibrary(distDirectory());
  const sizes = process.env.BENCH_SIZES
    ? process.env.BENCH_SIZES.split(',').map((size) => Number(size.trim()))
    : options.smoke
      ? SMOKE_SIZES
      : options.full
        ? FULL_SIZES
        : DEFAULT_SIZES;
  if (sizes.some((size) => !Number.isSafeInteger(size) || size < 0)) {
    console.error(
      `bench: BENCH_SIZES must list non-negative integers, got ${process.env.BENCH_SIZES}`,
    );
    process.exit(2);
  }
  const loadBefore = loadavg()[0];
  const results = [];
  for (const size of sizes) {
    process.stderr.write(`bench: ${size} partners\n`);
    results.push(runSize(size, options.smoke));
  }
  process.stderr.write('bench: cold imports\n');
  const imports = measureImports(options.smoke ? 1 : 15);
  const renderOptions = { smoke: options.smoke, load: [loadBefore, loadavg()[0]], imports };
  const markdown = renderMarkdown(results, renderOptions);
  process.stdout.write(markdown);
  if (options.write !== undefined) {
    await writeReport(options.write, results, renderOptions);
    process.stderr.write(`bench: written to ${options.write}\n`);
  }
}

const MARKERS = ['<!-- bench:start -->', '<!-- bench:end -->'];

/**
 * Writes the report to a file: between its `<!-- bench:start -->` and `<!-- bench:end -->`
 * markers when it has them (a guide around the figures), else the whole file. The result is
 * formatted with the repository's Prettier, when installed, so that `prettier --check` passes.
 */
async function writeReport(file, results, renderOptions) {
  const path = resolve(file);
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const start = existing.indexOf(MARKERS[0]);
  const end = existing.indexOf(MARKERS[1]);
  let text;
  if (start >= 0 && end > start) {
    const body = renderMarkdown(results, { ...renderOptions, embedded: true });
    text = `${existing.slice(0, start + MARKERS[0].length)}\n\n${body}\n${existing.slice(end)}`;
  } else {
    text = renderMarkdown(results, renderOptions);
  }
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(path)) ?? {};
    text = await prettier.format(text, { ...config, filepath: path });
  } catch {
    // Without Prettier the tables are valid Markdown, only not aligned.
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

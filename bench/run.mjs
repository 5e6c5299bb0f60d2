// Benchmark of the built package on generated networks (SPEC §11: printed figures, never a
// CI gate on time). Each network size runs in its own Node process, so that the peak RSS
// of a size is its own and one size's garbage does not slow the next.
//
//   node bench/run.mjs                      1k and 10k partners
//   node bench/run.mjs --full               1k, 10k and 100k partners
//   node bench/run.mjs --smoke              100 and 1k partners, one run each (CI: checks it runs)
//   node bench/run.mjs --write docs/performance.md   also writes the report there (between
//                                           its bench:start/bench:end markers, if any)
//   node bench/run.mjs --only ewp           only the EWP cases (--only network: only the others)
//
// The EWP cases (`./ewp`, dist/ewp.js) run on an `iias-get-response` of 1,000 IIAs (10 with
// --smoke), built from the vendored official example: `ewpIiaHash` of it, and `diffEwpIias`
// of it and a copy with one change per IIA. They are written between the
// bench-ewp:start/bench-ewp:end markers of the --write file, so `--only ewp --write` leaves
// the network figures as they are.
//
// Environment: BENCH_DIST, the directory of the built modules (default ../dist from this
// file); BENCH_SIZES, comma-separated partner counts (wins over --full and --smoke);
// BENCH_RUNS, the most timed runs per case; BENCH_IIAS, comma-separated IIA counts of the
// EWP cases. Node flags given to this script reach the processes that measure:
// `node --max-semi-space-size=64 bench/run.mjs` shows how much of the growth from 1k to 10k
// is V8's young generation (JSON.parse itself grows ~21× with the default 16 MB semi-space
// and ~9× with 64 MB on the machine of docs/performance.md).
//
// To add a measurement, add an entry to CASES (EWP_CASES for `./ewp`): it runs once the
// build exports what it `requires`, and is listed as skipped until then.
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
/** The IIAs of the response the EWP cases read. */
const EWP_SIZES = [1000];
const EWP_SMOKE_SIZES = [10];
/** The official example response the EWP cases' responses are made from (vendored, MIT). */
const EWP_EXAMPLE = fileURLToPath(
  new URL('../test/fixtures/ewp/iias-v7-get-response-example.xml', import.meta.url),
);
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
    // Issue #15: one sweep over the agreements' start and end events, not a coverage per
    // step; compare with `coverageMatrix` (one date) for the ratio.
    name: 'coverageTimeline',
    description: 'coverageTimeline over 20 quarters (2014–2018)',
    requires: ['coverageTimeline'],
    needsNetwork: true,
    growth: 12,
    run: ({ lib, network }) => {
      const steps = lib.coverageTimeline(network, {
        from: '2014-01-01',
        to: '2018-12-31',
        step: 'quarter',
      });
      if (steps.length !== 20) throw new Error(`expected 20 quarters, got ${steps.length}`);
      return steps;
    },
  },
  {
    name: 'renewalCalendar',
    description: 'renewalCalendar for the twelve months after asOf',
    requires: ['renewalCalendar'],
    needsNetwork: true,
    growth: 12,
    run: ({ lib, network }) => lib.renewalCalendar(network),
  },
  {
    // Issue #15: lazy greedy over at most 1,000 proposals (the first 1,000 by id), 50 chosen.
    name: 'selectProposals',
    description: 'selectProposals, at most 1,000 proposals, maxProposals 50',
    requires: ['selectProposals'],
    needsNetwork: true,
    prepare: ({ lib, value }) => ({
      candidates: lib.parseNetwork({
        ...value,
        proposals: [...(value.proposals ?? [])]
          .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
          .slice(0, 1000),
      }),
    }),
    run: ({ lib, candidates }) => lib.selectProposals(candidates, { maxProposals: 50 }),
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

/**
 * The EWP measurements, on the `./ewp` entry point (`dist/ewp.js`). Each gets
 * `{ ewp, xml, changed, iias }`: the entry point's exports, a response of `iias` IIAs and
 * the same response with one change per IIA (see {@link ewpResponses}). `bytes` says how
 * much XML a run reads, for its MB per second.
 */
const EWP_CASES = [
  {
    name: 'ewpIiaHash',
    description: '`ewpIiaHash(xml)`: the `iia-hash` of every IIA',
    requires: ['ewpIiaHash'],
    bytes: ({ xml }) => Buffer.byteLength(xml),
    run: ({ ewp, xml, iias }) => {
      const hashes = ewp.ewpIiaHash(xml);
      if (hashes.length !== iias) throw new Error(`expected ${iias} hashes, got ${hashes.length}`);
      return hashes;
    },
  },
  {
    name: 'diffEwpIias',
    description: '`diffEwpIias(xml, changed)`: one difference per IIA',
    requires: ['diffEwpIias'],
    bytes: ({ xml, changed }) => Buffer.byteLength(xml) + Buffer.byteLength(changed),
    run: ({ ewp, xml, changed, iias }) => {
      const differences = ewp.diffEwpIias(xml, changed);
      if (differences.length !== iias) {
        throw new Error(`expected ${iias} differences, got ${differences.length}`);
      }
      return differences;
    },
  },
  {
    // Issue #14: the import, every IIA to the version-2 model (the example's first partner
    // as the home institution, so that every IIA is imported).
    name: 'readEwpIias',
    description: '`readEwpIias(xml)`: every IIA to an agreement and a partner',
    requires: ['readEwpIias'],
    bytes: ({ xml }) => Buffer.byteLength(xml),
    run: ({ ewp, xml, iias }) => {
      const read = ewp.readEwpIias(xml, { homeHeiId: 'uw.edu.pl' });
      if (read.agreements.length !== iias) {
        throw new Error(`expected ${iias} agreements, got ${read.agreements.length}`);
      }
      return read;
    },
  },
];

/** Replaces the one occurrence of `from` in `text`; throws when there is none or several. */
function replaceOnce(text, from, to) {
  const at = text.indexOf(from);
  if (at < 0 || text.includes(from, at + 1)) {
    throw new Error(`the EWP example does not hold ${from} exactly once`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/**
 * The change made to IIA `index` of the changed copy: one field of the text to hash, a
 * different one in turn.
 */
const EWP_CHANGES = [
  [
    '<total-months-per-year>5</total-months-per-year>',
    '<total-months-per-year>6</total-months-per-year>',
  ],
  [
    '<mobilities-per-year>10</mobilities-per-year>',
    '<mobilities-per-year>11</mobilities-per-year>',
  ],
  ['<cefr-level>B2</cefr-level>', '<cefr-level>C1</cefr-level>'],
  ['<eqf-level>8</eqf-level>', '<eqf-level>6</eqf-level>'],
];

/**
 * A v7 `iias-get-response` of `iias` IIAs made from the official example (its comments
 * removed, its contacts kept), and the same response with one change per IIA. IIA `index`
 * has its own `iia-id`s and `iia-code`s, academic years moved `index % 5` years later, and
 * its own `total-days-per-year` in its first staff-teacher spec, so that no two IIAs hash
 * alike.
 */
function ewpResponses(iias) {
  const example = readFileSync(EWP_EXAMPLE, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const start = example.indexOf('<iia>');
  const end = example.lastIndexOf('</iia>') + '</iia>'.length;
  const head = example.slice(0, start).replace(/\n\s*\n/g, '\n');
  const template = example.slice(start, end).replace(/\n\s*\n/g, '\n');
  const tail = '\n</iias-get-response>\n';
  const iia = (index) => {
    let text = replaceOnce(
      template,
      '<iia-id>0f7a5682-faf7-49a7-9cc7-ec486c49a281</iia-id>',
      `<iia-id>0f7a5682-faf7-49a7-9cc7-${String(index).padStart(12, '0')}</iia-id>`,
    );
    text = replaceOnce(text, '<iia-id>1954991</iia-id>', `<iia-id>${1954991 + index}</iia-id>`);
    text = replaceOnce(
      text,
      '<iia-code>983/E+/III14&amp;15</iia-code>',
      `<iia-code>983/E+/III14&amp;15/${index + 1}</iia-code>`,
    );
    text = replaceOnce(
      text,
      '<iia-code>2014/E+/PL/4104B</iia-code>',
      `<iia-code>2014/E+/PL/${4104 + index}B</iia-code>`,
    );
    text = replaceOnce(
      text,
      '<total-days-per-year>8</total-days-per-year>',
      `<total-days-per-year>${1 + (index % 30)}</total-days-per-year>`,
    );
    const shift = index % 5;
    return text.replace(
      /(academic-year-id>)(\d{4})\/(\d{4})</g,
      (_, tag, first, second) => `${tag}${Number(first) + shift}/${Number(second) + shift}<`,
    );
  };
  const same = [];
  const changed = [];
  for (let index = 0; index < iias; index++) {
    const text = iia(index);
    same.push(text);
    changed.push(replaceOnce(text, ...EWP_CHANGES[index % EWP_CHANGES.length]));
  }
  const response = (list) => `${head}    ${list.join('\n    ')}${tail}`;
  return { xml: response(same), changed: response(changed) };
}

function parseArguments(argv) {
  const options = {
    smoke: false,
    full: false,
    write: undefined,
    only: undefined,
    child: undefined,
    ewpChild: undefined,
  };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--smoke') options.smoke = true;
    else if (argument === '--full') options.full = true;
    else if (argument === '--write') options.write = argv[++index];
    else if (argument === '--only') options.only = argv[++index];
    else if (argument === '--child') options.child = Number(argv[++index]);
    else if (argument === '--ewp-child') options.ewpChild = Number(argv[++index]);
    else if (argument === '--help' || argument === '-h') {
      console.log(
        'usage: node bench/run.mjs [--smoke | --full] [--only network | --only ewp] [--write FILE]',
      );
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
  if (options.only !== undefined && options.only !== 'network' && options.only !== 'ewp') {
    console.error(`bench: --only takes network or ewp, got ${options.only ?? 'nothing'}`);
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
  const timing = timingOf(smoke);

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

/** The timing of a case: one run with `--smoke`, else a warm-up and 7–40 runs. */
function timingOf(smoke) {
  const maxRuns = Number(process.env.BENCH_RUNS ?? 40);
  return smoke
    ? { warmup: 0, warmupMs: 0, minRuns: 1, maxRuns: 1, budgetMs: 0 }
    : { warmup: 3, warmupMs: 1000, minRuns: Math.min(7, maxRuns), maxRuns, budgetMs: 4000 };
}

/** Runs every EWP case on a response of `iias` IIAs and prints the results as one JSON line. */
async function runEwpChild(iias, smoke) {
  const path = join(distDirectory(), 'ewp.js');
  const ewp = existsSync(path) ? await import(pathToFileURL(path).href) : {};
  const start = performance.now();
  const { xml, changed } = ewpResponses(iias);
  const buildMs = performance.now() - start;
  const context = { ewp, xml, changed, iias };
  const cases = {};
  for (const benchCase of EWP_CASES) {
    const missing = benchCase.requires.filter((name) => typeof ewp[name] !== 'function');
    if (missing.length > 0) {
      cases[benchCase.name] = { skipped: `not exported: ${missing.join(', ')}` };
      continue;
    }
    process.stderr.write(`  ${iias} IIAs: ${benchCase.name}\n`);
    cases[benchCase.name] = {
      ...measure(() => benchCase.run(context), timingOf(smoke)),
      bytes: benchCase.bytes(context),
    };
  }
  // Untimed: the IIAs differ from one another, and the changed copy in every IIA.
  if (typeof ewp.ewpIiaHash === 'function') {
    const hashes = ewp.ewpIiaHash(xml).map((entry) => entry.hash);
    const theirs = ewp.ewpIiaHash(changed).map((entry) => entry.hash);
    if (new Set(hashes).size !== iias || hashes.some((hash, index) => hash === theirs[index])) {
      throw new Error('the EWP responses do not have one hash per IIA and one change per IIA');
    }
  }
  const result = {
    iias,
    xmlBytes: Buffer.byteLength(xml),
    buildMs,
    cases,
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runSize(size, smoke, childFlag = '--child') {
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      ...process.execArgv,
      THIS_FILE,
      childFlag,
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
  if (child.status !== 0) {
    throw new Error(
      `the benchmark of ${size} ${childFlag === '--child' ? 'partners' : 'IIAs'} failed`,
    );
  }
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

/** A size of XML: in kB below a megabyte. */
const xmlSize = (bytes) => (bytes < 1e6 ? `${(bytes / 1e3).toFixed(1)} kB` : megabytes(bytes));

/** MB of XML per second: `bytes` read in `milliseconds`. */
const throughput = (bytes) => (milliseconds) => (bytes / 1e3 / milliseconds).toFixed(1);

/** The report of the EWP cases. `embedded` as for {@link renderMarkdown}. */
function renderEwpMarkdown(results, { smoke, load, embedded = false }) {
  const section = embedded ? '###' : '##';
  const cpu = cpus();
  const method = smoke
    ? 'Smoke run: one timed run per case, no warm-up; the figures are indicative only.'
    : 'Each figure is the median of 7–40 timed runs, with the best run in parentheses, after a ' +
      'warm-up of at least one second and with a full GC before each run; each size runs in ' +
      'its own process.';
  const lines = [
    ...(embedded ? [] : ['# Performance of `./ewp`', '']),
    `Measured by \`bench/run.mjs\` on ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ` +
      `${platform()} ${arch()}, ${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length}, ` +
      `load average ${load.map((value) => value.toFixed(1)).join(' / ')} (before / after).`,
    `Responses made from the official example \`iias-get-response\`. ${method}`,
    '',
    `${section} EWP IIAs v7, ms and MB of XML per second: median (best)`,
    '',
    '| case | IIAs | XML read | ms | MB/s | ms per IIA | peak RSS |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const skipped = new Set();
  for (const benchCase of EWP_CASES) {
    for (const result of results) {
      const cell = result.cases[benchCase.name];
      if (cell === undefined || 'skipped' in cell) {
        skipped.add(benchCase.name);
        continue;
      }
      const perIia = (milliseconds) => ms(milliseconds / result.iias);
      lines.push(
        `| ${benchCase.description} | ${integer.format(result.iias)} | ${xmlSize(cell.bytes)} | ` +
          `${pair(cell.median, cell.min, ms)} | ${pair(cell.median, cell.min, throughput(cell.bytes))} | ` +
          `${pair(cell.median, cell.min, perIia)} | ${megabytes(result.maxRssBytes)} |`,
      );
    }
  }
  if (skipped.size > 0) {
    const names = [...skipped].map((name) => `\`${name}\``).join(', ');
    lines.push('', `Not measured (the build does not export them): ${names}.`);
  }
  return `${lines.join('\n')}\n`;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  if (options.child !== undefined) {
    await runChild(options.child, options.smoke);
    return;
  }
  if (options.ewpChild !== undefined) {
    await runEwpChild(options.ewpChild, options.smoke);
    return;
  }
  const network = options.only !== 'ewp';
  const ewp = options.only !== 'network';
  // Fail early, in this process, when the build is missing.
  if (network) await loadLibrary(distDirectory());
  else if (!existsSync(join(distDirectory(), 'ewp.js'))) {
    throw new Error(`${distDirectory()} has no ewp.js: build the package first (npm run build)`);
  }
  const iiaCounts = process.env.BENCH_IIAS
    ? process.env.BENCH_IIAS.split(',').map((count) => Number(count.trim()))
    : options.smoke
      ? EWP_SMOKE_SIZES
      : EWP_SIZES;
  if (iiaCounts.some((count) => !Number.isSafeInteger(count) || count < 1)) {
    console.error(`bench: BENCH_IIAS must list positive integers, got ${process.env.BENCH_IIAS}`);
    process.exit(2);
  }
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
  const reports = [];
  if (network) {
    const loadBefore = loadavg()[0];
    const results = [];
    for (const size of sizes) {
      process.stderr.write(`bench: ${size} partners\n`);
      results.push(runSize(size, options.smoke));
    }
    process.stderr.write('bench: cold imports\n');
    const imports = measureImports(options.smoke ? 1 : 15);
    const renderOptions = { smoke: options.smoke, load: [loadBefore, loadavg()[0]], imports };
    reports.push({
      markers: MARKERS,
      render: (more) => renderMarkdown(results, { ...renderOptions, ...more }),
    });
  }
  if (ewp) {
    const loadBefore = loadavg()[0];
    const results = [];
    for (const count of iiaCounts) {
      process.stderr.write(`bench: ${count} IIAs\n`);
      results.push(runSize(count, options.smoke, '--ewp-child'));
    }
    const renderOptions = { smoke: options.smoke, load: [loadBefore, loadavg()[0]] };
    reports.push({
      markers: EWP_MARKERS,
      render: (more) => renderEwpMarkdown(results, { ...renderOptions, ...more }),
    });
  }
  process.stdout.write(reports.map((report) => report.render({})).join('\n'));
  if (options.write !== undefined) {
    await writeReport(options.write, reports);
    process.stderr.write(`bench: written to ${options.write}\n`);
  }
}

const MARKERS = ['<!-- bench:start -->', '<!-- bench:end -->'];
const EWP_MARKERS = ['<!-- bench-ewp:start -->', '<!-- bench-ewp:end -->'];

/**
 * Writes the reports that ran to a file: each between its markers when the file has them
 * (`<!-- bench:start -->` and `<!-- bench:end -->` for the networks,
 * `<!-- bench-ewp:start -->` and `<!-- bench-ewp:end -->` for EWP: a guide around the
 * figures, whose other figures stay as they are), else the whole file, every report in
 * turn. The result is formatted with the repository's Prettier, when installed, so that
 * `prettier --check` passes.
 */
async function writeReport(file, reports) {
  const path = resolve(file);
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const embeddable = reports.every(({ markers }) => {
    const start = existing.indexOf(markers[0]);
    return start >= 0 && existing.indexOf(markers[1], start) > start;
  });
  let text;
  if (embeddable) {
    text = existing;
    for (const { markers, render } of reports) {
      const start = text.indexOf(markers[0]);
      const end = text.indexOf(markers[1], start);
      const body = render({ embedded: true });
      text = `${text.slice(0, start + markers[0].length)}\n\n${body}\n${text.slice(end)}`;
    }
  } else if (existing.includes('<!-- bench')) {
    // A guide with the markers of other figures only: never overwrite it as a whole.
    const names = reports.map(({ markers }) => markers.join(' … ')).join(', ');
    throw new Error(`${file} lacks the markers ${names}`);
  } else {
    text = reports.map((report) => report.render({})).join('\n');
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

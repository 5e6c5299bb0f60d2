import { defineConfig } from 'tsup';

/** One entry per public subpath; `splitting` makes them share chunks (one copy of each value). */
export const entryPoints = {
  index: 'src/index.ts',
  catalog: 'src/catalog/index.ts',
  policy: 'src/policy/index.ts',
  schemas: 'src/schemas/index.ts',
  dates: 'src/dates/index.ts',
  eligibility: 'src/eligibility/index.ts',
  synergy: 'src/synergy/index.ts',
  planning: 'src/planning/index.ts',
  reports: 'src/reports/index.ts',
  'json-schema': 'src/json-schema/index.ts',
  ewp: 'src/ewp/index.ts',
  testing: 'src/testing/index.ts',
} as const;

export default defineConfig({
  // The CLI is the package's bin, not an entry point: it shares the chunks, but has no types.
  entry: { ...entryPoints, cli: 'src/cli/main.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: entryPoints },
  splitting: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  outDir: 'dist',
});

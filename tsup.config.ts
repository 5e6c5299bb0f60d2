import { defineConfig } from 'tsup';

/** One entry per public subpath; `splitting` makes them share chunks (one copy of each value). */
export const entryPoints = {
  index: 'src/index.ts',
  catalog: 'src/catalog/index.ts',
  schemas: 'src/schemas/index.ts',
} as const;

export default defineConfig({
  entry: entryPoints,
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  outDir: 'dist',
});

import { defineConfig } from 'vitest/config';

// The test set of the mutation run (`npm run test:mutation`, stryker.config.json): the unit
// tests of the mutated modules only. Left out: tests that spawn Node processes or bundle with
// esbuild (the TZ probes, the guide's examples, the CLI, the package and docs checks), whose
// child processes never see Stryker's active mutant and which only slow every run; the drift
// test of the generated tables, which are not mutated; and the type tests (`*.test-d.ts`),
// which Stryker's runner does not execute.
export default defineConfig({
  test: {
    include: [
      'test/catalog/**/*.test.ts',
      'test/schemas/**/*.test.ts',
      'test/policy/**/*.test.ts',
      'test/dates/**/*.test.ts',
      'test/eligibility/**/*.test.ts',
      'test/synergy/**/*.test.ts',
      'test/reports/**/*.test.ts',
    ],
    exclude: [
      'test/catalog/drift.test.ts',
      'test/dates/timezones.test.ts',
      'test/eligibility/guide.test.ts',
    ],
    typecheck: { enabled: false },
  },
});

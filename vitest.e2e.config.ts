import { defineConfig } from 'vitest/config';

/**
 * The browser tests (`npm run test:e2e`): Debian's Chromium through playwright-core. Kept
 * apart from vitest.config.ts so that `npm test` never needs a browser.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    // One browser at a time: the machines have two cores, shared with the rest of CI.
    fileParallelism: false,
    testTimeout: 60_000,
    // A hook may build docs/api with TypeDoc first (about 15 s alone, more on a busy machine).
    hookTimeout: 180_000,
  },
});

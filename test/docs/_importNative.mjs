// Node's own `import()`, not the test runner's: vitest.config.ts keeps this file external
// (`server.deps.external`), so Vite does not rewrite the call below. The examples are
// plain ES modules that import the built package by its name, as an application would.
// (A `vm` script with `USE_MAIN_CONTEXT_DEFAULT_LOADER` would do the same, but Node 20
// prints an ExperimentalWarning for it on every run.)

/** @param {string} url */
export const importNative = (url) => import(url);

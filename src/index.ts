/**
 * `@uhs/partners-network`: the typed model of the International Partners Network of the
 * University of Health Sciences (UHS), Phnom Penh. The root entry point re-exports every
 * entry point except `./testing` (the data generator is for tests, and is imported from
 * `@uhs/partners-network/testing` only), so that `import { AREAS } from '@uhs/partners-network'` and
 * `import { AREAS } from '@uhs/partners-network/catalog'` give the same object.
 *
 * @example
 * ```ts
 * import { CELLS, DEFAULT_ALIGNMENT } from '@uhs/partners-network';
 *
 * CELLS.filter((cell) => DEFAULT_ALIGNMENT[cell].some((strategy) => strategy === 3));
 * //=> ['C1', 'C2', 'C3', 'C4', 'C5', 'D5']
 * ```
 *
 * @packageDocumentation
 * @module @uhs/partners-network
 */
export * from './catalog/index.js';
export * from './policy/index.js';
export * from './schemas/index.js';
export * from './dates/index.js';
export * from './eligibility/index.js';
export * from './synergy/index.js';
export * from './planning/index.js';
export * from './reports/index.js';
export * from './json-schema/index.js';

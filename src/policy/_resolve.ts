// The option resolution of every function of SPEC §6–§8 is public now
// (./resolveOptions.ts). This file keeps the names that other folders import until they
// import the public ones (wave 2 of issue #13).

export {
  resolveOptions,
  resolvePolicy,
  type NetworkDefaults,
  type ResolvableOptions,
  type ResolvedOptions as Resolved,
} from './resolveOptions.js';
export type { PolicyOptions } from './types.js';

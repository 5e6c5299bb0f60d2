/**
 * A seeded generator of valid network documents, for property tests, benchmarks and
 * documentation examples. It depends on neither zod nor the clock: the same options give
 * the same network on every machine.
 *
 * @example
 * ```ts
 * import { generateNetwork } from '@uhs/partners-network/testing';
 *
 * const input = generateNetwork({ partners: 1000, seed: 42 });
 * input.partners.length; //=> 1000
 * ```
 *
 * @packageDocumentation
 * @module testing
 */
export { generateNetwork, type GenerateNetworkOptions } from './generateNetwork.js';

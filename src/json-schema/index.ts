/**
 * JSON Schemas (draft 2020-12) of the network's documents, generated from the Zod schemas,
 * for partner developers who validate their data in another language. The package ships
 * the same schemas as files, `schemas/<name>.schema.json`. A schema accepts and rejects
 * what the library does for every rule JSON Schema can express; the few rules only the
 * library checks (ids unique and references resolved in a network, the order of dates,
 * ROR check digits) are named in each schema's `description`.
 *
 * @example
 * ```ts
 * import { JSON_SCHEMA_NAMES, toJsonSchema } from '@uhs/partners-network/json-schema';
 *
 * JSON_SCHEMA_NAMES.map((name) => toJsonSchema(name).$id);
 * //=> ['urn:uhs:partners-network:network:2', 'urn:uhs:partners-network:partner:2',
 * //    'urn:uhs:partners-network:agreement:2', 'urn:uhs:partners-network:proposal:2',
 * //    'urn:uhs:partners-network:commitment:2']
 * ```
 *
 * @packageDocumentation
 * @module json-schema
 */
export { JSON_SCHEMA_NAMES, type JsonSchemaName } from './names.js';
export { toJsonSchema, type JsonSchemaDocument } from './toJsonSchema.js';

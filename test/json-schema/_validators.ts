/** The two validators the JSON Schema tests compare: ajv on the generated schemas, Zod through the library. */
import Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { JSON_SCHEMA_NAMES, toJsonSchema } from '../../src/json-schema/index.js';
import { CommitmentSchema } from '../../src/schemas/commitment.js';
import type { ValidationIssue } from '../../src/schemas/issues.js';
import {
  safeParseAgreement,
  safeParseNetwork,
  safeParsePartner,
  safeParseProposal,
} from '../../src/schemas/parse.js';
import { safeParseWith } from '../../src/schemas/_parse.js';

/** A kind of document, as `JSON_SCHEMA_NAMES` spells it. */
export type Kind = (typeof JSON_SCHEMA_NAMES)[number];

/** ajv as a partner developer would set it up: draft 2020-12, strict, with formats. */
export function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv;
}

const ajv = createAjv();
const compiled = new Map<Kind, ValidateFunction>();

/** ajv's verdict on `input`, with the paths of its errors (as arrays, like Zod's). */
export function validateWithAjv(
  kind: Kind,
  input: unknown,
): { valid: boolean; paths: (string | number)[][]; errors: string[] } {
  let validate = compiled.get(kind);
  if (validate === undefined) {
    validate = ajv.compile(toJsonSchema(kind));
    compiled.set(kind, validate);
  }
  const valid = validate(input);
  const errors = validate.errors ?? [];
  return {
    valid,
    paths: errors.map((error) =>
      error.instancePath
        .split('/')
        .slice(1)
        .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'))
        .map((key) => (/^\d+$/.test(key) ? Number(key) : key)),
    ),
    errors: errors.map((error) => `${error.instancePath || '(root)'} ${error.message ?? ''}`),
  };
}

/** The library's verdict on `input`: the `safeParse…` function of its kind. */
export function validateWithZod(
  kind: Kind,
  input: unknown,
): { valid: boolean; issues: readonly ValidationIssue[] } {
  const parse = {
    Network: safeParseNetwork,
    Partner: safeParsePartner,
    Agreement: safeParseAgreement,
    Proposal: safeParseProposal,
    // No public safeParseCommitment: the same gate, on the commitment schema.
    Commitment: (value: unknown) => safeParseWith(CommitmentSchema, value),
  }[kind];
  const result = parse(input);
  return result.success ? { valid: true, issues: [] } : { valid: false, issues: result.issues };
}

/** Whether `prefix` is the start of `path` (or all of it). */
export function isPrefix(
  prefix: readonly (string | number)[],
  path: readonly (string | number)[],
): boolean {
  return prefix.length <= path.length && prefix.every((key, index) => key === path[index]);
}

/**
 * The kinds of document that have a JSON Schema, in the casing of the Zod schemas'
 * names (`PartnerSchema` → `'Partner'`). The files in the package's `schemas/` folder and
 * the `$id`s use the lower-case form.
 *
 * @example
 * ```ts
 * JSON_SCHEMA_NAMES; //=> ['Network', 'Partner', 'Agreement', 'Proposal', 'Commitment']
 * JSON_SCHEMA_NAMES.map((name) => `schemas/${name.toLowerCase()}.schema.json`)[1];
 * //=> 'schemas/partner.schema.json'
 * ```
 */
export const JSON_SCHEMA_NAMES = /* @__PURE__ */ Object.freeze([
  'Network',
  'Partner',
  'Agreement',
  'Proposal',
  'Commitment',
] as const);

/**
 * A name {@link toJsonSchema} accepts: a kind of document, capitalised as in
 * {@link JSON_SCHEMA_NAMES} or in lower case as in the file names (`'Partner'` or
 * `'partner'`). At run time any casing works.
 *
 * @example
 * ```ts
 * const name: JsonSchemaName = 'partner';
 * // @ts-expect-error there is no schema for a contact on its own
 * const bad: JsonSchemaName = 'Contact';
 * ```
 */
export type JsonSchemaName =
  (typeof JSON_SCHEMA_NAMES)[number] | Lowercase<(typeof JSON_SCHEMA_NAMES)[number]>;

import { kindOf } from '../core/_format.js';
import { defineMessages, orList } from './_table.js';
import { receivedFr, valueIn } from './common.js';

// Part of the message catalogue (see ./_table.ts): English and French side by side.
// Codes are stable and dotted: `<domain>.<what>`. These are the errors of `toJsonSchema`
// (entry point `./json-schema`); the schemas' own `description`s are documentation, in
// English only, and are not messages.

/** @internal */
export const JSON_SCHEMA_MESSAGES = /* @__PURE__ */ defineMessages({
  'json_schema.unknown_name': {
    en: (p: { received: unknown; allowed: readonly string[] }) =>
      `Unknown JSON Schema name ${valueIn(p.received, 'en')}: expected one of ${p.allowed.join(', ')} (in any casing)`,
    // A name shown as itself (`'partners'`, `42`) is unknown; nothing, or a value shown by
    // its kind, is not a name at all: « nom attendu …, aucune valeur reçue ».
    fr: (p) =>
      kindOf(p.received) === undefined
        ? `Nom de schéma JSON inconnu ${valueIn(p.received, 'fr')}\u00a0: ${orList(p.allowed, 'fr')} attendu (quelle que soit la casse)`
        : `Nom de schéma JSON attendu (${orList(p.allowed, 'fr')}, quelle que soit la casse), ${receivedFr(p.received)}`,
  },
  'json_schema.no_property_to_describe': {
    en: (p: { property: string }) =>
      `describeProperties: no property ${valueIn(p.property, 'en')} to describe`,
    fr: (p) => `describeProperties\u00a0: aucune propriété ${valueIn(p.property, 'fr')} à décrire`,
  },
});

import { defineMessages } from './_table.js';

// Part of the message catalogue (see ./_table.ts): English and French side by side.
// Codes are stable and dotted: `<domain>.<what>`. These are the texts the conversion of a
// schema-version-1 document writes into the version-2 data it makes (`migrateNetwork`);
// data is written in English, the French is for people who read it in a French report.

/** @internal */
export const MIGRATION_MESSAGES = /* @__PURE__ */ defineMessages({
  'migration.staff_months_per_mobility': {
    en: (p: { months: number }) =>
      `Each mobility lasts ${p.months} month${p.months === 1 ? '' : 's'} (schema version 1's monthsPerYear; not converted to days).`,
    fr: (p) =>
      `Chaque mobilité dure ${String(p.months).replace('.', ',')}\u00a0mois (monthsPerYear de la version 1 du schéma\u00a0; non converti en jours).`,
  },
});

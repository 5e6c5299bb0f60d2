import { defineMessages } from './_table.js';
import { receivedFr, valueIn } from './common.js';

// Part of the message catalogue (see ./_table.ts): English and French side by side.
// Codes are stable and dotted: `<domain>.<what>`. These are the errors of the test-data
// generator (`generateNetwork`, entry point `./testing`); option names stay as written in
// code (`partners`, `asOf` …) in both languages.

/** @internal */
export const TESTING_MESSAGES = /* @__PURE__ */ defineMessages({
  'testing.invalid_count': {
    en: (p: { option: string; received: unknown }) =>
      `generateNetwork: ${p.option} must be a non-negative integer, received ${valueIn(p.received, 'en')}`,
    fr: (p) =>
      `generateNetwork\u00a0: ${p.option} doit être un entier positif ou nul, ${receivedFr(p.received)}`,
  },
  'testing.invalid_seed': {
    en: (p: { received: unknown }) =>
      `generateNetwork: seed must be a safe integer, received ${valueIn(p.received, 'en')}`,
    fr: (p) =>
      `generateNetwork\u00a0: seed doit être un entier sûr (Number.isSafeInteger), ${receivedFr(p.received)}`,
  },
  'testing.invalid_agreements_per_partner': {
    en: (p: { received: unknown }) =>
      `generateNetwork: agreementsPerPartner must be a finite number ≥ 0, received ${valueIn(p.received, 'en')}`,
    fr: (p) =>
      `generateNetwork\u00a0: agreementsPerPartner doit être un nombre fini ≥\u00a00, ${receivedFr(p.received)}`,
  },
  'testing.invalid_date': {
    en: (p: { option: string; received: unknown }) =>
      `generateNetwork: ${p.option} must be a calendar date YYYY-MM-DD, received ${valueIn(p.received, 'en')}`,
    fr: (p) =>
      `generateNetwork\u00a0: ${p.option} doit être une date valide au format AAAA-MM-JJ, ${receivedFr(p.received)}`,
  },
  'testing.plan_not_after_start': {
    en: (p: { start: string; end: string }) =>
      `generateNetwork: plan.end (${valueIn(p.end, 'en')}) must be after plan.start (${valueIn(p.start, 'en')})`,
    fr: (p) =>
      `generateNetwork\u00a0: plan.end (${valueIn(p.end, 'fr')}) doit être postérieure à plan.start (${valueIn(p.start, 'fr')})`,
  },
});

import { defineMessages } from './_table.js';

// Part of the message catalogue (see ./_table.ts): English and French side by side.
// Codes are stable and dotted: `<domain>.<what>`.

/** @internal */
export const REPORT_MESSAGES = /* @__PURE__ */ defineMessages({});

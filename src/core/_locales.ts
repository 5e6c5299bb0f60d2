import { deepFreeze } from './_freeze.js';

// The languages of the library's messages. The list lives here, below the message
// catalogue that needs it; `./catalog` exports it as `LOCALES` (src/catalog/locales.ts).

/** The languages the library writes its messages in. @internal */
export const LOCALES = /* @__PURE__ */ deepFreeze(['en', 'fr'] as const);

/** A language of the library's messages. @internal */
export type Locale = (typeof LOCALES)[number];

// Calendar arithmetic lives in the core (`src/core/_days.ts`), where every layer reads it.
export { addDaysIso, formatYear, toUtcDate, utcDate } from '../core/_days.js';

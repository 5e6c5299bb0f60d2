// The status logic lives in the core (`src/core/_lifecycle.ts`), where every layer reads
// it; these re-exports serve the files of this folder.
export { inForceOn, statusOn, type AgreementDates } from '../core/_lifecycle.js';
export { byId, compareIds } from '../core/_compare.js';

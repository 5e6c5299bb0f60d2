// The intent logic lives in the core (`src/core/_lifecycle.ts`).
export { intentOf } from '../core/_lifecycle.js';

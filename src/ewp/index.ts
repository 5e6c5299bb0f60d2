/**
 * Exchange with Erasmus Without Paper (EWP), IIAs API v7: the official `iia-hash` computed
 * in TypeScript, and the field-level differences between two copies of an IIA. This entry
 * point alone depends on an XML parser (`fast-xml-parser`); no other entry point pulls it in,
 * and the root does not re-export it.
 *
 * @example
 * ```ts
 * import { safeEwpIiaHash } from '@uhs/partners-network/ewp';
 *
 * safeEwpIiaHash('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>').success; //=> false
 * ```
 *
 * @packageDocumentation
 * @module ewp
 */
export { diffEwpIias } from './diffEwpIias.js';
export { ewpIiaHash } from './ewpIiaHash.js';
export {
  DEFAULT_EWP_AREAS,
  readEwpIias,
  type EwpAreaOf,
  type EwpImport,
  type EwpMobilitySummary,
  type ReadEwpIiasOptions,
} from './readEwpIias.js';
export { safeDiffEwpIias } from './safeDiffEwpIias.js';
export { safeEwpIiaHash } from './safeEwpIiaHash.js';
export { safeWriteEwpIia } from './safeWriteEwpIia.js';
export { writeEwpIia } from './writeEwpIia.js';
export {
  EWP_ISSUE_CODES,
  EWP_MAX_XML_LENGTH,
  EWP_WARNING_CODES,
  EWP_WRITE_ISSUE_CODES,
  type EwpDifference,
  type EwpIiaExport,
  type EwpIiaHash,
  type EwpIssue,
  type EwpIssueCode,
  type EwpResult,
  type EwpWarning,
  type EwpWarningCode,
  type EwpWriteIssue,
  type EwpWriteIssueCode,
  type EwpWriteResult,
  type WriteEwpIiaOptions,
} from './types.js';

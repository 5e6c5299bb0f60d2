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
export { safeDiffEwpIias } from './safeDiffEwpIias.js';
export { safeEwpIiaHash } from './safeEwpIiaHash.js';
export {
  EWP_ISSUE_CODES,
  EWP_MAX_XML_LENGTH,
  type EwpDifference,
  type EwpIiaHash,
  type EwpIssue,
  type EwpIssueCode,
  type EwpResult,
} from './types.js';

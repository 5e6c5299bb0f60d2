import { safeParseNetworkWith } from './_parse.js';
import type { NetworkInput } from './network.js';
import { NetworkValidationError } from './parse.js';
import type { ParseOptions } from './parseOptions.js';

/**
 * Turns a network document of schema version 1 into a document of version 2, for storage;
 * a version-2 document comes back as parsed. The document is validated first, in the terms
 * of its own version, and the result is plain JSON data that {@link parseNetwork} reads as
 * version 2. It is the parsed document (ROR ids in their URL form), without `home` when the
 * input had none. The parse functions apply the same conversion on read.
 *
 * The conversion rules (also in `docs/migration-v2.md`). Only mobility commitments change;
 * what version 1 cannot say is left out, never invented:
 * - `schemaVersion: 1` becomes `2`.
 * - `type`, which version 2 requires, takes a documented default: `'teaching'` for staff
 *   mobility (activity 1), `'studies'` for student mobility (activity 2).
 * - Students: `monthsPerYear` (the months of each mobility) becomes `totalMonthsPerYear =
 *   perYear × monthsPerYear` (the year's total, as EWP counts it), rounded to 2 decimal
 *   places and at least `0.01`.
 * - Staff: `monthsPerYear` is not turned into `totalDaysPerYear` (that would invent the
 *   length of a month); it is kept in words in `otherTerms` ("Each mobility lasts 1 month
 *   (schema version 1's monthsPerYear; not converted to days).").
 * - `language: { code, minLevel? }` becomes `languages: [{ code, minLevel? }]`.
 * - `level`, `fields`, `direction`, `perYear` and `area` stay as they are.
 * - `eqfLevels`, `academicYears`, `blended`, `totalDaysPerYear`, and the agreements' `ewp`
 *   and partners' `ounitIds`, are left out: version 1 has no such facts.
 * - Everything else (partners, resources, distance courses, joint programmes, dates) is the
 *   same in both versions.
 *
 * @param input - A network document of version 1 or 2, typically `JSON.parse` of a file.
 * @param options - `maxIssues`: the most issues to collect when the document is invalid.
 * @returns The version-2 document.
 * @throws {@link NetworkValidationError} when the document is not valid in its version; a
 * `RangeError` for a bad `maxIssues`.
 *
 * @example
 * ```ts
 * const stored = migrateNetwork({
 *   schemaVersion: 1,
 *   partners: [{ id: 'p1', name: 'Example University', type: 'university', country: 'FR', fields: [],
 *     languages: ['fr'], contacts: [{ name: 'Example Officer', email: 'ir@example.org' }] }],
 *   agreements: [{ id: 'a1', title: 'Exchange', instrument: 'exchange', partnerIds: ['p1'],
 *     startsOn: '2015-01-01', endsOn: '2017-12-31', scope: ['B2'], commitments: [
 *       { kind: 'mobility', area: 'B', activity: 2, direction: 'outgoing', perYear: 3, monthsPerYear: 5, language: { code: 'fr', minLevel: 'B1' } },
 *     ] }],
 * });
 * stored.schemaVersion; //=> 2
 * stored.agreements[0]?.commitments[0];
 * //=> { kind: 'mobility', area: 'B', activity: 2, type: 'studies', direction: 'outgoing', perYear: 3, totalMonthsPerYear: 15, languages: [{ code: 'fr', minLevel: 'B1' }] }
 * stored.home; //=> undefined
 * ```
 */
export function migrateNetwork(input: unknown, options?: ParseOptions): NetworkInput {
  const result = safeParseNetworkWith(input, options);
  if (!result.success) throw new NetworkValidationError(result.issues, 'network');
  const hadHome =
    typeof input === 'object' &&
    input !== null &&
    Object.hasOwn(input, 'home') &&
    (input as { home?: unknown }).home !== undefined;
  if (hadHome) return result.data;
  const { home: _home, ...document } = result.data;
  return document;
}

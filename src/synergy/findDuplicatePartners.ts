import { compareIds } from '../core/_compare.js';
import type { Network } from '../schemas/network.js';
import type { PartnerId } from '../schemas/primitives.js';
import type { DuplicateGroup } from './types.js';

const DROPPED_WORDS = new Set([
  'the',
  'of',
  'and',
  'for',
  'de',
  'du',
  'des',
  'la',
  'le',
  'university',
  'universite',
  'universitat',
  'universidad',
  'universidade',
  'universiteit',
  'universita',
]);

/**
 * Normalises an institution's name for comparison: accents and case removed, punctuation
 * turned into spaces, the words "the, of, and, for, de, du, des, la, le" and "university" in
 * its European spellings dropped, spaces collapsed.
 *
 * @param name - An institution's name.
 * @returns The normalised name (possibly empty).
 *
 * @example
 * ```ts
 * normaliseInstitutionName('Université de Lyon'); //=> 'lyon'
 * normaliseInstitutionName('The University of Health-Sciences'); //=> 'health sciences'
 * ```
 */
export function normaliseInstitutionName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((word) => word !== '' && !DROPPED_WORDS.has(word))
    .join(' ');
}

const REASONS = ['ror', 'name', 'acronym'] as const;

/**
 * Finds partners that are probably the same institution: the same ROR id; or, in one
 * country, the same normalised name (see {@link normaliseInstitutionName}) or the same
 * acronym compared case-insensitively. One group per shared key (groups are not merged,
 * so a partner can be in several), sorted by reason (`ror`, `name`, `acronym`) then key.
 *
 * @param network - A parsed network.
 * @returns The groups of two or more partners, each with its partners ascending.
 *
 * @example
 * ```ts
 * const network = parseNetwork({ schemaVersion: 2, agreements: [], partners: [
 *   { id: 'a', name: 'Université de Lyon', type: 'university', country: 'FR', fields: [], languages: ['fr'], contacts: [{ name: 'A', email: 'a@example.org' }] },
 *   { id: 'b', name: 'Universite Lyon', type: 'university', country: 'FR', fields: [], languages: ['fr'], contacts: [{ name: 'B', email: 'b@example.org' }] },
 * ] });
 * findDuplicatePartners(network);
 * //=> [{ partnerIds: ['a', 'b'], reason: 'name', key: 'FR:lyon' }]
 * ```
 */
export function findDuplicatePartners(network: Network): DuplicateGroup[] {
  const groups = new Map<
    string,
    { reason: DuplicateGroup['reason']; key: string; partnerIds: PartnerId[] }
  >();
  const add = (reason: DuplicateGroup['reason'], key: string, partnerId: PartnerId): void => {
    const id = `${reason}\u0000${key}`;
    const group = groups.get(id);
    if (group === undefined) groups.set(id, { reason, key, partnerIds: [partnerId] });
    else group.partnerIds.push(partnerId);
  };
  for (const partner of network.partners) {
    if (partner.identifiers?.ror !== undefined) add('ror', partner.identifiers.ror, partner.id);
    const name = normaliseInstitutionName(partner.name);
    if (name !== '') add('name', `${partner.country}:${name}`, partner.id);
    if (partner.acronym !== undefined)
      add('acronym', `${partner.country}:${partner.acronym.toLowerCase()}`, partner.id);
  }
  return [...groups.values()]
    .filter((group) => group.partnerIds.length > 1)
    .map((group) => ({
      partnerIds: group.partnerIds.sort(compareIds),
      reason: group.reason,
      key: group.key,
    }))
    .sort(
      (a, b) => REASONS.indexOf(a.reason) - REASONS.indexOf(b.reason) || compareIds(a.key, b.key),
    );
}

import { describe, expect, it } from 'vitest';
import { HOME_INSTITUTION } from '../../src/catalog/home.js';
import {
  INSTITUTION_TYPE_CODES,
  type InstitutionType,
} from '../../src/catalog/institutionTypes.js';
import { formatIssues, safeParseNetwork, type NetworkInput } from '../../src/schemas/index.js';
import {
  generatePartner,
  partnerTables,
  TYPE_VOCABULARY,
  type TypeVocabulary,
} from '../../src/testing/_partner.js';
import { Random, weightedRows } from '../../src/testing/_random.js';
import {
  DEFAULT_TYPE_WEIGHT,
  GENERIC_NAME_PATTERNS,
  NAME_PATTERNS,
  TYPE_SLUGS,
  TYPE_WEIGHTS,
} from '../../src/testing/_vocabulary.js';

// Issue #13: adding an institution type is a change in one place, the catalog. The
// generator's tables keyed by type are partial; a type without a row falls back. A new
// catalog entry cannot be made in a test (the catalog is frozen), so these tests take the
// rows away instead: with empty tables, every type of the catalog is a type without a row.

const EMPTY: TypeVocabulary = { weights: {}, slugs: {}, namePatterns: {} };

/** Partners drawn from some tables, as a network document that parseNetwork judges. */
function networkOf(vocabulary: TypeVocabulary, count: number): NetworkInput {
  const tables = partnerTables(HOME_INSTITUTION.country, vocabulary);
  const random = new Random(5, 1);
  const partners = Array.from(
    { length: count },
    (_, index) => generatePartner(random, tables, String(index + 1), 17_000).partner,
  );
  return { schemaVersion: 2, partners, agreements: [] };
}

describe('the generator without a table row for a type', () => {
  it('has a row for every type today, so the fallbacks change no network', () => {
    for (const type of INSTITUTION_TYPE_CODES) {
      expect(TYPE_WEIGHTS[type], type).toBeGreaterThan(0);
      expect(TYPE_SLUGS[type], type).toMatch(/^[a-z]+$/);
      expect(NAME_PATTERNS[type]?.length, type).toBeGreaterThan(0);
    }
  });

  it('draws every type of the catalog: table rows first, then the others with weight 1', () => {
    const all = partnerTables('KH').types;
    expect(all.map(([type]) => type)).toEqual(Object.keys(TYPE_WEIGHTS));
    expect(new Set(all.map(([type]) => type))).toEqual(new Set(INSTITUTION_TYPE_CODES));

    const withoutUniversity = { ...TYPE_VOCABULARY, weights: { ...TYPE_WEIGHTS } };
    delete (withoutUniversity.weights as Partial<Record<InstitutionType, number>>).university;
    const types = partnerTables('KH', withoutUniversity).types;
    expect(types.at(-1)).toEqual(['university', DEFAULT_TYPE_WEIGHT]);
    expect(types).toHaveLength(INSTITUTION_TYPE_CODES.length);

    expect(partnerTables('KH', EMPTY).types).toEqual(
      INSTITUTION_TYPE_CODES.map((type) => [type, DEFAULT_TYPE_WEIGHT]),
    );
  });

  it('still generates valid partners of every type, with the type as id word and generic names', () => {
    const input = networkOf(EMPTY, 600);
    const result = safeParseNetwork(input);
    expect(result.success ? '' : formatIssues(result.issues.slice(0, 10))).toBe('');
    expect(new Set(input.partners.map((partner) => partner.type))).toEqual(
      new Set(INSTITUTION_TYPE_CODES),
    );
    const patterns = GENERIC_NAME_PATTERNS.map(
      (pattern) => new RegExp(`^${pattern.replace(/\{city\}|\{topic\}/g, '.+')}$`),
    );
    for (const partner of input.partners) {
      expect(partner.id).toContain(`-${partner.type}-`);
      expect(
        patterns.some((pattern) => pattern.test(partner.name)),
        partner.name,
      ).toBe(true);
    }
  });

  it('uses the rows when they are there', () => {
    const input = networkOf(TYPE_VOCABULARY, 300);
    for (const partner of input.partners) {
      expect(partner.id).toContain(`-${TYPE_SLUGS[partner.type]}-`);
    }
  });
});

describe('weightedRows', () => {
  it('keeps the order of the table, which the draws depend on', () => {
    expect(weightedRows({ b: 2, a: 1, c: 3 })).toEqual([
      ['b', 2],
      ['a', 1],
      ['c', 3],
    ]);
  });
});

/**
 * Round trips (issue 14, "Tests"):
 *
 * - EWP → model → EWP keeps the `iia-hash` of every official v7 example: each is read with
 *   `homeHeiId` = its first partner's `hei-id` (the HEI that serves the copy), put in a
 *   valid network, written back with `writeEwpIia`; the hashes agree and `diffEwpIias` finds
 *   nothing. The walkthrough fragments cannot, for the reasons docs/ewp.md gives ("Round
 *   trips"): the test asserts exactly those differences.
 * - model → EWP → model keeps every mobility fact of each activity-1/2 commitment that
 *   `writeEwpIia` writes without a warning (property test on generated networks).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  diffEwpIias,
  ewpIiaHash,
  readEwpIias,
  safeWriteEwpIia,
  writeEwpIia,
  type EwpImport,
  type EwpMobilitySummary,
  type EwpWarning,
} from '../../src/ewp/index.js';
import type { AreaCode } from '../../src/catalog/areas.js';
import type { AgreementInput } from '../../src/schemas/agreement.js';
import type { Commitment, MobilityCommitment } from '../../src/schemas/commitment.js';
import type { Network, NetworkInput } from '../../src/schemas/network.js';
import { parseNetwork, safeParseNetwork } from '../../src/schemas/parse.js';
import type { PartnerInput } from '../../src/schemas/partner.js';
import { generateNetwork } from '../../src/testing/index.js';
import { EXAMPLE, fixture, XSLTKIT } from './_fixtures.js';

/** The official walkthrough fragments: A's copy and B's copy of one IIA, without namespace. */
const FRAGMENT_A = '01-A-get-response.part.xml';
const FRAGMENT_B = '02-B-get-response.part.xml';

const IIAS_V7 =
  'https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd';

/** The `hei-id` of the first partner: the HEI that serves the copy. */
function firstHeiId(xml: string): string {
  const heiId = /<hei-id>([^<]*)<\/hei-id>/.exec(xml)?.[1];
  if (heiId === undefined) throw new Error('no hei-id');
  return heiId;
}

/**
 * A fictional partner for an IIA partner that `readEwpIias` could not make a partner of (its
 * domain names no country): the least a valid network needs, with its SCHAC id.
 */
function stubPartner(id: string, heiId: string): PartnerInput {
  return {
    id,
    name: `Example partner ${heiId} (fictional)`,
    type: 'university',
    country: 'FR',
    identifiers: { schac: heiId },
    fields: [],
    languages: ['en'],
    contacts: [{ name: 'Example Officer', email: 'international@partner.example.org' }],
  };
}

/**
 * A valid network of what `readEwpIias` read, seen from `homeHeiId`: its home is that HEI
 * (in a country no partner is in), its partners those read plus a stub for each partner the
 * agreements name that could not be read.
 */
function networkOf(read: EwpImport, homeHeiId: string): NetworkInput {
  const partners: PartnerInput[] = [...read.partners];
  for (const agreement of read.agreements) {
    for (const id of agreement.partnerIds) {
      if (partners.some((partner) => partner.id === id)) continue;
      const heiId = agreement.ewp?.partners.find((partner) => partner.heiId !== homeHeiId)?.heiId;
      partners.push(stubPartner(id, heiId ?? 'partner.example.org'));
    }
  }
  const countries = new Set<string>(partners.map((partner) => partner.country));
  const country = (['KH', 'PL', 'BE'] as const).find((code) => !countries.has(code)) ?? 'KH';
  return {
    schemaVersion: 2,
    home: {
      name: 'Example home institution (fictional)',
      country,
      identifiers: { schac: homeHeiId },
    },
    partners,
    agreements: [...read.agreements] as AgreementInput[],
  };
}

/** EWP → model → EWP for a copy served by its first partner. */
function roundTrip(xml: string): {
  read: EwpImport;
  written: string;
  warnings: readonly EwpWarning[];
} {
  const homeHeiId = firstHeiId(xml);
  const read = readEwpIias(xml, { homeHeiId });
  expect(read.agreements).toHaveLength(1);
  const network = networkOf(read, homeHeiId);
  const parsed = safeParseNetwork(network);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues, null, 2));
  const { xml: written, warnings } = writeEwpIia(parsed.data, read.agreements[0]!.id, {
    homeHeiId,
  });
  return { read, written, warnings };
}

describe('EWP → model → EWP keeps the iia-hash of the official examples', () => {
  it.each([EXAMPLE, XSLTKIT])('%s: same iia-hash, no difference', (name) => {
    const original = fixture(name);
    const { written } = roundTrip(original);
    const [before] = ewpIiaHash(original);
    const [after] = ewpIiaHash(written);
    expect(after?.hash).toBe(before?.hash);
    expect(after?.iiaId).toBe(before?.iiaId);
    expect(after?.validForApproval).toBe(before?.validForApproval);
    expect(diffEwpIias(original, written)).toEqual([]);
  });

  it('the official example: the declared iia-hash, the first partner first, every spec kept', () => {
    const original = fixture(EXAMPLE);
    const { read, written } = roundTrip(original);
    expect(written).toContain(
      '<iia-hash>e950faa83a799cf45839e7915db88ed51575babe7845c1219dfde54ce30a61e4</iia-hash>',
    );
    expect(firstHeiId(written)).toBe('uw.edu.pl');
    expect(read.agreements[0]?.commitments).toHaveLength(5);
  });

  it('the xsltKit copy keeps v6-value, not-yet-defined and isced-clarification (valid for approval: no)', () => {
    const { read, written } = roundTrip(fixture(XSLTKIT));
    const studies = read.agreements[0]?.commitments[0] as MobilityCommitment;
    expect(studies.ewp).toEqual({
      sendingOunitId: '140',
      perYearNotYetDefined: true,
      fieldClarifications: { '0314': 'Social and behavioural sciences' },
      fieldV6Values: { '0314': '031' },
    });
    expect(studies.languages).toEqual([{ code: 'en', minLevel: 'B1', notYetDefined: true }]);
    expect(written).toContain('<isced-f-code v6-value="031">0314</isced-f-code>');
    expect(written).toMatch(/<mobilities-per-year not-yet-defined="true">2<\/mobilities-per-year>/);
    expect(ewpIiaHash(written)[0]?.validForApproval).toBe(false);
  });

  it('keeps terminated-as-a-whole, part of the hash', () => {
    const original = fixture(EXAMPLE).replace(
      '<cooperation-conditions>',
      '<cooperation-conditions terminated-as-a-whole="true">',
    );
    expect(ewpIiaHash(original)[0]?.hash).not.toBe(ewpIiaHash(fixture(EXAMPLE))[0]?.hash);
    const { read, written } = roundTrip(original);
    expect(read.agreements[0]?.ewp?.terminatedAsAWhole).toBe(true);
    expect(ewpIiaHash(written)[0]?.hash).toBe(ewpIiaHash(original)[0]?.hash);
    expect(diffEwpIias(original, written)).toEqual([]);
  });

  describe('the walkthrough fragments: the differences docs/ewp.md documents', () => {
    /**
     * A fragment with SCHAC ids in place of the placeholders A and B, in the v7 namespace
     * (`ewpIiaHash` and `diffEwpIias` read only namespaced responses; the hash is the same).
     */
    const withSchacIds = (xml: string): string =>
      xml
        .replace('<iias-get-response>', `<iias-get-response xmlns="${IIAS_V7}">`)
        .replaceAll('>A</', '>a.example.org</')
        .replaceAll('>B</', '>b.example.org</');

    it.each([FRAGMENT_A, FRAGMENT_B])(
      '%s: the placeholders A and B are not SCHAC ids, so nothing is read',
      (name) => {
        const original = fixture(name);
        const read = readEwpIias(original, { homeHeiId: firstHeiId(original) });
        expect(read.agreements).toEqual([]);
        expect(read.issues.map((issue) => issue.code)).toEqual(['invalid_option']);
      },
    );

    /** The paths of the values of both studies specs of a fragment. */
    const SPEC_PATHS = [1, 2].flatMap((position) =>
      [
        'sending-hei-id',
        'receiving-hei-id',
        'mobilities-per-year',
        'eqf-level[1]',
        'eqf-level[2]',
        'receiving-first-academic-year-id',
        'receiving-last-academic-year-id',
      ].map(
        (element) =>
          `/iias-get-response/iia/cooperation-conditions/student-studies-mobility-spec[${String(position)}]/${element}`,
      ),
    );
    /** The studies specs given what the v7 XSD requires of them, and the fragments lack. */
    const LANGUAGE =
      '<recommended-language-skill><language>en</language></recommended-language-skill>';
    const withLanguage = (xml: string): string =>
      xml.replaceAll(
        '<mobilities-per-year>2</mobilities-per-year>',
        `<mobilities-per-year>2</mobilities-per-year>${LANGUAGE}`,
      );
    const withBlended = (xml: string): string =>
      xml.replaceAll(
        '<eqf-level>7</eqf-level>',
        '<blended>false</blended><eqf-level>7</eqf-level>',
      );

    it.each([FRAGMENT_A, FRAGMENT_B])(
      '%s with SCHAC ids: its studies specs have no recommended language, which the v7 XSD requires: they are not written',
      (name) => {
        const original = withSchacIds(fixture(name));
        const { read, written, warnings } = roundTrip(original);
        // Both specs are read…
        expect(read.agreements[0]?.commitments.map((commitment) => commitment.kind)).toEqual([
          'mobility',
          'mobility',
        ]);
        // …and neither is written: a student-studies-mobility-spec needs a language.
        expect(
          warnings
            .filter((warning) => warning.code === 'missing_languages')
            .map((warning) => warning.commitment),
        ).toEqual([0, 1]);
        expect(written).not.toContain('student-studies-mobility-spec');
        // So the copies differ by every value of both specs, and by nothing else.
        const differences = diffEwpIias(original, written);
        expect(differences.map((difference) => difference.code)).toEqual(
          SPEC_PATHS.map(() => 'only_ours'),
        );
        expect(differences.map((difference) => difference.path)).toEqual(SPEC_PATHS);
      },
    );

    it.each([FRAGMENT_A, FRAGMENT_B])(
      '%s with SCHAC ids and a language: blended, which the v7 XSD requires, is written false',
      (name) => {
        const original = withLanguage(withSchacIds(fixture(name)));
        const { written, warnings } = roundTrip(original);
        expect(
          warnings
            .filter((warning) => warning.code === 'missing_blended')
            .map((warning) => warning.commitment),
        ).toEqual([0, 1]);
        const differences = diffEwpIias(original, written);
        expect(differences.map((difference) => [difference.code, difference.path])).toEqual(
          [1, 2].map((position) => [
            'only_theirs',
            `/iias-get-response/iia/cooperation-conditions/student-studies-mobility-spec[${String(position)}]/blended`,
          ]),
        );
      },
    );

    it.each([FRAGMENT_A, FRAGMENT_B])(
      '%s with SCHAC ids, a language and blended: the iia-hash is kept',
      (name) => {
        const original = withBlended(withLanguage(withSchacIds(fixture(name))));
        const { written } = roundTrip(original);
        expect(ewpIiaHash(written)[0]?.hash).toBe(ewpIiaHash(original)[0]?.hash);
        expect(diffEwpIias(original, written)).toEqual([]);
      },
    );
  });
});

// ---------------------------------------------------------------------------------------
// model → EWP → model

/** The order of the mobility specs in the v7 XSD, by the model's type. */
const SPEC_ORDER = ['studies', 'traineeship', 'teaching', 'training'] as const;

/** The warnings of a mobility that `writeEwpIia` does not write as a spec. */
const LEFT_OUT = new Set(['missing_academic_years', 'missing_languages']);

/** Warnings that name facts of a commitment that EWP has no place for: only these keep it. */
const NOT_CARRIED = new Set(['area', 'level']);

/**
 * A value without what says nothing: `undefined`, empty lists (EWP cannot say "none"), a
 * `false` "not yet defined" flag (EWP marks only what is not defined), and empty objects.
 */
function meaningful(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(meaningful);
  if (typeof value !== 'object' || value === null) return value;
  const kept: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if ((key === 'notYetDefined' || key === 'perYearNotYetDefined') && item === false) continue;
    const cleaned = meaningful(item);
    if (cleaned !== undefined) kept[key] = cleaned;
  }
  return Object.keys(kept).length === 0 ? undefined : kept;
}

/** A commitment's mobility facts: all but what EWP does not carry (area, level). */
function mobilityFacts(commitment: Commitment): unknown {
  const facts = Object.fromEntries(
    Object.entries(commitment).filter(([key]) => !NOT_CARRIED.has(key)),
  );
  return meaningful(facts);
}

/** Whether a warning leaves a commitment's mobility facts as they are (area, level aside). */
function keepsFacts(warning: EwpWarning): boolean {
  if (warning.code !== 'commitment_fields_not_written') return false;
  const fields = warning.params['fields'];
  return Array.isArray(fields) && fields.every((field) => NOT_CARRIED.has(String(field)));
}

type Json = Record<string, unknown>;

/** The EWP facts a generated mobility gets, drawn by fast-check, then filtered to what fits. */
const ewpDecoration = fc.record(
  {
    sendingOunitId: fc.constantFrom('MED-01', 'fac-medicine', '140'),
    receivingOunitId: fc.constantFrom('IRO', 'dept-9'),
    perYearNotYetDefined: fc.boolean(),
    clarify: fc.boolean(),
    v6: fc.boolean(),
    languageField: fc.boolean(),
    languageNotYetDefined: fc.boolean(),
  },
  { requiredKeys: ['clarify', 'v6', 'languageField', 'languageNotYetDefined'] },
);

type Decoration = typeof ewpDecoration extends fc.Arbitrary<infer T> ? T : never;

/**
 * A generated network in which every partner has a SCHAC id, every single-partner agreement
 * an EWP identity (UHS's iia-id and the partner's), and every mobility some EWP facts.
 */
function decorated(seed: number, decorations: readonly (Decoration | undefined)[]): Network {
  const json = JSON.parse(JSON.stringify(generateNetwork({ partners: 6, seed }))) as Json;
  const partners = json['partners'] as Json[];
  const schacOf = new Map<string, string>();
  partners.forEach((partner, index) => {
    const identifiers = (partner['identifiers'] ?? {}) as Json;
    identifiers['schac'] ??= `partner-${String(index)}.example.org`;
    partner['identifiers'] = identifiers;
    schacOf.set(partner['id'] as string, identifiers['schac'] as string);
  });
  let next = 0;
  for (const agreement of json['agreements'] as Json[]) {
    const partnerIds = agreement['partnerIds'] as string[];
    if (partnerIds.length !== 1) continue;
    agreement['ewp'] = {
      partners: [
        { heiId: 'uhs.edu.kh', iiaId: `uhs-${agreement['id'] as string}` },
        { heiId: schacOf.get(partnerIds[0]!)!, iiaId: `p-${String(seed)}-${String(next)}` },
      ],
      inEffect: next % 2 === 0,
      ...(next % 3 === 0 ? { terminatedAsAWhole: next % 2 === 0 } : {}),
    };
    for (const commitment of agreement['commitments'] as Json[]) {
      if (commitment['kind'] !== 'mobility') continue;
      const decoration = decorations[next % decorations.length];
      next += 1;
      // Most mobilities get what the v7 XSD requires, so that most are written; the others
      // are left out (or written with a default), with a warning.
      if (next % 4 !== 0) {
        commitment['academicYears'] ??= { first: '2024-2025', last: '2026-2027' };
        commitment['languages'] ??= [{ code: 'en', minLevel: 'B2' }];
        if (commitment['activity'] === 2) commitment['blended'] ??= false;
      }
      if (decoration === undefined) continue;
      const fields = (commitment['fields'] ?? []) as string[];
      const ewp: Json = {};
      if (decoration.sendingOunitId !== undefined)
        ewp['sendingOunitId'] = decoration.sendingOunitId;
      if (decoration.receivingOunitId !== undefined)
        ewp['receivingOunitId'] = decoration.receivingOunitId;
      if (decoration.perYearNotYetDefined !== undefined)
        ewp['perYearNotYetDefined'] = decoration.perYearNotYetDefined;
      if (decoration.clarify && fields.length > 0)
        ewp['fieldClarifications'] = { [fields[0]!]: 'Example clarification (fictional)' };
      if (decoration.v6 && fields.length > 0) ewp['fieldV6Values'] = { [fields[0]!]: '091' };
      if (Object.keys(ewp).length > 0) commitment['ewp'] = ewp;
      const languages = (commitment['languages'] ?? []) as Json[];
      if (languages[0] !== undefined) {
        if (decoration.languageNotYetDefined) languages[0]['notYetDefined'] = true;
        if (decoration.languageField) {
          languages[0]['field'] = '0912';
          languages[0]['fieldClarification'] = 'Clinical language (fictional)';
        }
      }
    }
  }
  return parseNetwork(json);
}

describe('model → EWP → model keeps every mobility fact', () => {
  it('on generated networks: each commitment written without a warning comes back as it was', () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.array(fc.option(ewpDecoration, { nil: undefined }), { minLength: 1, maxLength: 6 }),
        (seed, decorations) => {
          const network = decorated(seed, decorations);
          for (const agreement of network.agreements) {
            const result = safeWriteEwpIia(network, agreement.id);
            if (!result.success) continue;
            const { xml, warnings } = result.data;
            const warned = (index: number): EwpWarning[] =>
              warnings.filter((warning) => warning.commitment === index);
            // The mobilities written as specs (a spec the XSD would refuse is left out, with
            // a warning), in the order of the XSD's kinds, each kind in commitments order.
            const specs = agreement.commitments
              .map((commitment, index) => ({ commitment, index }))
              .filter(
                ({ commitment, index }) =>
                  commitment.kind === 'mobility' &&
                  !warned(index).some((warning) => LEFT_OUT.has(warning.code)),
              )
              .map(({ commitment, index }) => ({
                commitment: commitment as MobilityCommitment,
                unchanged: warned(index).every((warning) => keepsFacts(warning)),
              }))
              .sort(
                (a, b) =>
                  SPEC_ORDER.indexOf(a.commitment.type) - SPEC_ORDER.indexOf(b.commitment.type),
              );
            // The area comes back by areaOf: here a lookup of the original areas, in order.
            const areas: AreaCode[] = specs.map(({ commitment }) => commitment.area);
            let asked = 0;
            const areaOf = (_mobility: EwpMobilitySummary): AreaCode => areas[asked++] ?? 'B';
            const read = readEwpIias(xml, { homeHeiId: 'uhs.edu.kh', areaOf });
            const back = read.agreements[0];
            if (specs.length === 0) {
              expect(back?.commitments ?? []).toEqual([]);
              continue;
            }
            expect(read.agreements).toHaveLength(1);
            if (back === undefined) continue;
            expect(back.commitments).toHaveLength(specs.length);
            expect(back.commitments.map((commitment) => commitment.area)).toEqual(areas);
            const kept = specs.filter((spec) => spec.unchanged).map((spec) => spec.commitment);
            expect(
              back.commitments.filter((_, index) => specs[index]?.unchanged).map(mobilityFacts),
            ).toEqual(kept.map(mobilityFacts));
            // The agreement's EWP identity comes back too: UHS first, as it serves the copy.
            expect(back.ewp).toEqual({
              ...agreement.ewp,
              inEffect: agreement.ewp?.inEffect ?? false,
            });
            compared += kept.length;
          }
        },
      ),
      { numRuns: 40 },
    );
    expect(compared).toBeGreaterThan(100);
  });
});

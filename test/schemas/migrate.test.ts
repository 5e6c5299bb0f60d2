import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CommitmentSchema,
  migrateNetwork,
  NetworkSchema,
  parseAgreement,
  parseNetwork,
  parseProposal,
  safeParseAgreement,
  safeParseNetwork,
} from '../../src/schemas/index.js';
import { generateNetwork } from '../../src/testing/index.js';
import { agreementInput, networkInput, partnerInput, proposalInput } from './_fixtures.js';

// Schema version 1 read and converted (issue #14): every rule of `migrateNetwork`'s TSDoc
// and docs/migration-v2.md, one test each, then the properties of the conversion.

const base = { kind: 'mobility', area: 'B', direction: 'outgoing', perYear: 3 } as const;

/** A version-1 network holding one agreement with these commitments. */
function v1Network(commitments: readonly unknown[], extra: Record<string, unknown> = {}) {
  return {
    schemaVersion: 1,
    partners: [partnerInput],
    agreements: [
      {
        id: 'a1',
        title: 'Exchange',
        instrument: 'exchange',
        partnerIds: [partnerInput.id],
        startsOn: '2015-01-01',
        endsOn: '2017-12-31',
        scope: ['A1', 'A2', 'B1', 'B2', 'B3', 'C1', 'C2', 'D1', 'D2'],
        commitments,
      },
    ],
    ...extra,
  };
}

/** The first commitment of the converted version-1 network. */
function converted(commitment: Record<string, unknown>): unknown {
  return migrateNetwork(v1Network([commitment])).agreements[0]?.commitments[0];
}

describe('version 1 → version 2, rule by rule', () => {
  it('schemaVersion 1 becomes 2', () => {
    expect(migrateNetwork(v1Network([])).schemaVersion).toBe(2);
    expect(parseNetwork(v1Network([])).schemaVersion).toBe(2);
  });

  it("staff mobility takes the documented default type 'teaching', students 'studies'", () => {
    expect(converted({ ...base, activity: 1 })).toEqual({
      kind: 'mobility',
      area: 'B',
      activity: 1,
      type: 'teaching',
      direction: 'outgoing',
      perYear: 3,
    });
    expect(converted({ ...base, activity: 2 })).toEqual({
      kind: 'mobility',
      area: 'B',
      activity: 2,
      type: 'studies',
      direction: 'outgoing',
      perYear: 3,
    });
  });

  it('students: monthsPerYear (each mobility) becomes totalMonthsPerYear = perYear × monthsPerYear', () => {
    expect(converted({ ...base, activity: 2, monthsPerYear: 5 })).toMatchObject({
      totalMonthsPerYear: 15,
    });
    expect(converted({ ...base, activity: 2, perYear: 12, monthsPerYear: 0.5 })).toMatchObject({
      totalMonthsPerYear: 6,
    });
    // 3 × 0.1 is 0.30000000000000004 in binary: the total is written to 2 places.
    expect(converted({ ...base, activity: 2, monthsPerYear: 0.1 })).toMatchObject({
      totalMonthsPerYear: 0.3,
    });
  });

  it('students: the total is rounded to 2 decimal places, and stays at least 0.01', () => {
    expect(converted({ ...base, activity: 2, perYear: 1, monthsPerYear: 2 / 3 })).toMatchObject({
      totalMonthsPerYear: 0.67,
    });
    expect(converted({ ...base, activity: 2, perYear: 1, monthsPerYear: 0.001 })).toMatchObject({
      totalMonthsPerYear: 0.01,
    });
  });

  it('staff: monthsPerYear is not turned into days; it is kept in words in otherTerms', () => {
    const staff = converted({ ...base, activity: 1, monthsPerYear: 1 }) as Record<string, unknown>;
    expect(staff).not.toHaveProperty('totalDaysPerYear');
    expect(staff).not.toHaveProperty('monthsPerYear');
    expect(staff.otherTerms).toBe(
      "Each mobility lasts 1 month (schema version 1's monthsPerYear; not converted to days).",
    );
    expect(
      (converted({ ...base, activity: 1, monthsPerYear: 0.5 }) as Record<string, unknown>)
        .otherTerms,
    ).toBe(
      "Each mobility lasts 0.5 months (schema version 1's monthsPerYear; not converted to days).",
    );
  });

  it('language becomes languages: [language], with or without its level', () => {
    expect(
      converted({ ...base, activity: 2, language: { code: 'fr', minLevel: 'B2' } }),
    ).toMatchObject({ languages: [{ code: 'fr', minLevel: 'B2' }] });
    const bare = converted({ ...base, activity: 1, language: { code: 'en' } });
    expect(bare).toMatchObject({ languages: [{ code: 'en' }] });
    expect(bare).not.toHaveProperty('language');
  });

  it('level and fields stay as they are', () => {
    expect(
      converted({ ...base, activity: 2, level: 'doctoral', fields: ['0912', '0913'] }),
    ).toMatchObject({ level: 'doctoral', fields: ['0912', '0913'] });
  });

  it('invents nothing: no EQF level, academic years, blended, days, EWP identity or ounit ids', () => {
    const network = migrateNetwork(
      v1Network([
        {
          ...base,
          activity: 2,
          level: 'master',
          monthsPerYear: 5,
          language: { code: 'fr' },
          fields: ['0912'],
        },
        { ...base, activity: 1, level: 'staff', monthsPerYear: 1 },
      ]),
    );
    const [students, staff] = network.agreements[0]?.commitments ?? [];
    expect(Object.keys(students ?? {}).sort()).toEqual(
      [
        'kind',
        'area',
        'activity',
        'type',
        'direction',
        'perYear',
        'level',
        'fields',
        'totalMonthsPerYear',
        'languages',
      ].sort(),
    );
    expect(Object.keys(staff ?? {}).sort()).toEqual(
      ['kind', 'area', 'activity', 'type', 'direction', 'perYear', 'level', 'otherTerms'].sort(),
    );
    expect(network.agreements[0]).not.toHaveProperty('ewp');
    expect(network.partners[0]?.identifiers).not.toHaveProperty('ounitIds');
  });

  it('leaves every other kind of commitment, and every other record, as it is', () => {
    const others = [
      { kind: 'resources', area: 'B', activity: 3, items: ['curriculum'], coDeveloped: true },
    ];
    const network = migrateNetwork(v1Network(others, { asOf: '2016-01-01' }));
    expect(network.agreements[0]?.commitments).toEqual(others);
    expect(network.asOf).toBe('2016-01-01');
    expect(network.partners).toEqual(parseNetwork(v1Network([])).partners);
  });
});

describe('migrateNetwork', () => {
  it('gives a document that parses as version 2 to what parsing the version-1 document gives', () => {
    const v1 = v1Network([
      { ...base, activity: 2, monthsPerYear: 4, language: { code: 'fr', minLevel: 'B1' } },
      { ...base, activity: 1, monthsPerYear: 0.5 },
    ]);
    const stored = migrateNetwork(v1);
    expect(NetworkSchema.safeParse(stored).success).toBe(true);
    expect(parseNetwork(JSON.parse(JSON.stringify(stored)))).toEqual(parseNetwork(v1));
  });

  it('writes no home when the document had none, and keeps the one it had', () => {
    expect(migrateNetwork(v1Network([]))).not.toHaveProperty('home');
    const home = { name: 'Example University of Health', country: 'LA' };
    expect(migrateNetwork(v1Network([], { home })).home).toEqual(home);
  });

  it('returns a version-2 document as parsed', () => {
    expect(migrateNetwork(networkInput)).toEqual(
      (({ home: _home, ...rest }) => rest)(parseNetwork(networkInput)),
    );
  });

  it('throws with the issues of the version-1 document, in its own terms', () => {
    const bad = v1Network([{ ...base, activity: 2, monthsPerYear: 13 }]);
    expect(() => migrateNetwork(bad)).toThrow(/monthsPerYear/);
    const result = safeParseNetwork(bad);
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['too_big', ['agreements', 0, 'commitments', 0, 'monthsPerYear']],
    ]);
  });

  it('reads a version-1 document with version-2 keys as version 1: they are unknown there', () => {
    const result = safeParseNetwork(v1Network([{ ...base, activity: 2, type: 'studies' }]));
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['unrecognized_keys', ['agreements', 0, 'commitments', 0, 'type']],
    ]);
  });
});

describe('records without a version: agreements and proposals', () => {
  const v1Agreement = {
    ...agreementInput,
    commitments: [
      { ...base, activity: 2, monthsPerYear: 3, language: { code: 'fr' } },
      agreementInput.commitments[1],
    ],
  };

  it('reads an agreement whose mobility has no version-2 key as version 1, and converts it', () => {
    expect(parseAgreement(v1Agreement).commitments[0]).toEqual({
      ...base,
      activity: 2,
      type: 'studies',
      totalMonthsPerYear: 9,
      languages: [{ code: 'fr' }],
    });
  });

  it('reads a proposal the same way', () => {
    const proposal = parseProposal({
      ...proposalInput,
      scope: ['B1'],
      commitments: [{ ...base, activity: 1, language: { code: 'en', minLevel: 'C1' } }],
    });
    expect(proposal.commitments).toEqual([
      { ...base, activity: 1, type: 'teaching', languages: [{ code: 'en', minLevel: 'C1' }] },
    ]);
  });

  it('reads a record as version 2 once one of its mobility commitments has a version-2 key', () => {
    const mixed = {
      ...agreementInput,
      commitments: [{ ...base, activity: 2, monthsPerYear: 3, totalMonthsPerYear: 9 }],
    };
    const result = safeParseAgreement(mixed);
    expect(result.success ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['invalid_value', ['commitments', 0, 'type']],
      ['unrecognized_keys', ['commitments', 0, 'monthsPerYear']],
    ]);
  });

  it('reads a record without mobility as version 2 (the other kinds are the same in both)', () => {
    const agreement = { ...agreementInput, commitments: [agreementInput.commitments[1]] };
    expect(parseAgreement(agreement).commitments).toEqual([agreementInput.commitments[1]]);
    expect(
      parseAgreement({ ...agreement, ewp: { partners: [{ heiId: 'uhs.edu.kh' }] } }).ewp,
    ).toEqual({ partners: [{ heiId: 'uhs.edu.kh' }] });
  });

  it('never throws on a record whose commitments cannot be read', () => {
    const hostile = Object.defineProperty({}, 'commitments', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    const result = safeParseAgreement(hostile);
    expect(result.success).toBe(false);
  });
});

// The properties: any version-1 mobility converts to a valid version-2 commitment that
// keeps its facts, and version 2 survives parse → JSON → parse.

const area = fc.constantFrom('A', 'B', 'C', 'D');
const direction = fc.constantFrom('incoming', 'outgoing');
const language = fc.record(
  { code: fc.constantFrom('en', 'fr', 'ja', 'km'), minLevel: fc.constantFrom('A2', 'B1', 'C2') },
  { requiredKeys: ['code'] },
);
const v1Mobility = fc.record(
  {
    kind: fc.constant('mobility'),
    area,
    activity: fc.constantFrom(1, 2),
    direction,
    perYear: fc.integer({ min: 1, max: 100_000 }),
    monthsPerYear: fc.double({ min: 0.001, max: 12, noNaN: true }),
    level: fc.constantFrom('bachelor', 'master', 'doctoral', 'specialist', 'staff'),
    fields: fc.uniqueArray(fc.constantFrom('0912', '0913', '0915', '0999'), { maxLength: 3 }),
    language,
  },
  { requiredKeys: ['kind', 'area', 'activity', 'direction', 'perYear'] },
);

const academicYear = fc.integer({ min: 2000, max: 2090 }).map((year) => `${year}-${year + 1}`);
const common = {
  kind: fc.constant('mobility' as const),
  area,
  direction,
  perYear: fc.integer({ min: 1, max: 100_000 }),
  level: fc.constantFrom('bachelor', 'master', 'doctoral', 'specialist', 'staff'),
  fields: fc.uniqueArray(fc.constantFrom('0912', '0913', '0915', '0999'), { maxLength: 3 }),
  languages: fc.uniqueArray(language, { maxLength: 3, selector: (entry) => entry.code }),
  academicYears: fc.tuple(academicYear, fc.integer({ min: 0, max: 5 })).map(([first, more]) => {
    const start = Number(first.slice(0, 4)) + more;
    return { first, last: `${start}-${start + 1}` };
  }),
  otherTerms: fc.string({ minLength: 1, maxLength: 40 }),
};
const hundredths = fc.integer({ min: 1, max: 10_000_000 }).map((cents) => cents / 100);
const v2Mobility = fc.oneof(
  fc.record(
    {
      ...common,
      activity: fc.constant(1 as const),
      type: fc.constantFrom('teaching', 'training'),
      totalDaysPerYear: hundredths,
    },
    { requiredKeys: ['kind', 'area', 'activity', 'type', 'direction', 'perYear'] },
  ),
  fc.record(
    {
      ...common,
      activity: fc.constant(2 as const),
      type: fc.constantFrom('studies', 'traineeship'),
      totalMonthsPerYear: hundredths,
      eqfLevels: fc.uniqueArray(fc.constantFrom(5, 6, 7, 8), { minLength: 1, maxLength: 4 }),
      blended: fc.boolean(),
    },
    { requiredKeys: ['kind', 'area', 'activity', 'type', 'direction', 'perYear'] },
  ),
);
const ewp = fc.record(
  {
    partners: fc.tuple(
      fc.record(
        {
          heiId: fc.constant('uhs.edu.kh'),
          ounitId: fc.constantFrom('FAC-MED', 'ir'),
          iiaId: fc.stringMatching(/^[!-~]{1,64}$/),
          iiaCode: fc.string({ minLength: 1, maxLength: 30 }),
        },
        { requiredKeys: ['heiId'] },
      ),
      fc.record(
        {
          heiId: fc.constant('lyon.example.org'),
          iiaId: fc.stringMatching(/^[!-~]{1,64}$/),
          iiaCode: fc.string({ minLength: 1, maxLength: 30 }),
        },
        { requiredKeys: ['heiId'] },
      ),
    ),
    inEffect: fc.boolean(),
  },
  { requiredKeys: ['partners'] },
);

describe('properties', () => {
  it('any version-1 mobility converts to a valid version-2 commitment that keeps its facts', () => {
    fc.assert(
      fc.property(v1Mobility, (v1) => {
        const [v2] = parseNetwork(v1Network([v1])).agreements[0]?.commitments ?? [];
        expect(CommitmentSchema.safeParse(v2).success).toBe(true);
        if (v2?.kind !== 'mobility') throw new Error('not a mobility');
        expect([v2.area, v2.activity, v2.direction, v2.perYear]).toEqual([
          v1.area,
          v1.activity,
          v1.direction,
          v1.perYear,
        ]);
        expect(v2.type).toBe(v1.activity === 1 ? 'teaching' : 'studies');
        expect(v2.level).toBe(v1.level);
        expect(v2.fields).toEqual(v1.fields);
        expect(v2.languages).toEqual(v1.language === undefined ? undefined : [v1.language]);
        if (v2.activity === 2) {
          const expected =
            v1.monthsPerYear === undefined
              ? undefined
              : Math.max(0.01, Math.round(v1.perYear * v1.monthsPerYear * 100) / 100);
          expect(v2.totalMonthsPerYear).toBe(expected);
        } else {
          expect(v2.otherTerms !== undefined).toBe(v1.monthsPerYear !== undefined);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('version 2: parse → JSON → parse is the identity, every mobility fact and EWP identity kept', () => {
    fc.assert(
      fc.property(fc.array(v2Mobility, { maxLength: 4 }), fc.option(ewp), (mobility, identity) => {
        const input = {
          ...networkInput,
          agreements: [
            {
              ...agreementInput,
              scope: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'D1', 'D2'],
              commitments: mobility,
              ...(identity === null ? {} : { ewp: identity }),
            },
          ],
          proposals: [],
        };
        const parsed = parseNetwork(input);
        expect(parsed.agreements[0]?.commitments).toEqual(mobility);
        expect(parsed.agreements[0]?.ewp).toEqual(identity ?? undefined);
        expect(parseNetwork(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
      }),
      { numRuns: 200 },
    );
  });

  it('migrating twice is migrating once', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const v2 = generateNetwork({ partners: 5, seed });
        expect(migrateNetwork(migrateNetwork(v2))).toEqual(migrateNetwork(v2));
      }),
      { numRuns: 30 },
    );
  });
});

// Issue #14, the lead's decision "EWP → model → EWP keeps the iia-hash": the optional EWP
// facts of the version-2 model (a mobility commitment's `ewp`, a language's
// `notYetDefined`/`field`/`fieldClarification`, an identity's `terminatedAsAWhole`), each
// accepted and kept through a parse and a JSON round trip, and each wrong value reported
// with its code and path.
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import { ISCED_FIELD_CODES } from '../../src/catalog/index.js';
import {
  EwpIdentitySchema,
  MobilityEwpSchema,
  MobilityLanguageSchema,
  StaffMobilityCommitmentSchema,
  formatIssues,
  parseNetwork,
  safeParseAgreement,
  safeParseNetwork,
  type EwpIdentity,
  type IscedFieldCode,
  type MobilityEwp,
  type MobilityLanguage,
  type ValidationIssue,
} from '../../src/schemas/index.js';
import { validateWithAjv, validateWithZod } from '../json-schema/_validators.js';
import { agreementInput, copy, networkInput } from './_fixtures.js';

function issuesOf(result: {
  success: boolean;
  issues?: readonly ValidationIssue[];
}): { code: string; path: string }[] {
  return (result.issues ?? []).map((issue) => ({ code: issue.code, path: issue.path.join('.') }));
}

/** The fixture's agreement with its mobility commitment (index 0) changed by `change`. */
function withMobility(change: (commitment: any) => void): any {
  const agreement = copy(agreementInput);
  change(agreement.commitments[0]);
  return agreement;
}

/** A network whose first agreement uses every EWP round-trip field. */
function fullNetwork(): any {
  const network = copy(networkInput);
  // The fixture's two agreements share their commitments: this one gets its own copy.
  network.agreements[0] = copy(network.agreements[0]);
  const agreement = network.agreements[0];
  agreement.scope = ['A1', 'B2', 'B4', 'C5'];
  agreement.ewp = {
    partners: [
      { heiId: 'uhs.edu.kh', iiaId: 'uhs-iia-0042' },
      { heiId: 'lyon.example.org', ounitId: 'INTL-01', iiaId: 'LY-2024-7' },
    ],
    inEffect: true,
    terminatedAsAWhole: true,
  };
  agreement.commitments[0] = {
    ...agreement.commitments[0],
    fields: ['0912', '0913'],
    languages: [
      { code: 'fr', minLevel: 'B2', field: '0912', fieldClarification: 'Clinical French' },
      { code: 'en', notYetDefined: true },
    ],
    ewp: {
      sendingOunitId: 'MED-01',
      receivingOunitId: 'FAC/MED',
      perYearNotYetDefined: true,
      fieldClarifications: { '0912': 'Tropical medicine', '0913': 'Paediatric nursing' },
      fieldV6Values: { '0912': '091' },
    },
  };
  agreement.commitments.push({
    kind: 'mobility',
    area: 'A',
    activity: 1,
    type: 'teaching',
    direction: 'incoming',
    perYear: 2,
    totalDaysPerYear: 10,
    fields: ['0413'],
    ewp: { receivingOunitId: 'ECO', fieldV6Values: { '0413': '34' } },
  });
  return network;
}

describe('the EWP round-trip fields are accepted and kept', () => {
  it('parseNetwork keeps every field as it was given', () => {
    const input = fullNetwork();
    const parsed = parseNetwork(input);
    const agreement = parsed.agreements[0]!;
    expect(agreement.ewp?.terminatedAsAWhole).toBe(true);
    expect(agreement.commitments[0]).toEqual(input.agreements[0].commitments[0]);
    expect(agreement.commitments[3]).toEqual(input.agreements[0].commitments[3]);
    expect(agreement.ewp).toEqual(input.agreements[0].ewp);
  });

  it('parse → JSON → parse is the identity, and parse is idempotent', () => {
    const parsed = parseNetwork(fullNetwork());
    expect(parseNetwork(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
    expect(parseNetwork(parsed)).toEqual(parsed);
  });

  it('a staff commitment takes `ewp` too', () => {
    const commitment = StaffMobilityCommitmentSchema.parse({
      kind: 'mobility',
      area: 'A',
      activity: 1,
      type: 'training',
      direction: 'outgoing',
      perYear: 1,
      ewp: { sendingOunitId: 'HR', perYearNotYetDefined: false },
    });
    expect(commitment.ewp).toEqual({ sendingOunitId: 'HR', perYearNotYetDefined: false });
  });

  it('an empty `ewp` object and a field without clarification are fine', () => {
    const result = safeParseAgreement(
      withMobility((commitment) => {
        commitment.ewp = {};
        commitment.languages = [{ code: 'fr', field: '0912' }];
      }),
    );
    expect(issuesOf(result)).toEqual([]);
  });

  it('property: any clarifications and v6 values keyed by the commitment’s fields round-trip', () => {
    const code = fc.constantFrom(...(ISCED_FIELD_CODES as readonly IscedFieldCode[]));
    const clarification = fc
      .string({ minLength: 1, maxLength: 500 })
      .filter((value) => value.length >= 1);
    const v6 = fc.stringMatching(/^\d{1,3}$/);
    const facts = fc.uniqueArray(code, { minLength: 1, maxLength: 6 }).chain((fields) =>
      fc.record({
        fields: fc.constant(fields),
        clarifications: fc.dictionary(fc.constantFrom(...fields), clarification),
        v6Values: fc.dictionary(fc.constantFrom(...fields), v6),
        sendingOunitId: fc.option(fc.stringMatching(/^[!-~]{1,64}$/), { nil: undefined }),
        perYearNotYetDefined: fc.option(fc.boolean(), { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(facts, (drawn) => {
        const agreement = withMobility((commitment) => {
          commitment.fields = drawn.fields;
          commitment.ewp = {
            fieldClarifications: drawn.clarifications,
            fieldV6Values: drawn.v6Values,
            ...(drawn.sendingOunitId === undefined ? {} : { sendingOunitId: drawn.sendingOunitId }),
            ...(drawn.perYearNotYetDefined === undefined
              ? {}
              : { perYearNotYetDefined: drawn.perYearNotYetDefined }),
          };
        });
        const result = safeParseAgreement(agreement);
        expect(issuesOf(result)).toEqual([]);
        if (!result.success) return;
        expect(result.data.commitments[0]).toEqual(agreement.commitments[0]);
        expect(safeParseAgreement(JSON.parse(JSON.stringify(result.data)))).toEqual(result);
      }),
      { numRuns: 100 },
    );
  });

  it('property: a key that is not one of the commitment’s fields is always reported at that key', () => {
    const code = fc.constantFrom(...(ISCED_FIELD_CODES as readonly IscedFieldCode[]));
    fc.assert(
      fc.property(
        fc.uniqueArray(code, { minLength: 2, maxLength: 6 }),
        fc.constantFrom('fieldClarifications', 'fieldV6Values'),
        (codes, name) => {
          const [outside, ...fields] = codes as [IscedFieldCode, ...IscedFieldCode[]];
          const result = safeParseAgreement(
            withMobility((commitment) => {
              commitment.fields = fields;
              commitment.ewp = { [name]: { [outside]: name === 'fieldV6Values' ? '91' : 'x' } };
            }),
          );
          expect(issuesOf(result)).toEqual([
            { code: 'unrecognized_keys', path: `commitments.0.ewp.${name}.${outside}` },
          ]);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('wrong EWP round-trip fields are reported with a code and a path', () => {
  it('an organisational unit id that is not an EWP id', () => {
    const result = safeParseAgreement(
      withMobility((commitment) => {
        commitment.ewp = { sendingOunitId: 'MED 01', receivingOunitId: '' };
      }),
    );
    expect(issuesOf(result)).toEqual([
      { code: 'invalid_format', path: 'commitments.0.ewp.sendingOunitId' },
      { code: 'invalid_format', path: 'commitments.0.ewp.receivingOunitId' },
    ]);
  });

  it('a clarification or v6 value of a field that is not among `fields`', () => {
    const result = safeParseAgreement(
      withMobility((commitment) => {
        commitment.fields = ['0912'];
        commitment.ewp = {
          fieldClarifications: { '0912': 'Tropical medicine', '0913': 'Nursing' },
          fieldV6Values: { '0413': '34' },
        };
      }),
    );
    expect(issuesOf(result)).toEqual([
      { code: 'unrecognized_keys', path: 'commitments.0.ewp.fieldClarifications.0913' },
      { code: 'unrecognized_keys', path: 'commitments.0.ewp.fieldV6Values.0413' },
    ]);
    const issue = result.success ? undefined : result.issues[0];
    expect(issue?.params).toEqual({ key: '0913', detail: 'not-in-fields' });
    expect(issue?.message).toBe("unknown key '0913' (not one of the commitment's fields)");
    expect(formatIssues(result.success ? [] : result.issues.slice(0, 1), { locale: 'fr' })).toBe(
      `commitments[0].ewp.fieldClarifications["0913"]\u00a0: clé inconnue '0913' (ce code ne figure pas parmi les domaines de l'engagement)`,
    );
  });

  it('every key is unknown when the commitment has no `fields`', () => {
    const result = safeParseAgreement(
      withMobility((commitment) => {
        delete commitment.fields;
        commitment.ewp = { fieldV6Values: { '0912': '91' } };
      }),
    );
    expect(issuesOf(result)).toEqual([
      { code: 'unrecognized_keys', path: 'commitments.0.ewp.fieldV6Values.0912' },
    ]);
  });

  it('a key that is not an ISCED-F code', () => {
    const result = safeParseAgreement(
      withMobility((commitment) => {
        commitment.ewp = {
          fieldClarifications: { '091': 'Medicine' },
          fieldV6Values: { '0990': '91' },
        };
      }),
    );
    expect(issuesOf(result)).toEqual([
      { code: 'invalid_format', path: 'commitments.0.ewp.fieldClarifications.091' },
      { code: 'invalid_value', path: 'commitments.0.ewp.fieldV6Values.0990' },
    ]);
  });

  it('a v6 value that is not 1 to 3 digits (the XSD’s pattern)', () => {
    for (const value of ['0912', '', '9a', ' 91']) {
      const result = safeParseAgreement(
        withMobility((commitment) => {
          commitment.ewp = { fieldV6Values: { '0912': value } };
        }),
      );
      expect(issuesOf(result)).toEqual([
        { code: 'invalid_format', path: 'commitments.0.ewp.fieldV6Values.0912' },
      ]);
      const issue = result.success ? undefined : result.issues[0];
      expect(issue?.params).toEqual({ format: 'isced-v6-value', received: value });
      expect(issue?.message).toContain('an ISCED code as IIAs v6 approved it: 1 to 3 digits');
    }
    const number = safeParseAgreement(
      withMobility((commitment) => {
        commitment.ewp = { fieldV6Values: { '0912': 91 } };
      }),
    );
    expect(issuesOf(number)).toEqual([
      { code: 'invalid_type', path: 'commitments.0.ewp.fieldV6Values.0912' },
    ]);
  });

  it('an empty or too long clarification', () => {
    const result = safeParseAgreement(
      withMobility((commitment) => {
        commitment.fields = ['0912', '0913'];
        commitment.ewp = { fieldClarifications: { '0912': '', '0913': 'x'.repeat(501) } };
        commitment.languages = [{ code: 'fr', field: '0912', fieldClarification: '' }];
      }),
    );
    expect(issuesOf(result)).toEqual([
      { code: 'too_small', path: 'commitments.0.languages.0.fieldClarification' },
      { code: 'too_small', path: 'commitments.0.ewp.fieldClarifications.0912' },
      { code: 'too_big', path: 'commitments.0.ewp.fieldClarifications.0913' },
    ]);
  });

  it('a language’s fieldClarification without its field', () => {
    const result = safeParseAgreement(
      withMobility((commitment) => {
        commitment.languages = [
          { code: 'fr', minLevel: 'B2', fieldClarification: 'Clinical French' },
          { code: 'en', field: '0912', fieldClarification: 'Clinical English' },
        ];
      }),
    );
    expect(issuesOf(result)).toEqual([
      { code: 'invalid_type', path: 'commitments.0.languages.0.field' },
    ]);
    const issue = result.success ? undefined : result.issues[0];
    expect(issue?.params).toEqual({ expected: 'string', received: undefined });
    expect(issue?.message).toBe('missing required string');
  });

  it('a language’s field that is not an ISCED-F code, or a notYetDefined that is not a boolean', () => {
    const result = safeParseAgreement(
      withMobility((commitment) => {
        commitment.languages = [{ code: 'fr', field: '0990', notYetDefined: 'true' }];
      }),
    );
    expect(issuesOf(result)).toEqual([
      { code: 'invalid_type', path: 'commitments.0.languages.0.notYetDefined' },
      { code: 'invalid_value', path: 'commitments.0.languages.0.field' },
    ]);
  });

  it('wrong types and unknown keys in `ewp`', () => {
    const result = safeParseAgreement(
      withMobility((commitment) => {
        commitment.ewp = { perYearNotYetDefined: 1, fieldClarifications: [], sendingOunit: 'MED' };
      }),
    );
    expect(issuesOf(result)).toEqual([
      { code: 'invalid_type', path: 'commitments.0.ewp.perYearNotYetDefined' },
      { code: 'invalid_type', path: 'commitments.0.ewp.fieldClarifications' },
      { code: 'unrecognized_keys', path: 'commitments.0.ewp.sendingOunit' },
    ]);
  });

  it('a terminatedAsAWhole that is not a boolean', () => {
    const network = fullNetwork();
    network.agreements[0].ewp.terminatedAsAWhole = 'true';
    expect(issuesOf(safeParseNetwork(network))).toEqual([
      { code: 'invalid_type', path: 'agreements.0.ewp.terminatedAsAWhole' },
    ]);
  });
});

describe('`ewp` marks a record as version 2', () => {
  it('an agreement whose mobility has `ewp` is read as version 2, not as version 1 with an unknown key', () => {
    const result = safeParseAgreement(
      withMobility((commitment) => {
        delete commitment.type;
        delete commitment.totalMonthsPerYear;
        delete commitment.languages;
        commitment.ewp = { sendingOunitId: 'MED-01' };
      }),
    );
    expect(issuesOf(result)).toEqual([{ code: 'invalid_value', path: 'commitments.0.type' }]);
  });
});

describe('the JSON Schema of the EWP round-trip fields', () => {
  it('accepts the full network, as the library does', () => {
    const network = fullNetwork();
    expect(validateWithAjv('Network', network).errors).toEqual([]);
    expect(validateWithZod('Network', network).valid).toBe(true);
  });

  it('rejects what the library rejects, at the same path (keys in `fields` excepted)', () => {
    const cases: [change: (commitment: any) => void, path: (string | number)[]][] = [
      (() => {
        const change = (commitment: any): void => {
          commitment.languages = [{ code: 'fr', fieldClarification: 'Clinical French' }];
        };
        return [change, ['commitments', 0, 'languages', 0]];
      })(),
      [
        (commitment) => (commitment.ewp = { fieldV6Values: { '0912': '0912' } }),
        // validateWithAjv reads a key of digits as an index.
        ['commitments', 0, 'ewp', 'fieldV6Values', 912],
      ],
      [
        (commitment) => (commitment.ewp = { fieldClarifications: { '0990': 'x' } }),
        ['commitments', 0, 'ewp', 'fieldClarifications'],
      ],
      [
        (commitment) => (commitment.ewp = { receivingOunitId: 'MED 01' }),
        ['commitments', 0, 'ewp', 'receivingOunitId'],
      ],
    ];
    for (const [change, path] of cases) {
      const agreement = withMobility(change);
      expect(validateWithZod('Agreement', agreement).valid).toBe(false);
      const ajv = validateWithAjv('Agreement', agreement);
      expect(ajv.valid).toBe(false);
      expect(ajv.paths).toContainEqual(path);
    }
  });
});

describe('the types of the EWP round-trip fields', () => {
  it('equal the types inferred from their schemas', () => {
    expectTypeOf<MobilityEwp>().toEqualTypeOf<z.output<typeof MobilityEwpSchema>>();
    expectTypeOf<z.input<typeof MobilityEwpSchema>>().toEqualTypeOf<MobilityEwp>();
    expectTypeOf<MobilityLanguage>().toEqualTypeOf<z.output<typeof MobilityLanguageSchema>>();
    expectTypeOf<z.input<typeof MobilityLanguageSchema>>().toEqualTypeOf<MobilityLanguage>();
    expectTypeOf<EwpIdentity>().toEqualTypeOf<z.output<typeof EwpIdentitySchema>>();
    expectTypeOf<z.input<typeof EwpIdentitySchema>>().toEqualTypeOf<EwpIdentity>();
  });

  it('key clarifications and v6 values by ISCED-F code', () => {
    // @ts-expect-error: '12' is not an ISCED-F code
    const ewp: MobilityEwp = { fieldV6Values: { '12': '1' } };
    expect(ewp).toBeDefined();
  });
});

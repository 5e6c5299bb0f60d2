// Needs and options are checked (issue #12): an unknown code in a need or a consortium's
// cells throws a RangeError naming the function, the option and the value, with the same
// "did you mean" as a validation issue, instead of a ranking matched on nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CELLS,
  HEALTH_FIELDS,
  LANGUAGES,
  REGIONS,
  type IscedFieldCode,
} from '../../src/catalog/index.js';
import { rankPartners, suggestConsortium, type Need } from '../../src/synergy/index.js';
import { expectLibraryError } from '../policy/_errors.js';
import { buildNetwork } from './_build.js';

const network = buildNetwork({
  partners: [
    { id: 'p1', offers: ['C5', 'B4'], fields: ['0912'], languages: ['fr', 'en'], country: 'FR' },
    { id: 'p2', offers: ['C5'], fields: ['0913'], languages: ['en'], country: 'TH' },
  ],
});

/** A need as data read at run time gives it: not checked by the compiler. */
const need = (value: Record<string, unknown>) => value as unknown as Need;

describe('rankPartners: the codes of a need', () => {
  it.each<[string, Record<string, unknown>, string]>([
    [
      'a language by its name',
      { cells: ['C5'], languages: ['french'] },
      "rankPartners: need.languages[0] 'french' is not a language code; did you mean 'fr' (French)?",
    ],
    [
      'the second language',
      { cells: ['C5'], languages: ['fr', 'xx'] },
      "rankPartners: need.languages[1] 'xx' is not a language code (183 ISO 639-1 codes, see LANGUAGES)",
    ],
    [
      'a cell in lower case',
      { cells: ['B4', 'c5'] },
      "rankPartners: need.cells[1] 'c5' is not a cell code; did you mean 'C5'?",
    ],
    [
      'a cell of no area',
      { cells: ['E1'] },
      "rankPartners: need.cells[0] 'E1' is not a cell code (20 cells A1…D5, see CELLS)",
    ],
    [
      'a region by its name',
      { cells: ['C5'], regions: ['Europe'] },
      "rankPartners: need.regions[0] 'Europe' is not a region code; did you mean 'europe'?",
    ],
    [
      'a region by its French name',
      { cells: ['C5'], regions: ['Asie-Pacifique'] },
      "rankPartners: need.regions[0] 'Asie-Pacifique' is not a region code; did you mean 'asia-pacific'?",
    ],
    [
      'a region it begins',
      { cells: ['C5'], regions: ['asia'] },
      "rankPartners: need.regions[0] 'asia' is not a region code; did you mean 'asia-pacific'? (7 regions, see REGIONS)",
    ],
    [
      'a field by its name',
      { cells: ['C5'], fields: ['medicine'] },
      "rankPartners: need.fields[0] 'medicine' is not an ISCED-F 2013 field code; did you mean '0912' (Medicine)?",
    ],
    [
      'a field without its leading 0',
      { cells: ['C5'], fields: ['912'] },
      "rankPartners: need.fields[0] '912' is not an ISCED-F 2013 field code; did you mean '0912' (Medicine)? (149 fields, see ISCED_FIELDS)",
    ],
    [
      'a field as a number',
      { cells: ['C5'], fields: [912] },
      "rankPartners: need.fields[0] expected an ISCED-F 2013 field code, received 912; did you mean '0912' (Medicine)? (149 fields, see ISCED_FIELDS)",
    ],
  ])('names %s', (_what, given, message) => {
    const error = expectLibraryError(
      () => rankPartners(network, need(given)),
      RangeError,
      message,
      'synergy.unknown_code',
    );
    expect(error.params).toMatchObject({ caller: 'rankPartners' });
  });

  it('throws a RangeError, not a TypeError, for an unknown code', () => {
    expect(() => rankPartners(network, need({ cells: ['C5'], languages: ['french'] }))).toThrow(
      RangeError,
    );
  });

  it.each<[string, unknown, string]>([
    [
      'no need',
      undefined,
      "rankPartners: need must be an object such as { cells: ['C5'] }, received nothing",
    ],
    [
      'a need of null',
      null,
      "rankPartners: need must be an object such as { cells: ['C5'] }, received null",
    ],
    [
      'a need without cells',
      {},
      'rankPartners: need.cells must be a list of cell codes, received nothing',
    ],
    [
      'cells as one string',
      { cells: 'C5' },
      "rankPartners: need.cells must be a list of cell codes, received 'C5'",
    ],
    [
      'languages as one string',
      { cells: ['C5'], languages: 'fr' },
      "rankPartners: need.languages must be a list of language codes, received 'fr'",
    ],
  ])('throws a TypeError for %s', (_what, given, message) => {
    expectLibraryError(() => rankPartners(network, given as Need), TypeError, message);
  });

  it('accepts every catalog code, and an empty or absent optional list', () => {
    fc.assert(
      fc.property(
        fc.subarray([...CELLS]),
        fc.option(fc.subarray(LANGUAGES.map((language) => language.code)), { nil: undefined }),
        fc.option(fc.subarray(REGIONS.map((region) => region.code)), { nil: undefined }),
        fc.option(
          fc.subarray<IscedFieldCode>([
            ...HEALTH_FIELDS.map((field) => field.code),
            '0511',
            '0000',
            '9999',
          ]),
          { nil: undefined },
        ),
        (cells, languages, regions, fields) => {
          expect(() => rankPartners(network, { cells, languages, regions, fields })).not.toThrow();
        },
      ),
    );
  });

  it('checks before ranking: a need naming nothing the network has still throws', () => {
    expect(() => rankPartners(network, need({ cells: ['A1'], languages: ['klingon'] }))).toThrow(
      "rankPartners: need.languages[0] 'klingon' is not a language code (183 ISO 639-1 codes, see LANGUAGES)",
    );
  });

  it('ranks as before for a valid need', () => {
    expect(rankPartners(network, { cells: ['C5'], languages: ['fr'] })).toEqual([
      { partnerId: 'p1', score: 1, matched: { cells: ['C5'], fields: [], languages: ['fr'] } },
      { partnerId: 'p2', score: 0.8, matched: { cells: ['C5'], fields: [], languages: [] } },
    ]);
  });
});

describe('suggestConsortium: the cells', () => {
  it('names an unknown cell, with the cell meant', () => {
    expectLibraryError(
      () => suggestConsortium(network, ['C5', 'b4'] as never),
      RangeError,
      "suggestConsortium: cells[1] 'b4' is not a cell code; did you mean 'B4'?",
      'synergy.unknown_code',
    );
    expectLibraryError(
      () => suggestConsortium(network, ['Z9'] as never),
      RangeError,
      "suggestConsortium: cells[0] 'Z9' is not a cell code (20 cells A1…D5, see CELLS)",
      'synergy.unknown_code',
    );
  });

  it('throws a TypeError when the cells are not a list', () => {
    expectLibraryError(
      () => suggestConsortium(network, 'C5' as never),
      TypeError,
      "suggestConsortium: cells must be a list of cell codes, received 'C5'",
      'synergy.not_a_list',
    );
  });

  it('accepts every subset of CELLS', () => {
    fc.assert(
      fc.property(fc.subarray([...CELLS]), (cells) => {
        expect(suggestConsortium(network, cells).covered.length).toBeLessThanOrEqual(cells.length);
      }),
    );
  });
});

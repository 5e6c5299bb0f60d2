// Issue #13: every message of the synergy functions comes from the catalogue
// (src/messages/synergy.ts), in English (unchanged) and in French. Errors carry the `code`
// and `params` they were made from, so that a program says them again in French; the
// reasons of `fitScore` are French with `locale: 'fr'`.
import { describe, expect, it } from 'vitest';
import type { LibraryError } from '../../src/messages/_table.js';
import { formatMessage, type MessageCode } from '../../src/messages/index.js';
import { SYNERGY_MESSAGES } from '../../src/messages/synergy.js';
import { parseProposal } from '../../src/schemas/index.js';
import {
  fitScore,
  mobilityBalance,
  pairSynergy,
  rankPartners,
  suggestCollaborations,
  suggestConsortium,
  type Need,
} from '../../src/synergy/index.js';
import { expectLibraryError } from '../policy/_errors.js';
import { buildNetwork } from './_build.js';

const NBSP = '\u00a0';

/** The codes this file has rendered in French. */
const rendered = new Set<string>();

/** The French of a message of the catalogue, noted as rendered. */
function french(code: string, params: unknown): string {
  rendered.add(code);
  return formatMessage(code, params as never, { locale: 'fr' });
}

/** Checks a thrown error: class, English message, code, params, and its French. */
function expectError(
  run: () => unknown,
  Ctor: new (message: string) => Error,
  code: string,
  en: string,
  fr: string,
): LibraryError {
  const error = expectLibraryError(run, Ctor, en, code);
  expect(french(error.code, error.params)).toBe(fr);
  expect(formatMessage(error.code as MessageCode, error.params as never)).toBe(en);
  return error;
}

const network = buildNetwork({
  partners: [
    { id: 'p1', offers: ['C5', 'B4'], fields: ['0912'], languages: ['fr', 'en'] },
    { id: 'p2', offers: ['C5'], languages: ['en'] },
  ],
});

/** A need as data read at run time gives it: not checked by the compiler. */
const need = (value: unknown) => value as Need;

describe('synergy errors in English and French', () => {
  it('synergy.invalid_count: a count option that is not a whole number', () => {
    const error = expectError(
      () => rankPartners(network, { cells: ['C5'] }, { limit: 1.5 }),
      RangeError,
      'synergy.invalid_count',
      'rankPartners: limit must be a whole number ≥ 0, received 1.5',
      `rankPartners${NBSP}: limit doit être un nombre entier ≥${NBSP}0, valeur reçue 1.5`,
    );
    expect(error.params).toEqual({
      caller: 'rankPartners',
      option: 'limit',
      min: 0,
      received: 1.5,
    });
    expectError(
      () => suggestCollaborations(network, { minShared: 0 }),
      RangeError,
      'synergy.invalid_count',
      'suggestCollaborations: minShared must be a whole number ≥ 1, received 0',
      `suggestCollaborations${NBSP}: minShared doit être un nombre entier ≥${NBSP}1, valeur reçue 0`,
    );
    // A value from JavaScript is shown quoted, as every value of a message is.
    expectError(
      () => suggestConsortium(network, ['C5'], { maxPartners: '2' as never }),
      RangeError,
      'synergy.invalid_count',
      "suggestConsortium: maxPartners must be a whole number ≥ 0, received '2'",
      `suggestConsortium${NBSP}: maxPartners doit être un nombre entier ≥${NBSP}0, valeur reçue '2'`,
    );
  });

  it('synergy.need_not_an_object: no need, or not an object', () => {
    const error = expectError(
      () => rankPartners(network, need(undefined)),
      TypeError,
      'synergy.need_not_an_object',
      "rankPartners: need must be an object such as { cells: ['C5'] }, received nothing",
      `rankPartners${NBSP}: need doit être un objet tel que { cells: ['C5'] }, aucune valeur reçue`,
    );
    expect(error.params).toEqual({ caller: 'rankPartners', received: undefined });
    expectError(
      () => rankPartners(network, need(null)),
      TypeError,
      'synergy.need_not_an_object',
      "rankPartners: need must be an object such as { cells: ['C5'] }, received null",
      `rankPartners${NBSP}: need doit être un objet tel que { cells: ['C5'] }, valeur reçue null`,
    );
  });

  it('synergy.not_a_list: a list of codes that is not a list', () => {
    const error = expectError(
      () => rankPartners(network, need({ cells: ['C5'], languages: 'fr' })),
      TypeError,
      'synergy.not_a_list',
      "rankPartners: need.languages must be a list of language codes, received 'fr'",
      `rankPartners${NBSP}: need.languages doit être une liste de codes de langue, valeur reçue 'fr'`,
    );
    expect(error.params).toEqual({
      caller: 'rankPartners',
      option: 'need.languages',
      of: 'language',
      received: 'fr',
    });
    expectError(
      () => rankPartners(network, need({})),
      TypeError,
      'synergy.not_a_list',
      'rankPartners: need.cells must be a list of cell codes, received nothing',
      `rankPartners${NBSP}: need.cells doit être une liste de codes de case, aucune valeur reçue`,
    );
    expectError(
      () => rankPartners(network, need({ cells: ['C5'], fields: {} })),
      TypeError,
      'synergy.not_a_list',
      'rankPartners: need.fields must be a list of ISCED-F 2013 field codes, received an object',
      `rankPartners${NBSP}: need.fields doit être une liste de codes de domaine d'études CITE-F 2013, valeur reçue${NBSP}: un objet`,
    );
    expectError(
      () => rankPartners(network, need({ cells: ['C5'], regions: 5 })),
      TypeError,
      'synergy.not_a_list',
      'rankPartners: need.regions must be a list of region codes, received 5',
      `rankPartners${NBSP}: need.regions doit être une liste de codes de région, valeur reçue 5`,
    );
  });

  it('synergy.unknown_code: an unknown code, with the closest codes', () => {
    const error = expectError(
      () => rankPartners(network, need({ cells: ['C5'], languages: ['french'] })),
      RangeError,
      'synergy.unknown_code',
      "rankPartners: need.languages[0] 'french' is not a language code; did you mean 'fr' (French)?",
      `rankPartners${NBSP}: need.languages[0] 'french' n'est pas un code de langue${NBSP}; vouliez-vous dire 'fr' (français)${NBSP}?`,
    );
    expect(error.params).toMatchObject({
      caller: 'rankPartners',
      option: 'need.languages',
      index: 0,
      received: 'french',
      suggestions: ['fr'],
      of: 'language',
      certain: true,
      list: 'LANGUAGES',
    });
    expectError(
      () => rankPartners(network, need({ cells: ['E1'] })),
      RangeError,
      'synergy.unknown_code',
      "rankPartners: need.cells[0] 'E1' is not a cell code (20 cells A1…D5, see CELLS)",
      `rankPartners${NBSP}: need.cells[0] 'E1' n'est pas un code de case (20 cases A1…D5, voir CELLS)`,
    );
    expectError(
      () => rankPartners(network, need({ cells: ['C5'], regions: ['asia'] })),
      RangeError,
      'synergy.unknown_code',
      "rankPartners: need.regions[0] 'asia' is not a region code; did you mean 'asia-pacific'? (7 regions, see REGIONS)",
      `rankPartners${NBSP}: need.regions[0] 'asia' n'est pas un code de région${NBSP}; vouliez-vous dire 'asia-pacific'${NBSP}? (7 régions, voir REGIONS)`,
    );
    // After the option, the sentence is the validation issue's, in either language.
    const field = expectLibraryError(
      () => rankPartners(network, need({ cells: ['C5'], fields: [912] })),
      RangeError,
      "rankPartners: need.fields[0] expected an ISCED-F 2013 field code, received 912; did you mean '0912' (Medicine)? (149 fields, see ISCED_FIELDS)",
      'synergy.unknown_code',
    );
    expect(french(field.code, field.params)).toBe(
      `rankPartners${NBSP}: need.fields[0] ${formatMessage('issue.invalid_value', field.params as never, { locale: 'fr' })}`,
    );
    expect(french(field.code, field.params)).toMatch(
      new RegExp(
        `^rankPartners${NBSP}: need\\.fields\\[0\\] un code de domaine d'études CITE-F 2013 attendu, valeur reçue 912${NBSP}; vouliez-vous dire '0912'`,
      ),
    );
    expectError(
      () => suggestConsortium(network, ['C5', 'b4'] as never),
      RangeError,
      'synergy.unknown_code',
      "suggestConsortium: cells[1] 'b4' is not a cell code; did you mean 'B4'?",
      `suggestConsortium${NBSP}: cells[1] 'b4' n'est pas un code de case${NBSP}; vouliez-vous dire 'B4'${NBSP}?`,
    );
  });

  it('synergy.unknown_partner: an id the network does not have', () => {
    const error = expectError(
      () => pairSynergy(network, 'p1', 'nobody'),
      RangeError,
      'synergy.unknown_partner',
      "pairSynergy: the network has no partner with id 'nobody'",
      `pairSynergy${NBSP}: aucun partenaire du réseau n'a l'identifiant 'nobody'`,
    );
    expect(error.params).toEqual({ caller: 'pairSynergy', partnerId: 'nobody' });
    expectError(
      () => mobilityBalance(network, { partnerId: 'nobody' }),
      RangeError,
      'synergy.unknown_partner',
      "mobilityBalance: the network has no partner with id 'nobody'",
      `mobilityBalance${NBSP}: aucun partenaire du réseau n'a l'identifiant 'nobody'`,
    );
  });

  it('synergy.too_many_pairs: too many pairs without a limit (the error: hostile.test.ts)', () => {
    const params = { caller: 'suggestCollaborations', max: 1_000_000, minShared: 1 };
    expect(formatMessage('synergy.too_many_pairs', params)).toBe(
      'suggestCollaborations: more than 1,000,000 pairs of partners share at least 1 cell; pass a limit (the best pairs are returned first) or a larger minShared',
    );
    // Intl.NumberFormat('fr') groups digits with a narrow no-break space (U+202F).
    expect(french('synergy.too_many_pairs', params)).toBe(
      `suggestCollaborations${NBSP}: plus de 1\u202f000\u202f000 paires de partenaires ont au moins 1${NBSP}case en commun${NBSP}; indiquez une limite avec limit (les meilleures paires sont renvoyées en premier) ou un minShared plus grand`,
    );
    expect(formatMessage('synergy.too_many_pairs', { ...params, minShared: 2 })).toContain(
      'share at least 2 cells;',
    );
    expect(french('synergy.too_many_pairs', { ...params, minShared: 2 })).toContain(
      `au moins 2${NBSP}cases en commun`,
    );
  });
});

describe('fitScore reasons in English and French', () => {
  const scored = buildNetwork({
    partners: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }],
    agreements: [
      { id: 'a1', partners: ['p1', 'p2'], scope: ['C5', 'B4'] },
      { id: 'a2', partners: ['p3'], scope: ['C5', 'A1'] },
      { id: 'a3', partners: ['p1'], scope: ['A3'], startsOn: '2013-01-01', endsOn: '2015-12-31' },
    ],
  });
  const proposal = (overrides: Record<string, unknown> = {}) =>
    parseProposal({
      id: 'e1',
      partner: 'p1',
      submittedOn: '2016-01-01',
      period: { start: '2016-01-15', end: '2016-04-14' },
      scope: ['A2', 'B4', 'C5'],
      commitments: [],
      ...overrides,
    });

  it('gives every reason in French with locale fr, the same numbers, English by default', () => {
    const english = fitScore(proposal(), scored);
    const inFrench = fitScore(proposal(), scored, { locale: 'fr' });
    expect(fitScore(proposal(), scored, { locale: 'en' })).toEqual(english);
    expect(inFrench.score).toBe(english.score);
    expect(inFrench.components).toEqual(english.components);
    expect(english.reasons).toEqual([
      'serves 3 of 4 strategies: 2, 3, 4',
      'fills 1 gap: A2',
      'B4 already has 2 partners',
      'C5 is saturated (3 partners)',
      '2 months within the plan',
      'no funding declared',
      'the partner completed an earlier agreement with UHS',
    ]);
    expect(inFrench.reasons).toEqual([
      `contribue à 3 des 4 stratégies${NBSP}: 2, 3, 4`,
      `comble 1${NBSP}lacune${NBSP}: A2`,
      `la case B4 a déjà 2${NBSP}partenaires`,
      `la case C5 est saturée (3${NBSP}partenaires)`,
      `2${NBSP}mois dans la période du plan`,
      'aucun financement déclaré',
      "le partenaire a mené à terme une convention antérieure avec l'UHS",
    ]);
  });

  it('words the other branches of each reason in French', () => {
    const other = proposal({
      partner: 'p2',
      scope: ['A2', 'D3', 'A1'],
      funding: { source: 'Example Fund' },
      period: { start: '2016-01-01', end: '2016-01-31' },
    });
    expect(fitScore(other, scored, { locale: 'fr' }).reasons).toEqual([
      `contribue à 2 des 4 stratégies${NBSP}: 1, 2`,
      `comble 2${NBSP}lacunes${NBSP}: A2, D3`,
      `la case A1 a déjà 1${NBSP}partenaire`,
      `1${NBSP}mois dans la période du plan`,
      'financement déclaré',
      "aucune convention menée à terme avec l'UHS à ce jour",
    ]);
    expect(
      fitScore(proposal({ scope: ['A1'] }), scored, { locale: 'fr', saturation: 1 }).reasons[1],
    ).toBe(`la case A1 est saturée (1${NBSP}partenaire)`);
    expect(fitScore(proposal({ scope: [] }), scored, { locale: 'fr' }).reasons[0]).toBe(
      `ne contribue à aucune stratégie de l'objectif stratégique n°${NBSP}6`,
    );
    expect(fitScore(proposal({ scope: [] }), scored).reasons[0]).toBe(
      'serves no strategy of Goal #6',
    );
  });

  it('renders every reason code from its params, as fitScore does', () => {
    const cases: [string, unknown, string, string][] = [
      [
        'synergy.reason.strategies',
        { goal: 6, served: [3], total: 4 },
        'serves 1 of 4 strategies: 3',
        `contribue à 1 des 4 stratégies${NBSP}: 3`,
      ],
      [
        'synergy.reason.gaps',
        { cells: ['C5'] },
        'fills 1 gap: C5',
        `comble 1${NBSP}lacune${NBSP}: C5`,
      ],
      [
        'synergy.reason.saturated',
        { cell: 'C5', partners: 4 },
        'C5 is saturated (4 partners)',
        `la case C5 est saturée (4${NBSP}partenaires)`,
      ],
      [
        'synergy.reason.covered',
        { cell: 'B4', partners: 1 },
        'B4 already has 1 partner',
        `la case B4 a déjà 1${NBSP}partenaire`,
      ],
      [
        'synergy.reason.months',
        { months: 36 },
        '36 months within the plan',
        `36${NBSP}mois dans la période du plan`,
      ],
      ['synergy.reason.funding', { declared: true }, 'funding declared', 'financement déclaré'],
      [
        'synergy.reason.history',
        { completed: false },
        'no completed agreement with UHS yet',
        "aucune convention menée à terme avec l'UHS à ce jour",
      ],
    ];
    for (const [code, params, en, fr] of cases) {
      expect(formatMessage(code as MessageCode, params as never)).toBe(en);
      expect(french(code, params)).toBe(fr);
    }
  });

  it('rejects a locale it does not speak, naming fitScore', () => {
    const error = expectLibraryError(
      () => fitScore(proposal(), scored, { locale: 'de' as never }),
      RangeError,
      "fitScore: locale must be one of 'en', 'fr', received 'de'",
      'locale.unknown',
    );
    expect(error.params).toEqual({ caller: 'fitScore', received: 'de', allowed: ['en', 'fr'] });
  });
});

describe('the synergy part of the catalogue', () => {
  // Runs last: the tests of a file run in order.
  it('has had every one of its codes rendered in French above', () => {
    expect([...rendered].sort()).toEqual(Object.keys(SYNERGY_MESSAGES).sort());
  });
});

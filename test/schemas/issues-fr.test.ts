// Validation issues in French (SPEC §12, issue #13): every message `issue.<code>` of the
// catalogue is rendered in French here at least once, with its exact text; every issue a
// parse reports carries the `params` its English `message` is made from; `formatIssues`
// writes the issues again in French from their code and params.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, LIBRARY_ISSUE_CODES, type IssueCode } from '../../src/catalog/index.js';
import { formatMessage, type MessageCode } from '../../src/messages/index.js';
import { ISSUE_EN, ISSUE_FR, ISSUE_MESSAGES } from '../../src/messages/issues.js';
import {
  formatIssues,
  parseNetwork,
  safeParseAgreement,
  safeParseNetwork,
  safeParsePartner,
  safeParseProposal,
  type ValidationIssue,
} from '../../src/schemas/index.js';
import { agreementInput, copy, networkInput, partnerInput, proposalInput } from './_fixtures.js';

function issuesOf(result: {
  readonly success: boolean;
  readonly issues?: readonly ValidationIssue[];
}): readonly ValidationIssue[] {
  return result.success ? [] : (result.issues ?? []);
}

const partner = (changes: Record<string, unknown>) =>
  issuesOf(safeParsePartner({ ...copy(partnerInput), ...changes }));
const agreement = (changes: Record<string, unknown>) =>
  issuesOf(safeParseAgreement({ ...copy(agreementInput), ...changes }));
const proposal = (changes: Record<string, unknown>) =>
  issuesOf(safeParseProposal({ ...copy(proposalInput), ...changes }));
const network = (changes: Record<string, unknown>) =>
  issuesOf(safeParseNetwork({ ...copy(networkInput), ...changes }));

/** The issues in French, one `[code, message]` pair each. */
function inFrench(issues: readonly ValidationIssue[]): [IssueCode, string][] {
  return issues.map((issue) => [
    issue.code,
    formatMessage(`issue.${issue.code}` as MessageCode, issue.params as never, { locale: 'fr' }),
  ]);
}

/** A message of the catalogue in French. */
const fr = (code: string, params: Record<string, unknown>) =>
  formatMessage(code, params, { locale: 'fr' });

const rendered = new Set<string>();

/** Records that a French message was checked by a test, for the completeness test at the end. */
function checked(...codes: string[]): void {
  for (const code of codes) rendered.add(code);
}

describe('issues of types, values and forms, in French', () => {
  it('invalid_type: the type expected, the value received or its absence', () => {
    expect(inFrench(partner({ name: 5 }))).toEqual([
      ['invalid_type', 'une chaîne de caractères attendue, valeur reçue 5'],
    ]);
    expect(inFrench(partner({ name: undefined }))).toEqual([
      ['invalid_type', 'champ obligatoire manquant (une chaîne de caractères attendue)'],
    ]);
    expect(inFrench(partner({ name: ['x'] }))).toEqual([
      ['invalid_type', 'une chaîne de caractères attendue, valeur reçue\u00a0: un tableau'],
    ]);
    expect(inFrench(agreement({ suspended: 'yes' }))).toEqual([
      ['invalid_type', "un booléen attendu, valeur reçue 'yes'"],
    ]);
    expect(fr('issue.invalid_type', { expected: 'date', received: 1 })).toBe(
      'type date attendu, valeur reçue 1',
    );
    checked('issue.invalid_type');
  });

  it('invalid_value: did you mean, with the French names of countries and languages', () => {
    expect(inFrench(partner({ country: 'Belgique' }))).toEqual([
      [
        'invalid_value',
        "'Belgique' n'est pas un code de pays\u00a0; vouliez-vous dire 'BE' (Belgique)\u00a0?",
      ],
    ]);
    expect(inFrench(partner({ country: 'Allemagne' }))).toEqual([
      [
        'invalid_value',
        "'Allemagne' n'est pas un code de pays\u00a0; vouliez-vous dire 'DE' (Allemagne)\u00a0?",
      ],
    ]);
    expect(inFrench(partner({ languages: ['allemand'] }))).toEqual([
      [
        'invalid_value',
        "'allemand' n'est pas un code de langue\u00a0; vouliez-vous dire 'de' (allemand)\u00a0?",
      ],
    ]);
    expect(inFrench(partner({ languages: ['French'] }))).toEqual([
      [
        'invalid_value',
        "'French' n'est pas un code de langue\u00a0; vouliez-vous dire 'fr' (français)\u00a0?",
      ],
    ]);
    expect(inFrench(partner({ type: 'univ' }))).toEqual([
      [
        'invalid_value',
        "'univ' n'est pas un type d'établissement\u00a0; vouliez-vous dire 'university'\u00a0? (11 types, voir INSTITUTION_TYPES)",
      ],
    ]);
    expect(inFrench(partner({ country: 7 }))).toEqual([
      [
        'invalid_value',
        'un code de pays attendu, valeur reçue 7 (249 codes ISO 3166-1 alpha-2, voir COUNTRIES)',
      ],
    ]);
    expect(inFrench(partner({ offers: ['E1'] }))).toEqual([
      ['invalid_value', "'E1' n'est pas un code de case (20 cases A1…D5, voir CELLS)"],
    ]);
    expect(inFrench(agreement({ instrument: 'treaty' }))).toEqual([
      [
        'invalid_value',
        "'treaty' n'est pas un instrument (5 instruments\u00a0: 'mou', 'exchange', 'research', 'grant', 'other')",
      ],
    ]);
    expect(inFrench(agreement({ commitments: [{ area: 'B', activity: 2 }] }))).toEqual([
      [
        'invalid_value',
        "un type d'engagement attendu, aucune valeur reçue (4 types\u00a0: 'mobility', 'resources', 'distance-course', 'joint-programme')",
      ],
    ]);
    expect(inFrench(proposal({ strategies: ['3', 5] }))).toEqual([
      [
        'invalid_value',
        "'3' n'est pas un code de stratégie\u00a0; vouliez-vous dire 3 (research-cooperation)\u00a0?",
      ],
      ['invalid_value', "5 n'est pas un code de stratégie (4 stratégies 1…4, voir STRATEGIES)"],
    ]);
    expect(inFrench(network({ schemaVersion: undefined }))).toEqual([
      ['invalid_value', 'valeur 2 attendue, aucune valeur reçue'],
    ]);
    expect(inFrench(partner({ fields: ['nursing'] }))).toEqual([
      [
        'invalid_format',
        "format attendu\u00a0: un code de domaine d'études CITE-F 2013 à quatre chiffres, valeur reçue 'nursing'",
      ],
    ]);
    checked('issue.invalid_value');
  });

  it('invalid_value: the French words of every closed list', () => {
    const value = (of: string, allowed: readonly (string | number)[], received: unknown) =>
      fr('issue.invalid_value', { received, allowed, suggestions: [], of, certain: false });
    expect(value('area', ['A', 'B', 'C', 'D'], 'E')).toBe(
      "'E' n'est pas un code de domaine prioritaire (4 domaines prioritaires A…D\u00a0: 'A', 'B', 'C', 'D')",
    );
    expect(value('mobility-activity', [1, 2], 3)).toBe(
      "3 n'est pas une activité de mobilité (2 activités\u00a0: 1, 2)",
    );
    expect(value('direction', ['incoming', 'outgoing'], 'in')).toBe(
      "'in' n'est pas un sens de mobilité (2 sens\u00a0: 'incoming', 'outgoing')",
    );
    expect(value('level', ['bachelor', 'master'], 'phd')).toBe(
      "'phd' n'est pas un niveau (2 niveaux\u00a0: 'bachelor', 'master')",
    );
    expect(value('resource-item', ['curriculum', 'other'], 5)).toBe(
      "une ressource attendue, valeur reçue 5 (2 ressources\u00a0: 'curriculum', 'other')",
    );
    expect(value('programme-type', ['joint-degree', 'joint-course'], {})).toBe(
      "un type de programme attendu, valeur reçue\u00a0: un objet (2 types\u00a0: 'joint-degree', 'joint-course')",
    );
    expect(value('value', ['a', 'b'], 'c')).toBe(
      "'c' n'est pas une valeur acceptée (2 valeurs\u00a0: 'a', 'b')",
    );
    const listed = (of: string, allowed: readonly (string | number)[], list: string) =>
      fr('issue.invalid_value', {
        received: 'x',
        allowed,
        suggestions: [],
        of,
        certain: false,
        list,
      });
    expect(listed('activity', [1, 2, 3, 4, 5], 'ACTIVITIES')).toBe(
      "'x' n'est pas un code d'activité (5 activités 1…5, voir ACTIVITIES)",
    );
    expect(listed('cefr-level', ['A1', 'C2'], 'CEFR_LEVELS')).toBe(
      "'x' n'est pas un niveau du CECRL (2 niveaux A1…C2, voir CEFR_LEVELS)",
    );
    expect(listed('region', ['asean', 'other'], 'REGIONS')).toBe(
      "'x' n'est pas un code de région (2 régions, voir REGIONS)",
    );
    expect(listed('language', ['en', 'fr'], 'LANGUAGES')).toBe(
      "'x' n'est pas un code de langue (2 codes ISO 639-1, voir LANGUAGES)",
    );
    expect(
      fr('issue.invalid_value', {
        received: 'nursing',
        allowed: ['0912', '0913'],
        suggestions: ['0913'],
        of: 'isced-field',
        certain: false,
        list: 'ISCED_FIELDS',
        labels: [{ en: 'Nursing and midwifery', fr: 'Nursing and midwifery' }],
      }),
    ).toBe(
      "'nursing' n'est pas un code de domaine d'études CITE-F 2013\u00a0; vouliez-vous dire '0913' (Nursing and midwifery)\u00a0? (2 domaines d'études, voir ISCED_FIELDS)",
    );
    expect(
      fr('issue.invalid_value', {
        received: 'eng',
        allowed: ['en', 'ng', 'fr'],
        suggestions: ['en', 'ng'],
        of: 'language',
        certain: false,
        labels: [
          { en: 'English', fr: 'anglais' },
          { en: 'Ndonga', fr: 'ndonga' },
        ],
        list: 'LANGUAGES',
      }),
    ).toBe(
      "'eng' n'est pas un code de langue\u00a0; vouliez-vous dire 'en' (anglais) ou 'ng' (ndonga)\u00a0? (3 codes ISO 639-1, voir LANGUAGES)",
    );
  });

  it('invalid_format: the form expected, in French', () => {
    expect(
      inFrench(
        partner({
          id: '-bad',
          website: 'ftp://files.example.org/',
          identifiers: { ror: 'abc', schac: 'lyon' },
          contacts: [{ name: 'Example Contact', email: 'nope' }],
        }),
      ),
    ).toEqual([
      [
        'invalid_format',
        "format attendu\u00a0: un identifiant de 1 à 64 caractères a–z, 0–9 et '-', ne commençant pas par '-', valeur reçue '-bad'",
      ],
      [
        'invalid_format',
        "format attendu\u00a0: une URL http(s) telle que https://www.example.edu/, valeur reçue 'ftp://files.example.org/'",
      ],
      [
        'invalid_format',
        "format attendu\u00a0: un identifiant ROR tel que '04jpmg381' ou 'https://ror.org/04jpmg381', valeur reçue 'abc'",
      ],
      [
        'invalid_format',
        "format attendu\u00a0: une valeur de la forme requise, valeur reçue 'lyon'",
      ],
      ['invalid_format', "format attendu\u00a0: une adresse électronique, valeur reçue 'nope'"],
    ]);
    expect(inFrench(partner({ website: 'https://xn--a.example.edu/' }))).toEqual([
      [
        'invalid_format',
        "format attendu\u00a0: une URL http(s), valeur reçue 'https://xn--a.example.edu/'",
      ],
    ]);
    expect(inFrench(agreement({ funding: { source: 'x', currency: 'eur' } }))).toEqual([
      [
        'invalid_format',
        "format attendu\u00a0: un code de devise ISO 4217 tel que EUR, valeur reçue 'eur'",
      ],
    ]);
    expect(fr('issue.invalid_format', { format: 'academic-year', received: '24-25' })).toBe(
      "format attendu\u00a0: une année universitaire 'AAAA' ou 'AAAA-AAAA', valeur reçue '24-25'",
    );
    expect(fr('issue.invalid_format', { format: 'consecutive-years', received: '2024-2026' })).toBe(
      "format attendu\u00a0: deux années consécutives, valeur reçue '2024-2026'",
    );
    expect(fr('issue.invalid_format', { format: 'uuid', received: 'x'.repeat(41) })).toBe(
      `format attendu\u00a0: uuid, valeur reçue '${'x'.repeat(40)}…' (41\u00a0caractères)`,
    );
    checked('issue.invalid_format');
  });

  it('invalid_union, unrecognized_keys, custom', () => {
    expect(inFrench(proposal({ partner: 5 }))).toEqual([
      ['invalid_union', 'la valeur ne correspond à aucune des formes acceptées'],
    ]);
    expect(inFrench(partner({ colour: 'red' }))).toEqual([
      ['unrecognized_keys', "clé inconnue 'colour'"],
    ]);
    const unreadable = Object.defineProperty({ schemaVersion: 1 }, 'partners', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(inFrench(issuesOf(safeParseNetwork(unreadable)))).toEqual([
      ['custom', "les données ne peuvent pas être validées\u00a0: elles n'ont pas pu être lues"],
    ]);
    expect(fr('issue.custom', { reason: 'too-large' })).toBe(
      'les données ne peuvent pas être validées\u00a0: elles sont trop imbriquées ou trop volumineuses',
    );
    expect(fr('issue.custom', {})).toBe('valeur invalide');
    checked('issue.invalid_union', 'issue.unrecognized_keys', 'issue.custom');
  });

  it('too_small, too_big, not_multiple_of: bounds in words, numbers with a decimal comma', () => {
    const mobility = agreementInput.commitments[0];
    expect(
      inFrench(partner({ name: '', acronym: 'x'.repeat(51), languages: [], contacts: [] })),
    ).toEqual([
      ['too_small', 'au moins 1 caractère attendu'],
      ['too_big', 'au plus 50 caractères attendus'],
      ['too_small', 'au moins 1 élément attendu'],
      ['too_small', 'au moins 1 élément attendu'],
    ]);
    expect(
      inFrench(
        agreement({ commitments: [{ ...mobility, perYear: 0, totalMonthsPerYear: 36_600_001 }] }),
      ),
    ).toEqual([
      ['too_small', 'nombre supérieur ou égal à 1 attendu'],
      ['too_big', 'nombre inférieur ou égal à 36600000 attendu'],
    ]);
    expect(inFrench(agreement({ commitments: [{ ...mobility, totalMonthsPerYear: 0 }] }))).toEqual([
      ['too_small', 'nombre strictement supérieur à 0 attendu'],
    ]);
    const bound = { inclusive: true, exact: false };
    expect(fr('issue.too_small', { ...bound, origin: 'string', minimum: 4, exact: true })).toBe(
      'exactement 4 caractères attendus',
    );
    expect(fr('issue.too_big', { ...bound, origin: 'array', maximum: 2, inclusive: false })).toBe(
      'moins de 2 éléments attendus',
    );
    expect(fr('issue.too_small', { ...bound, origin: 'set', minimum: 2, inclusive: false })).toBe(
      'plus de 2 éléments attendus',
    );
    expect(
      fr('issue.too_big', { ...bound, origin: 'number', maximum: 0.5, inclusive: false }),
    ).toBe('nombre strictement inférieur à 0,5 attendu');
    expect(fr('issue.too_big', { ...bound, origin: 'number', maximum: 7, exact: true })).toBe(
      'nombre égal à 7 attendu',
    );
    expect(fr('issue.not_multiple_of', { divisor: 1 })).toBe('nombre entier attendu');
    expect(fr('issue.not_multiple_of', { divisor: 0.5 })).toBe('multiple de 0,5 attendu');
    checked('issue.too_small', 'issue.too_big', 'issue.not_multiple_of');
  });
});

describe('issues of the library’s own rules, in French', () => {
  it('invalid_date, invalid_ror_checksum, date_order', () => {
    expect(inFrench(agreement({ startsOn: '2015-02-30' }))).toEqual([
      ['invalid_date', "date valide au format AAAA-MM-JJ attendue, valeur reçue '2015-02-30'"],
    ]);
    expect(inFrench(partner({ identifiers: { ror: '012dev089' } }))).toEqual([
      [
        'invalid_ror_checksum',
        "les chiffres de contrôle de l'identifiant ROR '012dev089' sont erronés (chiffres attendus\u00a0: 81)",
      ],
    ]);
    expect(inFrench(agreement({ endsOn: '2014-01-01' }))).toEqual([
      ['date_order', 'endsOn (2014-01-01) doit être postérieure à startsOn (2015-01-01)'],
      ['date_order', 'signedOn (2014-12-15) ne doit pas être postérieure à endsOn (2014-01-01)'],
    ]);
    expect(inFrench(agreement({ terminatedOn: '2014-01-01' }))).toEqual([
      [
        'date_order',
        'terminatedOn (2014-01-01) ne doit pas être antérieure à startsOn (2015-01-01)',
      ],
    ]);
    checked('issue.invalid_date', 'issue.invalid_ror_checksum', 'issue.date_order');
  });

  it('duplicate_value, commitment_out_of_scope', () => {
    expect(inFrench(partner({ fields: ['0912', '0913', '0912'] }))).toEqual([
      ['duplicate_value', "'0912' figure déjà à l'index 0"],
    ]);
    expect(inFrench(proposal({ strategies: [4, 4] }))).toEqual([
      ['duplicate_value', "4 figure déjà à l'index 0"],
    ]);
    expect(inFrench(agreement({ scope: ['B2', 'B4'] }))).toEqual([
      [
        'commitment_out_of_scope',
        "la case C5 de l'engagement n'est pas dans le périmètre de la convention",
      ],
    ]);
    checked('issue.duplicate_value', 'issue.commitment_out_of_scope');
  });

  it('duplicate_id, unknown_reference, home_country_partner', () => {
    const [lyon, osaka] = networkInput.partners;
    const [mou] = networkInput.agreements;
    const [eoi] = networkInput.proposals;
    expect(
      inFrench(
        network({ partners: [lyon, lyon, osaka], agreements: [mou, mou], proposals: [eoi, eoi] }),
      ),
    ).toEqual([
      [
        'duplicate_id',
        "l'identifiant de partenaire 'univ-lyon-example' est déjà utilisé à l'index 0",
      ],
      ['duplicate_id', "l'identifiant de convention 'mou-2015-01' est déjà utilisé à l'index 0"],
      ['duplicate_id', "l'identifiant de proposition 'eoi-2016-07' est déjà utilisé à l'index 0"],
    ]);
    expect(
      inFrench(
        network({
          agreements: [{ ...mou, partnerIds: ['nobody'] }],
          proposals: [{ ...eoi, partner: 'nobody' }],
        }),
      ),
    ).toEqual([
      ['unknown_reference', "aucun partenaire n'a l'identifiant 'nobody'"],
      [
        'unknown_reference',
        "aucun partenaire n'a l'identifiant 'nobody' (une proposition d'un nouvel établissement contient la fiche complète de son partenaire)",
      ],
    ]);
    expect(inFrench(network({ agreements: [{ ...mou, renews: 'mou-2015-01' }] }))).toEqual([
      [
        'unknown_reference',
        "aucune autre convention n'a l'identifiant 'mou-2015-01' (une convention ne peut pas se renouveler elle-même)",
      ],
    ]);
    expect(inFrench(network({ agreements: [{ ...mou, renews: 'mou-1999-01' }] }))).toEqual([
      ['unknown_reference', "aucune autre convention n'a l'identifiant 'mou-1999-01'"],
    ]);
    const renewal = {
      ...mou,
      id: 'mou-2020-01',
      partnerIds: ['inst-osaka-example'],
      renews: 'mou-2015-01',
    };
    expect(inFrench(network({ agreements: [mou, renewal] }))).toEqual([
      [
        'unknown_reference',
        "aucune autre convention partageant un partenaire avec celle-ci n'a l'identifiant 'mou-2015-01'",
      ],
    ]);
    expect(inFrench(network({ partners: [{ ...lyon, country: 'KH' }, osaka] }))).toEqual([
      [
        'home_country_partner',
        "un partenaire du pays KH, celui de l'établissement d'origine, n'est pas un partenaire international",
      ],
    ]);
    checked('issue.duplicate_id', 'issue.unknown_reference', 'issue.home_country_partner');
  });

  it('duplicate_key (found by the CLI) and too_many_issues', () => {
    expect(formatMessage('issue.duplicate_key', {})).toBe(
      'duplicate key: JSON keeps only the last of equal keys, so the earlier values would go unchecked',
    );
    expect(fr('issue.duplicate_key', {})).toBe(
      'clé en double\u00a0: JSON ne garde que la dernière de plusieurs clés identiques, les valeurs précédentes ne seraient donc pas vérifiées',
    );
    const result = safeParsePartner({ id: 'p1' }, { maxIssues: 1 });
    const last = issuesOf(result).at(-1);
    expect(last?.params).toEqual({ maxIssues: 1, omitted: 5, unchecked: 0 });
    expect(inFrench(last === undefined ? [] : [last])).toEqual([
      [
        'too_many_issues',
        "la validation s'est arrêtée après 1\u00a0problème\u00a0: 5 autres problèmes n'ont pas été signalés",
      ],
    ]);
    expect(fr('issue.too_many_issues', { maxIssues: 3, omitted: 1, unchecked: 1 })).toBe(
      "la validation s'est arrêtée après 3\u00a0problèmes\u00a0: 1 autre problème n'a pas été signalé et 1\u00a0enregistrement n'a pas été vérifié",
    );
    expect(fr('issue.too_many_issues', { maxIssues: 1000, omitted: 0, unchecked: 4000 })).toBe(
      "la validation s'est arrêtée après 1000\u00a0problèmes\u00a0: 4000\u00a0enregistrements n'ont pas été vérifiés",
    );
    checked('issue.duplicate_key', 'issue.too_many_issues');
  });
});

describe('the other messages of validation, in French', () => {
  it('parse.failed: the message of NetworkValidationError', () => {
    expect(() => parseNetwork({ schemaVersion: 1, partners: [], agreements: [], x: 1 })).toThrow(
      "Invalid network: 1 issue\nx: unknown key 'x'",
    );
    const failed = { subject: 'network', count: 2, truncated: false, lines: 'a\nb', more: 0 };
    expect(fr('parse.failed', failed)).toBe('réseau invalide\u00a0: 2\u00a0problèmes\na\nb');
    expect(fr('parse.failed', { ...failed, subject: 'proposal', count: 1, lines: 'a' })).toBe(
      'proposition invalide\u00a0: 1\u00a0problème\na',
    );
    expect(
      fr('parse.failed', { ...failed, subject: 'file', truncated: true, count: 7, more: 3 }),
    ).toBe('file invalide\u00a0: plus de 7 problèmes\na\nb\n… et 3 autres');
    checked('parse.failed');
  });

  it('parse.invalid_max_issues: a RangeError with code and params', () => {
    let caught: unknown;
    try {
      safeParseNetwork({}, { maxIssues: 0 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RangeError);
    expect(caught).toMatchObject({
      message: 'maxIssues must be a whole number of at least 1, or Infinity; received 0',
      code: 'parse.invalid_max_issues',
      params: { received: 0 },
    });
    expect(fr('parse.invalid_max_issues', { received: '5' })).toBe(
      "maxIssues doit être un nombre entier d'au moins 1, ou Infinity\u00a0; valeur reçue '5'",
    );
    expect(fr('parse.invalid_max_issues', { received: [5] })).toBe(
      "maxIssues doit être un nombre entier d'au moins 1, ou Infinity",
    );
    checked('parse.invalid_max_issues');
  });
});

describe('formatIssues in French', () => {
  it('writes each issue again from its code and params, with French typography', () => {
    const issues = partner({ country: 'Belgique', colour: 'red' });
    expect(formatIssues(issues)).toBe(
      "country: 'Belgique' is not a country code; did you mean 'BE' (Belgium)?\ncolour: unknown key 'colour'",
    );
    expect(formatIssues(issues, { locale: 'en' })).toBe(formatIssues(issues));
    expect(formatIssues(issues, { locale: 'fr' })).toBe(
      "country\u00a0: 'Belgique' n'est pas un code de pays\u00a0; vouliez-vous dire 'BE' (Belgique)\u00a0?\ncolour\u00a0: clé inconnue 'colour'",
    );
    expect(formatIssues(issuesOf(safeParseNetwork([])), { locale: 'fr' })).toBe(
      '(racine)\u00a0: un objet attendu, valeur reçue\u00a0: un tableau',
    );
    expect(formatIssues([], { locale: 'fr' })).toBe('');
    checked('parse.issue_line', 'parse.root');
  });

  it('keeps the message of an issue without params, or with params its message cannot read', () => {
    const byHand: ValidationIssue[] = [
      { code: 'custom', path: ['a'], message: 'written by a program' },
      { code: 'invalid_value', path: ['b'], message: 'odd params', params: { received: 1 } },
      { code: 'nonsense' as IssueCode, path: ['c'], message: 'no such code', params: {} },
    ];
    expect(formatIssues(byHand, { locale: 'fr' })).toBe(
      'a\u00a0: written by a program\nb\u00a0: odd params\nc\u00a0: no such code',
    );
  });

  it('is a RangeError for a locale other than en and fr', () => {
    for (const locale of ['de', 'EN', 'fr-FR', '', null, 1]) {
      expect(() => formatIssues([], { locale: locale as never })).toThrow(RangeError);
    }
    expect(() => formatIssues([], { locale: 'de' as never })).toThrow(
      "formatIssues: locale must be one of 'en', 'fr', received 'de'",
    );
  });
});

// Near misses of valid values, and anything at all.
const replacement = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    '',
    'x'.repeat(301),
    'fr',
    'Belgique',
    'allemand',
    'E1',
    '2019-02-29',
    '-id',
    0,
    -1,
    1.5,
    null,
    [],
    {},
  ),
);

type Path = readonly (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return keys.flatMap((key) => {
    const path = [...prefix, key];
    return [path, ...pathsOf((value as Record<string | number, unknown>)[key], path)];
  });
}

const PATHS = pathsOf(networkInput);

/** A network with up to four values replaced or removed. */
const badNetwork = fc
  .array(fc.tuple(fc.constantFrom(...PATHS), fc.option(replacement, { nil: undefined })), {
    minLength: 1,
    maxLength: 4,
  })
  .map((changes) => {
    const input = copy(networkInput);
    for (const [path, value] of changes) {
      let parent = input as Record<string | number, unknown> | undefined;
      for (const key of path.slice(0, -1)) {
        const next: unknown = parent?.[key];
        parent =
          typeof next === 'object' && next !== null ? (next as Record<string, unknown>) : undefined;
      }
      if (parent !== undefined) parent[path.at(-1) ?? ''] = value;
    }
    return input as unknown;
  });

/** Whether a value holds -0 anywhere (JSON writes it as 0). */
function hasNegativeZero(value: unknown, seen = new Set<object>()): boolean {
  if (Object.is(value, -0)) return true;
  if (typeof value !== 'object' || value === null || seen.has(value)) return false;
  seen.add(value);
  return Object.values(value).some((inner) => hasNegativeZero(inner, seen));
}

describe('params on every issue (property)', () => {
  it('every issue of a bad network has params, and its message is the catalogue’s English made from them', () => {
    fc.assert(
      fc.property(badNetwork, (input) => {
        for (const issue of issuesOf(safeParseNetwork(input))) {
          expect(issue.params, issue.code).toBeDefined();
          const code = `issue.${issue.code}` as MessageCode;
          expect(formatMessage(code, issue.params as never)).toBe(issue.message);
          // The params are plain JSON: stored and read back, they say the same thing, except
          // a received -0, which JSON cannot write (it reads back as 0).
          const stored = JSON.parse(JSON.stringify(issue.params)) as never;
          if (!hasNegativeZero(issue.params)) {
            expect(formatMessage(code, stored)).toBe(issue.message);
            expect(formatMessage(code, stored, { locale: 'fr' })).toBe(
              formatMessage(code, issue.params as never, { locale: 'fr' }),
            );
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('says a received -0 as -0, and its stored params as 0 (JSON has no -0)', () => {
    const result = safeParseNetwork({ ...copy(networkInput), schemaVersion: -0 });
    const issue = issuesOf(result).find((found) => found.path.join('.') === 'schemaVersion');
    expect(issue?.message).toBe('expected 2, received -0');
    const stored = JSON.parse(JSON.stringify(issue?.params)) as never;
    expect(formatMessage('issue.invalid_value', stored)).toBe('expected 2, received 0');
  });

  it('holds for the hand-made bad inputs of every code the library raises', () => {
    const issues = [
      ...partner({ name: 5, country: 'Belgique', id: '-x', fields: ['0912', '0912'], x: 1 }),
      ...partner({ identifiers: { ror: '012dev089' }, languages: [] }),
      ...agreement({ endsOn: '2014-01-01', scope: ['B2', 'B4'], startsOn: '2015-02-30' }),
      ...proposal({ partner: 5 }),
      ...network({ partners: [{ ...networkInput.partners[0], country: 'KH' }], agreements: [] }),
      ...issuesOf(safeParsePartner({ id: 'p1' }, { maxIssues: 2 })),
    ];
    expect(new Set(issues.map((issue) => issue.code))).toEqual(
      new Set([
        'invalid_type',
        'invalid_value',
        'invalid_format',
        'duplicate_value',
        'unrecognized_keys',
        'invalid_ror_checksum',
        'too_small',
        'date_order',
        'commitment_out_of_scope',
        'invalid_date',
        'invalid_union',
        'home_country_partner',
        'too_many_issues',
      ]),
    );
    for (const issue of issues) {
      expect(formatMessage(`issue.${issue.code}` as MessageCode, issue.params as never)).toBe(
        issue.message,
      );
    }
  });
});

describe('the catalogue of issue messages', () => {
  it('has a message for every code of ISSUE_CODES, English and French, and no other issue', () => {
    const codes = ISSUE_CODES.map((code) => `issue.${code}`);
    expect(Object.keys(ISSUE_EN)).toEqual(codes);
    expect(Object.keys(ISSUE_FR)).toEqual(codes);
    for (const code of codes) {
      const entry = (ISSUE_MESSAGES as Record<string, Record<string, unknown>>)[code];
      expect(Object.keys(entry ?? {}).sort(), code).toEqual(['en', 'fr']);
    }
    expect(Object.keys(ISSUE_MESSAGES).filter((code) => code.startsWith('issue.'))).toEqual(codes);
  });

  it('lists the library’s codes after Zod’s, each once, frozen', () => {
    expect(ISSUE_CODES.slice(-LIBRARY_ISSUE_CODES.length)).toEqual([...LIBRARY_ISSUE_CODES]);
    expect(new Set(ISSUE_CODES).size).toBe(ISSUE_CODES.length);
    expect(Object.isFrozen(ISSUE_CODES)).toBe(true);
    expect(Object.isFrozen(LIBRARY_ISSUE_CODES)).toBe(true);
  });

  it('renders every message of this part of the catalogue in French in a test above', () => {
    // Runs last: the tests above record the codes they render in French.
    expect([...rendered].sort()).toEqual(Object.keys(ISSUE_MESSAGES).sort());
  });
});

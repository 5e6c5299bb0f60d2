// Every message of `policy.*` and `dates.*`, in English and in French, word for word; and
// the errors thrown by the policy and the dates carry the code and params to say them again.
import { describe, expect, it } from 'vitest';
import { CELLS } from '../../src/catalog/cells.js';
import { RULE_SEVERITIES } from '../../src/catalog/rules.js';
import { STRATEGY_CODES } from '../../src/catalog/strategies.js';
import { academicYearOf, academicYearsBetween, agreementStatus } from '../../src/dates/index.js';
import { formatMessage, type MessageCode } from '../../src/messages/index.js';
import { DATES_MESSAGES } from '../../src/messages/dates.js';
import { POLICY_MESSAGES } from '../../src/messages/policy.js';
import { createPolicy, policyFor, type PolicyOverrides } from '../../src/policy/index.js';
import { HOME_INSTITUTION } from '../../src/catalog/home.js';
import { caught } from './_errors.js';

const NBSP = '\u00a0';

/** [code, params, English, French]: the French written with `~` for U+00A0, to read it. */
const cases: [MessageCode, Record<string, unknown>, string, string][] = [
  [
    'policy.overrides_not_an_object',
    { caller: 'createPolicy', received: 'strict' },
    "createPolicy: the overrides must be an object, received 'strict'",
    "createPolicy~: les paramètres modifiés doivent être fournis sous forme d'objet, valeur reçue 'strict'",
  ],
  [
    'policy.unknown_key',
    { caller: 'createPolicy', field: '', key: 'saturaton', known: ['planPeriod', 'saturation'] },
    "createPolicy: unknown key 'saturaton' (expected planPeriod, saturation)",
    "createPolicy~: clé inconnue 'saturaton' (clés attendues~: planPeriod, saturation)",
  ],
  [
    'policy.unknown_key',
    { caller: 'policyFor', field: 'planPeriod', key: 'ends', known: ['start', 'end'] },
    "policyFor: planPeriod has an unknown key 'ends' (expected start, end)",
    "policyFor~: planPeriod contient une clé inconnue 'ends' (clés attendues~: start, end)",
  ],
  [
    'policy.unknown_cell',
    { caller: 'createPolicy', field: 'weights', key: 'E1', cells: CELLS },
    "createPolicy: weights has an unknown key 'E1' (expected the 20 cells A1 … D5)",
    "createPolicy~: weights contient une clé inconnue 'E1' (clés attendues~: les 20 cases A1 … D5)",
  ],
  [
    'policy.not_an_object',
    { caller: 'createPolicy', field: 'planPeriod', keys: ['start', 'end'], received: '2019..2023' },
    "createPolicy: planPeriod must be an object { start, end }, received '2019..2023'",
    "createPolicy~: planPeriod doit être un objet { start, end }, valeur reçue '2019..2023'",
  ],
  [
    'policy.not_an_alignment',
    { caller: 'createPolicy', field: 'alignment', received: [] },
    'createPolicy: alignment must be an object mapping every cell to strategies, received an array',
    'createPolicy~: alignment doit être un objet associant chaque case à ses stratégies, valeur reçue~: un tableau',
  ],
  [
    'policy.not_a_weight_table',
    { caller: 'createPolicy', field: 'weights', received: 2 },
    'createPolicy: weights must be an object mapping cells to weights, received 2',
    'createPolicy~: weights doit être un objet associant des cases à leur pondération, valeur reçue 2',
  ],
  [
    'policy.not_a_number',
    { caller: 'options', field: 'saturation', received: undefined },
    'options: saturation must be a number, received nothing',
    'options~: saturation doit être un nombre, aucune valeur reçue',
  ],
  [
    'policy.not_a_string',
    { caller: 'createPolicy', field: 'homeCountry', received: 116 },
    'createPolicy: homeCountry must be a string, received 116',
    'createPolicy~: homeCountry doit être une chaîne de caractères, valeur reçue 116',
  ],
  [
    'policy.not_a_function',
    { caller: 'createPolicy', field: 'rules[0].evaluate', received: 'pass' },
    "createPolicy: rules[0].evaluate must be a function, received 'pass'",
    "createPolicy~: rules[0].evaluate doit être une fonction, valeur reçue 'pass'",
  ],
  [
    'policy.not_non_negative',
    { caller: 'createPolicy', field: 'weights.C5', received: -1 },
    'createPolicy: weights.C5 must be a finite number ≥ 0, received -1',
    'createPolicy~: weights.C5 doit être un nombre fini ≥~0, valeur reçue -1',
  ],
  [
    'policy.not_at_least',
    { caller: 'createPolicy', field: 'saturation', minimum: 1, received: 0 },
    'createPolicy: saturation must be ≥ 1, received 0',
    'createPolicy~: saturation doit être un nombre fini ≥~1, valeur reçue 0',
  ],
  [
    'policy.not_days',
    { caller: 'options', field: 'expiringWithinDays', received: 1.5 },
    'options: expiringWithinDays must be a whole number of days ≥ 0, received 1.5',
    'options~: expiringWithinDays doit être un nombre entier de jours ≥~0, valeur reçue 1.5',
  ],
  [
    'policy.not_months',
    { caller: 'createPolicy', field: 'sustainabilityMonths', received: 0 },
    'createPolicy: sustainabilityMonths must be a finite number of months > 0, received 0',
    'createPolicy~: sustainabilityMonths doit être un nombre fini de mois >~0, valeur reçue 0',
  ],
  [
    'policy.not_a_month',
    { caller: 'academicYearOf', field: 'startMonth', received: 13 },
    'academicYearOf: startMonth must be a month number 1–12, received 13',
    'academicYearOf~: startMonth doit être un numéro de mois de 1 à 12, valeur reçue 13',
  ],
  [
    'policy.not_a_date',
    { caller: 'createPolicy', field: 'planPeriod.start', received: '2019-02-29' },
    "createPolicy: planPeriod.start must be a real calendar date YYYY-MM-DD, received '2019-02-29'",
    "createPolicy~: planPeriod.start doit être une date valide au format AAAA-MM-JJ, valeur reçue '2019-02-29'",
  ],
  [
    'policy.end_not_after_start',
    { caller: 'createPolicy', start: '2019-01-01', received: '2018-12-31' },
    "createPolicy: planPeriod.end must be after planPeriod.start (2019-01-01), received '2018-12-31'",
    "createPolicy~: planPeriod.end doit être postérieure à planPeriod.start (2019-01-01), valeur reçue '2018-12-31'",
  ],
  [
    'policy.not_a_country',
    { caller: 'createPolicy', field: 'homeCountry', received: 'Cambodge' },
    "createPolicy: homeCountry must be an assigned ISO 3166-1 alpha-2 code such as KH, received 'Cambodge'",
    "createPolicy~: homeCountry doit être un code de pays ISO 3166-1 alpha-2 attribué, tel que KH, valeur reçue 'Cambodge'",
  ],
  [
    'policy.not_a_hei_id',
    { caller: 'createPolicy', field: 'homeHeiId', received: 'UHS.edu.kh' },
    "createPolicy: homeHeiId must be a SCHAC id: a lower-case internet domain such as uhs.edu.kh, received 'UHS.edu.kh'",
    "createPolicy~: homeHeiId doit être un identifiant SCHAC~: un nom de domaine en minuscules, tel que uhs.edu.kh, valeur reçue 'UHS.edu.kh'",
  ],
  [
    'policy.missing_cell',
    { caller: 'createPolicy', field: 'alignment.B4', received: undefined },
    'createPolicy: alignment.B4 must be a list of strategies (every cell is mapped), received nothing',
    "createPolicy~: alignment.B4 doit être une liste de stratégies (chaque case doit figurer dans l'alignement), aucune valeur reçue",
  ],
  [
    'policy.not_a_strategy_list',
    { caller: 'createPolicy', field: 'alignment.A1', received: 1 },
    'createPolicy: alignment.A1 must be an array of strategy codes, received 1',
    'createPolicy~: alignment.A1 doit être un tableau de codes de stratégie, valeur reçue 1',
  ],
  [
    'policy.not_a_strategy',
    { caller: 'createPolicy', field: 'alignment.C5[0]', codes: STRATEGY_CODES, received: 5 },
    'createPolicy: alignment.C5[0] must be a strategy code 1–4, received 5',
    'createPolicy~: alignment.C5[0] doit être un code de stratégie de 1 à 4, valeur reçue 5',
  ],
  [
    'policy.duplicate_strategy',
    { caller: 'createPolicy', field: 'alignment.D5[1]', received: 2 },
    'createPolicy: alignment.D5[1] must be listed once in its cell, received 2',
    "createPolicy~: alignment.D5[1] doit être une stratégie qui ne figure qu'une fois dans sa case, valeur reçue 2",
  ],
  [
    'policy.sum_not_positive',
    { caller: 'createPolicy', field: 'scoreWeights', received: 0 },
    'createPolicy: scoreWeights must be weights with a positive sum, received 0',
    'createPolicy~: scoreWeights doit contenir des pondérations dont la somme est strictement positive, valeur reçue 0',
  ],
  [
    'policy.sum_not_finite',
    { caller: 'options', field: 'weights', received: Infinity },
    'options: weights must be weights with a finite sum, received Infinity',
    'options~: weights doit contenir des pondérations dont la somme est finie, valeur reçue Infinity',
  ],
  [
    'policy.not_a_language_list',
    { caller: 'createPolicy', field: 'platformLanguages', received: 'en,fr' },
    "createPolicy: platformLanguages must be an array of ISO 639-1 codes, received 'en,fr'",
    "createPolicy~: platformLanguages doit être un tableau de codes de langue ISO 639-1, valeur reçue 'en,fr'",
  ],
  [
    'policy.not_a_language',
    { caller: 'createPolicy', field: 'platformLanguages[1]', received: 'French' },
    "createPolicy: platformLanguages[1] must be an ISO 639-1 code such as fr, received 'French'",
    "createPolicy~: platformLanguages[1] doit être un code de langue ISO 639-1, tel que fr, valeur reçue 'French'",
  ],
  [
    'policy.no_language',
    { caller: 'createPolicy', field: 'platformLanguages' },
    'createPolicy: platformLanguages must list at least one ISO 639-1 code',
    'createPolicy~: platformLanguages doit contenir au moins un code de langue ISO 639-1',
  ],
  [
    'policy.duplicate_language',
    { caller: 'createPolicy', field: 'platformLanguages[2]', received: 'fr' },
    "createPolicy: platformLanguages[2] must be listed once, received 'fr'",
    "createPolicy~: platformLanguages[2] doit être une langue qui ne figure qu'une fois dans la liste, valeur reçue 'fr'",
  ],
  [
    'policy.not_a_rule_list',
    { caller: 'createPolicy', field: 'rules', received: {} },
    'createPolicy: rules must be an array of eligibility rules, received an object',
    "createPolicy~: rules doit être un tableau de règles d'éligibilité, valeur reçue~: un objet",
  ],
  [
    'policy.not_a_rule',
    {
      caller: 'createPolicy',
      field: 'rules[0]',
      keys: ['id', 'severity', 'description', 'evaluate'],
      received: 'scope',
    },
    "createPolicy: rules[0] must be an eligibility rule { id, severity, description, evaluate }, received 'scope'",
    "createPolicy~: rules[0] doit être une règle d'éligibilité { id, severity, description, evaluate }, valeur reçue 'scope'",
  ],
  [
    'policy.empty_rule_id',
    { caller: 'createPolicy', field: 'rules[0].id', received: '' },
    "createPolicy: rules[0].id must be a non-empty string, received ''",
    "createPolicy~: rules[0].id doit être une chaîne de caractères non vide, valeur reçue ''",
  ],
  [
    'policy.unknown_severity',
    {
      caller: 'createPolicy',
      field: 'rules[0].severity',
      allowed: RULE_SEVERITIES,
      received: 'fatal',
    },
    "createPolicy: rules[0].severity must be one of blocking, fixable, advisory, received 'fatal'",
    "createPolicy~: rules[0].severity doit être l'une des gravités blocking, fixable ou advisory, valeur reçue 'fatal'",
  ],
  [
    'policy.duplicate_rule_id',
    { caller: 'createPolicy', field: 'rules[2].id', firstIndex: 0, received: 'funding-declared' },
    "createPolicy: rules[2].id must be unique (rules[0] has the same id), received 'funding-declared'",
    "createPolicy~: rules[2].id doit être unique (rules[0] porte le même identifiant), valeur reçue 'funding-declared'",
  ],
  [
    'dates.not_a_date',
    { caller: 'academicYearOf', field: 'date', received: '2023-02-29' },
    "academicYearOf: date must be a real calendar date YYYY-MM-DD, received '2023-02-29'",
    "academicYearOf~: date doit être une date valide au format AAAA-MM-JJ, valeur reçue '2023-02-29'",
  ],
  [
    'dates.outside_academic_years',
    { caller: 'academicYearOf', field: 'date', first: 0, last: 9999, received: '9999-12-31' },
    "academicYearOf: date must fall in an academic year within the years 0000–9999 (as AcademicYearSchema writes them), received '9999-12-31'",
    "academicYearOf~: date doit appartenir à une année universitaire comprise entre 0000 et 9999 (les années qu'écrit AcademicYearSchema), valeur reçue '9999-12-31'",
  ],
  [
    'dates.end_before_start',
    { caller: 'academicYearsBetween', start: '2018-01-01', received: '2017-12-31' },
    "academicYearsBetween: end must not be before start (2018-01-01), received '2017-12-31'",
    "academicYearsBetween~: end ne doit pas être antérieure à start (2018-01-01), valeur reçue '2017-12-31'",
  ],
];

/** Renders a case's message; the params' type is the message's own, checked by the table. */
function say(code: MessageCode, params: Record<string, unknown>, locale: 'en' | 'fr'): string {
  return formatMessage(code, params, { locale });
}

describe('the messages of the policy and the dates, in English and in French', () => {
  it.each(cases)('%s', (code, params, english, french) => {
    expect(say(code, params, 'en')).toBe(english);
    expect(say(code, params, 'fr')).toBe(french.replaceAll('~', NBSP));
    // English stays the default.
    expect(formatMessage(code, params as never)).toBe(english);
  });

  it('covers every code of both parts of the catalogue', () => {
    const tested = new Set(cases.map(([code]) => code));
    for (const code of [...Object.keys(POLICY_MESSAGES), ...Object.keys(DATES_MESSAGES)]) {
      expect(tested.has(code as MessageCode), code).toBe(true);
    }
  });

  it('writes no space before a colon in French but a non-breaking one', () => {
    for (const [code, params] of cases) {
      const french = say(code, params, 'fr');
      expect(french, code).not.toMatch(/ [:;?!]/);
      expect(french, code).not.toMatch(/[^\u00a0][:;?!](?=\s)/);
    }
  });
});

describe('a thrown error carries its code and params, to say it again in French', () => {
  const errors: [string, () => unknown, string][] = [
    [
      'createPolicy',
      () => createPolicy({ saturation: 0 }),
      'createPolicy~: saturation doit être un nombre fini ≥~1, valeur reçue 0',
    ],
    [
      'createPolicy, an unknown key',
      () => createPolicy({ saturaton: 4 } as PolicyOverrides),
      "createPolicy~: clé inconnue 'saturaton' (clés attendues~: planPeriod, homeCountry, homeHeiId, alignment, weights, saturation, scoreWeights, expiringWithinDays, renewalWindowDays, rankWeights, sustainabilityMonths, academicYearStartMonth, platformLanguages, rules)",
    ],
    [
      'createPolicy, a homeHeiId that is not a domain',
      () => createPolicy({ homeHeiId: 'uhs' }),
      "createPolicy~: homeHeiId doit être un identifiant SCHAC~: un nom de domaine en minuscules, tel que uhs.edu.kh, valeur reçue 'uhs'",
    ],
    [
      'createPolicy, a homeHeiId that is not a string',
      () => createPolicy({ homeHeiId: 42 } as unknown as PolicyOverrides),
      'createPolicy~: homeHeiId doit être une chaîne de caractères, valeur reçue 42',
    ],
    [
      'createPolicy, an unknown cell',
      () => createPolicy({ weights: { E1: 1 } as PolicyOverrides['weights'] }),
      "createPolicy~: weights contient une clé inconnue 'E1' (clés attendues~: les 20 cases A1 … D5)",
    ],
    [
      'policyFor',
      () => policyFor({ home: HOME_INSTITUTION }, { platformLanguages: ['fr', 'fr'] }),
      "policyFor~: platformLanguages[1] doit être une langue qui ne figure qu'une fois dans la liste, valeur reçue 'fr'",
    ],
    [
      'a policy parameter in the options',
      () =>
        agreementStatus(
          { startsOn: '2015-01-01', endsOn: '2019-12-31' },
          { expiringWithinDays: -1 },
        ),
      'options~: expiringWithinDays doit être un nombre entier de jours ≥~0, valeur reçue -1',
    ],
    [
      'an invalid on',
      () => agreementStatus({ startsOn: '2015-01-01', endsOn: '2019-12-31' }, { on: '31/12/2019' }),
      "agreementStatus~: on doit être une date valide au format AAAA-MM-JJ, valeur reçue '31/12/2019'",
    ],
    [
      'academicYearOf',
      () => academicYearOf('2024-02-30'),
      "academicYearOf~: date doit être une date valide au format AAAA-MM-JJ, valeur reçue '2024-02-30'",
    ],
    [
      'academicYearsBetween',
      () => academicYearsBetween('2018-01-01', '2017-12-31'),
      "academicYearsBetween~: end ne doit pas être antérieure à start (2018-01-01), valeur reçue '2017-12-31'",
    ],
    [
      'academicYearOf, startMonth',
      () => academicYearOf('2024-02-28', { startMonth: 0 }),
      'academicYearOf~: startMonth doit être un numéro de mois de 1 à 12, valeur reçue 0',
    ],
  ];

  it.each(errors)('%s', (_name, run, french) => {
    const error = caught(run) as Error & { code: MessageCode; params: Record<string, unknown> };
    expect(say(error.code, error.params, 'en')).toBe(error.message);
    expect(say(error.code, error.params, 'fr')).toBe(french.replaceAll('~', NBSP));
  });
});

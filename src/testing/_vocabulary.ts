// Word lists of the generator. Every institution is an "Example …" of a made-up place, and
// every address is under a domain reserved for examples (RFC 2606), so generated data can
// never be mistaken for a real partner.
import type { CountryCode } from '../catalog/countries.js';
import type { InstitutionType } from '../catalog/institutionTypes.js';
import type { LanguageCode } from '../catalog/languages.js';

/** Domains reserved for documentation by RFC 2606. @internal */
export const EXAMPLE_DOMAINS = ['example.org', 'example.com', 'example.net'] as const;

// Tables keyed by institution type are partial on purpose: a type added to the catalog
// (`INSTITUTION_TYPES`) needs no row here. Without one it is drawn with weight
// `DEFAULT_TYPE_WEIGHT`, its code is its id word, and it is named by `GENERIC_NAME_PATTERNS`.

/** How often each institution type occurs: mostly academic (`key` tier), some associates. @internal */
export const TYPE_WEIGHTS: Readonly<Partial<Record<InstitutionType, number>>> = {
  university: 34,
  'higher-education-institution': 10,
  'research-institute': 15,
  'teaching-hospital': 10,
  hospital: 7,
  'public-health-agency': 5,
  'international-organization': 4,
  ngo: 6,
  foundation: 4,
  company: 3,
  other: 2,
};

/** The weight of an institution type that has no row in {@link TYPE_WEIGHTS}. @internal */
export const DEFAULT_TYPE_WEIGHT = 1;

/**
 * The short word of a type in generated ids (`fr-univ-12`); a type without a row uses its
 * code, already a slug (`fr-hospital-12`). @internal
 */
export const TYPE_SLUGS: Readonly<Partial<Record<InstitutionType, string>>> = {
  university: 'univ',
  'higher-education-institution': 'college',
  'research-institute': 'inst',
  'teaching-hospital': 'chu',
  hospital: 'hosp',
  'public-health-agency': 'pha',
  'international-organization': 'io',
  ngo: 'ngo',
  foundation: 'fdn',
  company: 'co',
  other: 'org',
};

/** Name patterns per type; `{city}` and `{topic}` are filled in. @internal */
export const NAME_PATTERNS: Readonly<Partial<Record<InstitutionType, readonly string[]>>> = {
  university: [
    'Example University of {city}',
    'Example University of Health Sciences of {city}',
    'Example University of Medicine and Pharmacy of {city}',
  ],
  'higher-education-institution': [
    'Example School of {topic} of {city}',
    'Example College of Nursing and Midwifery of {city}',
  ],
  'research-institute': [
    'Example Institute of {topic} of {city}',
    'Example {topic} Research Centre of {city}',
  ],
  'teaching-hospital': [
    'Example University Hospital of {city}',
    'Example Teaching Hospital of {city}',
  ],
  hospital: ['Example General Hospital of {city}', "Example Children's Hospital of {city}"],
  'public-health-agency': [
    'Example Public Health Agency of {city}',
    'Example Public Health Office of {city}',
  ],
  'international-organization': ['Example International {topic} Organization of {city}'],
  ngo: ['Example Health Alliance of {city}', 'Example Doctors for {topic} of {city}'],
  foundation: ['Example {city} Foundation for {topic}'],
  company: ['Example Medical Devices of {city}', 'Example Health Informatics of {city}'],
  other: ['Example Health Network of {city}'],
};

/** The name patterns of a type that has no row in {@link NAME_PATTERNS}. @internal */
export const GENERIC_NAME_PATTERNS: readonly string[] = [
  'Example Health Institution of {city}',
  'Example Centre for {topic} of {city}',
];

/** Parts of made-up place names ("Lindmoor", "Upper Ashford" …). @internal */
export const PLACE_QUALIFIERS = [
  '',
  '',
  '',
  '',
  'New ',
  'Old ',
  'Upper ',
  'Lower ',
  'Port ',
  'Saint ',
] as const;
/** @internal */
export const PLACE_STARTS = [
  'Ash',
  'Bright',
  'Cedar',
  'Clear',
  'Elm',
  'Fair',
  'Fox',
  'Glen',
  'Green',
  'High',
  'Iron',
  'Kings',
  'Lake',
  'Lind',
  'Long',
  'Maple',
  'Mill',
  'North',
  'Oak',
  'Pine',
  'Red',
  'River',
  'Rose',
  'Sand',
  'Silver',
  'South',
  'Stone',
  'West',
  'White',
  'Wolf',
] as const;
/** @internal */
export const PLACE_ENDS = [
  'bridge',
  'brook',
  'burg',
  'crest',
  'dale',
  'field',
  'ford',
  'gate',
  'haven',
  'holm',
  'moor',
  'mont',
  'mouth',
  'port',
  'stead',
  'ton',
  'vale',
  'ville',
  'wick',
  'wood',
] as const;

/** Subjects of institutes, programmes and foundations. @internal */
export const TOPICS = [
  'Tropical Medicine',
  'Public Health',
  'Infectious Diseases',
  'Nutrition',
  'Pharmacology',
  'Maternal and Child Health',
  'Epidemiology',
  'Biomedical Sciences',
  'Health Policy',
  'Oncology',
  'Dental Sciences',
  'Nursing Sciences',
  'Medical Education',
  'Global Health',
] as const;

/** Given names, with their ASCII form for e-mail addresses. @internal */
export const GIVEN_NAMES: readonly (readonly [string, string])[] = [
  ['Alex', 'alex'],
  ['Amara', 'amara'],
  ['Ana', 'ana'],
  ['Arif', 'arif'],
  ['Ayumi', 'ayumi'],
  ['Camille', 'camille'],
  ['Chen', 'chen'],
  ['Dominique', 'dominique'],
  ['Élodie', 'elodie'],
  ['Hana', 'hana'],
  ['Jonas', 'jonas'],
  ['Jun', 'jun'],
  ['Kofi', 'kofi'],
  ['Lena', 'lena'],
  ['Linh', 'linh'],
  ['Luca', 'luca'],
  ['Mai', 'mai'],
  ['Mateo', 'mateo'],
  ['Min-jun', 'minjun'],
  ['Noor', 'noor'],
  ['Priya', 'priya'],
  ['Sam', 'sam'],
  ['Siti', 'siti'],
  ['Sofia', 'sofia'],
  ['Somchai', 'somchai'],
  ['Tomás', 'tomas'],
  ['Wei', 'wei'],
  ['Yuki', 'yuki'],
];

/** Family names that say "example" in several languages. @internal */
export const FAMILY_NAMES: readonly (readonly [string, string])[] = [
  ['Example', 'example'],
  ['Sample', 'sample'],
  ['Exemple', 'exemple'],
  ['Beispiel', 'beispiel'],
  ['Ejemplo', 'ejemplo'],
  ['Esempio', 'esempio'],
  ['Voorbeeld', 'voorbeeld'],
  ['Exemplo', 'exemplo'],
  ['Przykład', 'przyklad'],
  ['Esimerkki', 'esimerkki'],
  ['Exempel', 'exempel'],
  ['Eksempel', 'eksempel'],
];

/** @internal */
export const HONORIFICS = ['', '', 'Dr. ', 'Prof. '] as const;

/** @internal */
export const ROLES = [
  'International relations officer',
  'Head of the International Office',
  'Dean of the Faculty of Medicine',
  'Vice-rector for international affairs',
  'Research coordinator',
  'Programme manager',
  'Director',
] as const;

/** Countries with many partners in practice, besides the historical ones and ASEAN. @internal */
export const FREQUENT_COUNTRIES: readonly CountryCode[] = [
  'CA',
  'CH',
  'CN',
  'GB',
  'HK',
  'IN',
  'IT',
  'NL',
  'NZ',
  'SE',
  'TW',
  'ES',
  'CZ',
  'SN',
  'MA',
];

/** The main working languages of the countries the generator favours. @internal */
export const COUNTRY_LANGUAGES: Readonly<Partial<Record<CountryCode, readonly LanguageCode[]>>> = {
  AU: ['en'],
  BE: ['fr', 'nl'],
  DE: ['de'],
  FR: ['fr'],
  JP: ['ja'],
  KR: ['ko'],
  SG: ['en', 'zh', 'ms'],
  US: ['en'],
  BN: ['ms'],
  ID: ['id'],
  LA: ['lo'],
  MM: ['my'],
  MY: ['ms'],
  PH: ['en', 'tl'],
  TH: ['th'],
  TL: ['pt'],
  VN: ['vi'],
  CA: ['en', 'fr'],
  CH: ['fr', 'de', 'it'],
  CN: ['zh'],
  GB: ['en'],
  HK: ['zh', 'en'],
  IN: ['hi', 'en'],
  IT: ['it'],
  NL: ['nl'],
  NZ: ['en'],
  SE: ['sv'],
  TW: ['zh'],
  ES: ['es'],
  CZ: ['cs'],
  SN: ['fr'],
  MA: ['ar', 'fr'],
  PT: ['pt'],
  BR: ['pt'],
  MX: ['es'],
  AR: ['es'],
  RU: ['ru'],
  PL: ['pl'],
  AT: ['de'],
  IE: ['en'],
  DK: ['da'],
  NO: ['no'],
  FI: ['fi'],
  EG: ['ar'],
  TR: ['tr'],
  GR: ['el'],
};

/** Erasmus country letters (Erasmus codes exist only for programme countries). @internal */
export const ERASMUS_PREFIXES: Readonly<Partial<Record<CountryCode, string>>> = {
  AT: 'A',
  BE: 'B',
  CZ: 'CZ',
  DE: 'D',
  DK: 'DK',
  ES: 'E',
  FI: 'SF',
  FR: 'F',
  GR: 'G',
  IE: 'IRL',
  IT: 'I',
  NL: 'NL',
  NO: 'N',
  PL: 'PL',
  PT: 'P',
  SE: 'S',
};

/** @internal */
export const FUNDING_SOURCES = [
  'Example Foundation',
  'Example Development Agency',
  'Example Research Council',
  'Example Health Trust',
  'Example Bank for Development',
  'Example Ministry of Health',
] as const;

/** @internal */
export const CURRENCIES = ['EUR', 'USD', 'JPY', 'KRW', 'AUD', 'SGD', 'THB'] as const;

/** @internal */
export const PROPOSAL_NOTES = [
  'An example expression of interest.',
  'Follows a visit of an example delegation.',
  'Builds on an earlier example project.',
  'Co-funding is being sought from an example agency.',
] as const;

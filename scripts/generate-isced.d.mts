// Types of scripts/generate-isced.mjs, for test/catalog/iscedFields.drift.test.ts.

/** An ISCED-F 2013 detailed field as the generator derives it from data/isced-f-2013.json. */
export interface DerivedIscedField {
  readonly code: string;
  readonly name: { readonly en: string };
}

export const ISCED_FIELD_COUNT: 149;
export const ISCED_SOURCE: string;
export const ISCED_MODULE: string;
export function deriveIscedFields(source?: unknown): DerivedIscedField[];
export function renderIscedModule(data?: readonly DerivedIscedField[]): string;
export function generateIscedFile(): Promise<{ readonly path: string; readonly contents: string }>;

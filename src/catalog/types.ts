/**
 * A text in the two working languages of the network's documents: English and French.
 *
 * @example
 * ```ts
 * const title: LocalizedText = { en: 'Research in health sciences', fr: 'Recherche en sciences de la santé' };
 * ```
 */
export interface LocalizedText {
  /** English. */
  readonly en: string;
  /** French. */
  readonly fr: string;
}

/**
 * Narrows a lookup argument: a literal that is not one of the codes `C` is a compile error,
 * while a value typed as plain `string` (or `number`) is accepted and checked at run time.
 *
 * @example
 * ```ts
 * declare function getArea<S extends string>(code: KnownCode<S, 'A' | 'B'>): void;
 * getArea('A');
 * // @ts-expect-error 'E' is not an area
 * getArea('E');
 * ```
 */
export type KnownCode<S, C> = S & (string extends S ? unknown : number extends S ? unknown : C);

/**
 * What a lookup returns: the entry for a known literal code, or the entry or `undefined`
 * for a value only known at run time.
 *
 * @example
 * ```ts
 * type A = LookupResult<'A', 'A' | 'B', { code: 'A' }>; //=> { code: 'A' }
 * type S = LookupResult<string, 'A' | 'B', { code: 'A' }>; //=> { code: 'A' } | undefined
 * ```
 */
export type LookupResult<S, C, E> = [S] extends [C] ? E : E | undefined;

/**
 * The shape every entry of a domain table of the catalog has: a stable `code`, a kebab-case
 * `key` and an English and French `title`. The tables (`AREAS`, `ACTIVITIES`,
 * `STRATEGIES`, `INSTITUTION_TYPES`) are checked against it, and each code type
 * (`AreaCode` …) is derived from its table, so a new entry is a change in one place.
 *
 * @typeParam C - The type of the codes (`string` or `number`).
 *
 * @example
 * ```ts
 * const entry: CatalogEntry<string> = { code: 'C', key: 'research', title: { en: 'Research in health sciences', fr: 'Recherche en sciences de la santé' } };
 * ```
 */
export interface CatalogEntry<C extends string | number> {
  /** The entry's stable code. */
  readonly code: C;
  /** A stable kebab-case slug. */
  readonly key: string;
  /** The entry's title in English and French. */
  readonly title: LocalizedText;
}

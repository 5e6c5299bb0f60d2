// Orderings that never depend on the locale or the time zone.

/** Compares ids in ascending code-unit order, independent of locale. @internal */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Compares records by id, in ascending code-unit order (no locale). @internal */
export function byId(a: { readonly id: string }, b: { readonly id: string }): number {
  return compareIds(a.id, b.id);
}

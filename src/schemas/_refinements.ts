import type * as z from 'zod';
import type { LibraryIssueCode } from './issues.js';
import { MESSAGES } from './issues.js';

/** Adds one of the library's own issues from inside a refinement. @internal */
export function addIssue(
  ctx: z.core.$RefinementCtx,
  code: LibraryIssueCode,
  message: string,
  path: readonly (string | number)[],
  input: unknown,
): void {
  ctx.addIssue({ code: 'custom', params: { code }, message, path: [...path], input });
}

/** Reports every value of a list already listed earlier (`duplicate_value`). @internal */
export function checkUnique(values: readonly unknown[], ctx: z.core.$RefinementCtx): void {
  if (values.length < 2) return;
  if (values.length <= 16) {
    // Short lists (nearly all of them) are checked without allocating a Map.
    for (let index = 1; index < values.length; index += 1) {
      const seen = values.indexOf(values[index], 0);
      if (seen < index)
        addIssue(
          ctx,
          'duplicate_value',
          MESSAGES.duplicate_value(values[index], seen),
          [index],
          values[index],
        );
    }
    return;
  }
  const first = new Map<unknown, number>();
  values.forEach((value, index) => {
    const seen = first.get(value);
    if (seen === undefined) first.set(value, index);
    else addIssue(ctx, 'duplicate_value', MESSAGES.duplicate_value(value, seen), [index], value);
  });
}

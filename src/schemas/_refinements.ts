import * as z from 'zod';
import type { LibraryIssueCode } from './issues.js';
import { MESSAGES } from './issues.js';

/**
 * Where a refinement reports: the parse payload of the value it checks. Refinements push
 * issues onto it directly (a `z.check`) rather than through `superRefine`, which allocates
 * a closure on every call; on a network of 10,000 partners that is the difference between
 * meeting and missing the validation budget of SPEC §11. @internal
 */
export type IssueSink = z.core.ParsePayload;

/** Adds one of the library's own issues from inside a refinement. @internal */
export function addIssue(
  sink: IssueSink,
  code: LibraryIssueCode,
  message: string,
  path: readonly (string | number)[],
  input: unknown,
): void {
  sink.issues.push({
    code: 'custom',
    params: { code },
    message,
    path: [...path],
    input,
    continue: true,
  });
}

/**
 * A check that runs `refine` on the value once its shape is valid; `refine` reports
 * through {@link addIssue}. @internal
 */
export function refinement<T>(refine: (value: T, sink: IssueSink) => void): z.core.$ZodCheck<T> {
  return z.check<T>((payload) => {
    refine(payload.value, payload);
  });
}

/** Reports every value of a list already listed earlier (`duplicate_value`). @internal */
export function checkUnique(values: readonly unknown[], sink: IssueSink): void {
  if (values.length < 2) return;
  if (values.length <= 16) {
    // Short lists (nearly all of them) are checked without allocating a Map.
    for (let index = 1; index < values.length; index += 1) {
      const seen = values.indexOf(values[index], 0);
      if (seen < index)
        addIssue(
          sink,
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
    else addIssue(sink, 'duplicate_value', MESSAGES.duplicate_value(value, seen), [index], value);
  });
}

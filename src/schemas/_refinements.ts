import * as z from 'zod';
import { issueMessage, type IssueParams, type LibraryIssueCode } from './_issues.js';

/**
 * Where a refinement reports: the parse payload of the value it checks. Refinements push
 * issues onto it directly (a `z.check`) rather than through `superRefine`, which allocates
 * a closure on every call; on a network of 10,000 partners that is the difference between
 * meeting and missing the validation budget of SPEC §11. @internal
 */
export type IssueSink = z.core.ParsePayload;

/**
 * Adds one of the library's own issues from inside a refinement: a Zod `custom` issue whose
 * `params` carry the library's code and the issue's params (see `RuleIssueParams`), with
 * the catalogue's English message. @internal
 */
export function addIssue<C extends LibraryIssueCode>(
  sink: IssueSink,
  code: C,
  params: IssueParams<C>,
  path: readonly (string | number)[],
  input: unknown,
): void {
  sink.issues.push({
    code: 'custom',
    params: { code, params },
    message: issueMessage(code, params),
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

/**
 * How many issues a list check may create. The parse functions set `limit` to what their
 * issue cap leaves room for (the first duplicate is always reported), so a
 * list of 130,000 copies of one value costs one pass and at most `limit` issue objects
 * instead of 130,000 of them (issue #16); the last issue created carries the count of the
 * others in its `params.skipped`. Parsing is synchronous, so one shared budget is enough.
 * Used through a schema directly, the limit is infinite. @internal
 */
export const issueBudget: { limit: number } = { limit: Infinity };

/**
 * Reports every value of a list already listed earlier (`duplicate_value`), within
 * {@link issueBudget}. @internal
 */
export function checkUnique(values: readonly unknown[], sink: IssueSink): void {
  if (values.length < 2) return;
  let skipped = 0;
  let last: { params?: Record<string, unknown> } | undefined;
  const report = (value: unknown, seen: number, index: number): void => {
    // The first duplicate is always reported: it carries the count of those skipped.
    if (last !== undefined && sink.issues.length >= issueBudget.limit) skipped += 1;
    else {
      addIssue(sink, 'duplicate_value', { value, firstIndex: seen }, [index], value);
      last = sink.issues.at(-1) as { params?: Record<string, unknown> };
    }
  };
  if (values.length <= 16) {
    // Short lists (nearly all of them) are checked without allocating a Map.
    for (let index = 1; index < values.length; index += 1) {
      const seen = values.indexOf(values[index], 0);
      if (seen < index) report(values[index], seen, index);
    }
  } else {
    const first = new Map<unknown, number>();
    for (let index = 0; index < values.length; index += 1) {
      const value = values[index];
      const seen = first.get(value);
      if (seen === undefined) first.set(value, index);
      else report(value, seen, index);
    }
  }
  if (skipped > 0 && last !== undefined) last.params = { ...last.params, skipped };
}

import * as z from 'zod';
import { addIssue, checkUnique, refinement, type IssueSink } from './_refinements.js';
import { MAX_NAME_LENGTH } from './primitives.js';

// The building blocks the schemas share: bounded text, lists without duplicates and the
// order of dates.

/** A string of 1 to `max` characters. @internal */
export function text(max: number = MAX_NAME_LENGTH) {
  return z.string().min(1).max(max);
}

/** A list that holds each value once (`duplicate_value`; `uniqueItems` in JSON Schema). @internal */
export function uniqueList<T extends z.ZodType>(item: T) {
  return z.array(item).check(refinement(checkUnique)).meta({ uniqueItems: true });
}

/** How a date must stand to another: after it, not before it, not after it. @internal */
export type DateRelation = 'after' | 'not-before' | 'not-after';

/** Checks that the `subject` date stands in `relation` to the `reference` date (`date_order`). @internal */
export function checkDateOrder(
  sink: IssueSink,
  subject: { name: string; value: string | undefined; path: readonly (string | number)[] },
  reference: { name: string; value: string | undefined },
  relation: DateRelation,
): void {
  if (subject.value === undefined || reference.value === undefined) return;
  const ok =
    relation === 'after'
      ? subject.value > reference.value
      : relation === 'not-before'
        ? subject.value >= reference.value
        : subject.value <= reference.value;
  if (!ok) {
    addIssue(
      sink,
      'date_order',
      {
        field: subject.name,
        date: subject.value,
        relation,
        reference: reference.name,
        referenceDate: reference.value,
      },
      subject.path,
      subject.value,
    );
  }
}

/** Checks that a period's `end` comes after its `start` (`date_order`). @internal */
export function checkEndAfterStart(
  period: { readonly start: string; readonly end: string },
  sink: IssueSink,
): void {
  checkDateOrder(
    sink,
    { name: 'end', value: period.end, path: ['end'] },
    { name: 'start', value: period.start },
    'after',
  );
}

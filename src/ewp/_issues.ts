import { EWP_MESSAGES } from '../messages/ewp.js';
import type { EwpDifference, EwpIssue, EwpIssueCode } from './types.js';

type Params = Readonly<Record<string, string | number>>;

/** The English message of a code of the EWP part of the catalogue. */
function english(code: keyof typeof EWP_MESSAGES, params: Params): string {
  return (EWP_MESSAGES[code].en as unknown as (params: Params) => string)(params);
}

/** Builds an issue with its English message. @internal */
export function ewpIssue(code: EwpIssueCode, path: string, params: Params = {}): EwpIssue {
  const message = english(`ewp.${code}`, params);
  return Object.freeze({ code, path, message, params: Object.freeze({ ...params }) });
}

/** Builds a difference with its English message. @internal */
export function ewpDifference(
  code: EwpDifference['code'],
  fields: Omit<EwpDifference, 'code' | 'message' | 'params'>,
): EwpDifference {
  const params: Record<string, string> =
    code === 'changed'
      ? { field: fields.field, ours: fields.ours ?? '', theirs: fields.theirs ?? '' }
      : {
          field: fields.field,
          value: (code === 'only_ours' ? fields.ours : fields.theirs) ?? '',
        };
  const message = english(`ewp.difference.${code}`, params);
  return Object.freeze({ code, ...fields, message, params: Object.freeze(params) });
}

/**
 * The error the throwing `./ewp` functions raise: a `SyntaxError` whose message is the
 * first issue's, with `code` (`'ewp.' + issue code`) and `params` as every library error
 * has them, the `path` of that issue and every `issues`.
 *
 * @internal
 */
export function ewpError(issues: readonly EwpIssue[]): SyntaxError & {
  readonly code: string;
  readonly params: Params;
  readonly path: string;
  readonly issues: readonly EwpIssue[];
} {
  // A failure always carries at least one issue.
  const first = issues[0] as EwpIssue;
  return Object.assign(new SyntaxError(first.message), {
    code: `ewp.${first.code}`,
    params: first.params,
    path: first.path,
    issues,
  });
}

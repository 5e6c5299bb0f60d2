/* eslint-disable @typescript-eslint/no-non-null-assertion -- every index below is bounded by the loop that produces it (the trimmed ranges and the table of lengths); `!` keeps the quadratic loop free of fallback branches. */
import { ewpDifference } from './_issues.js';
import type { HashPiece, IiaText } from './_textToHash.js';
import type { EwpDifference } from './types.js';

/** Past this many cells, the pieces between the common start and end are paired in order. */
const MAX_TABLE = 4_000_000;

type Edit =
  | { readonly kind: 'same' }
  | { readonly kind: 'ours'; readonly piece: HashPiece }
  | { readonly kind: 'theirs'; readonly piece: HashPiece };

/** A shortest edit script from `a` to `b`, pieces compared by the text they write. */
function edits(a: readonly HashPiece[], b: readonly HashPiece[]): Edit[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start]!.text === b[start]!.text) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1]!.text === b[endB - 1]!.text) {
    endA -= 1;
    endB -= 1;
  }
  const n = endA - start;
  const m = endB - start;
  const middle: Edit[] = [];
  if ((n + 1) * (m + 1) > MAX_TABLE) {
    for (let i = 0; i < Math.max(n, m); i += 1) {
      if (i < n && i < m && a[start + i]!.text === b[start + i]!.text)
        middle.push({ kind: 'same' });
      else {
        if (i < n) middle.push({ kind: 'ours', piece: a[start + i]! });
        if (i < m) middle.push({ kind: 'theirs', piece: b[start + i]! });
      }
    }
    return middle;
  }
  // lengths[i][j]: the longest common subsequence of a[start+i..] and b[start+j..].
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[i * width + j] =
        a[start + i]!.text === b[start + j]!.text
          ? lengths[(i + 1) * width + j + 1]! + 1
          : Math.max(lengths[(i + 1) * width + j]!, lengths[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[start + i]!.text === b[start + j]!.text) {
      middle.push({ kind: 'same' });
      i += 1;
      j += 1;
    } else if (j < m && (i === n || lengths[i * width + j + 1]! >= lengths[(i + 1) * width + j]!)) {
      middle.push({ kind: 'theirs', piece: b[start + j]! });
      j += 1;
    } else {
      middle.push({ kind: 'ours', piece: a[start + i]! });
      i += 1;
    }
  }
  return middle;
}

/** Turns one run of edits between two common pieces into differences: same field, changed. */
function differencesOf(ours: HashPiece[], theirs: HashPiece[]): EwpDifference[] {
  const result: EwpDifference[] = [];
  const paired = new Set<number>();
  for (const piece of ours) {
    const match = theirs.findIndex(
      (other, index) => !paired.has(index) && other.field === piece.field,
    );
    if (match < 0) {
      result.push(
        ewpDifference('only_ours', { field: piece.field, path: piece.path, ours: piece.value }),
      );
      continue;
    }
    paired.add(match);
    const other = theirs[match]!;
    result.push(
      ewpDifference('changed', {
        field: piece.field,
        path: piece.path,
        theirsPath: other.path,
        ours: piece.value,
        theirs: other.value,
      }),
    );
  }
  theirs.forEach((piece, index) => {
    if (!paired.has(index))
      result.push(
        ewpDifference('only_theirs', {
          field: piece.field,
          path: piece.path,
          theirsPath: piece.path,
          theirs: piece.value,
        }),
      );
  });
  return result;
}

/**
 * The differences between two copies of IIAs that change their hashes: the `iia`s paired by
 * position, each pair's pieces of text to hash compared. Empty when every text agrees.
 *
 * @internal
 */
export function diffTexts(a: readonly IiaText[], b: readonly IiaText[]): EwpDifference[] {
  const differences: EwpDifference[] = [];
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const ours = a[index];
    const theirs = b[index];
    if (ours !== undefined && theirs !== undefined && ours.text === theirs.text) continue;
    let runOurs: HashPiece[] = [];
    let runTheirs: HashPiece[] = [];
    const flush = () => {
      differences.push(...differencesOf(runOurs, runTheirs));
      runOurs = [];
      runTheirs = [];
    };
    for (const edit of edits(ours?.pieces ?? [], theirs?.pieces ?? [])) {
      if (edit.kind === 'same') flush();
      else if (edit.kind === 'ours') runOurs.push(edit.piece);
      else runTheirs.push(edit.piece);
    }
    flush();
  }
  return differences;
}

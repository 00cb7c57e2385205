import { formatMarkerNumbers, listNumbers } from '../citations';
import type { DocumentModel } from '../model';
import type { Fix, TextEdit } from '../types';

/** An AMA-shaped placeholder the author overwrites; the rules keep flagging it until they do. */
export const STUB_TEXT = 'Author AA, Author BB. Title of the article. Journal Abbrev. Year;Vol(No):pages.';

/**
 * "Add a stub reference entry" for numbers that are cited but missing from the list, as a deferred
 * fix: a check only names the numbers; the stubs are written when the author asks for the fix
 * (`resolveFix`), so a report full of long ranges of missing numbers costs nothing until then.
 * `numbers`: the missing numbers, ascending, without repeats (kept as the fix's data).
 */
export function deferredStubEntryFix(numbers: number[], numbering: ReadonlyMap<number, number> = new Map()): Fix {
  return { title: stubTitle(numbers, numbering), safe: false, edits: [], deferred: { kind: 'stub-entries', numbers } };
}

function stubTitle(numbers: number[], numbering: ReadonlyMap<number, number>): string {
  const named = numbers.length <= 5 ? numbers.join(', ') : listNumbers(numbers);
  const title = numbers.length === 1 ? `Add a stub reference entry for reference ${named}` : `Add a stub reference entry for references ${named}`;
  const moved = numbers.filter((n) => numbering.has(n));
  if (moved.length === 0) return title;
  const targets = moved.map((n) => numbering.get(n)!);
  return `${title}, renumbered ${targets.length <= 5 ? targets.join(', ') : listNumbers(targets)} to follow the list`;
}

/**
 * Where the stubs of cited numbers that have no entry go without leaving a gap: when the list is
 * numbered 1..m, the missing numbers cited above m become m+1, m+2, ... in ascending order (a
 * citation of 5 with a list of two is reference 3); only the numbers that change are in the map.
 * A list that already has a gap or a repeat is left as it is (reference-numbering says so).
 */
export function stubNumbering(model: DocumentModel): Map<number, number> {
  const numbering = new Map<number, number>();
  const entries = model.references?.entries ?? [];
  const defined = new Set<number>();
  let highest = -Infinity;
  // A loop, not Math.max(...defined): a list of 130,000 entries would overflow the call stack.
  for (let e = 0; e < entries.length; e++) {
    defined.add(entries[e].number);
    highest = Math.max(highest, entries[e].number);
  }
  const last = entries.length;
  if (last === 0 || defined.size !== last || highest !== last) return numbering;
  // The cited numbers above the list, ascending, repeats skipped: sorted as numbers by a typed
  // array, without a set (long ranges of missing numbers cite 200,000 of them).
  const above: number[] = [];
  for (const marker of model.citations) for (const n of marker.numbers) if (n > last) above.push(n);
  const ascending = Float64Array.from(above).sort();
  let next = last;
  for (let i = 0; i < ascending.length; i++) {
    const n = ascending[i];
    if (i > 0 && n === ascending[i - 1]) continue;
    next++;
    if (n !== next) numbering.set(n, next);
  }
  return numbering;
}

/**
 * The stubs themselves: each goes where its number belongs (after the entry with the next lower
 * number), indented and punctuated like its neighbours, with the document's line ending. Not safe:
 * the text is a placeholder.
 */
export function stubEntryFix(model: DocumentModel, missing: number[]): Fix | undefined {
  const entries = model.references?.entries ?? [];
  if (entries.length === 0 || missing.length === 0) return undefined;
  const { source, text } = model;
  const eol = source.eol;
  const numbering = stubNumbering(model);
  const renumber = (n: number) => numbering.get(n) ?? n;
  const numbers = [...new Set(missing.map(renumber))].sort((a, b) => a - b);
  // The entry a stub follows: the last one, in list order, with a lower number. Walking the numbers
  // ascending, the entries below them only grow: take them in order of their numbers.
  const byNumber = entries.map((_, i) => i).sort((a, b) => entries[a].number - entries[b].number);
  const byPlace = new Map<number, { before: boolean; numbers: number[] }>();
  let below = 0;
  let anchor = -1;
  for (const n of numbers) {
    while (below < byNumber.length && entries[byNumber[below]].number < n) anchor = Math.max(anchor, byNumber[below++]);
    const key = anchor === -1 ? 0 : anchor;
    const place = byPlace.get(key) ?? { before: anchor === -1, numbers: [] };
    place.numbers.push(n);
    byPlace.set(key, place);
  }
  // Citations of a number that moves to follow the list are rewritten with it, every one of them.
  const edits: TextEdit[] = [];
  if (numbering.size > 0) {
    for (const marker of model.citations) {
      if (!marker.numbers.some((n) => numbering.has(n))) continue;
      edits.push({ start: marker.contentStart, end: marker.contentEnd, newText: formatMarkerNumbers(marker, renumber) });
    }
  }
  for (const [index, place] of byPlace) {
    const entry = entries[index];
    const lineStart = source.lineStarts[entry.startLine];
    const indent = text.slice(lineStart, entry.numberStart);
    const delimiter = text[entry.numberEnd] === ')' ? ')' : '.';
    const lines = place.numbers.map((n) => `${indent}${n}${delimiter} ${STUB_TEXT}`);
    edits.push(
      place.before
        ? { start: lineStart, end: lineStart, newText: lines.join(eol) + eol }
        : { start: entry.end, end: entry.end, newText: eol + lines.join(eol) },
    );
  }
  return { title: stubTitle([...new Set(missing)].sort((a, b) => a - b), numbering), safe: false, edits };
}

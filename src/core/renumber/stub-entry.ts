import { listNumbers } from '../citations';
import type { DocumentModel } from '../model';
import type { Fix, TextEdit } from '../types';

/** An AMA-shaped placeholder the author overwrites; the rules keep flagging it until they do. */
export const STUB_TEXT = 'Author AA, Author BB. Title of the article. Journal Abbrev. Year;Vol(No):pages.';

/**
 * "Add a stub reference entry" for numbers that are cited but missing from the list, as a deferred
 * fix: a check only names the numbers; the stubs are written when the author asks for the fix
 * (`resolveFix`), so a report full of long ranges of missing numbers costs nothing until then.
 */
export function deferredStubEntryFix(missing: number[]): Fix {
  const numbers = [...new Set(missing)].sort((a, b) => a - b);
  return { title: stubTitle(numbers), safe: false, edits: [], deferred: { kind: 'stub-entries', numbers } };
}

function stubTitle(numbers: number[]): string {
  if (numbers.length === 1) return `Add a stub reference entry for reference ${numbers[0]}`;
  return `Add a stub reference entry for references ${numbers.length <= 5 ? numbers.join(', ') : listNumbers(numbers)}`;
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
  const numbers = [...new Set(missing)].sort((a, b) => a - b);
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
  const edits: TextEdit[] = [];
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
  return { title: stubTitle(numbers), safe: false, edits };
}

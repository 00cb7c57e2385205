import type { DocumentModel } from '../model';
import type { Fix, TextEdit } from '../types';

/** An AMA-shaped placeholder the author overwrites; the rules keep flagging it until they do. */
export const STUB_TEXT = 'Author AA, Author BB. Title of the article. Journal Abbrev. Year;Vol(No):pages.';

/**
 * "Add a stub reference entry" for numbers that are cited but missing from the list: each stub goes
 * where its number belongs (after the entry with the next lower number), indented and punctuated
 * like its neighbours, with the document's line ending. Not safe: the text is a placeholder.
 */
export function stubEntryFix(model: DocumentModel, missing: number[]): Fix | undefined {
  const entries = model.references?.entries ?? [];
  if (entries.length === 0 || missing.length === 0) return undefined;
  const { source, text } = model;
  const eol = source.eol;
  const byPlace = new Map<number, { before: boolean; numbers: number[] }>();
  for (const n of [...new Set(missing)].sort((a, b) => a - b)) {
    // The entry the stub follows: the last one, in list order, with a lower number.
    let anchor = -1;
    entries.forEach((entry, i) => {
      if (entry.number < n) anchor = i;
    });
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
  const names = missing.length === 1 ? `reference ${missing[0]}` : `references ${[...new Set(missing)].sort((a, b) => a - b).join(', ')}`;
  return { title: `Add a stub reference entry for ${names}`, safe: false, edits };
}

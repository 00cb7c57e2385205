import { formatMarkerNumbers, formatNumbers, isPlainList, markerItems } from '../citations';
import type { DocumentModel } from '../model';
import type { ReferenceEntry } from '../references';
import type { Span, TextEdit } from '../types';
import { FirstAppearanceOrder, REFERENCES_TITLE, type RenumberOutcome } from './outcome';

/**
 * "Renumber references in order of first citation": every citation marker is rewritten with the
 * new numbers (ascending, three or more consecutive as a range, in the author's form and dash),
 * and the reference list is reordered to match, multi-line entries moved whole, uncited entries
 * kept after the cited ones in their original order. Code, comments and frontmatter are never
 * touched because the model's citations come from the blanked prose.
 */
export function renumberReferences(model: DocumentModel): RenumberOutcome {
  const entries = model.references?.entries ?? [];
  if (entries.length === 0) return { status: 'blocked', reason: 'The document has no numbered reference list to renumber.' };

  const byNumber = new Map<number, ReferenceEntry>();
  for (const entry of entries) {
    if (byNumber.has(entry.number)) {
      return {
        status: 'blocked',
        reason: `Two reference entries are numbered ${entry.number}, so it is unclear which one the citations mean; give each entry its own number first.`,
        span: { start: entry.numberStart, end: entry.numberEnd },
      };
    }
    byNumber.set(entry.number, entry);
  }
  const markers = model.citations;
  for (let m = 0; m < markers.length; m++) {
    const marker = markers[m];
    const broken = !isPlainList(marker.content) && markerItems(marker).find((item) => item.problem === 'zero' || item.problem === 'non-numeric');
    if (broken) {
      return { status: 'blocked', reason: `The citation "${model.text.slice(marker.start, marker.end)}" has a part that is not a reference number; correct it first.`, span: marker };
    }
    const missing = missingNumber(marker.numbers, byNumber);
    if (missing !== undefined) {
      return { status: 'blocked', reason: `Reference ${missing} is cited but has no entry in the reference list; add the entry first.`, span: marker };
    }
  }
  // Pasted citations that lost their superscript still cite: renumber them with the rest, but
  // only when every number they carry is a real entry (otherwise they are probably not citations).
  const pasted = model.unformattedCitations.filter((u) => u.numbers.every((n) => byNumber.has(n)));

  const mapping = numbersInOrder(markers, pasted);
  for (const entry of entries) if (!mapping.has(entry.number)) mapping.set(entry.number, mapping.size + 1);
  const renumber = (n: number) => mapping.get(n)!;

  const edits: TextEdit[] = [];
  for (let m = 0; m < markers.length; m++) {
    const marker = markers[m];
    const content = formatMarkerNumbers(marker, renumber);
    if (content !== marker.content) edits.push({ start: marker.contentStart, end: marker.contentEnd, newText: content });
  }
  for (const citation of pasted) {
    const digits = model.text.slice(citation.digitsStart, citation.end);
    const dash = /[\u2013]/.exec(digits)?.[0] ?? '-';
    const content = formatNumbers(citation.numbers.map(renumber), dash, ',');
    if (content !== digits) edits.push({ start: citation.digitsStart, end: citation.end, newText: content });
  }
  const list = reorderedList(model, entries, renumber);
  if (list) edits.push(list);

  if (edits.length === 0) return { status: 'unchanged' };
  return { status: 'changed', fix: { title: REFERENCES_TITLE, safe: true, edits } };
}

/** The first number not in `entries`, or undefined. */
function missingNumber(numbers: readonly number[], entries: ReadonlyMap<number, unknown>): number | undefined {
  for (let i = 0; i < numbers.length; i++) if (!entries.has(numbers[i])) return numbers[i];
  return undefined;
}

/** The order of first appearance of the numbers of markers and pasted citations (each in document order), merged in document order. */
function numbersInOrder(markers: readonly (Span & { numbers: number[] })[], pasted: readonly (Span & { numbers: number[] })[]): Map<number, number> {
  const order = new FirstAppearanceOrder();
  let p = 0;
  for (let m = 0; m < markers.length; m++) {
    const marker = markers[m];
    while (p < pasted.length && pasted[p].start < marker.start) order.add(pasted[p++].numbers);
    order.add(marker.numbers);
  }
  while (p < pasted.length) order.add(pasted[p++].numbers);
  return order.mapping;
}

/**
 * One edit over the list: entries sorted by their new number fill the places the entries held,
 * while whatever stood between them (blank lines, a note) stays where it was.
 */
function reorderedList(model: DocumentModel, entries: ReferenceEntry[], renumber: (n: number) => number): TextEdit | undefined {
  const { source, text } = model;
  const startOf = (entry: ReferenceEntry) => source.lineStarts[entry.startLine];
  const body = (entry: ReferenceEntry) =>
    text.slice(startOf(entry), entry.numberStart) + String(renumber(entry.number)) + text.slice(entry.numberEnd, entry.end);
  const ordered = [...entries].sort((a, b) => renumber(a.number) - renumber(b.number));
  const start = startOf(entries[0]);
  const end = entries[entries.length - 1].end;
  let newText = '';
  ordered.forEach((entry, i) => {
    newText += body(entry);
    if (i + 1 < entries.length) newText += text.slice(entries[i].end, startOf(entries[i + 1]));
  });
  return newText === text.slice(start, end) ? undefined : { start, end, newText };
}

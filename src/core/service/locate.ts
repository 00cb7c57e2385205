// Pure lookups on the parsed model (no `vscode` import), shared by hover, definition, references,
// CodeLens and completion: what is under the cursor, and where else the same thing is.
import { FLOAT_NUMBER } from '../author-markup';
import { markerItems, type CitationMarker } from '../citations';
import type { Float, FloatKind, Mention, Mentions } from '../figures';
import type { DocumentModel } from '../model';
import type { ReferenceEntry } from '../references';
import type { Span } from '../types';

export type Target =
  | { type: 'citation'; marker: CitationMarker; numbers: number[]; span: Span }
  | { type: 'mention'; mention: Mention; numbers: number[]; span: Span }
  | { type: 'entry'; entry: ReferenceEntry; span: Span }
  | { type: 'float'; float: Float & { number: number }; span: Span };

const within = (span: Span, offset: number) => offset >= span.start && offset <= span.end;

/** The citation, mention, reference entry or figure/table label at an offset, if any. */
export function targetAt(model: DocumentModel, offset: number): Target | undefined {
  const marker = model.citations.find((m) => within(m, offset));
  if (marker) {
    // On a number, just that item (`3` or `2-5`); on a delimiter, everything the marker cites.
    const item = markerItems(marker).find((i) => offset >= i.start && offset <= i.end && i.numbers.length > 0);
    const numbers = [...new Set(item ? item.numbers : marker.numbers)];
    return { type: 'citation', marker, numbers, span: marker };
  }
  const at = mentionIndexAt(model.mentions, offset);
  const mention = at === -1 ? undefined : model.mentions.at(at);
  if (mention) return { type: 'mention', mention, numbers: mentionNumbersAt(model.text, mention, offset), span: mention };
  for (const float of [...model.figures, ...model.tables]) {
    if (float.number === undefined || float.labelStart === undefined) continue;
    const span = floatSpan(float);
    if (within(span, offset)) return { type: 'float', float: float as Float & { number: number }, span };
  }
  const entry = model.references?.entries.find((e) => offset >= model.source.lineStarts[e.startLine] && offset <= e.end);
  if (entry) return { type: 'entry', entry, span: { start: entry.numberStart, end: entry.numberEnd } };
  return undefined;
}

/** The number under the cursor in `Figures 2 and 3`, or all of them when it is on the word. */
function mentionNumbersAt(text: string, mention: Mention, offset: number): number[] {
  const own = text.slice(mention.start, mention.end);
  const number = /\d+/g;
  let match: RegExpExecArray | null;
  while ((match = number.exec(own)) !== null) {
    const start = mention.start + match.index;
    if (offset >= start && offset <= start + match[0].length) {
      const n = Number(match[0]);
      // A range end (`2-4`) stands for the whole range.
      return mention.numbers.includes(n) && !/[-\u2013\u2014]|to/i.test(own.slice(match.index + match[0].length, match.index + match[0].length + 3)) && !/[-\u2013\u2014]\s*$|to\s*$/i.test(own.slice(0, match.index))
        ? [n]
        : [...new Set(mention.numbers)];
    }
  }
  return [...new Set(mention.numbers)];
}

export function entriesFor(model: DocumentModel, numbers: number[]): { number: number; entry?: ReferenceEntry }[] {
  const entries = model.references?.entries ?? [];
  return numbers.map((number) => ({ number, entry: entries.find((e) => e.number === number) }));
}

export function floatsFor(model: DocumentModel, kind: FloatKind, numbers: number[]): { number: number; floats: Float[] }[] {
  const floats = kind === 'figure' ? model.figures : model.tables;
  return numbers.map((number) => ({ number, floats: floats.filter((f) => f.number === number) }));
}

/**
 * Every place that cites each reference: the exact item of each marker (`3` in `^1,3^`, or `2-5`;
 * a marker citing a number twice counts once) and pasted citations, in text order.
 */
export function citationIndex(model: DocumentModel): Map<number, Span[]> {
  const index = new Map<number, Span[]>();
  const add = (n: number, span: Span) => {
    const spans = index.get(n);
    if (spans) spans.push(span);
    else index.set(n, [span]);
  };
  for (const marker of model.citations) {
    const seen = new Set<number>();
    for (const item of markerItems(marker)) {
      for (const n of item.numbers) {
        if (seen.has(n)) continue;
        seen.add(n);
        add(n, { start: item.start, end: item.end });
      }
    }
  }
  for (const pasted of model.unformattedCitations) for (const n of new Set(pasted.numbers)) add(n, { start: pasted.digitsStart, end: pasted.end });
  for (const spans of index.values()) spans.sort((a, b) => a.start - b.start);
  return index;
}

/** The first mention that holds `offset` (as `within`), by index: no object made for the others. */
function mentionIndexAt(mentions: Mentions, offset: number): number {
  for (let i = 0; i < mentions.length; i++) if (offset >= mentions.start(i) && offset <= mentions.end(i)) return i;
  return -1;
}

/** The mentions of `kind` that name `n`, each made an object of its own only when it does. */
export function mentionsOf(model: DocumentModel, kind: FloatKind, n: number): Mention[] {
  const { mentions } = model;
  const found: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    if (mentions.kind(i) !== kind) continue;
    for (let j = 0; j < mentions.count(i); j++) {
      if (mentions.number(i, j) !== n) continue;
      found.push(mentions.at(i));
      break;
    }
  }
  return found;
}

/** The label of a float when it has one, else the whole image or table. */
export function floatSpan(float: Float): Span {
  return float.labelStart !== undefined ? { start: float.labelStart, end: float.labelEnd! } : { start: float.start, end: float.end };
}

/** An entry's text shortened for a completion list or a CodeLens. */
export function shorten(text: string, max = 70): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}\u2026`;
}

export type CompletionContext =
  | { type: 'citation'; form: 'superscript' | 'html' | 'bracket'; typed: string }
  | { type: 'float'; kind: FloatKind; typed: string };

const IN_HTML_SUP = /<sup>[\d,\s\-\u2013]*$/i;
const IN_BRACKET = /(?:^|[^!\]\\])\[[\d,\s\-\u2013]*$/;
const AFTER_MENTION = new RegExp(String.raw`\b(Figures?|Figs?\.?|Tables?)[ \t\u00a0]+(?:${FLOAT_NUMBER}[A-Za-z]?[ \t]*(?:,|&|and|to|-|\u2013)[ \t]*(?:and[ \t]+)?)*\d*$`, 'i');

/**
 * What the author is typing at the end of `linePrefix` (the line up to the cursor): the numbers
 * of a citation marker (`^`, `<sup>`, `[`), or the number after "Figure " / "Table ".
 */
export function completionContext(linePrefix: string, brackets: boolean): CompletionContext | undefined {
  const typed = /\d*$/.exec(linePrefix)![0];
  const caret = linePrefix.lastIndexOf('^');
  if (caret !== -1 && /^[\d,\s\-\u2013]*$/.test(linePrefix.slice(caret + 1)) && countCarets(linePrefix) % 2 === 1) {
    // An odd caret opens a marker; `10^3^` style exponents open after a digit and are left alone.
    if (!/\d$/.test(linePrefix.slice(0, caret))) return { type: 'citation', form: 'superscript', typed };
  }
  if (IN_HTML_SUP.test(linePrefix)) return { type: 'citation', form: 'html', typed };
  if (brackets && IN_BRACKET.test(linePrefix)) return { type: 'citation', form: 'bracket', typed };
  const mention = AFTER_MENTION.exec(linePrefix);
  if (mention) return { type: 'float', kind: /^t/i.test(mention[1]) ? 'table' : 'figure', typed };
  return undefined;
}

function countCarets(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === '^' && text[i - 1] !== '\\') count++;
  return count;
}

import { FIGURE_LABEL, FLOAT_NUMBER, TABLE_LABEL } from './author-markup';
import type { Token } from './markdown';
import type { SourceText } from './source-text';
import type { Span } from './types';

export type FloatKind = 'figure' | 'table';

/** How a float of each kind is named in labels and messages. */
export const FLOAT_NAME: Record<FloatKind, string> = { figure: 'Figure', table: 'Table' };

/** A figure (an image) or a table, with its label as written. */
export interface Float extends Span {
  kind: FloatKind;
  /** Undefined when the image or table has no `Figure N.` / `Table N.` label. */
  number?: number;
  /** A panel letter, as in `Figure 2A.` */
  panel?: string;
  /** The label as written (`Figure 2.`), and where it is. */
  label?: string;
  labelStart?: number;
  labelEnd?: number;
  caption: string;
  /** Where the caption text (alt text, or the caption paragraph) is; mentions inside it are its own. */
  captionStart: number;
  captionEnd: number;
  line: number;
  /** The image source, for figures. */
  src?: string;
  srcStart?: number;
  srcEnd?: number;
}

export interface Mention extends Span {
  kind: FloatKind;
  numbers: number[];
}

/** Where to report on a float: its label when it has one, else the image or table. */
export function labelSpan(float: Float): Span {
  return float.labelStart !== undefined ? { start: float.labelStart, end: float.labelEnd! } : { start: float.start, end: float.end };
}

/** Images `![alt](src)` and `![alt][ref]` in blanked text, alt brackets balanced. */
export function findFigures(text: string, source: SourceText, linkTarget: (label: string) => string | undefined): Float[] {
  const figures: Float[] = [];
  let at = text.indexOf('![');
  const closes = at === -1 ? new Map<number, number>() : closingBrackets(text);
  // Images come in document order: their line is found by walking forward, not searched for each.
  const { lineStarts } = source;
  let line = 0;
  while (at !== -1) {
    const image = readImage(text, at, linkTarget, closes);
    if (image) {
      while (line + 1 < lineStarts.length && lineStarts[line + 1] <= at) line++;
      const alt = text.slice(at + 2, image.altEnd);
      const label = FIGURE_LABEL.exec(alt);
      const previous = figures.length > 0 ? figures[figures.length - 1] : undefined;
      // A caption or source the figure before also has is that figure's string, not a copy of it.
      const caption = same((label ? alt.slice(label[0].length) : alt).trim(), previous?.caption);
      const src = same(image.src || destination(source.text.slice(image.srcStart, image.srcEnd)), previous?.src);
      const { altEnd, end, srcStart, srcEnd } = image;
      // One literal, labelled or not: label properties added afterwards would grow a store of their own.
      if (label) {
        const labelStart = at + 2 + label[1].length;
        const labelEnd = labelStart + label[2].length;
        figures.push({ kind: 'figure', start: at, end, caption, captionStart: at + 2, captionEnd: altEnd, line, src, srcStart, srcEnd, number: Number(label[3]), panel: label[4]?.toUpperCase(), label: label[2], labelStart, labelEnd });
      } else {
        figures.push({ kind: 'figure', start: at, end, caption, captionStart: at + 2, captionEnd: altEnd, line, src, srcStart, srcEnd });
      }
      at = text.indexOf('![', image.end);
    } else {
      at = text.indexOf('![', at + 2);
    }
  }
  return figures;
}

/** `text`, or `shared` when that is the same text (one string for the repeats). */
function same(text: string, shared: string | undefined): string {
  return text === shared ? shared : text;
}

/** The path of `path "title"` or `<path with spaces>`. */
function destination(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed.startsWith('<')) return trimmed.slice(1, trimmed.indexOf('>') === -1 ? undefined : trimmed.indexOf('>'));
  const space = trimmed.search(/\s/);
  return space === -1 ? trimmed : trimmed.slice(0, space);
}

interface ImageSyntax {
  altEnd: number;
  end: number;
  src: string;
  srcStart: number;
  srcEnd: number;
}

export const MAX_ALT = 2000;

/**
 * For each `[` of the text, the `]` that closes it: brackets nested, a backslash escaping the next
 * character, none closed across a blank line. One pass over the text, instead of a scan from every
 * `![` (which made a long run of unclosed `![a ` quadratic).
 */
export function closingBrackets(text: string): Map<number, number> {
  const closes = new Map<number, number>();
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x5b) open.push(i);
    else if (c === 0x5d) {
      const opening = open.pop();
      if (opening !== undefined) closes.set(opening, i);
    } else if (c === 0x0a && open.length > 0 && /^\n[ \t\r]*\n/.test(text.slice(i, i + 200))) open.length = 0;
  }
  return closes;
}

/** Where the alt text of the image at `at` (`![`) ends: its closing `]`, within MAX_ALT characters. */
export function imageAltEnd(text: string, at: number, closes: Map<number, number>): number | undefined {
  const close = closes.get(at + 1);
  return close !== undefined && close < Math.min(text.length, at + 2 + MAX_ALT) ? close : undefined;
}

function readImage(text: string, at: number, linkTarget: (label: string) => string | undefined, closes: Map<number, number>): ImageSyntax | undefined {
  const altEnd = imageAltEnd(text, at, closes);
  if (altEnd === undefined) return undefined;
  const i = altEnd + 1;
  if (text[i] === '(') {
    const close = text.indexOf(')', i);
    // Destinations are blanked in `text`; the caller passes source offsets, so read the source.
    if (close === -1) return undefined;
    return { altEnd, end: close + 1, src: '', srcStart: i + 1, srcEnd: close };
  }
  const ref = /^\[([^\]\n]*)\]/.exec(text.slice(i, i + 1000));
  const label = ref && ref[1].trim() !== '' ? ref[1] : text.slice(at + 2, altEnd);
  const target = linkTarget(label);
  if (target === undefined) return undefined;
  return { altEnd, end: ref ? i + ref[0].length : i, src: target, srcStart: i, srcEnd: ref ? i + ref[0].length : i };
}

/** Tables: a GFM table, captioned by the paragraph directly above it when that starts with `Table N.` */
export function findTables(tokens: Token[], source: SourceText, inBody: (line: number) => boolean): Float[] {
  const tables: Float[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type !== 'table_open' || !token.map || !inBody(token.map[0])) continue;
    const tableStart = source.lineStarts[token.map[0]];
    const table: Float = { kind: 'table', start: tableStart, end: source.lineEnd(token.map[0]), caption: '', captionStart: tableStart, captionEnd: tableStart, line: token.map[0] };
    const paragraphClose = tokens[i - 1];
    const inline = tokens[i - 2];
    // The block right before the table, however many blank lines apart (blank lines are not blocks).
    if (paragraphClose?.type === 'paragraph_close' && inline?.type === 'inline' && inline.map && paragraphClose.level === token.level) {
      const span = source.linesSpan(inline.map[0], inline.map[1]);
      const text = source.text.slice(span.start, span.end);
      const label = TABLE_LABEL.exec(text);
      if (label) {
        table.number = Number(label[3]);
        table.panel = label[4]?.toUpperCase();
        table.label = label[2];
        table.labelStart = span.start + label[1].length;
        table.labelEnd = table.labelStart + label[2].length;
        table.caption = text.slice(label[0].length).replace(/\s+/g, ' ').replace(/[*_]+$/, '').trim();
        table.start = span.start;
        table.end = span.end;
        table.captionStart = span.start;
        table.captionEnd = span.end;
        table.line = inline.map[0];
      }
    }
    tables.push(table);
  }
  return tables;
}

/** A number of a mention, with its panel letter. */
const NUMBER = `${FLOAT_NUMBER}[A-Za-z]?`;
const MENTION = new RegExp(String.raw`\b(Figures?|Figs?\.?|Tables?)(?:[ \t\u00a0]+|(?<=\.))(${NUMBER}(?:[ \t]*(?:,|&|and|to|-|\u2013|\u2014)[ \t]*(?:and[ \t]+)?${NUMBER}(?![A-Za-z]))*)`, 'gi');
const SINGLE = new RegExp(String.raw`^${NUMBER}(?:[ \t]*[-\u2013\u2014][ \t]*${NUMBER}(?![A-Za-z]))?`);
/**
 * The last item of an English list, after its "and" (or "&"), when a comma follows it: the list ends
 * there. In "Figures 1 and 2, 14 days apart" the 14 is not a figure; "Figures 1, 2, and 3" is whole.
 */
const LAST_ITEM = new RegExp(String.raw`(?:&|\band\b)[ \t]*${NUMBER}(?:[ \t]*(?:-|\u2013|\u2014|to)[ \t]*${NUMBER}(?![A-Za-z]))?(?=[ \t]*,)`, 'i');
const SUPPLEMENT = /(?:supplementa(?:l|ry)|online|appendix|extended data)[ \t]+$/i;

/**
 * Text mentions of figures and tables: `Figure 2`, `Fig. 2`, `Figures 2 and 3`, `Figures 2-4`, `Table 1`.
 * Given the figures and tables, a mention inside the caption of the float it names (the label
 * itself, "as Figure 2 shows" in Figure 2's caption) is not one: it is dropped as it is found.
 */
export function findMentions(text: string, figures: readonly Float[] = [], tables: readonly Float[] = []): Mention[] {
  const mentions: Mention[] = [];
  MENTION.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = MENTION.exec(text)) !== null) {
    // SUPPLEMENT ends in a space or tab: without one right before the mention, it cannot match.
    const before = text.charCodeAt(match.index - 1);
    if ((before === 0x20 || before === 0x09) && SUPPLEMENT.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    const word = match[1];
    const kind: FloatKind = (word.charCodeAt(0) | 0x20) === 0x74 ? 'table' : 'figure';
    // A singular word names one number (or a dashed range): in "Figure 2, 3 days later" the 3 is not a figure.
    // The word is plural when it ends in s, before the period of "Figs.".
    const plural = (word.charCodeAt(word.length - (word.endsWith('.') ? 2 : 1)) | 0x20) === 0x73;
    const listStart = match.index + match[0].length - match[2].length;
    const list = plural ? closedList(match[2]) : SINGLE.exec(match[2])![0];
    const end = listStart + list.length;
    MENTION.lastIndex = end;
    const numbers: number[] = [];
    const parts = list.split(/[ \t]*(?:,|&|\band\b)[ \t]*(?:and[ \t]+)?/i);
    for (const part of parts) {
      if (part === '') continue;
      const range = /^(\d+)[A-Za-z]?[ \t]*(?:-|\u2013|\u2014|to)[ \t]*(\d+)/i.exec(part);
      if (range) {
        const low = Number(range[1]);
        const high = Math.min(Number(range[2]), low + 100);
        for (let n = Math.max(low, 1); n <= high; n++) numbers.push(n);
      } else {
        const n = parseInt(part, 10);
        if (n > 0) numbers.push(n);
      }
    }
    if (inOwnCaption(match.index, end, numbers, kind === 'figure' ? figures : tables)) continue;
    // Sliced to its length: an array grown by push keeps room for 16 numbers (100,000 mentions: 13 MB more).
    mentions.push({ kind, numbers: numbers.slice(), start: match.index, end });
  }
  return mentions;
}

/** A plural mention's list up to its last item: what follows the item after "and" is not part of it. */
function closedList(list: string): string {
  const last = LAST_ITEM.exec(list);
  return last === null ? list : list.slice(0, last.index + last[0].length);
}

/**
 * Is the mention inside the caption of the float it names? Captions never overlap and come in
 * document order, so the one caption that can hold the mention is found by binary search.
 */
function inOwnCaption(start: number, end: number, numbers: readonly number[], owners: readonly Float[]): boolean {
  let low = 0;
  let high = owners.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (owners[mid].captionStart <= start) low = mid;
    else high = mid - 1;
  }
  const f = owners[low];
  return f !== undefined && f.number !== undefined && start >= f.captionStart && end <= f.captionEnd && numbers.every((n) => n === f.number);
}

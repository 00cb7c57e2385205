import type { Token } from './markdown';
import type { SourceText } from './source-text';
import type { Span } from './types';

export interface ReferenceEntry extends Span {
  /** The number as the author wrote it (`3` in `3. Smith J...`), even where CommonMark renumbers. */
  number: number;
  numberStart: number;
  numberEnd: number;
  startLine: number;
  /** Exclusive. */
  endLine: number;
  /** The entry's text on one line, marker removed. */
  text: string;
  /** Offset where the text starts (after `3. `). */
  textStart: number;
  doi?: { value: string } & Span;
}

export interface ReferenceList {
  headingLine: number;
  headingText: string;
  /** Lines [startLine, endLine) that belong to the section, heading included. */
  startLine: number;
  endLine: number;
  entries: ReferenceEntry[];
}

const ITEM_MARKER = /^(\s*)(\d{1,9})([.)])[ \t]*/;
/** The URL form of a DOI (`https://doi.org/`, `http://dx.doi.org/`): the DOI is what follows it. */
const DOI_URL = String.raw`(?:https?:\/\/)?(?:dx\.|www\.)?doi\.org\/`;
/**
 * `doi:10.x/y`, `DOI 10.x/y`, `DOI: https://doi.org/10.x/y`, `https://dx.doi.org/10.x/y`: the DOI
 * itself (group 1) is what follows the label and the URL's host, never the URL.
 */
const DOI = new RegExp(String.raw`(?:\bdoi:\s*(?:${DOI_URL})?|\bdoi\s+(?:${DOI_URL})?(?=10\.)|\b(?:dx\.|www\.)?doi\.org\/)(\S+)`, 'i');

export function headingText(inline: Token | undefined): string {
  return (inline?.content ?? '').replace(/[*_`]/g, '').replace(/[:.\s]+$/, '').trim();
}

/** The reference section: a heading named like `References`, then its ordered list(s). */
export function findReferenceList(tokens: Token[], source: SourceText, names: string[]): ReferenceList | undefined {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  let found: ReferenceList | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type !== 'heading_open' || !token.map) continue;
    const text = headingText(tokens[i + 1]);
    if (!wanted.has(text.toLowerCase())) continue;
    const level = Number(token.tag.slice(1));
    let endLine = source.lineCount;
    const entries: ReferenceEntry[] = [];
    for (let j = i + 3; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.type === 'heading_open' && Number(t.tag.slice(1)) <= level) {
        endLine = t.map ? t.map[0] : endLine;
        break;
      }
      if (t.type === 'list_item_open' && t.map && t.level === token.level + 1 && /^\d+$/.test(t.info)) {
        const entry = readEntry(source, t.map[0], t.map[1]);
        if (entry) entries.push(entry);
      }
    }
    // The last such section wins: a document may mention "References" earlier as a sub-heading.
    found = { headingLine: token.map[0], headingText: text, startLine: token.map[0], endLine, entries };
  }
  return found;
}

/** Whitespace other than a space: a tab, a line break, a no-break space... */
const NOT_A_SPACE = /[^\S ]/;

/**
 * `text.replace(/\s+/g, ' ')`, without rewriting text whose whitespace is already single
 * spaces (the usual reference entry: one match per word made the replace the costly part).
 */
export function collapseWhitespace(text: string): string {
  // With every whitespace character a space, a run of two or more is two spaces in a row.
  return NOT_A_SPACE.test(text) || text.includes('  ') ? text.replace(/\s+/g, ' ') : text;
}

function readEntry(source: SourceText, startLine: number, endLine: number): ReferenceEntry | undefined {
  const first = source.lineText(startLine);
  const marker = ITEM_MARKER.exec(first);
  if (!marker) return undefined;
  const lineStart = source.lineStarts[startLine];
  const numberStart = lineStart + marker[1].length;
  const numberEnd = numberStart + marker[2].length;
  const textStart = lineStart + marker[0].length;
  const span = source.linesSpan(startLine, endLine);
  const pieces = [first.slice(marker[0].length)];
  for (let line = startLine + 1; line < endLine; line++) pieces.push(source.lineText(line).trim());
  const text = collapseWhitespace(pieces.join(' ')).trim();
  const entry: ReferenceEntry = {
    number: Number(marker[2]),
    numberStart,
    numberEnd,
    start: numberStart,
    end: span.end,
    startLine,
    endLine,
    text,
    textStart,
  };
  const raw = source.text.slice(textStart, span.end);
  const doi = DOI.exec(raw);
  if (doi) {
    // Sentence punctuation and the closing `>` of an autolink are not part of the DOI; nor is a `)` the DOI never opened.
    // A Markdown link around the URL (`[https://doi.org/10.x](https://doi.org/10.x)`) ends at its `]`.
    let value = doi[1].replace(/\]\(.*$|\]$/, '').replace(/[.,;>]+$/, '');
    while (value.endsWith(')') && (value.match(/\(/g)?.length ?? 0) < (value.match(/\)/g)?.length ?? 0)) value = value.slice(0, -1).replace(/[.,;]+$/, '');
    const start = textStart + doi.index + doi[0].length - doi[1].length;
    entry.doi = { value, start, end: start + value.length };
  }
  return entry;
}

/** The list's highest entry number (0 without a list): a bracketed 4-digit number above it is a year, not a citation. */
export function highestReferenceNumber(list: ReferenceList | undefined): number {
  return list?.entries.reduce((high, entry) => Math.max(high, entry.number), 0) ?? 0;
}

/** A DOI is `10.<registrant digits>/<suffix>`. */
export function isValidDoi(doi: string): boolean {
  return /^10\.\d+(?:\.\d+)*\/\S+$/.test(doi);
}

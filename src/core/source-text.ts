import { IntList } from './int-list';
import type { Position, Range } from './types';

/** How many lines after a `near` line positionAt walks before it searches. */
const NEAR_LINES = 4;

/**
 * The document's text with its BOM removed, and the mapping between offsets and line/column
 * positions. Lines break where markdown-it breaks them: at CR LF, LF, and a lone CR (old Mac line
 * endings). A lone CR is read as LF here, once: the text keeps its length, so offsets are the
 * file's, and the rest of the engine sees only LF and CR LF. A CR before LF belongs to the line
 * break, never to a column.
 */
export class SourceText {
  readonly text: string;
  readonly hasBom: boolean;
  readonly eol: '\n' | '\r\n';
  /** Where each line starts: integers in a typed list, which the garbage collector neither copies nor reads through. */
  readonly lineStarts: Int32Array;

  constructor(raw: string) {
    this.hasBom = raw.charCodeAt(0) === 0xfeff;
    this.text = readLoneCrAsLf(this.hasBom ? raw.slice(1) : raw);
    const text = this.text;
    // One pass over the line feeds, into a list that doubles when full: a text of 200,000 lines
    // read twice, to count them first, cost more.
    const starts = new IntList(1024);
    starts.push(0);
    let crlf = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      starts.push(i + 1);
      if (i > 0 && text.charCodeAt(i - 1) === 13) crlf++;
    }
    this.lineStarts = starts.view();
    const lineFeeds = starts.length - 1;
    this.eol = crlf > lineFeeds - crlf ? '\r\n' : '\n';
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset just past the last content character of the line (before CR LF / LF). */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1] - 1;
    if (end > this.lineStarts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }

  /**
   * The line and character of `offset`. `near` is a line to look from first, when the offset is
   * not before it (the line of an offset asked just before: a writer placing findings in order):
   * an offset on it or a few lines after it is placed without a search.
   */
  positionAt(offset: number, near = 0): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    if (near > 0 && near <= high && this.lineStarts[near] <= clamped) {
      low = near;
      for (let step = 0; step < NEAR_LINES && low < high && this.lineStarts[low + 1] <= clamped; step++) low++;
      if (low === high || this.lineStarts[low + 1] > clamped) high = low;
    }
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    const character = Math.min(clamped, this.lineEnd(low)) - this.lineStarts[low];
    return { line: low, character };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[Math.max(0, position.line)];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  /** The range from `start` to `end` (`near`: as positionAt's, for the start). */
  rangeOf(start: number, end: number, near = 0): Range {
    const first = this.positionAt(start, near);
    return { start: first, end: this.positionAt(end, first.line) };
  }

  /** The whole of a line range [startLine, endLine) trimmed of trailing blank lines. */
  linesSpan(startLine: number, endLine: number): { start: number; end: number } {
    let last = Math.min(endLine, this.lineCount) - 1;
    while (last > startLine && this.lineText(last).trim() === '') last--;
    return { start: this.lineStarts[startLine], end: this.lineEnd(last) };
  }
}

/** The text with every CR that no LF follows replaced by LF: the same length, the same lines as markdown-it's. */
function readLoneCrAsLf(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

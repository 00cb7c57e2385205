import type { Span } from './types';

/**
 * Returns the text with every character inside the spans replaced by a space, line breaks kept,
 * so that offsets and columns stay exact while scanners no longer see code, comments or URLs.
 */
export function blankSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  const sorted = spans.length === 1 ? spans : [...spans].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const span of sorted) {
    const start = Math.max(span.start, at);
    if (span.end <= start) continue;
    parts.push(text.slice(at, start));
    blankInto(parts, text, start, span.end);
    at = span.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Pushes text[start, end) as spaces, its CR and LF kept, without a regular expression per span. */
function blankInto(parts: string[], text: string, start: number, end: number): void {
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    if (i > from) parts.push(spaces(i - from));
    parts.push(c === 10 ? '\n' : '\r');
    from = i + 1;
  }
  if (end > from) parts.push(spaces(end - from));
}

const SPACES = ' '.repeat(256);
function spaces(length: number): string {
  return length <= SPACES.length ? SPACES.slice(0, length) : ' '.repeat(length);
}

/**
 * Inline code spans (CommonMark backtick runs), never crossing a blank line. Linear time: each
 * paragraph's backtick runs are grouped by length and each group is walked once.
 */
export function findCodeSpans(text: string): Span[] {
  const spans: Span[] = [];
  const runs: { at: number; length: number; paragraph: number }[] = [];
  const blank = /\n[ \t\r]*\n/g;
  let paragraph = 0;
  let paragraphEnd = -1;
  const re = /`+/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    while (paragraphEnd !== Infinity && match.index > paragraphEnd) {
      blank.lastIndex = Math.max(paragraphEnd + 1, 0);
      const next = blank.exec(text);
      paragraph++;
      paragraphEnd = next ? next.index : Infinity;
      if (next && match.index <= paragraphEnd) break;
    }
    runs.push({ at: match.index, length: match[0].length, paragraph });
  }
  let first = 0;
  while (first < runs.length) {
    let last = first;
    while (last < runs.length && runs[last].paragraph === runs[first].paragraph) last++;
    const byLength = new Map<number, number[]>();
    for (let i = first; i < last; i++) {
      const list = byLength.get(runs[i].length);
      if (list) list.push(i);
      else byLength.set(runs[i].length, [i]);
    }
    const cursor = new Map<number, number>();
    for (let i = first; i < last; i++) {
      const opener = runs[i];
      if (isEscaped(text, opener.at)) continue;
      const list = byLength.get(opener.length)!;
      let k = cursor.get(opener.length) ?? 0;
      while (k < list.length && list[k] <= i) k++;
      cursor.set(opener.length, k);
      if (k === list.length) continue;
      const closer = runs[list[k]];
      spans.push({ start: opener.at, end: closer.at + closer.length });
      i = list[k];
    }
    first = last;
  }
  return spans;
}

function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) === 92; i--) backslashes++;
  return backslashes % 2 === 1;
}

/** HTML comments, `<!-- ... -->`; an unclosed comment runs to the end of the text. */
export function findHtmlComments(text: string): Span[] {
  const spans: Span[] = [];
  let at = text.indexOf('<!--');
  while (at !== -1) {
    const close = text.indexOf('-->', at + 4);
    const end = close === -1 ? text.length : close + 3;
    spans.push({ start: at, end });
    at = text.indexOf('<!--', end);
  }
  return spans;
}

/** Link and image destinations `](url "title")` and autolinks `<https://...>`: URLs are not prose. */
export function findLinkTargets(text: string): Span[] {
  const spans: Span[] = [];
  const destination = /\]\((?:<[^>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?[ \t]*\)/g;
  let match: RegExpExecArray | null;
  while ((match = destination.exec(text)) !== null) spans.push({ start: match.index + 2, end: match.index + match[0].length - 1 });
  const autolink = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>|<[^<>\s@]+@[^<>\s@]+>/g;
  while ((match = autolink.exec(text)) !== null) spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

/**
 * Bare URLs in running text (`https://example.org/report.3`, `www.example.org`): not prose for the
 * citation and mention scanners. Trailing sentence punctuation stays outside the URL.
 */
export function findBareUrls(text: string): Span[] {
  const spans: Span[] = [];
  const url = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'*_]/gi;
  let match: RegExpExecArray | null;
  while ((match = url.exec(text)) !== null) spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

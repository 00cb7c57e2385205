import { isMap, isNode, isScalar } from 'yaml';
import type { Float } from '../../figures';
import { groupDigits } from '../../group-digits';
import type { DocumentModel } from '../../model';
import type { SectionHead } from '../../sections';
import type { Span } from '../../types';

/** Where a frontmatter value is (`title`, `['authors', 6]`), or its key when asked; undefined if absent. */
export function frontmatterSpan(model: DocumentModel, path: (string | number)[], part: 'value' | 'key' = 'value'): Span | undefined {
  const fm = model.frontmatter;
  if (!fm) return undefined;
  if (part === 'key') {
    const parent = path.length === 1 ? fm.document.contents : fm.document.getIn(path.slice(0, -1), true);
    if (!isMap(parent)) return undefined;
    const pair = parent.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === path[path.length - 1]);
    if (!pair || !isNode(pair.key) || !pair.key.range) return undefined;
    return { start: fm.contentStart + pair.key.range[0], end: fm.contentStart + pair.key.range[1] };
  }
  const node = fm.document.getIn(path, true);
  if (!isNode(node) || !node.range) return undefined;
  return { start: fm.contentStart + node.range[0], end: fm.contentStart + node.range[1] };
}

/** Section names compared as an author means them: case, `&`/`and`, hyphens, numbering and trailing punctuation ignored. */
export function normalizeSectionName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^\s*(?:\d+(?:\.\d+)*|[ivx]+)[.)]?\s+/, '')
    .replace(/&/g, ' and ')
    .replace(/['’]s\b/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The heads (headings or run-in heads) whose text is one of the names. */
export function headsNamed(heads: SectionHead[], names: string[]): SectionHead[] {
  const wanted = new Set(names.map(normalizeSectionName));
  return heads.filter((head) => wanted.has(normalizeSectionName(head.text)));
}

export function frontmatterString(model: DocumentModel, key: string): string | undefined {
  const value = model.frontmatter?.data?.[key];
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (value && typeof value === 'object') return JSON.stringify(value);
  return undefined;
}

/** Where a document-level finding goes when nothing better exists: the first line of the body with text. */
export function bodyAnchor(model: DocumentModel): Span {
  const { source } = model;
  for (let line = model.bodyStartLine; line < source.lineCount; line++) {
    const text = source.lineText(line);
    if (text.trim() !== '') {
      const start = source.lineStarts[line] + (text.length - text.trimStart().length);
      return { start, end: source.lineEnd(line) };
    }
  }
  if (model.frontmatter) return { start: 0, end: source.lineEnd(0) };
  return { start: 0, end: 0 };
}

/** A timeline, by the words of a heading, caption or file name. */
export const TIMELINE = /timeline|time line|chronolog/i;

/**
 * The figure or table that shows the episode of care as a timeline (CARE item 7): its caption or
 * image file says "timeline", or a sentence that mentions it does ("The timeline ... is shown in Figure 3").
 */
export function findTimelineFloat(model: DocumentModel): Float | undefined {
  const floats = [...model.tables, ...model.figures];
  const direct = floats.find((f) => TIMELINE.test(f.caption) || (f.src !== undefined && TIMELINE.test(f.src)));
  if (direct) return direct;
  const { mentions } = model;
  for (let m = 0; m < mentions.length; m++) {
    const start = mentions.start(m);
    const end = mentions.end(m);
    const before = model.prose.slice(Math.max(0, start - 300), start);
    const after = model.prose.slice(end, end + 300);
    const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n\n')) + 1) + after.slice(0, sentenceEnd(after));
    if (!TIMELINE.test(sentence)) continue;
    const kind = mentions.kind(m);
    const numbers = mentions.numbers(m);
    const float = floats.find((f) => f.kind === kind && f.number !== undefined && numbers.includes(f.number));
    if (float) return float;
  }
  return undefined;
}

function sentenceEnd(text: string): number {
  const end = text.search(/[.!?](?:\s|$)|\n\s*\n/);
  return end === -1 ? text.length : end;
}

/** How far a count is over its limit, as a limit rule's message says it: `1,203 over`. */
export function overLimit(value: number, limit: number): string {
  return `${groupDigits(value - limit)} over`;
}

import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { InlineWriter } from './inline';
import { xmlSafe } from './inline';
import { STYLE } from './page-setup';

/**
 * A run-in head of a structured abstract written as one string: a capitalised label of at most
 * five words and a colon, at the start or after a sentence ("Background: ... Case presentation: ...").
 */
const RUN_IN = /(^|[.!?]\s+)(\p{Lu}\p{L}*(?:[ -]\p{L}+){0,4}):\s+/gu;

/**
 * The frontmatter abstract on a page of its own. A structured abstract keeps its run-in heads,
 * bold, each part its own paragraph: written as a mapping (`Background: ...` keys) or as one
 * string with the labels inline. Returns nothing without a frontmatter abstract (an Abstract
 * section of the body is set where the author wrote it).
 */
export function abstractPage(value: unknown, inline: InlineWriter): Paragraph[] {
  const parts = abstractParts(value);
  if (parts.length === 0) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun('Abstract')] }),
    ...parts.map(
      (part) =>
        new Paragraph({
          style: STYLE.front,
          children: part.head ? [new TextRun({ text: `${xmlSafe(part.head)}: `, bold: true }), ...inline.markdown(part.text)] : inline.markdown(part.text),
        }),
    ),
  ];
}

interface AbstractPart {
  head?: string;
  text: string;
}

export function abstractParts(value: unknown): AbstractPart[] {
  if (typeof value === 'number') return [{ text: String(value) }];
  if (typeof value === 'string') return value.split(/\n\s*\n/).flatMap((paragraph) => splitRunIns(paragraph.replace(/\s+/g, ' ').trim()));
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, text]) => {
      const body = typeof text === 'string' || typeof text === 'number' ? String(text).replace(/\s+/g, ' ').trim() : '';
      return body ? [{ head: key.charAt(0).toUpperCase() + key.slice(1), text: body }] : [];
    });
  }
  return [];
}

/** One paragraph of the abstract, cut at its run-in heads when it opens with one and has two or more. */
function splitRunIns(paragraph: string): AbstractPart[] {
  if (paragraph === '') return [];
  const heads = [...paragraph.matchAll(RUN_IN)];
  if (heads.length < 2 || heads[0].index !== 0) return [{ text: paragraph }];
  return heads.map((match, index) => {
    const start = match.index + match[0].length;
    const next = heads[index + 1];
    const end = next ? next.index + next[1].length : paragraph.length;
    return { head: match[2], text: paragraph.slice(start, end).trim() };
  });
}

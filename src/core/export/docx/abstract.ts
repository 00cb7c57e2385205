import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { AbstractPart } from '../../abstract';
import type { InlineWriter } from './inline';
import { xmlSafe } from './inline';
import { STYLE } from './page-setup';

/**
 * The frontmatter abstract on a page of its own, one paragraph per part; a structured abstract's
 * labels open their paragraphs bold ("Background: "). Returns nothing without a frontmatter
 * abstract (an Abstract section of the body is set where the author wrote it).
 */
export function abstractPage(parts: readonly AbstractPart[], inline: InlineWriter): Paragraph[] {
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

import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { ReferenceList } from '../../references';
import { xmlSafe, type InlineWriter } from './inline';
import { STYLE } from './page-setup';

/**
 * The reference list on a new page, each entry a plain paragraph that starts with its number as
 * the author wrote it ("3. "): not a Word list, which would renumber itself when an editor touches it.
 */
export function referenceList(references: ReferenceList | undefined, inline: InlineWriter): Paragraph[] {
  if (!references || references.entries.length === 0) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(xmlSafe(references.headingText || 'References'))] }),
    ...references.entries.map((entry) => new Paragraph({ style: STYLE.reference, children: [new TextRun(`${entry.number}.\t`), ...inline.markdown(entry.text)] })),
  ];
}

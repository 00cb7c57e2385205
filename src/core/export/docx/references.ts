import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { GeneratedReference } from '../../bibliography/reference-list';
import type { ReferenceList } from '../../references';
import { xmlSafe, type InlineWriter } from './inline';
import { STYLE } from './page-setup';

/**
 * The reference list on a new page, each entry a plain paragraph that starts with its number as
 * the author wrote it ("3. "): not a Word list, which would renumber itself when an editor touches it.
 * A report that cites by key gets the list generated from its library.
 */
export function referenceList(references: ReferenceList | undefined, generated: GeneratedReference[], heading: string, inline: InlineWriter): Paragraph[] {
  const written = references?.entries ?? [];
  if (written.length === 0 && generated.length === 0) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(xmlSafe(references?.headingText || heading))] }),
    ...written.map((entry) => new Paragraph({ style: STYLE.reference, children: [new TextRun(`${entry.number}.\t`), ...inline.markdown(entry.text)] })),
    // A report that cites by key: the list generated from its library in AMA style, italics kept.
    ...generated.map(
      (reference) =>
        new Paragraph({ style: STYLE.reference, children: [new TextRun(`${reference.number}.\t`), ...reference.runs.map((run) => new TextRun({ text: xmlSafe(run.text), italics: run.italic || undefined }))] }),
    ),
  ];
}

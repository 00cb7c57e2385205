import { HeadingLevel, Paragraph, TextRun, type ParagraphChild } from 'docx';
import { groupDigits } from '../../group-digits';
import type { ArticleMeta, Author } from '../../render/meta';
import { affiliationGroups, authorText, correspondingAuthor } from '../../render/meta';
import type { InlineWriter } from './inline';
import { xmlSafe } from './inline';
import { STYLE } from './page-setup';

/** What the title page states besides the frontmatter's names: the counts journals ask for. */
export interface TitlePageCounts {
  /** The body's words, as `limit-words` counts them. */
  words: number;
  figures: number;
  tables: number;
  references: number;
}

/**
 * The title page: article type and title; the running title; the authors with their degrees and
 * numbered affiliations; the corresponding author with e-mail; keywords; the word count and the
 * numbers of figures, tables and references; conflicts, funding and consent where given.
 */
export function titlePage(meta: ArticleMeta, counts: TitlePageCounts, inline: InlineWriter): Paragraph[] {
  const out: Paragraph[] = [];
  const line = (children: ParagraphChild[]) => out.push(new Paragraph({ style: STYLE.front, children }));
  const labelled = (label: string, value: string) => line([new TextRun({ text: `${label}: `, bold: true }), ...inline.markdown(value)]);

  if (meta.articleType) line([new TextRun({ text: xmlSafe(meta.articleType), allCaps: true })]);
  if (meta.title) out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: inline.markdown(meta.title) }));
  if (meta.runningTitle) labelled('Running title', meta.runningTitle);

  const affiliations = numberAffiliations(meta.authors);
  if (meta.authors.length > 0) {
    const byline: ParagraphChild[] = [];
    meta.authors.forEach((author, index) => {
      if (index > 0) byline.push(new TextRun('; '));
      byline.push(new TextRun(xmlSafe(authorText(author))));
      const numbers = author.affiliations.map((a) => affiliations.indexOf(a) + 1);
      if (numbers.length > 0) byline.push(new TextRun({ text: numbers.join(','), superScript: true }));
    });
    out.push(new Paragraph({ style: STYLE.front, spacing: { before: 240 }, children: byline }));
  }
  affiliations.forEach((affiliation, index) => line([new TextRun({ text: String(index + 1), superScript: true }), new TextRun(xmlSafe(affiliation))]));

  const corresponding = correspondingAuthor(meta.authors);
  if (corresponding) {
    const parts = [authorText(corresponding), ...corresponding.affiliations];
    const email = corresponding.email ? ` (${corresponding.email})` : '';
    out.push(new Paragraph({ style: STYLE.front, spacing: { before: 240 }, children: [new TextRun({ text: 'Corresponding author: ', bold: true }), new TextRun(xmlSafe(`${parts.join(', ')}${email}`))] }));
  }

  if (meta.keywords.length > 0) labelled('Keywords', meta.keywords.join('; '));
  line([
    new TextRun({ text: 'Word count: ', bold: true }),
    new TextRun(`${groupDigits(counts.words)} (body text); figures: ${counts.figures}; tables: ${counts.tables}; references: ${counts.references}`),
  ]);
  for (const statement of meta.statements) labelled(statement.label, statement.text);
  return out;
}

/** Affiliations numbered in order of first appearance in the byline. */
function numberAffiliations(authors: Author[]): string[] {
  return affiliationGroups(authors).map((group) => group.affiliation);
}

import { completeFrontmatter, hoverFrontmatterKey, type FrontmatterCompletion } from '../frontmatter/complete';
import type { HouseStyle } from '../house-styles';
import type { DocumentModel } from '../model';
import type { Span } from '../types';

/** A hover on a frontmatter key: what the key means, over the key's span in the document. */
export interface FrontmatterHoverInfo {
  markdown: string;
  span: Span;
}

/** The hover for the frontmatter key at a document offset (the model's parsed frontmatter). */
export function frontmatterHoverAt(model: DocumentModel, offset: number, style: HouseStyle): FrontmatterHoverInfo | undefined {
  const frontmatter = model.frontmatter;
  if (!frontmatter || model.source.positionAt(offset).line >= frontmatter.endLine) return undefined;
  const hover = hoverFrontmatterKey(frontmatter.document, offset - frontmatter.contentStart, style);
  return hover && { markdown: hover.markdown, span: { start: frontmatter.contentStart + hover.start, end: frontmatter.contentStart + hover.end } };
}

/** How far past the cursor's line completion reads: the frontmatter is short, the body is not read. */
const LINES_AFTER = 200;

/** Completion at a document offset inside the frontmatter, also while the block is still unclosed. */
export function frontmatterCompletionsAt(model: DocumentModel, offset: number, style: HouseStyle): FrontmatterCompletion[] {
  const { source } = model;
  const last = Math.min(source.lineCount - 1, source.positionAt(offset).line + LINES_AFTER);
  return completeFrontmatter(model.text.slice(0, source.lineEnd(last)), offset, style);
}

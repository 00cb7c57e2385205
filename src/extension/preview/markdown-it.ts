import type { MarkdownItInstance } from '../../core/markdown';
import { caseReportPlugin } from '../../core/render/markdown-it-plugin';

/** Returned from activate(): VS Code's built-in Markdown preview calls it (`markdown.markdownItPlugins`). */
export function extendMarkdownIt(md: MarkdownItInstance): MarkdownItInstance {
  return md.use(caseReportPlugin);
}

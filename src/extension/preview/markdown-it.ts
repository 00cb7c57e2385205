import { caseReportPlugin, type MarkdownItInstance } from '../../core';

/** Returned from activate(): VS Code's built-in Markdown preview calls it (`markdown.markdownItPlugins`). */
export function extendMarkdownIt(md: MarkdownItInstance): MarkdownItInstance {
  return md.use(caseReportPlugin);
}

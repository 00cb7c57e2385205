import MarkdownIt from 'markdown-it';
import { citationRules } from './render/cite-syntax';

export type MarkdownItInstance = ReturnType<typeof MarkdownIt>;
export type Token = ReturnType<MarkdownItInstance['parse']>[number];

/**
 * The one markdown-it configuration of the project: CommonMark with GFM tables and
 * strikethrough, raw HTML allowed (the preview sanitizes it). The model parses with it once;
 * the preview renders the same tokens.
 */
export function createMarkdownIt(): MarkdownItInstance {
  const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  // Citation markers become `cr_cite` tokens, so the preview renders the parsed tokens as they are.
  citationRules(md);
  return md;
}

let shared: MarkdownItInstance | undefined;
export function sharedMarkdownIt(): MarkdownItInstance {
  return (shared ??= createMarkdownIt());
}

import MarkdownIt from 'markdown-it';

export type MarkdownItInstance = ReturnType<typeof MarkdownIt>;
export type Token = ReturnType<MarkdownItInstance['parse']>[number];

/**
 * The one markdown-it configuration of the project: CommonMark with GFM tables and
 * strikethrough, raw HTML allowed (the preview sanitizes it). The model parses with it once;
 * the preview renders the same tokens.
 */
export function createMarkdownIt(): MarkdownItInstance {
  return new MarkdownIt('default', { html: true, linkify: false, typographer: false });
}

let shared: MarkdownItInstance | undefined;
export function sharedMarkdownIt(): MarkdownItInstance {
  return (shared ??= createMarkdownIt());
}

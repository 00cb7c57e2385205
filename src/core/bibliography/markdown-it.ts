import type { MarkdownItInstance } from '../markdown';
import { escapeHtml } from '../escape-html';
import { parseKeyCitation, type KeyCitation } from './pandoc';

/**
 * Pandoc key citations as markdown-it inline tokens (`cr_key_cite`, meta: the parsed citation), read
 * by the same parser as the model's scan, so that the preview, `render` and the exporters set the
 * tokens the model parsed.
 */
export type KeyCiteMeta = { citation: KeyCitation };

type StateInline = Parameters<Parameters<MarkdownItInstance['inline']['ruler']['push']>[1]>[0];

function keyCite(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x5b) return false;
  const citation = parseKeyCitation(state.src, state.pos, state.posMax);
  if (!citation) return false;
  if (!silent) {
    const token = state.push('cr_key_cite', 'sup', 0);
    token.content = state.src.slice(citation.start, citation.end);
    token.meta = { citation } satisfies KeyCiteMeta;
  }
  state.pos = citation.end;
  return true;
}

/** Adds the key-citation rule (before links: `[@a]` is a citation, `[@a](url)` stays a link). */
export function keyCitationRule(md: MarkdownItInstance): void {
  md.inline.ruler.before('link', 'cr_key_cite', keyCite);
  // Without a library (VS Code's own Markdown preview), a key citation shows as written.
  md.renderer.rules.cr_key_cite = (tokens, idx) => escapeHtml(tokens[idx].content);
}

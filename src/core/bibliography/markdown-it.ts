import type { MarkdownItInstance } from '../markdown';
import { escapeHtml } from '../escape-html';
import type { CitationItem } from '../citations';
import { parseKeyCitation, type KeyCitation } from './pandoc';
import { numberCitation, superscriptText, type CitedPart, type KeyNumbering } from './numbering';

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

/**
 * A key citation as the numbered citation it becomes: the one way the preview, `render` and the
 * exporters turn `[@a; @b, p. 21]` into AMA numbers. The result reads like a hand-written
 * superscript marker (`numbers`, `items`, `content` such as `1,3-5,7(p21)`), so code that sets
 * numbered citations sets these too; `parts` are what the page prints (printedPart: with the
 * author's words around each number); `unknown` names the keys that got no number.
 */
export function numberedKeyCitation(meta: KeyCiteMeta, numbering: KeyNumbering): { content: string; items: CitationItem[]; parts: CitedPart[]; numbers: number[]; unknown: string[] } {
  const numbered = numberCitation(meta.citation, numbering);
  const items: CitationItem[] = numbered.parts.map((part) => {
    const text = superscriptText([part], '-');
    const numbers: number[] = [];
    for (let n = part.from; n <= part.to; n++) numbers.push(n);
    return { start: 0, end: 0, text, kind: part.from === part.to ? 'single' : 'range', from: part.from, to: part.to, numbers, ...(part.locator !== undefined ? { locator: part.locator } : {}) };
  });
  return { content: superscriptText(numbered.parts, '-'), items, parts: numbered.parts, numbers: numbered.numbers, unknown: numbered.unknown };
}

import type { MarkdownItInstance, Token } from '../markdown';
import { FIGURE_LABEL, labelNumber } from '../author-markup';
import { isFigureParagraph } from './blocks';
import { plainReference } from './plain-reference';
import { isBracketCitationContent } from '../citations';
import { citationRules, citeLabel, type CiteMeta } from '../citation-tokens';
import { escapeHtml } from '../escape-html';

interface PluginEnv {
  crReferences?: Map<number, string>;
  /** The last reference number: a bracketed 4-digit number above it is a year. */
  crHighest?: number;
}

/**
 * For VS Code's built-in Markdown preview (`markdown.markdownItPlugins`): citations as superscripts
 * (ranges with an en dash) linking to their reference with its text on hover, and labelled images
 * as `<figure>` with the caption below, the label bold. Tokens keep their source lines, so the
 * built-in scroll sync still works.
 */
export function caseReportPlugin(md: MarkdownItInstance): void {
  citationRules(md);
  md.core.ruler.push('cr_references', (state) => {
    const env = state.env as PluginEnv;
    env.crReferences = annotateReferences(state.tokens);
    env.crHighest = [...env.crReferences.keys()].reduce((high, n) => Math.max(high, n), 0);
  });
  md.core.ruler.push('cr_figures', (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].type !== 'paragraph_open' || !isFigureParagraph(tokens, i)) continue;
      tokens[i].tag = 'div';
      tokens[i].attrJoin('class', 'cr-figures');
      const close = tokens[i + 2];
      if (close?.type === 'paragraph_close') close.tag = 'div';
      for (const child of tokens[i + 1].children ?? []) if (child.type === 'image') child.meta = { ...(child.meta ?? {}), crFigure: true };
    }
  });
  md.renderer.rules.cr_cite = (tokens, idx, _options, env) => renderCite(tokens[idx].meta as unknown as CiteMeta, env as PluginEnv | undefined);
  const image = md.renderer.rules.image;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    const rendered = image ? image(tokens, idx, options, env, self) : self.renderToken(tokens, idx, options);
    if (!(token.meta as { crFigure?: boolean } | null)?.crFigure) return rendered;
    const label = FIGURE_LABEL.exec(token.content);
    if (!label) return rendered;
    const number = labelNumber(label);
    const caption = md.renderInline(token.content.slice(label[0].length).trim(), env);
    return `<figure class="cr-figure">${rendered}<figcaption><strong>Figure ${escapeHtml(number)}.</strong> ${caption}</figcaption></figure>`;
  };
}

/** Gives each entry of the reference list an id and returns the entries' text by number. */
function annotateReferences(tokens: Token[]): Map<number, string> {
  const references = new Map<number, string>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].type !== 'heading_open' || !/^references$/i.test((tokens[i + 1]?.content ?? '').replace(/[*_:]/g, '').trim())) continue;
    const level = tokens[i].level;
    for (let j = i + 3; j < tokens.length; j++) {
      const t = tokens[j];
      if (t.type === 'heading_open') break;
      if (t.type !== 'list_item_open' || t.level !== level + 1 || !/^\d+$/.test(t.info)) continue;
      const number = Number(t.info);
      const inline = tokens[j + 2];
      if (!references.has(number)) {
        t.attrSet('id', `cr-ref-${number}`);
        references.set(number, plainReference(inline?.type === 'inline' ? inline.content : ''));
      }
    }
  }
  return references;
}

function renderCite(meta: CiteMeta, env: PluginEnv | undefined): string {
  const references = env?.crReferences;
  if (meta.form === 'bracket' && !isBracketCitationContent(meta.content, env?.crHighest ?? 0)) return escapeHtml(`[${meta.content}]`); // a year such as [2019]
  if (!references || references.size === 0) return `<sup class="cr-cite">${escapeHtml(citeLabel(meta))}</sup>`;
  const link = (n: number) => {
    const text = references.get(n);
    return text === undefined ? `<span class="cr-cite-missing" title="Reference ${n} is not in the reference list">${n}</span>` : `<a href="#cr-ref-${n}" title="${escapeHtml(text)}">${n}</a>`;
  };
  const parts = meta.items.map((item) => (item.kind === 'single' ? link(item.from!) : item.kind === 'range' ? `${link(item.from!)}\u2013${link(item.to!)}` : escapeHtml(item.text)));
  return `<sup class="cr-cite">${parts.join(',')}</sup>`;
}

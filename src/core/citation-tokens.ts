import type { MarkdownItInstance } from './markdown';
import { escapeHtml } from './escape-html';
import { keyCitationRule } from './bibliography/markdown-it';
import { isBracketCitationContent, isSuperscriptCitation, itemNumbers, markerItems, type CitationForm, type CitationItem } from './citations';

/**
 * Citation markers as markdown-it inline tokens (`cr_cite`), so that the preview renders the
 * tokens the model already parsed instead of scanning the text again. The recognition follows
 * `findCitations` (docs/conventions.md, Citations): a superscript list `^1,3-5^` that is not an exponent,
 * and a bracket list `[1, 3–5]` that markdown-it did not take as a link.
 */
export type CiteMeta = {
  form: CitationForm;
  content: string;
  items: CitationItem[];
  numbers: number[];
};

type StateInline = Parameters<Parameters<MarkdownItInstance['inline']['ruler']['push']>[1]>[0];

/**
 * Is `<sup>content</sup>`, between the texts `before` and `after`, a citation? The same test as
 * the checker's, on the surrounding text the inline tokens give.
 */
export function isHtmlSupCitation(before: string, content: string, after: string): boolean {
  const open = '<sup>';
  const text = `${before}${open}${content}</sup>${after.slice(0, 1)}`;
  return isSuperscriptCitation(text, before.length, before.length + open.length + content.length + 6, content);
}

export function citeMeta(form: CitationForm, content: string): CiteMeta {
  return new LazyCiteMeta(form, content);
}

/**
 * A token's meta reads its items and numbers when something renders the token: a check never
 * does (the model's markers are its own), so a report of 100,000 markers does not parse each twice.
 */
class LazyCiteMeta implements CiteMeta {
  private parsed?: { items: CitationItem[]; numbers: number[] };
  constructor(
    readonly form: CitationForm,
    readonly content: string,
  ) {}

  get items(): CitationItem[] {
    return this.parse().items;
  }

  get numbers(): number[] {
    return this.parse().numbers;
  }

  private parse(): { items: CitationItem[]; numbers: number[] } {
    if (this.parsed === undefined) {
      const items = markerItems({ form: this.form, content: this.content, contentStart: 0 });
      this.parsed = { items, numbers: itemNumbers(items) };
    }
    return this.parsed;
  }
}

const CARET = 0x5e;
const OPEN_BRACKET = 0x5b;

function superscriptCite(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== CARET) return false;
  const max = Math.min(state.posMax, start + 202);
  let end = start + 1;
  for (; end < max; end++) {
    const c = state.src.charCodeAt(end);
    if (c === CARET || c === 0x0a || c === 0x0d) break;
  }
  if (end >= state.posMax || state.src.charCodeAt(end) !== CARET || end === start + 1) return false;
  const content = state.src.slice(start + 1, end);
  // Spaces only inside a numeric list (`^1, 3^`), never at its ends.
  if (/^\s|\s$/.test(content)) return false;
  if (!isSuperscriptCitation(state.src, start, end + 1, content)) return false;
  return pushCite(state, silent, 'superscript', content, end + 1);
}

function bracketCite(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  if (state.src.charCodeAt(start) !== OPEN_BRACKET) return false;
  // Look no further than a marker can reach: `[[[[...` must not scan to the end at every bracket.
  const close = closingBracket(state.src, start + 1, Math.min(state.posMax, start + 202));
  if (close === -1) return false;
  const content = state.src.slice(start + 1, close);
  // A 4-digit number may be a year or a reference of a long list: the renderer decides with the list.
  if (!isBracketCitationContent(content, Infinity)) return false;
  // Links, images and definitions were taken by markdown-it's own rules before this one runs.
  if (state.src[start - 1] === '\\' || state.src[close + 1] === '(') return false;
  return pushCite(state, silent, 'bracket', content, close + 1);
}

/** The first `]` in src[from, to), or -1: a scan of the bounded stretch without slicing it. */
export function closingBracket(src: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (src.charCodeAt(i) === 0x5d) return i;
  return -1;
}

/** Emits the `cr_cite` token (unless only testing) and moves past the marker. */
function pushCite(state: StateInline, silent: boolean, form: CitationForm, content: string, next: number): boolean {
  if (!silent) {
    const token = state.push('cr_cite', 'sup', 0);
    token.content = content;
    token.markup = form === 'bracket' ? '[' : '^';
    token.meta = citeMeta(form, content);
  }
  state.pos = next;
  return true;
}

/**
 * Adds the citation rules to a markdown-it instance. Rendering is left to whoever renders
 * (`renderCiteFallback` writes a plain superscript); the inline rules never run inside code.
 */
export function citationRules(md: MarkdownItInstance): void {
  md.inline.ruler.before('emphasis', 'cr_superscript_cite', superscriptCite);
  md.inline.ruler.after('link', 'cr_bracket_cite', bracketCite);
  md.renderer.rules.cr_cite = (tokens, idx) => renderCiteFallback(tokens[idx].meta as unknown as CiteMeta);
  keyCitationRule(md);
}

/** A citation without links, with ranges set with an en dash. */
export function renderCiteFallback(meta: CiteMeta): string {
  return `<sup class="cr-cite">${escapeHtml(citeLabel(meta))}</sup>`;
}

/** The marker as the page sets it: items joined by commas, ranges with an en dash. */
export function citeLabel(meta: CiteMeta): string {
  // A sentence's mark written inside the superscript (`3.`) is set as written, not as a list item.
  let label = '';
  meta.items.forEach((item, index) => {
    const text = item.kind === 'range' ? `${item.from}\u2013${item.to}` : item.text.replace(/\s*[-\u2014]\s*/g, '\u2013');
    label += index === 0 || item.problem === 'punctuation' || meta.items[index - 1].problem === 'punctuation' ? text : `,${text}`;
  });
  return label;
}

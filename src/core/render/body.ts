import { sharedMarkdownIt, type MarkdownItInstance, type Token } from '../markdown';
import { highestReferenceNumber, type ReferenceList } from '../references';
import { PULLQUOTE } from '../author-markup';
import { figureLabel, tableLabel, type Block } from './blocks';
import { isBracketCitationContent } from '../citations';
import { citeLabel, citeMeta, isHtmlSupCitation, type CiteMeta } from '../citation-tokens';
import { escapeHtml } from '../escape-html';
import { blockedImage, imageSource, missingImage } from './image-source';
import { plainReference } from './plain-reference';
import { hasStraightQuotes, setQuotes, type QuotePiece } from './quotes';
import { HtmlSanitizer } from './sanitize';
import type { KeyCiteMeta } from '../bibliography/markdown-it';
import { keyCitationHtml, type KeyCitations } from '../bibliography/render';

type Renderer = MarkdownItInstance['renderer'];
type RenderRule = NonNullable<Renderer['rules'][string]>;

export interface BodyOptions {
  references?: ReferenceList;
  /** Lines where a bold run-in head opens a paragraph. */
  runInLines?: Set<number>;
  /** Bracket citations `[1]` are recognised (setting `citations.brackets`). */
  brackets?: boolean;
  /** Rewrites relative image sources (webview URI, data URI); undefined keeps the source as written. */
  resolveImage?: (src: string) => string | undefined;
  /** Remote images are shown (the user allowed them); otherwise a placeholder names the host. */
  remoteImages?: boolean;
  /** Images load after the page (RenderOptions.lazyImages). */
  lazyImages?: boolean;
  /** A local image source whose file is not there: a placeholder names the file instead of a broken image. */
  missingImage?: (src: string) => boolean;
  /** Adds `data-line` source-line attributes (scroll sync). */
  sourceLines?: boolean;
  /** A report that cites by key: the numbers and the entries' text (without, key citations show as written). */
  keys?: KeyCitations;
  /** Straight quotes set as typographic ones (quotes.ts): the article does, a plain Markdown body does not. */
  typographicQuotes?: boolean;
}

/**
 * Renders the model's markdown-it tokens with the house style's elements: figures, table
 * captions, pull quotes, run-in heads, linked citations, the reference list. Raw HTML goes
 * through the allowlist sanitizer. Everything else is markdown-it's own output, so a plain
 * CommonMark document renders as markdown-it renders it.
 */
export class BodyRenderer {
  readonly md = sharedMarkdownIt();
  readonly sanitizer: HtmlSanitizer;
  private readonly renderer: Renderer;
  private readonly referenceText = new Map<number, string>();
  private readonly referenceLines = new Map<number, number>();
  private runInPending = false;
  private stripPullquote = false;
  private inReferences = false;
  private readonly usedIds = new Set<string>();
  /** Rendered citations by form and content: a report cites the same markers again and again. */
  private readonly cites = new Map<string, string>();
  /** The last reference number: a bracketed 4-digit number above it is a year. */
  private readonly highestReference: number;
  private sourceLines: boolean;

  constructor(private readonly options: BodyOptions = {}) {
    this.sanitizer = new HtmlSanitizer({ resolveImage: options.resolveImage, remoteImages: options.remoteImages, missingImage: options.missingImage, lazyImages: options.lazyImages });
    this.sourceLines = options.sourceLines !== false;
    this.highestReference = highestReferenceNumber(options.references);
    for (const entry of options.references?.entries ?? []) {
      if (!this.referenceText.has(entry.number)) this.referenceText.set(entry.number, plainReference(entry.text));
      this.referenceLines.set(entry.startLine, entry.number);
    }
    const RendererClass = this.md.renderer.constructor as new () => Renderer;
    const renderer = new RendererClass();
    const baseAttrs = renderer.renderAttrs.bind(renderer);
    renderer.renderAttrs = (token: Token) => {
      const attrs = baseAttrs(token);
      return this.sourceLines && token.block && token.map && token.nesting !== -1 ? `${attrs} data-line="${token.map[0]}"` : attrs;
    };
    const rules = renderer.rules;
    rules.text = (tokens, idx) => (this.sanitizer.droppingText ? '' : escapeHtml(tokens[idx].content));
    rules.html_block = (tokens, idx) => this.sanitizer.sanitize(tokens[idx].content);
    rules.html_inline = (tokens, idx) => this.sanitizer.sanitize(tokens[idx].content);
    rules.image = (tokens, idx, options, env, self) => this.image(tokens[idx], self.renderInlineAsText(tokens[idx].children ?? [], options, env));
    rules.cr_cite = (tokens, idx) => {
      const meta = tokens[idx].meta as unknown as CiteMeta;
      return this.cachedCite(meta.form, meta.content, meta);
    };
    rules.paragraph_open = this.wrap((token, base) => {
      if (this.options.runInLines?.has(token.map?.[0] ?? -1)) {
        this.runInPending = true;
        return base.replace('<p', '<p class="cr-runin-para"');
      }
      return base;
    });
    rules.strong_open = this.wrap((_token, base) => {
      if (!this.runInPending) return base;
      this.runInPending = false;
      return '<strong class="cr-runin">';
    });
    rules.ordered_list_open = this.wrap((token, base) => {
      if (!this.inReferences || token.level !== 0) return base;
      return `<ol class="cr-references"${this.sourceLines && token.map ? ` data-line="${token.map[0]}"` : ''}>\n`;
    });
    rules.list_item_open = this.wrap((token, base) => {
      const number = this.inReferences && token.level === 1 && token.map ? this.referenceLines.get(token.map[0]) : undefined;
      if (number === undefined) return base;
      const id = `cr-ref-${number}`;
      const idAttr = this.usedIds.has(id) ? '' : ` id="${id}"`;
      this.usedIds.add(id);
      return `<li${idAttr} value="${number}"${this.sourceLines ? ` data-line="${token.map![0]}"` : ''}>`;
    });
    rules.heading_open = this.wrap((token, base) => (this.inReferences && token.level === 0 ? base.replace(/^<h(\d)/, '<h$1 class="cr-references-heading" id="cr-references"') : base));
    this.renderer = renderer;
  }

  /** A rule that post-processes markdown-it's own rendering of a token. */
  private wrap(change: (token: Token, base: string) => string): RenderRule {
    return (tokens, idx, options) => change(tokens[idx], this.renderer.renderToken(tokens, idx, options));
  }

  /** Renders one top-level block. */
  block(tokens: Token[], block: Block): string {
    switch (block.kind) {
      case 'pagebreak':
        return '';
      case 'figure':
        return this.figures(tokens, block);
      case 'table-caption':
        return '';
      case 'table':
        return this.table(tokens, block);
      case 'pullquote':
        return this.pullquote(tokens, block);
      case 'references': {
        this.inReferences = true;
        const html = this.range(tokens, block.start, block.end);
        this.inReferences = false;
        return html;
      }
      default:
        return this.range(tokens, block.start, block.end);
    }
  }

  /** markdown-it's render loop over tokens [start, end). */
  range(tokens: Token[], start: number, end: number): string {
    const options = this.md.options;
    const rules = this.renderer.rules;
    let out = '';
    for (let i = start; i < end; i++) {
      const token = tokens[i];
      if (token.type === 'inline') out += this.inline(token.children ?? [], token.content);
      else {
        const rule = rules[token.type];
        out += rule ? rule(tokens, i, options, {}, this.renderer) : this.renderer.renderToken(tokens, i, options);
      }
    }
    return out;
  }

  /**
   * Inline children, with `<sup>1,2</sup>` read as a citation, a pull quote's marker removed and,
   * in an article, typographic quotes; `source` is the Markdown they were parsed from.
   */
  inline(children: Token[], source = ''): string {
    const options = this.md.options;
    const rules = this.renderer.rules;
    let out = '';
    let i = 0;
    // The text tokens' contents with typographic quotes (the tokens are the model's: never changed).
    const texts = this.options.typographicQuotes && !ESCAPED_QUOTE.test(source) ? typographicTexts(children) : children.map((child) => (child.type === 'text' ? child.content : ''));
    if (this.stripPullquote) {
      this.stripPullquote = false;
      if (children[0]?.type === 'text' && PULLQUOTE.test(children[0].content)) {
        const rest = texts[0].replace(PULLQUOTE, '');
        if (rest) out += escapeHtml(rest);
        i = 1;
        while (children[i]?.type === 'softbreak' || children[i]?.type === 'hardbreak') i++;
      }
    }
    let movedPunctuation = false;
    for (; i < children.length; i++) {
      const token = children[i];
      if (movedPunctuation && token.type === 'text') {
        // The period or comma was set before the citation that preceded it.
        movedPunctuation = false;
        out += this.sanitizer.droppingText ? '' : escapeHtml(texts[i].slice(1));
        continue;
      }
      movedPunctuation = false;
      if (token.type === 'text') {
        out += this.sanitizer.droppingText ? '' : escapeHtml(texts[i]);
        continue;
      }
      if (token.type === 'cr_key_cite' && !this.sanitizer.droppingText) {
        const html = keyCitationHtml(token.meta as KeyCiteMeta, token.content, this.options.keys);
        if (!this.options.keys) {
          out += html;
          continue;
        }
        // AMA: the superscript closes up to the word and follows a period or comma.
        out = out.trimEnd(); // a space or a line break before the citation
        const next = children[i + 1];
        if (next?.type === 'text' && (next.content[0] === '.' || next.content[0] === ',')) {
          out += next.content[0];
          movedPunctuation = true;
        }
        out += html;
        continue;
      }
      if (token.type === 'html_inline' && !this.sanitizer.droppingText) {
        const inner = supContent(children, i);
        // A bracket citation printed as a superscript (`<sup>[1,2]</sup>`) is that one superscript citation, as the checker reads it.
        const cited = inner?.type === 'cr_cite' && (inner.meta as CiteMeta | undefined)?.form === 'bracket' ? inner.content : htmlSupCitation(children, i);
        if (cited !== undefined) {
          out += this.cachedCite('html', cited);
          i += 2;
          continue;
        }
      }
      const rule = rules[token.type];
      out += rule ? rule(children, i, options, {}, this.renderer) : this.renderer.renderToken(children, i, options);
    }
    return out;
  }

  /** Inline Markdown from a caption or the frontmatter, parsed with the shared instance. */
  inlineMarkdown(text: string): string {
    return this.inline(this.md.parseInline(text, {})[0]?.children ?? [], text);
  }

  /** ` id="..."` the first time an id is used; nothing for a repeat, so ids stay unique. */
  private uniqueId(id: string): string {
    if (this.usedIds.has(id)) return '';
    this.usedIds.add(id);
    return ` id="${escapeHtml(id)}"`;
  }

  private lineAttr(line: number | undefined): string {
    return this.sourceLines && line !== undefined ? ` data-line="${line}"` : '';
  }

  private cachedCite(form: CiteMeta['form'], content: string, meta?: CiteMeta): string {
    const key = `${form}\u0000${content}`;
    let html = this.cites.get(key);
    if (html === undefined) {
      html = this.cite(meta ?? citeMeta(form, content));
      this.cites.set(key, html);
    }
    return html;
  }

  private cite(meta: CiteMeta): string {
    if (meta.form === 'bracket' && (this.options.brackets === false || !isBracketCitationContent(meta.content, this.highestReference))) {
      return escapeHtml(`[${meta.content}]`); // brackets off, or a year such as [2019]
    }
    const missing: number[] = [];
    const link = (n: number) => {
      const text = this.referenceText.get(n);
      if (text === undefined) {
        missing.push(n);
        return `<a class="cr-cite-missing" href="#cr-references" title="Reference ${n} is not in the reference list">${n}</a>`;
      }
      return `<a href="#cr-ref-${n}" title="${escapeHtml(text)}">${n}</a>`;
    };
    let invalid = false;
    const parts = meta.items.map((item) => {
      if (item.kind === 'single') return `${link(item.from!)}${item.locator !== undefined ? escapeHtml(`(${item.locator})`) : ''}`;
      if (item.kind === 'range') {
        const inner = item.numbers.slice(1, -1).filter((n) => !this.referenceText.has(n));
        missing.push(...inner);
        return `${link(item.from!)}\u2013${link(item.to!)}`;
      }
      invalid = true;
      return `<span class="cr-cite-invalid">${escapeHtml(item.text)}</span>`;
    });
    const flagged = missing.length > 0 || invalid;
    const title = flagged ? ` title="${escapeHtml(flagTitle(missing, invalid, meta))}"` : '';
    // A sentence's mark written inside the superscript (`3.`) follows its neighbour without a comma.
    const joined = parts.map((part, i) => (i === 0 || meta.items[i].problem === 'punctuation' || meta.items[i - 1].problem === 'punctuation' ? part : `,${part}`)).join('');
    return `<sup class="cr-cite${flagged ? ' cr-cite-flagged' : ''}" data-cite="${escapeHtml(citeLabel(meta))}"${title}>${joined}</sup>`;
  }

  /**
   * An image: a local source resolved, a remote one (unless allowed) a placeholder naming its host
   * (and its alt text, except in a figure, whose caption follows), a local one whose file is not
   * there a placeholder naming the file.
   */
  private image(token: Token, alt: string, inFigure = false): string {
    const raw = String(token.attrGet('src') ?? '');
    const source = imageSource(raw);
    if (source.kind === 'remote' && !this.options.remoteImages) return blockedImage(inFigure ? '' : alt, source.host);
    const src = source.kind === 'local' ? (this.options.resolveImage?.(raw) ?? raw) : source.kind === 'other' ? undefined : raw;
    // Resolved first all the same: an export names the image it could not embed.
    if (source.kind === 'local' && this.options.missingImage?.(raw)) return missingImage(inFigure ? '' : alt, raw);
    const title = token.attrGet('title');
    const lazy = this.options.lazyImages ? ' loading="lazy"' : '';
    return `<img${src === undefined ? '' : ` src="${escapeHtml(src)}"`} alt="${escapeHtml(alt)}"${title ? ` title="${escapeHtml(String(title))}"` : ''}${lazy}>`;
  }

  /** Each labelled image of the paragraph as a `<figure>`, the caption below, the label bold. */
  private figures(tokens: Token[], block: Block): string {
    let out = '';
    for (const child of tokens[block.start + 1].children ?? []) {
      if (child.type !== 'image') continue;
      const { number, caption: text } = figureLabel(child)!;
      const caption = this.inlineMarkdown(text);
      const alt = this.renderer.renderInlineAsText(child.children ?? [], this.md.options, {});
      out +=
        `<figure class="cr-figure"${this.uniqueId(`cr-figure-${number}`)}${this.lineAttr(block.line)}>` +
        `${this.image(child, alt, true)}<figcaption><strong class="cr-float-label">Figure ${escapeHtml(number)}.</strong> ${caption}</figcaption></figure>\n`;
    }
    return out;
  }

  /** A table, with the `Table N.` paragraph above it as its caption. */
  private table(tokens: Token[], block: Block): string {
    const label = tableLabel(tokens, block);
    const body = this.range(tokens, block.start, block.end);
    if (!label) return body;
    const { number, caption: text } = label;
    const captionHtml = `<caption${this.lineAttr(label.line)}><strong class="cr-float-label">Table ${escapeHtml(number)}.</strong> ${this.inlineMarkdown(text)}</caption>`;
    return body.replace(/^<table([^>]*)>\n?/, (open: string, attrs: string) => `<table class="cr-table"${this.uniqueId(`cr-table-${number}`)}${attrs}>\n${captionHtml}\n`);
  }

  private pullquote(tokens: Token[], block: Block): string {
    this.stripPullquote = true;
    const inner = this.range(tokens, block.start + 1, block.end - 1);
    this.stripPullquote = false;
    return `<blockquote class="cr-pullquote"${this.lineAttr(block.line)}>\n${inner}</blockquote>\n`;
  }
}

/** What `<sup>` (children[i]) and `</sup>` (children[i + 2]) enclose: the token between them. */
function supContent(children: Token[], i: number): Token | undefined {
  const close = children[i + 2];
  return /^<sup(?:\s[^<>]{0,200})?>$/i.test(children[i].content) && close?.type === 'html_inline' && /^<\/sup>$/i.test(close.content) ? children[i + 1] : undefined;
}

/** `<sup>1,2</sup>` (children[i] the opening tag) that the checker reads as a citation: its content, else undefined. */
export function htmlSupCitation(children: Token[], i: number): string | undefined {
  const inner = supContent(children, i);
  if (inner?.type !== 'text') return undefined;
  const before = children[i - 1]?.type === 'text' ? children[i - 1].content : '';
  const after = children[i + 3]?.type === 'text' ? children[i + 3].content : '';
  return isHtmlSupCitation(before, inner.content, after) ? inner.content : undefined;
}

function flagTitle(missing: number[], invalid: boolean, meta: CiteMeta): string {
  const parts: string[] = [];
  if (missing.length === 1) parts.push(`Reference ${missing[0]} is not in the reference list`);
  else if (missing.length > 1) parts.push(`References ${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]} are not in the reference list`);
  if (invalid) parts.push(`"${meta.content}" is not a valid citation`);
  return parts.join('; ');
}

/**
 * A quote the author escaped or wrote as an entity (`\"`, `&quot;`): the tokens no longer tell it
 * from a typed one, so such a paragraph keeps every quote as typed.
 */
const ESCAPED_QUOTE = /\\["']|&(?:quot|apos|#0*34|#0*39|#x0*22|#x0*27);/i;

/**
 * Each text child's content with its quotes set as the magazine sets them (quotes.ts), read across
 * the paragraph's tokens; other children map to ''. Code, images and citations are words or marks
 * to their neighbours; a URL written as an autolink stays as written; tags take no room.
 */
export function typographicTexts(children: Token[]): string[] {
  if (!children.some((child) => child.type === 'text' && hasStraightQuotes(child.content))) return children.map((child) => (child.type === 'text' ? child.content : ''));
  const pieces: QuotePiece[] = [];
  let autolink = 0;
  for (const child of children) {
    if (child.type === 'link_open' && (child.markup === 'autolink' || child.markup === 'linkify')) autolink++;
    if (child.type === 'link_close' && autolink > 0) autolink--;
    if (child.type === 'text') pieces.push(autolink > 0 ? { frozen: child.content } : { text: child.content });
    else if (child.type === 'code_inline' || child.type === 'image') pieces.push({ atom: 'word' });
    else if (child.type === 'cr_cite' || child.type === 'cr_key_cite') pieces.push({ atom: 'punctuation' });
    else if (child.type === 'softbreak' || child.type === 'hardbreak') pieces.push({ atom: 'space' });
    else pieces.push({ atom: 'none' });
  }
  return setQuotes(pieces);
}

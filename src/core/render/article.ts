import type { Library } from '../bibliography/library';
import { keyCitationsOf, referenceListHtml } from '../bibliography/render';
import type { CheckConfig } from '../config';
import type { DocumentModel } from '../model';
import { paginate, scanBlocks, type Block, type Page } from './blocks';
import { BodyRenderer, type BodyOptions } from './body';
import { escapeHtml } from '../escape-html';
import { endMatter } from './end-matter';
import { imageFilePath } from '../figure-files';
import type { AbstractPart } from '../abstract';
import { authorList, readMeta, type ArticleMeta } from './meta';
import { typesetPlain } from './quotes';

export interface RenderOptions {
  config: CheckConfig;
  /** Rewrites relative image sources: webview URIs in the preview, data URIs in an export. */
  resolveImage?: (src: string) => string | undefined;
  /** Show remote images (off by default: a placeholder names the host, nothing is fetched). */
  remoteImages?: boolean;
  /**
   * Whether a file exists (the host's): a local image whose file is not there is a placeholder
   * naming it, as `figure-file` reports it. Without it, every local image is shown as resolved.
   */
  fileExists?: (path: string) => boolean;
  /** `data-line` attributes for scroll sync (default on). */
  sourceLines?: boolean;
  /**
   * Images load after the page (`loading="lazy"`): they do not hold up its load event, which VS Code
   * waits for before it shows a webview's page. The live preview's; never a printed page's.
   */
  lazyImages?: boolean;
  /** The report's reference library: key citations numbered, the reference list generated. */
  library?: Library;
}

export interface PageRange {
  /** 1-based page number. */
  page: number;
  /** Source lines [startLine, endLine) the page holds. */
  startLine: number;
  endLine: number;
}

export interface RenderedArticle {
  /** The `<article>`: header, pages, pager, footer. */
  html: string;
  pages: PageRange[];
  meta: ArticleMeta;
}

/**
 * The article as the house style sets it (README, Preview and export): on page 1 the kicker,
 * title with the article-type prefix, byline and abstract; the body in pages; after the last page's
 * text the end matter (affiliations, correspondence, keywords, statements) and the references;
 * the pager, the footer. Pure: no DOM, no Node, so the CLI, the tests and the extension share it.
 */
export function renderArticle(model: DocumentModel, options: RenderOptions): RenderedArticle {
  const houseStyle = options.config.houseStyle;
  const meta = readMeta(model.frontmatter?.data, houseStyle);
  const keys = options.library ? keyCitationsOf(model, options.library) : undefined;
  const brackets = options.config.citations.brackets && houseStyle.citationForms.includes('bracket');
  const body = bodyRenderer(model, options, { keys, brackets, typographicQuotes: true });
  const blocks = scanBlocks(model);
  const pages = paginate(blocks, houseStyle.limits.wordsPerPage);
  const references = blocks.filter((block) => block.kind === 'references');
  const ranges: PageRange[] = [];

  let html = `<article class="cr-article" data-pages="${pages.length}">\n`;
  html += '<div class="cr-pages">\n';
  pages.forEach((page, index) => {
    const last = index === pages.length - 1;
    const range = pageLines(blocks, page, index, pages, model.source.lineCount, last);
    ranges.push(range);
    html += `<section class="cr-page${index === 0 ? ' cr-current' : ''}" data-page="${index + 1}" data-start-line="${range.startLine}" data-end-line="${range.endLine}">\n`;
    // The kicker, title, byline and abstract open the article: page 1 only.
    if (index === 0) html += header(meta, body, options.sourceLines !== false);
    html += renderPage(model, blocks, page, body);
    if (last) html += endMatter(meta, body);
    const generated = keys && keys.references.length > 0 ? keys.references : undefined;
    if (last && (references.length > 0 || generated)) {
      html += '<div class="cr-references-section">\n';
      for (const block of references) html += body.block(model.tokens, block);
      html += body.sanitizer.closeAll();
      // A report that cites by key: the generated list, under the report's own heading when it has one.
      if (generated) html += referenceListHtml(generated, references.length > 0 ? undefined : (houseStyle.referenceHeadings[0] ?? 'References'));
      html += '</div>\n';
    }
    html += '</section>\n';
  });
  html += '</div>\n';
  html += pager(pages.length);
  html += footer(meta);
  html += '</article>\n';
  return { html, pages: ranges, meta };
}

/**
 * The body alone, one block after another, without page chrome or pagination: for a Markdown file
 * that is not a case report this is what markdown-it itself renders, plus `data-*`, `id` and `class`.
 */
export function renderBody(model: DocumentModel, options: RenderOptions): string {
  const body = bodyRenderer(model, options, { brackets: options.config.citations.brackets });
  let html = '';
  for (const block of scanBlocks(model)) html += body.block(model.tokens, block);
  // Raw tags the author left open stay open, as markdown-it leaves them: the caller's container closes them.
  return html;
}

/** The model's body renderer with the images and source lines of `options`, and what the caller adds. */
function bodyRenderer(model: DocumentModel, options: RenderOptions, more: BodyOptions): BodyRenderer {
  return new BodyRenderer({
    references: model.references,
    runInLines: new Set(model.heads.filter((head) => head.kind === 'run-in').map((head) => head.line)),
    resolveImage: options.resolveImage,
    remoteImages: options.remoteImages,
    lazyImages: options.lazyImages,
    missingImage: missingImageTest(model, options.fileExists),
    sourceLines: options.sourceLines,
    ...more,
  });
}

/** Whether a local image source names a file that is not there (never, without a way to ask or a report on disk). */
function missingImageTest(model: DocumentModel, fileExists: RenderOptions['fileExists']): ((src: string) => boolean) | undefined {
  if (!fileExists || model.path === undefined) return undefined;
  return (src) => {
    const path = imageFilePath(model.path, src);
    return path !== undefined && !fileExists(path);
  };
}

function renderPage(model: DocumentModel, blocks: Block[], page: Page, body: BodyRenderer): string {
  let html = '';
  for (let i = page.first; i < page.last; i++) {
    if (blocks[i].kind !== 'references') html += body.block(model.tokens, blocks[i]);
  }
  return html + body.sanitizer.closeAll();
}

/** The lines a page holds: from its first block (line 0 for the first page) to the next page's first block. */
function pageLines(blocks: Block[], page: Page, index: number, pages: Page[], lineCount: number, last: boolean): PageRange {
  const startLine = index === 0 ? 0 : (blocks[page.first]?.line ?? 0);
  const next = pages[index + 1];
  const endLine = last || !next ? lineCount : (blocks[next.first]?.line ?? lineCount);
  return { page: index + 1, startLine, endLine };
}

/** The header stands for the frontmatter: source line 0, so scroll sync shows it for the top of the file. */
function header(meta: ArticleMeta, body: BodyRenderer, sourceLines: boolean): string {
  let html = '';
  if (meta.category) html += `<p class="cr-kicker">${typesetPlain(meta.category)}</p>\n`;
  if (meta.title) {
    const prefix = meta.titlePrefix ? `<span class="cr-title-prefix">${escapeHtml(meta.titlePrefix)}:</span> ` : '';
    html += `<h1 class="cr-title">${prefix}${body.inlineMarkdown(meta.title)}${body.sanitizer.closeAll()}</h1>\n`;
  }
  const parts: string[] = [];
  if (meta.authors.length > 0) parts.push(`<span class="cr-authors">${typesetPlain(authorList(meta.authors))}</span>`);
  if (meta.issue) parts.push(`<span class="cr-issue">Issue: ${escapeHtml(meta.issue)}</span>`);
  if (meta.dateText) parts.push(`<time class="cr-date" datetime="${meta.date}">${escapeHtml(meta.dateText)}</time>`);
  // Each part after the first carries the separator before it (.cr-byline-part), so the style sheet
  // can hide the one that would start a line; none ever ends one.
  const byline = parts.map((part, i) => (i === 0 ? part : `<span class="cr-byline-part"><span class="cr-sep"> | </span>${part}</span>`));
  if (parts.length > 0) html += `<p class="cr-byline">${byline.join('')}</p>\n`;
  if (meta.abstract.length > 0) html += `<div class="cr-abstract">${meta.abstract.map((part) => abstractParagraph(part, body)).join('')}</div>\n`;
  return html ? `<header class="cr-header"${sourceLines ? ' data-line="0"' : ''}>\n${html}</header>\n` : '';
}

/** One part of the abstract, its label a bold run-in head as the body sets them: <strong>Background:</strong> ... */
function abstractParagraph(part: AbstractPart, body: BodyRenderer): string {
  const head = part.head ? `<strong class="cr-abstract-head">${typesetPlain(part.head)}:</strong> ` : '';
  return `<p>${head}${body.inlineMarkdown(part.text)}${body.sanitizer.closeAll()}</p>`;
}

/** "Page: 1 2 3 | Single Page": the current page is not a link. The preview script moves the current page. */
export function pager(count: number): string {
  if (count <= 1) return '';
  let html = '<nav class="cr-pager" aria-label="Pages"><span class="cr-pager-label">Page:</span>';
  for (let page = 1; page <= count; page++) {
    html += page === 1 ? ` <span class="cr-pager-current" aria-current="page" data-page="${page}">${page}</span>` : ` <a href="#page-${page}" data-page="${page}">${page}</a>`;
  }
  html += ' <span class="cr-sep">|</span> <a href="#single-page" data-page="all">Single Page</a></nav>\n';
  return html;
}

function footer(meta: ArticleMeta): string {
  let html = '';
  if (meta.category) html += `<p class="cr-filed"><span class="cr-footer-label">Filed under:</span> <span class="cr-category">${typesetPlain(meta.category)}</span></p>\n`;
  if (meta.tags.length > 0) html += `<p class="cr-tagged"><span class="cr-footer-label">Tagged with:</span> ${meta.tags.map((tag) => `<span class="cr-tag">${typesetPlain(tag)}</span>`).join(', ')}</p>\n`;
  return html ? `<footer class="cr-footer">\n${html}</footer>\n` : '';
}

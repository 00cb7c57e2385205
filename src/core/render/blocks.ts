import { FIGURE_LABEL, TABLE_LABEL, isPagebreak, isPullQuote, labelNumber } from '../author-markup';
import type { Token } from '../markdown';
import type { DocumentModel } from '../model';

/** One top-level block of the body: tokens [start, end) at nesting level 0. */
export interface Block {
  start: number;
  end: number;
  kind: BlockKind;
  /** First source line (0-based), and the line after the block. */
  line: number;
  endLine: number;
  words: number;
}

export type BlockKind = 'heading' | 'paragraph' | 'figure' | 'table-caption' | 'table' | 'pullquote' | 'pagebreak' | 'references' | 'other';

/** What a figure weighs on a page, in words, besides its caption. */
const FIGURE_WORDS = 60;

/** A float's label number as set (`2A`) and its caption text as written (inline Markdown). */
export interface FloatLabel {
  number: string;
  caption: string;
}

/** The `Figure N.` label of an image token's alt text, and the caption after it. */
export function figureLabel(image: Token): FloatLabel | undefined {
  const label = FIGURE_LABEL.exec(image.content);
  if (!label) return undefined;
  return { number: labelNumber(label), caption: image.content.slice(label[0].length).trim() };
}

/** The `Table N.` paragraph right above a table block, as its label and caption (with its source line). */
export function tableLabel(tokens: Token[], block: Block): (FloatLabel & { line?: number }) | undefined {
  const caption = tokens[block.start - 1]?.type === 'paragraph_close' ? tokens[block.start - 2] : undefined;
  const label = caption?.type === 'inline' ? TABLE_LABEL.exec(caption.content) : null;
  if (!caption || !label) return undefined;
  const text = caption.content.slice(label[0].length).replace(/\s+/g, ' ').replace(/[*_]+$/, '').trim();
  return { number: labelNumber(label), caption: text, line: caption.map?.[0] };
}

/** A paragraph that holds nothing but labelled images (and the line breaks between them). */
export function isFigureParagraph(tokens: Token[], index: number): boolean {
  const inline = tokens[index + 1];
  if (tokens[index].type !== 'paragraph_open' || inline?.type !== 'inline' || !inline.children) return false;
  const between = (child: Token) => child.type === 'softbreak' || child.type === 'hardbreak' || (child.type === 'text' && child.content.trim() === '');
  return inline.children.some((child) => child.type === 'image') && inline.children.every((child) => (child.type === 'image' ? FIGURE_LABEL.test(child.content) : between(child)));
}

/** The model's top-level blocks; those in the reference section (set after the last page) are `references`. */
export function scanBlocks(model: DocumentModel): Block[] {
  const { tokens, references: refs } = model;
  const blocks: Block[] = [];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    let end = i + 1;
    if (token.nesting === 1) {
      let depth = 1;
      while (end < tokens.length && depth > 0) {
        depth += tokens[end].nesting;
        end++;
      }
    }
    const line = token.map ? token.map[0] : (blocks[blocks.length - 1]?.endLine ?? 0);
    const endLine = token.map ? token.map[1] : line;
    let kind: BlockKind;
    if (refs && line >= refs.startLine && line < refs.endLine) kind = 'references';
    else kind = classify(tokens, i, end);
    blocks.push({ start: i, end, kind, line, endLine, words: kind === 'pagebreak' || kind === 'references' ? 0 : countBlockWords(tokens, i, end, kind) });
    i = end;
  }
  return blocks;
}

function classify(tokens: Token[], start: number, end: number): BlockKind {
  const token = tokens[start];
  switch (token.type) {
    case 'heading_open':
      return 'heading';
    case 'table_open':
      return 'table';
    case 'html_block':
      return isPagebreak(token) ? 'pagebreak' : 'other';
    case 'paragraph_open':
      if (isFigureParagraph(tokens, start)) return 'figure';
      if (tokens[end]?.type === 'table_open' && TABLE_LABEL.test(tokens[start + 1].content)) return 'table-caption';
      return 'paragraph';
    case 'blockquote_open':
      return isPullQuote(tokens, start) ? 'pullquote' : 'other';
    default:
      return 'other';
  }
}

function countBlockWords(tokens: Token[], start: number, end: number, kind: BlockKind): number {
  let words = kind === 'figure' ? FIGURE_WORDS : 0;
  for (let i = start; i < end; i++) {
    const token = tokens[i];
    if (token.type === 'inline' || token.type === 'fence' || token.type === 'code_block') words += countWhitespaceRuns(token.content);
  }
  return words;
}

/**
 * Runs of non-space characters: what a block weighs on a page. Not the report's word count
 * (words.ts countWords, letters and digits only), which the word limits use.
 */
function countWhitespaceRuns(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** A page: the blocks [first, last) of the body (references excluded). */
export interface Page {
  first: number;
  last: number;
  words: number;
}

/**
 * Splits the body into pages. With `<!-- pagebreak -->` markers the author decides, and only
 * the markers break pages. Without them, pages are filled to the house style's words per page:
 * a new page starts before a unit once the page has reached the limit, or when the unit would
 * overflow a page that is at least half full. A unit never splits: a heading with the block
 * that follows it (and further headings), a table with its caption; a figure carries its caption.
 */
export function paginate(blocks: Block[], wordsPerPage: number): Page[] {
  const body = blocks.map((block, index) => ({ block, index })).filter(({ block }) => block.kind !== 'references');
  const pages: Page[] = [];
  const manual = body.some(({ block }) => block.kind === 'pagebreak');
  let current: Page | undefined;
  const startPage = (index: number) => {
    current = { first: index, last: index, words: 0 };
    pages.push(current);
  };
  if (manual) {
    for (const { block, index } of body) {
      if (block.kind === 'pagebreak') {
        if (current && current.words > 0) current = undefined;
        continue;
      }
      if (!current) startPage(index);
      current!.last = index + 1;
      current!.words += block.words;
    }
    return pages.length > 0 ? pages : [{ first: 0, last: 0, words: 0 }];
  }
  const limit = Math.max(1, wordsPerPage);
  for (let u = 0; u < body.length; ) {
    // A unit: headings glued to what follows them; a table caption glued to its table.
    let v = u;
    while (v < body.length - 1 && (body[v].block.kind === 'heading' || body[v].block.kind === 'table-caption')) v++;
    let words = 0;
    for (let k = u; k <= v; k++) words += body[k].block.words;
    const first = body[u].index;
    if (!current || (current.words > 0 && (current.words >= limit || (current.words + words > limit && current.words * 2 >= limit)))) startPage(first);
    current!.last = body[v].index + 1;
    current!.words += words;
    u = v + 1;
  }
  return pages.length > 0 ? pages : [{ first: 0, last: 0, words: 0 }];
}

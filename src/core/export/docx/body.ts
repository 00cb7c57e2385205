import { HeadingLevel, Paragraph, TextRun, type Table } from 'docx';
import type { Token } from '../../markdown';
import { figureLabel, tableLabel, type Block, type FloatLabel } from '../../render/blocks';
import { xmlSafe, type InlineWriter } from './inline';
import { LIST, orderedDefinition, STYLE } from './page-setup';
import { tableCaption, wordTable } from './tables';

/** A labelled image of the body, set on the Figure Legends page and after it. */
export interface FigureEntry extends FloatLabel {
  src: string;
  alt: string;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

interface ListFrame {
  ordered: boolean;
  instance: number;
  start: number;
  /** The current item has had its first paragraph (which carries the number or bullet). */
  numbered: boolean;
}

/**
 * The body's blocks as Word paragraphs and tables, in the order written: headings as Word heading
 * styles (the document's highest level is Heading 1), paragraphs, real Word lists, block quotes,
 * code, tables with their captions. Figures are collected for the legends; pull quotes (a magazine
 * device) and page-break markers are left out, as is the reference list (set on its own page).
 */
export class BodyWriter {
  readonly figures: FigureEntry[] = [];
  private instances = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly inline: InlineWriter,
    private readonly textWidthTwips: number,
    /** The heading level that becomes Heading 1. */
    private readonly topLevel: number,
  ) {}

  block(block: Block): (Paragraph | Table)[] {
    switch (block.kind) {
      case 'pagebreak':
      case 'pullquote':
      case 'references':
      case 'table-caption':
        return [];
      case 'figure':
        this.collectFigures(block);
        return [];
      case 'table': {
        const label = tableLabel(this.tokens, block);
        const table = wordTable(this.tokens, block.start, block.end, this.inline, this.textWidthTwips);
        return label ? [tableCaption(label, this.inline), table] : [table];
      }
      default:
        return this.range(block.start, block.end);
    }
  }

  private collectFigures(block: Block): void {
    for (const child of this.tokens[block.start + 1].children ?? []) {
      if (child.type !== 'image') continue;
      const label = figureLabel(child);
      if (label) this.figures.push({ ...label, src: String(child.attrGet('src') ?? ''), alt: this.inline.plain(child.children ?? []) });
    }
  }

  /** Tokens [start, end) of the body: containers (lists, quotes) walked, leaves written. */
  private range(start: number, end: number): (Paragraph | Table)[] {
    const out: (Paragraph | Table)[] = [];
    const lists: ListFrame[] = [];
    let quotes = 0;
    for (let i = start; i < end; i++) {
      const token = this.tokens[i];
      switch (token.type) {
        case 'bullet_list_open':
        case 'ordered_list_open':
          lists.push({ ordered: token.type === 'ordered_list_open', instance: ++this.instances, start: Number(token.attrGet('start') ?? 1) || 1, numbered: true });
          break;
        case 'bullet_list_close':
        case 'ordered_list_close':
          lists.pop();
          break;
        case 'list_item_open':
          if (lists.length > 0) lists[lists.length - 1].numbered = false;
          break;
        case 'blockquote_open':
          quotes++;
          break;
        case 'blockquote_close':
          quotes--;
          break;
        case 'heading_open': {
          const level = Math.min(5, Math.max(0, Number(token.tag.slice(1)) - this.topLevel));
          out.push(new Paragraph({ heading: HEADINGS[level], children: this.inline.runs(this.tokens[i + 1]?.children ?? []) }));
          i += 2;
          break;
        }
        case 'paragraph_open':
          out.push(this.paragraph(this.tokens[i + 1]?.children ?? [], lists, quotes));
          i += 2;
          break;
        case 'fence':
        case 'code_block':
          out.push(this.code(token.content));
          break;
        case 'html_block': {
          const text = htmlText(token.content);
          if (text) out.push(new Paragraph({ style: STYLE.body, children: [new TextRun(xmlSafe(text))] }));
          break;
        }
        case 'table_open': {
          let close = i + 1;
          while (close < end && this.tokens[close].type !== 'table_close') close++;
          out.push(wordTable(this.tokens, i, close + 1, this.inline, this.textWidthTwips));
          i = close;
          break;
        }
        default:
          break;
      }
    }
    return out;
  }

  private paragraph(children: Token[], lists: ListFrame[], quotes: number): Paragraph {
    const runs = this.inline.runs(children);
    const list = lists[lists.length - 1];
    if (list) {
      const level = Math.min(8, lists.length - 1);
      if (!list.numbered) {
        list.numbered = true;
        const reference = !list.ordered ? LIST.bullet : list.start === 1 ? LIST.ordered : orderedDefinition(`${LIST.ordered}-from-${list.start}`, list.start);
        return new Paragraph({ numbering: { reference, level, instance: list.instance }, children: runs });
      }
      // A further paragraph of the item: indented with it, without a number.
      return new Paragraph({ indent: { left: 720 * (level + 1) }, children: runs });
    }
    if (quotes > 0) return new Paragraph({ style: STYLE.quote, children: runs });
    return new Paragraph({ style: STYLE.body, children: runs });
  }

  private code(content: string): Paragraph {
    const lines = content.replace(/\n$/, '').split('\n');
    const runs = lines.map((line, index) => new TextRun({ text: xmlSafe(line.replace(/\r$/, '')), break: index > 0 ? 1 : undefined }));
    return new Paragraph({ style: STYLE.code, children: runs });
  }
}

/** The text of a raw HTML block (tags and comments dropped, entities as written), or '' for none. */
function htmlText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

import { ExternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { KeyCiteMeta } from '../../bibliography/markdown-it';
import { numberedKeyCitation } from '../../bibliography/numbering';
import { printedCitationText } from '../../bibliography/numbering';
import type { KeyCitations } from '../../bibliography/render';
import { formatNumbers, isBracketCitationContent } from '../../citations';
import { sharedMarkdownIt, type Token } from '../../markdown';
import { citeLabel, citeMeta, type CiteMeta } from '../../citation-tokens';
import { htmlSupCitation } from '../../render/body';

/** How a piece of text is set. */
export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  underline?: boolean;
  superScript?: boolean;
  subScript?: boolean;
  code?: boolean;
}

/** A stretch of text with one style: what inline Markdown becomes before it becomes Word runs. */
interface Piece {
  text: string;
  style: RunStyle;
  href?: string;
  /** A citation marker, set as a superscript. */
  cite?: boolean;
  /** A line break inside the paragraph. */
  break?: boolean;
}

export interface InlineOptions {
  /** Bracket citations `[1]` are recognised (setting and house style). */
  brackets: boolean;
  /** The last number of the reference list: a bracketed 4-digit number above it is a year. */
  highestReference: number;
  /** Key citations (`[@key]`) numbered from the report's library; without it they stay as written. */
  keys?: KeyCitations;
}

/** Inline tags of raw HTML that set the text's style; the others are dropped and their text kept. */
const HTML_STYLES: Record<string, keyof RunStyle> = {
  b: 'bold', strong: 'bold', i: 'italics', em: 'italics', cite: 'italics', var: 'italics', dfn: 'italics',
  u: 'underline', ins: 'underline', s: 'strike', del: 'strike', strike: 'strike',
  sup: 'superScript', sub: 'subScript', code: 'code', kbd: 'code', samp: 'code', tt: 'code',
};
const HTML_TAG = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)\b[^>]*?(\/?)>$/;
/** Pandoc's `^superscript^` and `~subscript~` left in the text (an exponent such as `10^9^` is not a citation). */
const SCRIPT = /\^([^\s^]{1,60})\^|~([^\s~]{1,60})~/g;
/** Characters XML 1.0 cannot hold: C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text a Word document can hold: every character kept except those XML forbids (replaced by U+FFFD). */
export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\ufffd');
}

/**
 * The numbers a citation prints in AMA form: ascending, repeats dropped, three or more in a row as
 * a range with an en dash (`formatNumbers`, the `citation-compress` fix); a malformed marker as written.
 */
export function amaCitation(meta: CiteMeta): string {
  return meta.items.some((item) => item.kind === 'invalid') ? citeLabel(meta) : formatNumbers(meta.numbers, '\u2013', ',');
}

/** Turns inline markdown-it tokens into Word runs: emphasis, links, sub- and superscripts, citations. */
export class InlineWriter {
  private readonly md = sharedMarkdownIt();

  constructor(private readonly options: InlineOptions) {}

  /** Runs for an inline token's children. */
  runs(children: Token[], base: RunStyle = {}): ParagraphChild[] {
    return toRuns(amaPunctuation(this.pieces(children, base)));
  }

  /** Runs for inline Markdown text (a caption, a frontmatter value, a reference). */
  markdown(text: string, base: RunStyle = {}): ParagraphChild[] {
    return this.runs(this.md.parseInline(text, {})[0]?.children ?? [], base);
  }

  /** The plain text of inline tokens, as the runs would show it. */
  plain(children: Token[]): string {
    return this.pieces(children, {})
      .map((piece) => (piece.break ? ' ' : piece.text))
      .join('');
  }

  private pieces(children: Token[], base: RunStyle): Piece[] {
    const pieces: Piece[] = [];
    const style: RunStyle = { ...base };
    const counts = new Map<keyof RunStyle, number>();
    const toggle = (key: keyof RunStyle, on: boolean) => {
      const count = Math.max(0, (counts.get(key) ?? 0) + (on ? 1 : -1));
      counts.set(key, count);
      style[key] = count > 0 || base[key] === true ? true : undefined;
    };
    const links: (string | undefined)[] = [];
    const push = (text: string, extra: RunStyle = {}) => {
      if (text) pieces.push({ text: xmlSafe(text), style: { ...style, ...extra }, href: links[links.length - 1] });
    };
    for (let i = 0; i < children.length; i++) {
      const token = children[i];
      switch (token.type) {
        case 'text':
          this.text(token.content, push);
          break;
        case 'softbreak':
          push(' ');
          break;
        case 'hardbreak':
          pieces.push({ text: '', style: { ...style }, break: true, href: links[links.length - 1] });
          break;
        case 'code_inline':
          push(token.content, { code: true });
          break;
        case 'strong_open':
        case 'strong_close':
          toggle('bold', token.type === 'strong_open');
          break;
        case 'em_open':
        case 'em_close':
          toggle('italics', token.type === 'em_open');
          break;
        case 's_open':
        case 's_close':
          toggle('strike', token.type === 's_open');
          break;
        case 'link_open':
          links.push(externalHref(String(token.attrGet('href') ?? '')));
          break;
        case 'link_close':
          links.pop();
          break;
        case 'image':
          // An image inside running text (not a figure): its description stands in for it.
          push(this.plain(token.children ?? []));
          break;
        case 'cr_cite':
          this.cite(token.meta as unknown as CiteMeta, pieces, style);
          break;
        case 'cr_key_cite':
          this.keyCite(token.meta as unknown as KeyCiteMeta, token.content, pieces, style);
          break;
        case 'html_inline': {
          const sup = htmlSupCitation(children, i);
          if (sup) {
            this.cite(citeMeta('html', sup), pieces, style);
            i += 2;
            break;
          }
          const tag = HTML_TAG.exec(token.content.trim());
          if (!tag) break; // a comment or something that is not a tag
          const name = tag[2].toLowerCase();
          if (name === 'br') pieces.push({ text: '', style: { ...style }, break: true, href: links[links.length - 1] });
          else if (HTML_STYLES[name] && !tag[3]) toggle(HTML_STYLES[name], tag[1] !== '/');
          break;
        }
        default:
          if (token.children) for (const piece of this.pieces(token.children, style)) pieces.push(piece);
          else if (token.content && token.type !== 'html_inline') push(token.content);
      }
    }
    return pieces;
  }

  /** Text with `^...^` and `~...~` set as super- and subscripts. */
  private text(content: string, push: (text: string, extra?: RunStyle) => void): void {
    if (!content.includes('^') && !content.includes('~')) return push(content);
    let at = 0;
    SCRIPT.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = SCRIPT.exec(content)) !== null) {
      push(content.slice(at, match.index));
      push(match[1] ?? match[2], match[1] !== undefined ? { superScript: true } : { subScript: true });
      at = match.index + match[0].length;
    }
    push(content.slice(at));
  }

  private keyCite(meta: KeyCiteMeta, written: string, pieces: Piece[], style: RunStyle): void {
    const text = keyCitationText(meta, written, this.options.keys);
    if (text === undefined) pieces.push({ text: xmlSafe(written), style: { ...style } });
    else pieces.push({ text: xmlSafe(text), style: { ...style, superScript: true, subScript: undefined }, cite: true });
  }

  private cite(meta: CiteMeta, pieces: Piece[], style: RunStyle): void {
    if (meta.form === 'bracket' && (!this.options.brackets || !isBracketCitationContent(meta.content, this.options.highestReference))) {
      pieces.push({ text: xmlSafe(`[${meta.content}]`), style: { ...style } }); // brackets off, or a year such as [2019]
      return;
    }
    pieces.push({ text: amaCitation(meta), style: { ...style, superScript: true, subScript: undefined }, cite: true });
  }
}

/**
 * A key citation as its AMA numbers (printedCitationText, as the preview sets it: ranges with an
 * en dash, a locator closed up, the author's words beside their number, `?` for a key the library
 * lacks); as written without a library.
 */
function keyCitationText(meta: KeyCiteMeta, written: string, keys: KeyCitations | undefined): string | undefined {
  if (!keys) return undefined;
  const numbered = numberedKeyCitation(meta, keys.numbering);
  return [printedCitationText(numbered.parts), ...numbered.unknown.map(() => '?')].filter((part) => part !== '').join(',') || written;
}

/** Only web and mail addresses become hyperlinks; a link to a place in the document keeps its text. */
function externalHref(href: string): string | undefined {
  return /^(?:https?:|mailto:)/i.test(href) ? href : undefined;
}

/**
 * AMA places a superscript citation after a period or comma and before a colon or semicolon, with
 * no space before it: `disease ^1^.` and `disease [1].` print as `disease.¹`, `these:^2^` as `these²:`.
 */
function amaPunctuation(pieces: Piece[]): Piece[] {
  for (let k = 0; k < pieces.length; k++) {
    if (!pieces[k].cite) continue;
    const previous = pieces[k - 1];
    if (previous && !previous.cite && !previous.break) previous.text = previous.text.replace(/[ \t\u00a0]+$/, '');
    const next = pieces[k + 1];
    const mark = next && !next.cite && !next.break ? next.text[0] : undefined;
    if ((mark === '.' || mark === ',') && next.text[1] !== '.') {
      const before = previous && !previous.cite && !previous.break && previous.href === pieces[k].href ? previous : undefined;
      if (before && before.text.endsWith(mark)) continue; // `etc.^1^.` is left as written
      next.text = next.text.slice(1);
      if (before) before.text += mark;
      else pieces.splice(k, 0, { text: mark, style: withoutScript(pieces[k].style), href: pieces[k].href });
    } else if (previous && !previous.cite && /[:;]$/.test(previous.text)) {
      const colon = previous.text.slice(-1);
      previous.text = previous.text.slice(0, -1).replace(/[ \t\u00a0]+$/, '');
      if (next && !next.cite && !next.break && next.href === previous.href && sameStyle(next.style, previous.style)) next.text = colon + next.text;
      else pieces.splice(k + 1, 0, { text: colon, style: previous.style, href: previous.href });
    }
  }
  return pieces.filter((piece) => piece.text !== '' || piece.break);
}

function withoutScript(style: RunStyle): RunStyle {
  return { ...style, superScript: undefined, subScript: undefined };
}

function sameStyle(a: RunStyle, b: RunStyle): boolean {
  const keys: (keyof RunStyle)[] = ['bold', 'italics', 'strike', 'underline', 'superScript', 'subScript', 'code'];
  return keys.every((key) => Boolean(a[key]) === Boolean(b[key]));
}

function textRun(piece: Piece): TextRun {
  const { style } = piece;
  if (piece.break) return new TextRun({ text: '', break: 1 });
  return new TextRun({
    text: piece.text,
    bold: style.bold,
    italics: style.italics,
    strike: style.strike,
    underline: style.underline ? {} : undefined,
    superScript: style.superScript,
    subScript: style.subScript && !style.superScript ? true : undefined,
    font: style.code ? 'Courier New' : undefined,
    style: piece.href ? 'Hyperlink' : undefined,
  });
}

/** Pieces as Word runs; consecutive pieces of one link share an external hyperlink. */
function toRuns(pieces: Piece[]): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (let i = 0; i < pieces.length; ) {
    const href = pieces[i].href;
    if (href === undefined) {
      out.push(textRun(pieces[i++]));
      continue;
    }
    const runs: TextRun[] = [];
    while (i < pieces.length && pieces[i].href === href) runs.push(textRun(pieces[i++]));
    out.push(new ExternalHyperlink({ link: href, children: runs }));
  }
  return out;
}

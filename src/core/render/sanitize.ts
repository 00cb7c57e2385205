import { escapeHtml } from '../escape-html';
import { decodeEntities, readAttributes } from '../html-tag';
import { blockedImage, imageSource, missingImage } from './image-source';

/**
 * An allowlist sanitizer for the raw HTML an author writes in Markdown (`html_block` and
 * `html_inline` tokens). Tags outside the list are dropped (their text stays as text), except
 * script-like elements, whose content is dropped too; attributes outside the list, every event
 * handler and `style` are dropped; URLs are decoded before their scheme is checked and written
 * back escaped, so the browser reads exactly the value that was checked.
 *
 * One sanitizer lives for one render: it keeps the stack of raw tags it let open, so a stray
 * `</div>` in the document can never close the preview's own page elements, and `closeAll()`
 * closes what the author left open at the end of a page.
 */
export interface SanitizerOptions {
  /** Rewrites an image source (relative paths to webview URIs or data URIs); undefined drops it. */
  resolveImage?: (src: string) => string | undefined;
  /** Remote images are shown (the user allowed them); otherwise a placeholder names the host. */
  remoteImages?: boolean;
  /** Whether a local image source names a file that is not there: the box "images/ct.png not found" stands in for it. */
  missingImage?: (src: string) => boolean;
  /** Images load after the page (RenderOptions.lazyImages). */
  lazyImages?: boolean;
}

const VOID = new Set(['br', 'hr', 'img', 'wbr', 'col']);
const ALLOWED = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'center', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'div',
  'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre',
  'q', 'rp', 'rt', 'ruby', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'summary', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'time', 'tr', 'tt', 'u', 'ul', 'var', 'wbr',
]);
/** Elements whose content is code or foreign content: dropped with everything inside. */
const DROP_CONTENT = new Set(['script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'noembed', 'noframes', 'xmp', 'plaintext', 'textarea', 'title', 'svg', 'math', 'select', 'option', 'head']);
const GLOBAL_ATTRIBUTES = new Set(['title', 'lang', 'dir']);
const TAG_ATTRIBUTES: Record<string, Set<string>> = {
  a: new Set(['href']),
  img: new Set(['src', 'alt', 'width', 'height']),
  td: new Set(['colspan', 'rowspan', 'align', 'valign']),
  th: new Set(['colspan', 'rowspan', 'align', 'valign', 'scope']),
  col: new Set(['span', 'width']),
  colgroup: new Set(['span']),
  ol: new Set(['start', 'type', 'reversed']),
  ul: new Set(['type']),
  li: new Set(['value']),
  time: new Set(['datetime']),
  q: new Set(['cite']),
  blockquote: new Set(['cite']),
  del: new Set(['cite', 'datetime']),
  ins: new Set(['cite', 'datetime']),
  details: new Set(['open']),
  table: new Set(['align']),
  p: new Set(['align']),
  div: new Set(['align']),
  tr: new Set(['align', 'valign']),
};
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

const TAG_NAME = /([A-Za-z][A-Za-z0-9-]*)/y;

export class HtmlSanitizer {
  private readonly open: string[] = [];
  /** Inside a dropped element (`<script>` ...): text is dropped until its end tag. */
  private dropping: string | undefined;

  constructor(private readonly options: SanitizerOptions = {}) {}

  /** True while inside a dropped element, so the renderer drops Markdown text there too. */
  get droppingText(): boolean {
    return this.dropping !== undefined;
  }

  sanitize(html: string): string {
    let out = '';
    let at = 0;
    const n = html.length;
    while (at < n) {
      const lt = html.indexOf('<', at);
      const textEnd = lt === -1 ? n : lt;
      if (textEnd > at && this.dropping === undefined) out += html.slice(at, textEnd).replace(/>/g, '&gt;');
      if (lt === -1) break;
      at = lt;
      if (html.startsWith('<!--', at)) {
        const close = html.indexOf('-->', at + 4);
        at = close === -1 ? n : close + 3;
        continue;
      }
      if (html[at + 1] === '!' || html[at + 1] === '?') {
        // Doctype, CDATA, processing instruction: nothing an article needs.
        const close = html.indexOf('>', at);
        at = close === -1 ? n : close + 1;
        continue;
      }
      const closing = html[at + 1] === '/';
      TAG_NAME.lastIndex = at + (closing ? 2 : 1);
      const name = TAG_NAME.exec(html);
      if (!name) {
        if (this.dropping === undefined) out += '&lt;';
        at += 1;
        continue;
      }
      const tag = name[1].toLowerCase();
      const parsed = closing ? readClosing(html, TAG_NAME.lastIndex) : readAttributes(html, TAG_NAME.lastIndex);
      if (!parsed) {
        // Not a well-formed tag: show it as text.
        if (this.dropping === undefined) out += '&lt;';
        at += 1;
        continue;
      }
      at = parsed.end;
      if (this.dropping !== undefined) {
        if (closing && tag === this.dropping) this.dropping = undefined;
        continue;
      }
      if (closing) {
        out += this.close(tag);
      } else if (DROP_CONTENT.has(tag)) {
        if (!parsed.selfClosing) this.dropping = tag;
      } else if (ALLOWED.has(tag)) {
        out += this.openTag(tag, parsed.attributes);
      }
    }
    return out;
  }

  /** Closes every raw tag still open: at the end of a page or of the article. */
  closeAll(): string {
    this.dropping = undefined;
    let out = '';
    while (this.open.length > 0) out += `</${this.open.pop()}>`;
    return out;
  }

  private openTag(tag: string, attributes: [string, string][]): string {
    if (tag === 'img') {
      const src = attributes.find(([name]) => name.toLowerCase() === 'src');
      const value = src && decodeEntities(src[1]);
      const source = value !== undefined ? imageSource(value) : undefined;
      const alt = () => {
        const attribute = attributes.find(([name]) => name.toLowerCase() === 'alt');
        return attribute ? decodeEntities(attribute[1]) : '';
      };
      if (source?.kind === 'remote' && !this.options.remoteImages) return blockedImage(alt(), source.host);
      // The same box as a Markdown image to a missing file (figure-file's finding for a figure).
      if (source?.kind === 'local' && value !== undefined && this.options.missingImage?.(value.trim())) return missingImage(alt(), value);
    }
    let out = `<${tag}`;
    const allowed = TAG_ATTRIBUTES[tag];
    for (const [rawName, value] of attributes) {
      const name = rawName.toLowerCase();
      if (!GLOBAL_ATTRIBUTES.has(name) && !allowed?.has(name)) continue;
      let clean = decodeEntities(value);
      if (URL_ATTRIBUTES.has(name)) {
        const url = name === 'src' ? this.safeImageSource(clean) : safeLink(clean);
        if (url === undefined) continue;
        clean = url;
      }
      out += ` ${name}="${escapeHtml(clean)}"`;
    }
    if (tag === 'a') out += ' rel="noopener noreferrer"';
    if (tag === 'img' && this.options.lazyImages) out += ' loading="lazy"';
    out += '>';
    if (!VOID.has(tag)) this.open.push(tag);
    return out;
  }

  private close(tag: string): string {
    const index = this.open.lastIndexOf(tag);
    if (index === -1) return '';
    let out = '';
    while (this.open.length > index) out += `</${this.open.pop()}>`;
    return out;
  }

  /** Data images and (when allowed) remote ones as written, local ones resolved; nothing else. */
  private safeImageSource(src: string): string | undefined {
    const source = imageSource(src);
    if (source.kind === 'data') return src.replace(/[\x00-\x20]+/g, '');
    if (source.kind === 'remote') return this.options.remoteImages ? src.trim() : undefined;
    if (source.kind === 'other') return undefined;
    return this.options.resolveImage ? this.options.resolveImage(src.trim()) : src.trim();
  }
}

function readClosing(html: string, from: number): { end: number; attributes: [string, string][]; selfClosing: boolean } | undefined {
  const match = /\s*>/y;
  match.lastIndex = from;
  return match.exec(html) ? { end: match.lastIndex, attributes: [], selfClosing: false } : undefined;
}

function schemeOf(url: string): string | undefined {
  const match = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url);
  return match ? match[1].toLowerCase() : undefined;
}

/** Links to the web, to e-mail, to a place in the page, or relative; nothing that runs code. */
export function safeLink(href: string): string | undefined {
  const trimmed = href.replace(/[\x00-\x20\x7f]+/g, '');
  const scheme = schemeOf(trimmed);
  if (scheme === undefined) return href.trim();
  return scheme === 'http' || scheme === 'https' || scheme === 'mailto' ? trimmed : undefined;
}

/**
 * An independent reader of .docx files for the tests: the zip opened with fflate, the XML parts
 * parsed by a small well-formedness-checking parser, and WordprocessingML read as a word
 * processor would (paragraphs with their style and runs, tables, section settings). Nothing here
 * uses the `docx` library that wrote the file.
 */
import { strFromU8, unzipSync } from 'fflate';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const TOKEN = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|(<)/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    if (entity[0] === '#') return String.fromCodePoint(entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity.toLowerCase()]!;
  });
}

/** Parses an XML document; throws on a tag that is not closed or closed out of order. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(xml)) !== null) {
    const [, close, name, attrText, selfClose, text, stray] = match;
    if (stray) throw new Error(`stray < at ${match.index}`);
    if (text !== undefined) {
      stack[stack.length - 1].children.push(decode(text));
      continue;
    }
    if (!name) continue; // declaration or comment
    if (close) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    ATTR.lastIndex = 0;
    let attr: RegExpExecArray | null;
    while ((attr = ATTR.exec(attrText)) !== null) attrs[attr[1]] = decode(attr[2] ?? attr[3]);
    const element: XmlElement = { name, attrs, children: [] };
    stack[stack.length - 1].children.push(element);
    if (!selfClose) stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  return root;
}

export function elements(node: XmlElement, name?: string): XmlElement[] {
  return node.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

export function first(node: XmlElement | undefined, name: string): XmlElement | undefined {
  return node ? elements(node, name)[0] : undefined;
}

/** Every descendant element with this name, in document order. */
export function descendants(node: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (n: XmlElement) => {
    for (const child of elements(n)) {
      if (child.name === name) out.push(child);
      walk(child);
    }
  };
  walk(node);
  return out;
}

export interface Run {
  text: string;
  bold: boolean;
  italics: boolean;
  superscript: boolean;
  subscript: boolean;
  /** Inside a w:hyperlink, its target. */
  link?: string;
}

export interface WordParagraph {
  style?: string;
  runs: Run[];
  text: string;
  pageBreakBefore: boolean;
  numbered: boolean;
  /** The paragraph ends a section (its pPr holds a sectPr). */
  endsSection: boolean;
  inTable: boolean;
}

const on = (props: XmlElement | undefined, name: string) => {
  const el = first(props, name);
  return el !== undefined && !['false', '0', 'off'].includes(el.attrs['w:val']);
};

export class DocxFile {
  readonly files: Record<string, Uint8Array>;
  readonly document: XmlElement;
  readonly body: XmlElement;
  private readonly links = new Map<string, string>();

  constructor(bytes: Uint8Array) {
    this.files = unzipSync(bytes);
    this.document = this.xml('word/document.xml');
    this.body = first(first(this.document, 'w:document'), 'w:body')!;
    const rels = this.files['word/_rels/document.xml.rels'] ? this.xml('word/_rels/document.xml.rels') : undefined;
    for (const rel of rels ? descendants(rels, 'Relationship') : []) this.links.set(rel.attrs.Id, rel.attrs.Target);
  }

  xml(name: string): XmlElement {
    const bytes = this.files[name];
    if (!bytes) throw new Error(`${name} is not in the package`);
    return parseXml(strFromU8(bytes));
  }

  /** Every paragraph of the body, tables' cell paragraphs included, in document order. */
  paragraphs(): WordParagraph[] {
    const out: WordParagraph[] = [];
    const walk = (node: XmlElement, inTable: boolean) => {
      for (const child of elements(node)) {
        if (child.name === 'w:p') out.push(this.paragraph(child, inTable));
        else walk(child, inTable || child.name === 'w:tbl');
      }
    };
    walk(this.body, false);
    return out;
  }

  paragraph(p: XmlElement, inTable = false): WordParagraph {
    const props = first(p, 'w:pPr');
    const runs: Run[] = [];
    const readRun = (r: XmlElement, link?: string) => {
      const rPr = first(r, 'w:rPr');
      const vertical = first(rPr, 'w:vertAlign')?.attrs['w:val'];
      let text = '';
      for (const part of elements(r)) {
        if (part.name === 'w:t') text += part.children.filter((c): c is string => typeof c === 'string').join('');
        else if (part.name === 'w:tab') text += '\t';
        else if (part.name === 'w:br') text += '\n';
      }
      runs.push({ text, bold: on(rPr, 'w:b'), italics: on(rPr, 'w:i'), superscript: vertical === 'superscript', subscript: vertical === 'subscript', link });
    };
    for (const child of elements(p)) {
      if (child.name === 'w:r') readRun(child);
      else if (child.name === 'w:hyperlink') for (const r of elements(child, 'w:r')) readRun(r, this.links.get(child.attrs['r:id']));
    }
    return {
      style: first(props, 'w:pStyle')?.attrs['w:val'],
      runs,
      text: runs.map((r) => r.text).join(''),
      pageBreakBefore: on(props, 'w:pageBreakBefore'),
      numbered: first(props, 'w:numPr') !== undefined,
      endsSection: first(props, 'w:sectPr') !== undefined,
      inTable,
    };
  }

  /** The tables: rows of cell texts, with whether the row repeats as a header. */
  tables(): { header: boolean; cells: string[] }[][] {
    return descendants(this.body, 'w:tbl').map((table) =>
      elements(table, 'w:tr').map((row) => ({
        header: on(first(row, 'w:trPr'), 'w:tblHeader'),
        cells: elements(row, 'w:tc').map((cell) => elements(cell, 'w:p').map((p) => this.paragraph(p, true).text).join('\n')),
      })),
    );
  }

  /** The section properties, in order (one per section). */
  sections(): XmlElement[] {
    return descendants(this.body, 'w:sectPr');
  }

  media(): string[] {
    return Object.keys(this.files).filter((name) => name.startsWith('word/media/'));
  }
}

/**
 * The attributes of a raw HTML start tag as a browser reads them: the one reader the preview's
 * sanitizer and `figure-file` (an `<img src>` to a missing file) share.
 */
const ATTRIBUTE = /([^\s"'>\/=\x00-\x1f]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/y;

export interface TagAttributes {
  /** Just after the tag's `>`. */
  end: number;
  /** Name and raw value (entities not decoded; '' for a bare name), in written order. */
  attributes: [string, string][];
  /** Where each attribute's value starts in the text (its end for a bare name). */
  valueStarts: number[];
  selfClosing: boolean;
}

/** Reads the attributes from `from` (just after the tag name) to the tag's end; undefined when the tag never closes. */
export function readAttributes(html: string, from: number): TagAttributes | undefined {
  const attributes: [string, string][] = [];
  const valueStarts: number[] = [];
  let at = from;
  for (;;) {
    const space = /\s*/y;
    space.lastIndex = at;
    space.exec(html);
    const hadSpace = space.lastIndex > at;
    at = space.lastIndex;
    if (html[at] === '>') return { end: at + 1, attributes, valueStarts, selfClosing: false };
    if (html.startsWith('/>', at)) return { end: at + 2, attributes, valueStarts, selfClosing: true };
    if (at >= html.length || !hadSpace) return undefined;
    ATTRIBUTE.lastIndex = at;
    const attribute = ATTRIBUTE.exec(html);
    if (!attribute) return undefined;
    const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
    attributes.push([attribute[1], value]);
    valueStarts.push(ATTRIBUTE.lastIndex - value.length - (attribute[4] === undefined && attribute[1] !== attribute[0] ? 1 : 0));
    at = ATTRIBUTE.lastIndex;
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', colon: ':', tab: '\t', newline: '\n', sol: '/', lpar: '(', rpar: ')', semi: ';', comma: ',', period: '.', excl: '!', num: '#', equals: '=' };

/**
 * Decodes numeric and the common named entities. Anything left undecoded is written back with
 * its `&` escaped, so the browser sees it literally: what is checked is what is used.
 */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#(\d{1,8})|#[xX]([0-9A-Fa-f]{1,8})|([A-Za-z][A-Za-z0-9]{1,31}));?/g, (whole, dec: string, hex: string, name: string) => {
    if (dec !== undefined || hex !== undefined) {
      const code = dec !== undefined ? Number(dec) : parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    const named = NAMED[name.toLowerCase()];
    return named ?? whole;
  });
}

/**
 * `text` with `edits` applied: edits sorted by offset, not overlapping, inside the text. The one
 * place a new text is assembled from a text and edits (`applyEdits`).
 *
 * Text and new text in ASCII (as most reports are) are assembled as bytes: a fix run over 200,000
 * misplaced markers joins 400,000 pieces, and joining strings costs seven times copying their
 * characters (175 ms against 25 ms). The decoded bytes are a one-byte string like the joined one.
 */
export function spliceText(text: string, edits: Edits): string {
  const { starts, ends, newTexts } = edits;
  if (starts.length === 0) return text;
  let length = text.length;
  let ascii = !NON_ASCII.test(text);
  for (let i = 0; i < starts.length; i++) {
    length += newTexts[i].length - (ends[i] - starts[i]);
    if (ascii && NON_ASCII.test(newTexts[i])) ascii = false;
  }
  return ascii ? spliceAscii(text, edits, length) : spliceJoined(text, edits);
}

/** Edits as three lists (edit i replaces `starts[i]` to `ends[i]` by `newTexts[i]`), not as an object each. */
export interface Edits {
  starts: ArrayLike<number>;
  ends: ArrayLike<number>;
  newTexts: readonly string[];
}

const NON_ASCII = /[^\x00-\x7f]/;
const UTF8 = new TextDecoder();

function spliceAscii(text: string, { starts, ends, newTexts }: Edits, length: number): string {
  const bytes = new Uint8Array(length);
  let out = 0;
  let at = 0;
  for (let k = 0; k < starts.length; k++) {
    for (let i = at; i < starts[k]; i++) bytes[out++] = text.charCodeAt(i);
    const inserted = newTexts[k];
    for (let i = 0; i < inserted.length; i++) bytes[out++] = inserted.charCodeAt(i);
    at = ends[k];
  }
  for (let i = at; i < text.length; i++) bytes[out++] = text.charCodeAt(i);
  return UTF8.decode(bytes);
}

function spliceJoined(text: string, { starts, ends, newTexts }: Edits): string {
  const parts: string[] = [];
  let at = 0;
  for (let k = 0; k < starts.length; k++) {
    parts.push(text.slice(at, starts[k]), newTexts[k]);
    at = ends[k];
  }
  parts.push(text.slice(at));
  return parts.join('');
}

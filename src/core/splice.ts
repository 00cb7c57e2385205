import type { TextEdit } from './types';

/**
 * `text` with `edits` applied: edits sorted by offset, not overlapping, inside the text. The one
 * place a new text is assembled from a text and edits (`applyEdits`).
 *
 * Text and new text in ASCII (as most reports are) are assembled as bytes: a fix run over 200,000
 * misplaced markers joins 400,000 pieces, and joining strings costs seven times copying their
 * characters (175 ms against 25 ms). The decoded bytes are a one-byte string like the joined one.
 */
export function spliceText(text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return text;
  let length = text.length;
  let ascii = !NON_ASCII.test(text);
  for (const edit of edits) {
    length += edit.newText.length - (edit.end - edit.start);
    if (ascii && NON_ASCII.test(edit.newText)) ascii = false;
  }
  return ascii ? spliceAscii(text, edits, length) : spliceJoined(text, edits);
}

const NON_ASCII = /[^\x00-\x7f]/;
const UTF8 = new TextDecoder();

function spliceAscii(text: string, edits: readonly TextEdit[], length: number): string {
  const bytes = new Uint8Array(length);
  let out = 0;
  let at = 0;
  for (const edit of edits) {
    for (let i = at; i < edit.start; i++) bytes[out++] = text.charCodeAt(i);
    const inserted = edit.newText;
    for (let i = 0; i < inserted.length; i++) bytes[out++] = inserted.charCodeAt(i);
    at = edit.end;
  }
  for (let i = at; i < text.length; i++) bytes[out++] = text.charCodeAt(i);
  return UTF8.decode(bytes);
}

function spliceJoined(text: string, edits: readonly TextEdit[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const edit of edits) {
    parts.push(text.slice(at, edit.start), edit.newText);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** What an output is handed on in: pieces of about this many characters. */
const PIECE = 64 * 1024;

/**
 * A writer that hands its text on in pieces of about 64 KB, so that a hundred thousand findings are
 * never one string of the whole output (nor one buffer of its bytes). A text of a piece's size or
 * more (a 4 MB line of a diff) is handed on as it is, after what came before it, never copied into
 * a piece. `end` writes what is left.
 */
export function inPieces(write: (text: string) => void): { add: (text: string) => void; end: (text: string) => void } {
  let piece = '';
  return {
    add(text) {
      if (text.length >= PIECE) {
        if (piece !== '') write(piece);
        piece = '';
        write(text);
        return;
      }
      piece += text;
      if (piece.length >= PIECE) {
        write(piece);
        piece = '';
      }
    },
    end(text) {
      const rest = piece + text;
      piece = '';
      if (rest !== '') write(rest);
    },
  };
}

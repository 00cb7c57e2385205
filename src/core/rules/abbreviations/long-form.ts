/**
 * The expanded term of an abbreviation defined in parentheses, found as Schwartz and Hearst do
 * (A simple algorithm for identifying abbreviation definitions in biomedical text, PSB 2003): the
 * abbreviation's letters and digits appear, right to left, in the words before it, its first
 * character starting a word; the shortest such phrase is the long form. So `end-stage renal
 * disease (ESRD)`, `proteinase 3 (PR3)`, `myeloperoxidase (MPO)`, `hemoglobin A1c (HbA1c)`,
 * and in `eosinophilic granulomatosis with polyangiitis (GPA)` the long form of GPA is
 * `granulomatosis with polyangiitis`.
 */

const ALNUM = /[\p{L}\p{N}]/u;

/** The start (an index into `before`) of the long form of `short` that ends `before`, or undefined. */
export function longFormStart(short: string, before: string): number | undefined {
  const chars = [...short].filter((c) => ALNUM.test(c)).map((c) => c.toLowerCase());
  if (chars.length < 2) return undefined;
  let l = before.length - 1;
  for (let s = chars.length - 1; s >= 0; s--) {
    const c = chars[s];
    // The first character must start a word; the others may be anywhere before the last match.
    while (l >= 0 && (before[l].toLowerCase() !== c || (s === 0 && l > 0 && ALNUM.test(before[l - 1])))) l--;
    if (l < 0) return undefined;
    l--;
  }
  return l + 1;
}

/** Words a long form may span: Schwartz and Hearst allow min(|A| + 5, 2|A|). */
export function maxLongFormWords(short: string): number {
  const n = [...short].filter((c) => ALNUM.test(c)).length;
  return Math.min(n + 5, n * 2);
}

/**
 * The long form of `short` ending at `end` in `text` (the parenthesis opens after it), or undefined:
 * searched within the clause (no sentence, bracket or table-cell break) and the word window.
 */
export function longFormBefore(text: string, end: number, short: string): { start: number; end: number; text: string } | undefined {
  let stop = end;
  while (stop > 0 && /\s/.test(text[stop - 1])) stop--;
  // Back to the clause start, at most the word window.
  let from = stop;
  let words = 0;
  const most = maxLongFormWords(short);
  let inWord = false;
  while (from > 0) {
    const c = text[from - 1];
    if (/[.;:!?()[\]|{}"“”\n]/.test(c) && !(c === '.' && /\d/.test(text[from] ?? '') && /\d/.test(text[from - 2] ?? ''))) {
      if (c !== '\n' || /\n\s*$/.test(text.slice(Math.max(0, from - 40), from - 1))) break;
    }
    const word = ALNUM.test(c) || c === '-' || c === "'" || c === '’';
    if (word && !inWord) {
      words++;
      if (words > most) break;
    }
    inWord = word;
    from--;
  }
  // `from` may have stopped inside the (most + 1)th word: move to the next word start.
  while (from < stop && (ALNUM.test(text[from - 1] ?? '') || /[-'’]/.test(text[from - 1] ?? '')) && words > most) from++;
  const window = text.slice(from, stop);
  const start = longFormStart(short, window);
  if (start === undefined) return undefined;
  const phrase = window.slice(start);
  // The long form is longer than the abbreviation and is not the abbreviation itself.
  if (phrase.replace(/\s+/g, '').length <= short.length || phrase.includes(short)) return undefined;
  return { start: from + start, end: stop, text: phrase.replace(/\s+/g, ' ') };
}

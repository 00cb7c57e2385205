/**
 * An AMA reference entry as plain text and as runs (the same text split where italics apply),
 * and the one place that joins its elements: each element ends with exactly one period (none is
 * added after `.`, `?` or `!`), and the DOI or URL that closes an entry takes none.
 */
export interface AmaRun {
  text: string;
  italic?: boolean;
}

export interface AmaEntry {
  /** The plain entry, without its number. */
  text: string;
  /** The same text, split where italics apply (journal name, book title). */
  runs: AmaRun[];
}

/** One element of an entry ("Kim J, Roe JP III", a title, "N Engl J Med"): a plain string or runs. */
export type Element = string | AmaRun[] | undefined;

export function italic(text: string): AmaRun[] {
  return text ? [{ text, italic: true }] : [];
}

export function plain(text: string): AmaRun[] {
  return text ? [{ text }] : [];
}

/** An element that ends a sentence itself: `.`, `?` or `!`, also inside closing quotes (`"Stop."`). */
const ENDED = /[.?!]["'”’»]*$/;

/** An element with no letter or digit (`.`, `-`, a field of markup alone) says nothing and is left out. */
const MEANINGFUL = /[\p{L}\p{N}]/u;

/** Runs with collapsed spaces, no leading or trailing space, no trailing comma, semicolon or colon. */
function tidy(element: Element): AmaRun[] {
  const runs = (typeof element === 'string' ? plain(element) : element ?? [])
    .map((run) => ({ ...run, text: run.text.replace(/\s+/g, ' ') }))
    .filter((run) => run.text !== '');
  while (runs.length) {
    const first = runs[0];
    first.text = first.text.trimStart();
    if (first.text) break;
    runs.shift();
  }
  while (runs.length) {
    const last = runs[runs.length - 1];
    last.text = last.text.replace(/[\s,;:]+$/, '');
    if (last.text) break;
    runs.pop();
  }
  return runs.some((run) => MEANINGFUL.test(run.text)) ? runs : [];
}

/** An italic run's outer spaces as plain runs, so no italic run begins or ends with a space (`*The* Candida *book*`, never `*The *`). */
function spacesOutside(run: AmaRun): AmaRun[] {
  if (!run.italic) return [run];
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text)!;
  return [{ text: lead }, { text: core, italic: true }, { text: trail }];
}

/** Adjacent runs of one style joined, spaces between runs never doubled, no empty run. */
function merged(runs: AmaRun[]): AmaRun[] {
  const out: AmaRun[] = [];
  for (const run of runs.flatMap(spacesOutside)) {
    const prev = out[out.length - 1];
    const text = prev && /\s$/.test(prev.text) ? run.text.replace(/^\s+/, '') : run.text;
    if (!text) continue;
    if (prev && Boolean(prev.italic) === Boolean(run.italic)) prev.text += text;
    else out.push(run.italic ? { text, italic: true } : { text });
  }
  return out;
}

/** The entry of these elements, in order, closed by `link` (a `doi:` or a URL) when there is one. */
export function buildEntry(elements: Element[], link = ''): AmaEntry {
  const runs: AmaRun[] = [];
  for (const element of elements) {
    const parts = tidy(element);
    if (!parts.length) continue;
    if (runs.length) runs.push({ text: ' ' });
    runs.push(...parts);
    if (!ENDED.test(parts[parts.length - 1].text)) runs.push({ text: '.' });
  }
  const tail = link.trim();
  if (tail) {
    if (runs.length) runs.push({ text: ' ' });
    runs.push({ text: tail });
  }
  const out = merged(runs);
  return { text: out.map((run) => run.text).join(''), runs: out };
}

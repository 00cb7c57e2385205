import type { CslItem } from '../csl';
import { amaDate, amaYear } from './dates';
import { buildEntry, type AmaEntry, type AmaRun, type Element } from './entry';

/**
 * Rich-text markup CSL-JSON allows inside fields (`<i>`, `<sup>`, `<span class="nocase">`): Zotero
 * writes it, and citation-js turns BibTeX `\textit{...}` and `\emph{...}` into `<i>...</i>`.
 */
const MARKUP = /<(\/?)(i|b|em|strong|sup|sub|sc|span)(?:\s[^>]*)?>/gi;

/** A field's raw string: strings and finite numbers only (never "undefined"). */
function raw(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return typeof value === 'string' ? value : '';
}

/** A field as text: markup removed, spaces collapsed. */
export function field(value: unknown): string {
  return raw(value).replace(MARKUP, '').replace(/\s+/g, ' ').trim();
}

/**
 * A title as runs: what `<i>` or `<em>` marks (a species, `in vitro`) is italic, and roman inside
 * a title that is italic as a whole (a book's), as AMA sets it; other markup is removed.
 */
export function titleRuns(value: unknown, italicTitle = false): AmaRun[] {
  const text = raw(value);
  if (!field(text)) return [];
  const runs: AmaRun[] = [];
  let depth = 0;
  let at = 0;
  const push = (to: number) => {
    const piece = text.slice(at, to);
    if (piece) runs.push(italicTitle !== depth > 0 ? { text: piece, italic: true } : { text: piece });
  };
  for (const tag of text.matchAll(MARKUP)) {
    push(tag.index!);
    at = tag.index! + tag[0].length;
    if (/^(?:i|em)$/i.test(tag[2])) depth = Math.max(0, depth + (tag[1] ? -1 : 1));
  }
  push(text.length);
  return runs;
}

/** `doi:10.xxxx/yyyy` from a bare DOI, a `doi:` or a https://doi.org/ link (also a URL field that is one, percent-escapes decoded); no trailing period. */
export function amaDoi(item: CslItem): string {
  const doi = bareDoi(field(item.DOI)) || (DOI_LINK.test(field(item.URL)) ? bareDoi(field(item.URL)) : '');
  return doi ? `doi:${doi}` : '';
}

/** A https://doi.org/ link (a URL field that is one is shown as the DOI it names). */
const DOI_LINK = /^https?:\/\/(?:dx\.)?doi\.org\/10\./i;

function bareDoi(text: string): string {
  const doi = text.replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '').replace(/[\s.]+$/, '');
  return /%[0-9a-f]{2}/i.test(doi) && DOI_LINK.test(text) ? safeDecode(doi) : doi;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The entry of these elements, closed as it is found online: by the DOI when there is one (AMA: no
 * URL or accessed date then), else by `Accessed Month Day, Year.` and the URL, else by nothing.
 */
export function onlineEntry(item: CslItem, elements: Element[]): AmaEntry {
  const doi = amaDoi(item);
  const url = doi ? '' : field(item.URL).replace(/\s/g, '');
  const accessed = url ? amaDate(item.accessed) : '';
  return buildEntry([...elements, accessed && `Accessed ${accessed}`], doi || url);
}

const ORDINAL_WORDS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth', 'twentieth',
];

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/**
 * The edition element: `3` / `3rd` / `third edition` → `3rd ed.`; a first edition is not stated;
 * other words keep their text (`Revised` → `Revised ed.`).
 */
export function amaEdition(value: unknown): string {
  const text = field(value);
  if (!text) return '';
  const digits = /^(\d+)(?:st|nd|rd|th)?\b/i.exec(text);
  const word = ORDINAL_WORDS.indexOf(text.split(/[\s.]/)[0].toLowerCase());
  const n = digits ? Number(digits[1]) : word >= 0 ? word + 1 : 0;
  if (n === 1) return '';
  if (n > 1) return `${ordinal(n)} ed.`;
  const bare = text.replace(/\s*(?:edition|edn\.?|ed\.?)$/i, '');
  return bare ? `${bare} ed.` : '';
}

/** `Vol 2` for a multivolume book. */
export function amaVolume(value: unknown): string {
  const text = field(value).replace(/^vol(?:ume)?\.?\s*/i, '');
  return text ? `Vol ${text}` : '';
}

/** `Publisher; Year` with either part missing, then `:pages` when given. */
export function publisherYear(item: CslItem, pages = ''): string {
  const head = [field(item.publisher), amaYear(item.issued)].filter(Boolean).join('; ');
  if (!pages) return head;
  return head ? `${head}:${pages}` : pages;
}

import type { CslItem } from '../csl';
import { amaDate } from './dates';

/** Rich-text markup Zotero and CSL-JSON allow inside fields (`<i>`, `<sup>`, `<span class="nocase">`). */
const MARKUP = /<\/?(?:i|b|em|strong|sup|sub|sc|span)(?:\s[^>]*)?>/gi;

/** A field as text: strings and finite numbers only (never "undefined"), markup removed, spaces collapsed. */
export function field(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value !== 'string') return '';
  return value.replace(MARKUP, '').replace(/\s+/g, ' ').trim();
}

/** `doi:10.xxxx/yyyy` from a bare DOI, a `doi:` or a https://doi.org/ link; no trailing period. */
export function amaDoi(item: CslItem): string {
  const doi = field(item.DOI)
    .replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '')
    .replace(/[\s.]+$/, '');
  return doi ? `doi:${doi}` : '';
}

/**
 * How an entry ends online: the DOI when there is one (AMA: no URL or accessed date then), else
 * `Accessed Month Day, Year.` and the URL, else nothing.
 */
export function onlineEnd(item: CslItem): { accessed: string; link: string } {
  const doi = amaDoi(item);
  if (doi) return { accessed: '', link: doi };
  const url = field(item.URL).replace(/\s/g, '');
  if (!url) return { accessed: '', link: '' };
  const accessed = amaDate(item.accessed);
  return { accessed: accessed ? `Accessed ${accessed}` : '', link: url };
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
export function publisherYear(publisher: string, year: string, pages = ''): string {
  const head = [publisher, year].filter(Boolean).join('; ');
  if (!pages) return head;
  return head ? `${head}:${pages}` : pages;
}

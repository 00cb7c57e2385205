import type { CitationItem } from '../citations';
import type { DocumentModel } from '../model';
import { derived } from '../text/derived';
import type { Library } from './library';
import type { KeyCiteMeta } from './markdown-it';
import { itemAffixes, type KeyCitation, type KeyItem, type Locator } from './pandoc';

/** The reference numbers of a report that cites by key: each known key numbered in order of first citation. */
export interface KeyNumbering {
  /** Reference number of each cited key the library has. */
  numbers: ReadonlyMap<string, number>;
  /** The cited keys the library has, in number order (key of reference 1 first). */
  keys: readonly string[];
}

/**
 * Numbers the cited keys in order of first citation (AMA). Keys the library lacks get no number
 * (citation-undefined reports them). Computed once per model and library.
 */
export function numberKeys(model: DocumentModel, library: Library): KeyNumbering {
  const numberings = derived(model, 'key numberings', () => new WeakMap<Library, KeyNumbering>());
  const cached = numberings.get(library);
  if (cached) return cached;
  const numbers = new Map<string, number>();
  const keys: string[] = [];
  for (const citation of model.keyCitations) {
    for (const item of citation.items) {
      if (numbers.has(item.key) || !library.entries.has(item.key)) continue;
      keys.push(item.key);
      numbers.set(item.key, keys.length);
    }
  }
  const numbering = { numbers, keys };
  numberings.set(library, numbering);
  return numbering;
}

/** One part of a numbered citation: a number, or a range of three or more, with the locator closed up (`p21`). */
export interface CitedPart {
  from: number;
  to: number;
  locator?: string;
  /** The item's Pandoc prefix (`see`), printed before its number. */
  prefix?: string;
  /** The item's suffix after the locator (`and passim`), printed after it. */
  suffix?: string;
}

/** A key citation as numbers: its parts in ascending order, and the keys it cites that have no number. */
export interface NumberedKeyCitation {
  parts: CitedPart[];
  /** Every number it cites, ascending, repeats dropped. */
  numbers: number[];
  unknown: string[];
}

/**
 * A key citation as AMA numbers: ascending, repeats dropped, three or more consecutive numbers
 * as a range, a locator kept with its number (`3(p21)`), never folded into a range; so are the
 * author's words around a key (`see`, `and passim`) unless `words` is false (a Markdown marker).
 */
export function numberCitation(citation: KeyCitation, numbering: KeyNumbering, words = true): NumberedKeyCitation {
  const cited: { n: number; locator?: string; prefix?: string; suffix?: string }[] = [];
  const unknown: string[] = [];
  for (const item of citation.items) {
    const n = numbering.numbers.get(item.key);
    if (n === undefined) {
      if (!unknown.includes(item.key)) unknown.push(item.key);
      continue;
    }
    const locator = locatorText(item);
    const { prefix, suffix } = words ? itemAffixes(item) : { prefix: '', suffix: '' };
    const part = { n, ...(locator !== undefined ? { locator } : {}), ...(prefix ? { prefix } : {}), ...(suffix ? { suffix } : {}) };
    if (!cited.some((c) => c.n === n && c.locator === part.locator && c.prefix === part.prefix && c.suffix === part.suffix)) cited.push(part);
  }
  cited.sort((a, b) => a.n - b.n || (a.locator ?? '').localeCompare(b.locator ?? '') || (a.prefix ?? '').localeCompare(b.prefix ?? '') || (a.suffix ?? '').localeCompare(b.suffix ?? ''));
  // A bare number already cited with a locator or words of its own adds nothing.
  const apart = (c: (typeof cited)[number]) => c.locator !== undefined || c.prefix !== undefined || c.suffix !== undefined;
  const kept = cited.filter((c) => apart(c) || !cited.some((o) => o.n === c.n && apart(o)));
  const parts: CitedPart[] = [];
  for (let i = 0; i < kept.length; ) {
    if (apart(kept[i])) {
      const { n, ...rest } = kept[i];
      parts.push({ from: n, to: n, ...rest });
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < kept.length && !apart(kept[j + 1]) && kept[j + 1].n === kept[j].n + 1) j++;
    if (j - i >= 2) parts.push({ from: kept[i].n, to: kept[j].n });
    else for (let k = i; k <= j; k++) parts.push({ from: kept[k].n, to: kept[k].n });
    i = j + 1;
  }
  return { parts, numbers: [...new Set(kept.map((c) => c.n))], unknown };
}

/** AMA's closed-up locator: `p21`, `pp21-23`; other locators as written (`chap. 2`). */
export function locatorText(item: KeyItem): string | undefined {
  const locator: Locator | undefined = item.locator;
  if (!locator) return undefined;
  if (locator.label !== 'page') return `${locator.label} ${locator.value}`;
  const value = locator.value.replace(/[\u2013\u2014]/g, '-');
  return /[-,]/.test(value) ? `pp${value}` : `p${value}`;
}

/**
 * The superscript's text: `1,3-5,7(p21)`. `dash` joins a range (an en dash on the page, a hyphen
 * in Markdown, as authors write `^1-3^`). Numbers and locators only: what a hand-written marker holds.
 */
export function superscriptText(parts: CitedPart[], dash = '\u2013'): string {
  return parts.map((part) => `${part.from === part.to ? part.from : `${part.from}${dash}${part.to}`}${part.locator !== undefined ? `(${part.locator})` : ''}`).join(',');
}

/**
 * One part as the printed article sets it, the one definition the preview, `render`, the PDF and
 * the Word manuscript share: the number or en-dash range, the AMA locator closed up with an en dash
 * in a page range (`1(pp33–35)`), and the words the author wrote around the key kept in the
 * superscript beside their number (`see 1(p5)`, `2(p12) and passim`), never dropped.
 */
export function printedPart(part: CitedPart): { before: string; after: string } {
  const locator = part.locator !== undefined ? `(${part.locator.replace(/-/g, '\u2013')})` : '';
  return { before: part.prefix ? `${part.prefix} ` : '', after: `${locator}${part.suffix ? ` ${part.suffix}` : ''}` };
}

/** A key citation's printed superscript as text: `see 1(p5),2\u20134`. */
export function printedCitationText(parts: CitedPart[]): string {
  return parts
    .map((part) => {
      const { before, after } = printedPart(part);
      return `${before}${part.from === part.to ? part.from : `${part.from}\u2013${part.to}`}${after}`;
    })
    .join(',');
}

/**
 * A key citation as the numbered citation it becomes: the one way the preview, `render` and the
 * exporters turn `[@a; @b, p. 21]` into AMA numbers. The result reads like a hand-written
 * superscript marker (`numbers`, `items`, `content` such as `1,3-5,7(p21)`), so code that sets
 * numbered citations sets these too; `parts` are what the page prints (printedPart: with the
 * author's words around each number); `unknown` names the keys that got no number.
 */
export function numberedKeyCitation(meta: KeyCiteMeta, numbering: KeyNumbering): { content: string; items: CitationItem[]; parts: CitedPart[]; numbers: number[]; unknown: string[] } {
  const numbered = numberCitation(meta.citation, numbering);
  const items: CitationItem[] = numbered.parts.map((part) => {
    const text = superscriptText([part], '-');
    const numbers: number[] = [];
    for (let n = part.from; n <= part.to; n++) numbers.push(n);
    return { start: 0, end: 0, text, kind: part.from === part.to ? 'single' : 'range', from: part.from, to: part.to, numbers, ...(part.locator !== undefined ? { locator: part.locator } : {}) };
  });
  return { content: superscriptText(numbered.parts, '-'), items, parts: numbered.parts, numbers: numbered.numbers, unknown: numbered.unknown };
}

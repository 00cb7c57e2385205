// Editor help for a report that cites by key from its reference library: hover on a key (its AMA
// entry), go to its entry in the library file, completion of keys after `[@` or `; @`, and the
// library as a list to pick from. Plain data, answered by the analysis worker.
import { formatAmaEntry } from '../bibliography/ama';
import { amaYear } from '../bibliography/ama/dates';
import { amaNames } from '../bibliography/ama/names';
import { field } from '../bibliography/ama/fields';
import type { Library, LibraryEntry } from '../bibliography/library';
import { parseKeyCitation } from '../bibliography/pandoc';
import { amaMarkdown } from '../bibliography/reference-list';
import type { DocumentModel } from '../model';
import type { Span } from '../types';

/** One library entry as a list shows it: key, authors, year, title and the AMA entry. */
export interface LibraryItem {
  key: string;
  /** `Nigwekar SU, Wolf M, Sterns RH, Hix JK`, shortened. */
  authors: string;
  year: string;
  title: string;
  /** The AMA entry as plain text. */
  ama: string;
}

/** The key written at an offset: inside a bracketed citation or a bare `@key`. */
export function keyAt(model: DocumentModel, offset: number): { key: string; span: Span } | undefined {
  for (const citation of model.keyCitations) {
    if (offset < citation.start || offset > citation.end) continue;
    const item = citation.items.find((i) => offset >= i.keyStart && offset <= i.keyEnd) ?? (citation.items.length === 1 ? citation.items[0] : undefined);
    return item ? { key: item.key, span: { start: item.keyStart, end: item.keyEnd } } : undefined;
  }
  const bare = model.bareKeys.find((b) => offset >= b.start && offset <= b.end);
  return bare ? { key: bare.key, span: { start: bare.start, end: bare.end } } : undefined;
}

/** Hover on a key: its AMA entry, or why there is none. */
export function keyHover(model: DocumentModel, library: Library, offset: number): { span: Span; markdown: string } | undefined {
  const found = keyAt(model, offset);
  if (!found) return undefined;
  const entry = library.entries.get(found.key);
  const name = `**@${found.key}**`;
  if (!entry) {
    const files = library.sources.map((s) => s.written).join(', ');
    return { span: found.span, markdown: `${name}: *not in the library${files ? ` (${files})` : ' (the frontmatter names no `bibliography`)'}.*` };
  }
  return { span: found.span, markdown: `${name}\n\n${amaMarkdown(formatAmaEntry(entry.item))}` };
}

/** Go to definition on a key: the library file at the line of its entry. */
export function keyDefinition(model: DocumentModel, library: Library, offset: number): { origin: Span; path: string; line: number } | undefined {
  const found = keyAt(model, offset);
  const entry = found && library.entries.get(found.key);
  return found && entry ? { origin: found.span, path: entry.path, line: entry.line ?? 0 } : undefined;
}

/** The library entry as a list shows it. */
export function libraryItem(entry: LibraryEntry): LibraryItem {
  const authors = amaNames(entry.item.author) || amaNames(entry.item.editor);
  return { key: entry.key, authors, year: amaYear(entry.item.issued), title: field(entry.item.title), ama: formatAmaEntry(entry.item).text };
}

/**
 * After `[@`, `[-@` or `; @` inside an open bracket on the line: the part of a key typed so far.
 * Keys are Pandoc's (letters, digits, `_` and internal punctuation).
 */
const AFTER_AT = /(?:\[|;[ \t]*|\[[^\]\[;@]*?[ \t])-?@([\p{L}\p{N}_:.#$%&+?<>~/-]*)$/u;

export function keyCompletionContext(linePrefix: string): { typed: string } | undefined {
  const match = AFTER_AT.exec(linePrefix);
  if (!match) return undefined;
  const open = linePrefix.lastIndexOf('[');
  if (open === -1 || linePrefix.lastIndexOf(']') > open || linePrefix[open - 1] === '\\' || linePrefix[open - 1] === '!') return undefined;
  return { typed: match[1] };
}

/**
 * The entries whose key, an author's family name, the year or a title word starts with what was
 * typed (case and accents aside); keys that start with it first.
 */
export function matchingItems(library: Library, typed: string): { item: LibraryItem; byKey: boolean }[] {
  const wanted = fold(typed);
  const matches: { item: LibraryItem; byKey: boolean }[] = [];
  for (const entry of library.entries.values()) {
    const item = libraryItem(entry);
    const byKey = fold(item.key).startsWith(wanted);
    if (byKey || wanted === '' || words(entry, item).some((word) => word.startsWith(wanted))) matches.push({ item, byKey });
  }
  return matches.sort((a, b) => Number(b.byKey) - Number(a.byKey) || a.item.key.localeCompare(b.item.key));
}

function words(entry: LibraryEntry, item: LibraryItem): string[] {
  const families = (entry.item.author ?? []).map((name) => name.family ?? name.literal ?? '');
  return [...families, item.year, item.title]
    .join(' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(fold);
}

/** Letters that do not decompose into a base letter and a mark. */
const OWN_LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ı: 'i', þ: 'th' };

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[øæœßłđıþ]/g, (c) => OWN_LETTERS[c]);
}

/** The library to pick from, and the bracketed key citation the cursor is in (a key is added to it). */
export interface CitationPick {
  /** Every entry of the library, in key order. */
  items: LibraryItem[];
  /** The offset of the `]` closing the key citation the cursor is in (or touches), if there is one. */
  bracketEnd?: number;
  /** The library files the frontmatter names, as written and resolved (to open one). */
  files: { written: string; path?: string }[];
}

export function citationPick(model: DocumentModel, library: Library, offset: number): CitationPick {
  // Touching the brackets counts as inside: `[@a][@b]` would read as a link, not two citations.
  const citation = model.keyCitations.find((c) => offset >= c.start && offset <= c.end);
  const files = library.sources.map((s) => ({ written: s.written, ...(s.path ? { path: s.path } : {}) }));
  const items = [...library.entries.values()].sort((a, b) => a.key.localeCompare(b.key)).map(libraryItem);
  return { items, files, ...(citation ? { bracketEnd: citation.end - 1 } : {}) };
}

/** A key as the report writes it: `@key`, or `@{key}` for a key Pandoc cannot write bare. */
export function writtenKey(key: string): string {
  return /^[\p{L}\p{N}_]+(?:[:.#$%&\-+?<>~/][\p{L}\p{N}_]+)*$/u.test(key) ? `@${key}` : `@{${key}}`;
}

/**
 * The edit citing `key` at `offset` of `text`: `; @key` before the bracket's `]` inside a key
 * citation, else `[@key]` at the cursor, spaced as Pandoc writes it (see partsInsertion).
 */
export function citationInsertion(key: string, offset: number, bracketEnd: number | undefined, text: string): { start: number; end: number; newText: string } {
  return partsInsertion([writtenKey(key)], offset, bracketEnd, text);
}

/**
 * The edit citing written parts (`@a`, `see @b, p. 33`) at `offset` of `text`: `; a; b` before the
 * bracket's `]` inside a key citation, else `[a; b]` at the cursor, a space before it after a word
 * (`lupus [@a]`, Pandoc's `Blah blah [@doe99]`: the preview sets the number against the word), none
 * where there is one already or at a line's or bracket's start, and then a space after it when a
 * word follows (`lupus |and` → `lupus [@a] and`).
 */
export function partsInsertion(parts: readonly string[], offset: number, bracketEnd: number | undefined, text: string): { start: number; end: number; newText: string } {
  const joined = parts.join('; ');
  if (bracketEnd !== undefined) return { start: bracketEnd, end: bracketEnd, newText: `; ${joined}` };
  const before = offset > 0 ? text[offset - 1] : '';
  const after = text[offset] ?? '';
  const spaceBefore = before !== '' && !/[\s([{]/u.test(before);
  const spaceAfter = !spaceBefore && /[\p{L}\p{N}]/u.test(after);
  return { start: offset, end: offset, newText: `${spaceBefore ? ' ' : ''}[${joined}]${spaceAfter ? ' ' : ''}` };
}

/** One cited work of a citation another program wrote: its key and the part as the report writes it. */
export interface CitedPart {
  key: string;
  /** `@key`, `see @key, p. 33`, `-@key`, with `@{key}` where Pandoc needs the braces. */
  written: string;
}

/**
 * A citation as another program writes it (Better BibTeX's cite-as-you-write answers
 * `[@a; see @b, p. 33]`, or the same without brackets): its parts, read with the report's own
 * citation syntax. Empty for an empty answer (`''`, `[]`: the picker was closed); undefined when
 * the text is not one Pandoc citation.
 */
export function citedParts(answer: string): CitedPart[] | undefined {
  const trimmed = answer.trim();
  if (trimmed === '' || trimmed === '[]') return [];
  const text = trimmed.startsWith('[') && trimmed.endsWith(']') ? trimmed : `[${trimmed}]`;
  const citation = parseKeyCitation(text, 0);
  if (!citation || citation.end !== text.length) return undefined;
  return citation.items.map((item) => ({
    key: item.key,
    written: `${text.slice(item.start, item.keyStart)}${writtenKey(item.key)}${text.slice(item.keyEnd, item.end)}`.replace(/\s+/g, ' ').trim(),
  }));
}

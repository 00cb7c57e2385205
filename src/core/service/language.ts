// Editor intelligence as plain data (offsets, Markdown strings): what hover, go to definition,
// find all references, completion and the reference CodeLens show. No `vscode` import, so it runs
// in the analysis worker; the extension only turns spans into ranges.
import { NO_LIBRARY, type Library } from '../bibliography/library';
import type { FloatKind } from '../figures';
import { abbreviationHover } from './abbreviation-hover';
import type { DocumentModel } from '../model';
import type { Span } from '../types';
import { keyCompletionContext, keyDefinition, keyHover, matchingItems } from './library-keys';
import { citationIndex, completionContext, entriesFor, floatSpan, floatsFor, mentionsOf, shorten, targetAt } from './locate';

export interface HoverInfo {
  span: Span;
  /** Markdown without HTML, links not trusted. */
  markdown: string;
}

export interface DefinitionLink {
  /** The label or number to select. */
  span: Span;
  /** The whole entry, figure or table. */
  whole: Span;
}

export interface Definitions {
  origin: Span;
  targets: DefinitionLink[];
  /** Targets in other files: a key's entry in its library file (absolute path, 0-based line). */
  files?: { path: string; line: number }[];
}

export interface CompletionProposal {
  label: string;
  description: string;
  detail: string;
  documentation: string;
  sortText: string;
  /** What the editor filters on, when not the label (keys are matched here, by author, year or title word too). */
  filterText?: string;
}

export interface Completions {
  /** The digits (or the part of a key) already typed before the cursor, replaced by the proposal. */
  typed: string;
  items: CompletionProposal[];
  /** Ask again at the next keystroke (the list was filtered here). */
  incomplete?: boolean;
  /** The marker's closing delimiter (`^`, `</sup>`, `]`), inserted after the number or key when the marker is still open. */
  close?: string;
}

const CLOSERS = { superscript: '^', html: '</sup>', bracket: ']' } as const;

/** Does the marker the cursor is in close on this line, after nothing but more numbers? */
function closedAfter(text: string, offset: number, closer: string): boolean {
  const lineEnd = text.indexOf('\n', offset);
  const rest = text.slice(offset, lineEnd === -1 ? text.length : lineEnd);
  const numbers = /^[\d,\s\-\u2013]*/.exec(rest)![0];
  return rest.slice(numbers.length).toLowerCase().startsWith(closer);
}

export interface ReferenceLens {
  number: number;
  /** The entry's number. */
  span: Span;
  /** Every place that cites it, in text order. */
  places: Span[];
}

/**
 * Hover on a citation: the cited references' text; on a figure or table mention: its caption; on an
 * abbreviation: what it stands for and where it is defined (`known`: the house style's abbreviations
 * that need no expansion).
 */
export function hoverAt(model: DocumentModel, offset: number, known: readonly string[] = [], library: Library = NO_LIBRARY): HoverInfo | undefined {
  const key = keyHover(model, library, offset);
  if (key) return key;
  const target = targetAt(model, offset);
  if (target?.type === 'citation') return { span: target.span, markdown: citationHover(model, target.numbers) };
  if (target?.type === 'mention') return { span: target.span, markdown: mentionHover(model, target.mention.kind, target.numbers) };
  return abbreviationHover(model, offset, known);
}

function citationHover(model: DocumentModel, numbers: number[]): string {
  return entriesFor(model, numbers)
    .map(({ number, entry }) => (entry ? `**${number}.** ${inline(entry.text)}` : `**${number}.** *No entry numbered ${number} in the reference list.*`))
    .join('\n\n');
}

function mentionHover(model: DocumentModel, kind: FloatKind, numbers: number[]): string {
  const name = kind === 'figure' ? 'Figure' : 'Table';
  const lines: string[] = [];
  for (const { number, floats } of floatsFor(model, kind, numbers)) {
    if (floats.length === 0) lines.push(`**${name} ${number}.** *No ${kind} is labelled ${name} ${number}.*`);
    for (const float of floats) {
      const src = float.src ? `  \n\`${float.src.replace(/`/g, "'")}\`` : '';
      lines.push(`**${name} ${number}${float.panel ?? ''}.** ${float.caption ? inline(float.caption) : '*No caption.*'}${src}`);
    }
  }
  return lines.join('\n\n');
}

/**
 * Reference and caption text is Markdown (an italic journal name, a DOI link): it renders as in the
 * preview. It follows the bold number on one line, so nothing in it can start a heading or a list.
 */
function inline(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** From a citation to its reference entries, from a mention to its figures or tables. */
export function definitionsAt(model: DocumentModel, offset: number, library: Library = NO_LIBRARY): Definitions | undefined {
  const key = keyDefinition(model, library, offset);
  if (key) return { origin: key.origin, targets: [], files: [{ path: key.path, line: key.line }] };
  const target = targetAt(model, offset);
  if (target?.type === 'citation') {
    const targets = entriesFor(model, target.numbers).flatMap(({ entry }) => (entry ? [{ span: { start: entry.numberStart, end: entry.numberEnd }, whole: { start: entry.numberStart, end: entry.end } }] : []));
    return { origin: target.span, targets };
  }
  if (target?.type === 'mention') {
    const targets = floatsFor(model, target.mention.kind, target.numbers).flatMap(({ floats }) => floats.map((f) => ({ span: floatSpan(f), whole: { start: f.start, end: f.end } })));
    return { origin: target.span, targets };
  }
  return undefined;
}

/**
 * Find all references: from a reference entry (or a citation) to every place that cites the same
 * reference; from a figure or table label (or a mention) to every mention of it.
 */
export function referencesAt(model: DocumentModel, offset: number, includeDeclaration: boolean): Span[] | undefined {
  const target = targetAt(model, offset);
  if (!target) return undefined;
  const spans: Span[] = [];
  if (target.type === 'entry' || target.type === 'citation') {
    const index = citationIndex(model);
    for (const n of target.type === 'entry' ? [target.entry.number] : target.numbers) {
      if (includeDeclaration) for (const { entry } of entriesFor(model, [n])) if (entry) spans.push({ start: entry.numberStart, end: entry.numberEnd });
      for (const span of index.get(n) ?? []) spans.push(span);
    }
  } else {
    const kind = target.type === 'float' ? target.float.kind : target.mention.kind;
    for (const n of target.type === 'float' ? [target.float.number] : target.numbers) {
      if (includeDeclaration) for (const { floats } of floatsFor(model, kind, [n])) for (const float of floats) spans.push(floatSpan(float));
      for (const span of mentionsOf(model, kind, n)) spans.push(span);
    }
  }
  return unique(spans);
}

function unique(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => {
      const key = `${s.start}:${s.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}

/**
 * Inside `^`, `<sup>` or `[`: reference numbers with the start of their text. After "Figure " or
 * "Table ": the existing numbers with their captions. `linePrefix` is the line up to the cursor.
 */
export function completionsAt(model: DocumentModel, offset: number, linePrefix: string, brackets: boolean, library: Library = NO_LIBRARY): Completions | undefined {
  const keyContext = keyCompletionContext(linePrefix);
  if (keyContext) return isInCode(model.prose, model.text, offset) ? undefined : keyCompletions(library, keyContext.typed, bracketClosedAfter(model.text, offset));
  const context = completionContext(linePrefix, brackets);
  if (!context || isInCode(model.prose, model.text, offset)) return undefined;
  if (context.type === 'citation') {
    const items = (model.references?.entries ?? []).map((entry, index) => ({
      label: String(entry.number),
      description: shorten(entry.text, 60),
      detail: `Reference ${entry.number}`,
      documentation: entry.text,
      sortText: String(index).padStart(5, '0'),
    }));
    const closer = CLOSERS[context.form];
    return { typed: context.typed, items, ...(closedAfter(model.text, offset, closer) ? {} : { close: closer }) };
  }
  const name = context.kind === 'figure' ? 'Figure' : 'Table';
  const seen = new Set<string>();
  const items: CompletionProposal[] = [];
  for (const float of context.kind === 'figure' ? model.figures : model.tables) {
    if (float.number === undefined) continue;
    const label = `${float.number}${float.panel ?? ''}`;
    if (seen.has(label)) continue;
    seen.add(label);
    items.push({
      label,
      description: shorten(float.caption || 'No caption', 60),
      detail: `${name} ${label}`,
      documentation: float.caption || 'No caption',
      sortText: String(float.number).padStart(5, '0') + (float.panel ?? ''),
    });
  }
  return { typed: context.typed, items };
}

/**
 * Is the key citation the cursor is in closed on this line: does a `]` come before any `[`? (A
 * later citation's brackets on the line do not close this one.)
 */
function bracketClosedAfter(text: string, offset: number): boolean {
  const lineEnd = text.indexOf('\n', offset);
  const rest = text.slice(offset, lineEnd === -1 ? text.length : lineEnd);
  const bracket = /[[\]]/.exec(rest);
  return bracket?.[0] === ']';
}

/** After `[@` or `; @`: the library's keys matching what was typed, with their AMA entries; an open bracket is closed too. */
function keyCompletions(library: Library, typed: string, closed: boolean): Completions {
  const items = matchingItems(library, typed).map(({ item }, index) => ({
    label: item.key,
    description: shorten([item.authors, item.year].filter(Boolean).join(', '), 60),
    detail: item.title,
    documentation: item.ama,
    sortText: String(index).padStart(5, '0'),
    filterText: typed,
  }));
  return { typed, items, incomplete: true, ...(closed ? {} : { close: ']' }) };
}

/** Code spans, fenced code, comments and the frontmatter are blanked in `prose`: no suggestions there. */
function isInCode(prose: string, text: string, offset: number): boolean {
  let at = Math.min(offset, text.length) - 1;
  while (at > 0 && /\s/.test(text[at])) at--;
  return at >= 0 && prose[at] !== text[at];
}

/** On each reference entry: where it is cited ("cited 3 times", "not cited"). */
export function referenceLenses(model: DocumentModel): ReferenceLens[] {
  const index = citationIndex(model);
  return (model.references?.entries ?? []).map((entry) => ({
    number: entry.number,
    span: { start: entry.numberStart, end: entry.numberEnd },
    places: index.get(entry.number) ?? [],
  }));
}

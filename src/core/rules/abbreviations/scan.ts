import { isMap, isScalar, type Node } from 'yaml';
import type { DocumentModel } from '../../model';
import { blankSpans, findBareUrls } from '../../mask';
import { blankPuttingBack, bodyText, publishedSpans } from '../../text/body';
import { derived } from '../../text/derived';
import type { Span } from '../../types';
import { abstractSections, nonPatientSections, sectionsHeaded } from '../../sections';
import { capitalizedTerms } from './capitalized-terms';
import { longFormBefore, longFormStart } from './long-form';
import { readAttributes } from '../../html-tag';
import { baseForm, DEGREES, DOSING, inGeneContext, isGeneSymbol, isPlace, isFormula, isRomanNumeral, isVariantOrStage, looksLikeAbbreviation, UNITS } from './terms';

/**
 * The abbreviations of a report, found once per model and read by the four abbreviation rules,
 * the hover and the Abbreviations list: where each is defined (`end-stage renal disease (ESRD)`)
 * and where it is used. Settings play no part (the house style's list of abbreviations that need
 * no expansion is applied by the readers), so the scan depends on the model only.
 *
 * Three parts are defined separately, as AMA asks: the title (frontmatter `title`), the abstract
 * (frontmatter `abstract`, or an `Abstract` section) and the body. Not read: the frontmatter
 * otherwise, code, comments, URLs, the reference list, the sections about the authors
 * (acknowledgments, contributions, funding, conflicts) and an `Abbreviations` list section.
 */
export interface AbbreviationScan {
  uses: AbbreviationUse[];
  definitions: AbbreviationDefinition[];
}

export type Part = 'title' | 'abstract' | 'body';
/** Running text, a heading (or the title), or a table, caption or abbreviation note: a float. */
export type Place = 'text' | 'heading' | 'float';

/** One piece of a written term: `MPO-ANCA` is `MPO` and `ANCA`; a plural or possessive ending is not part of it. */
export interface Component extends Span {
  key: string;
}

export interface AbbreviationUse extends Span {
  /** The term as written, without a plural or possessive ending: `ESRD`, `MPO-ANCA`, `IL-6`. */
  key: string;
  /** The abbreviations it is made of (itself when it is one piece). */
  components: Component[];
  part: Part;
  place: Place;
}

export interface AbbreviationDefinition {
  key: string;
  /** The abbreviation in its parentheses (or, in a note, before its comma). */
  abbreviation: Span;
  /** The expanded term, when its letters spell the abbreviation. */
  long?: Span & { text: string };
  /** `long (ABBR)` or `ABBR (long)` as written, from the first character of either to the closing parenthesis. */
  whole: Span;
  /** What to delete to keep the long form only: ` (ABBR)`. */
  parenthesis?: Span;
  part: Part;
  place: Place;
  /** From a note under a table or figure (`Abbreviations: ALT, alanine aminotransferase; ...`): it covers floats only. */
  note?: boolean;
}

/** The abbreviation scan of a model, made once. */
export function abbreviationScan(model: DocumentModel): AbbreviationScan {
  return derived(model, 'abbreviations', () => scanModel(model));
}

/** A list section the Abbreviations command writes and reads. */
export const ABBREVIATION_LIST_HEADING = /^(?:list of )?abbreviations(?: used)?$/i;
/** A note under a table or figure, or a paragraph, that spells out abbreviations. */
const NOTE = /^[ \t>]*(?:\*\*|__|\*|_)?Abbreviations?(?:\*\*|__|\*|_)?[ \t]*[:.][ \t]*(?:\*\*|__|\*|_)?/i;

function scanModel(model: DocumentModel): AbbreviationScan {
  const { values, parts } = readableParts(model);
  const scanned = readableText(model, values, [...nonPatientSections(model.heads, model.text.length), ...listSections(model)]);
  const partAt = (offset: number): Part => parts.find((p) => offset >= p.start && offset < p.end)?.part ?? 'body';
  // The places are gathered when the first term asks for one: a report of 100,000 figures and no
  // abbreviation makes no span for each caption.
  let placeHolding: ((offset: number) => (Span & { place: Place }) | undefined) | undefined;
  const placeAt = (offset: number, part: Part): Place => (part === 'title' ? 'heading' : ((placeHolding ??= firstHolding(placesOf(model)))(offset)?.place ?? 'text'));

  const definitions: AbbreviationDefinition[] = [];
  // The abbreviations a note spells out are not uses; nor are the pieces of a definition.
  const inNotes: Span[] = [];
  for (const note of abbreviationNotes(scanned)) {
    for (const definition of noteDefinitions(scanned, note)) {
      definitions.push({ ...definition, part: partAt(note.start), place: 'float', note: true });
      inNotes.push(definition.abbreviation);
    }
  }
  let noteAt = 0;
  let skipUntil = 0;
  const shouting = shoutingIn(scanned);
  const uses: AbbreviationUse[] = [];
  for (const { start, end } of capitalizedTerms(scanned)) {
    while (noteAt < inNotes.length && inNotes[noteAt].end <= start) noteAt++;
    if (start < skipUntil || (noteAt < inNotes.length && start >= inNotes[noteAt].start)) continue;
    const term = readTerm(scanned, start, end, shouting);
    if (!term) continue;
    const part = partAt(start);
    const place = placeAt(start, part);
    const definition = parenthesisDefinition(scanned, start, end, term) ?? reversedDefinition(scanned, end, term);
    if (definition) {
      definitions.push({ ...definition, part, place });
      // `(PaO2/FiO2)`: the pieces after the slash belong to the definition.
      skipUntil = definition.abbreviation.end;
      continue;
    }
    uses.push({ ...term, part, place });
  }
  return { uses, definitions };
}

/**
 * `spans.find((s) => offset >= s.start && offset < s.end)` for offsets asked in increasing order,
 * in one sweep: the spans that have started and not ended are kept, and the first of them in the
 * given order answers. An offset before the previous one is answered by the plain search.
 */
export function firstHolding<T extends Span>(spans: readonly T[]): (offset: number) => T | undefined {
  const byStart = spans.map((span, index) => ({ span, index })).sort((a, b) => a.span.start - b.span.start || a.index - b.index);
  let next = 0;
  let open: { span: T; index: number }[] = [];
  let last = -Infinity;
  return (offset) => {
    if (offset < last) return spans.find((s) => offset >= s.start && offset < s.end);
    last = offset;
    while (next < byStart.length && byStart[next].span.start <= offset) open.push(byStart[next++]);
    if (open.length > 0) open = open.filter((entry) => entry.span.end > offset);
    let first: { span: T; index: number } | undefined;
    for (const entry of open) if (first === undefined || entry.index < first.index) first = entry;
    return first?.span;
  };
}

/** The written term at [start, end): its key and abbreviation components; undefined when nothing in it is an abbreviation. */
/** An attribute of a raw HTML start tag (`<IMG SRC="…" ALT=…>`): markup, not prose. */
function inStartTag(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 500);
  const open = /<([A-Za-z][A-Za-z0-9-]*)\s[^<>]*$/.exec(text.slice(from, start));
  if (!open) return false;
  const tag = readAttributes(text, from + open.index + 1 + open[1].length);
  return tag !== undefined && tag.end > end;
}

function readTerm(text: string, start: number, end: number, shouting: (start: number, end: number) => boolean): Omit<AbbreviationUse, 'part' | 'place'> | undefined {
  const written = text.slice(start, end);
  const ending = /['’]s?$/.exec(written);
  const bare = ending ? written.slice(0, ending.index) : written;
  const pieces: { word: string; start: number }[] = [];
  let at = start;
  for (const word of bare.split('-')) {
    pieces.push({ word, start: at });
    at += word.length + 1;
  }
  // A plural `s` belongs to the last piece only (`ANCAs`, `MPO-ANCAs`).
  const last = pieces[pieces.length - 1];
  last.word = baseForm(last.word);
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  // A callout (`[!NOTE]`), an HTML tag (`<SUP>`), a trade name (`X®`), italics, shouting, or a code (`1EG4-TE5-MK73`, `18F-FDG`).
  if (/\[!$|<\/?$/.test(before) || /^[®™]/.test(after) || italic(text, start, end) || shouting(start, end) || inStartTag(text, start, end)) return undefined;
  // A code that opens the term before any abbreviation (`18F-FDG`, `1EG4-TE5`); a number with its
  // letter after one (`1β` in IL-1β, `17A` in IL-17A) is the term's code, as `6` is in IL-6.
  const opening = pieces.findIndex((piece) => looksLikeAbbreviation(piece.word));
  if (pieces.some((piece, index) => /^\p{N}+\p{L}/u.test(piece.word) && (opening === -1 || index < opening))) return undefined;
  const components: Component[] = [];
  let allPieces = true;
  pieces.forEach((piece, index) => {
    const word = piece.word;
    const pieceBefore = index === 0 ? before : text.slice(Math.max(0, piece.start - 40), piece.start);
    const pieceAfter = index === pieces.length - 1 ? after : text.slice(piece.start + word.length, piece.start + word.length + 40);
    if (!looksLikeAbbreviation(word)) {
      // A code (`6` in IL-6, `1β` in IL-1β, `B27` in HLA-B27, `α` or `alpha` in TNF-α, `β1` in TGF-β1; `CoV`... is an
      // abbreviation) keeps the term whole; a word splits it.
      if (!/^[\p{L}]?\p{N}+\p{L}?$|^\p{Lu}$|^\p{N}*(?:[α-ω]|alpha|beta|gamma|delta|epsilon|kappa|lambda)\p{N}*$/u.test(word)) allPieces = false;
      return;
    }
    if (isRomanNumeral(word, pieceBefore, pieceAfter) || UNITS.has(word) || isFormula(word) || isVariantOrStage(word) || DEGREES.has(word) || isPlace(word, pieceBefore) || DOSING.has(word) || isGeneSymbol(word) || (!/\(\s*$/.test(before) && inGeneContext(word, pieceBefore, pieceAfter))) {
      allPieces = false;
      return;
    }
    components.push({ key: word, start: piece.start, end: piece.start + word.length });
  });
  if (components.length === 0) return undefined;
  // One abbreviation is the term, unless every piece is an abbreviation or a code (`IL-6`): then the whole written term.
  const [only] = components;
  if (components.length === 1 && !(allPieces && pieces.length > 1)) return { key: only.key, components, start: only.start, end: only.end };
  return { key: pieces.map((p) => p.word).join('-'), components, start, end: last.start + last.word.length };
}

/** `*JAK2*`, `_Strongyloides_`: italic symbols are gene or species names. */
function italic(text: string, start: number, end: number): boolean {
  const open = text[start - 1];
  return (open === '*' || open === '_') && /^(?:['’]s?)?[*_]/.test(text.slice(end, end + 3));
}

/**
 * Three or more capitalized words in a row (`CASE PRESENTATION`, `DO NOT RESUSCITATE`): emphasis,
 * not abbreviations. The runs of a line are found once, when the first term on it is asked about
 * (a line of a thousand capitals is not searched a thousand times).
 */
const THREE_CAPITALS = /^\p{Lu}{3}/u;

export function shoutingIn(text: string): (start: number, end: number) => boolean {
  let lineStart = -1;
  let lineEnd = -1;
  let runs: Span[] = [];
  return (start, end) => {
    // A run's words are capitals only and the term starts after a non-letter: it starts a word of the run.
    if (!THREE_CAPITALS.test(text.slice(start, start + 6))) return false;
    if (start < lineStart || start >= lineEnd) {
      lineStart = text.lastIndexOf('\n', start) + 1;
      lineEnd = (text.indexOf('\n', end) + 1 || text.length + 1) - 1;
      runs = [];
      const line = text.slice(lineStart, lineEnd);
      const pattern = /(?:\b\p{Lu}{3,}\b[ \t]+){2,}\b\p{Lu}{3,}\b/gu;
      let run: RegExpExecArray | null;
      while ((run = pattern.exec(line)) !== null) runs.push({ start: lineStart + run.index, end: lineStart + run.index + run[0].length });
    }
    // Runs are in order and apart: the last one starting at or before `start` is the only one that can hold it.
    let low = 0;
    let high = runs.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (runs[mid].start <= start) low = mid + 1;
      else high = mid;
    }
    return low > 0 && start < runs[low - 1].end;
  };
}

/**
 * `long form (ABBR)`, `(ABBR; ...)` or `(ABBR, ...)`: the term is the first thing in parentheses.
 * With `;` or `,` after it only when the words before spell it (`(CRP, 96 mg/L)` after
 * "C-reactive protein"); alone in its parentheses it is a definition whatever precedes it.
 */
function parenthesisDefinition(text: string, start: number, end: number, term: Omit<AbbreviationUse, 'part' | 'place'>): Omit<AbbreviationDefinition, 'part' | 'place'> | undefined {
  const open = /\([ \t]*$/.exec(text.slice(Math.max(0, start - 3), start));
  if (!open) return undefined;
  // A ratio or pair defined together: `(PaO2/FiO2)`, `(ACR/EULAR)`.
  const slashed = /^(?:\/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*)+/u.exec(text.slice(end, end + 60));
  if (slashed) {
    end += slashed[0].length;
    term = { ...term, key: `${term.key}${slashed[0]}`, end };
  }
  const close = /^[ \t]*([);,])/.exec(text.slice(end, end + 3));
  if (!close) return undefined;
  const parenStart = start - open[0].length;
  const closing = close[1] === ')' ? end + close[0].length : undefined;
  const spelled = text.slice(start, end).replace(/['’]s?$/, '');
  const long = longFormBefore(text, parenStart, /s$/.test(spelled) && baseForm(spelled) !== spelled ? spelled.slice(0, -1) : spelled) ?? (term.key !== spelled ? longFormBefore(text, parenStart, term.key) : undefined);
  if (!long && close[1] !== ')') return undefined;
  if (!long && !/[\p{L}][^()\n]*$/u.test(text.slice(Math.max(0, parenStart - 30), parenStart))) return undefined;
  let spaceStart = parenStart;
  while (spaceStart > 0 && /[ \t]/.test(text[spaceStart - 1])) spaceStart--;
  return {
    key: term.key,
    abbreviation: { start: term.start, end: term.end },
    long,
    whole: { start: long ? long.start : parenStart, end: closing ?? term.end },
    parenthesis: closing !== undefined && long ? { start: spaceStart, end: closing } : undefined,
  };
}

/** `ESRD (end-stage renal disease)`: the abbreviation first, its words spelling it in parentheses. */
function reversedDefinition(text: string, end: number, term: Omit<AbbreviationUse, 'part' | 'place'>): Omit<AbbreviationDefinition, 'part' | 'place'> | undefined {
  const paren = /^[ \t]*\(([^()\n]{4,120})\)/.exec(text.slice(end, end + 130));
  if (!paren || !/\p{Ll}{3}/u.test(paren[1]) || !/^\s*[\p{L}]/u.test(paren[1])) return undefined;
  const inside = paren[1];
  const at = longFormStart(term.key, inside);
  // The whole parenthesis spells it, from its first word.
  if (at === undefined || inside.slice(0, at).trim() !== '') return undefined;
  const longStart = end + paren[0].indexOf('(') + 1;
  return {
    key: term.key,
    abbreviation: { start: term.start, end: term.end },
    long: { start: longStart, end: longStart + inside.length, text: inside.trim().replace(/\s+/g, ' ') },
    whole: { start: term.start, end: end + paren[0].length },
  };
}

/**
 * Paragraphs that open with `Abbreviations:` (notes under tables and figures): the lines NOTE
 * accepts, each with the lines after it up to a blank line. A line NOTE accepts holds its keyword
 * after at most spaces, tabs, `>` and emphasis marks, so the lines tried are those where the
 * keyword (NOTE_WORD, with NOTE's flags) is reached from the line's start over those characters
 * only: a report without the word reads no line, where a walk over every line made a match and a
 * string of each (200,000 lines of figures).
 */
export function abbreviationNotes(text: string): Span[] {
  const spans: Span[] = [];
  NOTE_WORD.lastIndex = 0;
  let word: RegExpExecArray | null;
  while ((word = NOTE_WORD.exec(text)) !== null) {
    let start = word.index;
    while (start > 0 && isNoteLead(text.charCodeAt(start - 1))) start--;
    // Only from a line's start. (Never one inside the last note: its paragraph ends at a line end, which the walk does not cross.)
    if (start !== 0 && !isLineTerminator(text.charCodeAt(start - 1))) continue;
    LINE_TERMINATOR.lastIndex = word.index;
    let end = LINE_TERMINATOR.exec(text)?.index ?? text.length;
    if (!NOTE.test(text.slice(start, end))) continue;
    // The paragraph goes on to the next blank line.
    const rest = /\n(?![ \t]*(?:\n|$))[^\n]*/y;
    rest.lastIndex = end;
    while (rest.exec(text) !== null) end = rest.lastIndex;
    spans.push({ start, end });
    NOTE_WORD.lastIndex = Math.max(NOTE_WORD.lastIndex, end);
  }
  return spans;
}

/** NOTE's keyword, with NOTE's flags: every line NOTE accepts holds it. */
const NOTE_WORD = /Abbreviation/gi;
/** What ends a line for `^` and `.` of an expression (the lines NOTE is tried on). */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/g;

function isLineTerminator(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

/** What NOTE lets come before its keyword on the line: spaces, tabs, `>`, and the emphasis marks `*` and `_`. */
function isNoteLead(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3e || code === 0x2a || code === 0x5f;
}

/** `ALT, alanine aminotransferase; AST, aspartate aminotransferase.` (also `ALT: ...`, `ALT = ...`). */
function noteDefinitions(text: string, note: Span): Omit<AbbreviationDefinition, 'part' | 'place'>[] {
  const body = text.slice(note.start, note.end);
  const head = NOTE.exec(body);
  const from = note.start + (head ? head[0].length : 0);
  const definitions: Omit<AbbreviationDefinition, 'part' | 'place'>[] = [];
  const content = text.slice(from, note.end);
  const item = /[ \t]*([\p{L}\p{N}][\p{L}\p{N}\-/]*)(?:['’]s)?[ \t]*(?:,|:|=|–|—)[ \t]*([^;]+?)[ \t.]*(?=;|$)/uy;
  let at = 0;
  for (const piece of content.split(';')) {
    item.lastIndex = 0;
    const m = item.exec(piece);
    if (m) {
      const abbreviationStart = from + at + m.index + m[0].indexOf(m[1]);
      const longStart = from + at + m[0].lastIndexOf(m[2]);
      definitions.push({
        key: baseForm(m[1]),
        abbreviation: { start: abbreviationStart, end: abbreviationStart + m[1].length },
        long: { start: longStart, end: longStart + m[2].length, text: m[2].replace(/\s+/g, ' ').trim() },
        whole: { start: abbreviationStart, end: longStart + m[2].length },
      });
    }
    at += piece.length + 1;
  }
  return definitions;
}

/**
 * The text the scan reads: the prose without the reference list, bare URLs (the model's `scanned`)
 * and the skipped sections, with the values (readableParts) put back. When every value is a
 * published one (a title and an abstract are), that is the body text the privacy and dose rules
 * read (text/body.ts) with bare URLs, the skipped sections and the other published values (a
 * running title) blanked: no copy of the document when there are none.
 */
export function readableText(model: DocumentModel, values: Span[], skipped: Span[]): string {
  const published = publishedSpans(model) ?? [];
  const same = (a: Span, b: Span) => a.start === b.start && a.end === b.end;
  if (!values.every((value) => published.some((span) => same(span, value)))) return blankPuttingBack(model, model.scanned, skipped, values);
  const unread = published.filter((span) => !values.some((value) => same(span, value)));
  return blankSpans(bodyText(model), [...findBareUrls(model.prose), ...skipped, ...unread]);
}

/**
 * The text the scan reads (readableText) has the title and abstract values of the frontmatter put
 * back where they are: these values (in document order), and which part each stretch belongs to.
 */
export function readableParts(model: DocumentModel): { values: Span[]; parts: (Span & { part: Part })[] } {
  const values: (Span & { part: Part })[] = [];
  const fm = model.frontmatter;
  const contents = fm?.document.contents;
  if (fm && isMap(contents)) {
    for (const pair of contents.items) {
      if (!isScalar(pair.key)) continue;
      const key = String(pair.key.value);
      if (key !== 'title' && key !== 'abstract') continue;
      for (const range of scalarRanges(pair.value as Node | null)) values.push({ start: fm.contentStart + range[0], end: fm.contentStart + range[1], part: key });
    }
    values.sort((a, b) => a.start - b.start);
  }
  const abstracts = abstractSections(model.heads, model.text.length).map((section) => ({ ...section, part: 'abstract' as const }));
  return { values, parts: [...values, ...abstracts] };
}

/** The string values of a node: a scalar, or the scalars of a structured abstract (a mapping or list of them). */
function scalarRanges(node: Node | null): [number, number][] {
  if (!node) return [];
  if (isScalar(node)) return typeof node.value === 'string' && node.range ? [[node.range[0], node.range[1]]] : [];
  const items = (node as { items?: unknown[] }).items;
  if (!Array.isArray(items)) return [];
  return items.flatMap((item) => {
    if (item && typeof item === 'object' && 'value' in item && 'key' in item) return scalarRanges((item as { value: Node | null }).value);
    return scalarRanges(item as Node);
  });
}

/** Headings, tables and captions: where a term is a heading's or a float's. */
function placesOf(model: DocumentModel): (Span & { place: Place })[] {
  const places: (Span & { place: Place })[] = [];
  for (const head of model.heads) if (head.kind === 'heading') places.push({ start: head.start, end: head.end, place: 'heading' });
  for (const float of [...model.figures, ...model.tables]) {
    places.push({ start: float.captionStart, end: float.captionEnd, place: 'float' });
  }
  for (const token of model.tokens) {
    if (token.type === 'table_open' && token.map) places.push({ ...model.source.linesSpan(token.map[0], token.map[1]), place: 'float' });
  }
  return places;
}

/** Sections headed `Abbreviations` (or `List of abbreviations`). */
export function listSections(model: DocumentModel): Span[] {
  return sectionsHeaded(model.heads, model.text.length, (head) => head.kind === 'heading' && ABBREVIATION_LIST_HEADING.test(head.text));
}

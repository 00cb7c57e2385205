import type { DocumentModel } from '../../model';
import type { Span } from '../../types';
import { abbreviationScan, type AbbreviationDefinition, type AbbreviationUse, type Part } from './scan';
import { looksLikeAbbreviation } from './terms';

/**
 * How the abbreviation rules and the editor read the scan: with the house style's list of
 * abbreviations that need no expansion, part by part (the abstract and the body each define their
 * own; the title stands alone).
 */

/** Is the key one readers know (`DNA`), or a numbered form of one (`IgG4` for `IgG`)? */
export function isKnown(key: string, known: ReadonlySet<string>): boolean {
  if (known.has(key)) return true;
  for (const entry of known) if (key.startsWith(entry) && /^\d+[a-z]?$/.test(key.slice(entry.length))) return true;
  return false;
}

/** A term to be defined for one use: the whole written term, or one of its pieces. */
export interface Need extends Span {
  key: string;
}

/** What one part defines: the definitions of each key in order, and where each key (or a piece of a defined compound) is first defined. */
export interface PartDefinitions {
  part: Part;
  /** Definitions in the text, headings and captions (not in abbreviation notes), by key, in document order. */
  byKey: Map<string, AbbreviationDefinition[]>;
  /** Where a key is first defined, counting the pieces of a defined compound (`MPO-ANCA` defines `MPO`). */
  firstAt: Map<string, number>;
  /** Keys spelled out in a note under a table or figure. */
  inNotes: Set<string>;
}

export function partDefinitions(definitions: AbbreviationDefinition[], part: Part): PartDefinitions {
  const byKey = new Map<string, AbbreviationDefinition[]>();
  const firstAt = new Map<string, number>();
  const inNotes = new Set<string>();
  for (const definition of definitions) {
    if (definition.part !== part) continue;
    if (definition.note) {
      inNotes.add(definition.key);
      continue;
    }
    const list = byKey.get(definition.key) ?? [];
    list.push(definition);
    byKey.set(definition.key, list);
    const keys = [definition.key, ...definition.key.split(/[-/]/).filter((piece) => piece !== definition.key && looksLikeAbbreviation(piece))];
    for (const key of keys) if (!firstAt.has(key)) firstAt.set(key, definition.abbreviation.start);
  }
  return { part, byKey, firstAt, inNotes };
}

/**
 * The terms a use needs defined: the whole term when the part defines it as a whole or when its
 * only abbreviation is followed by a code (`KL-6`), else each piece readers do not know. A piece after a known one that carries a digit (`DRB1` in
 * `HLA-DRB1`) is part of the known name.
 */
export function needs(use: AbbreviationUse, defined: PartDefinitions, known: ReadonlySet<string>): Need[] {
  if (isKnown(use.key, known)) return [];
  if (use.components.length > 1 && defined.firstAt.has(use.key)) return [{ key: use.key, start: use.start, end: use.end }];
  const [only] = use.components;
  if (use.components.length === 1 && only.start === use.start && only.key !== use.key && !isKnown(only.key, known) && (defined.firstAt.has(use.key) || !defined.firstAt.has(only.key))) {
    // One abbreviation followed by a hyphen and a code (`KL-6`, `IL-6`, `TNF-α`): the term is defined
    // as a whole (`Krebs von den Lungen-6 (KL-6)`), unless the part defines the piece alone. A code
    // before it (`F-FDG` of `^18^F-FDG`) leaves the abbreviation the term.
    return [{ key: use.key, start: use.start, end: use.end }];
  }
  const out: Need[] = [];
  let afterKnown = false;
  for (const component of use.components) {
    if (isKnown(component.key, known)) {
      afterKnown = true;
      continue;
    }
    if (afterKnown && /\d/.test(component.key)) continue;
    out.push({ key: component.key, start: component.start, end: component.end });
  }
  return out;
}

/** Is the need met where the use is? In text, by a definition before it; in a table or caption, by one anywhere in the part or in a note. */
export function isDefinedFor(need: Need, use: AbbreviationUse, defined: PartDefinitions): boolean {
  const at = defined.firstAt.get(need.key);
  if (use.place === 'float') return at !== undefined || defined.inNotes.has(need.key);
  return at !== undefined && at <= need.start;
}

/**
 * The first need of each key that is not defined where it is used, among uses of one part in
 * document order: what abbreviation-undefined (text, tables, captions) and abbreviation-heading
 * (headings) report, once per key.
 */
export function firstUndefined(uses: Iterable<AbbreviationUse>, defined: PartDefinitions, known: ReadonlySet<string>): Map<string, { need: Need; use: AbbreviationUse }> {
  const first = new Map<string, { need: Need; use: AbbreviationUse }>();
  for (const use of uses) {
    for (const need of needs(use, defined, known)) {
      if (!first.has(need.key) && !isDefinedFor(need, use, defined)) first.set(need.key, { need, use });
    }
  }
  return first;
}

export interface PartReading {
  part: Part;
  defined: PartDefinitions;
  uses: AbbreviationUse[];
}

/** The abstract and the body (the title is read by abbreviation-heading alone). */
export function readParts(model: DocumentModel): PartReading[] {
  const scan = abbreviationScan(model);
  return (['abstract', 'body'] as const).map((part) => ({
    part,
    defined: partDefinitions(scan.definitions, part),
    uses: scan.uses.filter((use) => use.part === part),
  }));
}

export function partName(part: Part): string {
  return part === 'abstract' ? 'the abstract' : part === 'title' ? 'the title' : 'the text';
}

/** Does a use count as a use of the key (the whole term, or one of its pieces)? */
export function usesKey(use: AbbreviationUse, key: string): boolean {
  return use.key === key || use.components.some((component) => component.key === key);
}

/** Is the offset at the start of a sentence (a capital is expected there)? */
export function atSentenceStart(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 6), offset);
  return offset === 0 || /(?:^|[.!?]["”’)]?\s+|\n[ \t>*_#-]*|[*_]{2}\s*|:\*\*\s+)$/.test(before) && !/\d\.\s+$/.test(before) || /^\s*$/.test(text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset));
}

/** The long form as it reads at a new place: capitalized at a sentence start, lowercase elsewhere unless a name. */
export function longFormAt(long: string, definitionAtSentenceStart: boolean, targetAtSentenceStart: boolean): string {
  let text = long;
  // A capital only because the definition opened a sentence (`End-stage renal disease (ESRD) is...`).
  if (definitionAtSentenceStart && /^\p{Lu}\p{Ll}/u.test(text) && !targetAtSentenceStart) text = text[0].toLowerCase() + text.slice(1);
  if (targetAtSentenceStart) text = text[0].toUpperCase() + text.slice(1);
  return text;
}

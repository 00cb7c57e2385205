import { locate, nodeSpan } from '../frontmatter/yaml-nodes';
import type { DocumentModel } from '../model';
import type { Span } from '../types';
import type { CslItem } from './csl';

/** The formats a `bibliography` file may have, by its extension. */
export type LibraryFormat = 'bibtex' | 'csl-json' | 'csl-yaml' | 'ris';

/** One entry of a reference library, under its citation key. */
export interface LibraryEntry {
  key: string;
  item: CslItem;
  /** The library file it comes from (resolved path). */
  path: string;
  /** The 0-based line where the entry starts in that file, where it could be found. */
  line?: number;
}

/** Why a library file gave no entries (or not all of them). */
export interface LibraryProblem {
  /** `missing`: no file to read (bibliography-missing); `syntax`: a file that cannot be read as a library (bibliography-syntax). */
  kind: 'missing' | 'syntax';
  message: string;
  /** Problems that leave the library usable (a key defined twice) are warnings. */
  severity?: 'warning';
}

/** One file the frontmatter's `bibliography` names, and what became of it. */
export interface LibrarySource {
  /** The value as written in the frontmatter. */
  written: string;
  /** Its position when `bibliography` is a list. */
  index?: number;
  /** The absolute path it resolves to, when it resolves. */
  path?: string;
  problems: LibraryProblem[];
}

/** The reference library of a document: every file its frontmatter names, their entries by key. */
export interface Library {
  sources: LibrarySource[];
  entries: ReadonlyMap<string, LibraryEntry>;
}

export const NO_LIBRARY: Library = { sources: [], entries: new Map() };

/** Did every file load? When one did not, an unknown key may well be in it: keys are not judged. */
export function libraryComplete(library: Library): boolean {
  return library.sources.every((source) => source.problems.every((problem) => problem.severity === 'warning'));
}

/** The files the frontmatter's `bibliography` names (a path or a list of paths), as written. */
export function bibliographyValues(model: DocumentModel): { written: string; index?: number }[] {
  const value = model.frontmatter?.data?.bibliography;
  if (typeof value === 'string') return value.trim() ? [{ written: value.trim() }] : [];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item, index) => (typeof item === 'string' && item.trim() ? [{ written: item.trim(), index }] : []));
}

/** The span of a `bibliography` value in the document (the whole key when the value cannot be found). */
export function bibliographySpan(model: DocumentModel, index?: number): Span {
  const frontmatter = model.frontmatter;
  if (!frontmatter) return { start: 0, end: 0 };
  const located = locate(frontmatter.document, index === undefined ? ['bibliography'] : ['bibliography', index]);
  const span = nodeSpan(located.node) ?? nodeSpan(located.pair?.key) ?? { start: 0, end: 0 };
  return { start: frontmatter.contentStart + span.start, end: frontmatter.contentStart + span.end };
}

/** The library formats by file extension. */
const FORMATS = new Map<string, LibraryFormat>([
  ['bib', 'bibtex'],
  ['bibtex', 'bibtex'],
  ['biblatex', 'bibtex'],
  ['json', 'csl-json'],
  ['yaml', 'csl-yaml'],
  ['yml', 'csl-yaml'],
  ['ris', 'ris'],
]);

/** The format a library file has by its extension, if it is one we read. */
export function libraryFormat(path: string): LibraryFormat | undefined {
  return FORMATS.get(/\.([A-Za-z]+)$/.exec(path)?.[1].toLowerCase() ?? '');
}

import type { HouseStyle, HouseStyleLimits } from './house-styles';
import type { Float } from './figures';
import type { DocumentModel } from './model';
import { floatIndex } from './float-index';
import { abstractSections } from './sections';
import { bodyWordCount } from './text/body-words';
import { countWords } from './words';

/** The abstract: the frontmatter `abstract` (a string, or a structured mapping of strings), else an Abstract section. */
export function abstractText(model: DocumentModel): string | undefined {
  const value = model.frontmatter?.data?.abstract;
  if (value !== undefined && value !== null) return flattenStrings(value);
  const sections = abstractSections(model.heads, model.text.length);
  if (sections.length === 0) return undefined;
  return sections.map((s) => model.prose.slice(s.start, s.end).replace(/^[^\n]*\n?/, '')).join('\n');
}

function flattenStrings(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(flattenStrings).join(' ');
  if (value && typeof value === 'object') return Object.values(value).map(flattenStrings).join(' ');
  return '';
}

export function abstractWordCount(model: DocumentModel): number | undefined {
  const text = abstractText(model);
  return text === undefined ? undefined : countWords(text);
}

/**
 * The figures and tables as counted, in document order: panels of one figure (`Figure 2A`,
 * `Figure 2B`) count once, as their first. The model's own list when that is all of them (read
 * it, never change it).
 */
export function countedFloats(model: DocumentModel): readonly Float[] {
  const { figures, tables } = model;
  // Only a number given more than once can be a panel after the first: those numbers are
  // remembered as they are seen, not every number (a set of 100,000 figures). The float rules
  // know them already (floatIndex, made once per model).
  const repeated = { figure: floatIndex(model, 'figure').repeated, table: floatIndex(model, 'table').repeated };
  if (repeated.figure.size === 0 && repeated.table.size === 0) {
    if (tables.length === 0) return figures;
    if (figures.length === 0) return tables;
  }
  const seen = { figure: new Set<number>(), table: new Set<number>() };
  const counted: Float[] = [];
  // Figures and tables each come in document order: merged, not sorted (a figure first on a tie).
  for (let f = 0, t = 0; f < figures.length || t < tables.length; ) {
    const float = t === tables.length || (f < figures.length && figures[f].start <= tables[t].start) ? figures[f++] : tables[t++];
    if (float.number !== undefined && repeated[float.kind].has(float.number)) {
      const numbers = seen[float.kind];
      if (numbers.has(float.number)) continue;
      numbers.add(float.number);
    }
    counted.push(float);
  }
  return counted;
}

/** How many figures, and how many tables, each counted as countedFloats counts them. */
export function floatCounts(model: DocumentModel): { figures: number; tables: number } {
  const floats = countedFloats(model);
  const figures = floats.filter((float) => float.kind === 'figure').length;
  return { figures, tables: floats.length - figures };
}

export function authorCount(model: DocumentModel): number | undefined {
  const authors = model.frontmatter?.data?.authors;
  return Array.isArray(authors) ? authors.length : undefined;
}

export function titleText(model: DocumentModel): string | undefined {
  const title = model.frontmatter?.data?.title;
  return typeof title === 'string' ? title.trim() : undefined;
}

/** Characters as a reader counts them: code points, not UTF-16 units. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export type CountName = 'words' | 'abstractWords' | 'references' | 'figuresAndTables' | 'authors' | 'titleCharacters';

export interface Count {
  name: CountName;
  label: string;
  /** Undefined when the document has no such thing (no abstract, no frontmatter title). */
  value: number | undefined;
  limit: number;
}

/** Every count the house style limits, in the order the status bar tooltip shows them. */
export function documentCounts(model: DocumentModel, houseStyle: HouseStyle): Count[] {
  const limits: HouseStyleLimits = houseStyle.limits;
  const title = titleText(model);
  return [
    { name: 'words', label: 'Body words', value: bodyWordCount(model), limit: limits.words },
    { name: 'abstractWords', label: 'Abstract words', value: abstractWordCount(model), limit: limits.abstractWords },
    { name: 'references', label: 'References', value: model.references?.entries.length ?? 0, limit: limits.references },
    { name: 'figuresAndTables', label: 'Figures and tables', value: countedFloats(model).length, limit: limits.figuresAndTables },
    { name: 'authors', label: 'Authors', value: authorCount(model), limit: limits.authors },
    { name: 'titleCharacters', label: 'Title characters', value: title === undefined ? undefined : characterCount(title), limit: limits.titleCharacters },
  ];
}

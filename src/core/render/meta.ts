import { abstractParts, type AbstractPart } from '../abstract';
import type { HouseStyle } from '../house-styles';

/** What the page chrome shows, read from the frontmatter; every field optional. */
export interface ArticleMeta {
  title?: string;
  /** The short title for page headers (`runningTitle`). */
  runningTitle?: string;
  /** "Case Report", from the article type through the house style (the manuscript's title page names it). */
  articleType?: string;
  /** What the page shows before the title: the article type, unless the title already names it. */
  titlePrefix?: string;
  authors: Author[];
  issue?: string;
  /** ISO date as written (`2018-05-17`), and as the page writes it (`May 17, 2018`). */
  date?: string;
  dateText?: string;
  category?: string;
  tags: string[];
  /** The frontmatter abstract's parts (one unlabelled part for a plain abstract); empty without one. */
  abstract: AbstractPart[];
  keywords: string[];
  /** The frontmatter statements (conflicts, funding, consent) given, in the order they are printed. */
  statements: Statement[];
}

export interface Statement {
  key: StatementKey;
  label: string;
  text: string;
}

export type StatementKey = 'conflicts' | 'funding' | 'consent';

/** The frontmatter statements and their labels, in the order the article's end and the title page print them. */
export const STATEMENTS: readonly (readonly [key: StatementKey, label: string])[] = [
  ['conflicts', 'Conflicts of interest'],
  ['funding', 'Funding'],
  ['consent', 'Patient consent'],
];

export interface Author {
  name: string;
  degrees: string[];
  /** The author's institutions as written (one `affiliation`, or a list). */
  affiliations: string[];
  email?: string;
  orcid?: string;
  corresponding: boolean;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function readMeta(data: Record<string, unknown> | undefined, houseStyle: HouseStyle): ArticleMeta {
  const meta: ArticleMeta = { authors: [], tags: [], abstract: [], keywords: [], statements: [] };
  if (!data) return meta;
  meta.title = text(data.title);
  meta.runningTitle = text(data.runningTitle);
  const type = text(data.articleType) ?? 'case-report';
  const prefix = houseStyle.articleTypes[type]?.titlePrefix;
  meta.articleType = prefix;
  meta.titlePrefix = prefix;
  if (prefix && meta.title) {
    // A title that already carries the prefix ("Case Report: ...") is not prefixed twice; one that
    // names the article type elsewhere ("...: A Case Report", as CARE journals ask) is not prefixed.
    if (meta.title.toLowerCase().startsWith(`${prefix.toLowerCase()}:`)) meta.title = meta.title.slice(prefix.length + 1).trim();
    else if (names(meta.title, prefix)) meta.titlePrefix = undefined;
  }
  meta.authors = list(data.authors).flatMap(readAuthor);
  meta.issue = text(data.issue);
  const date = readDate(data.date);
  if (date) {
    meta.date = date.iso;
    meta.dateText = date.text;
  }
  meta.category = text(data.category);
  meta.tags = list(data.tags).flatMap((tag) => text(tag) ?? []);
  meta.abstract = abstractParts(data.abstract);
  meta.keywords = list(data.keywords).flatMap((keyword) => text(keyword) ?? []);
  for (const [key, label] of STATEMENTS) {
    const value = text(data[key]);
    if (value) meta.statements.push({ key, label, text: value });
  }
  return meta;
}

/** The title as a line of text: "Case Report: Gout in a Teenager" (the page's <title>, the PDF's). */
export function fullTitle(meta: ArticleMeta): string | undefined {
  return meta.title && (meta.titlePrefix ? `${meta.titlePrefix}: ${meta.title}` : meta.title);
}

/** Does the title name the article type ("case report", "case reports"), as words of its own? */
function names(title: string, type: string): boolean {
  const words = type.trim().toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${words}s?(?![\\p{L}\\p{N}])`, 'u').test(title.toLowerCase());
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined || value === null ? [] : [value];
}

function readAuthor(value: unknown): Author[] {
  if (typeof value === 'string') return value.trim() ? [{ name: value.trim(), degrees: [], affiliations: [], corresponding: false }] : [];
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const name = text(record.name);
  if (!name) return [];
  const degrees = list(record.degrees).flatMap((d) => text(d) ?? []).flatMap((d) => d.split(/\s*,\s*/));
  const affiliations = list(record.affiliation).flatMap((a) => text(a) ?? []);
  const author: Author = { name, degrees, affiliations, corresponding: record.corresponding === true };
  const email = text(record.email);
  const orcid = text(record.orcid);
  if (email) author.email = email;
  if (orcid) author.orcid = orcid;
  return [author];
}

function readDate(value: unknown): { iso: string; text: string } | undefined {
  let year: number;
  let month: number;
  let day: number;
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    year = value.getUTCFullYear();
    month = value.getUTCMonth() + 1;
    day = value.getUTCDate();
  } else {
    const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim()) : null;
    if (!match) return undefined;
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  }
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, text: `${MONTHS[month - 1]} ${day}, ${year}` };
}

/** The corresponding author: the one marked so, or a sole author. */
export function correspondingAuthor(authors: Author[]): Author | undefined {
  return authors.find((author) => author.corresponding) ?? (authors.length === 1 ? authors[0] : undefined);
}

/** The affiliations in order of first appearance in the byline, each with the authors who hold it. */
export function affiliationGroups(authors: Author[]): { affiliation: string; authors: Author[] }[] {
  const groups: { affiliation: string; authors: Author[] }[] = [];
  for (const author of authors) {
    for (const affiliation of author.affiliations) {
      const group = groups.find((g) => g.affiliation === affiliation);
      if (group) group.authors.push(author);
      else groups.push({ affiliation, authors: [author] });
    }
  }
  return groups;
}

/** "Joey Kim, MD" */
export function authorText(author: Pick<Author, 'name' | 'degrees'>): string {
  return author.degrees.length > 0 ? `${author.name}, ${author.degrees.join(', ')}` : author.name;
}

/**
 * The house style's list of authors: commas between them, an ampersand before the last.
 * With degrees a comma closes the last-but-one author's degrees ("Phillip Zhang, MD, & Irene
 * Blanco, MD, MS"); without them two names take no comma ("Ann Lee & Bo Chan") and three or
 * more keep the serial comma ("A, B, & C").
 */
export function authorList(authors: Pick<Author, 'name' | 'degrees'>[]): string {
  const names = authors.map(authorText);
  if (names.length <= 1) return names.join('');
  const head = names.slice(0, -1).join(', ');
  const last = names[names.length - 1];
  const comma = names.length > 2 || authors[authors.length - 2].degrees.length > 0 ? ',' : '';
  return `${head}${comma} & ${last}`;
}

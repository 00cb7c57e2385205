import type { CslItem } from '../csl';
import { amaYear } from './dates';
import { field } from './fields';
import { journalLocator, journalName } from './journal';
import { namesOf } from './names';
import { siteName } from './web';
import { amaKind } from './kind';

/** The labels amaMissing returns, for finding messages ("lacks the year, the journal"). */
export const MISSING = {
  authors: 'authors or an organization',
  authorsOrEditors: 'authors, an organization or editors',
  authorsOrSite: 'authors, an organization or a site name',
  title: 'title',
  journal: 'journal',
  year: 'year',
  location: 'volume and pages, an e-locator or a DOI',
  volume: 'volume (or a DOI)',
  pages: 'pages, an e-locator or a DOI',
  publisher: 'publisher',
  bookTitle: 'book title',
  url: 'URL',
  accessed: 'accessed date',
  proceedings: 'proceedings title or conference name',
} as const;

function hasNames(names: unknown): boolean {
  return namesOf(names).length > 0;
}

function journalArticle(item: CslItem): string[] {
  const out: string[] = [];
  if (!hasNames(item.author)) out.push(MISSING.authors);
  if (!field(item.title)) out.push(MISSING.title);
  if (!journalName(item)) out.push(MISSING.journal);
  if (!amaYear(item.issued) && !amaYear(item['available-date'])) out.push(MISSING.year);
  const volume = field(item.volume);
  const pages = journalLocator(item);
  const eLocator = /^e\d/i.test(pages) || (!field(item.page) && Boolean(field(item.number)));
  if (!field(item.DOI) && !(volume && pages) && !eLocator) {
    out.push(!volume && !pages ? MISSING.location : !volume ? MISSING.volume : MISSING.pages);
  }
  return out;
}

/**
 * What an entry lacks for AMA's form of its type, as human-readable field names (empty when
 * complete). Journal articles: authors or an organization, title, journal, year, and volume with
 * pages, or an e-locator, or a DOI. Books: authors (or editors), title, publisher, year. Chapters:
 * authors, title, book title, publisher, year. Web pages: authors or a site name, title, URL,
 * accessed date. Conference papers: authors, title, year, proceedings or conference. Others:
 * authors, title, year.
 */
export function amaMissing(item: CslItem): string[] {
  const kind = amaKind(item);
  if (kind === 'journal') return journalArticle(item);
  const out: string[] = [];
  const year = amaYear(item.issued);
  const title = field(item.title);
  switch (kind) {
    case 'book':
      if (!hasNames(item.author) && !hasNames(item.editor)) out.push(MISSING.authorsOrEditors);
      if (!title) out.push(MISSING.title);
      if (!field(item.publisher)) out.push(MISSING.publisher);
      if (!year) out.push(MISSING.year);
      break;
    case 'chapter':
      if (!hasNames(item.author)) out.push(MISSING.authors);
      if (!title) out.push(MISSING.title);
      if (!field(item['container-title'])) out.push(MISSING.bookTitle);
      if (!field(item.publisher)) out.push(MISSING.publisher);
      if (!year) out.push(MISSING.year);
      break;
    case 'web':
      if (!hasNames(item.author) && !siteName(item)) out.push(MISSING.authorsOrSite);
      if (!title) out.push(MISSING.title);
      if (!field(item.URL) && !field(item.DOI)) out.push(MISSING.url);
      if (!field(item.DOI) && !amaYear(item.accessed)) out.push(MISSING.accessed);
      break;
    case 'conference':
      if (!hasNames(item.author)) out.push(MISSING.authors);
      if (!title) out.push(MISSING.title);
      if (!field(item['container-title']) && !field(item['event-title']) && !field(item.event)) out.push(MISSING.proceedings);
      if (!year && !amaYear(item['event-date'])) out.push(MISSING.year);
      break;
    default:
      if (!hasNames(item.author)) out.push(MISSING.authors);
      if (!title) out.push(MISSING.title);
      if (!year) out.push(MISSING.year);
  }
  return out;
}

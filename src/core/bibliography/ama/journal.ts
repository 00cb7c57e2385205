import type { CslItem } from '../csl';
import { amaDate, amaYear } from './dates';
import { italic, type AmaEntry } from './entry';
import { field, onlineEntry, titleRuns } from './fields';
import { amaNames } from './names';
import { amaPages } from './pages';

/** The journal's name: the abbreviation without periods (`N. Engl. J. Med.` → `N Engl J Med`), else the full title. */
export function journalName(item: CslItem): string {
  const short = field(item['container-title-short']) || field(item.journalAbbreviation);
  if (short) return short.replace(/\./g, ' ').replace(/\s+/g, ' ').trim();
  return field(item['container-title']).replace(/\.$/, '');
}

/** Pages in full, else an article number (BibTeX `eid` arrives as CSL `number`): the e-locator. */
export function journalLocator(item: CslItem): string {
  return amaPages(field(item.page)) || field(item.number);
}

/**
 * Published online, not yet in an issue: no volume and no pages or e-locator, and a DOI, an
 * online date (CSL `available-date`, RIS `ET`) or a status (`ahead of print`, BibLaTeX `inpress`) to show it.
 */
export function aheadOfPrint(item: CslItem): boolean {
  if (field(item.volume) || journalLocator(item)) return false;
  return Boolean(field(item.DOI) || amaDate(item['available-date']) || /ahead|online|epub|press|accepted|forthcoming/i.test(field(item.status)));
}

/**
 * `2020;55(1):17-26`, degrading without any part (`2020;55:17-26`, `2020;55(1)`); a magazine gives
 * its full date in place of the year (`March 2, 2019;321(8):12-14`).
 */
export function location(item: CslItem, when = amaYear(item.issued) || amaYear(item['available-date'])): string {
  const year = when;
  const volume = field(item.volume);
  const issue = field(item.issue);
  const locator = journalLocator(item);
  let out = year;
  if (volume) out += (out ? ';' : '') + volume;
  if (issue) out += (volume || !out ? '' : ';') + `(${issue})`;
  if (locator) out += (out ? ':' : '') + locator;
  return out;
}

/** `Published online July 7, 2016`, or `In press` for an accepted article with no date. */
function onlineAhead(item: CslItem): string {
  const date = amaDate(item['available-date']) || amaDate(item.issued);
  if (date) return `Published online ${date}`;
  return /press|accepted|forthcoming/i.test(field(item.status)) ? 'In press' : '';
}

/**
 * `Author AA, Author BB. Title. Abbrev J. Year;Vol(Issue):pages. doi:10.xxxx/yyyy`, or for an article
 * published online ahead of print `Abbrev J. Published online Month Day, Year. doi:...`.
 */
export function formatJournalArticle(item: CslItem): AmaEntry {
  return onlineEntry(item, [
    amaNames(item.author),
    titleRuns(item.title),
    italic(journalName(item)),
    aheadOfPrint(item) ? onlineAhead(item) : location(item),
  ]);
}

import type { CslItem } from '../csl';
import { amaDate } from './dates';
import { italic, type AmaEntry } from './entry';
import { field, onlineEntry, publisherYear, titleRuns } from './fields';
import { amaNames } from './names';
import { amaPages } from './pages';
import { inContainer } from './book';

/** `Report 2016-1232` / `NCHS Data Brief 123`: the report's series or genre with its number. */
function reportNumber(item: CslItem): string {
  const number = field(item.number);
  const series = field(item['collection-title']) || field(item['container-title']);
  if (!number) return series;
  return `${series || field(item.genre) || 'Report'} ${number}`;
}

/** `Author or agency. Title of Report. Series 123. Publisher; Year. Accessed date. URL` (the title italic, as a book's). */
export function formatReport(item: CslItem): AmaEntry {
  return onlineEntry(item, [amaNames(item.author), titleRuns(item.title, true), reportNumber(item), publisherYear(item)]);
}

/**
 * A conference paper: in published proceedings like a chapter (`In: Editor AA, eds. Proceedings.
 * Publisher; Year:pages.`); otherwise as presented (`Presented at: Meeting; June 1, 2019; Boston, MA.`).
 */
export function formatConferencePaper(item: CslItem): AmaEntry {
  const authors = amaNames(item.author);
  const title = titleRuns(item.title);
  if (field(item['container-title'])) {
    return onlineEntry(item, [authors, title, ...inContainer(item), publisherYear(item, amaPages(field(item.page)))]);
  }
  const event = field(item['event-title']) || field(item.event);
  const when = amaDate(item['event-date']) || amaDate(item.issued);
  const where = field(item['event-place']) || field(item['publisher-place']);
  const presented = event ? `Presented at: ${[event, when, where].filter(Boolean).join('; ')}` : when;
  return onlineEntry(item, [authors, title, presented]);
}

/** Any other type: `Author. Title. Container. Publisher; Year. doi or URL`. */
export function formatOther(item: CslItem): AmaEntry {
  return onlineEntry(item, [amaNames(item.author), titleRuns(item.title), italic(field(item['container-title'])), publisherYear(item)]);
}

import type { CslItem } from '../csl';
import { amaDate } from './dates';
import { italic, type AmaEntry } from './entry';
import { field, onlineEntry, titleRuns } from './fields';
import { location } from './journal';
import { amaNames } from './names';
import { amaPages } from './pages';

/**
 * Newspaper: `Author AA. Title. Newspaper. March 2, 2019:A1.`; magazine: `Author AA. Title.
 * Magazine. March 2, 2019;321(8):12-14.` The publication's name is italic; online, the accessed
 * date and URL follow.
 */
export function formatNewsArticle(item: CslItem): AmaEntry {
  const when = amaDate(item.issued);
  const page = amaPages(field(item.page));
  const placed = item.type === 'article-magazine' ? location(item, when) : page && when ? `${when}:${page}` : when || page;
  return onlineEntry(item, [amaNames(item.author), titleRuns(item.title), italic(field(item['container-title'])), placed]);
}

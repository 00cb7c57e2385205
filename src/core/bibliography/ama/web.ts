import type { CslItem } from '../csl';
import { amaDate } from './dates';
import type { AmaEntry } from './entry';
import { field, onlineEntry, titleRuns } from './fields';
import { amaNames } from './names';

/** The web site's name: CSL `container-title`, RIS `T2` (read as `collection-title`), else the publisher. */
export function siteName(item: CslItem): string {
  return field(item['container-title']) || field(item['collection-title']) || field(item.publisher);
}

/**
 * `Author or organization. Title. Site name. Published Month Day, Year. Updated Month Day, Year.
 * Accessed Month Day, Year. URL`. CSL has no "updated" date: when an item has both an
 * `original-date` and an `issued` date, the first is the publication and the second the update.
 * The site name is left out when it repeats the (organization) author.
 */
export function formatWebPage(item: CslItem): AmaEntry {
  const authors = amaNames(item.author);
  const site = siteName(item);
  const first = amaDate(item['original-date']);
  const issued = amaDate(item.issued);
  const published = first || issued;
  const updated = first && issued && issued !== first ? issued : '';
  return onlineEntry(item, [
    authors,
    titleRuns(item.title),
    site === authors ? '' : site,
    published && `Published ${published}`,
    updated && `Updated ${updated}`,
  ]);
}

import type { CslItem } from '../csl';
import { amaDate } from './dates';
import { italic, type AmaEntry } from './entry';
import { field, onlineEntry, titleRuns } from './fields';
import { amaNames } from './names';

/** The preprint server: CSL `container-title`, else the publisher (Zotero's "Repository"), else the archive. */
function server(item: CslItem): string {
  return field(item['container-title']) || field(item.publisher) || field(item.archive);
}

/** A preprint (CSL `article`): `Author AA. Title. medRxiv. Preprint posted online April 30, 2020. doi:...` */
export function formatPreprint(item: CslItem): AmaEntry {
  const posted = amaDate(item.issued);
  return onlineEntry(item, [amaNames(item.author), titleRuns(item.title), italic(server(item)), posted && `Preprint posted online ${posted}`]);
}

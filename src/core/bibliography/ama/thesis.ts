import type { CslItem } from '../csl';
import type { AmaEntry } from './entry';
import { field, onlineEntry, publisherYear, titleRuns } from './fields';
import { amaNames } from './names';

/** `Dissertation` for a doctoral thesis, `Master's thesis`, else the library's own word or `Thesis`. */
function thesisKind(genre: string): string {
  if (/ph\.?\s?d|doctor|dissertation/i.test(genre)) return 'Dissertation';
  if (/master|^ma|m\.?sc?\b/i.test(genre)) return "Master's thesis";
  return genre || 'Thesis';
}

/** `Author AA. Title of Thesis. Dissertation. University; Year.` (the title italic, as a book's). */
export function formatThesis(item: CslItem): AmaEntry {
  return onlineEntry(item, [amaNames(item.author), titleRuns(item.title, true), thesisKind(field(item.genre)), publisherYear(item)]);
}

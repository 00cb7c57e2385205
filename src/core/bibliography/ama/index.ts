/**
 * AMA Manual of Style (11th ed.) reference entries from CSL-JSON items: `formatAmaEntry` gives the
 * entry (plain text and italic runs, without its number), `amaMissing` what the entry lacks for
 * its type. Decisions where AMA and CSL data meet: docs/bibliography.md.
 */
import type { CslItem } from '../csl';
import { formatBook, formatChapter } from './book';
import type { AmaEntry } from './entry';
import { formatJournalArticle } from './journal';
import { amaKind, type AmaKind } from './kind';
import { formatConferencePaper, formatOther, formatReport } from './other';
import { formatWebPage } from './web';
import { formatThesis } from './thesis';
import { formatNewsArticle } from './news';
import { formatPreprint } from './preprint';
import { formatDataOrSoftware } from './data';

export type { AmaEntry, AmaRun } from './entry';
export { amaMissing } from './missing';

const FORMATS: Record<AmaKind, (item: CslItem) => AmaEntry> = {
  journal: formatJournalArticle,
  book: formatBook,
  chapter: formatChapter,
  web: formatWebPage,
  report: formatReport,
  conference: formatConferencePaper,
  thesis: formatThesis,
  news: formatNewsArticle,
  preprint: formatPreprint,
  data: formatDataOrSoftware,
  other: formatOther,
};

/** The AMA entry of a CSL item: `text` without a leading number, `runs` the same text with italics marked. */
export function formatAmaEntry(item: CslItem): AmaEntry {
  return FORMATS[amaKind(item)](item);
}

import assert from 'node:assert/strict';
import type { CslItem } from '../../src/core/bibliography/csl';
import { amaMissing } from '../../src/core/bibliography/ama';

const date = (...parts: number[]) => ({ 'date-parts': [parts] });
const kim = [{ family: 'Kim', given: 'Jae' }];
const journal: CslItem = { id: 'j', type: 'article-journal', author: kim, title: 'Title', 'container-title': 'J Nephrol', issued: date(2019), volume: '32', page: '511-519' };

/** Each: an item, and what amaMissing names for it (in this order). */
const cases: [string, CslItem, string[]][] = [
  ['a complete journal article', journal, []],
  ['an article with a DOI but no volume or pages (ahead of print)', { ...journal, volume: undefined, page: undefined, DOI: '10.1/x' }, []],
  ['an article with an e-locator and no volume', { ...journal, volume: undefined, page: 'e20152488' }, []],
  ['an article with a BibTeX eid (CSL number) and no volume', { ...journal, volume: undefined, page: undefined, number: 'e0216895' }, []],
  ['an organization is an author', { ...journal, author: [{ literal: 'WHO' }] }, []],
  ['the abbreviation alone names the journal', { ...journal, 'container-title': undefined, journalAbbreviation: 'J. Nephrol.' }, []],
  ['the year from the online date', { ...journal, issued: undefined, 'available-date': date(2016, 7, 7) }, []],
  ['an empty article', { id: 'e', type: 'article-journal' }, ['authors or an organization', 'title', 'journal', 'year', 'volume and pages, an e-locator or a DOI']],
  ['authors present but empty', { ...journal, author: [{ family: ' ' }, {}] }, ['authors or an organization']],
  ['a title of spaces', { ...journal, title: '  ' }, ['title']],
  ['a date without a year', { ...journal, issued: { literal: 'n.d.' } }, ['year']],
  ['volume without pages or DOI', { ...journal, page: undefined }, ['pages, an e-locator or a DOI']],
  ['pages without volume or DOI', { ...journal, volume: undefined }, ['volume (or a DOI)']],
  ['a complete book', { id: 'b', type: 'book', author: kim, title: 'Nephrology', publisher: 'Elsevier', issued: date(2019) }, []],
  ['an edited book', { id: 'b', type: 'book', editor: kim, title: 'Nephrology', publisher: 'Elsevier', issued: date(2019) }, []],
  ['a book without creators or publisher', { id: 'b', type: 'book', title: 'Nephrology', issued: date(2019) }, ['authors, an organization or editors', 'publisher']],
  ['a complete chapter', { id: 'c', type: 'chapter', author: kim, title: 'Anemia', 'container-title': 'Nephrology', publisher: 'Wiley', issued: date(2010) }, []],
  ['a chapter without its book', { id: 'c', type: 'chapter', author: kim, title: 'Anemia', publisher: 'Wiley', issued: date(2010) }, ['book title']],
  ['a complete web page', { id: 'w', type: 'webpage', title: 'Measles', 'container-title': 'CDC', URL: 'https://cdc.gov', accessed: date(2024, 1, 1) }, []],
  ['a web page without URL, accessed date or anyone behind it', { id: 'w', type: 'webpage', title: 'Measles' }, ['authors, an organization or a site name', 'URL', 'accessed date']],
  ['a conference presentation', { id: 'p', type: 'paper-conference', author: kim, title: 'Talk', 'event-title': 'Kidney Week', 'event-date': date(2019, 11, 7) }, []],
  ['a conference paper with no proceedings or meeting', { id: 'p', type: 'paper-conference', author: kim, title: 'Talk', issued: date(2019) }, ['proceedings title or conference name']],
  ['a report without a year', { id: 'r', type: 'report', author: [{ literal: 'NCHS' }], title: 'Health' }, ['year']],
  ['another type without authors', { id: 'x', type: 'document', title: 'Note', issued: date(2020) }, ['authors or an organization']],
];

describe('amaMissing: what an entry lacks for its type', () => {
  for (const [name, item, expected] of cases) {
    it(name, () => assert.deepEqual(amaMissing(item), expected));
  }
});

import assert from 'node:assert/strict';
import type { CslItem, CslName } from '../../src/core/bibliography/csl';
import { formatAmaEntry } from '../../src/core/bibliography/ama';

/** Helpers that keep the table readable: a person, an organization, a year or a full date. */
const p = (family: string, given?: string, more: Partial<CslName> = {}): CslName => ({ family, given, ...more });
const org = (literal: string): CslName => ({ literal });
const date = (...parts: number[]) => ({ 'date-parts': [parts] });
const people = (n: number): CslName[] => Array.from({ length: n }, (_, i) => p(`Author${i + 1}`, `Anne ${String.fromCharCode(66 + (i % 20))}.`));

let ids = 0;
function article(fields: Partial<CslItem>): CslItem {
  return {
    id: `a${++ids}`,
    type: 'article-journal',
    author: [p('Kim', 'Jae')],
    title: 'Lupus nephritis in pregnancy',
    'container-title': 'Journal of Nephrology',
    'container-title-short': 'J Nephrol',
    issued: date(2019),
    volume: '32',
    issue: '4',
    page: '511-519',
    DOI: '10.1007/s40620-019-00600-1',
    ...fields,
  };
}

/** CSL input → the exact AMA entry (AMA Manual of Style, 11th ed.; see docs/bibliography.md). */
const table: [string, CslItem, string][] = [
  // Authors
  ['1 author', article({}), 'Kim J. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1'],
  [
    '3 authors (the domain-rules example)',
    article({
      author: [p('Lempke', 'Landon B.'), p('Schmidt', 'Julianne D.'), p('Lynall', 'Robert C.')],
      title: 'Athletic trainers’ concussion-assessment and concussion-management practices: an update',
      'container-title': 'Journal of Athletic Training',
      'container-title-short': 'J Athl Train',
      issued: date(2020, 1),
      volume: '55',
      issue: '1',
      page: '17-26',
      DOI: '10.4085/1062-6050-322-18',
    }),
    'Lempke LB, Schmidt JD, Lynall RC. Athletic trainers’ concussion-assessment and concussion-management practices: an update. J Athl Train. 2020;55(1):17-26. doi:10.4085/1062-6050-322-18',
  ],
  [
    '6 authors: all listed',
    article({ author: people(6) }),
    'Author1 AB, Author2 AC, Author3 AD, Author4 AE, Author5 AF, Author6 AG. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    '7 authors: the first 3 and et al',
    article({ author: people(7) }),
    'Author1 AB, Author2 AC, Author3 AD, et al. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    '30 authors: the first 3 and et al',
    article({ author: people(30) }),
    'Author1 AB, Author2 AC, Author3 AD, et al. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    "BibTeX's 'and others' after 3 names (citation-js reads it as a family name): et al, not an author named others",
    article({ author: [...people(3), { family: 'others' }] }),
    'Author1 AB, Author2 AC, Author3 AD, et al. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    "BibTeX's 'and others' after 5 names: the first 3 and et al",
    article({ author: [...people(5), { family: 'others' }] }),
    'Author1 AB, Author2 AC, Author3 AD, et al. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    "BibTeX's 'and others' after 1 name",
    article({ author: [p('Kim', 'Jae'), { family: 'others' }] }),
    'Kim J, et al. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    'an organization as author (CSL literal)',
    article({ author: [org('American Diabetes Association')], title: '2. Classification and diagnosis of diabetes: Standards of Medical Care in Diabetes—2021', 'container-title': 'Diabetes Care', 'container-title-short': 'Diabetes Care', issued: date(2021, 1), volume: '44', issue: 'suppl 1', page: 'S15-S33', DOI: '10.2337/dc21-S002' }),
    'American Diabetes Association. 2. Classification and diagnosis of diabetes: Standards of Medical Care in Diabetes—2021. Diabetes Care. 2021;44(suppl 1):S15-S33. doi:10.2337/dc21-S002',
  ],
  [
    'an organization from BibTeX braces (a family name of several words, no given name)',
    article({ author: [{ family: 'World Health Organization' }] }),
    'World Health Organization. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    'individuals then a group, set off by a semicolon',
    article({ author: [p('Lopes', 'Renato D.'), p('Alexander', 'John H.'), org('ARISTOTLE Investigators')] }),
    'Lopes RD, Alexander JH; ARISTOTLE Investigators. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    'suffixes Jr and III',
    article({ author: [p('Coe', 'Robert T.', { suffix: 'Jr.' }), p('Roe', 'John Paul', { suffix: 'III' }), p('Doe', 'Jane', { suffix: 'iv' })] }),
    'Coe RT Jr, Roe JP III, Doe J IV. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    'particles stay with the family name (van, de, van der)',
    article({ author: [p('Gogh', 'Vincent', { 'non-dropping-particle': 'van' }), p('Souza', 'Maria Clara', { 'non-dropping-particle': 'de' }), p('Berg', 'Pieter', { 'non-dropping-particle': 'van der' })] }),
    'van Gogh V, de Souza MC, van der Berg P. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    'hyphenated given names keep the hyphen; initials with periods or already run together',
    article({ author: [p('Sartre', 'Jean-Paul'), p('Vincent', 'J.-L.'), p('Smith', 'J. A.'), p('Doe', 'JA'), p('Park', 'Min-jun')] }),
    'Sartre J-P, Vincent J-L, Smith JA, Doe JA, Park M-J. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    'non-Latin names: Cyrillic and Greek initials, Chinese and Japanese given names kept whole',
    article({ author: [p('Иванов', 'Иван Иванович'), p('Παπαδόπουλος', 'Γεώργιος'), p('王', '小明'), p('山田', '太郎')] }),
    'Иванов ИИ, Παπαδόπουλος Γ, 王 小明, 山田 太郎. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    'accented Latin names',
    article({ author: [p('Müller', 'Jürgen'), p('Dupont', 'Émile'), p('Øster', 'Åse')] }),
    'Müller J, Dupont É, Øster Å. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    'PubMed-style names written whole (RIS "AU - Smith JA" arrives as a literal)',
    article({ author: [org('Smith JA'), org('Doe J-P')] }),
    'Smith JA, Doe J-P. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  // Title
  [
    'Greek letters in the title',
    article({ title: 'Interleukin-1β and TNF-α blockade in adult-onset Still disease' }),
    'Kim J. Interleukin-1β and TNF-α blockade in adult-onset Still disease. J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    'a title ending in a question mark takes no period',
    article({ title: 'Is it lupus?' }),
    'Kim J. Is it lupus? J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    'a title with its own period and line breaks from a .bib file',
    article({ title: 'Lupus nephritis\n   in pregnancy.' }),
    'Kim J. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    'Zotero rich-text markup in the title does not show',
    article({ title: '<i>Staphylococcus aureus</i> bacteremia with <span class="nocase">mRNA</span> findings' }),
    'Kim J. Staphylococcus aureus bacteremia with mRNA findings. J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  // Journal, volume, pages
  [
    'no issue number',
    article({ issue: undefined }),
    'Kim J. Lupus nephritis in pregnancy. J Nephrol. 2019;32:511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    'an e-locator',
    article({ 'container-title': 'Pediatrics', 'container-title-short': undefined, issued: date(2016, 2), volume: '137', issue: '2', page: 'e20152488', DOI: '10.1542/peds.2015-2488' }),
    'Kim J. Lupus nephritis in pregnancy. Pediatrics. 2016;137(2):e20152488. doi:10.1542/peds.2015-2488',
  ],
  [
    'an article number (BibTeX eid, CSL number) as the e-locator',
    article({ 'container-title-short': 'PLoS One', volume: '14', issue: '5', page: undefined, number: 'e0216895', DOI: '10.1371/journal.pone.0216895' }),
    'Kim J. Lupus nephritis in pregnancy. PLoS One. 2019;14(5):e0216895. doi:10.1371/journal.pone.0216895',
  ],
  [
    'an abbreviated page range written in full',
    article({ 'container-title-short': 'N. Engl. J. Med.', volume: 383, issue: 12, page: '1139-43', issued: date(2020, 9, 17) }),
    'Kim J. Lupus nephritis in pregnancy. N Engl J Med. 2020;383(12):1139-1143. doi:10.1007/s40620-019-00600-1',
  ],
  [
    'an en-dash range and a supplement range',
    article({ page: '98–9, S12–15' }),
    'Kim J. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):98-99, S12-S15. doi:10.1007/s40620-019-00600-1',
  ],
  [
    'Zotero journalAbbreviation with periods',
    article({ 'container-title-short': undefined, journalAbbreviation: 'JAMA Intern. Med.' }),
    'Kim J. Lupus nephritis in pregnancy. JAMA Intern Med. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    'the full journal title when there is no abbreviation',
    article({ 'container-title-short': undefined, 'container-title': 'Journal of Nephrology.' }),
    'Kim J. Lupus nephritis in pregnancy. Journal of Nephrology. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    'a DOI given as a link, with a trailing period',
    article({ DOI: 'https://doi.org/10.1001/jama.2016.0288.' }),
    'Kim J. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):511-519. doi:10.1001/jama.2016.0288',
  ],
  [
    'no DOI field but a doi.org URL: the DOI it names, escapes decoded, without an accessed date',
    article({ DOI: undefined, URL: 'https://doi.org/10.1002/%28SICI%291097-0258%2819980815%2917%3A15%3C1661%3A%3AAID-SIM968%3E3.0.CO%3B2-2', accessed: date(2024, 3, 1) }),
    'Kim J. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):511-519. doi:10.1002/(SICI)1097-0258(19980815)17:15<1661::AID-SIM968>3.0.CO;2-2',
  ],
  [
    'a title ending in a quotation with its own period',
    article({ title: 'Patients\' voices: "I was not told."' }),
    'Kim J. Patients\' voices: "I was not told." J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    'no DOI: accessed date and URL end the entry',
    article({ DOI: undefined, URL: 'https://example.org/article/42', accessed: date(2024, 3, 1) }),
    'Kim J. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):511-519. Accessed March 1, 2024. https://example.org/article/42',
  ],
  [
    'published online ahead of print (RIS ET: available-date)',
    article({ 'container-title-short': 'Nat Med', issued: date(2016), 'available-date': date(2016, 7, 7), volume: undefined, issue: undefined, page: undefined, DOI: '10.1038/nm.4133' }),
    'Kim J. Lupus nephritis in pregnancy. Nat Med. Published online July 7, 2016. doi:10.1038/nm.4133',
  ],
  [
    'published online ahead of print, the date as issued',
    article({ 'container-title-short': 'JAMA', issued: date(2023, 11, 20), volume: undefined, issue: undefined, page: undefined, DOI: '10.1001/jama.2023.22345' }),
    'Kim J. Lupus nephritis in pregnancy. JAMA. Published online November 20, 2023. doi:10.1001/jama.2023.22345',
  ],
  [
    'a date given as raw text',
    article({ issued: { raw: '2016-07-07' } }),
    'Kim J. Lupus nephritis in pregnancy. J Nephrol. 2016;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  [
    'missing fields degrade without gaps: no authors, year or pages',
    article({ author: undefined, issued: undefined, issue: undefined, page: undefined, DOI: undefined }),
    'Lupus nephritis in pregnancy. J Nephrol. 32.',
  ],
  [
    'empty and malformed names are skipped',
    article({ author: [{}, p('Kim', 'Jae'), { family: '' }, { given: 'Cher' }] as CslName[] }),
    'Kim J, Cher. Lupus nephritis in pregnancy. J Nephrol. 2019;32(4):511-519. doi:10.1007/s40620-019-00600-1',
  ],
  // Books and chapters
  [
    'a book: edition ordinal, publisher, year, no location',
    { id: 'b1', type: 'book', author: [p('Iverson', 'Cheryl'), p('Christiansen', 'Stacy'), p('Flanagin', 'Annette')], title: 'AMA Manual of Style: A Guide for Authors and Editors', edition: '11', publisher: 'Oxford University Press', 'publisher-place': 'New York, NY', issued: date(2020) },
    'Iverson C, Christiansen S, Flanagin A. AMA Manual of Style: A Guide for Authors and Editors. 11th ed. Oxford University Press; 2020.',
  ],
  [
    'a first edition is not stated; an edition in words',
    { id: 'b2', type: 'book', author: [p('Kim', 'Jae')], title: 'Clinical Nephrology', edition: 'first', publisher: 'Elsevier', issued: date(2019) },
    'Kim J. Clinical Nephrology. Elsevier; 2019.',
  ],
  [
    'an edited book without authors',
    { id: 'b3', type: 'book', editor: [p('Goldman', 'Lee'), p('Schafer', 'Andrew I.')], title: 'Goldman-Cecil Medicine', edition: '26th edition', volume: '2', publisher: 'Elsevier', issued: date(2020) },
    'Goldman L, Schafer AI, eds. Goldman-Cecil Medicine. 26th ed. Vol 2. Elsevier; 2020.',
  ],
  [
    'a chapter with editors',
    { id: 'c1', type: 'chapter', author: [p('Roe', 'John Paul', { suffix: 'III' })], title: 'Calciphylaxis', editor: [p('Feehally', 'John'), p('Floege', 'Jürgen')], 'container-title': 'Comprehensive Clinical Nephrology', edition: '3', publisher: 'Mosby', issued: date(2013), page: '99–105' },
    'Roe JP III. Calciphylaxis. In: Feehally J, Floege J, eds. Comprehensive Clinical Nephrology. 3rd ed. Mosby; 2013:99-105.',
  ],
  [
    'a chapter with one editor',
    { id: 'c2', type: 'chapter', author: [p('Kim', 'Jae')], title: 'Hyperkalemia', editor: [p('Smith', 'Anne')], 'container-title': 'Renal Emergencies', publisher: 'Springer', issued: date(2018), page: '1-12' },
    'Kim J. Hyperkalemia. In: Smith A, ed. Renal Emergencies. Springer; 2018:1-12.',
  ],
  // Web pages
  [
    'a web page with site name, published and accessed dates',
    { id: 'w1', type: 'webpage', author: [org('Centers for Disease Control and Prevention')], title: 'Clinical overview of measles', 'container-title': 'CDC', issued: date(2024, 5, 10), accessed: date(2024, 6, 1), URL: 'https://www.cdc.gov/measles/hcp/clinical-overview/' },
    'Centers for Disease Control and Prevention. Clinical overview of measles. CDC. Published May 10, 2024. Accessed June 1, 2024. https://www.cdc.gov/measles/hcp/clinical-overview/',
  ],
  [
    'a web page with published and updated dates',
    { id: 'w2', type: 'webpage', author: [p('Doe', 'Jane')], title: 'Dosing tables', 'container-title': 'Renal Drug Handbook Online', 'original-date': date(2019, 2, 3), issued: date(2023, 8, 9), accessed: date(2024, 1, 15), URL: 'https://example.org/dosing' },
    'Doe J. Dosing tables. Renal Drug Handbook Online. Published February 3, 2019. Updated August 9, 2023. Accessed January 15, 2024. https://example.org/dosing',
  ],
  [
    'a web page whose site is its author, without a date',
    { id: 'w3', type: 'webpage', author: [org('World Health Organization')], title: 'Hepatitis B', 'container-title': 'World Health Organization', accessed: date(2024, 4, 2), URL: 'https://www.who.int/news-room/fact-sheets/detail/hepatitis-b' },
    'World Health Organization. Hepatitis B. Accessed April 2, 2024. https://www.who.int/news-room/fact-sheets/detail/hepatitis-b',
  ],
  // Reports and conference papers
  [
    'a government report with a number',
    { id: 'r1', type: 'report', author: [org('National Center for Health Statistics')], title: 'Health, United States, 2015', 'collection-title': 'DHHS Publication', number: '2016-1232', publisher: 'US Dept of Health and Human Services', issued: date(2016), URL: 'https://www.cdc.gov/nchs/data/hus/hus15.pdf', accessed: date(2024, 2, 1) },
    'National Center for Health Statistics. Health, United States, 2015. DHHS Publication 2016-1232. US Dept of Health and Human Services; 2016. Accessed February 1, 2024. https://www.cdc.gov/nchs/data/hus/hus15.pdf',
  ],
  [
    'a conference presentation',
    { id: 'p1', type: 'paper-conference', author: [p('Lee', 'Ann')], title: 'Calciphylaxis in peritoneal dialysis', 'event-title': 'American Society of Nephrology Kidney Week', 'event-date': date(2019, 11, 7), 'event-place': 'Washington, DC', issued: date(2019) },
    'Lee A. Calciphylaxis in peritoneal dialysis. Presented at: American Society of Nephrology Kidney Week; November 7, 2019; Washington, DC.',
  ],
  [
    'a paper in published proceedings',
    { id: 'p2', type: 'paper-conference', author: [p('Lee', 'Ann')], title: 'Deep learning for renal biopsy', editor: [p('Doe', 'Jane')], 'container-title': 'Proceedings of the Medical Imaging Conference', publisher: 'SPIE', issued: date(2021), page: '210-18' },
    'Lee A. Deep learning for renal biopsy. In: Doe J, ed. Proceedings of the Medical Imaging Conference. SPIE; 2021:210-218.',
  ],
  // Theses, newspapers and magazines, preprints, data sets and software
  [
    'a doctoral dissertation (BibTeX phdthesis)',
    { id: 't1', type: 'thesis', genre: 'phdthesis', author: [p('Lee', 'Ann')], title: 'Vascular calcification in dialysis', publisher: 'Harvard University', issued: date(2010) },
    'Lee A. Vascular calcification in dialysis. Dissertation. Harvard University; 2010.',
  ],
  [
    "a master's thesis (BibTeX mastersthesis) online",
    { id: 't2', type: 'thesis', genre: 'mathesis', author: [p('Lee', 'Ann')], title: 'Renal outcomes', publisher: 'MIT', issued: date(2012), URL: 'https://dspace.mit.edu/x', accessed: date(2024, 1, 2) },
    "Lee A. Renal outcomes. Master's thesis. MIT; 2012. Accessed January 2, 2024. https://dspace.mit.edu/x",
  ],
  [
    'a newspaper article online',
    { id: 'n1', type: 'article-newspaper', author: [p('Hoffman', 'Jan')], title: 'Measles cases rise in New York', 'container-title': 'New York Times', issued: date(2019, 3, 2), accessed: date(2019, 3, 5), URL: 'https://www.nytimes.com/2019/03/02/health/measles.html' },
    'Hoffman J. Measles cases rise in New York. New York Times. March 2, 2019. Accessed March 5, 2019. https://www.nytimes.com/2019/03/02/health/measles.html',
  ],
  [
    'a newspaper article in print, with its page',
    { id: 'n2', type: 'article-newspaper', author: [p('Rosenthal', 'Elisabeth')], title: 'The soaring cost of a simple breath', 'container-title': 'New York Times', issued: date(2013, 10, 13), page: 'A1' },
    'Rosenthal E. The soaring cost of a simple breath. New York Times. October 13, 2013:A1.',
  ],
  [
    'a magazine article',
    { id: 'n3', type: 'article-magazine', author: [p('Gawande', 'Atul')], title: 'The cost conundrum', 'container-title': 'New Yorker', issued: date(2009, 6, 1), volume: '85', issue: '16', page: '36-44' },
    'Gawande A. The cost conundrum. New Yorker. June 1, 2009;85(16):36-44.',
  ],
  [
    'a preprint (CSL article, Zotero repository as publisher)',
    { id: 'pp', type: 'article', author: [p('Bendavid', 'Eran'), p('Mulaney', 'Bianca'), p('Sood', 'Neeraj')], title: 'COVID-19 antibody seroprevalence in Santa Clara County, California', publisher: 'medRxiv', issued: date(2020, 4, 30), DOI: '10.1101/2020.04.14.20062463' },
    'Bendavid E, Mulaney B, Sood N. COVID-19 antibody seroprevalence in Santa Clara County, California. medRxiv. Preprint posted online April 30, 2020. doi:10.1101/2020.04.14.20062463',
  ],
  [
    'software with a version',
    { id: 's1', type: 'software', author: [{ family: 'R Core Team' }], title: 'R: A Language and Environment for Statistical Computing', version: 'v4.3.1', publisher: 'R Foundation for Statistical Computing', issued: date(2023), URL: 'https://www.R-project.org/', accessed: date(2024, 5, 6) },
    'R Core Team. R: A Language and Environment for Statistical Computing. Version 4.3.1. R Foundation for Statistical Computing; 2023. Accessed May 6, 2024. https://www.R-project.org/',
  ],
  [
    'a data set with a DOI',
    { id: 'd1', type: 'dataset', author: [p('Lee', 'Ann')], title: 'Serum phosphate in 1,200 dialysis patients', version: '2', publisher: 'Zenodo', issued: date(2021), DOI: '10.5281/zenodo.1234567' },
    'Lee A. Serum phosphate in 1,200 dialysis patients. Version 2. Zenodo; 2021. doi:10.5281/zenodo.1234567',
  ],
];

describe('AMA reference entries', () => {
  it('the table has at least 30 entries', () => assert.ok(table.length >= 30));
  for (const [name, item, expected] of table) {
    it(name, () => assert.equal(formatAmaEntry(item).text, expected));
  }

  it('runs spell the text exactly, for every entry in the table', () => {
    for (const [, item] of table) {
      const { text, runs } = formatAmaEntry(item);
      assert.equal(runs.map((r) => r.text).join(''), text, item.id);
      for (let i = 1; i < runs.length; i++) assert.notEqual(Boolean(runs[i].italic), Boolean(runs[i - 1].italic), `${item.id}: runs not merged`);
    }
  });

  const italics = (item: CslItem) => formatAmaEntry(item).runs.filter((r) => r.italic).map((r) => r.text);
  it('italic: the journal name of an article', () => assert.deepEqual(italics(article({ 'container-title-short': 'N. Engl. J. Med.' })), ['N Engl J Med']));
  it('italic: the book title of a book and of a chapter, not the chapter title', () => {
    assert.deepEqual(italics(table.find(([n]) => n.startsWith('a book:'))![1]), ['AMA Manual of Style: A Guide for Authors and Editors']);
    assert.deepEqual(italics(table.find(([n]) => n === 'a chapter with editors')![1]), ['Comprehensive Clinical Nephrology']);
  });
  it('italic: nothing in a web page', () => assert.deepEqual(italics(table.find(([n]) => n.startsWith('a web page with site'))![1]), []));
  it('italic: what the library marks in an article title (a species, in vitro)', () => {
    const entry = formatAmaEntry(article({ title: '<i>Staphylococcus aureus</i> bacteremia and <em>in vitro</em> <b>tests</b>' }));
    assert.deepEqual(entry.runs.slice(0, 5), [
      { text: 'Kim J. ' },
      { text: 'Staphylococcus aureus', italic: true },
      { text: ' bacteremia and ' },
      { text: 'in vitro', italic: true },
      { text: ' tests. ' },
    ]);
  });
  it('roman: what the library marks in a book title, which is italic itself', () => {
    const book: CslItem = { id: 'b', type: 'book', author: [p('Lee', 'Ann')], title: 'The <i>Candida</i> book', publisher: 'X', issued: date(2020) };
    assert.deepEqual(formatAmaEntry(book).runs, [{ text: 'Lee A. ' }, { text: 'The', italic: true }, { text: ' Candida ' }, { text: 'book', italic: true }, { text: '. X; 2020.' }]);
  });
  it('unbalanced markup neither throws nor shows', () => {
    const entry = formatAmaEntry(article({ title: '</i>Odd <i>title <i>nested</i> end' }));
    assert.equal(entry.text.split('. ')[1], 'Odd title nested end');
  });
  it('italic: the preprint server and the newspaper, not the thesis genre', () => {
    assert.deepEqual(italics(table.find(([n]) => n.startsWith('a preprint'))![1]), ['medRxiv']);
    assert.deepEqual(italics(table.find(([n]) => n.startsWith('a newspaper article online'))![1]), ['New York Times']);
    assert.deepEqual(italics(table.find(([n]) => n.startsWith('a doctoral'))![1]), ['Vascular calcification in dialysis']);
  });
  it('a chapter without editors joins In: to the book title', () => {
    const entry = formatAmaEntry({ id: 'c', type: 'chapter', author: [p('Kim', 'Jae')], title: 'Anemia', 'container-title': 'Nephrology', publisher: 'Wiley', issued: date(2010) });
    assert.equal(entry.text, 'Kim J. Anemia. In: Nephrology. Wiley; 2010.');
    assert.deepEqual(entry.runs, [{ text: 'Kim J. Anemia. In: ' }, { text: 'Nephrology', italic: true }, { text: '. Wiley; 2010.' }]);
  });
});

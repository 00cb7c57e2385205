import assert from 'node:assert/strict';
import type { CslItem } from '../../src/core/bibliography/csl';
import { amaMissing, formatAmaEntry } from '../../src/core/bibliography/ama';

// citation-js ships no type declarations: the little used here, typed here.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { Cite } = require('@citation-js/core') as { Cite: new (input: string) => { data: CslItem[] } };
require('@citation-js/plugin-bibtex');
require('@citation-js/plugin-ris');

/** The field names citation-js 0.8 really produces from BibTeX/BibLaTeX and RIS, read by the formatter. */
function entries(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of new Cite(text).data) out[item['citation-key'] ?? item.title ?? item.id] = formatAmaEntry(item).text;
  return out;
}

describe('AMA entries from BibTeX and RIS through citation-js', () => {
  it('BibTeX and BibLaTeX: braces, accents, TeX Greek, shortjournal, journaltitle, eid, suffixes, editors', () => {
    const bib = String.raw`
@article{smith2020,
  author = {Smith, John A. and van der Berg, Pieter and Jean-Paul Sartre and Coe, Jr., Robert T. and {M{\"u}ller}, J{\"u}rgen and Dupont, {\'E}mile and Lee, Ann},
  title = {Effects of {TNF}-$\alpha$ blockade in {C}rohn's disease: a case report},
  journal = {The New England Journal of Medicine},
  shortjournal = {N. Engl. J. Med.},
  year = {2020}, month = mar,
  volume = {383}, number = {12}, pages = {1139--43},
  doi = {10.1056/NEJMoa2000001},
}
@article{ped2016,
  author = {{American Academy of Pediatrics}},
  title = {Title of the statement},
  journaltitle = {Pediatrics},
  date = {2016-02-01}, volume = {137}, issue = {2}, eid = {e20152488},
  doi = {10.1542/peds.2015-2488},
}
@book{kim2019, author = {Kim, Jae}, title = {Clinical Nephrology}, edition = {3}, publisher = {Elsevier}, address = {Philadelphia}, year = {2019}}
@incollection{roe2013, author = {Roe, III, John Paul}, title = {Calciphylaxis}, editor = {Feehally, John and Floege, J{\"u}rgen}, booktitle = {Comprehensive Clinical Nephrology}, edition = {3rd}, publisher = {Mosby}, year = {2013}, pages = {99--105}}
@online{cdc2024, author = {{Centers for Disease Control and Prevention}}, title = {Clinical overview of measles}, url = {https://www.cdc.gov/measles/}, urldate = {2024-06-01}, date = {2024-05-10}, organization = {CDC}}
@inproceedings{lee2019, author = {Lee, Ann}, title = {Calciphylaxis in peritoneal dialysis}, eventtitle = {Kidney Week}, venue = {Washington, DC}, eventdate = {2019-11-07}, year = {2019}}
`;
    assert.deepEqual(entries(bib), {
      smith2020: 'Smith JA, van der Berg P, Sartre J-P, et al. Effects of TNF-α blockade in Crohn\'s disease: a case report. N Engl J Med. 2020;383(12):1139-1143. doi:10.1056/NEJMoa2000001',
      ped2016: 'American Academy of Pediatrics. Title of the statement. Pediatrics. 2016;137(2):e20152488. doi:10.1542/peds.2015-2488',
      kim2019: 'Kim J. Clinical Nephrology. 3rd ed. Elsevier; 2019.',
      roe2013: 'Roe JP III. Calciphylaxis. In: Feehally J, Floege J, eds. Comprehensive Clinical Nephrology. 3rd ed. Mosby; 2013:99-105.',
      cdc2024: 'Centers for Disease Control and Prevention. Clinical overview of measles. CDC. Published May 10, 2024. Accessed June 1, 2024. https://www.cdc.gov/measles/',
      lee2019: 'Lee A. Calciphylaxis in peritoneal dialysis. Presented at: Kidney Week; November 7, 2019; Washington, DC.',
    });
  });

  it('the first six BibTeX authors when there are six, suffix and particle included', () => {
    const bib = String.raw`@article{six, author = {Smith, John A. and van der Berg, Pieter and Jean-Paul Sartre and Coe, Jr., Robert T. and M{\"u}ller, J{\"u}rgen and Dupont, {\'E}mile}, title = {T}, journal = {J Foo}, year = 2020, volume = 1, pages = {1--2}}`;
    assert.equal(entries(bib).six, 'Smith JA, van der Berg P, Sartre J-P, Coe RT Jr, Müller J, Dupont É. T. J Foo. 2020;1:1-2.');
  });

  it('BibTeX \\textit in a title becomes an italic run; theses and software take their own forms', () => {
    const bib = String.raw`
@article{sa, author = {Lee, Ann}, title = {\textit{Staphylococcus aureus} bacteremia}, journal = {J Infect}, year = {2020}, volume = {80}, pages = {1--9}}
@phdthesis{th, author = {Lee, Ann}, title = {Vascular calcification}, school = {Harvard University}, year = {2010}}
@software{r, author = {{R Core Team}}, title = {R: A Language and Environment for Statistical Computing}, version = {4.3.1}, organization = {R Foundation for Statistical Computing}, year = {2023}, url = {https://www.R-project.org/}, urldate = {2024-05-06}}
`;
    const items = new Cite(bib).data;
    assert.deepEqual(formatAmaEntry(items[0]).runs.slice(0, 3), [{ text: 'Lee A. ' }, { text: 'Staphylococcus aureus', italic: true }, { text: ' bacteremia. ' }]);
    assert.deepEqual(entries(bib), {
      sa: 'Lee A. Staphylococcus aureus bacteremia. J Infect. 2020;80:1-9.',
      th: 'Lee A. Vascular calcification. Dissertation. Harvard University; 2010.',
      r: 'R Core Team. R: A Language and Environment for Statistical Computing. Version 4.3.1. R Foundation for Statistical Computing; 2023. Accessed May 6, 2024. https://www.R-project.org/',
    });
  });

  it('RIS: J2 is the abbreviation, T2 the journal, SP/EP the pages, ET the online date, T2 of ELEC the site', () => {
    const ris = [
      'TY  - JOUR', 'AU  - Smith, John A.', 'AU  - Doe, J.-P.', 'TI  - β-Blockers after myocardial infarction', 'T2  - Journal of Things', 'J2  - J. Things',
      'PY  - 2019', 'VL  - 12', 'IS  - 3', 'SP  - 100', 'EP  - 105', 'DO  - 10.1000/XYZ.1', 'UR  - https://example.org', 'ER  - ',
      'TY  - JOUR', 'AU  - Tanaka H', 'TI  - Ahead of print', 'JO  - Nat Med', 'PY  - 2016', 'ET  - 2016/07/07', 'DO  - 10.1038/nm.4133', 'ER  - ',
      'TY  - CHAP', 'AU  - Roe, John', 'A2  - Smith, Anne', 'TI  - Chapter', 'T2  - Book Title', 'PB  - Springer', 'CY  - Berlin', 'PY  - 2013', 'SP  - 99', 'EP  - 105', 'ER  - ',
      'TY  - ELEC', 'AU  - World Health Organization', 'TI  - Hepatitis B', 'T2  - WHO fact sheets', 'PY  - 2023', 'DA  - 2023/07/18', 'UR  - https://www.who.int/hep-b', 'ER  - ',
      '',
    ].join('\n');
    const items = new Cite(ris).data;
    assert.deepEqual(items.map((item) => formatAmaEntry(item).text), [
      'Smith JA, Doe J-P. β-Blockers after myocardial infarction. J Things. 2019;12(3):100-105. doi:10.1000/XYZ.1',
      'Tanaka H. Ahead of print. Nat Med. Published online July 7, 2016. doi:10.1038/nm.4133',
      'Roe J. Chapter. In: Smith A, ed. Book Title. Springer; 2013:99-105.',
      'World Health Organization. Hepatitis B. WHO fact sheets. Published July 18, 2023. https://www.who.int/hep-b',
    ]);
    // citation-js 0.8 drops the RIS access date (Y2) of a web page: the check says so.
    assert.deepEqual(items.map(amaMissing), [[], [], [], ['accessed date']]);
  });
});

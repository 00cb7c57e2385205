/**
 * The benchmark's report written with citation keys: the generated report with every numbered
 * citation turned into `[@refN; ...]`, its written list removed and `bibliography: references.bib`
 * in the frontmatter, and a Better BibTeX-shaped library with one entry per reference (authors,
 * title, journal, volume, issue, pages, DOI and an abstract, as Zotero exports them).
 */
import { defaultConfig } from '../src/core/config';
import { applyEdits } from '../src/core/fix';
import { parseDocument } from '../src/core/model';
import { parseOptions } from '../src/core/parse-options';
import type { TextEdit } from '../src/core/types';

const FAMILIES = ['Nigwekar', 'Kalajian', 'Weenig', 'McCarthy', 'Müller', 'Østergaard', 'García', 'Chen', 'Okafor', 'Tanaka', 'Singh', 'Brandenburg', 'Rossi', 'Kowalski', "O'Neil"];
const GIVEN = ['Sagar U.', 'Andrea H.', 'Roger', 'James T.', 'Jörg', 'Søren', 'María José', 'Tina Y.', 'Chidi', 'Yuki', 'Priya', 'Vincent M.', 'Giulia', 'Anna', 'Patrick'];
const JOURNALS = [
  ['Clinical Journal of the American Society of Nephrology', 'Clin J Am Soc Nephrol'],
  ['Arthritis \\& Rheumatology', 'Arthritis Rheumatol'],
  ['Journal of the American Academy of Dermatology', 'J Am Acad Dermatol'],
  ['Annals of the Rheumatic Diseases', 'Ann Rheum Dis'],
  ['New England Journal of Medicine', 'N Engl J Med'],
];
const WORDS = 'calciphylaxis lupus nephritis warfarin thiosulfate arteriolopathy vasculitis hemorrhage antiphospholipid complement registry outcomes cohort randomized'.split(' ');

export function keyedLibrary(references: number): string {
  const entries: string[] = [];
  for (let n = 1; n <= references; n++) {
    const authors = Array.from({ length: 1 + (n % 7) }, (_, i) => `${FAMILIES[(n + i) % FAMILIES.length]}, ${GIVEN[(n * 3 + i) % GIVEN.length]}`).join(' and ');
    const [journal, short] = JOURNALS[n % JOURNALS.length];
    const title = Array.from({ length: 6 + (n % 5) }, (_, i) => WORDS[(n + i * 3) % WORDS.length]).join(' ');
    const abstract = Array.from({ length: 60 }, (_, i) => WORDS[(n * 5 + i) % WORDS.length]).join(' ');
    entries.push(
      `@article{ref${n},\n  title = {${title[0].toUpperCase()}${title.slice(1)} in {SLE}: report ${n}},\n  author = {${authors}},\n  date = {${1990 + (n % 34)}-0${1 + (n % 9)}},\n  journaltitle = {${journal}},\n  shortjournal = {${short}},\n  volume = {${1 + (n % 90)}},\n  number = {${1 + (n % 12)}},\n  pages = {${100 + n}--${110 + n}},\n  doi = {10.1000/ref.${n}},\n  abstract = {${abstract}},\n  langid = {english}\n}\n`,
    );
  }
  return entries.join('\n');
}

/** The report with `[@refN]` citations instead of numbers, no written list, and the library named. */
export function keyedReport(text: string): string {
  const model = parseDocument(text, parseOptions(defaultConfig()));
  const edits: TextEdit[] = model.citations.map((marker) => ({ start: marker.start, end: marker.end, newText: `[${[...new Set(marker.numbers)].map((n) => `@ref${n}`).join('; ')}]` }));
  const list = model.references!;
  edits.push({ start: model.source.lineStarts[list.startLine], end: model.source.lineEnd(list.endLine - 1), newText: '' });
  const closing = model.source.lineStarts[model.frontmatter!.endLine];
  edits.push({ start: closing, end: closing, newText: 'bibliography: references.bib\n' });
  return applyEdits(text, edits).text;
}

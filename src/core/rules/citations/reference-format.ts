import type { Rule } from '../../rule';
import type { Fix } from '../../types';
import { amaName, journalWithPeriods, missingLocation, readAuthors, readDoi } from './ama-entry';

/**
 * A hand-written reference entry that breaks AMA (11th ed.) form. The repairs that need no
 * judgment (author names, `et al` after the third author, the DOI's form) are safe fixes.
 */
export const referenceFormat: Rule = {
  code: 'reference-format',
  defaultSeverity: 'warning',
  description: 'A hand-written reference entry breaks AMA form: author names, et al, the DOI form, the journal name or the Year;Vol(Issue):pages part.',
  handNumbered: true,
  safeFixes: true,
  run({ model, report }) {
    const entries = model.references?.entries ?? [];
    for (let e = 0; e < entries.length; e++) {
      const entry = entries[e];
      const base = entry.textStart;
      const raw = model.text.slice(base, entry.end);
      const n = entry.number;
      const at = (start: number, end: number) => ({ start: base + start, end: base + end });

      const list = readAuthors(raw);
      if (list) {
        const { authors, etAl } = list;
        const bad = authors.filter((a) => !a.ama);
        if (bad.length > 0) {
          const first = bad[0];
          const last = bad[bad.length - 1];
          const written = raw.slice(first.start, first.end).trim();
          report({
            ...at(first.start, last.end),
            message: `Reference ${n}: write author names as surname and initials without periods or commas ("${amaName(first)}", not "${written}")`,
            fixes: [{ title: 'Write the authors as AMA does (Smith JA)', safe: true, edits: bad.map((a) => ({ ...at(a.start, a.end), newText: amaName(a) })) }],
          });
        }
        if (authors.length > 6 && !etAl) {
          report({
            ...at(authors[3].start, authors[authors.length - 1].end),
            message: `Reference ${n} lists ${authors.length} authors: with more than 6, AMA lists the first 3, then et al`,
            fixes: [truncate(at(authors[2].end, authors[authors.length - 1].end), ', et al')],
          });
        } else if (etAl && authors.length > 3) {
          report({
            ...at(authors[3].start, etAl.period ? etAl.end - 1 : etAl.end),
            message: `Reference ${n} lists ${authors.length} authors before et al: AMA lists the first 3, then et al`,
            fixes: [truncate(at(authors[2].end, etAl.start), ', ')],
          });
        }
        if (etAl?.period && /^\.?[,;.]/.test(raw.slice(etAl.end))) {
          report({
            ...at(etAl.start, etAl.end),
            message: `Reference ${n}: "et al" takes no period of its own (the entry's period follows it: "et al.")`,
            fixes: [{ title: 'Write et al', safe: true, edits: [{ ...at(etAl.end - 1, etAl.end), newText: '' }] }],
          });
        }
      }

      const doi = readDoi(raw);
      if (doi) {
        const problems: string[] = [];
        if (doi.url) problems.push('written as a URL');
        else if (!doi.amaLabel) {
          const label = raw.slice(doi.start, doi.end - doi.value.length);
          problems.push(/^doi/.test(label) ? 'written with a space after "doi:"' : `written "${label.trim()}"`);
        }
        if (doi.period) problems.push('followed by a period');
        if (problems.length > 0) {
          const edits = [];
          if (!doi.linked && (doi.url || !doi.amaLabel)) edits.push({ ...at(doi.start, doi.end), newText: `doi:${doi.value}` });
          if (doi.period) edits.push({ ...at(doi.period.start, doi.period.end), newText: '' });
          report({
            ...at(doi.start, doi.period ? doi.period.end : doi.end),
            message: `Reference ${n}: the DOI is ${problems.join(' and ')}; AMA writes doi:${doi.value} with nothing after it`,
            fixes: edits.length > 0 ? [{ title: `Write doi:${doi.value}`, safe: true, edits }] : [],
          });
        }
      }

      const journal = journalWithPeriods(raw);
      if (journal) {
        report({
          ...at(journal.start, journal.end),
          message: `Reference ${n}: journal names are abbreviated without periods (NLM): "${journal.fixed}"`,
          fixes: [{ title: `Write ${journal.fixed}`, safe: false, edits: [{ ...at(journal.start, journal.end), newText: journal.fixed }] }],
        });
      }

      const location = missingLocation(raw, doi !== undefined || entry.doi !== undefined);
      if (location) {
        report({
          ...at(location.start, location.end),
          message: location.volumeOnly
            ? `Reference ${n} is a journal article without pages or an e-locator: write Year;Vol(Issue):pages`
            : `Reference ${n} is a journal article without its volume and pages: write Year;Vol(Issue):pages (or "Published online" with the date if it is ahead of print)`,
        });
      }
    }
  },
};

function truncate(span: { start: number; end: number }, newText: string): Fix {
  return { title: 'List the first 3 authors, then et al', safe: true, edits: [{ ...span, newText }] };
}

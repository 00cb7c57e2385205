import type { CitationMarker } from '../../citations';
import type { Rule } from '../../rule';
import { markerText } from './shared';

/**
 * AMA: superscript citations go outside periods and commas, inside colons and semicolons.
 * Bracket (Vancouver) citations are written before punctuation and are not checked.
 */
export const citationPunctuation: Rule = {
  code: 'citation-punctuation',
  defaultSeverity: 'warning',
  description: 'A superscript citation before a period or comma, or after a colon or semicolon.',
  safeFixes: true,
  run({ model, report }) {
    const text = model.text;
    const markers = model.citations;
    for (let m = 0; m < markers.length; m++) {
      const marker = markers[m];
      if (marker.form === 'bracket') continue;
      const after = text[marker.end];
      const before = text[marker.start - 1];
      if ((after === '.' || after === ',') && before !== after && text[marker.end + 1] !== '.') {
        const mark = MARKS[after];
        // `disease ^1^.` becomes `disease.^1^`: the space before the marker goes too.
        let from = marker.start;
        while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
        report({
          start: marker.start,
          end: marker.end + 1,
          say: mark.sayAfter,
          about: marker,
          fixes: [{ title: mark.moveAfter, safe: true, edits: [{ start: from, end: marker.end + 1, newText: after + markerText(model, marker) }] }],
        });
      } else if (before === ':' || before === ';') {
        const mark = MARKS[before];
        report({
          start: marker.start - 1,
          end: marker.end,
          say: mark.sayBefore,
          about: marker,
          fixes: [{ title: mark.moveBefore, safe: true, edits: [{ start: marker.start - 1, end: marker.end, newText: markerText(model, marker) + before }] }],
        });
      }
    }
  },
};

/**
 * What is said of each mark, made once: a finding's message is made from its marker when it is
 * read (`say`), and a fix's title is one string per mark. `fix` reads neither of the 233,000
 * findings of 4 MB of misplaced markers: it keeps their safe fixes only.
 */
const MARKS: Record<string, { sayAfter: (marker: CitationMarker) => string; sayBefore: (marker: CitationMarker) => string; moveAfter: string; moveBefore: string }> = Object.fromEntries(
  (
    [
      ['.', 'period'],
      [',', 'comma'],
      [':', 'colon'],
      [';', 'semicolon'],
    ] as const
  ).map(([mark, name]) => [
    mark,
    {
      sayAfter: (marker: CitationMarker) => `Put the citation ${marker.content} after the ${name} (AMA style)`,
      sayBefore: (marker: CitationMarker) => `Put the citation ${marker.content} before the ${name} (AMA style)`,
      moveAfter: `Move the citation after the ${name}`,
      moveBefore: `Move the citation before the ${name}`,
    },
  ]),
);

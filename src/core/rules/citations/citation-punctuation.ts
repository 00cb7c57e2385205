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
        const mark = after === '.' ? 'period' : 'comma';
        // `disease ^1^.` becomes `disease.^1^`: the space before the marker goes too.
        let from = marker.start;
        while (from > 0 && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
        report({
          start: marker.start,
          end: marker.end + 1,
          message: `Put the citation ${marker.content} after the ${mark} (AMA style)`,
          fixes: [{ title: `Move the citation after the ${mark}`, safe: true, edits: [{ start: from, end: marker.end + 1, newText: after + markerText(model, marker) }] }],
        });
      } else if (before === ':' || before === ';') {
        const mark = before === ':' ? 'colon' : 'semicolon';
        report({
          start: marker.start - 1,
          end: marker.end,
          message: `Put the citation ${marker.content} before the ${mark} (AMA style)`,
          fixes: [{ title: `Move the citation before the ${mark}`, safe: true, edits: [{ start: marker.start - 1, end: marker.end, newText: markerText(model, marker) + before }] }],
        });
      }
    }
  },
};

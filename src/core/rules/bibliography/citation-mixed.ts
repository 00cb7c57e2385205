import type { Rule } from '../../rule';

/** A report numbers its references one way: by key from a library, or by hand. */
export const citationMixed: Rule = {
  code: 'citation-mixed',
  defaultSeverity: 'error',
  description: 'The report cites by key from a library and also has hand-numbered citations or a hand-written reference list.',
  run({ model, report }) {
    const firstKey = model.keyCitations[0];
    if (!firstKey) return;
    const keyLine = model.source.positionAt(firstKey.start).line + 1;
    const markers = model.citations;
    const entries = model.references?.entries ?? [];
    if (markers.length === 0 && entries.length === 0) return;
    const written = model.text.slice(firstKey.start, firstKey.end);
    const advice = 'cite every reference by key and let the list be generated, or convert the keys to numbers (casereport fix --number-citations)';
    if (markers.length > 0) {
      const marker = markers[0];
      const more = markers.length > 1 ? ` and ${markers.length - 1} more` : '';
      report({
        start: marker.start,
        end: marker.end,
        message: `A hand-numbered citation (${model.text.slice(marker.start, marker.end)}${more}) in a report that cites by key (${written} on line ${keyLine}); ${advice}`,
      });
    } else {
      const list = model.references!;
      report({
        start: model.source.lineStarts[list.headingLine],
        end: model.source.lineEnd(list.headingLine),
        message: `A hand-written reference list (${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}) in a report that cites by key (${written} on line ${keyLine}); ${advice}`,
      });
    }
  },
};

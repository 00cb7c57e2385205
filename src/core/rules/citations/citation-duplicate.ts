import { formatNumbers, listNumbers, markerItems, markerStyle } from '../../citations';
import type { Rule } from '../../rule';
import type { TextEdit } from '../../types';
import { plural } from './shared';

export const citationDuplicate: Rule = {
  code: 'citation-duplicate',
  defaultSeverity: 'warning',
  description: 'The same reference number appears twice within one citation marker.',
  safeFixes: true,
  run({ model, report }) {
    const markers = model.citations;
    for (let m = 0; m < markers.length; m++) {
      const marker = markers[m];
      if (marker.numbers.length < 2) continue;
      const seen = new Set<number>();
      const repeated = new Set<number>();
      const items = markerItems(marker);
      // The same number at two locators (`^3(p21),3(p40)^`) cites two places of one work.
      for (const item of items) for (const n of item.locator === undefined ? item.numbers : []) (seen.has(n) ? repeated : seen).add(n);
      if (repeated.size === 0) continue;
      // Remove the parts that only repeat earlier numbers; rewrite the marker when parts overlap.
      const covered = new Set<number>();
      const removable: number[] = [];
      items.forEach((item, index) => {
        if (item.numbers.length > 0 && item.numbers.every((n) => covered.has(n))) removable.push(index);
        for (const n of item.numbers) covered.add(n);
      });
      const edits: TextEdit[] = [];
      const keptNumbers = items.filter((_, i) => !removable.includes(i)).flatMap((item) => item.numbers);
      if (new Set(keptNumbers).size === keptNumbers.length && items.every((i) => i.kind !== 'invalid')) {
        for (const index of removable) {
          const item = items[index];
          // Take the comma before the part with it (a removable part is never the first).
          const previous = items[index - 1];
          edits.push({ start: previous.end, end: item.end, newText: '' });
        }
      } else {
        const { dash, separator } = markerStyle(marker);
        edits.push({ start: marker.contentStart, end: marker.contentEnd, newText: formatNumbers(marker.numbers, dash, separator) });
      }
      const list = [...repeated].sort((a, b) => a - b);
      report({
        start: marker.start,
        end: marker.end,
        message: `${plural(list.length, 'Reference', 'References')} ${listNumbers(list)} ${plural(list.length, 'is', 'are')} cited more than once in the same citation`,
        fixes: [{ title: 'Remove the repeated reference number', safe: true, edits }],
      });
    }
  },
};

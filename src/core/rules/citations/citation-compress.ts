import { formatNumbers, markerItems, markerStyle, type CitationItem } from '../../citations';
import type { Rule } from '../../rule';
import { markerText } from './shared';

/** AMA: three or more consecutive numbers as a range, numbers ascending (`1,3-5,9`). */
export const citationCompress: Rule = {
  code: 'citation-compress',
  defaultSeverity: 'info',
  description: 'Three or more consecutive numbers written without a range, or numbers out of ascending order within a citation.',
  handNumbered: true,
  safeFixes: true,
  run({ model, report }) {
    const markers = model.citations;
    for (let m = 0; m < markers.length; m++) {
      const marker = markers[m];
      if (marker.numbers.length < 2) continue; // one number is in order
      const items = markerItems(marker);
      if (items.length < 2) continue; // one range is in order, and is already a range
      if (items.some((item) => item.kind === 'invalid')) continue; // citation-range's business
      if (items.some((item) => item.locator !== undefined)) continue; // a located number stands alone (AMA)
      const problem = compressProblem(items);
      if (!problem) continue;
      const { dash, separator } = markerStyle(marker);
      const better = formatNumbers(marker.numbers, dash, separator);
      const written = markerText(model, marker);
      const rewritten = written.slice(0, marker.contentStart - marker.start) + better + written.slice(marker.contentEnd - marker.start);
      report({
        start: marker.start,
        end: marker.end,
        message: `${problem}: write ${marker.content} as ${better}`,
        fixes: [{ title: `Write the citation as ${rewritten}`, safe: true, edits: [{ start: marker.contentStart, end: marker.contentEnd, newText: better }] }],
      });
    }
  },
};

function compressProblem(items: CitationItem[]): string | undefined {
  // First occurrences only: repeats are citation-duplicate's business.
  const sequence: { n: number; item: number }[] = [];
  const seen = new Set<number>();
  items.forEach((item, index) => {
    for (const n of item.numbers) {
      if (!seen.has(n)) sequence.push({ n, item: index });
      seen.add(n);
    }
  });
  for (let i = 1; i < sequence.length; i++) {
    if (sequence[i].n < sequence[i - 1].n) return `Reference ${sequence[i].n} comes after ${sequence[i - 1].n}`;
  }
  for (let i = 0; i < sequence.length; ) {
    let j = i;
    while (j + 1 < sequence.length && sequence[j + 1].n === sequence[j].n + 1) j++;
    if (j - i >= 2 && sequence[i].item !== sequence[j].item) return `References ${sequence[i].n} to ${sequence[j].n} are consecutive`;
    i = j + 1;
  }
  return undefined;
}

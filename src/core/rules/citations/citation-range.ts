import { isPlainList, markerItems, RANGE_LIMIT, type CitationItem, type CitationMarker } from '../../citations';
import type { Rule } from '../../rule';
import type { Fix } from '../../types';

export const citationRange: Rule = {
  code: 'citation-range',
  defaultSeverity: 'error',
  description: 'A malformed citation range: descending, equal ends, zero or non-numeric parts, or more numbers than a range may span.',
  handNumbered: true,
  safeFixes: true,
  run({ model, report }) {
    const markers = model.citations;
    for (let m = 0; m < markers.length; m++) {
      const marker = markers[m];
      if (isPlainList(marker.content)) continue; // no malformed part
      const items = markerItems(marker);
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (item.kind !== 'invalid') continue;
        const { message, fix } = item.problem === 'punctuation' ? punctuationOutside(model.text, marker, item) : describe(item, marker.content);
        // An empty part (`^1,,2^`, `^1,^`) has no text of its own: point at the comma before it.
        const start = item.text === '' ? Math.max(marker.contentStart, item.start - 1) : item.start;
        const end = item.text === '' ? Math.max(item.end, start + 1) : item.end;
        // Without a fix, no list is made here: runRules gives the finding its empty list of fixes.
        report({ start, end, message, fixes: fix ? [fix] : undefined });
      }
    }
  },
};

const MARK_NAMES: Record<string, string> = { '.': 'period', ',': 'comma', ';': 'semicolon', ':': 'colon' };

/**
 * A sentence's mark inside the superscript (`disease<sup>3.</sup>`, `^3,^`): it belongs outside,
 * a period or comma before the marker, a colon or semicolon after it (AMA).
 */
function punctuationOutside(text: string, marker: CitationMarker, item: CitationItem): { message: string; fix: Fix } {
  const mark = item.text[item.text.length - 1];
  const name = MARK_NAMES[mark] ?? `"${item.text}"`;
  const before = mark === '.' || mark === ',';
  const kept = before ? text[marker.start - 1] === mark : text[marker.end] === mark;
  const edits = [{ start: item.start, end: item.end, newText: '' }];
  if (!kept) edits.push(before ? { start: marker.start, end: marker.start, newText: mark } : { start: marker.end, end: marker.end, newText: mark });
  edits.sort((a, b) => a.start - b.start);
  const where = before ? 'before' : 'after';
  return {
    message: `"${item.text}" inside the citation ${marker.content} is not a reference number: the ${name} goes ${where} the superscript (AMA style)`,
    fix: { title: kept ? `Remove the ${name} from the superscript` : `Move the ${name} ${where} the superscript`, safe: true, edits },
  };
}

function describe(item: CitationItem, content: string): { message: string; fix?: Fix } {
  switch (item.problem) {
    case 'descending': {
      const dash = /[\u2013\u2014]/.exec(content)?.[0] ?? '-';
      return {
        message: `The range ${item.text} runs backwards; write ${item.to}${dash}${item.from}`,
        fix: { title: `Write the range as ${item.to}${dash}${item.from}`, safe: false, edits: [{ start: item.start, end: item.end, newText: `${item.to}${dash}${item.from}` }] },
      };
    }
    case 'equal':
      return {
        message: `The range ${item.text} starts and ends at ${item.from}; write ${item.from}`,
        fix: { title: `Write ${item.from}`, safe: true, edits: [{ start: item.start, end: item.end, newText: String(item.from) }] },
      };
    case 'too-long':
      return { message: `The range ${item.text} spans ${Math.abs(item.to! - item.from!) + 1} numbers, more than the ${RANGE_LIMIT} a citation range may cite; check the numbers` };
    case 'zero':
      return { message: item.text === '0' ? 'Reference numbers start at 1; there is no reference 0' : `The range ${item.text} includes 0; reference numbers start at 1` };
    default:
      return { message: item.text === '' ? 'The citation has an empty part; remove the extra comma or dash' : `"${item.text}" is not a reference number or range` };
  }
}

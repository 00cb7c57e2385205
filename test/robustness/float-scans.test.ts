import assert from 'node:assert/strict';
import fc from 'fast-check';
import { FIGURE_LABEL } from '../../src/core/author-markup';
import { findFigures, findMentions, type Float, type FloatKind, type Mention } from '../../src/core/figures';
import { SourceText } from '../../src/core/source-text';

/**
 * The figure and mention scans read lists, labels and brackets in place (issue 13 point 7: 100,000
 * figures mentioned in reverse order). Each is held here to the simple code it replaced.
 */

const NUMBER = String.raw`\d{1,9}(?!\d)[A-Za-z]?`;
const MENTION = new RegExp(String.raw`\b(Figures?|Figs?\.?|Tables?)(?:[ \t\u00a0]+|(?<=\.))(${NUMBER}(?:[ \t]*(?:,|&|and|to|-|\u2013|\u2014)[ \t]*(?:and[ \t]+)?${NUMBER}(?![A-Za-z]))*)`, 'gi');
const SINGLE = new RegExp(String.raw`^${NUMBER}(?:[ \t]*[-\u2013\u2014][ \t]*${NUMBER}(?![A-Za-z]))?`);
const LAST_ITEM = new RegExp(String.raw`(?:&|\band\b)[ \t]*${NUMBER}(?:[ \t]*(?:-|\u2013|\u2014|to)[ \t]*${NUMBER}(?![A-Za-z]))?(?=[ \t]*,)`, 'i');
const SUPPLEMENT = /(?:supplementa(?:l|ry)|online|appendix|extended data)[ \t]+$/i;
/** A plural list's last item after "and" or "&" that a unit of time follows: a duration, cut off. */
const DURATION = new RegExp(String.raw`^([\s\S]+?)[ \t]*,?[ \t]*(?:&|\band)[ \t]*${NUMBER}$`, 'i');
const TIME_UNIT = /^[ \t]+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|months?|mos?|years?|yrs?|y)(?![A-Za-z])/i;

/** findMentions as it was: each list sliced, split by an expression, each item read by another. */
function findMentionsBySplit(text: string, figures: readonly Float[]): Mention[] {
  const mentions: Mention[] = [];
  MENTION.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = MENTION.exec(text)) !== null) {
    if (SUPPLEMENT.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    const word = match[1];
    const kind: FloatKind = /^t/i.test(word) ? 'table' : 'figure';
    const plural = /s\.?$/i.test(word);
    const listStart = match.index + match[0].length - match[2].length;
    const last = LAST_ITEM.exec(match[2]);
    let list = !plural ? SINGLE.exec(match[2])![0] : last === null ? match[2] : match[2].slice(0, last.index + last[0].length);
    const duration = plural && TIME_UNIT.test(text.slice(listStart + list.length)) ? DURATION.exec(list) : null;
    if (duration) list = duration[1];
    const end = listStart + list.length;
    MENTION.lastIndex = end;
    const numbers: number[] = [];
    for (const part of list.split(/[ \t]*(?:,|&|\band\b)[ \t]*(?:and[ \t]+)?/i)) {
      if (part === '') continue;
      const range = /^(\d+)[A-Za-z]?[ \t]*(?:-|\u2013|\u2014|to)[ \t]*(\d+)/i.exec(part);
      if (range) {
        const low = Number(range[1]);
        const high = Math.min(Number(range[2]), low + 100);
        for (let n = Math.max(low, 1); n <= high; n++) numbers.push(n);
      } else {
        const n = parseInt(part, 10);
        if (n > 0) numbers.push(n);
      }
    }
    const owner = kind === 'figure' ? figures.find((f) => f.number !== undefined && match!.index >= f.captionStart && end <= f.captionEnd) : undefined;
    if (owner && numbers.every((n) => n === owner.number)) continue;
    mentions.push({ kind, numbers, start: match.index, end });
  }
  return mentions;
}

/** The path of `path "title"` or `<path with spaces>`, as it was read from the sliced destination. */
function destinationOf(raw: string): string {
  const trimmed = raw.trim();
  if (trimmed.startsWith('<')) return trimmed.slice(1, trimmed.indexOf('>') === -1 ? undefined : trimmed.indexOf('>'));
  const space = trimmed.search(/\s/);
  return space === -1 ? trimmed : trimmed.slice(0, space);
}

const noLinks = (label: string) => (label.trim().toLowerCase() === 'ref' ? 'target.png' : undefined);

describe('figure and mention scans agree with the simple code they replaced', function () {
  this.timeout(60_000);

  const agree = (text: string) => {
    const figures = findFigures(text, new SourceText(text), noLinks);
    const mentions = findMentions(text, figures);
    const list = mentions.list();
    assert.deepEqual(list, findMentionsBySplit(text, figures), JSON.stringify(text));
    // The columns read in place say what the objects say; a kind's mentions are those of the list.
    list.forEach((mention, i) => assert.deepEqual(Array.from({ length: mentions.count(i) }, (_, j) => mentions.number(i, j)), mention.numbers));
    for (const kind of ['figure', 'table'] as const) assert.deepEqual(mentions.ofKind(kind).list(), list.filter((m) => m.kind === kind));
  };

  it('mention lists read in place: the numbers String.split and the range expression read', () => {
    const word = fc.constantFrom('Figure ', 'Figures ', 'Fig. ', 'Figs.', 'fig ', 'Table ', 'Tables\t', 'TABLES ', 'Figure\u00a0');
    const number = fc.constantFrom('1', '2', '14', '3a', '2B', '0', '250', '999999999', '1234567890', '1t');
    const separator = fc.constantFrom(',', ', ', ' , ', '&', ' & ', 'and', ' and ', 'AND ', ', and ', '-', ' - ', '\u2013', '\u2014', 'to', ' TO ', '-and ', ' to and ', '&and ', ' ', 'x', '_');
    const tail = fc.constantFrom('', ',', ' days', '.', 'a', 'bc', ', 14 days', ' and 3, 4', ' weeks later', '\th', ' hrs', ' dayS', ' yrs.');
    const mention = fc.tuple(word, number, fc.array(fc.tuple(separator, number), { maxLength: 5 }), tail).map(([w, n, rest, t]) => w + n + rest.map(([s, m]) => s + m).join('') + t);
    const around = fc.constantFrom(' ', 'supplementary ', 'Online\t', 'APPENDIX  ', 'extended data ', 'Supplemental\t ', 'x ', 'y\t', '\n', 'See ', '(', '![Figure 2. As Figure 2 shows](a.png)', '![Fig. 3A: Figures 3-4](b.png)');
    fc.assert(fc.property(fc.array(fc.oneof(mention, around), { maxLength: 6 }).map((parts) => parts.join('')), agree), { numRuns: 3000 });
  });

  it('mentions on arbitrary pieces of lists', () => {
    const piece = fc.constantFrom('Figure', 'Figures', 'Fig.', 'Figs', 'Table', ' ', '\t', '1', '2', '12', '0', 'A', 't', 'o', 'to', 'and', 'AnD', ',', '&', '-', '\u2013', '.', '\n', 'x', '_', 'supplemental ');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), agree), { numRuns: 3000 });
  });

  it('figure labels, captions and files read in place: what FIGURE_LABEL, trim and the destination read on slices', () => {
    // Every character \s and trim read as white space, and two they do not.
    const space = fc.constantFrom(' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2003', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u0085');
    const word = fc.constantFrom('a', 'Figure 1. ', 'Figure 12', '**Fig. 2A**: ', '_Figure 3_', 'fig.4', 'caption', '[x]', '[', ']', '\\', '9', ':', '*', '<', '>', '"t"', 'b.png', '<a b.png>', 'FIG 123456789', '1234567890', '__fig.\u3000\t7b :', 'Figures 2');
    const words = fc.array(fc.oneof(space, word), { maxLength: 8 }).map((parts) => parts.join(''));
    const image = fc.tuple(words, fc.oneof(words.map((d) => `(${d})`), fc.constantFrom('[ref]', '[]', '', '('))).map(([alt, rest]) => `![${alt}]${rest}`);
    const piece = fc.oneof(image, space, fc.constantFrom('![', '[', ']', '\n\n', 'a', ')', '!'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')), (written) => {
        // The model's text: without a byte order mark (SourceText drops it).
        const source = new SourceText(written);
        const text = source.text;
        for (const figure of findFigures(text, source, noLinks)) {
          const alt = text.slice(figure.start + 2, figure.captionEnd);
          const label = FIGURE_LABEL.exec(alt);
          const labelStart = label ? figure.start + 2 + label[1].length : undefined;
          const expected = label
            ? { number: Number(label[3]), panel: label[4]?.toUpperCase(), label: label[2], labelStart, labelEnd: labelStart! + label[2].length, caption: alt.slice(label[0].length).trim() }
            : { number: undefined, panel: undefined, label: undefined, labelStart, labelEnd: undefined, caption: alt.trim() };
          const src = text[figure.captionEnd + 1] === '(' ? destinationOf(text.slice(figure.srcStart, figure.srcEnd)) : 'target.png';
          const { kind, number, panel, label: written, labelEnd, captionStart, caption } = figure;
          const read = { kind, number, panel, label: written, labelStart: figure.labelStart, labelEnd, captionStart, caption, src: figure.src };
          assert.deepEqual(read, { kind: 'figure', ...expected, captionStart: figure.start + 2, src }, JSON.stringify(text));
        }
      }),
      { numRuns: 3000 },
    );
  });
});

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { closingBrackets, imageAltEnd, MAX_ALT } from '../../src/core/figures';

/** The scan the one-pass bracket matching replaced: from each `![`, count brackets to the close. */
function altEndByScan(text: string, at: number): number | undefined {
  let depth = 1;
  let i = at + 2;
  const limit = Math.min(text.length, at + 2 + MAX_ALT);
  for (; i < limit && depth > 0; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '\n' && /^\n[ \t\r]*\n/.test(text.slice(i, i + 200))) return undefined;
  }
  return depth === 0 ? i - 1 : undefined;
}

function starts(text: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf('!['); at !== -1; at = text.indexOf('![', at + 1)) found.push(at);
  return found;
}

const PIECES = ['![', '[', ']', '\\', '\\[', '\\]', '\\\\', '\n', '\n\n', '\n \t\n', '\r\n', ' ', 'a', 'Figure 1. ', '(b.png)', '!'];
const pieces = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));

describe('figure alt text: one bracket-matching pass equals the scan from every image', () => {
  const agree = (text: string) => {
    const closes = closingBrackets(text);
    for (const at of starts(text)) assert.equal(imageAltEnd(text, at, closes), altEndByScan(text, at), `image at ${at} of ${JSON.stringify(text)}`);
  };

  it('on Markdown-shaped pieces', () => {
    fc.assert(fc.property(pieces, agree), { numRuns: 3000 });
  });

  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('!', '[', ']', '\\', '\n', ' ', 'x') , maxLength: 120 }), agree), { numRuns: 3000 });
  });

  it('at the MAX_ALT limit and across long blank lines', () => {
    for (const length of [MAX_ALT - 3, MAX_ALT - 2, MAX_ALT - 1, MAX_ALT, MAX_ALT + 1]) agree(`x ![${'a'.repeat(length)}](p.png) ![b]`);
    agree(`![a\n${' '.repeat(198)}\nb](c)`);
    agree(`![a\n${' '.repeat(199)}\nb](c)`);
    agree('![a '.repeat(5000));
  });
});

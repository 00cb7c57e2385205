import assert from 'node:assert/strict';
import fc from 'fast-check';
import { capitalizedTerms } from '../../src/core/rules/abbreviations/capitalized-terms';
import { firstHolding, shoutingIn } from '../../src/core/rules/abbreviations/scan';
import type { Span } from '../../src/core/types';

/**
 * The abbreviation scan's walks, each held to the plain definition it stands for on generated
 * text: letters of every kind (capitals and lowercase, accented, astral-plane), digits, hyphens,
 * apostrophes, spaces, line breaks, lone surrogates and combining marks. An earlier faster scan
 * looped forever on astral-plane capitals; each of these must also end.
 */

/** The plain definition: every written term, kept when it holds two capitals. */
function capitalizedTermsPlain(text: string): Span[] {
  const terms: Span[] = [];
  const term = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*(?:['’]s?)?/gu;
  let match: RegExpExecArray | null;
  while ((match = term.exec(text)) !== null) if (/\p{Lu}.*\p{Lu}/u.test(match[0])) terms.push({ start: match.index, end: match.index + match[0].length });
  return terms;
}

/** The plain definition: is `start` inside a run of three or more capitalized words on its line? */
function shoutingPlain(text: string, start: number, end: number): boolean {
  const line = text.slice(text.lastIndexOf('\n', start) + 1, (text.indexOf('\n', end) + 1 || text.length + 1) - 1);
  const at = start - (text.lastIndexOf('\n', start) + 1);
  const runs = /(?:\b\p{Lu}{3,}\b[ \t]+){2,}\b\p{Lu}{3,}\b/gu;
  let run: RegExpExecArray | null;
  while ((run = runs.exec(line)) !== null) if (at >= run.index && at < run.index + run[0].length) return true;
  return false;
}

const PIECES = ['A', 'B', 'K', 'L', 'a', 's', 'x', '6', '19', '-', "'", '’', ' ', '   ', '\t', '\n', '\r', ' \n \r\n ', 'É', 'é', 'Ω', 'ß', '٣', '𝙺', '𝓪', '𐐀', '💙', '\ud835', '\udc00', '\u0301', '(', '.', 'ESRD', 'IL', 'CoV', 'HbA1c', 'NSAIDs', 'CASE', 'DO NOT'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(''));

describe('abbreviation scan: the walks agree with their plain definitions', () => {
  it('capitalizedTerms finds exactly the capitalized matches of the term expression', () => {
    fc.assert(
      fc.property(texts, (text) => {
        assert.deepEqual(capitalizedTerms(text), capitalizedTermsPlain(text));
      }),
      { numRuns: 3000, seed: 16 },
    );
  });

  it('capitalizedTerms on texts the scan meets', () => {
    for (const text of ['ᔊ𐿅ꗐ𝙺💙', 'KL-6 and IL-6, COVID-19, SARS-CoV-2, HbA1c', "ESRD's and ANCAs'", 'A-B-', 'AB--CD', "AB'sCD EF'GH", '\ud835\udc00\ud835\udc00', '\udc00AB\ud835', '']) {
      assert.deepEqual(capitalizedTerms(text), capitalizedTermsPlain(text), JSON.stringify(text));
    }
  });

  it('shoutingIn answers as the search of the whole line does, for terms in text order', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const shouting = shoutingIn(text);
        for (const { start, end } of capitalizedTermsPlain(text)) assert.equal(shouting(start, end), shoutingPlain(text, start, end), `${JSON.stringify(text)} at ${start}`);
      }),
      { numRuns: 2000, seed: 13 },
    );
    const line = 'CASE PRESENTATION AND DISCUSSION of ESRD; DO NOT RESUSCITATE ORDER.\nCASE AB';
    const shouting = shoutingIn(line);
    assert.deepEqual(capitalizedTermsPlain(line).map(({ start, end }) => shouting(start, end)), capitalizedTermsPlain(line).map(({ start, end }) => shoutingPlain(line, start, end)));
  });

  it('firstHolding answers as find does, in increasing order and out of it', () => {
    const span = fc.tuple(fc.nat(40), fc.nat(12)).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 8 }), fc.array(fc.nat(60), { maxLength: 30 }), fc.boolean(), (spans, offsets, sorted) => {
        const asked = sorted ? [...offsets].sort((a, b) => a - b) : offsets;
        const holding = firstHolding(spans);
        for (const offset of asked) assert.equal(holding(offset), spans.find((s) => offset >= s.start && offset < s.end));
      }),
      { numRuns: 2000, seed: 12 },
    );
  });
});

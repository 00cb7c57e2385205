import assert from 'node:assert/strict';
import fc from 'fast-check';
import { capitalizedTerms } from '../../src/core/rules/abbreviations/capitalized-terms';
import { abbreviationNotes, firstHolding, shoutingIn } from '../../src/core/rules/abbreviations/scan';
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

/** The plain definition: every line the note expression accepts, with the lines after it up to a blank line, read after the last note. */
function notesPlain(text: string): Span[] {
  const note = /^[ \t>]*(?:\*\*|__|\*|_)?Abbreviations?(?:\*\*|__|\*|_)?[ \t]*[:.][ \t]*(?:\*\*|__|\*|_)?/i;
  const spans: Span[] = [];
  const line = /^.*$/gm;
  let match: RegExpExecArray | null;
  while ((match = line.exec(text)) !== null) {
    if (match[0] === '' && line.lastIndex === match.index) line.lastIndex++;
    if (!note.test(match[0])) continue;
    let end = match.index + match[0].length;
    const rest = /\n(?![ \t]*(?:\n|$))[^\n]*/y;
    rest.lastIndex = end;
    while (rest.exec(text) !== null) end = rest.lastIndex;
    spans.push({ start: match.index, end });
    line.lastIndex = end;
  }
  return spans;
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

  it('abbreviationNotes finds the notes a walk over every line finds', () => {
    const piece = fc.constantFrom('Abbreviations', 'abbreviation', 'ABBREVIATIONS', 'Abbreviation', ':', '.', ' ', '\t', '>', '*', '**', '_', '__', '\n', '\r\n', '\r', '\u2028', '\u2029', '\n\n', ' \n', 'ALT, alanine', ';', 'x', 'É', 'a');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join('')), (text) => {
        assert.deepEqual(abbreviationNotes(text), notesPlain(text), JSON.stringify(text));
      }),
      { numRuns: 4000, seed: 17 },
    );
    const text = 'Figure 1 text.\n\n> **Abbreviations:** ALT, alanine aminotransferase;\nAST, aspartate aminotransferase.\n\nAbbreviations: CT, computed tomography.\nAbbreviation. x\n\nSee Abbreviations: no.';
    assert.deepEqual(abbreviationNotes(text), notesPlain(text));
    assert.equal(abbreviationNotes(text).length, 2);
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

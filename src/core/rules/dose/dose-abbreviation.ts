import type { Rule } from '../../rule';
import type { Fix } from '../../types';
import { matches } from '../../scan/matches';
import { bodyText } from '../../text/body';
import { doseNumberStarts, isLabResult, NUMBER, periodEndsSentence } from './scan';

/** Concentrations of enzyme activity or hormone (`45 U/L`, `10 IU/mL`) are laboratory units, not doses. */
const NOT_LAB = '(?!/(?:L|l|dL|dl|mL|ml|µL|μL)(?![\\p{L}]))';

interface Pattern {
  re: RegExp;
  /** Which group holds the abbreviation, or 0 for the whole match. */
  group: number;
  meaning: string;
  /** What the Joint Commission says it is mistaken for. */
  misread: string;
  replacement: (abbreviation: string, number?: string) => string;
  safe: boolean;
  /**
   * Where the expression can start, for `matches` to try it there only: `numbers` (a NUMBER opens
   * it: see numberStarts), `q` (a `Q` or `q` opens it), or `{ literal }` (it opens with that text).
   */
  starts: 'numbers' | 'q' | { literal: string };
}

export const PATTERNS: Pattern[] = [
  {
    // "10 U of insulin", "4u", "80 U/kg" — but not "U.S." or the "U/L" of a lab value
    re: new RegExp(`(${NUMBER})([ \\t\\u00a0]?)([Uu])(?![\\p{L}\\p{N}]|\\.\\p{L})${NOT_LAB}`, 'gu'),
    group: 3,
    meaning: 'unit',
    misread: 'as a 0 or a 4, or as cc',
    replacement: (_a, n) => (n === '1' ? 'unit' : 'units'),
    safe: true,
    starts: 'numbers',
  },
  {
    // "1,000 IU", "50,000 i.u.", "1000i.u", "400 iu": with periods or lower case it is the same abbreviation
    re: new RegExp(`(${NUMBER})([ \\t\\u00a0]?)(IU|I\\.U(?:\\.|(?!\\.))|i\\.u(?:\\.|(?!\\.))|iu)(?![\\p{L}\\p{N}])${NOT_LAB}`, 'gu'),
    group: 3,
    meaning: 'International Unit',
    misread: 'as IV (intravenous) or the number 10',
    replacement: (_a, n) => (n === '1' ? 'International Unit' : 'International Units'),
    safe: true,
    starts: 'numbers',
  },
  { re: /(?<![\p{L}\p{N}.-])(?:Q\.D\.?|q\.d\.?|QD|qd)(?![\p{L}\p{N}-])/gu, group: 0, meaning: 'daily', misread: 'as QID (four times daily), or q.i.d.', replacement: () => 'daily', safe: true, starts: 'q' },
  { re: /(?<![\p{L}\p{N}.-])(?:Q\.O\.D\.?|q\.o\.d\.?|QOD|qod)(?![\p{L}\p{N}-])/gu, group: 0, meaning: 'every other day', misread: 'as QD (daily) or QID (four times daily)', replacement: () => 'every other day', safe: true, starts: 'q' },
  { re: /(?<![\p{L}\p{N}])MSO[4₄](?![\p{L}\p{N}])/gu, group: 0, meaning: 'morphine sulfate', misread: 'as magnesium sulfate', replacement: () => 'morphine sulfate', safe: true, starts: { literal: 'MSO' } },
  { re: /(?<![\p{L}\p{N}])MgSO[4₄](?![\p{L}\p{N}])/gu, group: 0, meaning: 'magnesium sulfate', misread: 'as morphine sulfate', replacement: () => 'magnesium sulfate', safe: true, starts: { literal: 'MgSO' } },
  {
    // "MS" only next to a dose: "MS 15 mg", "MS IR 10 mg", "4 mg of MS"; never "multiple sclerosis (MS)"
    // The literal `MS` comes first and the look-behinds after it, so the scan jumps from one `MS` to
    // the next instead of testing a look-behind at every position (1 s on a 2 MB report otherwise).
    re: /MS(?:(?<![\p{L}\p{N}]MS)(?=[ \t\u00a0]+(?:(?:IR|ER|SR)[ \t\u00a0]+)?\d{1,5}(?:\.\d{1,3})?(?:[ \t]*[-–][ \t]*\d{1,5}(?:\.\d{1,3})?)?[ \t\u00a0]?(?:mg|mcg|µg|μg|milligrams?)(?![\p{L}]))|(?<=\d[ \t\u00a0]?(?:mg|mcg|µg|μg)[ \t\u00a0]+(?:of[ \t\u00a0]+)?MS)(?![\p{L}\p{N}]))/gu,
    group: 0,
    meaning: 'morphine sulfate',
    misread: 'as magnesium sulfate (or multiple sclerosis)',
    replacement: () => 'morphine sulfate',
    safe: false,
    starts: { literal: 'MS' },
  },
];

/** Every offset where `literal` occurs, ascending (overlapping occurrences included). */
export function literalStarts(text: string, literal: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, at + 1)) starts.push(at);
  return starts;
}

/** Every `q` and `Q`, ascending. */
export function qStarts(text: string): number[] {
  const starts: number[] = [];
  for (const letter of ['q', 'Q']) for (let at = text.indexOf(letter); at !== -1; at = text.indexOf(letter, at + 1)) starts.push(at);
  return starts.sort((a, b) => a - b);
}

const SENTENCE_START = /(?:^|[.!?:|]|\*\*)[ \t\u00a0]*$|^[ \t]*(?:[-*+]|\d+[.)])?[ \t]*$|\n[ \t]*(?:[-*+]|\d+[.)])?[ \t]*$/;

export const doseAbbreviation: Rule = {
  code: 'dose-abbreviation',
  defaultSeverity: 'warning',
  description: 'An abbreviation on the Joint Commission "Do Not Use" list where it stands for a dose or a frequency (U, IU, QD, QOD, MS, MSO4, MgSO4).',
  safeFixes: true,
  run({ model, report }) {
    const text = bodyText(model);
    let q: number[] | undefined;
    for (const pattern of PATTERNS) {
      const starts = pattern.starts === 'numbers' ? doseNumberStarts(model) : pattern.starts === 'q' ? (q ??= qStarts(text)) : literalStarts(text, pattern.starts.literal);
      for (const m of matches(pattern.re, text, starts)) {
        // "3.1 U (reference, <1.0 U)" after an antibody is a result in assay units, not a dose.
        if (pattern.group !== 0 && isLabResult(text, m.index) && !/^(?:[ \t]+of\b|\/(?:kg|h|hr|hour|min|d|day|dose)\b)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
        let abbreviation = pattern.group === 0 ? m[0] : m[pattern.group];
        // "given 1,000 i.u." ends the sentence with the abbreviation's period: the fix keeps it.
        if (abbreviation.length > 1 && abbreviation.endsWith('.') && periodEndsSentence(text, m.index + m[0].length)) abbreviation = abbreviation.slice(0, -1);
        const start = pattern.group === 0 ? m.index : m.index + m[0].length - m[pattern.group].length;
        const end = start + abbreviation.length;
        const number = pattern.group === 0 ? undefined : m[1];
        const space = pattern.group === 0 ? '' : m[2];
        const words = pattern.replacement(abbreviation, number);
        // "MgSO4 2 g was infused" opens a sentence: so does its fix.
        const replacement = number === undefined && SENTENCE_START.test(text.slice(Math.max(0, start - 20), start)) ? words[0].toUpperCase() + words.slice(1) : words;
        // "10U" becomes "10 units": the fix adds the missing space as well.
        const fix: Fix = { title: `Write "${replacement}"`, safe: pattern.safe, edits: [{ start: start - space.length, end, newText: (number !== undefined ? ' ' : '') + replacement }] };
        report({
          start,
          end,
          message: `"${abbreviation}" is on the Joint Commission "Do Not Use" list: it is mistaken ${pattern.misread}; write "${words}"`,
          fixes: [fix],
        });
      }
    }
  },
};

import type { Rule } from '../../rule';
import type { Fix } from '../../types';
import { matches } from '../../scan/matches';
import { bodyText } from '../../text/body';
import { UNIT_SYMBOLS } from '../../units';
import { doseNumberStarts, NUMBER } from './scan';

/** Liter symbols written with a lower-case l (AMA: `mL`, `dL`, `µL`, never `ml`, `dl`), and `cc`. */
const LOWER_LITER: Record<string, string> = { ml: 'mL', dl: 'dL', 'µl': 'µL', 'μl': 'μL', ul: 'µL', nl: 'nL', fl: 'fL', l: 'L' };

/** After a number: `5 ml`, `10cc`, `88 fl` (not `8 fl oz`, fluid ounces). Group 1 the space, group 2 the unit. */
export const AFTER_NUMBER = new RegExp(`${NUMBER}([ \\t\\u00a0]?)(ml|dl|µl|μl|ul|nl|fl|cc)(?![\\p{L}\\p{N}])(?![ \\t\\u00a0]*oz(?![\\p{L}]))`, 'gu');
/**
 * Units a number runs into that dose-spacing (mass, amount, volume) does not cover: lengths,
 * pressure, temperature, time, rates, radiation. Time only before punctuation or a joining word
 * (`over 24h.`), since `24h urine` is an adjective (AMA: `24-hour urine`), not a spacing slip.
 */
export const RUN_IN = new RegExp(`${NUMBER}(cm|mm|µm|μm|nm|km|mmHg|mm Hg|cmH2O|kPa|°C|°F|℃|ms|Hz|kHz|bpm|Gy|cGy|mGy|mSv|kDa|kcal|(?:h|hr|hrs|min)(?=[.,;:)]|[ \\t\\u00a0]+(?:later|after|before|of|apart|and|or|to|post)\\b|[ \\t\\u00a0]*(?:\\r?\\n|$)))(?![\\p{L}\\p{N}])`, 'gu');

/** A character of a compound unit: letters, µ, digits, the decimal point, a caret or superscript digit of an exponent. */
const UNIT_CHAR = /[\p{L}\p{N}µμ.^⁰¹²³⁴⁵⁶⁷⁸⁹]/u;

/**
 * The compound units of the text, found from their slashes: symbols joined by slashes (`mg/dl`,
 * `mmol/l`, `ml/min/1.73`, `cells/µl`, `10^9^/l`), each once; a trailing period is not part of one.
 */
function* compoundUnits(text: string): Generator<{ start: number; text: string }> {
  let last = -1;
  for (let slash = text.indexOf('/'); slash !== -1; slash = text.indexOf('/', slash + 1)) {
    if (slash < last) continue;
    let start = slash;
    while (start > 0 && start > slash - 12 && UNIT_CHAR.test(text[start - 1])) start--;
    let end = slash + 1;
    while (end < text.length && end < slash + 40 && (UNIT_CHAR.test(text[end]) || (text[end] === '/' && UNIT_CHAR.test(text[end + 1] ?? '')))) end++;
    while (end > slash + 1 && text[end - 1] === '.') end--;
    last = end;
    if (start === slash || end === slash + 1) continue;
    yield { start, text: text.slice(start, end) };
  }
}

export const unitFormat: Rule = {
  code: 'unit-format',
  defaultSeverity: 'warning',
  description: 'A unit written against AMA style: liter as a lower-case l (ml, dl, mmol/l), cc for mL, mm Hg closed up, or a number run into a unit of length, pressure, temperature or time.',
  safeFixes: true,
  run({ model, report }) {
    const text = bodyText(model);
    const reported = new Set<number>();
    const add = (start: number, end: number, message: string, fix: Fix) => {
      if (reported.has(start)) return;
      reported.add(start);
      report({ start, end, message, fixes: [fix] });
    };
    const starts = doseNumberStarts(model);
    // A number with its unit run in and lower case (`5ml`) is dose-spacing's and this rule's: each reports its own part.
    for (const m of matches(AFTER_NUMBER, text, starts)) {
      const unit = m[2];
      const unitStart = m.index + m[0].length - unit.length;
      const number = m[0].slice(0, m[0].length - unit.length - m[1].length);
      if (unit === 'cc') {
        add(unitStart, unitStart + 2, `"${number}${m[1]}cc" is written "${number} mL" (ISMP: cc is misread as u, units; AMA uses mL)`, { title: 'Write mL', safe: true, edits: [{ start: unitStart - m[1].length, end: unitStart + 2, newText: ' mL' }] });
      } else {
        liter(unitStart, unit, add);
      }
    }
    for (const m of matches(RUN_IN, text, starts)) {
      const unitStart = m.index + m[0].length - unitLength(m[0]);
      const unit = text.slice(unitStart, m.index + m[0].length);
      const number = text.slice(m.index, unitStart);
      const fixed = unit === 'mmHg' ? 'mm Hg' : unit === '℃' ? '°C' : unit;
      add(m.index, m.index + m[0].length, `"${number}${unit}" has no space between the number and the unit: write ${number} ${fixed}`, {
        title: `Write ${number} ${fixed}`,
        safe: true,
        edits: [{ start: unitStart, end: unitStart + unit.length, newText: ` ${fixed}` }],
      });
    }
    // "mmHg" closed up where no number runs into it: "(mmHg)" in a table header, "120/80 mmHg".
    for (let at = text.indexOf('mmHg'); at !== -1; at = text.indexOf('mmHg', at + 4)) {
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[at + 4] ?? '')) continue;
      add(at, at + 4, '"mmHg" is written "mm Hg" (AMA)', { title: 'Write mm Hg', safe: true, edits: [{ start: at, end: at + 4, newText: 'mm Hg' }] });
    }
    for (const token of compoundUnits(text)) {
      const parts = token.text.split('/');
      // Every part a unit (or a number such as 1.73 or 10^9^), one of them a liter written with a lower-case l.
      if (!parts.every((part) => UNIT_SYMBOLS.has(part) || part in LOWER_LITER || COUNT.has(part) || /^[\d.]+(?:\^\d{1,2}\^|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|m2|m²)?$/.test(part))) continue;
      if (parts.every((part) => !(part in LOWER_LITER))) continue;
      let offset = token.start;
      for (const part of parts) {
        if (part in LOWER_LITER) liter(offset, part, add);
        offset += part.length + 1;
      }
    }
  },
};

const COUNT = new Set(['cells', 'copies', 'CFU', 'cfu', 'IU', 'U', 'beats', 'events']);

function liter(start: number, unit: string, add: (start: number, end: number, message: string, fix: Fix) => void): void {
  const right = LOWER_LITER[unit];
  add(start, start + unit.length, `"${unit}" is written "${right}": liter is an upper-case L in every unit symbol (AMA)`, { title: `Write ${right}`, safe: true, edits: [{ start, end: start + unit.length, newText: right }] });
}

/** The length of the unit at the end of a RUN_IN match. */
function unitLength(match: string): number {
  return /(?:mm Hg|[^\d.,]+)$/.exec(match)![0].length;
}

import type { Rule } from '../../rule';
import type { Span } from '../../types';
import { digitRuns, digitRunsWhere, hintStartsBefore, isAsciiDigit, matches, type DigitRuns } from '../../scan/matches';
import { withoutOverlaps } from '../../scan/spans';
import { contactDigits, contactText } from '../../text/privacy';
import { collapseWhitespace } from '../../references';
import { boundedGap, gapLength, optionalGap } from './wrap';

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/gu;
/** Between the groups of a number's digits: a space, dot or hyphen, or the line break of a hard-wrapped paragraph. */
const GROUP = String.raw`(?:[ .-]|\r?\n)`;
/** The digits of a number and what groups them, a line break included ("+44 20 7946\n0958"), never a blank line. */
const DIGITS_GROUPED = String.raw`(?:[\d \u00a0().-]|\r?\n(?![ \t\u00a0]*\r?\n))`;
/** North American: (718) 555-0192, 718-555-0192, 718.555.0192, +1 718 555 0192 */
/* A match starts with `+`, a digit or `(`: the look-ahead lets the scan skip other positions before the look-behind runs. */
const PHONE_NA = new RegExp(String.raw`(?=[+\d(])(?<![\p{L}\p{N}.,+/-])(?:\+?1${GROUP}?)?(?:\(\d{3}\)(?:[ \u00a0]|\r?\n)?|\d{3}${GROUP})\d{3}${GROUP}\d{4}(?![\p{L}\p{N}/]|[.-]\d)`, 'gu');
/** International: +44 20 7946 0958, +49 (0)30 1234567 */
const PHONE_INTL = new RegExp(String.raw`(?<![\p{L}\p{N}.,+/-])\+\d${DIGITS_GROUPED}{6,18}\d(?![\p{L}\p{N}/]|[.-]\d)`, 'gu');
/** Labelled: "phone 555-1234", "fax: 020 7946 0958", "pager #4471", "reachable at 555-0192" */
const W = boundedGap(3);
const S = optionalGap(3);
const LABEL = `(?:phone|telephone|tel\\.?|fax|mobile|pager|beeper|call(?:ed)?(?:${W}(?:him|her|them))?${W}at|reach(?:ed|able)?${W}at|contact(?:ed)?${W}at|dial(?:ed|ling)?)`;
const PHONE_LABELLED = new RegExp(`(?=[ptfmbcrdPTFMBCRD])(?<![\\p{L}])${LABEL}(?:${S}(?:number|no\\.?|#))?${S}[:#]?${S}(?:at${W}|is${W})?(\\+?\\(?\\d${DIGITS_GROUPED}{3,18}\\d)(?![\\p{L}\\p{N}])`, 'giu');

/**
 * Where the phone expressions can start (`matches` tries them there only). A number opens with a
 * digit behind a look-behind that excludes digits (the start of a run of digits), or with the `+`
 * or `(` just before such a run; the international form only with that `+`. A North American
 * number's first run is its area code (three digits) or its country code 1, alone or run together
 * with the area code (`1718-555-0192`): runs of other lengths never start one. The labelled form opens
 * with its label (at most LABEL_LONGEST characters, no look-arounds: LABEL_HINT, with the same
 * flags) and reaches the first digit within LABEL_TO_DIGIT characters: its starts are where
 * LABEL_HINT matches in the LABEL_BEFORE_DIGITS characters before a run of digits. A gap may be a
 * hard-wrapped paragraph's line break (see ./wrap).
 */
const LABEL_HINT = new RegExp(LABEL, 'giu');
/** The longest label, "called them at", with its two gaps at their longest. */
const LABEL_LONGEST = 'calledthemat'.length + 2 * gapLength(3);
/** From a label's start to the first digit, at most: "number", ":" and "at", each after a gap, and `+(`. */
const LABEL_TO_DIGIT = LABEL_LONGEST + 4 * gapLength(3) + 'number'.length + 1 + 'at'.length + 2;
export const LABEL_BEFORE_DIGITS = LABEL_TO_DIGIT + 15;
export const LABEL_LENGTH = LABEL_LONGEST + 6;

export function phoneStarts(text: string, digits: DigitRuns = digitRuns(text)): { na: number[]; intl: number[]; labelled: number[] } {
  // A `+` before a run of digits: a `+` and a digit (found by indexOf, not by asking every run).
  const intl: number[] = [];
  for (let at = text.indexOf('+'); at !== -1; at = text.indexOf('+', at + 1)) if (isAsciiDigit(text.charCodeAt(at + 1))) intl.push(at);
  const na: number[] = [];
  const northAmerican = digitRunsWhere(text, digits, opensNorthAmerican, false);
  for (let i = 0; i < northAmerican.length; i++) {
    const at = northAmerican[i];
    const before = text.charCodeAt(at - 1);
    if (before === 43 /* + */ || before === 40 /* ( */) na.push(at - 1);
    na.push(at);
  }
  const grouped = digitRunsWhere(text, digits, opensGroupedNumber, true, 1);
  return { na, intl, labelled: hintStartsBefore(LABEL_HINT, text, grouped, LABEL_BEFORE_DIGITS, LABEL_LENGTH) };
}

/**
 * Can a run of digits be the first of a North American number: three digits, or a 1 alone or before
 * three more, followed by what follows them there (a group's separator, a line break, the `)` of
 * the area code, the `(` after the country code)?
 */
function opensNorthAmerican(length: number, first: number, next: number): boolean {
  return (length === 3 || (first === 49 /* 1 */ && (length === 1 || length === 4))) && (next === 32 || next === 46 || next === 45 || next === 10 || next === 13 || next === 41 /* ) */ || next === 40 /* ( */);
}

/**
 * Can a run of digits open the grouped number of a labelled one (`\d` and at least four more of
 * DIGITS_GROUPED)? More than one digit always can (asked of runs of one digit only, `longer`
 * answers for the others); one digit when followed by a space, a parenthesis, a dot, a hyphen or a
 * line break.
 */
function opensGroupedNumber(length: number, _first: number, next: number): boolean {
  return length > 1 || next === 32 || next === 0xa0 || next === 40 || next === 41 || next === 46 || next === 45 || next === 10 || next === 13;
}

/** The expressions, for the property test that compares the fast path with a full scan. */
export const PATTERNS = { na: PHONE_NA, intl: PHONE_INTL, labelled: PHONE_LABELLED };

const digits = (s: string) => s.replace(/\D/g, '').length;

export const phiContact: Rule = {
  code: 'phi-contact',
  defaultSeverity: 'warning',
  description: 'A telephone or fax number or an e-mail address in the body (HIPAA Safe Harbor identifiers).',
  run({ model, config, report }) {
    const text = contactText(model, config.privacy.allow);
    const found: (Span & { kind: string })[] = [];
    for (const m of emails(text)) {
      const tld = m[0].slice(m[0].lastIndexOf('.') + 1);
      if (/\p{L}{2,}/u.test(tld)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'an e-mail address' });
    }
    const starts = phoneStarts(text, contactDigits(model, config.privacy.allow));
    for (const m of matches(PHONE_NA, text, starts.na)) found.push({ start: m.index, end: m.index + m[0].length, kind: 'a telephone number' });
    for (const m of matches(PHONE_INTL, text, starts.intl)) {
      const n = digits(m[0]);
      if (n >= 8 && n <= 15) found.push({ start: m.index, end: m.index + m[0].length, kind: 'a telephone number' });
    }
    for (const m of matches(PHONE_LABELLED, text, starts.labelled)) {
      if (digits(m[1]) < 5) continue;
      const start = m.index + m[0].length - m[1].length;
      found.push({ start, end: m.index + m[0].length, kind: /fax/i.test(m[0]) ? 'a fax number' : 'a telephone number' });
    }
    for (const item of withoutOverlaps(found)) {
      report({ start: item.start, end: item.end, message: `"${collapseWhitespace(text.slice(item.start, item.end))}" looks like ${item.kind}, an identifier under HIPAA Safe Harbor; remove it from the report` });
    }
  },
};

const EMAIL_AT = new RegExp(EMAIL.source, 'uy');

/**
 * The matches of EMAIL, found only around the `@` signs: every address holds exactly one `@` and at
 * most 64 characters before it, so trying those starts in order gives what a global scan gives,
 * without running the Unicode classes over the whole report.
 */
function* emails(text: string): Generator<RegExpExecArray> {
  let from = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', Math.max(at + 1, from))) {
    for (let start = Math.max(from, at - 64); start < at; start++) {
      EMAIL_AT.lastIndex = start;
      const match = EMAIL_AT.exec(text);
      if (match) {
        yield match;
        from = start + match[0].length;
        break;
      }
    }
  }
}

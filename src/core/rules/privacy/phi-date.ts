import type { Rule } from '../../rule';
import { digitRunsWhere, hintStarts, isAsciiDigit, isSpaceOrTab, matches, mergeStarts, type DigitRuns } from '../../scan/matches';
import { withoutOverlaps } from '../../scan/spans';
import { privacyDigits, privacyText } from '../../text/privacy';
import { relativeTimeFix } from './fixes';
import type { Span } from '../../types';
import { collapseWhitespace } from '../../references';
import { WORD_GAP } from './wrap';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
const YEAR = '(?:1[89]|20)\\d{2}';
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
/**
 * Each expression opens with a look-ahead for the characters a match can start with (a month's
 * capital, a digit): a cheap test that spares the Unicode look-behind at every other position.
 */
/** The first letters of the months, as the expressions write them and isMonthInitial reads them. */
const MONTH_INITIALS = 'JFMASOND';
const MONTH_START = `(?=[${MONTH_INITIALS}])`;

/** `March 3, 2017`, `March 3rd`, `Mar. 3 2017` */
const MONTH_DAY = new RegExp(`${MONTH_START}${B}${MONTH}\\.?${WORD_GAP}${DAY}(?:,?${WORD_GAP}${YEAR})?${E}(?![.,]\\d)`, 'gu');
/** `3 March 2017`, `the 3rd of March` */
const DAY_MONTH = new RegExp(`(?=\\d)${B}${DAY}(?:${WORD_GAP}of)?${WORD_GAP}${MONTH}(?:\\.(?=${WORD_GAP}?\\d))?(?:,?${WORD_GAP}${YEAR})?${E}`, 'gu');
/** `14-Mar-2018`, `14-Mar-18`, `Mar-14-2018`: how clinical systems print dates */
const HYPHENATED = new RegExp(`(?=[\\d${MONTH_INITIALS}])${B}(?:${DAY}-${MONTH}|${MONTH}-${DAY})-(?:${YEAR}|\\d{2})${E}`, 'gu');
/** `March 2017`, `March of 2017` (a month is an element of a date, too) */
const MONTH_YEAR = new RegExp(`${MONTH_START}${B}${MONTH}\\.?,?${WORD_GAP}(?:of${WORD_GAP})?${YEAR}${E}`, 'gu');
/** `03/14/2018`, `14.03.18`, `3-14-2018`: three parts, the same separator twice */
const NUMERIC = /(?=\d)(?<![\p{L}\p{N}.,/-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\p{L}\p{N}]|[/.-]\d)/gu;
/** `2018-03-14`, `2018/03/14` */
const ISO = /(?=[12])(?<![\p{L}\p{N}.,/-])((?:1[89]|20)\d{2})([/.-])(\d{1,2})\2(\d{1,2})(?![\p{L}\p{N}]|[/.-]\d)/gu;

/**
 * Where the expressions can start (`matches` tries them there only). A day or a numeric date opens
 * with a digit behind a look-behind that excludes digits, a run of one or two digits (`days`)
 * followed by a day's suffix, a gap, or a separator and what comes after it in a date
 * (canFollowDay); an ISO date with a run of four followed by a separator and a digit (`years`).
 * "Figure 12." or "Figure 1999." opens none. A month opens with its first three letters (MONTH_HINT: no
 * list of every capitalised word first).
 */
export type StartKind = 'days' | 'years' | 'months' | 'either';
const MONTH_HINT = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/g;

/** Each expression with where it can start; the first four are reported as they match, the last two after a range check. */
export const PATTERNS: [RegExp, StartKind][] = [
  [HYPHENATED, 'either'],
  [MONTH_DAY, 'months'],
  [DAY_MONTH, 'days'],
  [MONTH_YEAR, 'months'],
  [NUMERIC, 'days'],
  [ISO, 'years'],
];

/** The candidate starts of each kind for a text whose digit runs start at `digits`. */
export function dateStarts(text: string, digits: DigitRuns): Record<StartKind, ArrayLike<number>> {
  const months = hintStarts(MONTH_HINT, text);
  const days = digitRunsWhere(text, digits, (length, _first, next, after) => length <= 2 && canFollowDay(next, after), false, 2);
  return { days, years: digitRunsWhere(text, digits, opensIsoDate, false), months, either: mergeStarts(days, months) };
}

/**
 * Can these characters follow a day's digits: the first letter of its suffix (`3rd`), a gap before
 * the month (WORD_GAP), a separator and the month's first digit (a numeric date), or a hyphen and
 * the month's first letter (a hyphenated one)? (A day is a whole run of digits: what follows it is
 * never a digit.)
 */
function canFollowDay(next: number, after: number): boolean {
  if (isDateSeparator(next)) return isAsciiDigit(after) || (next === 45 /* - */ && isMonthInitial(after));
  return isSpaceOrTab(next) || next === 10 || next === 13 || next === 0x73 /* s */ || next === 0x6e /* n */ || next === 0x72 /* r */ || next === 0x74 /* t */;
}

/**
 * Can a run of digits open an ISO date (ISO): a year of four digits from 1 or 2, a separator and the
 * month's first digit?
 */
function opensIsoDate(length: number, first: number, next: number, after: number): boolean {
  return length === 4 && (first === 0x31 || first === 0x32) && isDateSeparator(next) && isAsciiDigit(after);
}

/** The capitals a month's name starts with (MONTH: J, F, M, A, S, O, N or D). */
function isMonthInitial(code: number): boolean {
  return MONTH_INITIALS.includes(String.fromCharCode(code));
}

/** `/`, `.` or `-`, between the parts of a numeric date. */
function isDateSeparator(code: number): boolean {
  return code === 47 || code === 46 || code === 45;
}

/**
 * A publication history line: the keyword right before the date, at the start of a line or clause
 * ("Received: May 2, 2019; accepted: June 1, 2019", "**Published online** March 3, 2020").
 */
const HISTORY = new RegExp(
  String.raw`(?:^|[\n.;,|(]|\*\*|__)[ \t*_]*(?:Received|Accepted|Revised|Resubmitted|Submitted|Published(?:${WORD_GAP}online)?|First${WORD_GAP}published|Date${WORD_GAP}of${WORD_GAP}(?:submission|acceptance|publication))(?:${WORD_GAP}(?:for${WORD_GAP}publication|in${WORD_GAP}(?:final|revised)${WORD_GAP}form))?[ \t*_]*:?[ \t*_]*(?:\r?\n[ \t*_]*)?(?:on${WORD_GAP})?$`,
  'i',
);
/** A note that the work was shown at a meeting: "Presented at the ACR Annual Meeting, November 8-13, 2019". */
const PRESENTED = /\b(?:presented|presentation|abstract|poster)\b/i;
const MEETING = /\b(?:meeting|congress|conference|symposium|convention|summit|forum|workshop|scientific\s+sessions?|annual\s+session|grand\s+rounds|course)\b/i;
/** A named event week: "Kidney Week", "Digestive Disease Week" (capitalised: "a week" is not one). */
const EVENT_WEEK = /\b\p{Lu}\p{L}+\s+Week\b/u;
/**
 * A note that opens with "Presented at" (or "This case was presented at", "An abstract of this
 * work was presented as"): the patient "presented with", never at a sentence's start.
 */
const PRESENTED_NOTE = /^[\s*_]*(?:(?:(?:This|The)\s+(?:case|work|report|abstract|poster|study)|An?\s+(?:abstract|earlier\s+version|part|portion)\s+of\s+this\s+(?:case|work|report|study))\s+(?:was|has\s+been)\s+)?presented\s+(?:in\s+part\s+)?(?:at|as|during)\b/i;
/**
 * A candidate sentence break: a period, question or exclamation mark before a capital, or a line
 * end that is not a hard-wrapped paragraph's (a blank line, a list item, a table row, a heading or
 * a quotation follows). The sentences, and the patterns read in them, may span wrapped lines.
 */
const SENTENCE_BREAK = /[.!?](?:[ \t]+|[ \t]*\r?\n[ \t]*)(?=\p{Lu})|\r?\n(?=[ \t]*(?:\r?\n|$|[-*+>|#]|\d{1,9}[.)][ \t]))/gu;
/** What a real break follows: a word of 4+ letters or a digit ("Nov." and "Dr." are not). */
const BREAK_AFTER = /(?:\p{L}{4}|\d)$/u;

/**
 * Is the date at `at` about the article, not the patient (Safe Harbor's dates are the patient's):
 * a received/accepted/published line, or a sentence noting a presentation at a meeting?
 */
export function isPublicationDate(text: string, at: number): boolean {
  if (HISTORY.test(text.slice(Math.max(0, at - 60), at))) return true;
  const { start, end } = sentenceAround(text, at);
  const sentence = text.slice(start, end);
  return PRESENTED_NOTE.test(sentence) || (PRESENTED.test(sentence) && (MEETING.test(sentence) || EVENT_WEEK.test(sentence)));
}

/** The sentence that holds offset `at` (a wrapped paragraph's sentence may span lines). */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  const from = Math.max(0, at - 400);
  const window = text.slice(from, Math.min(text.length, at + 400));
  let start = 0;
  let end = window.length;
  SENTENCE_BREAK.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = SENTENCE_BREAK.exec(window)) !== null) {
    const lineEnd = match[0][0] === '\n' || match[0][0] === '\r';
    if (!lineEnd && !BREAK_AFTER.test(window.slice(Math.max(0, match.index - 4), match.index))) continue;
    const breakAt = match.index + match[0].length;
    if (breakAt <= at - from) start = breakAt;
    else {
      end = match.index + match[0].length;
      break;
    }
  }
  return { start: from + start, end: from + end };
}

export const phiDate: Rule = {
  code: 'phi-date',
  defaultSeverity: 'warning',
  description: 'A calendar date more specific than a year in the body (HIPAA Safe Harbor): write relative time instead.',
  run({ model, config, report }) {
    const text = privacyText(model, config.privacy.allow);
    const found: (Span & { what: string })[] = [];
    const starts = dateStarts(text, privacyDigits(model, config.privacy.allow));
    for (const [re, kind] of PATTERNS.slice(0, 4)) {
      for (const m of matches(re, text, starts[kind])) found.push({ start: m.index, end: m.index + m[0].length, what: collapseWhitespace(m[0]) });
    }
    for (const m of matches(NUMERIC, text, starts.days)) {
      const [a, b] = [Number(m[1]), Number(m[3])];
      // With periods (14.03.18) the day and month are written with two digits, or the year with four: not a version number (2.1.10).
      const dotted = m[2] === '.' && !(m[1].length === 2 && m[3].length === 2) && m[4].length !== 4;
      if (!dotted && a >= 1 && b >= 1 && a <= 31 && b <= 31 && (a <= 12 || b <= 12)) found.push({ start: m.index, end: m.index + m[0].length, what: m[0] });
    }
    for (const m of matches(ISO, text, starts.years)) {
      const [month, day] = [Number(m[3]), Number(m[4])];
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) found.push({ start: m.index, end: m.index + m[0].length, what: m[0] });
    }
    for (const date of withoutOverlaps(found)) {
      if (isPublicationDate(text, date.start)) continue;
      report({
        start: date.start,
        end: date.end,
        message: `"${date.what}" is a date more specific than a year, an identifier under HIPAA Safe Harbor; describe time relative to presentation ("on day 3", "two months later")`,
        fixes: [relativeTimeFix(text, date)],
      });
    }
  },
};

import type { Rule } from '../../rule';
import type { Span } from '../../types';
import { digitRunsWhere, hintStarts, isSpaceOrTab, matches, mergeStarts, type DigitRuns } from '../../scan/matches';
import { withoutOverlaps } from '../../scan/spans';
import { privacyDigits, privacyText } from '../../text/privacy';
import { AGED_90_OR_OLDER, aged90OrOlderFix } from './fixes';
import { optionalGap, WORD_GAP } from './wrap';
import { collapseWhitespace } from '../../references';

/** 90 to 129, in digits or words ("ninety-two"). */
const AGE = '(?:(?<![\\p{N}.,])(?:9\\d|1[0-2]\\d)(?![\\p{N}])|(?<![\\p{L}])(?:[Nn]inety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:[Oo]ne )?[Hh]undred(?:(?: and)? (?:one|two|three|four|five|six|seven|eight|nine|ten))?))';
/**
 * What an age can start with (9, 1, or the n/o/h of "ninety", "one hundred", "hundred"; the
 * expressions ignore case): a cheap look-ahead that spares the Unicode look-behinds at every other
 * position of the text.
 */
export const AGE_START = '(?=[91noh])';
/** Up to three spaces, or a line break of a hard-wrapped paragraph (./wrap). */
const GAP = optionalGap(3);
/** The hyphen and dashes between an age and "years", as SEP writes them and canFollowAge reads them. */
const DASHES = '-\u2010\u2013';
const SEP = `${GAP}[${DASHES}]?${GAP}`;
/** "aged 90 or older" and "90+" are the Safe Harbor way of saying it. */
const NOT_AGGREGATE = `(?!${GAP}(?:years?${WORD_GAP})?(?:\\+|or${WORD_GAP}(?:older|over|above|more)|and${WORD_GAP}(?:older|over|above)))`;

export const PATTERNS = [
  // "92-year-old", "92 years old", "92-yr-old", "ninety-two-year-old"
  new RegExp(`${AGE_START}${AGE}${SEP}(?:years?|yrs?|y)${SEP}old(?![\\p{L}])`, 'giu'),
  // "92 yo", "92 y/o", "92 y.o."
  new RegExp(`${AGE_START}${AGE}${GAP}(?:yo|y/o|y\\.o\\.?)(?![\\p{L}\\p{N}])`, 'giu'),
  // "92 years of age"
  new RegExp(`${AGE_START}${AGE}${WORD_GAP}years?${WORD_GAP}of${WORD_GAP}age(?![\\p{L}])`, 'giu'),
  // "(92 years)", "(92 y)": an age given in parentheses
  new RegExp(`${AGE_START}(?<=\\([ \\t]{0,3})${AGE}${GAP}(?:years?|yrs?|y)(?=[ \\t]{0,3}[,;)])`, 'giu'),
  // "aged 94", "age 94", "at the age of 94", "age: 94"
  new RegExp(`(?=a)(?<![\\p{L}])(?:aged|age(?:${WORD_GAP}of)?|age:)${WORD_GAP}${AGE}${NOT_AGGREGATE}(?!${GAP}(?:%|mg|kg|days?|weeks?|months?|min|mm|cm)(?![\\p{L}]))`, 'giu'),
];

/**
 * Where each expression of PATTERNS can start (`matches` tries it there only). The first four open
 * with the age: in digits behind a look-behind that excludes digits, a whole run of digits (no
 * digit follows it) of two digits from 9 or three from 1, or a word ("ninety", "one hundred",
 * "hundred"); the last opens with "age". One scan finds the words; the digit runs are shared with
 * the other privacy rules.
 */
const WORD_HINT = /ninety|one hundred|hundred|age/gi;

export function ageStarts(text: string, digits: DigitRuns): { age: ArrayLike<number>; aged: number[] } {
  const words: number[] = [];
  const aged: number[] = [];
  for (const at of hintStarts(WORD_HINT, text)) (text.charCodeAt(at) | 32) === 97 /* a */ ? aged.push(at) : words.push(at);
  const ages = digitRunsWhere(text, digits, (length, first, next) => ((length === 2 && first === 0x39) || (length === 3 && first === 0x31)) && canFollowAge(next), false, 3);
  return { age: mergeStarts(ages, words), aged };
}

/**
 * Can this character follow an age in digits in the first four expressions: a gap or a hyphen
 * (GAP, SEP: a space, a tab, a no-break space, a line break, a hyphen or dash) or the `y` of
 * "years", "yo" (either case)? "Figure 95," or a dose of 100 mg opens none.
 */
function canFollowAge(next: number): boolean {
  return isSpaceOrTab(next) || next === 10 || next === 13 || DASHES.includes(String.fromCharCode(next)) || (next | 0x20) === 0x79 /* y */;
}

/** Which list of ageStarts each expression of PATTERNS is tried at. */
export const STARTS: ('age' | 'aged')[] = ['age', 'age', 'age', 'age', 'aged'];

export const phiAge: Rule = {
  code: 'phi-age',
  defaultSeverity: 'warning',
  description: `An age over 89 in the body (HIPAA Safe Harbor): write "${AGED_90_OR_OLDER}".`,
  run({ model, config, report }) {
    const text = privacyText(model, config.privacy.allow);
    const found: Span[] = [];
    const starts = ageStarts(text, privacyDigits(model, config.privacy.allow));
    PATTERNS.forEach((re, i) => {
      for (const m of matches(re, text, starts[STARTS[i]])) found.push({ start: m.index, end: m.index + m[0].length });
    });
    for (const age of withoutOverlaps(found)) {
      const fix = aged90OrOlderFix(text, age);
      report({ ...age, message: `"${collapseWhitespace(text.slice(age.start, age.end))}" is an age over 89, an identifier under HIPAA Safe Harbor; write "${AGED_90_OR_OLDER}"`, ...(fix ? { fixes: [fix] } : {}) });
    }
  },
};

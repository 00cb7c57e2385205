import type { Fix, Span } from '../../types';
import { collapseWhitespace } from '../../references';

/**
 * The privacy quick fixes: each replaces what identifies the patient with what a case report
 * writes instead. None is safe (the author judges whether the words are the patient's), so
 * `casereport fix` never applies them.
 */

/** Words after which a date is the object of the preposition already there ("on March 3"). */
const PREPOSITION = /(?:^|[^\p{L}])(?:on|from|to|until|till|through|since|by|of|after|before|between|and)[ \t\u00a0]+$/iu;

/** A date → a relative time the author completes: `on day N`, N selected (a snippet). */
export function relativeTimeFix(text: string, date: Span): Fix {
  const before = text.slice(Math.max(0, date.start - 12), date.start);
  const words = PREPOSITION.test(before) ? 'day ${1:N}' : 'on day ${1:N}';
  return { title: 'Replace the date with a relative time (day N)', safe: false, snippet: true, edits: [{ ...date, newText: words }] };
}

/** A name after an honorific → "the patient" ("The patient" where a sentence starts). */
export function thePatientFix(text: string, name: Span): Fix {
  const before = text.slice(Math.max(0, name.start - 4), name.start);
  const opens = /(?:^|[.!?]["”’)]?[ \t\u00a0]+|\n[ \t]*(?:[-*+][ \t]+)?)$/.test(before) || name.start === 0;
  const words = opens ? 'The patient' : 'the patient';
  return { title: `Replace "${collapseWhitespace(text.slice(name.start, name.end))}" with "${words}"`, safe: false, edits: [{ ...name, newText: words }] };
}

/** The Safe Harbor wording of an age over 89, the one phi-age's message asks for. */
export const AGED_90_OR_OLDER = 'aged 90 or older';

/** Who an age describes: the noun that ends "a 92-year-old [retired] man". */
const PERSON = /^(?:man|woman|male|female|patient|gentleman|lady|person|individual|mother|father|wife|husband|widow|widower|resident|veteran|boy|girl)$/i;
/** A word that follows the person, not part of its description ("a 91-year-old retired nurse presented with ..."). */
const AFTER_PERSON = /^(?:with|who|whose|was|is|had|has|presented|presents|developed|came|complained|underwent|reported|received|died|lived|noticed|sought|attended|visited|experienced|began|became|suffered|from|in|on|at|of|and|but|for|to)$/i;
const DETERMINER = /(?:^|[^\p{L}])([aA]n?|[Tt]he|[Tt]his|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)[ \t\u00a0]+$/u;

/**
 * An age over 89 → "aged 90 or older", as a clinician writes it: "aged 94" → "aged 90 or older",
 * "93 years of age" and "(92 years)" → "aged 90 or older", and an age describing a person moves after
 * the person ("A 92-year-old woman presented" → "A woman aged 90 or older presented", "a 91-year-old
 * retired nurse (" → "a retired nurse aged 90 or older ("). Where the person cannot be told (more
 * than four words, or none), no fix: the message says what to write.
 */
export function aged90OrOlderFix(text: string, age: Span): Fix | undefined {
  const written = text.slice(age.start, age.end);
  const title = `Write "${AGED_90_OR_OLDER}"`;
  if (/^age/i.test(written)) {
    // "aged 94", "age 94", "at the age of 94", "age: 94": the number alone.
    const number = /(?:\d+|[Nn]inety(?:[- ][a-z]+)?|(?:[Oo]ne )?[Hh]undred(?:(?: and)? [a-z]+)?)$/.exec(written);
    if (!number) return undefined;
    const start = age.start + number.index;
    return { title, safe: false, edits: [{ start, end: age.end, newText: '90 or older' }] };
  }
  const determiner = DETERMINER.exec(text.slice(Math.max(0, age.start - 8), age.start));
  const after = /^[ \t\u00a0]+((?:[\p{L}][\p{L}'-]*(?:[ \t\u00a0]+|(?![\p{L}'-]))){0,4})/u.exec(text.slice(age.end, age.end + 120));
  const words = after ? [...after[1].matchAll(/[\p{L}][\p{L}'-]*/gu)] : [];
  // "he was 93 years of age", "the patient (92 years)": the age says it alone.
  if (!after || (!determiner && !(words.length > 0 && PERSON.test(words[0][0])))) return { title, safe: false, edits: [{ ...age, newText: AGED_90_OR_OLDER }] };
  // "a 92-year-old [retired] woman", "92 y/o male": the words up to the person move before the age.
  let last = -1;
  for (let i = 0; i < words.length; i++) {
    if (AFTER_PERSON.test(words[i][0])) break;
    last = i;
    if (PERSON.test(words[i][0])) break;
  }
  const rest = text.slice(age.end + after[0].length);
  const endsPhrase = last >= 0 && (PERSON.test(words[last][0]) || last + 1 < words.length || /^[^\p{L}\p{N}]/u.test(rest) || rest === '');
  if (!endsPhrase) return undefined;
  const wordsStart = age.end + after[0].length - after[1].length;
  const personEnd = wordsStart + words[last].index + words[last][0].length;
  const edits = [
    { start: age.start, end: wordsStart, newText: '' },
    { start: personEnd, end: personEnd, newText: ` ${AGED_90_OR_OLDER}` },
  ];
  const article = determiner?.[1] ?? '';
  if (determiner && /^an?$/i.test(article)) {
    const wanted = /^[aeiou]/i.test(words[0][0]) ? `${article[0]}n` : article[0];
    const at = age.start - determiner[0].length + determiner[0].indexOf(article);
    if (wanted !== article) edits.unshift({ start: at, end: at + article.length, newText: wanted });
  }
  return { title, safe: false, edits };
}

/** What a number the fix cannot remove cleanly becomes: the author sees where, and rewrites the sentence. */
export const IDENTIFIER_REMOVED = '[removed]';

const SPACE = /[ \t\u00a0]/;
/** A preposition that only carries the identifier ("seen with MRN 12345678", "admitted under MRN ..."). */
const CARRIER = /(?:^|[^\p{L}])(with|under|bearing)[ \t\u00a0]+$/iu;
/** Who the identifier belongs to, at a sentence start ("Her MRN is ...", "The MRN was ...", "The patient's MRN was ..."). */
const OWNER = String.raw`(?:(?:[Hh]er|[Hh]is|[Tt]heir|[Tt]he|(?:[Tt]he[ \t\u00a0]+)?[Pp]atient['’]s)[ \t\u00a0]+)?`;
/** Before a sentence start on one line: nothing, a list marker, or the previous sentence's end. */
const SENTENCE_OPEN = new RegExp(String.raw`(^[ \t]*(?:[-*+][ \t]+|\d{1,3}[.)][ \t]+)?|[.!?]["”’)]?[ \t\u00a0]+)(${OWNER})$`, 'u');

interface Removal { start: number; end: number; capitalize?: number }

/** `at` moved back over the spaces before it, not past `lineStart`. */
function spacesBefore(text: string, at: number, lineStart: number): number {
  while (at > lineStart && SPACE.test(text[at - 1])) at--;
  return at;
}

/**
 * A record number → removed so the sentence still reads: in parentheses `(MRN 4481920)` with the
 * space before them; an item of a parenthesised list (`(age 45, MRN 12345678, female)`) with one separator; between commas
 * (`, MRN 12345678,`, an aside) with both; at the end of a clause (`, MRN 5567321.`) with the comma;
 * with the preposition that only carries it (`seen with MRN 12345678`; `with MRN ... and a history`
 * keeps the `with`, `with MRN ... and admitted` does not); a label that opens a sentence (`MRN: 12345678. She ...`, `Her MRN was
 * 12345678.`, a list item `- MRN: 12345678`) with its sentence or line, or with its separator
 * (`MRN 12345678: 45-year-old woman` → `45-year-old woman`). Anywhere else removing it would break
 * the sentence: the number becomes `[removed]` (`Her SSN [removed] was recorded`), for the author to see.
 */
export function identifierFix(text: string, identifier: Span, number: Span): Fix {
  const removal = cleanRemoval(text, identifier);
  if (removal) {
    const edits = [{ start: removal.start, end: removal.end, newText: '' }];
    if (removal.capitalize !== undefined) {
      const at = removal.capitalize;
      edits.push({ start: at, end: at + 1, newText: text[at].toUpperCase() });
    }
    return { title: `Remove "${collapseWhitespace(text.slice(removal.start, removal.end).trim())}"`, safe: false, edits };
  }
  return { title: `Replace "${text.slice(number.start, number.end)}" with "${IDENTIFIER_REMOVED}"`, safe: false, edits: [{ ...number, newText: IDENTIFIER_REMOVED }] };
}

function cleanRemoval(text: string, { start, end }: Span): Removal | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextNewline = text.indexOf('\n', end);
  const lineEnd = nextNewline < 0 ? text.length : nextNewline;
  const before = wrappedBefore(text, lineStart, start);
  const beforeStart = start - before.length;
  const after = text.slice(end, lineEnd);
  const inParentheses = before.lastIndexOf('(') > before.lastIndexOf(')');
  // "(MRN 4481920)"
  if (text[start - 1] === '(' && text[end] === ')') return { start: spacesBefore(text, start - 1, lineStart), end: end + 1 };
  // "(MRN 1234567, account no. 99887766)" and "(account no. 99887766, MRN 1234567)"
  const separatorAfter = /^[,;][ \t\u00a0]*/.exec(after);
  if (inParentheses && /\([ \t\u00a0]*$/.test(before) && separatorAfter) return { start, end: end + separatorAfter[0].length };
  const separatorBefore = /[ \t\u00a0]*[,;][ \t\u00a0]*$/.exec(before);
  if (inParentheses && separatorBefore && /^[ \t\u00a0]*\)/.test(after)) return { start: start - separatorBefore[0].length, end };
  // "seen with MRN 12345678", "a woman with MRN 12345678 and a history of lupus"
  const carrier = CARRIER.exec(before);
  if (carrier) {
    const and = /^[ \t\u00a0]+and[ \t\u00a0]+(\p{L}+)(?![\p{L}-])/u.exec(after);
    // "with MRN 12345678 and a history of lupus": the "with" stays for what follows.
    if (and && /^(?:an?|the|no|her|his|their)$/i.test(and[1])) return { start, end: end + and[0].length - and[1].length };
    // "with MRN 12345678 and admitted", "... and was admitted": the "with" goes with it.
    if (and && !/^(?:was|were|is|had|has|underwent|\p{L}+ed)$/iu.test(and[1])) return undefined;
    return { start: spacesBefore(text, start - carrier[0].length + carrier[0].indexOf(carrier[1]), beforeStart), end };
  }
  const commaBefore = /[ \t\u00a0]*,[ \t\u00a0]*$/.exec(before);
  if (commaBefore) {
    // "in clinic, MRN 5567321." and "..., MRN 12345678, and admitted"
    if (/^[ \t\u00a0]*(?:[.;:!?)]|$)/.test(after)) return { start: start - commaBefore[0].length, end };
    // "(age 45, MRN 12345678, female)": one item of a list, one comma.
    if (inParentheses && /^[ \t\u00a0]*,/.test(after)) return { start: start - commaBefore[0].length, end };
    if (/^[ \t\u00a0]*,/.test(after)) return { start: start - commaBefore[0].length, end: end + after.indexOf(',') + 1 };
  }
  return labelRemoval(text, { start, end }, lineStart, lineEnd);
}

/**
 * The text of the line before `start`; when the identifier opens a line wrapped from the line before
 * (`admitted,⏎MRN 12345678, with fever`), that line and this one, the line break read as spaces of
 * its length, so that a comma or "with" at the end of the line before is found where it is.
 */
function wrappedBefore(text: string, lineStart: number, start: number): string {
  const own = text.slice(lineStart, start);
  if (lineStart === 0 || own.trim() !== '') return own;
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const previous = previousLine(text, lineStart);
  if (previous.trim() === '') return own;
  // The line break (\n or \r\n) as spaces, so that offsets into `before` stay offsets into the text.
  return previous + ' '.repeat(lineStart - previousStart - previous.length) + own;
}

/** The line that ends just before `lineStart` (a line's start after the first), without its line break. */
function previousLine(text: string, lineStart: number): string {
  return text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1).replace(/\r$/, '');
}

/** An identifier that opens a sentence: "MRN: 12345678.", "Her MRN was 12345678.", "MRN 12345678: ...". */
function labelRemoval(text: string, { start, end }: Span, lineStart: number, lineEnd: number): Removal | undefined {
  const open = SENTENCE_OPEN.exec(text.slice(lineStart, start));
  if (!open) return undefined;
  const sentenceStart = start - open[2].length;
  const atLineStart = open.index === 0;
  // A line that starts a paragraph wrapped from the line before is not a sentence start.
  if (atLineStart && !/[-*+\d]/.test(open[1]) && lineStart > 0) {
    const previous = previousLine(text, lineStart);
    if (previous.trim() !== '' && !/[.!?:]["”’)]?[ \t]*$/.test(previous)) return undefined;
  }
  const after = text.slice(end, lineEnd);
  const stop = /^[ \t\u00a0]*(?:[.!?]|$)/.exec(after);
  if (stop) {
    const sentenceEnd = end + stop[0].length;
    const rest = text.slice(sentenceEnd, lineEnd);
    // The line holds nothing else: the line goes ("- MRN: 12345678").
    if (atLineStart && rest.trim() === '') return { start: lineStart, end: Math.min(text.length, lineEnd + 1) };
    if (rest.trim() !== '') return { start: sentenceStart, end: sentenceEnd + (rest.length - rest.trimStart().length) };
    return { start: spacesBefore(text, sentenceStart, lineStart), end: sentenceEnd };
  }
  // "MRN 12345678: 45-year-old woman", "MRN 12345678, she was admitted": a label, not an owner's.
  const separator = /^[ \t\u00a0]*[:,;–—-][ \t\u00a0]+(?=\S)/.exec(after);
  if (!separator || open[2] !== '') return undefined;
  const next = end + separator[0].length;
  return { start, end: next, capitalize: /\p{Ll}/u.test(text[next]) ? next : undefined };
}

import type { Fix, Span } from '../../types';

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
  return { title: `Replace "${text.slice(name.start, name.end)}" with "${words}"`, safe: false, edits: [{ ...name, newText: words }] };
}

/** An age over 89 → "over 89", the number alone replaced ("a 92-year-old" → "an over-89-year-old"). */
export function over89Fix(text: string, age: Span): Fix | undefined {
  const written = text.slice(age.start, age.end);
  const number = /\d+|(?:[Nn]inety(?:[- ][a-z]+)?|(?:[Oo]ne )?[Hh]undred(?:(?: and)? [a-z]+)?)/.exec(written);
  if (!number) return undefined;
  const start = age.start + number.index;
  const end = start + number[0].length;
  const compound = /^[ \t\u00a0]*[-‐–]/.test(text.slice(end, end + 4));
  const edits = [{ start, end, newText: compound ? 'over-89' : 'over 89' }];
  const article = /(?:^|[^\p{L}])([aA])[ \t\u00a0]+$/u.exec(text.slice(Math.max(0, start - 4), start));
  if (article && start === age.start) {
    const at = start - article[0].length + article[0].indexOf(article[1]);
    edits.unshift({ start: at, end: at + 1, newText: `${article[1]}n` });
  }
  return { title: 'Replace the age with "over 89"', safe: false, edits };
}

/** A record number → removed, with its cue, the parentheses around it and the space before it. */
export function removeIdentifierFix(text: string, identifier: Span): Fix {
  let { start, end } = identifier;
  if (text[start - 1] === '(' && text[end] === ')') {
    start--;
    end++;
  }
  while (start > 0 && /[ \t\u00a0]/.test(text[start - 1])) start--;
  if (start > 0 && text[start - 1] === ',' && /^[ \t\u00a0]*[.,;)]/.test(text.slice(end))) start--;
  return { title: `Remove "${text.slice(identifier.start, identifier.end)}"`, safe: false, edits: [{ start, end, newText: '' }] };
}

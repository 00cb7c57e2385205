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

import type { Rule } from '../../rule';
import { hintStarts, matches } from '../../scan/matches';
import { inside } from '../../scan/spans';
import { privacyText } from '../../text/privacy';
import { nonPatientSections } from '../../sections';
import { thePatientFix } from './fixes';
import { WORD_GAP } from './wrap';
import { collapseWhitespace } from '../../references';

/**
 * An honorific, then a capitalised name ("Mrs. Alvarez", "Dr Chen", "Mr. O'Brien") or initials
 * (ICMJE: initials are part of a name): "Mr. J.D.", "Mr. S. U. A.", "Dr. J. Smith", "Mr. JD",
 * "Mrs. K." (a single initial with its period; see isPseudonym). Case-sensitive, so "MS"
 * (multiple sclerosis) and "MRS" (spectroscopy) never look like "Ms" or "Mrs"; a single letter
 * without a period ("Mr. A") is already a pseudonym and is left alone. A hard-wrapped paragraph
 * may break the name across lines ("Dr.\nChen").
 * Groups: 1 honorific, 2 its period, 3 a name, 4 initials with periods and 5 a surname after
 * them, 6 initials run together.
 */
const NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|Mme|Mlle)(\.?)${WORD_GAP}(?:((?:(?:van|von|de|del|della|der|den|di|da|dos|das|du|le|la|al|el|bin|ibn|ten|ter)${WORD_GAP}){0,2}(?:[A-Z]['’])?\p{Lu}\p{Ll}\p{L}*(?:-\p{Lu}\p{Ll}\p{L}*)?)|(\p{Lu}\.(?:[ \t\u00a0]?\p{Lu}\.){0,3})(?:${WORD_GAP}(\p{Lu}\p{Ll}\p{L}*(?:-\p{Lu}\p{Ll}\p{L}*)?))?|(\p{Lu}{2,3})(?![\p{L}\p{N}]|\.\p{L}))`,
  'gu',
);

/** Words that open a sentence: after "Mr. A." they show the period ends a pseudonym's sentence. */
const SENTENCE_OPENER = /^(?:He|She|They|His|Her|Their|The|This|That|These|On|In|At|After|Before|During|Over|Within|Two|Three|Four|Five|Six|Seven|A|An|It|Its|We|Our|No|Laboratory|Physical|Examination|Treatment|Follow-up)$/;

/** Where NAME can start (`matches` tries it there only): the first two letters of an honorific. */
const HONORIFIC_HINT = /M[rsximl]|Dr|Pr/g;

export function nameStarts(text: string): number[] {
  return hintStarts(HONORIFIC_HINT, text);
}

/** The expression, for the property test that compares the fast path with a full scan. */
export { NAME };

const CREDIT = /(?:courtesy of|provided by|thanks? to|kindly (?:provided|supplied) by|photograph(?:ed)? by|images? by)[ \t\u00a0]+$/iu;

export const phiName: Rule = {
  code: 'phi-name',
  defaultSeverity: 'warning',
  description: 'An honorific followed by a capitalised name in the case narrative: a name is an identifier (HIPAA Safe Harbor).',
  run({ model, config, report }) {
    const text = privacyText(model, config.privacy.allow);
    const skip = nonPatientSections(model.heads, model.text.length);
    for (const m of matches(NAME, text, nameStarts(text))) {
      const [, , , name, initials, surname] = m;
      let end = m.index + m[0].length;
      if (initials !== undefined && !initials.slice(0, -1).includes('.') && (surname === undefined || SENTENCE_OPENER.test(surname))) {
        // One initial: "Mrs. K. was admitted" is a name; "... as Mr. A." then a new sentence is a pseudonym's.
        end = m.index + m[0].indexOf(initials, m[1].length) + initials.length;
        if (isPseudonym(text, end)) continue;
      }
      const span = { start: m.index, end };
      if (inside(span, skip)) continue;
      if (m[1] === 'Miss' && m[2] === '' && name !== undefined && /^(?:[A-Z]\w+)$/.test(name) && isSentenceVerb(text, m.index)) continue;
      // "Courtesy of Dr. Chen" in a caption credits a colleague; it is not the patient.
      if (CREDIT.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      const written = collapseWhitespace(text.slice(span.start, span.end));
      report({
        ...span,
        message: `"${written}" names a person; in the case narrative use "the patient" (or add the term to casereport.privacy.allow if it is not a person, e.g. an eponym)`,
        fixes: [thePatientFix(text, span)],
      });
    }
  },
};

/** A single initial's period that ends a sentence: the line ends, or a new sentence follows. */
function isPseudonym(text: string, end: number): boolean {
  const after = /^[ \t\u00a0]*(\S*)/.exec(text.slice(end, end + 40))!;
  const next = after[1];
  if (next === '') return true;
  return /^\p{Lu}/u.test(next) && SENTENCE_OPENER.test(next.replace(/[^\p{L}-].*$/u, ''));
}

/** "... would Miss Monday's dose" is rare, but "Miss" mid-sentence after a lowercase word is a verb. */
function isSentenceVerb(text: string, at: number): boolean {
  return /\p{Ll}[ \t]+$/u.test(text.slice(Math.max(0, at - 20), at));
}

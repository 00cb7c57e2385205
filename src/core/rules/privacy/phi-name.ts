import type { Rule } from '../../rule';
import { hintStarts, inside, matches, nonPatientSections, privacyText } from './scan';

/**
 * An honorific, then a capitalised name: "Mrs. Alvarez", "Dr Chen", "Mr. O'Brien". Case-sensitive,
 * so "MS" (multiple sclerosis) and "MRS" (spectroscopy) never look like "Ms" or "Mrs"; a single
 * letter ("Mr. A") is already a pseudonym and is left alone.
 */
const NAME = /(?<![\p{L}\p{N}])(Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|Mme|Mlle)(\.?)[ \t\u00a0]+((?:(?:van|von|de|del|della|der|den|di|da|dos|das|du|le|la|al|el|bin|ibn|ten|ter)[ \t\u00a0]+){0,2}(?:[A-Z]['’])?\p{Lu}\p{Ll}\p{L}*(?:-\p{Lu}\p{Ll}\p{L}*)?)/gu;

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
    const text = privacyText(model, config);
    const skip = nonPatientSections(model);
    for (const m of matches(NAME, text, nameStarts(text))) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (inside(span, skip)) continue;
      if (m[1] === 'Miss' && m[2] === '' && /^(?:[A-Z]\w+)$/.test(m[3]) && isSentenceVerb(text, m.index)) continue;
      // "Courtesy of Dr. Chen" in a caption credits a colleague; it is not the patient.
      if (CREDIT.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
      report({ ...span, message: `"${m[0]}" names a person; in the case narrative use "the patient" (or add the term to casereport.privacy.allow if it is not a person, e.g. an eponym)` });
    }
  },
};

/** "... would Miss Monday's dose" is rare, but "Miss" mid-sentence after a lowercase word is a verb. */
function isSentenceVerb(text: string, at: number): boolean {
  return /\p{Ll}[ \t]+$/u.test(text.slice(Math.max(0, at - 20), at));
}

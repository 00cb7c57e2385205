import type { Rule } from '../../rule';
import { matches } from '../../scan/matches';
import { doseNumberStarts } from './scan';
import { bodyText } from '../../text/body';

/**
 * An age written as a compound adjective the AMA way is `60-year-old` (also `6-month-old`,
 * `3-day-old`). Caught: `60-year old`, `60 year old`, `60 year-old`, `60-years-old`,
 * `60 years old`, where it stands before a noun or after an article ("a 60-year old woman",
 * "a 60 year old with lupus"). Group 1 the number, 2 the unit, 3 an `s` after the unit.
 */
export const AGE = /(?<![\p{L}\p{N}.,-])(\d{1,3})(?:[ \t\u00a0]|-|[ \t\u00a0]-|-[ \t\u00a0])(year|month|week|day)(s?)(?:[ \t\u00a0]+|-|[ \t\u00a0]-|-[ \t\u00a0])old(?![\p{L}\p{N}-])/gu;

/** An article or determiner right before the age: then it is a noun or an adjective, never a predicate. */
const DETERMINER = /(?:^|[^\p{L}])(?:a|an|the|this|that|our|their|his|her|each|every|one|another)[ \t\u00a0]+$/iu;
/** Nouns an age describes in a case report. */
const PERSON = /^[ \t\u00a0]+(?:(?:previously[ \t\u00a0]+)?(?:healthy|white|black|Asian|Hispanic|African|Caucasian|Japanese|Chinese|Indian|obese|pregnant|nulliparous|multiparous|primigravid|female|male)[ \t\u00a0,-]+)*(?:woman|women|man|men|male|males|female|females|boy|boys|girl|girls|patient|patients|child|children|infant|infants|neonate|adult|adults|adolescent|adolescents|lady|gentleman|individual|person|smoker|nonsmoker|farmer|veteran|primigravida|twin|twins|sibling|daughter|son|mother|father|sister|brother|wife|husband|Japanese|Chinese|white|Black|Asian|Hispanic|healthy)(?![\p{L}])/iu;

export const styleAge: Rule = {
  code: 'style-age',
  defaultSeverity: 'warning',
  description: 'An age as a compound adjective not written the AMA way (60-year old, 60 year old woman): write 60-year-old.',
  safeFixes: true,
  run({ model, report }) {
    const text = bodyText(model);
    for (const m of matches(AGE, text, doseNumberStarts(model))) {
      const [written, number, unit] = m;
      const right = `${number}-${unit}-old`;
      if (written === right) continue;
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(m.index + written.length, m.index + written.length + 60);
      // "She was 60 years old" is a predicate, written right; "for 60 years" is a duration and never matches.
      if (!DETERMINER.test(before) && !PERSON.test(after)) continue;
      report({
        start: m.index,
        end: m.index + written.length,
        message: `"${written}" before a noun is a compound adjective: write "${right}" (AMA)`,
        fixes: [{ title: `Write ${right}`, safe: true, edits: [{ start: m.index, end: m.index + written.length, newText: right }] }],
      });
    }
  },
};

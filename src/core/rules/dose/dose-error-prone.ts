import type { Rule } from '../../rule';
import { groupDigits } from '../../group-digits';
import type { Fix } from '../../types';
import { hintStarts, matches } from '../../scan/matches';
import { bodyText } from '../../text/body';
import { doseNumberStarts, doseQuantities, isDose, periodEndsSentence } from './scan';

/**
 * ISMP's list of error-prone abbreviations (2021, 2024 updates), an optional set: on in the `care`
 * preset, off in `magazine`. Each is reported only where it stands for a route, a frequency or a
 * dose: after a dose (`5 mg SC`, `20 mg hs`, `1 drop OU`), before one (`MTX 15 mg`), or after a
 * verb of giving (`injected SC`). `cc` is unit-format's, a unit run into its number dose-spacing's.
 */

/** A dose, then up to two words (`5 mg`, `0.4 mg/kg once`, `1 drop`, `10 units daily`), right before the term. */
const DOSE_BEFORE = /(?:\d(?:[\d,]*\d)?(?:\.\d+)?[ \t\u00a0]?(?:mg|mcg|µg|μg|g|mL|units?|IU|mEq|mmol|drops?|gtts?|tablets?|tabs?|puffs?|sprays?|capsules?|caps?)(?:\/[\p{L}\d]{1,6}){0,2}|\b(?:given|administered|injected|self-injected|self-administered|inject|give|route))(?:[ \t\u00a0]+[\p{L}\d.,/-]{1,12}){0,2}[ \t\u00a0]+$/u;
/** Drops before the term: then `OD`, `OS`, `OU`, `AD`, `AS`, `AU` are eyes and ears. */
const DROPS_BEFORE = /\b(?:drops?|gtts?)(?:[ \t\u00a0]+[\p{L}\d.,/-]{1,12}){0,2}[ \t\u00a0]+$/u;

interface Term {
  meaning: string;
  misread: string;
  write: string;
  /** Safe to apply unattended: one meaning, one replacement. */
  safe: boolean;
}

const ROUTE_SUBCUT: Term = { meaning: 'subcutaneously', misread: 'as SL (sublingual) or "5 every"', write: 'subcutaneously', safe: true };
const TERMS: Record<string, Term> = {
  SC: ROUTE_SUBCUT,
  SQ: ROUTE_SUBCUT,
  'sub q': ROUTE_SUBCUT,
  subq: ROUTE_SUBCUT,
  IN: { meaning: 'intranasal', misread: 'as IM or IV', write: 'intranasally', safe: true },
  IJ: { meaning: 'injection', misread: 'as IV', write: 'by injection', safe: true },
  TIW: { meaning: 'three times a week', misread: 'as three times a day or twice weekly', write: '3 times weekly', safe: true },
  HS: { meaning: 'at bedtime (or half-strength)', misread: 'as half-strength or bedtime, the other one', write: 'at bedtime', safe: false },
  q1d: { meaning: 'daily', misread: 'as qid (four times daily)', write: 'daily', safe: true },
  'D/C': { meaning: 'discharge or discontinue', misread: 'as the other one', write: '"discharge" or "discontinue"', safe: false },
};
// Written in lower case too: `tiw`, `hs`, `d/c`.
for (const key of ['TIW', 'HS', 'D/C']) TERMS[key.toLowerCase()] = TERMS[key];
const EYES_EARS: Record<string, string> = { OD: 'right eye', OS: 'left eye', OU: 'both eyes', AD: 'right ear', AS: 'left ear', AU: 'both ears' };
/** Drug-name abbreviations: reported next to a dose only (`T3` of a thyroid panel is a lab value). */
const DRUGS: Record<string, string | undefined> = { APAP: 'acetaminophen', AZT: 'zidovudine', CPZ: undefined, HCT: 'hydrocortisone', HCTZ: 'hydrochlorothiazide', MTX: 'methotrexate', PTU: 'propylthiouracil', T3: 'liothyronine', TAC: undefined };

/** Where the expressions below can start (`matches` tries them there only): their first letters. */
const ROUTE_HINT = /S[CQ]|sub|I[NJ]|TIW|tiw|HS|hs|q1d|O[DSU]|A[DSU]|o\.d|[Dd]\/[Cc]/g;
const DRUG_HINT = /APAP|AZT|CPZ|HCT|MTX|PTU|T3|TAC/g;
const TIMES_HINT = /[x×][ \t\u00a0]?\d/g;

const ROUTE_OR_FREQUENCY = /(?<![\p{L}\p{N}/.-])(SC|SQ|sub q|subq|IN|IJ|TIW|tiw|HS|hs|q1d|OD|OS|OU|AD|AS|AU|o\.d\.?|D\/C|d\/c)(?![\p{L}\p{N}/-])/gu;
const DRUG = /(?<![\p{L}\p{N}-])(APAP|AZT|CPZ|HCTZ|HCT|MTX|PTU|T3|TAC)(?![\p{L}\p{N}-])/gu;
/** A dose right after a drug abbreviation: `MTX 15 mg`, `T3 25 mcg` (not `T3 2.1 pg/mL`). */
const DOSE_AFTER = /^[ \t\u00a0]+(?:\d(?:[\d,]*\d)?(?:\.\d+)?)[ \t\u00a0]?(?:mg|mcg|µg|μg|g|units?)(?![\p{L}\p{N}])(?!\/(?:L|dL|mL|µL|μL)\b)/u;
/** `x3d`, `× 5 d`: "for three days", misread as three doses. */
const TIMES_DAYS = /(?<![\p{L}\p{N}])([x×])[ \t\u00a0]?(\d{1,2})[ \t\u00a0]?d(?![\p{L}\p{N}])/gu;
/** A dose of five or more digits without commas (`100000 units`): misread by a factor of 10. */
export const LONG_NUMBER = /(?<![\p{L}\p{N}.,])(\d{5,9})(?=[ \t\u00a0]?(?:units?|IU|mg|mcg|µg|μg|mL)(?![\p{L}\p{N}])(?!\/(?:L|dL|mL|µL|μL)\b))/gu;

export const doseErrorProne: Rule = {
  code: 'dose-error-prone',
  defaultSeverity: 'info',
  description: 'An ISMP error-prone abbreviation used for a route, frequency or dose (SC, IN, HS, TIW, OD, x3d, µg, MTX 15 mg ...): an optional set, on in the care preset.',
  safeFixes: true,
  run({ model, config, report }) {
    const text = bodyText(model);
    const say = (start: number, end: number, written: string, misread: string, write: string, fix?: Fix) =>
      report({ start, end, message: `"${written}" is on the ISMP list of error-prone abbreviations: it is mistaken ${misread}; write ${write}`, fixes: fix ? [fix] : [] });

    for (const m of matches(ROUTE_OR_FREQUENCY, text, hintStarts(ROUTE_HINT, text))) {
      let written = m[1];
      // "200 mg o.d." ending the sentence keeps the sentence's period.
      if (written.endsWith('.') && periodEndsSentence(text, m.index + written.length)) written = written.slice(0, -1);
      const start = m.index;
      const end = start + written.length;
      const before = text.slice(Math.max(0, start - 60), start);
      const eyeOrEar = EYES_EARS[written];
      // OD and o.d. after a dose (not after drops) are "once daily".
      const daily = written === 'OD' || /^o\.d/.test(written);
      if (eyeOrEar !== undefined && DROPS_BEFORE.test(before)) say(start, end, written, 'for another eye or ear', `"${eyeOrEar}"`, { title: `Write "${eyeOrEar}"`, safe: false, edits: [{ start, end, newText: eyeOrEar }] });
      else if (daily && DOSE_BEFORE.test(before)) say(start, end, written, 'as "right eye"', '"daily"', { title: 'Write "daily"', safe: true, edits: [{ start, end, newText: 'daily' }] });
      if (eyeOrEar !== undefined || daily) continue;
      const term = TERMS[written];
      // D/C means discharge or discontinue wherever it is written; the rest only after a dose or a verb of giving.
      if (!written.includes('/') && !DOSE_BEFORE.test(before)) continue;
      const fix: Fix | undefined = written.includes('/') ? undefined : { title: `Write "${term.write}"`, safe: term.safe, edits: [{ start, end, newText: term.write }] };
      say(start, end, written, term.misread, written.includes('/') ? term.write : `"${term.write}"`, fix);
    }

    for (const m of matches(DRUG, text, hintStarts(DRUG_HINT, text))) {
      const written = m[1];
      const end = m.index + written.length;
      if (!DOSE_AFTER.test(text.slice(end, end + 24))) continue;
      const name = DRUGS[written];
      say(m.index, end, written, 'for another drug', name ? `"${name}"` : 'the full generic name', name ? { title: `Write "${name}"`, safe: true, edits: [{ start: m.index, end, newText: name }] } : undefined);
    }

    for (const m of matches(TIMES_DAYS, text, hintStarts(TIMES_HINT, text))) {
      const days = Number(m[2]);
      const write = `for ${days} day${days === 1 ? '' : 's'}`;
      say(m.index, m.index + m[0].length, m[0], `as ${days} doses`, `"${write}"`, { title: `Write "${write}"`, safe: true, edits: [{ start: m.index, end: m.index + m[0].length, newText: write }] });
    }

    for (const m of matches(LONG_NUMBER, text, doseNumberStarts(model))) {
      const grouped = groupDigits(Number(m[1]));
      say(m.index, m.index + m[1].length, m[1], 'by a factor of 10 without its commas', grouped, { title: `Write ${grouped}`, safe: true, edits: [{ start: m.index, end: m.index + m[1].length, newText: grouped }] });
    }

    // µg is misread as mg: ISMP asks for mcg in doses; AMA prints µg (the house style's choice).
    if ((config.houseStyle.micrograms ?? 'mcg') === 'mcg') {
      for (const q of doseQuantities(model)) {
        if ((q.unit !== 'µg' && q.unit !== 'μg') || !isDose(text, q)) continue;
        say(q.unitStart, q.unitStart + q.unit.length, q.unit, 'as mg', '"mcg" in a dose', { title: 'Write mcg', safe: true, edits: [{ start: q.unitStart, end: q.unitStart + q.unit.length, newText: 'mcg' }] });
      }
    }
  },
};

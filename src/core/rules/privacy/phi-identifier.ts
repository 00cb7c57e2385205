import type { Rule } from '../../rule';
import type { Span } from '../../types';
import { digitRuns, digitRunsWhere, hintStartsBefore, isAsciiLetter, matches, type DigitRuns } from '../../scan/matches';
import { withoutOverlaps } from '../../scan/spans';
import { privacyDigits, privacyText } from '../../text/privacy';
import { identifierFix } from './fixes';
import { boundedGap, gapLength, optionalGap } from './wrap';

const NO = '(?:number|no\\.?|num\\.?|#|ID|identifier)';
/** Between the words of a cue: 1-3 spaces, or a line break of a wrapped paragraph ("medical record\\nnumber"). */
const W = boundedGap(3);
/** Around the separators between the cue and the number: 0-3 spaces, perhaps a line break ("Her MRN\\nwas 12345678"). */
const S = optionalGap(3);
/** Words that announce an identifier; ambiguous ones ("record", "account", "serial") only with "number"/"no."/"#". */
const CUE = [
  'MRN', 'MR#', 'SSN', 'UHID', 'CRN',
  `(?:medical${W})?records?${W}${NO}`,
  `hospital${W}${NO}`,
  `chart${W}${NO}`,
  `case${W}${NO}`,
  `patient${W}${NO}`,
  `account${W}${NO}`,
  'acct\\.?',
  `social${W}security(?:${W}${NO})?`,
  `(?:health${W})?insurance${W}${NO}`,
  `(?:member|subscriber|policy|beneficiary|enrollee)${W}${NO}`,
  `(?:Medicare|Medicaid|NHS|CHI)${W}${NO}`,
  `licen[cs]e${W}${NO}`,
  `serial${W}${NO}`,
  `device${W}${NO}`,
  `accession${W}${NO}`,
].join('|');
/** The identifier: optional letters, then at least four digits, which may be grouped by hyphens or spaces. */
const IDENT = '(?:[A-Z]{1,4}[- ]?)?\\d(?:[\\dA-Z]|[- ](?=\\d)|-(?=[A-Z])){3,24}';
const CUED = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CUE})${S}(?:was|is|of|:|#|-|\\()?${S}[:#]?${S}(${IDENT})(?![\\p{L}\\p{N}])`, 'giu');
/** A US social security number, 123-45-6789, whatever words surround it. */
const SSN = /(?<![\p{L}\p{N}-])\d{3}-\d{2}-\d{4}(?![\p{L}\p{N}]|-\d)/gu;

/** The longest cue, "health insurance identifier", with its two gaps at their longest (a line break and an indentation). */
const CUE_LONGEST = 'healthinsuranceidentifier'.length + 2 * gapLength(3);
/** From the start of a cue to the first digit of its identifier, at most: three gaps, "was", ":", four letters and a hyphen. */
const CUE_TO_DIGIT = CUE_LONGEST + 3 * gapLength(3) + 'was'.length + 1 + 5;

/**
 * Where the expressions can start (`matches` tries them there only). SSN opens with a digit behind
 * a look-behind that excludes digits: the start of a run of digits. CUED opens with a cue (at most
 * CUE_LONGEST characters, no look-arounds: CUE_HINT, with CUED's flags, so it folds case the same
 * way) and reaches the first digit of the identifier within CUE_TO_DIGIT characters: its starts are
 * where CUE_HINT matches in the CUE_BEFORE_DIGITS characters before a run of digits.
 */
const CUE_HINT = new RegExp(`(?:${CUE})`, 'giu');
export const CUE_BEFORE_DIGITS = CUE_TO_DIGIT + 15;
export const CUE_LENGTH = CUE_LONGEST + 9;

export function identifierStarts(text: string, digits: DigitRuns = digitRuns(text)): { cued: number[]; ssn: ArrayLike<number> } {
  return { cued: hintStartsBefore(CUE_HINT, text, digitRunsWhere(text, digits, opensIdentifier, true, 1), CUE_BEFORE_DIGITS, CUE_LENGTH), ssn: digitRunsWhere(text, digits, opensSsn, false, 3) };
}

/**
 * Can a run of digits hold the first digit of an identifier (IDENT: a digit, then three or more
 * digits, letters, hyphens or spaces)? More than one digit always can (asked of runs of one digit
 * only, `longer` answers for the others); one digit when followed by a letter (in any case, and
 * beyond ASCII, as the expression ignores case), a hyphen or a space.
 */
function opensIdentifier(length: number, _first: number, next: number): boolean {
  return length > 1 || next === 32 || next === 45 || isAsciiLetter(next) || next >= 0x80;
}

/** Can a run of digits open a social security number: three digits and a hyphen? */
function opensSsn(length: number, _first: number, next: number): boolean {
  return length === 3 && next === 45;
}

/** The expressions, for the property test that compares the fast path with a full scan. */
export const PATTERNS = { cued: CUED, ssn: SSN };

export const phiIdentifier: Rule = {
  code: 'phi-identifier',
  defaultSeverity: 'warning',
  description: 'A medical record, account, health plan or social security number in the body (HIPAA Safe Harbor identifiers).',
  run({ model, config, report }) {
    const text = privacyText(model, config.privacy.allow);
    const found: (Span & { cue: number })[] = [];
    const starts = identifierStarts(text, privacyDigits(model, config.privacy.allow));
    for (const m of matches(CUED, text, starts.cued)) {
      // "record number (MRN 00482913)": the span is the number, not the second cue before it.
      const lead = /^(?:MRN|SSN|ID|no|nr)[ \t]*[:#]?[ \t]*/i.exec(m[1]);
      const id = lead ? m[1].slice(lead[0].length) : m[1];
      if (id.replace(/\D/g, '').length < 4) continue;
      const end = m.index + m[0].length;
      found.push({ start: end - id.length, end, cue: m.index });
    }
    for (const m of matches(SSN, text, starts.ssn)) found.push({ start: m.index, end: m.index + m[0].length, cue: m.index });
    for (const id of withoutOverlaps(found)) {
      report({
        start: id.start,
        end: id.end,
        message: `"${text.slice(id.start, id.end)}" looks like a record, account or social security number, an identifier under HIPAA Safe Harbor; remove it`,
        fixes: [identifierFix(text, { start: id.cue, end: id.end }, id)],
      });
    }
  },
};

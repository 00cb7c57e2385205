import type { Rule } from '../../rule';
import type { Span } from '../../types';
import { digitRunStarts, hintStartsBefore, matches } from '../../scan/matches';
import { withoutOverlaps } from '../../scan/spans';
import { privacyDigits, privacyText } from '../../text/privacy';
import { identifierFix } from './fixes';

const NO = '(?:number|no\\.?|num\\.?|#|ID|identifier)';
/** Words that announce an identifier; ambiguous ones ("record", "account", "serial") only with "number"/"no."/"#". */
const CUE = [
  'MRN', 'MR#', 'SSN', 'UHID', 'CRN',
  `(?:medical[ \\t]{1,3})?records?[ \\t]{1,3}${NO}`,
  `hospital[ \\t]{1,3}${NO}`,
  `chart[ \\t]{1,3}${NO}`,
  `case[ \\t]{1,3}${NO}`,
  `patient[ \\t]{1,3}${NO}`,
  `account[ \\t]{1,3}${NO}`,
  'acct\\.?',
  `social[ \\t]{1,3}security(?:[ \\t]{1,3}${NO})?`,
  `(?:health[ \\t]{1,3})?insurance[ \\t]{1,3}${NO}`,
  `(?:member|subscriber|policy|beneficiary|enrollee)[ \\t]{1,3}${NO}`,
  `(?:Medicare|Medicaid|NHS|CHI)[ \\t]{1,3}${NO}`,
  `licen[cs]e[ \\t]{1,3}${NO}`,
  `serial[ \\t]{1,3}${NO}`,
  `device[ \\t]{1,3}${NO}`,
  `accession[ \\t]{1,3}${NO}`,
].join('|');
/** The identifier: optional letters, then at least four digits, which may be grouped by hyphens or spaces. */
const IDENT = '(?:[A-Z]{1,4}[- ]?)?\\d(?:[\\dA-Z]|[- ](?=\\d)|-(?=[A-Z])){3,24}';
const CUED = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CUE})[ \\t]{0,3}(?:was|is|of|:|#|-|\\()?[ \\t]{0,3}[:#]?[ \\t]{0,3}(${IDENT})(?![\\p{L}\\p{N}])`, 'giu');
/** A US social security number, 123-45-6789, whatever words surround it. */
const SSN = /(?<![\p{L}\p{N}-])\d{3}-\d{2}-\d{4}(?![\p{L}\p{N}]|-\d)/gu;

/**
 * Where the expressions can start (`matches` tries them there only). SSN opens with a digit behind
 * a look-behind that excludes digits: the start of a run of digits. CUED opens with a cue (at most
 * 31 characters, no look-arounds: CUE_HINT, with CUED's flags, so it folds case the same way) and
 * reaches the first digit of the identifier within 49 characters (cue 31, separators 3+3+3+1+3,
 * letters 4+1): its starts are where CUE_HINT matches in the 64 characters before a run of digits.
 */
const CUE_HINT = new RegExp(`(?:${CUE})`, 'giu');
export const CUE_BEFORE_DIGITS = 64;
export const CUE_LENGTH = 40;

export function identifierStarts(text: string, digits: number[] = digitRunStarts(text)): { cued: number[]; ssn: number[] } {
  return { cued: hintStartsBefore(CUE_HINT, text, digits, CUE_BEFORE_DIGITS, CUE_LENGTH), ssn: digits };
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

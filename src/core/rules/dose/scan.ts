import type { DocumentModel } from '../../model';
import { digitRuns, isAsciiLetter, isSpaceOrTab, matches, type DigitRuns } from '../../scan/matches';
import { bodyDigits, bodyText } from '../../text/body';
import { derived } from '../../text/derived';

/** A quantity as written (`10`, `1,000`, `2.5`, `.5`): not glued to a letter, digit or decimal point before it. */
export const NUMBER = String.raw`(?<![\p{L}\p{N}.,])(?:\.\d{1,6}|\d{1,7}(?:,\d{3}){0,3}(?:\.\d{1,6})?)`;
/** Units a dose is given in (also what CARE item 9b reads as a dose). */
const DOSE_UNITS = String.raw`mg|mcg|µg|μg|ug|g|gm|mL|ml|IU|I\.U(?:\.|(?!\.))|i\.u(?:\.|(?!\.))|iu|units?|mEq|mmol|milligrams?|micrograms?|grams?`;
/**
 * The other units of mass, amount and volume a number runs into as easily (`70kg`, `5ng/mL`,
 * `12µmol/L`, `2L`, `0.5dL`): dose-spacing covers them too, dose-zero does not (`70.0 kg` is a
 * measurement, its trailing zero shows precision). `2L therapy` is second-line, not 2 liters.
 */
const AMOUNT_UNITS = String.raw`kg|ng|pg|µmol|μmol|umol|nmol|pmol|L(?![ \t\u00a0]+(?:line|setting|therapy|treatment|regimen|chemotherapy|maintenance)(?![\p{L}]))|dL|dl|µL|μL|uL|mIU|mU`;
const DOSE_UNIT = new RegExp(`^(?:${DOSE_UNITS})$`);

/** A number, an optional space, a unit (group 3), and the denominators after it (`mg/kg/day`). */
function quantityExpression(units: string): RegExp {
  return new RegExp(`(${NUMBER})([ \\t\\u00a0]?)(${units})(?![\\p{L}\\p{N}])((?:/[\\p{L}\\p{N}²]{1,8}){0,3})`, 'gu');
}

/**
 * A number and a unit of mass, amount or volume, with an optional space, and the denominators
 * after the unit (`mg/kg/day`). Numbers glued to letters (`D3`, `CYP3A4`) never start one.
 */
export const QUANTITY = quantityExpression(`${DOSE_UNITS}|${AMOUNT_UNITS}`);
/** QUANTITY with the dose units only: what CARE item 9b (dose, strength) looks for. */
export const DOSE_QUANTITY = quantityExpression(DOSE_UNITS);

export interface Quantity {
  start: number;
  end: number;
  number: string;
  numberStart: number;
  space: string;
  unit: string;
  unitStart: number;
  per: string;
  /** Is the unit one a dose is given in (mg, mL, units...), rather than kg, ng, L...? */
  dose: boolean;
}

/** The quantities of the text; with `starts` (see numberStarts), QUANTITY is tried there only. */
export function* quantities(text: string, starts?: number[]): Generator<Quantity> {
  for (const m of matches(QUANTITY, text, starts)) {
    const numberStart = m.index;
    const unitStart = numberStart + m[1].length + m[2].length;
    yield { start: m.index, end: m.index + m[0].length, number: m[1], numberStart, space: m[2], unit: m[3], unitStart, per: m[4], dose: DOSE_UNIT.test(m[3]) };
  }
}

/**
 * Where a number of the dose expressions can start (QUANTITY, the `U` and `IU` of
 * dose-abbreviation, unit-format's, style-age's, dose-error-prone's long numbers): each opens with
 * a digit, or a `.` before one (".5 mg"), behind a look-behind that excludes digits and `.`: the
 * start of a run of digits, or the `.` just before it; and each number is followed by a unit, a
 * word or a hyphen (wordCanFollow): the 233,000 citations `^1^` of a report are not tried.
 */
export function numberStarts(text: string, { starts: digits, ends: digitsEnd }: DigitRuns = digitRuns(text)): number[] {
  const starts: number[] = [];
  // The end of the run of digits, points and commas around the last start, and whether a word can
  // follow it: the runs that start inside it end there too (a list `1,2,3,...` is read once). It is
  // read on from the end of the start's digits (their run's end), not from its first digit.
  let end = -1;
  let followed = false;
  for (let i = 0; i < digits.length; i++) {
    const at = digits[i];
    if (at >= end) {
      end = numberRunEnd(text, digitsEnd[i]);
      followed = wordCanFollow(text, end);
    }
    if (!followed) continue;
    if (text.charCodeAt(at - 1) === 46 /* . */) starts.push(at - 1);
    starts.push(at);
  }
  return starts;
}

/** The end of the run of ASCII digits, points and commas that goes on at `start`. */
function numberRunEnd(text: string, start: number): number {
  let end = start;
  for (let c = text.charCodeAt(end); (c >= 48 && c <= 57) || c === 44 || c === 46; c = text.charCodeAt(++end));
  return end;
}

/**
 * Can a dose expression's number end at `end`, the end of a run of digits, points and commas? Its
 * number is made of those and ends with a digit; what follows it is a unit or a word (a letter of
 * ASCII, or anything beyond it: `µg`, `°C`), or a hyphen (`60-year-old`), perhaps after one space.
 * A number that ends before the run from its start does is followed by one of them, which is
 * none of those: so the run must end with a digit, and one of those must follow it.
 */
function wordCanFollow(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (!(last >= 48 && last <= 57)) return false;
  let next = text.charCodeAt(end);
  if (isSpaceOrTab(next)) next = text.charCodeAt(end + 1);
  return isAsciiLetter(next) || next >= 0x80 || next === 45;
}

/** numberStarts of bodyText, shared by the dose rules. */
export function doseNumberStarts(model: DocumentModel): number[] {
  return derived(model, 'dose numbers', () => numberStarts(bodyText(model), bodyDigits(model)));
}

/** The quantities of bodyText, shared by dose-zero and dose-spacing. */
export function doseQuantities(model: DocumentModel): Quantity[] {
  return derived(model, 'dose quantities', () => [...quantities(bodyText(model), doseNumberStarts(model))]);
}

/** After an abbreviation's final period at `at`: the end of the line, or a space and a capital (a new sentence): the period is the sentence's too. */
export function periodEndsSentence(text: string, at: number): boolean {
  return /^(?:[ \t\u00a0]*(?:\r?\n|$)|[ \t\u00a0]+[A-Z])/.test(text.slice(at, at + 3));
}

/** Per body weight, surface, time or dose: a dose. */
const DOSE_PER = /^\/(?:kg|m2|m²|d|day|24h|h|hr|hour|min|dose|wk|week|kg\/(?:d|day|h|hr|min))$/i;
/** Lab and measurement words that make the quantity a result, not a dose. */
const RESULT_CONTEXT = /\b(?:proteinuria|protein|albumin|excretion|output|loss|levels?|serum|plasma|urine|urinary|concentrations?|clearance|measured|weigh(?:ed|ing|s|t)?|mass|tumou?r|lesion|nodule|volume|drained|aspirated|collected)\b[^.;:\n]{0,25}$/i;

/**
 * Is the quantity a dose? A unit with a concentration denominator (`mg/dL`, `mmol/L`, `U/L`) is
 * a laboratory value; `mg/kg`, `mg/day` and bare `mg` are doses unless the words just before
 * make it a result ("24-hour urine protein 3.0 g").
 */
export function isDose(text: string, q: Quantity): boolean {
  if (!q.dose) return false;
  if (q.per !== '' && !DOSE_PER.test(q.per)) return false;
  if (/^m[lL]$/.test(q.unit) && q.per !== '' && !/^\/(?:kg|h|hr|hour)$/i.test(q.per)) return false;
  return !RESULT_CONTEXT.test(text.slice(Math.max(0, q.start - 60), q.start));
}

/** Words that make a number a given amount of a drug. */
const DRUG_CONTEXT = /\b(?:insulin|heparin|enoxaparin|dalteparin|vasopressin|oxytocin|botulinum|toxin|alteplase|urokinase|streptokinase|erythropoietin|epoetin|vitamin|factor|units? of|given|gave|received|administered|dosed?|doses|infus\w*|inject\w*|bolus|started|prescribed|titrated|increased|reduced|tapered)\b/i;
/** Words that make it a measured result: an antibody level, a titer, a reference range. */
const LAB_CONTEXT = /\b(?:antibod\w*|anti-[\w-]+|levels?|titers?|titres?|activity|assay|ELISA|reference|range|normal|positive|negative|elevated|serum|plasma|concentrations?|index|measured)\b|[<>≤≥]\s*$/i;

/**
 * Is the number at `start` a laboratory result rather than a dose ("anti-histone antibodies were
 * 3.1 U (reference, <1.0 U)")? Only the clause before it is read; a drug or an act of giving in
 * that clause makes it a dose.
 */
export function isLabResult(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  // The clause starts after the last sentence or clause break (a decimal point is not one).
  let cut = -1;
  for (let i = before.length - 1; i >= 0 && cut < 0; i--) {
    const c = before[i];
    if (c === '\n' || c === '|' || ((c === '.' || c === ';') && /\s/.test(before[i + 1] ?? ' '))) cut = i;
  }
  const clause = before.slice(cut + 1);
  if (DRUG_CONTEXT.test(clause)) return false;
  return LAB_CONTEXT.test(clause);
}

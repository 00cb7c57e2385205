import type { CslName } from '../csl';
import { field } from './fields';

/**
 * Names AMA's way: `Family AB Jr`, particles kept with the family name (`van der Berg P`),
 * organizations as written. Decisions (docs/bibliography.md):
 * - initials from every given-name word, without periods or spaces (`John A.` → `JA`);
 *   a hyphenated given name keeps its hyphen (`Jean-Paul`, `J.-P.` → `J-P`);
 *   a given name of 2-3 capitals is already initials (`JA`, as PubMed writes them);
 * - a given name in a script without letter case (Chinese, Japanese, Korean, Arabic, Hebrew...)
 *   is kept whole after the family name (`王 小明`): initials would lose the name;
 * - suffixes without periods (`Jr.` → `Jr`), roman numerals in capitals (`III`).
 */

const CASED = /[\p{Lu}\p{Ll}]/u;
const LETTER = /\p{L}/u;

function initialsOfSegment(segment: string): string {
  if (/^\p{Lu}{2,3}$/u.test(segment)) return segment;
  return segment
    .split('.')
    .map((chunk) => LETTER.exec(chunk)?.[0]?.toUpperCase() ?? '')
    .join('');
}

/** `John A.` → `JA`, `Jean-Paul` → `J-P`; a caseless-script given name whole. */
export function initials(given: string): string {
  const text = given.replace(/\([^)]*\)|"[^"]*"|“[^”]*”/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return '';
  if (!CASED.test(text)) return text;
  return text
    .split(' ')
    .map((word) =>
      word
        .split(/[-\u2010\u2011]/)
        .map(initialsOfSegment)
        .filter(Boolean)
        .join('-'),
    )
    .join('');
}

function suffix(value: string): string {
  const s = value.replace(/\./g, '').trim();
  if (/^[ivxl]+$/i.test(s)) return s.toUpperCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A name that stands for a group: a CSL literal (unless it reads `Smith JA`), or a family-only name of several words. */
export function isGroupName(name: CslName): boolean {
  const literal = field(name.literal);
  if (literal) return !/^\S.*\s\p{Lu}{1,3}(?:-\p{Lu})?$/u.test(literal);
  return !field(name.given) && /\s/.test(field(name.family)) && !field(name['non-dropping-particle']);
}

/** One name: `Kim J`, `Roe JP III`, `van der Berg P`, `World Health Organization`; '' for an empty name. */
export function amaName(name: CslName): string {
  if (!name || typeof name !== 'object') return '';
  const literal = field(name.literal);
  if (literal) return literal;
  const family = [name['dropping-particle'], name['non-dropping-particle'], name.family].map(field).filter(Boolean).join(' ');
  const given = field(name.given);
  if (!family) return given;
  return [family, initials(given), suffix(field(name.suffix))].filter(Boolean).join(' ');
}

/** A name with something to print (exactly when amaName gives more than ''), told without formatting it. */
function printable(name: CslName): boolean {
  if (!name || typeof name !== 'object') return false;
  return [name.literal, name['dropping-particle'], name['non-dropping-particle'], name.family, name.given].some((part) => field(part) !== '');
}

/** The names that print (empty names dropped). */
export function namesOf(names: unknown): CslName[] {
  return Array.isArray(names) ? names.filter(printable) : [];
}

/** BibTeX's `and others` (a family name `others` and nothing else): the list goes on, unnamed. */
function isOthers(name: CslName): boolean {
  return field(name.family).toLowerCase() === 'others' && !field(name.given) && !field(name.literal);
}

/**
 * A name list: all of 1 to 6 names; more than 6, or a list ended by BibTeX's `and others`: the
 * first 3 and `et al`. A group that follows individual names is set off by a semicolon (`Kim J,
 * Roe JP; COVID Study Group`).
 */
export function amaNames(list: unknown): string {
  const all = namesOf(list);
  const names = all.filter((name) => !isOthers(name));
  const more = names.length > 6 || (names.length > 0 && names.length < all.length);
  const shown = more ? names.slice(0, 3) : names;
  let out = '';
  shown.forEach((name, i) => {
    if (i > 0) out += isGroupName(name) && !isGroupName(shown[i - 1]) ? '; ' : ', ';
    out += amaName(name);
  });
  return more ? `${out}, et al` : out;
}

/** Editors: `Editor AA, Editor BB, eds.` (`ed.` for one). */
export function amaEditors(list: unknown): string {
  const names = namesOf(list);
  if (!names.length) return '';
  return `${amaNames(names)}, ${names.length === 1 ? 'ed' : 'eds'}.`;
}

/**
 * A hand-written reference entry read as AMA (11th ed.) writes it: the author list, `et al`, the
 * DOI, the journal name and the `Year;Vol(Issue):pages` location. Offsets are into the entry's raw
 * text (from after its number to its end, line breaks included), so findings point at the source.
 */

export interface Author {
  start: number;
  end: number;
  surname: string;
  /** The initials without periods or spaces: `JA`. */
  initials: string;
  /** `Jr`, `III`, ... without a period. */
  suffix?: string;
  /** Written as AMA writes it: `Smith JA`, `Coe RT Jr`. */
  ama: boolean;
}

export interface AuthorList {
  authors: Author[];
  /** `et al` as written, with its period or comma, when there. */
  etAl?: { start: number; end: number; period: boolean };
  /** Where the list ends: the period (or the start of `et al`). */
  end: number;
}

const PARTICLE = String.raw`(?:(?:van|von|de|der|den|da|di|du|del|della|dos|das|ten|ter|el|al|bin|ibn|la|le)\s+)`;
const SURNAME_WORD = String.raw`\p{Lu}(?:['’]\p{Lu}|\p{Ll})[\p{L}'’]*(?:-\p{Lu}?[\p{L}'’]+)*`;
const SURNAME = String.raw`${PARTICLE}*${SURNAME_WORD}(?:\s+${PARTICLE}*${SURNAME_WORD}){0,2}`;
const SUFFIX = String.raw`(?:Jr|Sr|II|III|IV|2nd|3rd)\.?`;
/** `Smith JA`, `Coe RT Jr`, `van Paassen P`. */
const AMA_AUTHOR = new RegExp(String.raw`(${SURNAME})\s(\p{Lu}{1,4})(?:,?\s(${SUFFIX}))?(?=[,.;]|\s(?:and|&)\s|$)`, 'uy');
/** `Smith, J.A.`, `Smith, J. A.`, `Smith JA.`-free forms with periods or a comma: `Smith, JA`, `Smith J.A.`. */
const SURNAME_FIRST = new RegExp(String.raw`(${SURNAME})(,?)\s(\p{Lu}\.(?:[\s-]?\p{Lu}\.){0,3}|\p{Lu}{1,4}(?=[,.;]))(?:,?\s(${SUFFIX}))?`, 'uy');
/** `J. A. Smith`, `J.A. Smith`, `JA Smith`. */
const INITIALS_FIRST = new RegExp(String.raw`(\p{Lu}\.(?:[\s-]?\p{Lu}\.){0,3})\s?(${SURNAME})(?:,?\s(${SUFFIX}))?`, 'uy');
const ET_AL = /(,?\s*)et\.?\s+al\b(\.?)/y;
const SEPARATOR = /(?:,\s*(?:and\s+|&\s*)?|;\s*|\s+(?:and|&)\s+)/y;

/** The author list at the start of the entry, or undefined when it is not a list of persons (an organization, a title). */
export function readAuthors(raw: string): AuthorList | undefined {
  const authors: Author[] = [];
  let at = 0;
  while (at < raw.length) {
    ET_AL.lastIndex = at;
    const etAl = authors.length > 0 ? ET_AL.exec(raw) : null;
    if (etAl) {
      const start = at + etAl[1].length;
      return { authors, etAl: { start, end: ET_AL.lastIndex, period: etAl[2] === '.' }, end: start };
    }
    const author = readAuthor(raw, at);
    if (!author) return undefined;
    authors.push(author);
    at = author.end;
    // A period closing the last author's initials may end the list: `Smith, J.A. Title`.
    if (raw[at] === '.' || (!author.ama && raw[at - 1] === '.' && /^\s+\S/.test(raw.slice(at)) && !/^\s*(?:and|&|et\.?\s+al)\b/.test(raw.slice(at)) && !SEPARATOR_AHEAD.test(raw.slice(at)))) {
      if (raw[at] === '.') return { authors, end: at };
      // The last initial's period is the list's own.
      author.end = at - 1;
      return { authors, end: at - 1 };
    }
    SEPARATOR.lastIndex = at;
    const separator = SEPARATOR.exec(raw);
    if (!separator) return undefined;
    at = SEPARATOR.lastIndex;
  }
  return undefined;
}
const SEPARATOR_AHEAD = /^[,;]/;

function readAuthor(raw: string, at: number): Author | undefined {
  for (const [pattern, kind] of [[AMA_AUTHOR, 'ama'], [SURNAME_FIRST, 'surname'], [INITIALS_FIRST, 'initials']] as const) {
    pattern.lastIndex = at;
    const m = pattern.exec(raw);
    if (!m) continue;
    if (kind === 'ama') return { start: at, end: pattern.lastIndex, surname: m[1], initials: m[2], suffix: m[3]?.replace(/\.$/, ''), ama: true };
    if (kind === 'surname') {
      const initials = m[3].replace(/[.\s-]/g, '');
      // `Smith JA` already matched above; here a comma or periods make it not AMA.
      return { start: at, end: pattern.lastIndex, surname: m[1], initials, suffix: m[4]?.replace(/\.$/, ''), ama: false };
    }
    return { start: at, end: pattern.lastIndex, surname: m[2], initials: m[1].replace(/[.\s-]/g, ''), suffix: m[3]?.replace(/\.$/, ''), ama: false };
  }
  return undefined;
}

export function amaName(author: Author): string {
  return `${author.surname} ${author.initials}${author.suffix ? ` ${author.suffix}` : ''}`;
}

/** A DOI as written: its label (`doi:`, `DOI:`, `doi: `) or URL form, the DOI itself, and a period after it. */
export interface WrittenDoi {
  /** From the label (or URL) to the end of the DOI. */
  start: number;
  end: number;
  value: string;
  /** The label is `doi:` with nothing between it and the DOI. */
  amaLabel: boolean;
  /** Written as a URL (`https://doi.org/10...`), possibly after a label. */
  url: boolean;
  /** Inside a Markdown link or autolink: only the words can tell. */
  linked: boolean;
  /** A period right after the DOI, ending the entry. */
  period?: { start: number; end: number };
}

const DOI_FORM = /(\[)?(<)?(?:\b(doi)(\s*:\s*|\s+)((?:https?:\/\/)?(?:dx\.|www\.)?doi\.org\/)?|((?:https?:\/\/)?(?:dx\.|www\.)?doi\.org\/))(10\.\d{4,9}(?:\.\d+)*\/[^\s<>\]]+)/i;

export function readDoi(raw: string): WrittenDoi | undefined {
  const m = DOI_FORM.exec(raw);
  if (!m) return undefined;
  let value = m[7];
  // Sentence punctuation and a closing bracket the DOI never opened are not part of it.
  value = value.replace(/[.,;>)]+$/, (tail) => (tail.startsWith(')') && value.slice(0, -tail.length).includes('(') ? tail.replace(/[.,;>]+$/, '') : ''));
  const start = m.index + (m[1] ? 1 : 0) + (m[2] ? 1 : 0);
  const end = m.index + m[0].length - m[7].length + value.length;
  const label = m[3];
  const doi: WrittenDoi = {
    start,
    end,
    value,
    amaLabel: label !== undefined && label === 'doi' && m[4] === ':' && m[5] === undefined,
    url: m[5] !== undefined || m[6] !== undefined,
    linked: m[1] !== undefined || m[2] !== undefined || /\]\(/.test(raw.slice(end, end + 3)),
  };
  const after = raw.slice(end);
  if (/^\.[*_]*\s*$/.test(after)) doi.period = { start: end, end: end + 1 };
  return doi;
}

/** A journal name written with periods before the year: `N. Engl. J. Med. 2020;` (`*Arthritis Rheum.* 2013` has one, which is the separator). */
const JOURNAL_WITH_PERIODS = /(?<=^|[.?!]\s+|\.[*_]\s+)([*_]?)((?:\p{Lu}\p{Ll}{0,12}\.\s+){1,8}\p{Lu}\p{Ll}{0,12}\.)([*_]?)\s*((?:19|20)\d{2})\b/u;

export function journalWithPeriods(raw: string): { start: number; end: number; name: string; fixed: string } | undefined {
  const m = JOURNAL_WITH_PERIODS.exec(raw);
  if (!m) return undefined;
  const name = m[2];
  const words = name.split(/\s+/);
  // At least two abbreviated words of two or more letters: `N. Engl. J. Med.`, `Ann. Rheum. Dis.`; not `Vol. 2.` nor initials.
  if (words.filter((w) => /^\p{Lu}\p{Ll}+\.$/u.test(w)).length < 2) return undefined;
  const start = m.index + m[1].length;
  return { start, end: start + name.length, name, fixed: `${words.map((w) => w.replace(/\.$/, '')).join(' ')}.` };
}

/** Markers of entries that are not journal articles: books, chapters, web pages, reports, online-first. */
/** Markers of an entry that is not a journal article; `Publisher; 2019.` (or `; 2013:99-105` for a chapter) is AMA's publisher-and-year form of books, reports and data sets, where an article has `Journal. 2019;`. */
const NOT_AN_ARTICLE = /\bIn:\s|\beds?\.|\bed\b\.?\s|\b\d+(?:st|nd|rd|th) ed\b|\bAccessed\b|\bPublished online\b|\bUpdated\b|\bPublisher\b|\bPress\b|;\s*(?:19|20)\d{2}[a-z]?(?:[.:]|\s*$)|\bpreprint\b|\bmedRxiv\b|\bbioRxiv\b|\bSSRN\b|\bReport\b|\bthesis\b|\bdissertation\b|\bpackage insert\b|\bPresented at\b|\bAbstract\b/i;
/** `2020;55(1):17-26`, `2016;137(2):e20152488`, `2013;7:223`, `2019;78(suppl 2):A123`, `2021;73(8):1366-1383`. */
const LOCATION = /\b(?:19|20)\d{2}[a-z]?(?:\s+(?:\p{Lu}\p{Ll}{2,8}\.?(?:\s+\d{1,2})?(?:[-–]\p{Lu}?\p{Ll}{0,8}\.?)?))?;\s?(?:\d+[A-Za-z]?(?:\s?\([^)]{1,20}\))?|\([^)]{1,20}\)):\s?[A-Za-z]{0,3}\d+[A-Za-z0-9]*(?:[-–][A-Za-z]{0,3}\d+[A-Za-z0-9]*)?/u;
const YEAR_VOLUME = /\b(?:19|20)\d{2}[a-z]?(?:\s+\p{Lu}\p{Ll}{2,8}\.?(?:\s+\d{1,2})?)?;\s?\d+/u;

/**
 * A journal article (a DOI or PMID, a year, none of the markers of a book, chapter, web page or
 * online-first entry) without its `Year;Vol(Issue):pages` location: the year, or undefined.
 */
export function missingLocation(raw: string, hasDoi: boolean): { start: number; end: number; volumeOnly: boolean } | undefined {
  if (!hasDoi && !/\bPMID\b/.test(raw)) return undefined;
  if (NOT_AN_ARTICLE.test(raw) || LOCATION.test(raw)) return undefined;
  const year = /\b(?:19|20)\d{2}\b/.exec(raw.replace(/(?:doi:?\s*|https?:\/\/)\S+/gi, (s) => ' '.repeat(s.length)));
  if (!year) return undefined;
  return { start: year.index, end: year.index + 4, volumeOnly: YEAR_VOLUME.test(raw) };
}

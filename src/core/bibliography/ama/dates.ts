/** CSL dates read and written AMA's way: `July 7, 2016`, `July 2016`, `2016`. */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
/** CSL seasons are months 21-24 (13-16 in older data). */
const SEASONS = ['Spring', 'Summer', 'Autumn', 'Winter'];

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  /** A date CSL gives only as text that does not read as a date. */
  literal?: string;
}

function int(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) ? n : undefined;
}

function fromNumbers(year?: number, month?: number, day?: number): DateParts | undefined {
  if (year === undefined) return undefined;
  const okMonth = month !== undefined && ((month >= 1 && month <= 12) || (month >= 13 && month <= 16) || (month >= 21 && month <= 24));
  const okDay = okMonth && month! <= 12 && day !== undefined && day >= 1 && day <= 31;
  return { year, month: okMonth ? month : undefined, day: okDay ? day : undefined };
}

/** The parts of a CSL date (`date-parts`, else a `raw` or `literal` text such as `2016-07-07`). */
export function dateParts(date: unknown): DateParts | undefined {
  if (!date || typeof date !== 'object') return undefined;
  const d = date as Record<string, unknown>;
  const parts = d['date-parts'];
  if (Array.isArray(parts) && Array.isArray(parts[0])) {
    const [y, m, day] = (parts[0] as unknown[]).map(int);
    const found = fromNumbers(y, m, day);
    if (found) return found;
  }
  for (const key of ['raw', 'literal']) {
    const text = typeof d[key] === 'string' ? (d[key] as string).trim() : '';
    if (!text) continue;
    const iso = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?\/?$/.exec(text);
    if (iso) return fromNumbers(Number(iso[1]), int(iso[2]), int(iso[3]));
    const year = /\b(1[5-9]\d\d|2\d\d\d)\b/.exec(text);
    return { year: year ? Number(year[1]) : undefined, literal: text };
  }
  return undefined;
}

/** The year of a CSL date as text, or ''. */
export function amaYear(date: unknown): string {
  const year = dateParts(date)?.year;
  return year === undefined ? '' : String(year);
}

/** `July 7, 2016`, `July 2016`, `Spring 2016`, `2016`, or the date's own text; '' when there is none. */
export function amaDate(date: unknown): string {
  const parts = dateParts(date);
  if (!parts) return '';
  if (parts.literal !== undefined) return parts.literal;
  const { year, month, day } = parts;
  if (month === undefined) return String(year);
  const name = month <= 12 ? MONTHS[month - 1] : SEASONS[(month - 1) % 4];
  return day === undefined ? `${name} ${year}` : `${name} ${day}, ${year}`;
}

/** Page ranges written in full with a hyphen, as AMA asks: `1139-43` and `1139–43` → `1139-1143`, `S12-15` → `S12-S15`. */

const RANGE = /^([A-Za-z]*)(\d+)\s*(?:[-\u2010-\u2015\u2212]+)\s*([A-Za-z]*)(\d+)$/;

function fullRange(part: string): string {
  const m = RANGE.exec(part);
  if (!m) return part.replace(/\s*[\u2010-\u2015\u2212]+\s*|\s*-+\s*/g, '-');
  const [, prefix, first, prefix2, last] = m;
  const lastPrefix = prefix2 || prefix;
  if (prefix2 && prefix && prefix2 !== prefix) return `${prefix}${first}-${prefix2}${last}`;
  let end = last;
  if (last.length < first.length) {
    end = first.slice(0, first.length - last.length) + last;
    // "1139-05" or "98-7" would run backwards: not an abbreviated range, keep what was written.
    if (Number(end) < Number(first)) end = last;
  }
  return `${prefix}${first}-${lastPrefix}${end}`;
}

/** The page field AMA's way (each comma-separated range in full); an e-locator (`e20152488`) as is. */
export function amaPages(page: string): string {
  return page
    .split(/\s*,\s*/)
    .map((part) => fullRange(part.trim().replace(/^[-\u2010-\u2015\u2212\s]+|[-\u2010-\u2015\u2212\s]+$/g, '')))
    .filter(Boolean)
    .join(', ');
}

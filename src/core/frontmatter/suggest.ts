/**
 * "Did you mean" for values that must come from a list (categories, article types, keys): accepts
 * differences of case, accents and punctuation, typos, a word of a longer name ("Lupus"), and
 * initials ("SLE"). Returns the best candidates, best first; several when they tie.
 */
export function suggest(input: string, candidates: readonly string[], max = 3): string[] {
  const wanted = normalize(input);
  if (wanted === '') return [];
  let best = 0;
  let found: string[] = [];
  for (const candidate of candidates) {
    const score = similarity(wanted, normalize(candidate));
    if (score > best + 1e-9) {
      best = score;
      found = [candidate];
    } else if (score > 0 && Math.abs(score - best) <= 1e-9) {
      found.push(candidate);
    }
  }
  return best >= THRESHOLD ? found.slice(0, max) : [];
}

const THRESHOLD = 0.6;

/** Lower case, no accents, words separated by single spaces. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function similarity(input: string, candidate: string): number {
  if (input === candidate) return 1;
  const words = candidate.split(' ');
  const inputWords = input.split(' ');
  if (input.length >= 2 && !input.includes(' ') && words.length > 1 && words.map((w) => w[0]).join('') === input) return 0.9;
  const whole = ratio(input, candidate);
  if (whole >= 0.75) return 0.5 + whole / 2;
  if (inputWords.every((word) => word.length >= 3 && words.some((w) => w === word || (word.length >= 5 && ratio(word, w) >= 0.8)))) {
    return 0.7 + 0.2 * (inputWords.length / words.length);
  }
  if (input.length >= 4 && candidate.includes(input)) return 0.65;
  return whole;
}

/** 1 for equal strings, 0 for nothing in common (Damerau-Levenshtein over the longer length). */
function ratio(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 1;
  if (Math.abs(a.length - b.length) / longest > 0.5) return 0;
  return 1 - distance(a, b) / longest;
}

function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}

/** "'A'", "'A' or 'B'", "'A', 'B' or 'C'". */
export function orList(items: string[], quote = "'"): string {
  const quoted = items.map((item) => `${quote}${item}${quote}`);
  return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** A YAML scalar for a value: plain when that reads back the same, double-quoted otherwise. */
export function yamlScalar(value: string): string {
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^#]*$/.test(value) && !/:\s|\s#|:$|\s$/.test(value) && !/^(true|false|null|yes|no|on|off|~|[-+]?[0-9.]+)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

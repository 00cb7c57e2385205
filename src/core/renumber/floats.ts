import { FLOAT_NUMBER } from '../author-markup';
import { FLOAT_NAME, labelSpan, type Float, type FloatKind, type Mention } from '../figures';
import type { DocumentModel } from '../model';
import type { TextEdit } from '../types';
import { FIGURES_TITLE, firstAppearanceOrder, TABLES_TITLE, type RenumberOutcome } from './outcome';

/**
 * "Renumber figures (or tables) in order of first mention": each label (`Figure 3.` in the alt
 * text, `Table 2.` above the table) and every mention (`Figure 3`, `Figs. 2-4`, `Tables 1 and 2`)
 * gets the new number; panel letters stay with their figure. Figures that are never mentioned
 * keep their relative order after the mentioned ones. Nothing is moved.
 */
export function renumberFloats(model: DocumentModel, kind: FloatKind): RenumberOutcome {
  const name = FLOAT_NAME[kind];
  const floats = (kind === 'figure' ? model.figures : model.tables).filter((f): f is Float & { number: number } => f.number !== undefined);
  if (floats.length === 0) return { status: 'unchanged' };
  const seen = new Set<string>();
  for (const float of floats) {
    const key = `${float.number}${float.panel ?? ''}`;
    if (seen.has(key)) {
      return { status: 'blocked', reason: `Two ${kind}s are labelled ${name} ${key}, so it is unclear which one the text means; give each its own number first.`, span: labelSpan(float) };
    }
    seen.add(key);
  }
  const defined = new Set(floats.map((f) => f.number));
  const mentions = model.mentions.ofKind(kind).list();
  for (const mention of mentions) {
    const missing = mention.numbers.find((n) => !defined.has(n));
    if (missing !== undefined) {
      return { status: 'blocked', reason: `${name} ${missing} is mentioned but no ${kind} has that number; correct the mention first.`, span: mention };
    }
  }
  const mapping = firstAppearanceOrder(mentions.map((m) => m.numbers));
  for (const float of floats) if (!mapping.has(float.number)) mapping.set(float.number, mapping.size + 1);
  const renumber = (n: number) => mapping.get(n) ?? n;

  const edits: TextEdit[] = [];
  for (const float of floats) {
    const label = model.text.slice(float.labelStart!, float.labelEnd!);
    const digits = /\d+/.exec(label)!;
    const next = String(renumber(float.number));
    if (digits[0] !== next) {
      const start = float.labelStart! + digits.index;
      edits.push({ start, end: start + digits[0].length, newText: next });
    }
  }
  for (const mention of mentions) edits.push(...rewriteMention(model.text, mention, renumber));
  if (edits.length === 0) return { status: 'unchanged' };
  return { status: 'changed', fix: { title: kind === 'figure' ? FIGURES_TITLE : TABLES_TITLE, safe: true, edits } };
}

interface Part {
  start: number;
  end: number;
  from: number;
  to: number;
  panel: string;
}

const WORD = /^(?:Figures?|Figs?\.?|Tables?)[ \t\u00a0]+/i;
const NUMBER = new RegExp(String.raw`(${FLOAT_NUMBER})([A-Za-z](?![A-Za-z]))?`, 'g');
const RANGE_JOIN = /^[ \t]*(-|\u2013|\u2014|to)[ \t]*$/i;

/** The numbers of a mention with their offsets; `2-4` and `2 to 4` become one part. */
function parseMention(text: string, mention: Mention): { parts: Part[]; joins: string[] } {
  const own = text.slice(mention.start, mention.end);
  const offset = mention.start + (WORD.exec(own)?.[0].length ?? 0);
  const list = text.slice(offset, mention.end);
  const tokens: { start: number; end: number; n: number; panel: string }[] = [];
  NUMBER.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = NUMBER.exec(list)) !== null) {
    tokens.push({ start: offset + match.index, end: offset + match.index + match[1].length, n: Number(match[1]), panel: match[2] ?? '' });
  }
  const parts: Part[] = [];
  const joins: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const next = tokens[i + 1];
    const between = next ? text.slice(token.end + token.panel.length, next.start) : '';
    if (next && RANGE_JOIN.test(between) && next.n > token.n) {
      parts.push({ start: token.start, end: next.end, from: token.n, to: next.n, panel: '' });
      joins.push(between);
      i++;
    } else {
      parts.push({ start: token.start, end: token.end, from: token.n, to: token.n, panel: token.panel });
    }
  }
  return { parts, joins };
}

function rewriteMention(text: string, mention: Mention, renumber: (n: number) => number): TextEdit[] {
  const { parts, joins } = parseMention(text, mention);
  if (parts.length === 0) return [];
  const keys = (map: (n: number) => number) => {
    const all = new Set<string>();
    for (const p of parts) for (let n = p.from; n <= p.to; n++) all.add(`${map(n)}${p.panel}`);
    return [...all].sort().join(' ');
  };
  const writtenAscending = parts.every((p, i) => i === 0 || p.from > parts[i - 1].to || (p.from === parts[i - 1].to && p.panel > parts[i - 1].panel));
  // "Figures 1 to 2" still names the same two figures when 1 and 2 swap: leave the words alone.
  if (writtenAscending && keys((n) => n) === keys(renumber)) return [];
  const contiguous = parts.every((p) => {
    for (let n = p.from; n <= p.to; n++) if (renumber(n) !== renumber(p.from) + (n - p.from)) return false;
    return true;
  });
  const ascending = parts.every((p, i) => i === 0 || renumber(p.from) > renumber(parts[i - 1].to) || (renumber(p.from) === renumber(parts[i - 1].to) && p.panel > parts[i - 1].panel));
  if (contiguous && ascending) {
    // Each number changes in place: the words, panel letters and punctuation stay as written.
    const edits: TextEdit[] = [];
    for (const part of parts) {
      const from = String(renumber(part.from));
      if (part.from === part.to) {
        if (from !== String(part.from)) edits.push({ start: part.start, end: part.start + String(part.from).length, newText: from });
        continue;
      }
      const own = text.slice(part.start, part.end);
      const rewritten = from + own.slice(String(part.from).length, own.length - String(part.to).length) + String(renumber(part.to));
      if (rewritten !== own) edits.push({ start: part.start, end: part.end, newText: rewritten });
    }
    return edits;
  }
  // The order changed: write the list again, ascending, in the author's words.
  const first = parts[0].start;
  const last = parts[parts.length - 1].end + parts[parts.length - 1].panel.length;
  const original = text.slice(first, last);
  const items = new Map<string, { n: number; panel: string }>();
  for (const part of parts) {
    for (let n = part.from; n <= part.to; n++) items.set(`${renumber(n)}${part.panel}`, { n: renumber(n), panel: part.panel });
  }
  const sorted = [...items.values()].sort((a, b) => a.n - b.n || a.panel.localeCompare(b.panel));
  const dash = joins[0] !== undefined ? (/to/i.test(joins[0]) ? ' to ' : joins[0].trim()) : '-';
  const pieces: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && !sorted[j].panel && !sorted[j + 1].panel && sorted[j + 1].n === sorted[j].n + 1) j++;
    if (j - i >= 2 && !sorted[i].panel) pieces.push(`${sorted[i].n}${dash}${sorted[j].n}`);
    else for (let k = i; k <= j; k++) pieces.push(`${sorted[k].n}${sorted[k].panel}`);
    i = j + 1;
  }
  const oxford = /,[ \t]*(and|&)/i.test(original);
  const conjunction = /&/.test(original) ? '&' : 'and';
  const usesAnd = /\band\b|&/i.test(original) || !/,/.test(original);
  let newText: string;
  if (pieces.length === 1) newText = pieces[0];
  else if (!usesAnd) newText = pieces.join(', ');
  else newText = `${pieces.slice(0, -1).join(', ')}${oxford && pieces.length > 2 ? ',' : ''} ${conjunction} ${pieces[pieces.length - 1]}`;
  return newText === original ? [] : [{ start: first, end: last, newText }];
}

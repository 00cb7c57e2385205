import type { DocumentModel } from '../../model';
import type { TextEdit } from '../../types';
import { atSentenceStart, isKnown, longFormAt } from './reading';
import { abbreviationScan, listSections } from './scan';

export const ABBREVIATIONS_LIST_TITLE = 'Insert or update the Abbreviations list';

/** One line of the list: `- ESRD: end-stage renal disease`. */
export interface ListedAbbreviation {
  key: string;
  long: string;
}

/**
 * The abbreviations a list names: every one the text defines with its expanded term (the first
 * definition's words, lowercase unless a name), plus those spelled out in notes under tables and
 * figures, alphabetically; not the ones readers know.
 */
export function listedAbbreviations(model: DocumentModel, known: readonly string[]): ListedAbbreviation[] {
  const knownKeys = new Set(known);
  const byKey = new Map<string, string>();
  const text = model.text;
  for (const definition of abbreviationScan(model).definitions) {
    if (definition.part === 'title' || !definition.long || byKey.has(definition.key) || isKnown(definition.key, knownKeys)) continue;
    byKey.set(definition.key, longFormAt(definition.long.text, atSentenceStart(text, definition.whole.start), false));
  }
  return [...byKey].map(([key, long]) => ({ key, long })).sort((a, b) => a.key.localeCompare(b.key, 'en', { sensitivity: 'base' }) || a.key.localeCompare(b.key));
}

/**
 * The edit that writes the list: the body of an existing `Abbreviations` section replaced, or a new
 * section before the references (at the end when there are none). Undefined when the list is
 * already what it should be, or there is nothing to list and no list.
 */
export function abbreviationListEdit(model: DocumentModel, known: readonly string[]): { edit?: TextEdit; count: number } {
  const items = listedAbbreviations(model, known);
  const lines = items.map((item) => `- ${item.key}: ${item.long}`).join('\n');
  const text = model.text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const existing = listSections(model)[0];
  if (existing) {
    const headingEnd = text.indexOf('\n', existing.start);
    const bodyStart = headingEnd === -1 ? text.length : headingEnd + 1;
    const next = existing.end;
    const body = `${eol}${lines === '' ? '' : `${lines.replace(/\n/g, eol)}${eol}`}${next < text.length ? eol : ''}`;
    if (text.slice(bodyStart, next) === body) return { count: items.length };
    return { edit: { start: bodyStart, end: next, newText: body }, count: items.length };
  }
  if (items.length === 0) return { count: 0 };
  const references = model.references;
  const level = references ? '#'.repeat(Math.max(1, Math.min(6, /^#+/.exec(model.source.lineText(references.headingLine))?.[0].length ?? 2))) : '##';
  const section = `${level} Abbreviations${eol}${eol}${lines.replace(/\n/g, eol)}${eol}${eol}`;
  if (references) {
    const at = model.source.lineStarts[references.headingLine];
    return { edit: { start: at, end: at, newText: section }, count: items.length };
  }
  const ending = text.length === 0 || text.endsWith('\n') ? (text.endsWith(`${eol}${eol}`) || text.length === 0 ? '' : eol) : `${eol}${eol}`;
  return { edit: { start: text.length, end: text.length, newText: `${ending}${section.replace(new RegExp(`${eol}$`), '')}` }, count: items.length };
}

import { defaultConfig } from '../../src/core/config';
import { applyEdits } from '../../src/core/fix';
import { parseDocument, type DocumentModel } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import type { RenumberOutcome } from '../../src/core/renumber';

export const FRONTMATTER = '---\ntitle: Calciphylaxis in lupus\nauthors:\n  - name: Joey Kim\n---\n\n';

export function parse(text: string): DocumentModel {
  return parseDocument(text, parseOptions(defaultConfig()));
}

/** Applies a renumbering and returns the new text (the same text when nothing changes). */
export function apply(text: string, renumber: (model: DocumentModel) => RenumberOutcome): string {
  const outcome = renumber(parse(text));
  if (outcome.status === 'blocked') throw new Error(`blocked: ${outcome.reason}`);
  return outcome.status === 'changed' ? applyEdits(text, outcome.fix.edits).text : text;
}

/** For each citation marker in order: the texts of the entries it cites. */
export function citedTexts(text: string): string[][] {
  const model = parse(text);
  const byNumber = new Map((model.references?.entries ?? []).map((e) => [e.number, e.text]));
  return model.citations.map((m) => [...new Set(m.numbers)].map((n) => byNumber.get(n) ?? `undefined ${n}`).sort());
}

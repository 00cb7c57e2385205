import { escapeHtml } from '../escape-html';
import type { Library } from './library';
import type { KeyCiteMeta } from './markdown-it';
import { numberedKeyCitation, numberKeys, printedPart, type KeyNumbering } from './numbering';
import { generatedReferences, type GeneratedReference } from './reference-list';
import type { DocumentModel } from '../model';
import type { AmaRun } from './ama';

/** What the preview needs to set a report that cites by key: the numbers and the generated list. */
export interface KeyCitations {
  numbering: KeyNumbering;
  references: GeneratedReference[];
}

/** The key citations of a report and its generated list; undefined when the text cites no key. */
export function keyCitationsOf(model: DocumentModel, library: Library): KeyCitations | undefined {
  if (model.keyCitations.length === 0) return undefined;
  return { numbering: numberKeys(model, library), references: generatedReferences(model, library) };
}

/**
 * A key citation as the page sets it: an AMA superscript whose numbers link to their entries (the
 * entry's text on hover), a locator closed up (`3(p21)`), the author's words beside their number
 * (`see 3`, printedPart); a key the library lacks as a flagged `?`.
 * Without a library, the citation as written.
 */
export function keyCitationHtml(meta: KeyCiteMeta, written: string, keys: KeyCitations | undefined): string {
  if (!keys) return escapeHtml(written);
  const numbered = numberedKeyCitation(meta, keys.numbering);
  const link = (n: number) => {
    const reference = keys.references[n - 1];
    return `<a href="#cr-ref-${n}" title="${escapeHtml(reference?.text ?? '')}">${n}</a>`;
  };
  const parts = numbered.parts.map((part) => {
    const { before, after } = printedPart(part);
    return `${escapeHtml(before)}${part.from === part.to ? link(part.from) : `${link(part.from)}\u2013${link(part.to)}`}${escapeHtml(after)}`;
  });
  parts.push(...numbered.unknown.map(() => '<span class="cr-cite-missing">?</span>'));
  const flagged = numbered.unknown.length > 0;
  const title = flagged ? ` title="${escapeHtml(`Not in the library: ${numbered.unknown.join(', ')}`)}"` : '';
  const label = numbered.content.replace(/-/g, '\u2013');
  return `<sup class="cr-cite${flagged ? ' cr-cite-flagged' : ''}" data-cite="${escapeHtml(label)}"${title}>${parts.join(',')}</sup>`;
}

/** The generated reference list: the heading when the report has none, then the numbered entries. */
export function referenceListHtml(references: GeneratedReference[], heading: string | undefined): string {
  let html = heading !== undefined ? `<h2 class="cr-references-heading" id="cr-references">${escapeHtml(heading)}</h2>\n` : '';
  html += '<ol class="cr-references cr-references-generated">\n';
  for (const reference of references) html += `<li id="cr-ref-${reference.number}" value="${reference.number}" data-key="${escapeHtml(reference.key)}">${runsHtml(reference.runs)}</li>\n`;
  return `${html}</ol>\n`;
}

function runsHtml(runs: AmaRun[]): string {
  return runs.map((run) => (run.italic ? `<em>${escapeHtml(run.text)}</em>` : escapeHtml(run.text))).join('');
}

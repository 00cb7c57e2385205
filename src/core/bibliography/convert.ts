import type { DocumentModel } from '../model';
import type { RenumberOutcome } from '../renumber/outcome';
import type { TextEdit } from '../types';
import { libraryComplete, type Library } from './library';
import { numberCitation, numberKeys, superscriptText } from './numbering';
import { itemAffixes } from './pandoc';
import { generatedReferences, referenceListMarkdown } from './reference-list';

/** What may end the word a superscript closes up to: a letter, a digit, a closing mark, emphasis. */
const WORD_END = /[\p{L}\p{N})\]*_%'"\u2019\u201d.,:;!?]/u;

export const NUMBER_CITATIONS_TITLE = 'Convert citation keys to numbered references';

/**
 * Turns a report that cites by key into a hand-numbered one, for journals that want plain text:
 * every `[@key]` becomes an AMA superscript (`^1^`, `^2-4^`, `^3(p21)^`) after a period or comma
 * and before a colon or semicolon, and the AMA reference list is written under the report's
 * References heading (added at the end when there is none). One fix, so one undo reverts it; the
 * result cites no key, so converting it again changes nothing. Blocked while a key has no entry
 * (it would have no number), while a citation has words beside its key (`[see @a, p. 5 and
 * passim]`: a hand-written `^N^` holds numbers and locators only, and a fix never drops the
 * author's words; the preview prints them beside the number), or the report already numbers by hand.
 */
export function numberCitations(model: DocumentModel, library: Library, heading = 'References'): RenumberOutcome {
  const citations = model.keyCitations;
  if (citations.length === 0) return { status: 'unchanged' };
  if (!libraryComplete(library) || library.sources.length === 0) {
    return { status: 'blocked', reason: 'The reference library could not be read in full; fix the bibliography first' };
  }
  const numbering = numberKeys(model, library);
  for (const citation of citations) {
    const unknown = citation.items.find((item) => !numbering.numbers.has(item.key));
    if (unknown) return { status: 'blocked', reason: `The key ${unknown.key} is not in the library, so it has no number; correct it first`, span: { start: unknown.keyStart, end: unknown.keyEnd } };
  }
  for (const citation of citations) {
    const words = citation.items.flatMap((item) => Object.values(itemAffixes(item)).filter(Boolean));
    if (words.length > 0) {
      const written = model.text.slice(citation.start, citation.end);
      return {
        status: 'blocked',
        reason: `The citation ${written} has words beside its key (${words.map((w) => `'${w}'`).join(', ')}) that a numbered superscript cannot hold; write them in the sentence, outside the brackets, and convert again`,
        span: citation,
      };
    }
  }
  const hand = model.citations[0];
  if (hand) return { status: 'blocked', reason: 'The report also has hand-numbered citations; cite everything by key before converting', span: hand };
  if (model.references && model.references.entries.length > 0) {
    return { status: 'blocked', reason: 'The report already has a hand-written reference list; remove it before converting', span: model.references.entries[0] };
  }

  const text = model.text;
  const edits: TextEdit[] = citations.map((citation) => {
    const marker = `^${superscriptText(numberCitation(citation, numbering, false).parts, '-')}^`;
    // The marker closes up to the word before it (across a line break inside the paragraph), but
    // never to Markdown's own marks: `- [@a]` at the start of a list item keeps its space.
    let start = citation.start;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    if (text[start - 1] === '\n') {
      let before = start - 1;
      if (text[before - 1] === '\r') before--;
      if (WORD_END.test(text[before - 1] ?? '')) start = before;
    }
    if (!WORD_END.test(text[start - 1] ?? '')) start = citation.start;
    const after = text[citation.end];
    // AMA: after a period or comma, before a colon or semicolon (as citation-punctuation wants).
    if ((after === '.' || after === ',') && text[citation.end + 1] !== '.') return { start, end: citation.end + 1, newText: `${after}${marker}` };
    const before = text[start - 1];
    if ((before === ':' || before === ';') && start < citation.start) return { start: start - 1, end: citation.end, newText: `${marker}${before}` };
    return { start, end: citation.end, newText: marker };
  });
  const list = referenceListMarkdown(generatedReferences(model, library));
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const listText = list.replace(/\n/g, eol);
  if (model.references) {
    // Under the report's own (empty) References heading.
    const headingEnd = model.source.lineEnd(model.references.headingLine);
    edits.push({ start: headingEnd, end: headingEnd, newText: `${eol}${eol}${listText}` });
  } else {
    let end = text.length;
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    edits.push({ start: end, end: text.length, newText: `${eol}${eol}## ${heading}${eol}${eol}${listText}${eol}` });
  }
  return { status: 'changed', fix: { title: NUMBER_CITATIONS_TITLE, safe: false, edits } };
}

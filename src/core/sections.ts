import { headingText } from './references';
import { blockStartLine, type Token } from './markdown';
import type { SourceText } from './source-text';
import type { Span } from './types';

/** A section opener: a `##` heading, a bold run-in head (`**Background:** ...`) or a bold line alone (`**Discussion**`). */
export interface SectionHead extends Span {
  kind: 'heading' | 'run-in';
  /** Heading level; run-in heads count as level 7. */
  level: number;
  text: string;
  line: number;
}

const RUN_IN = /^(\s*(?:\*\*|__))([^*_\n]{1,80}?)\s*([:.]?)\s*(\*\*|__)\s*([:.]?)/;
/** A line that is bold and nothing else, `**Discussion**`: authors use it as a heading. */
const BOLD_LINE = /^\s*(\*\*|__)[^*_\n]{1,80}?\1\s*:?\s*$/;

/**
 * Can RUN_IN match the line starting at `at`? Its first character that is not an ASCII space
 * or tab must be `*` or `_` (or something else \s may match: then the expression decides).
 */
function mayOpenBold(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = text.charCodeAt(i);
  return c === 42 || c === 95 || c > 126 || (c >= 10 && c <= 13);
}

export function findSectionHeads(tokens: Token[], source: SourceText): SectionHead[] {
  const heads: SectionHead[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.type === 'heading_open' && token.map) {
      const line = token.map[0];
      heads.push({ kind: 'heading', level: Number(token.tag.slice(1)), text: headingText(tokens[i + 1]), line, start: source.lineStarts[line], end: source.lineEnd(line) });
    } else if (token.type === 'paragraph_open' && tokens[i + 1]?.type === 'inline') {
      // Not token.map[0]: a check reads no paragraph's map, and a paragraph of one line has none until read.
      const line = blockStartLine(token);
      if (line === undefined) continue;
      if (!mayOpenBold(source.text, source.lineStarts[line])) continue;
      const run = RUN_IN.exec(source.lineText(line));
      // A run-in head ends with a colon or period, or stands alone on its line.
      if (!run || (run[3] === '' && run[5] === '' && !BOLD_LINE.test(source.lineText(line)))) continue;
      const start = source.lineStarts[line] + run[1].length;
      heads.push({ kind: 'run-in', level: 7, text: run[2].trim(), line, start, end: start + run[2].length });
    }
  }
  return heads;
}

const ABSTRACT_HEADING = /^abstract$/i;
const NOT_THE_PATIENT = /acknowledg|contribut|funding|conflicts?\b|competing|disclos|correspond|about the author|affiliation|author information/i;

/** A head with its section. */
export interface Section extends Span {
  head: SectionHead;
}

/**
 * The sections of the heads `test` accepts: each runs from its head to the next heading of the
 * same or a higher level (a run-in head: to the next head), or to `end`.
 */
export function sectionsHeaded(heads: SectionHead[], end: number, test: (head: SectionHead) => boolean): Section[] {
  const sections: Section[] = [];
  heads.forEach((head, index) => {
    if (!test(head)) return;
    const next = heads.slice(index + 1).find((h) => head.kind === 'run-in' || (h.kind === 'heading' && h.level <= head.level));
    sections.push({ head, start: head.start, end: next ? next.start : end });
  });
  return sections;
}

/** Each `Abstract` heading with its section. */
export function abstractSections(heads: SectionHead[], end: number): Section[] {
  return sectionsHeaded(heads, end, (head) => head.kind === 'heading' && ABSTRACT_HEADING.test(head.text));
}

/**
 * Sections that talk about the authors, not the patient (Acknowledgments, Author contributions,
 * Funding, Conflicts of interest): thanking "Dr. Chen" there is not a patient's name.
 */
export function nonPatientSections(heads: SectionHead[], end: number): Section[] {
  return sectionsHeaded(heads, end, (head) => NOT_THE_PATIENT.test(head.text));
}

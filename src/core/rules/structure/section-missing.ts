import type { RequiredSection } from '../../house-style';
import type { DocumentModel } from '../../model';
import type { Rule } from '../../rule';
import type { Span } from '../../types';
import { bodyAnchor, findTimelineFloat, frontmatterSpan, frontmatterString, headsNamed } from './shared';

const CONSENT = /consent/i;
const TIMELINE = /timeline|time line|chronolog/i;

/** Is the required section in the document, and where (for ordering the finding)? */
export function findRequiredSection(model: DocumentModel, section: RequiredSection): Span | undefined {
  const names = [section.name, ...section.synonyms];
  const head = headsNamed(model.heads, names)[0];
  if (head) return head;
  // Informed consent may live in the frontmatter `consent` field.
  if (names.some((n) => CONSENT.test(n)) && frontmatterString(model, 'consent') !== undefined) return frontmatterSpan(model, ['consent']);
  // A timeline may be a captioned table or figure rather than a section.
  if (names.some((n) => TIMELINE.test(n))) {
    const float = findTimelineFloat(model);
    if (float) return float;
  }
  return undefined;
}

export const sectionMissing: Rule = {
  code: 'section-missing',
  defaultSeverity: 'warning',
  description: 'A section the house style requires is absent (headings or run-in heads, with synonyms).',
  run({ model, config, report }) {
    const required = config.houseStyle.requiredSections;
    let previous: { name: string; span: Span } | undefined;
    for (const section of required) {
      const found = findRequiredSection(model, section);
      if (found) {
        if (found.start >= model.source.lineStarts[model.bodyStartLine] || previous === undefined) previous = { name: section.name, span: found };
        continue;
      }
      const also = section.synonyms.length ? ` (also accepted: ${section.synonyms.map((s) => `"${s}"`).join(', ')})` : '';
      const after = previous ? `; it belongs after "${previous.name}"` : '';
      const consent = CONSENT.test(section.name) ? ' (a `consent` field in the frontmatter also counts)' : '';
      const anchor = previous && previous.span.start >= model.source.lineStarts[model.bodyStartLine] ? lineOf(model, previous.span) : bodyAnchor(model);
      report({ ...anchor, message: `Missing section "${section.name}", required by the house style${also}${consent}${after}` });
    }
  },
};

function lineOf(model: DocumentModel, span: Span): Span {
  const line = model.source.positionAt(span.start).line;
  return { start: span.start, end: Math.max(span.start, model.source.lineEnd(line)) };
}

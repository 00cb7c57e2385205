import type { RequiredSection } from '../../house-styles';
import type { DocumentModel } from '../../model';
import type { Rule } from '../../rule';
import type { SectionHead } from '../../sections';
import type { Fix, Span } from '../../types';
import { bodyAnchor, findTimelineFloat, frontmatterSpan, frontmatterString, headsNamed, TIMELINE } from './shared';

const CONSENT = /consent/i;

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
    // An image report is a figure with a short text: the house style's sections are for full reports.
    if (model.frontmatter?.data?.articleType === 'image-report') return;
    const bodyStart = model.source.lineStarts[model.bodyStartLine];
    let previous: { name: string; span: Span } | undefined;
    for (const section of config.houseStyle.requiredSections) {
      const found = findRequiredSection(model, section);
      if (found) {
        if (found.start >= bodyStart || previous === undefined) previous = { name: section.name, span: found };
        continue;
      }
      const also = section.synonyms.length ? ` (also accepted: ${section.synonyms.map((s) => `"${s}"`).join(', ')})` : '';
      const after = previous ? `; it belongs after "${previous.name}"` : '';
      const consent = CONSENT.test(section.name) ? ' (a `consent` field in the frontmatter also counts)' : '';
      const inBody = previous && previous.span.start >= bodyStart ? previous.span : undefined;
      const anchor = inBody ? lineOf(model, inBody) : bodyAnchor(model);
      report({ ...anchor, message: `Missing section "${section.name}", required by the house style${also}${consent}${after}`, fixes: [insertSection(model, section.name, inBody)] });
    }
  },
};

function lineOf(model: DocumentModel, span: Span): Span {
  const line = model.source.positionAt(span.start).line;
  return { start: span.start, end: Math.max(span.start, model.source.lineEnd(line)) };
}

/**
 * A quick fix (never applied unattended) that adds the missing section where it belongs: after the
 * section it follows, in the style the report uses (a heading of the same level, or a run-in head).
 */
function insertSection(model: DocumentModel, name: string, after: Span | undefined): Fix {
  const { source } = model;
  const eol = source.eol;
  const heads = model.heads.filter((h) => h.start >= source.lineStarts[model.bodyStartLine]);
  const previous = after ? heads.find((h) => h.start === after.start) : undefined;
  const referencesLine = model.references?.headingLine;
  let line: number | undefined;
  if (previous) {
    const next = heads.find((h) => h.start > previous.start && (previous.kind === 'run-in' || (h.kind === 'heading' && h.level <= previous.level)));
    line = next?.line;
  } else {
    line = heads[0]?.line;
  }
  if (referencesLine !== undefined && (line === undefined || line > referencesLine)) line = referencesLine;
  const heading = headingFor(name, previous ?? heads.find((h) => h.kind === 'heading' && h.level > 1) ?? heads[0]);
  if (line === undefined) {
    const text = model.text;
    const ending = text.endsWith(eol + eol) ? '' : text.endsWith(eol) ? eol : eol + eol;
    return { title: `Add a "${name}" section`, safe: false, edits: [{ start: text.length, end: text.length, newText: `${ending}${heading}${eol}` }] };
  }
  const at = source.lineStarts[line];
  return { title: `Add a "${name}" section`, safe: false, edits: [{ start: at, end: at, newText: `${heading}${eol}${eol}` }] };
}

function headingFor(name: string, model: SectionHead | undefined): string {
  if (model?.kind === 'run-in') return `**${name}:** `;
  return `${'#'.repeat(Math.min(Math.max(model?.level ?? 2, 2), 6))} ${name}`;
}

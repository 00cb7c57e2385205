/**
 * The parts of the frontmatter `abstract`, as every output sets them (the preview, `render`, the
 * PDF, Export HTML and the Word manuscript): a structured abstract is one paragraph per part, each
 * opening with its label as a bold run-in head ("**Background:** ..."), the way the house style
 * sets run-in heads in the body.
 */
export interface AbstractPart {
  /** The part's label ("Case Presentation"), without the colon; none for an unstructured paragraph. */
  head?: string;
  /** The part's text, Markdown, whitespace collapsed to single spaces. */
  text: string;
}

/**
 * A run-in head of a structured abstract written as one string: a capitalised label of at most
 * five words and a colon, at the start or after a sentence ("Background: ... Case presentation: ...";
 * CARE's "Diagnoses, interventions and outcomes:" has commas). The one definition: the outputs cut
 * the abstract with it and the CARE view finds the labels of items 3a-3d with it.
 */
const RUN_IN = /(^|[.!?]\s+)(\p{Lu}\p{L}*(?:,?[ -]\p{L}+){0,4}):\s+/gu;

/**
 * The abstract's parts: written as a mapping (`Background: ...` keys, each a part, in the order
 * written), or as one string, cut into paragraphs at blank lines and each paragraph at its run-in
 * heads when it opens with one and has two or more. Nothing for a missing or empty abstract.
 */
export function abstractParts(value: unknown): AbstractPart[] {
  if (typeof value === 'number') return [{ text: String(value) }];
  if (typeof value === 'string') return value.split(/\n\s*\n/).flatMap((paragraph) => splitRunIns(paragraph.replace(/\s+/g, ' ').trim()));
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, text]) => {
      const body = typeof text === 'string' || typeof text === 'number' ? String(text).replace(/\s+/g, ' ').trim() : '';
      const head = key.trim();
      return body ? [{ head: head.charAt(0).toUpperCase() + head.slice(1), text: body }] : [];
    });
  }
  return [];
}

/** One paragraph of the abstract, cut at its run-in heads when it opens with one and has two or more. */
function splitRunIns(paragraph: string): AbstractPart[] {
  if (paragraph === '') return [];
  const heads = [...paragraph.matchAll(RUN_IN)];
  if (heads.length < 2 || heads[0].index !== 0) return [{ text: paragraph }];
  return heads.map((match, index) => {
    const start = match.index + match[0].length;
    const next = heads[index + 1];
    const end = next ? next.index + next[1].length : paragraph.length;
    return { head: match[2], text: paragraph.slice(start, end).trim() };
  });
}

import type { Rule } from '../../rule';

export const referenceDuplicate: Rule = {
  code: 'reference-duplicate',
  defaultSeverity: 'warning',
  description: 'Two reference entries share a DOI or the same text (ignoring case, spacing and punctuation).',
  run({ model, report }) {
    const byDoi = new Map<string, number>();
    const byText = new Map<string, number>();
    for (const entry of model.references?.entries ?? []) {
      const doi = entry.doi?.value.toLowerCase();
      const text = comparable(entry.text);
      const earlier = (doi !== undefined ? byDoi.get(doi) : undefined) ?? (text !== '' ? byText.get(text) : undefined);
      if (earlier !== undefined) {
        const same = doi !== undefined && byDoi.get(doi) === earlier ? `the same DOI ${entry.doi!.value}` : 'the same text';
        report({ start: entry.start, end: model.source.lineEnd(entry.startLine), message: `Reference ${entry.number} duplicates reference ${earlier} (${same})` });
        continue;
      }
      if (doi !== undefined) byDoi.set(doi, entry.number);
      if (text !== '') byText.set(text, entry.number);
    }
  },
};

/** The entry's letters and digits, lower-cased. ASCII text (nearly every entry) skips the slower Unicode classes. */
function comparable(text: string): string {
  const lower = text.toLowerCase();
  return /^[\x00-\x7f]*$/.test(lower) ? lower.replace(/[^a-z0-9]+/g, '') : lower.replace(/[^\p{L}\p{N}]+/gu, '');
}

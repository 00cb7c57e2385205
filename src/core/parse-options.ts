import type { CheckConfig } from './config';

/**
 * What parsing takes from the check configuration, and nothing more: the document model is a
 * function of the text and these options, so a change of severity, allow-list or any other
 * setting never calls for a new parse.
 */
export interface ParseOptions {
  /** The headings that open the reference list (the house style's, first the preferred one). */
  referenceHeadings: string[];
  /** Vancouver brackets (`[3]`) are citations: the setting is on and the house style accepts the form. */
  bracketCitations: boolean;
}

export function parseOptions(config: CheckConfig): ParseOptions {
  return {
    referenceHeadings: config.houseStyle.referenceHeadings,
    bracketCitations: config.citations.brackets && config.houseStyle.citationForms.includes('bracket'),
  };
}

export function sameParseOptions(a: ParseOptions, b: ParseOptions): boolean {
  return a.bracketCitations === b.bracketCitations && a.referenceHeadings.length === b.referenceHeadings.length && a.referenceHeadings.every((heading, i) => heading === b.referenceHeadings[i]);
}

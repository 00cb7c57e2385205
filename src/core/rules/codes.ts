/**
 * Every rule's code, in the order of ALL_RULES: for code that needs the codes without loading the
 * rules themselves (the extension host checks the `rules` of a house-style file with it, while the
 * rules run in the analysis worker). test/core/catalogue.test.ts keeps it equal to ALL_RULES.
 */
export const RULE_CODES: readonly string[] = [
  'references-missing', 'citation-undefined', 'reference-uncited', 'citation-order', 'citation-range', 'citation-duplicate', 'citation-compress', 'citation-punctuation', 'citation-unformatted', 'reference-numbering', 'reference-duplicate', 'reference-doi', 'reference-format',
  'bibliography-missing', 'bibliography-syntax', 'reference-incomplete', 'citation-mixed', 'citation-unbracketed',
  'figure-undefined', 'figure-unmentioned', 'figure-order', 'figure-numbering', 'figure-caption', 'figure-file', 'table-undefined', 'table-unmentioned', 'table-order', 'table-numbering', 'table-caption',
  'frontmatter-missing', 'frontmatter-syntax', 'frontmatter-schema',
  'section-missing', 'limit-words', 'limit-abstract', 'limit-references', 'limit-figures', 'limit-authors', 'limit-title',
  'phi-date', 'phi-age', 'phi-contact', 'phi-identifier', 'phi-name',
  'dose-abbreviation', 'dose-zero', 'dose-spacing', 'dose-error-prone', 'style-age', 'unit-format',
  'abbreviation-undefined', 'abbreviation-redefined', 'abbreviation-unused', 'abbreviation-heading',
];

// citation-js with the input plugins the library parser reads (BibTeX/BibLaTeX, RIS). parse.ts
// requires this module on the first library a report names, so a report without one never loads
// it; the bundles keep it in a file of its own, dist/citation-js.js (scripts/bundles.mjs).
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';

export { plugins } from '@citation-js/core';

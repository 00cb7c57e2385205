// The baseline for a report that cites from a library: read the file and parse it with a bare
// markdown-it, then read the library and parse it once with citation-js; exit.
// Usage: node bench/bare-library.cjs FILE LIBRARY
const { readFileSync } = require('node:fs');
const MarkdownIt = require('markdown-it');
const [file, library] = process.argv.slice(2);
const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
md.parse(readFileSync(file, 'utf8'), {});
const { plugins } = require('@citation-js/core');
require('@citation-js/plugin-bibtex');
plugins.input.chain(readFileSync(library, 'utf8'), { target: '@csl/list+object', generateGraph: false, forceType: '@biblatex/text' });

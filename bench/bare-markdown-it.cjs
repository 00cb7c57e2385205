// The baseline process: read a file, parse (or render) it with a bare markdown-it, exit.
// Usage: node bench/bare-markdown-it.cjs parse|render FILE [OUT]
const { readFileSync, writeFileSync } = require('node:fs');
const MarkdownIt = require('markdown-it');
const [mode, file, out] = process.argv.slice(2);
const md = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
const text = readFileSync(file, 'utf8');
if (mode === 'render') writeFileSync(out, md.render(text));
else md.parse(text, {});

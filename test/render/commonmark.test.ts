import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import { defaultConfig } from '../../src/core/config';
import type { MarkdownItInstance, Token } from '../../src/core/markdown';
import { scanFrontmatter } from '../../src/core/frontmatter/scan';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { SourceText } from '../../src/core/source-text';
import { renderBody } from '../../src/core/render/article';
import { HtmlSanitizer } from '../../src/core/render/sanitize';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const spec: { tests: { markdown: string; html: string; number: number; section: string }[] } = require('commonmark-spec');

/** Drops the attributes the preview may add (`data-*`, `id`, `class`); nothing else may differ. */
function normalize(html: string): string {
  return html.replace(/ (?:data-[\w-]+|id|class)="[^"]*"/g, '');
}

/** Case-report syntax (conventions sections 3 to 6): where the preview is meant to differ. */
function hasCaseReportSyntax(markdown: string): boolean {
  return (
    /\^[^^\s]+\^/.test(markdown) ||
    /<sup>\s*\d/i.test(markdown) ||
    /\[\s*\d[\d\s,\-\u2013]*\]/.test(markdown) ||
    /!\[\s*(?:\*\*|__)?\s*(?:Figure|Fig\.?)\s+\d/i.test(markdown) ||
    /^\s*(?:\*\*|__)?\s*Table\s+\d/im.test(markdown) ||
    /\[!PULLQUOTE\]/i.test(markdown) ||
    /<!--\s*page-?break\s*-->/i.test(markdown)
  );
}

/** Every raw HTML piece of the example is one the sanitizer leaves exactly as written. */
function rawHtmlUnchanged(md: MarkdownItInstance, markdown: string): boolean {
  const sanitizer = new HtmlSanitizer();
  const walk = (tokens: Token[]): boolean =>
    tokens.every((token) => {
      if ((token.type === 'html_block' || token.type === 'html_inline') && sanitizer.sanitize(token.content) !== token.content) return false;
      return !token.children || walk(token.children);
    });
  return walk(md.parse(markdown, {}));
}

describe('render: CommonMark stays intact', () => {
  const reference = new MarkdownIt('default', { html: true, linkify: false, typographer: false });
  const config = defaultConfig();
  // Examples that open with a `---` block have a frontmatter in a case report: not plain CommonMark here.
  const plain = spec.tests.filter((t) => !hasCaseReportSyntax(t.markdown) && !scanFrontmatter(new SourceText(t.markdown)).frontmatter);
  const safe = plain.filter((t) => rawHtmlUnchanged(reference, t.markdown));

  it('covers nearly every example of the spec', function () {
    this.test!.title += ` (${safe.length} of ${spec.tests.length} compared exactly)`;
    assert.ok(spec.tests.length > 600, `${spec.tests.length} examples`);
    // The only examples set aside: raw HTML the sanitizer must change (scripts, unknown elements, comments).
    assert.ok(plain.length >= spec.tests.length - 5, `${spec.tests.length - plain.length} examples with case-report syntax`);
    assert.ok(safe.length >= 560, `${safe.length} examples compared exactly`);
  });

  it('renders every example without case-report syntax exactly as markdown-it does, apart from data-*, id and class', () => {
    const failures: string[] = [];
    for (const example of safe) {
      const expected = normalize(reference.render(example.markdown));
      const actual = normalize(renderBody(parseDocument(example.markdown, parseOptions(config)), { config }));
      if (actual !== expected) failures.push(`example ${example.number} (${example.section}):\n${JSON.stringify(example.markdown)}\nmarkdown-it: ${JSON.stringify(expected)}\npreview:     ${JSON.stringify(actual)}`);
    }
    assert.deepEqual(failures, []);
  });

  it('renders the examples whose raw HTML it sanitizes with nothing that can run', () => {
    for (const example of plain.filter((t) => !safe.includes(t))) {
      const actual = renderBody(parseDocument(example.markdown, parseOptions(config)), { config });
      assert.doesNotMatch(actual, /<script|<iframe|<object|<embed|<form|\son\w+\s*=|javascript:/i, `example ${example.number}`);
    }
  });
});

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultConfig } from '../../src/core/config';
import { blankSpans, findBareUrls, findCodeSpans, findHtmlComments } from '../../src/core/mask';
import { closingBracket } from '../../src/core/citation-tokens';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { blankWithPublishedFrontmatter, bodyText, putBack, referenceSpans, withPublishedFrontmatter } from '../../src/core/text/body';
import { listSections, readableParts, readableText } from '../../src/core/rules/abbreviations/scan';
import { nonPatientSections } from '../../src/core/sections';
import { bodyNthWord, bodyWordCount, bodyWordText } from '../../src/core/text/body-words';
import { contactText } from '../../src/core/text/privacy';
import type { DocumentModel } from '../../src/core/model';
import type { Span } from '../../src/core/types';
import { countWords, nthWord } from '../../src/core/words';
import { byStart } from '../../src/core/scan/spans';

/**
 * The texts the rules build lazily on a fresh model (privacy, dose, contact) are built in fewer
 * copies of the document. Each shortcut is checked against the straightforward code it replaced,
 * on generated reports with frontmatter values that are put back.
 */
const VALUE = fc.array(fc.constantFrom('A', 'case', ' ', '`', '<!--', '-->', '1', '\u2013', ':', '"'), { maxLength: 8 }).map((parts) => parts.join(''));
const BODY = fc
  .array(
    fc.constantFrom(
      'Text 123.', '\n', '\n\n', '\r\n', '# References\n\n', '1. Smith J. Title. 2020;1:2.\n', '## Abstract\n', '```\ncode\n```\n', '    indented `\n', '`x`', '`', '<!-- c -->', '<!--', '-->', '[a](http://x)', ' ', '\r', 'a@b.org',
      // What the word count skips besides: figures, labelled tables, citation markers, pull quotes (each list read in document order).
      '![Figure 1. A rash.](a.png)', '\n\nTable 1. Labs on day 2\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n', 'seen.^1,2^ ', ' [3] ', '\n\n> [!PULLQUOTE] Words here\n\n',
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(''));
const FRONTMATTER = fc
  .tuple(VALUE, VALUE, fc.boolean(), fc.boolean(), fc.constantFrom('\n', '\r\n'))
  .map(([title, abstract, hasTitle, hasAbstract, eol]) =>
    ['---', hasTitle ? `title: ${JSON.stringify(title)}` : 'date: 2020', 'authors: [A]', hasAbstract ? `abstract: ${JSON.stringify(abstract)}` : 'x: 1', '---', ''].join(eol),
  );
const REPORT = fc.tuple(fc.oneof(FRONTMATTER, fc.constant('')), BODY).map(([fm, body]) => fm + body);

describe('check texts: fast paths against the plain code', () => {
  const config = defaultConfig();

  it('blankWithPublishedFrontmatter is withPublishedFrontmatter of blankSpans', () => {
    const withSpans = REPORT.chain((text) =>
      fc.tuple(fc.constant(text), fc.array(fc.tuple(fc.nat(text.length + 2), fc.nat(40)).map(([start, length]): Span => ({ start, end: start + length })), { maxLength: 5 })),
    );
    fc.assert(
      fc.property(withSpans, ([text, spans]) => {
        const model = parseDocument(text, parseOptions(config));
        assert.equal(blankWithPublishedFrontmatter(model, model.text, spans), withPublishedFrontmatter(model, blankSpans(model.text, spans)));
        assert.equal(blankWithPublishedFrontmatter(model, model.prose, spans), withPublishedFrontmatter(model, blankSpans(model.prose, spans)));
      }),
      { numRuns: 400 },
    );
  });

  it('bodyText is the prose filled in, then the reference list blanked', () => {
    fc.assert(
      fc.property(REPORT, (text) => {
        const model = parseDocument(text, parseOptions(config));
        const list = model.references;
        const references: Span[] = list ? [{ start: model.source.lineStarts[list.startLine], end: model.source.lineEnd(Math.max(list.startLine, list.endLine - 1)) }] : [];
        assert.equal(bodyText(model), blankSpans(withPublishedFrontmatter(model, model.prose), references));
      }),
      { numRuns: 400 },
    );
  });

  it('countWords and nthWord with spans to skip are countWords and nthWord of the blanked text', () => {
    const WORDISH = fc.array(fc.constantFrom('a', 'B', '7', '\u00e9', '\ud835\udc00', '\ud835', '\udc00', "'", '\u2019', '.', '-', '\u2013', '/', ' ', '\n', '\r', '\u00a0', '\u200b'), { maxLength: 30 }).map((parts) => parts.join(''));
    const span = (length: number) => fc.tuple(fc.integer({ min: -2, max: length + 2 }), fc.nat(8)).map(([start, width]): Span => ({ start, end: start + width }));
    fc.assert(
      fc.property(WORDISH.chain((text) => fc.tuple(fc.constant(text), fc.array(span(text.length), { maxLength: 5 }))), ([text, spans]) => {
        const blanked = blankSpans(text, spans);
        const sorted = byStart(spans);
        assert.equal(countWords(text, sorted), countWords(blanked), JSON.stringify([text, spans]));
        for (let n = 0; n <= 4; n++) assert.deepEqual(nthWord(text, n, sorted), nthWord(blanked, n), JSON.stringify([text, spans, n]));
      }),
      { numRuns: 2000 },
    );
  });

  it('bodyWordCount and bodyNthWord are countWords and nthWord of bodyWordText, on a fresh model', () => {
    fc.assert(
      fc.property(REPORT, (text) => {
        const fresh = parseDocument(text, parseOptions(config));
        const built = parseDocument(text, parseOptions(config));
        const body = bodyWordText(built);
        assert.equal(bodyWordCount(fresh), countWords(body));
        for (const n of [0, 1, 3, 7]) assert.deepEqual(bodyNthWord(fresh, n), nthWord(body, n));
        assert.deepEqual(bodyNthWord(built, 3), nthWord(body, 3));
      }),
      { numRuns: 300 },
    );
  });

  it('closingBracket is the first ] of the slice, as bracketCite found it', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('[', ']', '1', ',', ' ', '\n'), { maxLength: 30 }).map((parts) => parts.join('')), fc.nat(32), fc.nat(32), (src, from, to) => {
        const sliced = src.slice(from, Math.max(from, to)).indexOf(']');
        assert.equal(closingBracket(src, from, to), sliced === -1 ? -1 : sliced + from);
      }),
    );
  });

  it('contactText is the text with lines blanked and values filled in, then code spans and comments blanked', () => {
    // The code contactText replaced: three copies of the text, the spans found on the second.
    const plain = (model: DocumentModel): string => {
      const { source } = model;
      const spans: Span[] = [];
      const list = model.references;
      if (list) spans.push({ start: source.lineStarts[list.startLine], end: source.lineEnd(Math.max(list.startLine, list.endLine - 1)) });
      if (model.frontmatter) spans.push({ start: 0, end: source.lineEnd(model.frontmatter.endLine) });
      for (const token of model.tokens) {
        if ((token.type === 'fence' || token.type === 'code_block') && token.map) spans.push({ start: source.lineStarts[token.map[0]], end: source.lineEnd(token.map[1] - 1) });
      }
      const text = withPublishedFrontmatter(model, blankSpans(model.text, spans));
      return blankSpans(text, [...findCodeSpans(text), ...findHtmlComments(text)]);
    };
    fc.assert(
      fc.property(REPORT, (text) => {
        const model = parseDocument(text, parseOptions(config));
        assert.equal(contactText(model, config.privacy.allow), plain(model), JSON.stringify(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('the abbreviation scan reads the prose without the reference list, bare URLs and skipped sections, the title and abstract put back', () => {
    // Values of every shape: a running title (published, not read), a structured or listed abstract, a number.
    const frontmatter = fc
      .tuple(VALUE, VALUE, fc.constantFrom('title', 'runningTitle', 'date'), fc.constantFrom('plain', 'parts', 'list', 'number', 'none'), fc.constantFrom('\n', '\r\n'))
      .map(([a, b, key, abstract, eol]) => {
        const lines = ['---', `${key}: ${JSON.stringify(a)}`, 'runningTitle: Short', 'authors: [A]'];
        if (abstract === 'plain') lines.push(`abstract: ${JSON.stringify(b)}`);
        if (abstract === 'parts') lines.push('abstract:', `  background: ${JSON.stringify(b)}`, '  case: Text');
        if (abstract === 'list') lines.push('abstract:', `  - ${JSON.stringify(b)}`);
        if (abstract === 'number') lines.push('abstract: 12');
        return [...lines, '---', ''].join(eol);
      });
    const body = fc
      .array(fc.constantFrom('Text ABC 123.', '\n\n', '## Acknowledgments\n\nDr. XY helped.\n\n', '## Introduction\n\n', 'see https://example.org/AB.', 'www.x.org ', '# References\n\n1. Smith J. Title. 2020;1:2.\n', '[a](http://x)', '`CD`'), { maxLength: 12 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(frontmatter, fc.constant('')), body, (fm, text) => {
        const model = parseDocument(fm + text, parseOptions(config));
        const { values } = readableParts(model);
        const skipped = [...nonPatientSections(model.heads, model.text.length), ...listSections(model)];
        const plain = putBack(model, blankSpans(model.prose, [...referenceSpans(model), ...findBareUrls(model.prose), ...skipped]), values);
        assert.equal(readableText(model, values, skipped), plain, JSON.stringify(fm + text));
      }),
      { numRuns: 600 },
    );
  });

  it('blankSpans with a head puts it in place of the text it stands for', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.nat(30), fc.array(fc.tuple(fc.nat(30), fc.nat(10)), { maxLength: 4 }), (text, cut, pairs) => {
        const at = Math.min(cut, text.length);
        const spans = pairs.map(([start, length]): Span => ({ start: Math.min(start, text.length), end: Math.min(start + length, text.length) }));
        const whole = blankSpans(text, spans);
        assert.equal(blankSpans(text, spans, whole.slice(0, at)), whole);
      }),
    );
  });
});

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findCitations, isBracketCitationContent, isPlainList, isSuperscriptCitation, listContent, makeMarker, markerItems, superscriptListOffset, type CitationMarker, type CitationScanOptions } from '../../src/core/citations';
import { findKeyCitations, keyEnd, parseKeyCitation, type BareKey, type KeyCitation } from '../../src/core/bibliography/pandoc';
import { defaultConfig } from '../../src/core/config';
import { sharedMarkdownIt } from '../../src/core/markdown';
import {
  blankSpans,
  execAnchored,
  findBareUrls,
  findCodeSpans,
  findHtmlComments,
  findLinkTargets,
  SpanSet,
  type LineRange,
} from '../../src/core/mask';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { SourceText } from '../../src/core/source-text';
import type { Span } from '../../src/core/types';

/**
 * The model parse builds `prose` in one copy of the text and parses the body without blanking
 * the frontmatter first. Each shortcut is checked here against the straightforward code it
 * replaced (blank the text, then scan it), on generated Markdown.
 */
const PIECES = [
  '`', '``', '```\n', '~~~\n', '    code `x`\n', '\n', '\n\n', '\r\n', ' ', '\t', '\\', '<!--', '-->', '<', '>', '[', ']', '(', ')', '](', '](a b)', '](<x y>)',
  '"t"', '<https://a.b/c>', '<a@b.c>', '<sup>1</sup>', 'a', 'word', '---\n', '> ', '- ', '1. ', '[1]: http://x\n', '[x]', '![a](b.png)',
];
const markdown = fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }).map((parts) => parts.join(''));

/** Whole-line ranges of a text, as the model blanks the frontmatter and code blocks. */
/** Short lines of backtick runs, letters, spaces and backslashes. */
const backticks = fc
  .tuple(fc.array(fc.array(fc.constantFrom('`', '``', 'a', ' ', '\\'), { maxLength: 4 }).map((parts) => parts.join('')), { maxLength: 8 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, eol]) => lines.join(eol));
const withLines = fc.oneof(markdown, backticks).chain((text) => {
  const lines = new SourceText(text).lineCount;
  const range = fc.tuple(fc.nat(lines), fc.nat(3)).map(([first, extra]): LineRange => ({ first, last: Math.min(first + extra, lines - 1) }));
  return fc.tuple(fc.constant(text), fc.array(range, { maxLength: 4 }));
});

function lineSpans(source: SourceText, ranges: LineRange[]): Span[] {
  return ranges.filter((r) => r.last >= r.first).map((r) => ({ start: source.lineStarts[r.first], end: source.lineEnd(r.last) }));
}

/** Random spans of a text, as code spans and comments are. */
const commentsAndLinks = fc.array(fc.constantFrom('<!--', '-->', '<', '>', '](', ')', 'a', ' ', '\n', '(', 'x:y', '@', '"t"'), { maxLength: 30 }).map((parts) => parts.join(''));
const withSpans = fc.oneof(markdown, commentsAndLinks).chain((text) =>
  fc.tuple(fc.constant(text), fc.array(fc.tuple(fc.nat(text.length), fc.nat(12)).map(([start, length]) => ({ start, end: Math.min(text.length, start + length) })), { maxLength: 5 })),
);

/** The global expressions the anchored scans replaced. */
const GLOBAL_DESTINATION = /\]\((?:<[^>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?[ \t]*\)/g;
const GLOBAL_AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>|<[^<>\s@]+@[^<>\s@]+>/g;

function globalMatches(re: RegExp, text: string): Span[] {
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function anchoredMatches(anchor: string, sticky: RegExp, text: string): Span[] {
  const found: Span[] = [];
  let match: RegExpExecArray | null;
  let from = 0;
  while ((match = execAnchored(text, anchor, sticky, from)) !== null) {
    found.push({ start: match.index, end: match.index + match[0].length });
    from = match.index + match[0].length;
  }
  return found;
}

/** The model's `prose` as it was built: frontmatter blanked, parse, then one blanking per kind of span. */
function proseSimple(text: string): { prose: string; tokens: ReturnType<typeof sharedMarkdownIt>['parse'] extends (...a: never[]) => infer T ? T : never } {
  const source = new SourceText(text);
  const model = parseDocument(text, parseOptions(defaultConfig()));
  const fmEnd = model.frontmatter ? source.lineEnd(model.frontmatter.endLine) : 0;
  const body = model.frontmatter ? blankSpans(source.text, [{ start: 0, end: fmEnd }]) : source.text;
  const env: { references?: Record<string, { href: string; title: string }> } = {};
  const tokens = sharedMarkdownIt().parse(body, env);
  const blocks = tokens.filter((t) => (t.type === 'fence' || t.type === 'code_block') && t.map).map((t) => ({ start: source.lineStarts[t.map![0]], end: source.lineEnd(t.map![1] - 1) }));
  let prose = blankSpans(body, blocks);
  prose = blankSpans(prose, findCodeSpans(prose));
  prose = blankSpans(prose, findHtmlComments(prose));
  const definitions: Span[] = [];
  if (env.references) {
    for (const m of prose.matchAll(/^ {0,3}\[([^\]\n]+)\]:.*$/gm)) if (env.references[sharedMarkdownIt().utils.normalizeReference(m[1])]) definitions.push({ start: m.index, end: m.index + m[0].length });
  }
  return { prose: blankSpans(prose, [...findLinkTargets(prose).toArray(), ...definitions]), tokens };
}

describe('model parse shortcuts agree with the simple code they replaced', function () {
  // 1,000 to 1,500 runs each: about 12 s for the longest on the shared machine's load (10 s by default).
  this.timeout(60_000);
  it('execAnchored finds what the global expression finds', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        assert.deepEqual(anchoredMatches('](', new RegExp(GLOBAL_DESTINATION.source, 'y'), text), globalMatches(GLOBAL_DESTINATION, text));
        assert.deepEqual(anchoredMatches('<', new RegExp(GLOBAL_AUTOLINK.source, 'y'), text), globalMatches(GLOBAL_AUTOLINK, text));
      }),
      { numRuns: 1000 },
    );
  });

  it('findCodeSpans with blanked lines equals findCodeSpans of the text with those lines blanked', () => {
    fc.assert(
      fc.property(withLines, ([text, ranges]) => {
        const source = new SourceText(text);
        assert.deepEqual(findCodeSpans(source.text, { lines: source, ranges }), findCodeSpans(blankSpans(source.text, lineSpans(source, ranges))));
      }),
      { numRuns: 2000 },
    );
  });

  it('findHtmlComments and findLinkTargets with masked spans equal the scans of the blanked text', () => {
    fc.assert(
      fc.property(withSpans, ([text, spans]) => {
        const blanked = blankSpans(text, spans);
        const set = new SpanSet(spans);
        assert.deepEqual(findHtmlComments(text, set), findHtmlComments(blanked));
        assert.deepEqual(findLinkTargets(text, set).toArray(), findLinkTargets(blanked).toArray());
        assert.deepEqual(findLinkTargets(text).toArray(), [...globalMatches(GLOBAL_DESTINATION, text).map((s) => ({ start: s.start + 2, end: s.end - 1 })), ...globalMatches(GLOBAL_AUTOLINK, text)]);
      }),
      { numRuns: 2000 },
    );
  });

  it('SpanSet.view is blankSpans of the slice', () => {
    fc.assert(
      fc.property(withSpans, fc.nat(), fc.nat(), ([text, spans], a, b) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        assert.equal(new SpanSet(spans).view(text, start, end), blankSpans(text, spans).slice(start, end));
      }),
      { numRuns: 1000 },
    );
  });

  it('the model parse gives the prose and tokens of blanking, then parsing, then blanking again', () => {
    const frontmatter = fc.constantFrom('', '---\ntitle: T\nauthors: [A]\n---\n', '---\r\ntitle: `x`\r\n---\r\n', '---\ntitle: T\n---', '---\na: <!--\n---\n    code\n');
    fc.assert(
      fc.property(frontmatter, markdown, (head, body) => {
        const text = head + body;
        const model = parseDocument(text, parseOptions(defaultConfig()));
        const simple = proseSimple(text);
        assert.equal(model.prose, simple.prose);
        assert.deepEqual(
          model.tokens.map((t) => [t.type, t.map, t.content]),
          simple.tokens.map((t) => [t.type, t.map, t.content]),
        );
      }),
      { numRuns: 1500 },
    );
  });
});

describe('citation scans from their anchors', () => {
  /** findCitations as it was: three global expressions over the whole text. */
  function findCitationsSimple(text: string, options: CitationScanOptions): CitationMarker[] {
    const markers: CitationMarker[] = [];
    const superscript = /\^([^^\s](?:[^^\n]{0,198}[^^\s])?)\^/g;
    let match: RegExpExecArray | null;
    while ((match = superscript.exec(text)) !== null) {
      if (!isSuperscriptCitation(text, match.index, match.index + match[0].length, match[1])) {
        superscript.lastIndex = match.index + match[0].length - 1;
        continue;
      }
      const offset = superscriptListOffset(match[1]);
      markers.push(makeMarker('superscript', match.index, match.index + match[0].length, match.index + 1 + offset, listContent(match[1], offset)));
    }
    const html = /<sup(?:\s[^<>]{0,200})?>([^<]{1,200})<\/sup>/gi;
    while ((match = html.exec(text)) !== null) {
      if (!isSuperscriptCitation(text, match.index, match.index + match[0].length, match[1])) continue;
      const offset = superscriptListOffset(match[1]);
      markers.push(makeMarker('html', match.index, match.index + match[0].length, match.index + match[0].indexOf('>') + 1 + offset, listContent(match[1], offset)));
    }
    const superscripts = [...markers];
    const bracket = /\[([^[\]\n]{1,200})\]/g;
    while ((match = bracket.exec(text)) !== null) {
      const content = match[1];
      if (!isBracketCitationContent(content, options.highestReference ?? 0)) continue;
      const end = match.index + match[0].length;
      const before = text[match.index - 1];
      const after = text[end];
      if (before === '!' || before === '\\' || after === '(') continue;
      if (after === ':' && /(?:^|\n) {0,3}$/.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
      if (superscripts.some((m) => m.start < match!.index && end < m.end)) continue; // `<sup>[1]</sup>` is the superscript's
      if (options.isLinkLabel(content)) continue;
      if (after === '[') {
        const label = /^\[([^[\]\n]{1,999})\]/.exec(text.slice(end, end + 1001));
        if (label !== null && options.isLinkLabel(label[1])) continue;
      }
      markers.push(makeMarker('bracket', match.index, match.index + match[0].length, match.index + 1, content));
    }
    return markers.sort((a, b) => a.start - b.start);
  }

  it('findCitations finds what the global expressions found', () => {
    const piece = fc.constantFrom('^', '^1^', '^2-4^', '^1, 3^', '10^3^', 'mg/m^2^', '^18^F', '^2nd^', '<sup>', '</sup>', '<sup>3</sup>', '<SUP class="x">4,5</SUP>', '<sup>99m</sup>Tc', '<sup>[1,2]</sup>', '^[3]^', '.', ';', '[', ']', '[1]', '[2, 3]', '[1][]', '[x][1]', '[2019]', '[0-10]', '![2]', '\\[3]', '[4](u)', '[5]:', 'a', ' ', '\n', '1', ',', '-', '\t', '\r', '\u00a0', '\u2028', '\u3000', '\u0085', 'Tc', '(', '4(p2)', '1'.repeat(90));
    const labels = new Set(['1', 'X']);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), fc.boolean(), (text, brackets) => {
        const options: CitationScanOptions = { brackets, isLinkLabel: (label) => labels.has(label.toUpperCase()), highestReference: 30 };
        const expected = findCitationsSimple(text, options).filter((m) => brackets || m.form !== 'bracket');
        assert.deepEqual(findCitations(text, options), expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('key citations from their at-signs', () => {
  /** The scan it replaced: every `[`, `]`, `@` and blank line as an anchor of one global expression. */
  function keyCitationsSimple(text: string): ReturnType<typeof findKeyCitations> {
    const citations: KeyCitation[] = [];
    const bare: BareKey[] = [];
    const anchors = /[[\]@]|\n[ \t\r]*\n/g;
    let open = -1;
    let tried = -1;
    const bareAt = (at: number) => {
      const before = text[at - 1] === '-' ? text[at - 2] : text[at - 1];
      if (before !== undefined && !/[\s([{"'\u2018\u201c*_]/.test(before)) return;
      const found = keyEnd(text, at + 1);
      if (found) bare.push({ start: at, end: found.end, key: found.key });
    };
    while (anchors.test(text)) {
      const at = anchors.lastIndex - 1;
      const c = text[at];
      if (c === '[') open = at;
      else if (c !== '@') open = -1;
      else if (open !== -1 && tried !== open) {
        tried = open;
        const citation = parseKeyCitation(text, open);
        if (citation) {
          citations.push(citation);
          anchors.lastIndex = citation.end;
          open = -1;
          continue;
        }
        bareAt(at);
      } else bareAt(at);
    }
    return { citations, bare };
  }

  it('findKeyCitations finds what the scan of every bracket and blank line found', () => {
    const piece = fc.constantFrom('[', ']', '@', '@a', '@doe99', '-@b', ' ', '\n', '\n\n', '\n \t\r\n', '\r', 'see ', ';', ', p. 3', 'x', 'mail@host', '(', '[@c]', '[see @d, p. 4; @e]');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        assert.deepEqual(findKeyCitations(text), keyCitationsSimple(text));
        // Around a reference list: the text before it, and the text after it with the rest blanked.
        const skip = { start: Math.min(a, b) % (text.length + 1), end: Math.max(a, b) % (text.length + 1) };
        if (skip.start > skip.end) return;
        const before = keyCitationsSimple(text.slice(0, skip.start));
        const after = keyCitationsSimple(' '.repeat(skip.end) + text.slice(skip.end));
        assert.deepEqual(findKeyCitations(text, skip), { citations: [...before.citations, ...after.citations], bare: [...before.bare, ...after.bare] });
      }),
      { numRuns: 5000 },
    );
  });
});

describe('bare URLs from their anchors', () => {
  it('findBareUrls finds what the global expression finds', () => {
    const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"]*[^\s<>".,;:!?)\]'*_]/gi;
    const piece = fc.constantFrom('http', 'HTTPS', 's', '://', 'www.', 'WwW.', 'w', 'ftp', 'x', '.', ',', ' ', '\n', ')', '_', 'a1', '"', '<', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
        assert.deepEqual(findBareUrls(text), globalMatches(URL, text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('code spans and citation items as the simple code found them', () => {
  /** findCodeSpans as it was: a regular expression for runs, paragraphs walked one by one. */
  function findCodeSpansSimple(text: string): Span[] {
    const spans: Span[] = [];
    const runs: { at: number; length: number; paragraph: number }[] = [];
    const blank = /\n[ \t\r]*\n/g;
    let paragraph = 0;
    let paragraphEnd = -1;
    for (const match of text.matchAll(/`+/g)) {
      while (paragraphEnd !== Infinity && match.index > paragraphEnd) {
        blank.lastIndex = Math.max(paragraphEnd + 1, 0);
        const next = blank.exec(text);
        paragraph++;
        paragraphEnd = next ? next.index : Infinity;
        if (next && match.index <= paragraphEnd) break;
      }
      runs.push({ at: match.index, length: match[0].length, paragraph });
    }
    const escaped = (at: number) => /(?:^|[^\\])(?:\\\\)*\\$/.test(text.slice(0, at));
    const used = new Set<number>();
    for (let i = 0; i < runs.length; i++) {
      if (used.has(i) || escaped(runs[i].at)) continue;
      const k = runs.findIndex((run, j) => j > i && !used.has(j) && run.paragraph === runs[i].paragraph && run.length === runs[i].length);
      if (k === -1) continue;
      spans.push({ start: runs[i].at, end: runs[k].at + runs[k].length });
      for (let j = i; j <= k; j++) used.add(j);
      i = k;
    }
    return spans;
  }

  /** The items of a marker as they were parsed: split at commas, trim, /^\d+$/; a period, comma, colon or semicolon at the edges of a list is an item of its own. */
  function itemsSimple(content: string, offset: number): { start: number; end: number; text: string }[] {
    const edges = content.length > 1 ? /^([.,;:]*)(\d.*\d|\d)([.,;:]*)$/s.exec(content) : null;
    if (edges && (edges[1] || edges[3])) {
      const lead = edges[1] ? [{ start: offset, end: offset + edges[1].length, text: edges[1] }] : [];
      const trail = edges[3] ? [{ start: offset + content.length - edges[3].length, end: offset + content.length, text: edges[3] }] : [];
      return [...lead, ...itemsSimple(edges[2], offset + edges[1].length), ...trail];
    }
    let at = 0;
    return content.split(',').map((part) => {
      const start = offset + at + part.length - part.trimStart().length;
      at += part.length + 1;
      return { start, end: start + part.trim().length, text: part.trim() };
    });
  }

  it('findCodeSpans pairs runs as the paragraph-by-paragraph scan did', () => {
    fc.assert(
      fc.property(fc.oneof(backticks, markdown), (text) => {
        assert.deepEqual(findCodeSpans(text), findCodeSpansSimple(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('makeMarker splits and trims items as split and trim did', () => {
    const piece = fc.constantFrom('1', '23', '0', ',', ', ', ' ', '\u00a0', '\t', '-', '\u2013', '\u2014', 'a', '4-6', '10\u201412', '\ufeff', '\u0085', '\u3000', '007', '.', ';', '9007199254740993', '123456789012345');
    const RANGE = /^(\d+)\s*[-\u2013\u2014]\s*(\d+)$/;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 10 }).map((parts) => parts.join('')), fc.nat(50), (content, offset) => {
        const marker = makeMarker('superscript', 0, 0, offset, content);
        const items = markerItems(marker);
        assert.deepEqual(marker.numbers, items.flatMap((item) => item.numbers));
        assert.deepEqual(makeMarker('bracket', 0, 0, offset, content).numbers, markerItems({ form: 'bracket', content, contentStart: offset }).flatMap((item) => item.numbers));
        assert.deepEqual(
          items.map((item) => ({ start: item.start, end: item.end, text: item.text })),
          itemsSimple(content, offset),
        );
        // A plain list (what the rules that look for malformed parts skip) has single items only.
        assert.equal(isPlainList(content), /^[1-9]\d*(?:,[1-9]\d*)*$/.test(content));
        if (isPlainList(content)) assert.ok(items.every((item) => item.kind === 'single' && item.locator === undefined));
        for (const item of items) assert.equal(item.kind === 'single' || item.problem === 'zero' && !/[-\u2013\u2014]/.test(item.text), /^\d+$/.test(item.text));
        for (const item of items) if (item.problem === 'punctuation') assert.ok(/^[.,;:]+$/.test(item.text) && (item.start === offset || item.end === offset + content.length));
        // Ranges and single numbers read as the expressions and Number() read them.
        for (const item of items) {
          const range = RANGE.exec(item.text);
          if (range) assert.deepEqual([item.from, item.to], [Number(range[1]), Number(range[2])]);
          else if (/^\d+$/.test(item.text)) assert.equal(item.from ?? 0, Number(item.text));
          else if (item.problem !== 'punctuation') assert.equal(item.problem, 'non-numeric');
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('superscript lists', () => {
  it('a digits-only marker is a citation list, as the expressions said', () => {
    const SUP_LIST = /^\d[\dA-Za-z\s,\-\u2013\u2014]*$/;
    const SPACED_LIST = /^\d+(?:\s*[,\-\u2013\u2014]\s*\d+)*$/;
    const plainList = (content: string) => (/\s/.test(content) ? SPACED_LIST.test(content) : SUP_LIST.test(content) && (!/[A-Za-z]/.test(content) || /[,\-\u2013\u2014]/.test(content)));
    // Up to two marks of the sentence at the edges of a list (`3.`, `1,2,`, `.4`) leave it a list.
    const listSimple = (content: string) => {
      const edges = /^([.,;:]*)(\d.*\d|\d)([.,;:]*)$/s.exec(content);
      return /^\d+$/.test(content) || (edges !== null && (edges[1] || edges[3]) && edges[1].length + edges[3].length <= 2 ? plainList(edges[2]) : plainList(content));
    };
    const piece = fc.constantFrom('1', '0', '42', ',', ' ', '-', '\u2013', '\u2014', 'a', 'Z', 'nd', '\u0660', '\uff11', '.', ';', ':', '\t', '\u00a0', '\u2003', '\ufeff', '\u0085', '\u200b', '@', '`');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => parts.join('')), (content) => {
        const text = ` ^${content}^ `;
        assert.equal(isSuperscriptCitation(text, 1, 3 + content.length, content), listSimple(content));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('run-in heads', () => {
  it('findSectionHeads skips only lines the run-in expression cannot match', () => {
    const RUN_IN = /^(\s*(?:\*\*|__))([^*_\n]{1,80}?)\s*([:.]?)\s*(\*\*|__)\s*([:.]?)/;
    const BOLD_LINE = /^\s*(\*\*|__)[^*_\n]{1,80}?\1\s*:?\s*$/;
    const piece = fc.constantFrom(' ', '\t', '\u00a0', '\u3000', '\v', '**', '__', '*', '_', 'Background', 'Case', ':', '.', 'x', '\r');
    const line = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 5 }), (lines) => {
        const text = lines.join('\n\n');
        const model = parseDocument(text, parseOptions(defaultConfig()));
        const expected: { line: number; text: string }[] = [];
        for (let i = 0; i < model.tokens.length; i++) {
          const token = model.tokens[i];
          if (token.type !== 'paragraph_open' || !token.map || model.tokens[i + 1]?.type !== 'inline') continue;
          const run = RUN_IN.exec(model.source.lineText(token.map[0]));
          if (!run || (run[3] === '' && run[5] === '' && !BOLD_LINE.test(model.source.lineText(token.map[0])))) continue;
          expected.push({ line: token.map[0], text: run[2].trim() });
        }
        assert.deepEqual(model.heads.filter((h) => h.kind === 'run-in').map((h) => ({ line: h.line, text: h.text })), expected);
      }),
      { numRuns: 2000 },
    );
  });
});

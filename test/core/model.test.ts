import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultConfig } from '../../src/core/config';
import { sharedMarkdownIt } from '../../src/core/markdown';
import { parseDocument, type DocumentModel } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { SourceText } from '../../src/core/source-text';

const FRONT = '---\ntitle: T\nauthors:\n  - name: A\n---\n\n';

function parse(body: string, front = FRONT): DocumentModel {
  return parseDocument(front + body, parseOptions(defaultConfig()));
}

function at(model: DocumentModel, offset: number): string {
  const p = model.source.positionAt(offset);
  return `${p.line + 1}:${p.character + 1}`;
}

describe('SourceText', () => {
  it('strips a BOM and maps offsets to lines and UTF-16 columns', () => {
    const source = new SourceText('\ufeffab\ncd😀e\n');
    assert.equal(source.hasBom, true);
    assert.equal(source.text, 'ab\ncd😀e\n');
    assert.deepEqual(source.positionAt(7), { line: 1, character: 4 });
    assert.equal(source.offsetAt({ line: 1, character: 4 }), 7);
  });

  it('keeps the CR of CRLF out of the columns', () => {
    const source = new SourceText('ab\r\ncd\r\n');
    assert.equal(source.eol, '\r\n');
    assert.equal(source.lineText(0), 'ab');
    assert.deepEqual(source.positionAt(2), { line: 0, character: 2 });
    assert.deepEqual(source.positionAt(3), { line: 0, character: 2 });
    assert.deepEqual(source.positionAt(4), { line: 1, character: 0 });
  });

  it('breaks lines where markdown-it does: at a lone CR too, keeping every offset', () => {
    const raw = 'a\rb\r\nc\nd\r\re';
    const source = new SourceText(raw);
    assert.equal(source.text.length, raw.length);
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((line) => source.lineText(line)), ['a', 'b', 'c', 'd', '', 'e']);
    assert.equal(source.lineCount, 6);
    assert.deepEqual(source.positionAt(raw.indexOf('e')), { line: 5, character: 0 });
    const tokens = sharedMarkdownIt().parse(raw, {});
    assert.deepEqual(tokens.filter((t) => t.type === 'paragraph_open').map((t) => t.map), [[0, 4], [5, 6]]);
  });

  it('places an offset from a line near it (a writer placing findings in order) as it places it from the start', () => {
    const text = fc.array(fc.constantFrom('a', 'b', '\n', '\r\n', '\r', '\n\n'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: -2, max: 70 }), fc.integer({ min: -1, max: 70 }), (raw, offset, near) => {
        const source = new SourceText(raw);
        const end = Math.max(0, offset) + 3;
        assert.deepEqual(source.positionAt(offset, near), source.positionAt(offset));
        assert.deepEqual(source.rangeOf(offset, end, near), { start: source.positionAt(offset), end: source.positionAt(end) });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('reference list', () => {
  it('reads numbers as written, with both delimiters, across multi-line entries', () => {
    const model = parse('Text.^1^\n\n## References\n\n1. Kim J, Lee A. A title. J Rheumatol. 2001;1(2):3-4. doi:10.1000/abc.\n1. Second B. Another title\n   that goes on. Lupus. 2010;2:5-6.\n\n4) Third C. Third title. Lancet. 2012;3:7-8.\n');
    const entries = model.references!.entries;
    assert.deepEqual(entries.map((e) => e.number), [1, 1, 4]);
    assert.deepEqual(entries.map((e) => `${at(model, e.start)}-${at(model, e.end)}`), ['11:1-11:71', '12:1-13:36', '15:1-15:45']);
    assert.equal(entries[1].text, 'Second B. Another title that goes on. Lupus. 2010;2:5-6.');
    assert.equal(entries[0].doi?.value, '10.1000/abc');
    assert.equal(model.text.slice(entries[0].doi!.start, entries[0].doi!.end), '10.1000/abc');
  });

  it('finds the heading case-insensitively and ignores ordered lists elsewhere', () => {
    const model = parse('Steps:\n\n1. First\n2. Second\n\n# REFERENCES\n\n3. Only entry. doi:https://doi.org/x\n');
    assert.equal(model.references!.headingText, 'REFERENCES');
    assert.deepEqual(model.references!.entries.map((e) => e.number), [3]);
  });

  it('reads DOIs from doi.org links and leaves a trailing bracket or period out', () => {
    const model = parse('## References\n\n1. A. <https://doi.org/10.1016/S0140-6736(20)30183-5>.\n2. B. (doi:10.1002/art.1234).\n');
    assert.deepEqual(model.references!.entries.map((e) => e.doi?.value), ['10.1016/S0140-6736(20)30183-5', '10.1002/art.1234']);
  });

  it('does not count citations or mentions inside the reference list', () => {
    const model = parse('Body.^1^\n\n## References\n\n1. Smith A. Figure 3 of a study.^2^ J. 2000;1:1.\n');
    assert.deepEqual(model.citations.map((c) => c.numbers), [[1]]);
    assert.deepEqual(model.mentions.list(), []);
  });
});

describe('figures, tables and mentions', () => {
  const body = [
    'The rash is shown (Figures 1 and 2); see also Fig. 3, Figures 1-3, Figure 2A and Table 1 (Tables 1 and 2).', // line 7
    '',
    '![Figure 1. Livedo racemosa on both thighs, as in Figure 1 and unlike Figure 2.](images/livedo.png)', // 9
    '',
    '![**Figure 2A.** Skin biopsy.](images/biopsy.png "Biopsy")', // 11
    '',
    '![A photo without a label](images/other.png)', // 13
    '',
    'Table 1. Laboratory values on admission', // 15
    '',
    '| Test | Value |',
    '| --- | --- |',
    '| Hb | 9.1 g/dL |',
    '',
    'Table 2. Treatment timeline', // 21
    '| Week | Drug |',
    '| --- | --- |',
    '| 1 | Prednisone |',
    '',
    '| Orphan | table |', // 26
    '| --- | --- |',
    '',
  ].join('\n');
  const model = parse(body);

  it('reads figures from image alt text: label, number, panel, caption and source', () => {
    assert.deepEqual(
      model.figures.map((f) => [f.number, f.panel, f.label, f.caption, f.src, at(model, f.start)]),
      [
        [1, undefined, 'Figure 1.', 'Livedo racemosa on both thighs, as in Figure 1 and unlike Figure 2.', 'images/livedo.png', '9:1'],
        [2, 'A', 'Figure 2A.', 'Skin biopsy.', 'images/biopsy.png', '11:1'],
        [undefined, undefined, undefined, 'A photo without a label', 'images/other.png', '13:1'],
      ],
    );
    const f = model.figures[0];
    assert.equal(model.text.slice(f.labelStart, f.labelEnd), 'Figure 1.');
  });

  it('reads tables from the caption paragraph above a pipe table, with or without a blank line', () => {
    assert.deepEqual(
      model.tables.map((t) => [t.number, t.caption, t.line + 1]),
      [
        [1, 'Laboratory values on admission', 15],
        [2, 'Treatment timeline', 21],
        [undefined, '', 26],
      ],
    );
  });

  it('finds every mention form, and drops a figure mentioning itself in its own caption', () => {
    const found = model.mentions.list().map((m) => `${m.kind}:${m.numbers.join(',')}:${model.text.slice(m.start, m.end)}@${at(model, m.start)}`);
    assert.deepEqual(found, [
      'figure:1,2:Figures 1 and 2@7:20',
      'figure:3:Fig. 3@7:47',
      'figure:1,2,3:Figures 1-3@7:55',
      'figure:2:Figure 2A@7:68',
      'table:1:Table 1@7:82',
      'table:1,2:Tables 1 and 2@7:91',
      'figure:2:Figure 2@9:71',
    ]);
  });

  it('reads a label set in italics or bold', () => {
    const m = parse('![*Figure 1.* Rash.](a.png)\n\n![__Figure 2.__ Ulcer.](b.png)\n');
    assert.deepEqual(m.figures.map((f) => [f.number, f.caption]), [[1, 'Rash.'], [2, 'Ulcer.']]);
  });

  it('takes the paragraph before a table for its caption however many blank lines apart, but not across another block', () => {
    const m = parse('Table 1. Laboratory values\n\n\n| a | b |\n| - | - |\n\nTable 2. Timeline\n\n<!-- a note -->\n\n| c | d |\n| - | - |\n');
    assert.deepEqual(m.tables.map((t) => t.number), [1, undefined]);
  });

  it('reads a singular word as one number: "Figure 2, 3 days later"', () => {
    const m = parse('Figure 2, 3 days later, and Table 1 and 2 doses.').mentions.list();
    assert.deepEqual(m.map((x) => x.numbers), [[2], [1]]);
  });

  it('reads the whole number of a label or a mention, five digits and more, never its first four', () => {
    const m = parse('See Figure 12345, Figures 10000 and 100000, Figs. 99998-100000 and Table 12345.\n\n![Figure 12345. Rash.](a.png)\n\n![**Figure 100000A.** Ulcer.](b.png)\n\nTable 12345. Values\n\n| a |\n| - |\n| 1 |\n');
    assert.deepEqual(m.mentions.list().map((x) => [x.kind, x.numbers, m.text.slice(x.start, x.end)]), [
      ['figure', [12345], 'Figure 12345'],
      ['figure', [10000, 100000], 'Figures 10000 and 100000'],
      ['figure', [99998, 99999, 100000], 'Figs. 99998-100000'],
      ['table', [12345], 'Table 12345'],
    ]);
    assert.deepEqual(m.figures.map((f) => [f.number, f.panel, f.label, f.caption]), [[12345, undefined, 'Figure 12345.', 'Rash.'], [100000, 'A', 'Figure 100000A.', 'Ulcer.']]);
    assert.deepEqual(m.tables.map((t) => [t.number, t.label, t.caption]), [[12345, 'Table 12345.', 'Values']]);
  });

  it('reads no float number from a run of more than nine digits, nor part of one', () => {
    const m = parse('Figure 1234567890 is a serial number.\n\n![Figure 1234567890. Scan.](a.png)\n');
    assert.deepEqual(m.mentions.list(), []);
    assert.deepEqual(m.figures.map((f) => f.number), [undefined]);
  });

  it('keeps a count after a singular mention out of it: "Figure 1, 2345 patients"', () => {
    const m = parse('Figure 1, 2345 patients; Figure 2, 23456 patients; Table 1, 12345 doses.').mentions.list();
    assert.deepEqual(m.map((x) => x.numbers), [[1], [2], [1]]);
  });

  it('ends a plural list at its last item, after "and": "Figures 1 and 2, 14 days apart"', () => {
    const m = parse('Figures 1 and 2, 14 days apart; Figs. 1 & 3, 2345 patients; Tables 1, 2, and 3, 120 doses; Figures 2-3 and 5-6, 40 days; Figures 1, 2, and 4.').mentions.list();
    assert.deepEqual(m.map((x) => x.numbers), [[1, 2], [1, 3], [1, 2, 3], [2, 3, 5, 6], [1, 2, 4]]);
  });

  it('ends a plural list before a last item that is a duration: "Figures 1-2 and 3 weeks later"', () => {
    const m = parse('Figures 1-2 and 3 weeks later; Figs. 1 & 4 days after; Figures 1, 2, and 3 h later; Tables 1 and 2 months apart; Figures 1 and 2 show it; Figures 1 and 2d.').mentions.list();
    assert.deepEqual(m.map((x) => x.numbers), [[1, 2], [1], [1, 2], [1], [1, 2], [1, 2]]);
  });

  it('skips supplementary figures and mentions in code or comments', () => {
    const m = parse('See Supplementary Figure 4 and `Figure 5` <!-- Figure 6 --> and Figure 7.').mentions.list();
    assert.deepEqual(m.map((x) => x.numbers), [[7]]);
  });
});

describe('CRLF and BOM', () => {
  const lf = [
    '---', 'title: T', 'authors:', '  - name: A', '---', '',
    'Approximately 1–4% develop it.^1^ Seen (Figure 1) in lupus.^2,3^ Pasted.4 Next.', '',
    '![Figure 1. Ulcer.](u.png)', '',
    '## References', '', '1. A. doi:10.1/a', '2. B', '   more', '3. C', '4. D', '',
  ].join('\n');
  const summary = (model: DocumentModel) => [
    ...model.citations.map((c) => `cite ${at(model, c.start)}-${at(model, c.end)}`),
    ...model.unformattedCitations.map((c) => `pasted ${at(model, c.start)}-${at(model, c.end)}`),
    ...model.references!.entries.map((e) => `ref ${e.number} ${at(model, e.start)}-${at(model, e.end)} ${e.text}`),
    ...model.figures.map((f) => `fig ${f.number} ${at(model, f.start)}-${at(model, f.end)} ${f.src}`),
    ...model.mentions.list().map((m) => `mention ${at(model, m.start)}`),
  ];
  const expected = summary(parseDocument(lf, parseOptions(defaultConfig())));

  it('gives the expected LF positions', () => {
    assert.deepEqual(expected, [
      'cite 7:31-7:34',
      'cite 7:60-7:65',
      'pasted 7:72-7:74',
      'ref 1 13:1-13:17 A. doi:10.1/a',
      'ref 2 14:1-15:8 B more',
      'ref 3 16:1-16:5 C',
      'ref 4 17:1-17:5 D',
      'fig 1 9:1-9:27 u.png',
      'mention 7:41',
    ]);
  });

  it('gives the same positions for CRLF, lone CR, a mix, BOM, and both', () => {
    const crlf = lf.replace(/\n/g, '\r\n');
    let i = 0;
    const mixed = lf.replace(/\n/g, () => ['\n', '\r', '\r\n'][i++ % 3]);
    for (const raw of [crlf, lf.replace(/\n/g, '\r'), mixed, `\ufeff${lf}`, `\ufeff${crlf}`]) assert.deepEqual(summary(parseDocument(raw, parseOptions(defaultConfig()))), expected);
  });

  it('recognises the frontmatter of a CRLF file with a BOM', () => {
    const model = parseDocument(`\ufeff${lf.replace(/\n/g, '\r\n')}`, parseOptions(defaultConfig()));
    assert.equal(model.frontmatter?.endLine, 4);
    assert.equal(model.bodyStartLine, 5);
  });
});

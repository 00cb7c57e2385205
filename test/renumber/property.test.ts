import assert from 'node:assert/strict';
import fc from 'fast-check';
import { defaultConfig } from '../../src/core/config';
import { runRules } from '../../src/core/check';
import { renumberFloats, renumberReferences } from '../../src/core/renumber';
import { apply, citedTexts, FRONTMATTER, parse } from './helpers';

const host = { fileExists: () => true };
const FORMS = ['superscript', 'html', 'bracket'] as const;

/** A marker written the way authors do: any order, repeats, an occasional range. */
const marker = (size: number) =>
  fc.record({
    numbers: fc.uniqueArray(fc.integer({ min: 1, max: size }), { minLength: 1, maxLength: Math.min(size, 4) }),
    form: fc.constantFrom(...FORMS),
    range: fc.boolean(),
    code: fc.boolean(),
  });

const documentArb = fc.integer({ min: 1, max: 9 }).chain((size) =>
  fc.record({
    size: fc.constant(size),
    listOrder: fc.shuffledSubarray([...Array(size).keys()].map((i) => i + 1), { minLength: size, maxLength: size }),
    markers: fc.array(marker(size), { minLength: 1, maxLength: 8 }),
    multiline: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
    crlf: fc.boolean(),
  }),
);

function write(d: { size: number; listOrder: number[]; markers: { numbers: number[]; form: string; range: boolean; code: boolean }[]; multiline: boolean[]; crlf: boolean }): string {
  const sentences = d.markers.map((m, i) => {
    let content = m.numbers.join(m.form === 'bracket' ? ', ' : ',');
    const sorted = [...m.numbers].sort((a, b) => a - b);
    if (m.range && sorted.length >= 2 && sorted[sorted.length - 1] - sorted[0] === sorted.length - 1) content = `${sorted[0]}-${sorted[sorted.length - 1]}`;
    const cite = m.form === 'superscript' ? `^${content}^` : m.form === 'html' ? `<sup>${content}</sup>` : ` [${content}]`;
    const code = m.code ? ` Code \`^${content}^\` stays.` : '';
    return `Sentence ${i} about finding ${i}.${cite}${code}`;
  });
  const list = d.listOrder.map((n) => `${n}. Author${n} A. Title of work ${n}.${d.multiline[n - 1] ? `\n   Journal ${n}. 20${n}0;${n}:1-2.` : ''}`);
  const text = `${FRONTMATTER}## Case\n\n${sentences.join(' ')}\n\n## References\n\n${list.join('\n')}\n`;
  return d.crlf ? text.replace(/\n/g, '\r\n') : text;
}

function codeSpans(text: string): string[] {
  return text.match(/`[^`]*`/g) ?? [];
}

describe('renumbering (property) [slow]', () => {
  it('never changes which reference text a marker points to, leaves code alone and is idempotent', function () {
    // About 4 s of CPU: on the shared 2-core machine under load it overran mocha's 10 s default.
    this.timeout(60_000);
    fc.assert(
      fc.property(documentArb, (d) => {
        const before = write(d);
        const after = apply(before, renumberReferences);
        assert.deepEqual(citedTexts(after), citedTexts(before));
        assert.deepEqual(codeSpans(after), codeSpans(before));
        assert.equal(apply(after, renumberReferences), after);
        assert.equal(parse(after).references!.entries.length, d.size);
        const model = parse(after);
        const left = runRules(model, defaultConfig(), host).filter((f) => f.code === 'citation-order' || f.code === 'reference-numbering' || f.code === 'citation-compress');
        assert.deepEqual(left, []);
        if (d.crlf) assert.doesNotMatch(after.replace(/\r\n/g, ''), /\n/);
      }),
      { numRuns: 300 },
    );
  });

  it('figures: every mention still names the same image, labels follow first mention', () => {
    const figureDoc = fc.record({
      count: fc.integer({ min: 1, max: 6 }),
      mentions: fc.array(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
    });
    fc.assert(
      fc.property(figureDoc, ({ count, mentions }) => {
        const used = mentions.map((m) => [...new Set(m.filter((n) => n <= count))]).filter((m) => m.length > 0);
        const prose = used.map((m, i) => `Finding ${i} (${m.length === 1 ? 'Figure' : 'Figures'} ${m.length === 1 ? m[0] : `${m.slice(0, -1).join(', ')} and ${m[m.length - 1]}`}).`).join(' ');
        const images = [...Array(count).keys()].map((i) => `![Figure ${i + 1}. Image of lesion ${i + 1}.](img${i + 1}.png)`).join('\n\n');
        const before = `${FRONTMATTER}${prose}\n\n${images}\n`;
        const after = apply(before, (model) => renumberFloats(model, 'figure'));
        const files = (text: string) => {
          const model = parse(text);
          const byNumber = new Map(model.figures.map((f) => [f.number, f.src]));
          return model.mentions.list().map((m) => m.numbers.map((n) => byNumber.get(n)).sort());
        };
        assert.deepEqual(files(after), files(before));
        assert.equal(apply(after, (model) => renumberFloats(model, 'figure')), after);
        const order = runRules(parse(after), defaultConfig(), host).filter((f) => f.code === 'figure-order' && /mentioned/.test(f.message));
        assert.deepEqual(order, []);
      }),
      { numRuns: 200 },
    );
  });
});

import assert from 'node:assert/strict';
import fc from 'fast-check';
import { numberCitations } from '../../src/core/bibliography/convert';
import { LibraryLoader } from '../../src/core/bibliography/loader';
import { generatedReferences, referenceListMarkdown } from '../../src/core/bibliography/reference-list';
import { runRules } from '../../src/core/check';
import { markerItems } from '../../src/core/citations';
import { defaultConfig } from '../../src/core/config';
import { applyEdits } from '../../src/core/fix';
import { parseDocument } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';
import { BIB, MemoryFiles, REPORT_PATH, report } from './helpers';

const PATH = '/cases/lupus/refs.bib';

/** A library of `count` journal articles, keys k0, k1, ... */
function library(count: number): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `@article{k${i},\n  author = {Author${String.fromCharCode(65 + i)}, Jane and Coauthor, Sam},\n  title = {Finding number ${i + 1} in lupus},\n  journal = {J Rheumatol},\n  year = {${2000 + i}},\n  volume = {${i + 1}},\n  number = {2},\n  pages = {${10 + i}--${20 + i}},\n  doi = {10.1000/k${i}}\n}\n`,
  ).join('\n');
}

function convert(text: string, files: MemoryFiles) {
  const loader = new LibraryLoader(files);
  const model = parseDocument(text, parseOptions(defaultConfig()), REPORT_PATH);
  const lib = loader.load(model);
  const outcome = numberCitations(model, lib);
  const after = outcome.status === 'changed' ? applyEdits(text, outcome.fix.edits).text : text;
  return { model, lib, outcome, after, loader };
}

interface Cite {
  keys: number[];
  page?: number;
}

const sentence = fc.record({
  words: fc.constantFrom('Calciphylaxis is rare', 'Warfarin was stopped', 'Sodium thiosulfate was given', 'Ulcers healed slowly', 'Lupus nephritis was active'),
  cite: fc.option(fc.record({ keys: fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 3 }), page: fc.option(fc.integer({ min: 1, max: 999 }), { nil: undefined }) }), { nil: undefined }),
  after: fc.constantFrom('.', ',', ';', ''),
});

function body(sentences: { words: string; cite?: Cite; after: string }[]): string {
  return sentences
    .map(({ words, cite, after }) => {
      if (!cite) return `${words}${after || '.'}`;
      const items = cite.keys.map((k, i) => `@k${k}${i === 0 && cite.page !== undefined ? `, p. ${cite.page}` : ''}`);
      return `${words} [${items.join('; ')}]${after}`;
    })
    .join(' ');
}

describe('Converting citation keys to numbered references', () => {
  it('writes superscripts after periods and commas and the AMA list under a new References heading', () => {
    const files = new MemoryFiles({ [PATH]: BIB });
    const text = report('## Introduction\n\nCalciphylaxis is rare [@nigwekar2008; @kalajian2009], and sodium thiosulfate helps [@muller2015, p. e12].\nTwo causes: [@nigwekar2008] and more.\n');
    const { after } = convert(text, files);
    assert.equal(
      after.slice(after.indexOf('## Introduction')),
      [
        '## Introduction',
        '',
        'Calciphylaxis is rare,^1,2^ and sodium thiosulfate helps.^3(pe12)^',
        'Two causes^1^: and more.',
        '',
        '## References',
        '',
        `1. ${referenceListMarkdown(generatedReferences(parseDocument(text, parseOptions(defaultConfig()), REPORT_PATH), new LibraryLoader(files).load(parseDocument(text, parseOptions(defaultConfig()), REPORT_PATH)))).split('\n')[0].slice(3)}`,
        '2. Kalajian AH, Malhotra PS, Callen JP. Calciphylaxis in a Patient with Systemic Lupus Erythematosus. *Archives of Dermatology*. 2009;145(4):451-458. doi:10.1001/archdermatol.2008.602',
        '3. Müller J, Østergaard S. Sodium Thiosulfate in Calciphylaxis. *Nephrol Dial Transplant*. 2015;30:e12. doi:10.1093/ndt/gfu001',
        '',
      ].join('\n'),
    );
  });

  it('closes a marker up across a line break, but never onto a list marker', () => {
    const files = new MemoryFiles({ [PATH]: BIB });
    const { after } = convert(report('Calciphylaxis has nonuremic causes\n[@nigwekar2008].\n\n- [@kalajian2009] reported a lupus case.\n'), files);
    assert.match(after, /Calciphylaxis has nonuremic causes\.\^1\^\n\n- \^2\^ reported a lupus case\./);
  });

  it('keeps CRLF line endings and writes under an empty References heading', () => {
    const files = new MemoryFiles({ [PATH]: BIB });
    const text = report('Rare [@nigwekar2008].\r\n\r\n## References\r\n\r\n## Acknowledgments\r\n\r\nNone.').replace(/\n/g, '\r\n').replace(/\r\r/g, '\r');
    const { after } = convert(text, files);
    assert.match(after, /Rare\.\^1\^\r\n\r\n## References\r\n\r\n1\. Nigwekar SU[^\r\n]*\r\n\r\n## Acknowledgments/);
  });

  it('is blocked by an unknown key, a hand-numbered citation or a broken library, naming it', () => {
    const files = new MemoryFiles({ [PATH]: BIB });
    const blocked = (body: string, f = files) => {
      const { outcome } = convert(report(body), f);
      return outcome.status === 'blocked' ? outcome.reason : outcome.status;
    };
    assert.equal(blocked('Rare [@nigwekar2009].'), 'The key nigwekar2009 is not in the library, so it has no number; correct it first');
    assert.match(blocked('Rare [@nigwekar2008]. Also.^2^'), /hand-numbered citations/);
    assert.match(blocked('Rare [@nigwekar2008].', new MemoryFiles({})), /could not be read in full/);
    assert.equal(blocked('No keys at all.^1^'), 'unchanged');
  });

  it("never drops the author's words: a citation with words beside its key blocks the conversion, naming it", () => {
    const files = new MemoryFiles({ [PATH]: BIB });
    const text = report('Rare [@nigwekar2008]. Thiosulfate helps [see @muller2015, p. e12]. Lupus too [@kalajian2009, p. 452 and passim].');
    const { outcome, after, model } = convert(text, files);
    assert.equal(outcome.status, 'blocked');
    assert.equal(after, text);
    if (outcome.status !== 'blocked') return;
    assert.equal(outcome.reason, "The citation [see @muller2015, p. e12] has words beside its key ('see') that a numbered superscript cannot hold; write them in the sentence, outside the brackets, and convert again");
    assert.deepEqual(outcome.span && text.slice(outcome.span.start, outcome.span.end), '[see @muller2015, p. e12]');
    assert.equal(model.keyCitations.length, 3);
    const suffix = convert(report('Lupus too [@kalajian2009, p. 452 and passim].'), files).outcome;
    assert.equal(suffix.status === 'blocked' && suffix.reason, "The citation [@kalajian2009, p. 452 and passim] has words beside its key ('and passim') that a numbered superscript cannot hold; write them in the sentence, outside the brackets, and convert again");
    // Written outside the brackets, the words stay in the sentence and the keys convert.
    assert.match(convert(report('Thiosulfate helps, see [@muller2015, p. e12].'), files).after, /Thiosulfate helps, see\.\^1\(pe12\)\^/);
  });

  it('property: every marker points at the same work, the checks pass, and a second run changes nothing [slow]', function () {
    this.timeout(120_000);
    const files = new MemoryFiles({ [PATH]: library(8) });
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 12 }), (sentences) => {
        const text = report(`## Introduction\n\n${body(sentences)}\n\n## Case Presentation\n\nA 45-year-old woman.\n\n## Discussion\n\nNone.`);
        const { model, lib, outcome, after, loader } = convert(text, files);
        const keyed = model.keyCitations;
        if (keyed.length === 0) return assert.equal(outcome.status, 'unchanged');
        assert.equal(outcome.status, 'changed');
        const result = parseDocument(after, parseOptions(defaultConfig()), REPORT_PATH);
        assert.equal(result.keyCitations.length, 0);
        assert.equal(result.citations.length, keyed.length);
        // The written list, by number: the entry's text is the AMA text of one library entry.
        const written = new Map(result.references!.entries.map((entry) => [entry.number, entry.text]));
        const markdownOf = new Map(generatedReferences(model, lib).map((r) => [r.key, referenceListMarkdown([{ ...r, number: 1 }]).slice(3)]));
        keyed.forEach((citation, i) => {
          const marker = result.citations[i];
          assert.deepEqual(new Set(marker.numbers.map((n) => written.get(n))), new Set(citation.items.map((item) => markdownOf.get(item.key))));
          const located = citation.items.find((item) => item.locator);
          if (located) assert.ok(markerItems(marker).some((item) => item.locator === `p${located.locator!.value}`), `${marker.content} keeps p${located.locator!.value}`);
        });
        const host = { fileExists: () => true, library: (m: typeof model) => loader.load(m) };
        const findings = runRules(result, defaultConfig(), host).filter((f) => /^(?:citation|reference|bibliography)/.test(f.code));
        assert.deepEqual(findings.map((f) => `${f.code}: ${f.message}`), []);
        const again = numberCitations(result, loader.load(result));
        assert.equal(again.status, 'unchanged');
      }),
      { numRuns: 100 },
    );
  });
});

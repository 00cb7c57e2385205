import assert from 'node:assert/strict';
import { markerItems } from '../../src/core/citations';
import { defaultConfig } from '../../src/core/config';
import { parseDocument, type DocumentModel } from '../../src/core/model';
import { parseOptions } from '../../src/core/parse-options';

const FRONT = '---\ntitle: T\nauthors:\n  - name: A\n---\n\n';

function parse(body: string, brackets = true): DocumentModel {
  return parseDocument(FRONT + body, parseOptions(defaultConfig({ citations: { brackets } })));
}

/** Each marker as `text@line:col-endCol` (1-based, end exclusive) with the numbers it cites. */
function markers(model: DocumentModel): string[] {
  return model.citations.map((m) => {
    const s = model.source.positionAt(m.start);
    const e = model.source.positionAt(m.end);
    return `${model.text.slice(m.start, m.end)}@${s.line + 1}:${s.character + 1}-${e.character + 1}=${m.numbers.join(',')}`;
  });
}

describe('citation markers', () => {
  it('finds the three forms with exact columns', () => {
    const model = parse('Rare.^1^ Seen in lupus.^3,4^ Pasted<sup>2</sup> and Vancouver [5].');
    assert.deepEqual(markers(model), ['^1^@7:6-9=1', '^3,4^@7:24-29=3,4', '<sup>2</sup>@7:36-48=2', '[5]@7:63-66=5']);
    assert.deepEqual(model.citations.map((m) => m.form), ['superscript', 'superscript', 'html', 'bracket']);
  });

  it('keeps the content offsets between the delimiters', () => {
    const model = parse('Text.^12,14^ and <SUP>7</SUP> and <sup class="cite">8,9</sup>');
    const [sup, html, attributed] = model.citations;
    assert.equal(model.text.slice(sup.contentStart, sup.contentEnd), '12,14');
    assert.equal(model.text.slice(html.contentStart, html.contentEnd), '7');
    assert.equal(model.text.slice(attributed.contentStart, attributed.contentEnd), '8,9');
    assert.equal(model.text.slice(attributed.start, attributed.end), '<sup class="cite">8,9</sup>');
  });

  it('a range longer than the limit is not expanded, and markers that cite nothing share one frozen empty list', () => {
    const model = parse('A.^2-1001^ B.^1002-2001^ C.^0^ D.^7^');
    const [long, longer, zero, seven] = model.citations;
    assert.deepEqual(markerItems(long).map((i) => [i.kind, i.problem, i.from, i.to]), [['invalid', 'too-long', 2, 1001]]);
    assert.equal(long.numbers.length, 0);
    // 100,000 such markers make no array each: the same one, which no one can change.
    assert.equal(long.numbers, longer.numbers);
    assert.equal(markerItems(long)[0].numbers, markerItems(zero)[0].numbers);
    assert.ok(Object.isFrozen(long.numbers));
    assert.deepEqual(seven.numbers, [7]);
  });

  it('expands ranges written with a hyphen or an en dash, and mixed lists', () => {
    const model = parse('A.^2-5^ B.^1,3–5,9^ C.<sup>6–8</sup> D [1, 3–5].');
    assert.deepEqual(model.citations.map((m) => m.numbers), [[2, 3, 4, 5], [1, 3, 4, 5, 9], [6, 7, 8], [1, 3, 4, 5]]);
    assert.deepEqual(markerItems(model.citations[1]).map((i) => i.kind), ['single', 'range', 'single']);
  });

  it('accepts spaces after commas inside a superscript list', () => {
    assert.deepEqual(markers(parse('Seen.^1, 2^ Next.')), ['^1, 2^@7:6-12=1,2']);
  });

  it('marks malformed ranges as invalid items with the reason', () => {
    const model = parse('A.^4-2^ B.^3-3^ C.^0^ D.^1,a^ E.^0-2^');
    const problems = model.citations.flatMap((m) => markerItems(m).filter((i) => i.kind === 'invalid').map((i) => `${i.text}:${i.problem}`));
    assert.deepEqual(problems, ['4-2:descending', '3-3:equal', '0:zero', 'a:non-numeric', '0-2:zero']);
  });

  it('does not take a percentage range for a citation', () => {
    const model = parse('Approximately 1–4% of patients with ESRD develop calciphylaxis.^1^');
    assert.deepEqual(model.citations.map((m) => m.numbers), [[1]]);
    assert.deepEqual(model.unformattedCitations, []);
  });

  it('does not take exponents for citations', () => {
    const model = parse('Rituximab 375 mg/m^2^ weekly; platelets 150 × 10^9^/L; BSA 1.73 m^2^; a 4 cm^2^ ulcer; eGFR 30 mL/min/1.73 m<sup>2</sup>.');
    assert.deepEqual(markers(model), []);
  });

  it('takes a number other than 2 or 3 after a unit for a citation', () => {
    assert.deepEqual(markers(parse('Potassium was 2.1 mmol/L^7^ and the ulcer 4 cm^2^.')), ['^7^@7:25-28=7']);
  });

  it('still finds a citation right after an exponent', () => {
    assert.deepEqual(markers(parse('Counts of 10^9^ cells were seen.^4^')), ['^4^@7:33-36=4']);
  });

  it('does not take isotopes for citations', () => {
    assert.deepEqual(markers(parse('PET with ^18^F-FDG and (<sup>68</sup>Ga-DOTATATE) scans.^1^')), ['^1^@7:57-60=1']);
  });

  it('does not take a bracketed scale with a zero for a citation', () => {
    assert.deepEqual(parse('Pain was 7 [0-10] and 2 [0, 1, 2].').citations, []);
  });

  it('ignores ordinals and words in superscript', () => {
    assert.deepEqual(markers(parse('The 2^nd^ dose and Mg^++^ and x^th^ power.')), []);
  });

  it('sees nothing inside code spans, fenced code, HTML comments or the frontmatter', () => {
    const model = parseDocument(
      '---\ntitle: Lupus^1^ [2]\nauthors:\n  - name: A\nabstract: Seen.^3^\n---\n\nInline `x^4^ [5]` code.\n\n```\nfenced.^6^ [7]\n```\n\n    indented.^8^\n\n<!-- a note.^9^ [10]\nspanning lines -->\n\nReal.^11^\n',
      parseOptions(defaultConfig()),
    );
    assert.deepEqual(model.citations.map((m) => m.numbers), [[11]]);
  });

  it('does not take link text, link references or images for bracket citations', () => {
    const model = parse('See [1](https://example.org) and [1] and [text][1] and ![2](img.png) and [3][] and real [4].\n\n[1]: https://example.org/one\n[3]: https://example.org/three\n');
    assert.deepEqual(model.citations.map((m) => m.numbers), [[4]]);
  });

  it('takes an undefined `[1][2]` for two citations and a defined one for a link', () => {
    assert.deepEqual(parse('Plain [1][2] here.').citations.map((m) => m.numbers), [[1], [2]]);
    assert.deepEqual(parse('Linked [1][ref] here.\n\n[ref]: https://example.org\n').citations.map((m) => m.numbers), []);
  });

  it('keeps a bracket citation before a colon in running text, but not a definition', () => {
    assert.deepEqual(parse('As shown [3]: the rash faded.').citations.map((m) => m.numbers), [[3]]);
  });

  it('does not take a year in brackets for a citation, unless the list goes that far', () => {
    assert.deepEqual(parse('Updated criteria [2019] apply.').citations, []);
    const entries = Array.from({ length: 1001 }, (_, i) => `${i + 1}. Author A. Title ${i + 1}. J. 2000;1:1.`).join('\n');
    assert.deepEqual(parse(`A large review [1001] and the criteria [2019].\n\n## References\n\n${entries}\n`).citations.map((c) => c.numbers), [[1001]]);
  });

  it('sees nothing inside bare URLs', () => {
    const model = parse('The protocol is at https://example.org/report.3 Then Figure 4 at www.example.org/fig^5^/x.\n');
    assert.deepEqual(model.unformattedCitations, []);
    assert.deepEqual(model.citations, []);
    assert.deepEqual(model.mentions.list().map((m) => m.numbers), [[4]]);
  });

  it('turns bracket citations off with citations.brackets', () => {
    const model = parse('Vancouver [1] and AMA.^2^', false);
    assert.deepEqual(model.citations.map((m) => m.form), ['superscript']);
  });

  it('finds unformatted citations after a word and a period or comma', () => {
    const model = parse('Approximately 1–4% develop calciphylaxis.1 It is rarer.2 Only two cases developed it.3,4\nOf patients,2 some.');
    const found = model.unformattedCitations.map((u) => `${model.text.slice(u.start, u.end)}=${u.numbers.join(',')}`);
    assert.deepEqual(found, ['.1=1', '.2=2', '.3,4=3,4', ',2=2']);
  });

  it('finds an unformatted citation after "et al." before a lower-case word', () => {
    const model = parse('Smith et al.3 showed it. The total.4 was low.');
    assert.deepEqual(model.unformattedCitations.map((u) => model.text.slice(u.start, u.end)), ['.3']);
  });

  it('does not take decimals, figure numbers or sentence starts for unformatted citations', () => {
    const model = parse('Creatinine was 1.5 mg/dL (Fig.2). In 2008, 36 cases were found. She was treated, 3 days later. Stage.2 disease.');
    assert.deepEqual(model.unformattedCitations, []);
  });

  it('reads the numbers of a superscript with the sentence\'s punctuation inside, the mark an invalid part', () => {
    const model = parse('Rare<sup>3.</sup> Seen^1,2,^ and here^4;^ or<sup>.5</sup> but not^2.5^.');
    assert.deepEqual(markers(model), ['<sup>3.</sup>@7:5-18=3', '^1,2,^@7:23-29=1,2', '^4;^@7:38-42=4', '<sup>.5</sup>@7:45-58=5']);
    const problems = model.citations.flatMap((m) => markerItems(m).filter((i) => i.kind === 'invalid').map((i) => `${i.text}:${i.problem}`));
    assert.deepEqual(problems, ['.:punctuation', ',:punctuation', ';:punctuation', '.:punctuation']);
  });

  it('takes a bracket citation printed as a superscript for that superscript citation, once', () => {
    const model = parse('Seen<sup>[4,5]</sup>. Also^[6]^ and [7].');
    assert.deepEqual(markers(model), ['<sup>[4,5]</sup>@7:5-21=4,5', '^[6]^@7:27-32=6', '[7]@7:37-40=7']);
    assert.deepEqual(model.citations.map((m) => m.form), ['html', 'superscript', 'bracket']);
    assert.equal(model.text.slice(model.citations[0].contentStart, model.citations[0].contentEnd), '4,5');
  });

  it('does not take the exponent of a power of ten for a citation, with or without a space', () => {
    const model = parse('Eosinophils 4.2 x 10 ^9^/L, platelets 310 × 10 <sup>3</sup>/µL, WBC 11 ×10 ^9^ cells/L and 2.4 x 10^9^/L. Seen in 10 ^3^ of them.');
    assert.deepEqual(markers(model), ['^3^@7:118-121=3']);
  });

  it('does not take a lab value after a comma for an unformatted citation', () => {
    const model = parse('Liver tests (AST,74 IU/L; ALT,112 U/L) and troponin (peak,310 ng/L) and cells,12 cells/µL. Cited,2 as shown.\n\n## References\n\n1. A.\n2. B.\n');
    assert.deepEqual(model.unformattedCitations.map((c) => c.numbers), [[2]]);
  });

  it('does not take a number beyond the reference list for an unformatted citation', () => {
    const model = parse('Creatinine rose,45 within days and the disease,2 recurred.\n\n## References\n\n1. A.\n2. B.\n');
    assert.deepEqual(model.unformattedCitations.map((c) => c.numbers), [[2]]);
  });

  it('reads the DOI inside a URL-form DOI, never the URL', () => {
    const entries = ['doi:10.1000/xyz', 'DOI: https://doi.org/10.1000/xyz.', 'https://dx.doi.org/10.1000/abc', 'doi: https://www.doi.org/10.5/q', 'DOI 10.1002/art.1', '<https://doi.org/10.1/x>', '[https://doi.org/10.1/x](https://doi.org/10.1/x)'];
    const model = parse(`## References\n\n${entries.map((e, i) => `${i + 1}. Doi K, Roe J. Title. J. 2001;1:1. ${e}`).join('\n')}\n`);
    assert.deepEqual(model.references!.entries.map((e) => e.doi?.value), ['10.1000/xyz', '10.1000/xyz', '10.1000/abc', '10.5/q', '10.1002/art.1', '10.1/x', '10.1/x']);
    for (const e of model.references!.entries) assert.equal(model.text.slice(e.doi!.start, e.doi!.end), e.doi!.value);
  });
});
